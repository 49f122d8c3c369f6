from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="IndicationLimits")



@_attrs_define
class IndicationLimits:
    """ Cumulative limits over the patient's history on the same site (OFL-R-HISTORY).

        Attributes:
            max_administrations_per_365_days (int | None | Unset):
            sources (list[str] | Unset):
     """

    max_administrations_per_365_days: int | None | Unset = UNSET
    sources: list[str] | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        max_administrations_per_365_days: int | None | Unset
        if isinstance(self.max_administrations_per_365_days, Unset):
            max_administrations_per_365_days = UNSET
        else:
            max_administrations_per_365_days = self.max_administrations_per_365_days

        sources: list[str] | Unset = UNSET
        if not isinstance(self.sources, Unset):
            sources = self.sources




        field_dict: dict[str, Any] = {}

        field_dict.update({
        })
        if max_administrations_per_365_days is not UNSET:
            field_dict["max_administrations_per_365_days"] = max_administrations_per_365_days
        if sources is not UNSET:
            field_dict["sources"] = sources

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_max_administrations_per_365_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        max_administrations_per_365_days = _parse_max_administrations_per_365_days(d.pop("max_administrations_per_365_days", UNSET))


        sources = cast(list[str], d.pop("sources", UNSET))


        indication_limits = cls(
            max_administrations_per_365_days=max_administrations_per_365_days,
            sources=sources,
        )

        return indication_limits

