from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="EnforcementDecisionIn")



@_attrs_define
class EnforcementDecisionIn:
    """ 
        Attributes:
            ref (str): Number of the ruling / court order / minute
            text (str):
            by (None | str | Unset): Who decided (authority)
     """

    ref: str
    text: str
    by: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        ref = self.ref

        text = self.text

        by: None | str | Unset
        if isinstance(self.by, Unset):
            by = UNSET
        else:
            by = self.by


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "ref": ref,
            "text": text,
        })
        if by is not UNSET:
            field_dict["by"] = by

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ref = d.pop("ref")

        text = d.pop("text")

        def _parse_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        by = _parse_by(d.pop("by", UNSET))


        enforcement_decision_in = cls(
            ref=ref,
            text=text,
            by=by,
        )

        return enforcement_decision_in

