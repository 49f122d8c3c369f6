from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ApprovedCourse")



@_attrs_define
class ApprovedCourse:
    """ What an approval covers (OFL-R-COURSE): at most `administrations`, `min_interval_days` apart, from `start` to `end`.

        Attributes:
            administrations (int):
            end (datetime.date): The last day of the course (inclusive)
            min_interval_days (int):
            start (datetime.date): The planned date: the first day of the course
            window_days (int):
            end_jalali (None | str | Unset):
            start_jalali (None | str | Unset):
     """

    administrations: int
    end: datetime.date
    min_interval_days: int
    start: datetime.date
    window_days: int
    end_jalali: None | str | Unset = UNSET
    start_jalali: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        administrations = self.administrations

        end = self.end.isoformat()

        min_interval_days = self.min_interval_days

        start = self.start.isoformat()

        window_days = self.window_days

        end_jalali: None | str | Unset
        if isinstance(self.end_jalali, Unset):
            end_jalali = UNSET
        else:
            end_jalali = self.end_jalali

        start_jalali: None | str | Unset
        if isinstance(self.start_jalali, Unset):
            start_jalali = UNSET
        else:
            start_jalali = self.start_jalali


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "administrations": administrations,
            "end": end,
            "min_interval_days": min_interval_days,
            "start": start,
            "window_days": window_days,
        })
        if end_jalali is not UNSET:
            field_dict["end_jalali"] = end_jalali
        if start_jalali is not UNSET:
            field_dict["start_jalali"] = start_jalali

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        administrations = d.pop("administrations")

        end = datetime.date.fromisoformat(d.pop("end"))




        min_interval_days = d.pop("min_interval_days")

        start = datetime.date.fromisoformat(d.pop("start"))




        window_days = d.pop("window_days")

        def _parse_end_jalali(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        end_jalali = _parse_end_jalali(d.pop("end_jalali", UNSET))


        def _parse_start_jalali(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_jalali = _parse_start_jalali(d.pop("start_jalali", UNSET))


        approved_course = cls(
            administrations=administrations,
            end=end,
            min_interval_days=min_interval_days,
            start=start,
            window_days=window_days,
            end_jalali=end_jalali,
            start_jalali=start_jalali,
        )


        approved_course.additional_properties = d
        return approved_course

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
