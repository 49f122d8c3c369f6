from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.verified_item_unit import VerifiedItemUnit






T = TypeVar("T", bound="VerifiedItem")



@_attrs_define
class VerifiedItem:
    """ 
        Attributes:
            dosage_form (str): Dosage form code
            dosage_form_label (str): Dosage form in the answer's language
            index (int): The item's index in the declaration or application (from 0)
            name (str): The product's name as declared
            quantity (float): Quantity cleared or permitted
            unit (VerifiedItemUnit):
            unit_label (str):
     """

    dosage_form: str
    dosage_form_label: str
    index: int
    name: str
    quantity: float
    unit: VerifiedItemUnit
    unit_label: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        dosage_form = self.dosage_form

        dosage_form_label = self.dosage_form_label

        index = self.index

        name = self.name

        quantity = self.quantity

        unit = self.unit.value

        unit_label = self.unit_label


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "dosage_form": dosage_form,
            "dosage_form_label": dosage_form_label,
            "index": index,
            "name": name,
            "quantity": quantity,
            "unit": unit,
            "unit_label": unit_label,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dosage_form = d.pop("dosage_form")

        dosage_form_label = d.pop("dosage_form_label")

        index = d.pop("index")

        name = d.pop("name")

        quantity = d.pop("quantity")

        unit = VerifiedItemUnit(d.pop("unit"))




        unit_label = d.pop("unit_label")

        verified_item = cls(
            dosage_form=dosage_form,
            dosage_form_label=dosage_form_label,
            index=index,
            name=name,
            quantity=quantity,
            unit=unit,
            unit_label=unit_label,
        )


        verified_item.additional_properties = d
        return verified_item

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
