from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.training_in_coordinated_with_item import TrainingInCoordinatedWithItem
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="TrainingIn")



@_attrs_define
class TrainingIn:
    """ 
        Attributes:
            agency_code (str): one of the review office's agencies
            held_on (str): the day the training was given (ISO or Jalali)
            hours (float | str):
            representative_name (str): the agency's representative who was trained
            topic (str):
            coordinated_with (list[TrainingInCoordinatedWithItem] | Unset): CLM-B2: held in coordination with these bodies
                (as recorded by the office)
            note (None | str | Unset):
     """

    agency_code: str
    held_on: str
    hours: float | str
    representative_name: str
    topic: str
    coordinated_with: list[TrainingInCoordinatedWithItem] | Unset = UNSET
    note: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        agency_code = self.agency_code

        held_on = self.held_on

        hours: float | str
        hours = self.hours

        representative_name = self.representative_name

        topic = self.topic

        coordinated_with: list[str] | Unset = UNSET
        if not isinstance(self.coordinated_with, Unset):
            coordinated_with = []
            for coordinated_with_item_data in self.coordinated_with:
                coordinated_with_item = coordinated_with_item_data.value
                coordinated_with.append(coordinated_with_item)



        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "agency_code": agency_code,
            "held_on": held_on,
            "hours": hours,
            "representative_name": representative_name,
            "topic": topic,
        })
        if coordinated_with is not UNSET:
            field_dict["coordinated_with"] = coordinated_with
        if note is not UNSET:
            field_dict["note"] = note

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agency_code = d.pop("agency_code")

        held_on = d.pop("held_on")

        def _parse_hours(data: object) -> float | str:
            return cast(float | str, data)

        hours = _parse_hours(d.pop("hours"))


        representative_name = d.pop("representative_name")

        topic = d.pop("topic")

        _coordinated_with = d.pop("coordinated_with", UNSET)
        coordinated_with: list[TrainingInCoordinatedWithItem] | Unset = UNSET
        if _coordinated_with is not UNSET:
            coordinated_with = []
            for coordinated_with_item_data in _coordinated_with:
                coordinated_with_item = TrainingInCoordinatedWithItem(coordinated_with_item_data)



                coordinated_with.append(coordinated_with_item)


        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        training_in = cls(
            agency_code=agency_code,
            held_on=held_on,
            hours=hours,
            representative_name=representative_name,
            topic=topic,
            coordinated_with=coordinated_with,
            note=note,
        )

        return training_in

