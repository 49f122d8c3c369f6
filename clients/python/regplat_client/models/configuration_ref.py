from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="ConfigurationRef")



@_attrs_define
class ConfigurationRef:
    """ Figures an office or administrator entered (authority `configuration`), and whether anyone confirmed them.

        Attributes:
            published_by (str):
            confirmed (bool | Unset):  Default: False.
            note (None | str | Unset):
            published_at (datetime.date | datetime.datetime | None | Unset):
            version (None | str | Unset):
     """

    published_by: str
    confirmed: bool | Unset = False
    note: None | str | Unset = UNSET
    published_at: datetime.date | datetime.datetime | None | Unset = UNSET
    version: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        published_by = self.published_by

        confirmed = self.confirmed

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        published_at: None | str | Unset
        if isinstance(self.published_at, Unset):
            published_at = UNSET
        elif isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
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
            "published_by": published_by,
        })
        if confirmed is not UNSET:
            field_dict["confirmed"] = confirmed
        if note is not UNSET:
            field_dict["note"] = note
        if published_at is not UNSET:
            field_dict["published_at"] = published_at
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        published_by = d.pop("published_by")

        confirmed = d.pop("confirmed", UNSET)

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        def _parse_published_at(data: object) -> datetime.date | datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)



                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_1 = datetime.date.fromisoformat(data)



                return published_at_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | datetime.datetime | None | Unset, data)

        published_at = _parse_published_at(d.pop("published_at", UNSET))


        def _parse_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version = _parse_version(d.pop("version", UNSET))


        configuration_ref = cls(
            published_by=published_by,
            confirmed=confirmed,
            note=note,
            published_at=published_at,
            version=version,
        )


        configuration_ref.additional_properties = d
        return configuration_ref

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
