from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="CentreLicence")



@_attrs_define
class CentreLicence:
    """ The centre's operating licence (پروانه).

        Attributes:
            number (str): Licence number, normalised (ASCII digits, upper case)
            valid_from (datetime.date | None):
            valid_from_jalali (None | str):
            valid_to (datetime.date | None):
            valid_to_jalali (None | str):
            valid_today (bool): Whether the licence is valid today (Asia/Tehran)
     """

    number: str
    valid_from: datetime.date | None
    valid_from_jalali: None | str
    valid_to: datetime.date | None
    valid_to_jalali: None | str
    valid_today: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        number = self.number

        valid_from: None | str
        if isinstance(self.valid_from, datetime.date):
            valid_from = self.valid_from.isoformat()
        else:
            valid_from = self.valid_from

        valid_from_jalali: None | str
        valid_from_jalali = self.valid_from_jalali

        valid_to: None | str
        if isinstance(self.valid_to, datetime.date):
            valid_to = self.valid_to.isoformat()
        else:
            valid_to = self.valid_to

        valid_to_jalali: None | str
        valid_to_jalali = self.valid_to_jalali

        valid_today = self.valid_today


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "number": number,
            "valid_from": valid_from,
            "valid_from_jalali": valid_from_jalali,
            "valid_to": valid_to,
            "valid_to_jalali": valid_to_jalali,
            "valid_today": valid_today,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        number = d.pop("number")

        def _parse_valid_from(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_from_type_0 = datetime.date.fromisoformat(data)



                return valid_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        valid_from = _parse_valid_from(d.pop("valid_from"))


        def _parse_valid_from_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        valid_from_jalali = _parse_valid_from_jalali(d.pop("valid_from_jalali"))


        def _parse_valid_to(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                valid_to_type_0 = datetime.date.fromisoformat(data)



                return valid_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        valid_to = _parse_valid_to(d.pop("valid_to"))


        def _parse_valid_to_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        valid_to_jalali = _parse_valid_to_jalali(d.pop("valid_to_jalali"))


        valid_today = d.pop("valid_today")

        centre_licence = cls(
            number=number,
            valid_from=valid_from,
            valid_from_jalali=valid_from_jalali,
            valid_to=valid_to,
            valid_to_jalali=valid_to_jalali,
            valid_today=valid_today,
        )


        centre_licence.additional_properties = d
        return centre_licence

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
