from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="AdministrationCheck")



@_attrs_define
class AdministrationCheck:
    """ Whether the administration on `date` is inside the approved course (OFL-R-COURSE).

        Attributes:
            covered (bool): True when the course covers this administration (count and interval)
            date (datetime.date):
            of (int): The administrations the course allows
            reason (str):
            recorded (bool): True when an administration on this date is recorded
            date_jalali (None | str | Unset):
            number (int | None | Unset): Its number in the course, when covered
     """

    covered: bool
    date: datetime.date
    of: int
    reason: str
    recorded: bool
    date_jalali: None | str | Unset = UNSET
    number: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        covered = self.covered

        date = self.date.isoformat()

        of = self.of

        reason = self.reason

        recorded = self.recorded

        date_jalali: None | str | Unset
        if isinstance(self.date_jalali, Unset):
            date_jalali = UNSET
        else:
            date_jalali = self.date_jalali

        number: int | None | Unset
        if isinstance(self.number, Unset):
            number = UNSET
        else:
            number = self.number


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "covered": covered,
            "date": date,
            "of": of,
            "reason": reason,
            "recorded": recorded,
        })
        if date_jalali is not UNSET:
            field_dict["date_jalali"] = date_jalali
        if number is not UNSET:
            field_dict["number"] = number

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        covered = d.pop("covered")

        date = datetime.date.fromisoformat(d.pop("date"))




        of = d.pop("of")

        reason = d.pop("reason")

        recorded = d.pop("recorded")

        def _parse_date_jalali(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_jalali = _parse_date_jalali(d.pop("date_jalali", UNSET))


        def _parse_number(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        number = _parse_number(d.pop("number", UNSET))


        administration_check = cls(
            covered=covered,
            date=date,
            of=of,
            reason=reason,
            recorded=recorded,
            date_jalali=date_jalali,
            number=number,
        )


        administration_check.additional_properties = d
        return administration_check

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
