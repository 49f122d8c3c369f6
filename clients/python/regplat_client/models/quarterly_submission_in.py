from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="QuarterlySubmissionIn")



@_attrs_define
class QuarterlySubmissionIn:
    """ 
        Attributes:
            season (int): Jalali season: 1 spring (months 1-3) ... 4 winter (months 10-12)
            year (int): Jalali year
            sent_on (None | str | Unset): Default: today (Asia/Tehran)
            university (None | str | Unset): University code; defaults to the caller's university
     """

    season: int
    year: int
    sent_on: None | str | Unset = UNSET
    university: None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        season = self.season

        year = self.year

        sent_on: None | str | Unset
        if isinstance(self.sent_on, Unset):
            sent_on = UNSET
        else:
            sent_on = self.sent_on

        university: None | str | Unset
        if isinstance(self.university, Unset):
            university = UNSET
        else:
            university = self.university


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "season": season,
            "year": year,
        })
        if sent_on is not UNSET:
            field_dict["sent_on"] = sent_on
        if university is not UNSET:
            field_dict["university"] = university

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        season = d.pop("season")

        year = d.pop("year")

        def _parse_sent_on(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sent_on = _parse_sent_on(d.pop("sent_on", UNSET))


        def _parse_university(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        university = _parse_university(d.pop("university", UNSET))


        quarterly_submission_in = cls(
            season=season,
            year=year,
            sent_on=sent_on,
            university=university,
        )

        return quarterly_submission_in

