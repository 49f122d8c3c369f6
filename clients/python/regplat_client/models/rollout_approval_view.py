from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="RolloutApprovalView")



@_attrs_define
class RolloutApprovalView:
    """ A recorded approval to go beyond the pilot.

        Attributes:
            approved_by (list[str]):
            decision_id (str):
            id (str):
            letter_date (datetime.date):
            letter_date_jalali (None | str):
            letter_number (str):
            recorded_at (None | str):
            note (None | str | Unset):
     """

    approved_by: list[str]
    decision_id: str
    id: str
    letter_date: datetime.date
    letter_date_jalali: None | str
    letter_number: str
    recorded_at: None | str
    note: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        approved_by = self.approved_by



        decision_id = self.decision_id

        id = self.id

        letter_date = self.letter_date.isoformat()

        letter_date_jalali: None | str
        letter_date_jalali = self.letter_date_jalali

        letter_number = self.letter_number

        recorded_at: None | str
        recorded_at = self.recorded_at

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "approved_by": approved_by,
            "decision_id": decision_id,
            "id": id,
            "letter_date": letter_date,
            "letter_date_jalali": letter_date_jalali,
            "letter_number": letter_number,
            "recorded_at": recorded_at,
        })
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        approved_by = cast(list[str], d.pop("approved_by"))


        decision_id = d.pop("decision_id")

        id = d.pop("id")

        letter_date = datetime.date.fromisoformat(d.pop("letter_date"))




        def _parse_letter_date_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        letter_date_jalali = _parse_letter_date_jalali(d.pop("letter_date_jalali"))


        letter_number = d.pop("letter_number")

        def _parse_recorded_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        recorded_at = _parse_recorded_at(d.pop("recorded_at"))


        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        rollout_approval_view = cls(
            approved_by=approved_by,
            decision_id=decision_id,
            id=id,
            letter_date=letter_date,
            letter_date_jalali=letter_date_jalali,
            letter_number=letter_number,
            recorded_at=recorded_at,
            note=note,
        )


        rollout_approval_view.additional_properties = d
        return rollout_approval_view

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
