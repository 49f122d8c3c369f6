from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="InsurerCoveragePolicy")



@_attrs_define
class InsurerCoveragePolicy:
    """ What an insurer purchases under one guideline, as entered (provisional until confirmed) (OFL-I-POLICY).

        Attributes:
            conditions (list[str]):
            confirmed (bool):
            covered_indications (list[str]):
            guideline (str):
            published_by (str):
            published_at (datetime.date | None | Unset):
            version (None | str | Unset):
     """

    conditions: list[str]
    confirmed: bool
    covered_indications: list[str]
    guideline: str
    published_by: str
    published_at: datetime.date | None | Unset = UNSET
    version: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        conditions = self.conditions



        confirmed = self.confirmed

        covered_indications = self.covered_indications



        guideline = self.guideline

        published_by = self.published_by

        published_at: None | str | Unset
        if isinstance(self.published_at, Unset):
            published_at = UNSET
        elif isinstance(self.published_at, datetime.date):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "conditions": conditions,
            "confirmed": confirmed,
            "covered_indications": covered_indications,
            "guideline": guideline,
            "published_by": published_by,
        })
        if published_at is not UNSET:
            field_dict["published_at"] = published_at
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        conditions = cast(list[str], d.pop("conditions"))


        confirmed = d.pop("confirmed")

        covered_indications = cast(list[str], d.pop("covered_indications"))


        guideline = d.pop("guideline")

        published_by = d.pop("published_by")

        def _parse_published_at(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.date.fromisoformat(data)



                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        published_at = _parse_published_at(d.pop("published_at", UNSET))


        def _parse_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        insurer_coverage_policy = cls(
            conditions=conditions,
            confirmed=confirmed,
            covered_indications=covered_indications,
            guideline=guideline,
            published_by=published_by,
            published_at=published_at,
            version=version,
        )


        insurer_coverage_policy.additional_properties = d
        return insurer_coverage_policy

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
