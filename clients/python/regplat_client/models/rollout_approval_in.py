from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.rollout_approval_in_approved_by_item import RolloutApprovalInApprovedByItem
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="RolloutApprovalIn")



@_attrs_define
class RolloutApprovalIn:
    """ CLM-H2: the approval to extend the process beyond the pilot, as recorded in its letter.

        Attributes:
            approved_by (list[RolloutApprovalInApprovedByItem]):
            letter_date (str): ISO-8601 (2026-02-09) or Jalali (1404/11/20); Persian or Arabic-Indic digits accepted
            letter_number (str):
            note (None | str | Unset):
     """

    approved_by: list[RolloutApprovalInApprovedByItem]
    letter_date: str
    letter_number: str
    note: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        approved_by = []
        for approved_by_item_data in self.approved_by:
            approved_by_item = approved_by_item_data.value
            approved_by.append(approved_by_item)



        letter_date = self.letter_date

        letter_number = self.letter_number

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "approved_by": approved_by,
            "letter_date": letter_date,
            "letter_number": letter_number,
        })
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        approved_by = []
        _approved_by = d.pop("approved_by")
        for approved_by_item_data in (_approved_by):
            approved_by_item = RolloutApprovalInApprovedByItem(approved_by_item_data)



            approved_by.append(approved_by_item)


        letter_date = d.pop("letter_date")

        letter_number = d.pop("letter_number")

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        rollout_approval_in = cls(
            approved_by=approved_by,
            letter_date=letter_date,
            letter_number=letter_number,
            note=note,
        )

        return rollout_approval_in

