from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="FeeDerivationCheck")



@_attrs_define
class FeeDerivationCheck:
    """ How closely the circular's share x the 1399 daily wage reproduces its own 1399 figure.

        Attributes:
            case_type (str):
            difference_rials (int):
            implied_daily_wage_rials (int):
            relative_difference (float):
            share_x_wage_rials (int):
            table_rials (int):
     """

    case_type: str
    difference_rials: int
    implied_daily_wage_rials: int
    relative_difference: float
    share_x_wage_rials: int
    table_rials: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        case_type = self.case_type

        difference_rials = self.difference_rials

        implied_daily_wage_rials = self.implied_daily_wage_rials

        relative_difference = self.relative_difference

        share_x_wage_rials = self.share_x_wage_rials

        table_rials = self.table_rials


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "case_type": case_type,
            "difference_rials": difference_rials,
            "implied_daily_wage_rials": implied_daily_wage_rials,
            "relative_difference": relative_difference,
            "share_x_wage_rials": share_x_wage_rials,
            "table_rials": table_rials,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        case_type = d.pop("case_type")

        difference_rials = d.pop("difference_rials")

        implied_daily_wage_rials = d.pop("implied_daily_wage_rials")

        relative_difference = d.pop("relative_difference")

        share_x_wage_rials = d.pop("share_x_wage_rials")

        table_rials = d.pop("table_rials")

        fee_derivation_check = cls(
            case_type=case_type,
            difference_rials=difference_rials,
            implied_daily_wage_rials=implied_daily_wage_rials,
            relative_difference=relative_difference,
            share_x_wage_rials=share_x_wage_rials,
            table_rials=table_rials,
        )


        fee_derivation_check.additional_properties = d
        return fee_derivation_check

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
