from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="PrecheckVerification")



@_attrs_define
class PrecheckVerification:
    """ Whether inspections answered for the exosome, cell-therapy or regenerative items (SPEC X3).

        Attributes:
            checked_items (list[int]):
            pending_items (list[int]):
            status (str): not_required | verified | pending
            reason (None | str | Unset):
     """

    checked_items: list[int]
    pending_items: list[int]
    status: str
    reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        checked_items = self.checked_items



        pending_items = self.pending_items



        status = self.status

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "checked_items": checked_items,
            "pending_items": pending_items,
            "status": status,
        })
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        checked_items = cast(list[int], d.pop("checked_items"))


        pending_items = cast(list[int], d.pop("pending_items"))


        status = d.pop("status")

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))


        precheck_verification = cls(
            checked_items=checked_items,
            pending_items=pending_items,
            status=status,
            reason=reason,
        )


        precheck_verification.additional_properties = d
        return precheck_verification

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
