from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="ExportItemIn")



@_attrs_define
class ExportItemIn:
    """ 
        Attributes:
            dosage_form (str):
            name (str):
            daily_dose (float | None | str | Unset): Per the prescription, units per day
            generic_name (None | str | Unset):
            quantity (int | Unset): Packs (whole number > 0; Persian digits accepted as text) Default: 1.
            units_per_pack (int | Unset):  Default: 1.
     """

    dosage_form: str
    name: str
    daily_dose: float | None | str | Unset = UNSET
    generic_name: None | str | Unset = UNSET
    quantity: int | Unset = 1
    units_per_pack: int | Unset = 1





    def to_dict(self) -> dict[str, Any]:
        dosage_form = self.dosage_form

        name = self.name

        daily_dose: float | None | str | Unset
        if isinstance(self.daily_dose, Unset):
            daily_dose = UNSET
        else:
            daily_dose = self.daily_dose

        generic_name: None | str | Unset
        if isinstance(self.generic_name, Unset):
            generic_name = UNSET
        else:
            generic_name = self.generic_name

        quantity = self.quantity

        units_per_pack = self.units_per_pack


        field_dict: dict[str, Any] = {}

        field_dict.update({
            "dosage_form": dosage_form,
            "name": name,
        })
        if daily_dose is not UNSET:
            field_dict["daily_dose"] = daily_dose
        if generic_name is not UNSET:
            field_dict["generic_name"] = generic_name
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if units_per_pack is not UNSET:
            field_dict["units_per_pack"] = units_per_pack

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dosage_form = d.pop("dosage_form")

        name = d.pop("name")

        def _parse_daily_dose(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        daily_dose = _parse_daily_dose(d.pop("daily_dose", UNSET))


        def _parse_generic_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        generic_name = _parse_generic_name(d.pop("generic_name", UNSET))


        quantity = d.pop("quantity", UNSET)

        units_per_pack = d.pop("units_per_pack", UNSET)

        export_item_in = cls(
            dosage_form=dosage_form,
            name=name,
            daily_dose=daily_dose,
            generic_name=generic_name,
            quantity=quantity,
            units_per_pack=units_per_pack,
        )

        return export_item_in

