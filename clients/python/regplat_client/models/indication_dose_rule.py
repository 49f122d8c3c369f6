from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.indication_dose_rule_unit import IndicationDoseRuleUnit
from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="IndicationDoseRule")



@_attrs_define
class IndicationDoseRule:
    """ 
        Attributes:
            max_ (float | str):
            unit (IndicationDoseRuleUnit):
            volume_ml (float | None | str | Unset):
     """

    max_: float | str
    unit: IndicationDoseRuleUnit
    volume_ml: float | None | str | Unset = UNSET





    def to_dict(self) -> dict[str, Any]:
        max_: float | str
        max_ = self.max_

        unit = self.unit.value

        volume_ml: float | None | str | Unset
        if isinstance(self.volume_ml, Unset):
            volume_ml = UNSET
        else:
            volume_ml = self.volume_ml


        field_dict: dict[str, Any] = {}

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
        def _parse_max_(data: object) -> float | str:
            return cast(float | str, data)

        max_ = _parse_max_(d.pop("max"))


        unit = IndicationDoseRuleUnit(d.pop("unit"))




        def _parse_volume_ml(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        volume_ml = _parse_volume_ml(d.pop("volume_ml", UNSET))


        indication_dose_rule = cls(
            max_=max_,
            unit=unit,
            volume_ml=volume_ml,
        )

        return indication_dose_rule

