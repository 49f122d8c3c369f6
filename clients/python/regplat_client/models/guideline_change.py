from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.guideline_change_change import GuidelineChangeChange
from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="GuidelineChange")



@_attrs_define
class GuidelineChange:
    """ A guideline version that entered into force or ended.

        Attributes:
            change (GuidelineChangeChange):
            code (str):
            date (datetime.date):
            version (int):
            date_jalali (None | str | Unset):
     """

    change: GuidelineChangeChange
    code: str
    date: datetime.date
    version: int
    date_jalali: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        change = self.change.value

        code = self.code

        date = self.date.isoformat()

        version = self.version

        date_jalali: None | str | Unset
        if isinstance(self.date_jalali, Unset):
            date_jalali = UNSET
        else:
            date_jalali = self.date_jalali


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "change": change,
            "code": code,
            "date": date,
            "version": version,
        })
        if date_jalali is not UNSET:
            field_dict["date_jalali"] = date_jalali

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        change = GuidelineChangeChange(d.pop("change"))




        code = d.pop("code")

        date = datetime.date.fromisoformat(d.pop("date"))




        version = d.pop("version")

        def _parse_date_jalali(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_jalali = _parse_date_jalali(d.pop("date_jalali", UNSET))


        guideline_change = cls(
            change=change,
            code=code,
            date=date,
            version=version,
            date_jalali=date_jalali,
        )


        guideline_change.additional_properties = d
        return guideline_change

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
