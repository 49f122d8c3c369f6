from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.indication_dose_unit import IndicationDoseUnit
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="IndicationDose")



@_attrs_define
class IndicationDose:
    """ The most an administration may give for an indication.

        Attributes:
            max_ (str): A decimal number, as text ("1.25")
            unit (IndicationDoseUnit):
            volume_ml (None | str | Unset): The volume in mL, a decimal number as text
     """

    max_: str
    unit: IndicationDoseUnit
    volume_ml: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        max_ = self.max_

        unit = self.unit.value

        volume_ml: None | str | Unset
        if isinstance(self.volume_ml, Unset):
            volume_ml = UNSET
        else:
            volume_ml = self.volume_ml


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "max": max_,
            "unit": unit,
        })
        if volume_ml is not UNSET:
            field_dict["volume_ml"] = volume_ml

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        max_ = d.pop("max")

        unit = IndicationDoseUnit(d.pop("unit"))




        def _parse_volume_ml(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        volume_ml = _parse_volume_ml(d.pop("volume_ml", UNSET))


        indication_dose = cls(
            max_=max_,
            unit=unit,
            volume_ml=volume_ml,
        )


        indication_dose.additional_properties = d
        return indication_dose

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
