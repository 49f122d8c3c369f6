from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ExportPrescriptionRecord")



@_attrs_define
class ExportPrescriptionRecord:
    """ The prescription as stated on the application.

        Attributes:
            attached (bool):
            council_no (None | str | Unset):
            date (None | str | Unset): ISO date
            physician_name (None | str | Unset):
     """

    attached: bool
    council_no: None | str | Unset = UNSET
    date: None | str | Unset = UNSET
    physician_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        attached = self.attached

        council_no: None | str | Unset
        if isinstance(self.council_no, Unset):
            council_no = UNSET
        else:
            council_no = self.council_no

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        else:
            date = self.date

        physician_name: None | str | Unset
        if isinstance(self.physician_name, Unset):
            physician_name = UNSET
        else:
            physician_name = self.physician_name


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "attached": attached,
        })
        if council_no is not UNSET:
            field_dict["council_no"] = council_no
        if date is not UNSET:
            field_dict["date"] = date
        if physician_name is not UNSET:
            field_dict["physician_name"] = physician_name

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attached = d.pop("attached")

        def _parse_council_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        council_no = _parse_council_no(d.pop("council_no", UNSET))


        def _parse_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date = _parse_date(d.pop("date", UNSET))


        def _parse_physician_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        physician_name = _parse_physician_name(d.pop("physician_name", UNSET))


        export_prescription_record = cls(
            attached=attached,
            council_no=council_no,
            date=date,
            physician_name=physician_name,
        )


        export_prescription_record.additional_properties = d
        return export_prescription_record

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
