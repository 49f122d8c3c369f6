from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast






T = TypeVar("T", bound="FeeTotalByCaseType")



@_attrs_define
class FeeTotalByCaseType:
    """ The month's fees of one case type.

        Attributes:
            amount_rials (int | None): None while some fees are unknown (the year's wage is not recorded)
            case_type (str):
            cases (int):
            cases_with_unknown_fee (int):
            known_amount_rials (int):
     """

    amount_rials: int | None
    case_type: str
    cases: int
    cases_with_unknown_fee: int
    known_amount_rials: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        amount_rials: int | None
        amount_rials = self.amount_rials

        case_type = self.case_type

        cases = self.cases

        cases_with_unknown_fee = self.cases_with_unknown_fee

        known_amount_rials = self.known_amount_rials


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "amount_rials": amount_rials,
            "case_type": case_type,
            "cases": cases,
            "cases_with_unknown_fee": cases_with_unknown_fee,
            "known_amount_rials": known_amount_rials,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        def _parse_amount_rials(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        amount_rials = _parse_amount_rials(d.pop("amount_rials"))


        case_type = d.pop("case_type")

        cases = d.pop("cases")

        cases_with_unknown_fee = d.pop("cases_with_unknown_fee")

        known_amount_rials = d.pop("known_amount_rials")

        fee_total_by_case_type = cls(
            amount_rials=amount_rials,
            case_type=case_type,
            cases=cases,
            cases_with_unknown_fee=cases_with_unknown_fee,
            known_amount_rials=known_amount_rials,
        )


        fee_total_by_case_type.additional_properties = d
        return fee_total_by_case_type

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
