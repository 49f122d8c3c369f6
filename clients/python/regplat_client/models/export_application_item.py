from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ExportApplicationItem")



@_attrs_define
class ExportApplicationItem:
    """ An item as applied for.

        Attributes:
            dosage_form (str):
            name (str):
            quantity (int):
            units_per_pack (int):
            daily_dose (None | str | Unset): Units per day, as a decimal string
            generic_name (None | str | Unset):
     """

    dosage_form: str
    name: str
    quantity: int
    units_per_pack: int
    daily_dose: None | str | Unset = UNSET
    generic_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        dosage_form = self.dosage_form

        name = self.name

        quantity = self.quantity

        units_per_pack = self.units_per_pack

        daily_dose: None | str | Unset
        if isinstance(self.daily_dose, Unset):
            daily_dose = UNSET
        else:
            daily_dose = self.daily_dose

        generic_name: None | str | Unset
        if isinstance(self.generic_name, Unset):
            generic_name = UNSET
        else:
            generic_name = self.generic_name


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "dosage_form": dosage_form,
            "name": name,
            "quantity": quantity,
            "units_per_pack": units_per_pack,
        })
        if daily_dose is not UNSET:
            field_dict["daily_dose"] = daily_dose
        if generic_name is not UNSET:
            field_dict["generic_name"] = generic_name

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dosage_form = d.pop("dosage_form")

        name = d.pop("name")

        quantity = d.pop("quantity")

        units_per_pack = d.pop("units_per_pack")

        def _parse_daily_dose(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        daily_dose = _parse_daily_dose(d.pop("daily_dose", UNSET))


        def _parse_generic_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        generic_name = _parse_generic_name(d.pop("generic_name", UNSET))


        export_application_item = cls(
            dosage_form=dosage_form,
            name=name,
            quantity=quantity,
            units_per_pack=units_per_pack,
            daily_dose=daily_dose,
            generic_name=generic_name,
        )


        export_application_item.additional_properties = d
        return export_application_item

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
