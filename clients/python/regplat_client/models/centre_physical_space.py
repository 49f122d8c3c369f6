from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime






T = TypeVar("T", bound="CentrePhysicalSpace")



@_attrs_define
class CentrePhysicalSpace:
    """ Whether the centre's premises are certified.

        Attributes:
            certificate_ref (None | str):
            certified (bool):
            certified_on (datetime.date | None):
            certified_on_jalali (None | str):
     """

    certificate_ref: None | str
    certified: bool
    certified_on: datetime.date | None
    certified_on_jalali: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        certificate_ref: None | str
        certificate_ref = self.certificate_ref

        certified = self.certified

        certified_on: None | str
        if isinstance(self.certified_on, datetime.date):
            certified_on = self.certified_on.isoformat()
        else:
            certified_on = self.certified_on

        certified_on_jalali: None | str
        certified_on_jalali = self.certified_on_jalali


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "certificate_ref": certificate_ref,
            "certified": certified,
            "certified_on": certified_on,
            "certified_on_jalali": certified_on_jalali,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_certificate_ref(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        certificate_ref = _parse_certificate_ref(d.pop("certificate_ref"))


        certified = d.pop("certified")

        def _parse_certified_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                certified_on_type_0 = datetime.date.fromisoformat(data)



                return certified_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        certified_on = _parse_certified_on(d.pop("certified_on"))


        def _parse_certified_on_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        certified_on_jalali = _parse_certified_on_jalali(d.pop("certified_on_jalali"))


        centre_physical_space = cls(
            certificate_ref=certificate_ref,
            certified=certified,
            certified_on=certified_on,
            certified_on_jalali=certified_on_jalali,
        )


        centre_physical_space.additional_properties = d
        return centre_physical_space

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
