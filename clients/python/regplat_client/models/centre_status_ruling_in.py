from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.centre_status_ruling_in_status import CentreStatusRulingInStatus
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="CentreStatusRulingIn")



@_attrs_define
class CentreStatusRulingIn:
    """ 
        Attributes:
            effective_on (str): ISO-8601 (2026-02-09) or Jalali (1404/11/20); Persian or Arabic-Indic digits accepted
            reason (str):
            status (CentreStatusRulingInStatus):
            act_ref (None | str | Unset): The letter or minute that decided it
     """

    effective_on: str
    reason: str
    status: CentreStatusRulingInStatus
    act_ref: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        effective_on = self.effective_on

        reason = self.reason

        status = self.status.value

        act_ref: None | str | Unset
        if isinstance(self.act_ref, Unset):
            act_ref = UNSET
        else:
            act_ref = self.act_ref


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "effective_on": effective_on,
            "reason": reason,
            "status": status,
        })
        if act_ref is not UNSET:
            field_dict["act_ref"] = act_ref

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        effective_on = d.pop("effective_on")

        reason = d.pop("reason")

        status = CentreStatusRulingInStatus(d.pop("status"))




        def _parse_act_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        act_ref = _parse_act_ref(d.pop("act_ref", UNSET))


        centre_status_ruling_in = cls(
            effective_on=effective_on,
            reason=reason,
            status=status,
            act_ref=act_ref,
        )

        return centre_status_ruling_in

