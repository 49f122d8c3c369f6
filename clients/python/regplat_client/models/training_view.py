from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="TrainingView")



@_attrs_define
class TrainingView:
    """ CLM-B2: a training the review office gave an agency's representative (recorded; not a fee condition).

        Attributes:
            agency_code (str):
            coordinated_with (list[str]):
            created_at (None | str):
            created_at_jalali (None | str):
            decision_id (str):
            fee_condition (bool): Always false: training is recorded, not a condition of the fee (CLM-P3 note 3)
            held_on (datetime.date):
            held_on_jalali (None | str):
            hours (float):
            id (str):
            representative_name (str):
            review_office_code (str):
            topic (str):
            note (None | str | Unset):
            recorded_by (None | str | Unset):
     """

    agency_code: str
    coordinated_with: list[str]
    created_at: None | str
    created_at_jalali: None | str
    decision_id: str
    fee_condition: bool
    held_on: datetime.date
    held_on_jalali: None | str
    hours: float
    id: str
    representative_name: str
    review_office_code: str
    topic: str
    note: None | str | Unset = UNSET
    recorded_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        agency_code = self.agency_code

        coordinated_with = self.coordinated_with



        created_at: None | str
        created_at = self.created_at

        created_at_jalali: None | str
        created_at_jalali = self.created_at_jalali

        decision_id = self.decision_id

        fee_condition = self.fee_condition

        held_on = self.held_on.isoformat()

        held_on_jalali: None | str
        held_on_jalali = self.held_on_jalali

        hours = self.hours

        id = self.id

        representative_name = self.representative_name

        review_office_code = self.review_office_code

        topic = self.topic

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        recorded_by: None | str | Unset
        if isinstance(self.recorded_by, Unset):
            recorded_by = UNSET
        else:
            recorded_by = self.recorded_by


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "agency_code": agency_code,
            "coordinated_with": coordinated_with,
            "created_at": created_at,
            "created_at_jalali": created_at_jalali,
            "decision_id": decision_id,
            "fee_condition": fee_condition,
            "held_on": held_on,
            "held_on_jalali": held_on_jalali,
            "hours": hours,
            "id": id,
            "representative_name": representative_name,
            "review_office_code": review_office_code,
            "topic": topic,
        })
        if note is not UNSET:
            field_dict["note"] = note
        if recorded_by is not UNSET:
            field_dict["recorded_by"] = recorded_by

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agency_code = d.pop("agency_code")

        coordinated_with = cast(list[str], d.pop("coordinated_with"))


        def _parse_created_at(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        created_at = _parse_created_at(d.pop("created_at"))


        def _parse_created_at_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        created_at_jalali = _parse_created_at_jalali(d.pop("created_at_jalali"))


        decision_id = d.pop("decision_id")

        fee_condition = d.pop("fee_condition")

        held_on = datetime.date.fromisoformat(d.pop("held_on"))




        def _parse_held_on_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        held_on_jalali = _parse_held_on_jalali(d.pop("held_on_jalali"))


        hours = d.pop("hours")

        id = d.pop("id")

        representative_name = d.pop("representative_name")

        review_office_code = d.pop("review_office_code")

        topic = d.pop("topic")

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        def _parse_recorded_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        recorded_by = _parse_recorded_by(d.pop("recorded_by", UNSET))


        training_view = cls(
            agency_code=agency_code,
            coordinated_with=coordinated_with,
            created_at=created_at,
            created_at_jalali=created_at_jalali,
            decision_id=decision_id,
            fee_condition=fee_condition,
            held_on=held_on,
            held_on_jalali=held_on_jalali,
            hours=hours,
            id=id,
            representative_name=representative_name,
            review_office_code=review_office_code,
            topic=topic,
            note=note,
            recorded_by=recorded_by,
        )


        training_view.additional_properties = d
        return training_view

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
