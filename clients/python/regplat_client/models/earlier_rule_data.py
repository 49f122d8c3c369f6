from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="EarlierRuleData")



@_attrs_define
class EarlierRuleData:
    """ A superseded rule data version (assessments made under it keep it, CLM-H3).

        Attributes:
            source (str):
            version (str):
            published_at (None | str | Unset):
            published_at_jalali (None | str | Unset):
     """

    source: str
    version: str
    published_at: None | str | Unset = UNSET
    published_at_jalali: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        source = self.source

        version = self.version

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


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "source": source,
            "version": version,
        })
        if published_at is not UNSET:
            field_dict["published_at"] = published_at
        if published_at_jalali is not UNSET:
            field_dict["published_at_jalali"] = published_at_jalali

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source = d.pop("source")

        version = d.pop("version")

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


        earlier_rule_data = cls(
            source=source,
            version=version,
            published_at=published_at,
            published_at_jalali=published_at_jalali,
        )


        earlier_rule_data.additional_properties = d
        return earlier_rule_data

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
