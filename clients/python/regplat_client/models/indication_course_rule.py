from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="IndicationCourseRule")



@_attrs_define
class IndicationCourseRule:
    """ What one approval covers (OFL-R-COURSE): at most `administrations`, at least `min_interval_days` apart,
    all within `window_days` from the first (planned) date.

        Attributes:
            administrations (int):
            min_interval_days (int):
            sources (list[str]):
            window_days (int):
     """

    administrations: int
    min_interval_days: int
    sources: list[str]
    window_days: int





    def to_dict(self) -> dict[str, Any]:
        administrations = self.administrations

        min_interval_days = self.min_interval_days

        sources = self.sources



        window_days = self.window_days


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "administrations": administrations,
            "min_interval_days": min_interval_days,
            "sources": sources,
            "window_days": window_days,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        administrations = d.pop("administrations")

        min_interval_days = d.pop("min_interval_days")

        sources = cast(list[str], d.pop("sources"))


        window_days = d.pop("window_days")

        indication_course_rule = cls(
            administrations=administrations,
            min_interval_days=min_interval_days,
            sources=sources,
            window_days=window_days,
        )

        return indication_course_rule

