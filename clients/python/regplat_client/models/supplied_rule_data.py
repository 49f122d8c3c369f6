from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="SuppliedRuleData")



@_attrs_define
class SuppliedRuleData:
    """ The rule data version the review office currently supplies.

        Attributes:
            confirmed (bool):
            source (str):
            status (str):
            url (str): Where the figures can be read
            version (str):
            note (None | str | Unset):
            published_at (None | str | Unset):
            published_at_jalali (None | str | Unset):
            published_by (None | str | Unset):
     """

    confirmed: bool
    source: str
    status: str
    url: str
    version: str
    note: None | str | Unset = UNSET
    published_at: None | str | Unset = UNSET
    published_at_jalali: None | str | Unset = UNSET
    published_by: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        confirmed = self.confirmed

        source = self.source

        status = self.status

        url = self.url

        version = self.version

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        published_at: None | str | Unset
        if isinstance(self.published_at, Unset):
            published_at = UNSET
        else:
            published_at = self.published_at

        published_at_jalali: None | str | Unset
        if isinstance(self.published_at_jalali, Unset):
            published_at_jalali = UNSET
        else:
            published_at_jalali = self.published_at_jalali

        published_by: None | str | Unset
        if isinstance(self.published_by, Unset):
            published_by = UNSET
        else:
            published_by = self.published_by


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "confirmed": confirmed,
            "source": source,
            "status": status,
            "url": url,
            "version": version,
        })
        if note is not UNSET:
            field_dict["note"] = note
        if published_at is not UNSET:
            field_dict["published_at"] = published_at
        if published_at_jalali is not UNSET:
            field_dict["published_at_jalali"] = published_at_jalali
        if published_by is not UNSET:
            field_dict["published_by"] = published_by

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        confirmed = d.pop("confirmed")

        source = d.pop("source")

        status = d.pop("status")

        url = d.pop("url")

        version = d.pop("version")

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))


        def _parse_published_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        published_at = _parse_published_at(d.pop("published_at", UNSET))


        def _parse_published_at_jalali(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        published_at_jalali = _parse_published_at_jalali(d.pop("published_at_jalali", UNSET))


        def _parse_published_by(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        published_by = _parse_published_by(d.pop("published_by", UNSET))


        supplied_rule_data = cls(
            confirmed=confirmed,
            source=source,
            status=status,
            url=url,
            version=version,
            note=note,
            published_at=published_at,
            published_at_jalali=published_at_jalali,
            published_by=published_by,
        )


        supplied_rule_data.additional_properties = d
        return supplied_rule_data

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
