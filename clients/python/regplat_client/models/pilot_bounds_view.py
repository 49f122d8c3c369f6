from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="PilotBoundsView")



@_attrs_define
class PilotBoundsView:
    """ CLM-H2: the pilot's bounds (data/rollout.yaml) and where it stands.

        Attributes:
            beyond_pilot_approved_by (list[str]):
            ended (bool):
            max_agencies (int):
            max_months (int):
            provinces (list[str]):
            version (str):
            ends_on (datetime.date | None | Unset):
            ends_on_jalali (None | str | Unset):
            started_on (datetime.date | None | Unset):
            started_on_jalali (None | str | Unset):
     """

    beyond_pilot_approved_by: list[str]
    ended: bool
    max_agencies: int
    max_months: int
    provinces: list[str]
    version: str
    ends_on: datetime.date | None | Unset = UNSET
    ends_on_jalali: None | str | Unset = UNSET
    started_on: datetime.date | None | Unset = UNSET
    started_on_jalali: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        beyond_pilot_approved_by = self.beyond_pilot_approved_by



        ended = self.ended

        max_agencies = self.max_agencies

        max_months = self.max_months

        provinces = self.provinces



        version = self.version

        ends_on: None | str | Unset
        if isinstance(self.ends_on, Unset):
            ends_on = UNSET
        elif isinstance(self.ends_on, datetime.date):
            ends_on = self.ends_on.isoformat()
        else:
            ends_on = self.ends_on

        ends_on_jalali: None | str | Unset
        if isinstance(self.ends_on_jalali, Unset):
            ends_on_jalali = UNSET
        else:
            ends_on_jalali = self.ends_on_jalali

        started_on: None | str | Unset
        if isinstance(self.started_on, Unset):
            started_on = UNSET
        elif isinstance(self.started_on, datetime.date):
            started_on = self.started_on.isoformat()
        else:
            started_on = self.started_on

        started_on_jalali: None | str | Unset
        if isinstance(self.started_on_jalali, Unset):
            started_on_jalali = UNSET
        else:
            started_on_jalali = self.started_on_jalali


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "beyond_pilot_approved_by": beyond_pilot_approved_by,
            "ended": ended,
            "max_agencies": max_agencies,
            "max_months": max_months,
            "provinces": provinces,
            "version": version,
        })
        if ends_on is not UNSET:
            field_dict["ends_on"] = ends_on
        if ends_on_jalali is not UNSET:
            field_dict["ends_on_jalali"] = ends_on_jalali
        if started_on is not UNSET:
            field_dict["started_on"] = started_on
        if started_on_jalali is not UNSET:
            field_dict["started_on_jalali"] = started_on_jalali

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        beyond_pilot_approved_by = cast(list[str], d.pop("beyond_pilot_approved_by"))


        ended = d.pop("ended")

        max_agencies = d.pop("max_agencies")

        max_months = d.pop("max_months")

        provinces = cast(list[str], d.pop("provinces"))


        version = d.pop("version")

        def _parse_ends_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                ends_on_type_0 = datetime.date.fromisoformat(data)



                return ends_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        ends_on = _parse_ends_on(d.pop("ends_on", UNSET))


        def _parse_ends_on_jalali(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ends_on_jalali = _parse_ends_on_jalali(d.pop("ends_on_jalali", UNSET))


        def _parse_started_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_on_type_0 = datetime.date.fromisoformat(data)



                return started_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        started_on = _parse_started_on(d.pop("started_on", UNSET))


        def _parse_started_on_jalali(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        started_on_jalali = _parse_started_on_jalali(d.pop("started_on_jalali", UNSET))


        pilot_bounds_view = cls(
            beyond_pilot_approved_by=beyond_pilot_approved_by,
            ended=ended,
            max_agencies=max_agencies,
            max_months=max_months,
            provinces=provinces,
            version=version,
            ends_on=ends_on,
            ends_on_jalali=ends_on_jalali,
            started_on=started_on,
            started_on_jalali=started_on_jalali,
        )


        pilot_bounds_view.additional_properties = d
        return pilot_bounds_view

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
