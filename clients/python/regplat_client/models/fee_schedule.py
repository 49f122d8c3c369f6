from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.fee_derivation_check import FeeDerivationCheck
  from ..models.fee_schedule_basis_item import FeeScheduleBasisItem
  from ..models.fee_schedule_item import FeeScheduleItem





T = TypeVar("T", bound="FeeSchedule")



@_attrs_define
class FeeSchedule:
    """ CLM-P: the fee per case type of a Jalali year (1399 = the circular's table; later years indexed on the daily minimum
    wage).

        Attributes:
            basis (list[FeeScheduleBasisItem]): The citations the decision rests on (SHR-PROV): number, clause, rule_id,
                authority (source | interpretation | configuration | evidence), quote or reason, text, text_fa
            currency (str): IRR
            formula (str):
            items (list[FeeScheduleItem]):
            method (str): How the figures were reached: the circular's table, or indexed on the wage
            payer (str):
            rounding (str):
            year (int):
            daily_minimum_wage_1399_rials (int | None | Unset):
            daily_minimum_wage_rials (int | None | Unset):
            derivation_check (list[FeeDerivationCheck] | None | Unset): 1399 only: the table against share x wage
            wage_ratio (None | str | Unset): wage(year) / wage(1399), when indexed
            wage_source (None | str | Unset): The resolution or circular the wage comes from
     """

    basis: list[FeeScheduleBasisItem]
    currency: str
    formula: str
    items: list[FeeScheduleItem]
    method: str
    payer: str
    rounding: str
    year: int
    daily_minimum_wage_1399_rials: int | None | Unset = UNSET
    daily_minimum_wage_rials: int | None | Unset = UNSET
    derivation_check: list[FeeDerivationCheck] | None | Unset = UNSET
    wage_ratio: None | str | Unset = UNSET
    wage_source: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.fee_derivation_check import FeeDerivationCheck # noqa: PLC0415
        from ..models.fee_schedule_basis_item import FeeScheduleBasisItem # noqa: PLC0415
        from ..models.fee_schedule_item import FeeScheduleItem # noqa: PLC0415
        basis = []
        for basis_item_data in self.basis:
            basis_item = basis_item_data.to_dict()
            basis.append(basis_item)



        currency = self.currency

        formula = self.formula

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)



        method = self.method

        payer = self.payer

        rounding = self.rounding

        year = self.year

        daily_minimum_wage_1399_rials: int | None | Unset
        if isinstance(self.daily_minimum_wage_1399_rials, Unset):
            daily_minimum_wage_1399_rials = UNSET
        else:
            daily_minimum_wage_1399_rials = self.daily_minimum_wage_1399_rials

        daily_minimum_wage_rials: int | None | Unset
        if isinstance(self.daily_minimum_wage_rials, Unset):
            daily_minimum_wage_rials = UNSET
        else:
            daily_minimum_wage_rials = self.daily_minimum_wage_rials

        derivation_check: list[dict[str, Any]] | None | Unset
        if isinstance(self.derivation_check, Unset):
            derivation_check = UNSET
        elif isinstance(self.derivation_check, list):
            derivation_check = []
            for derivation_check_type_0_item_data in self.derivation_check:
                derivation_check_type_0_item = derivation_check_type_0_item_data.to_dict()
                derivation_check.append(derivation_check_type_0_item)


        else:
            derivation_check = self.derivation_check

        wage_ratio: None | str | Unset
        if isinstance(self.wage_ratio, Unset):
            wage_ratio = UNSET
        else:
            wage_ratio = self.wage_ratio

        wage_source: None | str | Unset
        if isinstance(self.wage_source, Unset):
            wage_source = UNSET
        else:
            wage_source = self.wage_source


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "basis": basis,
            "currency": currency,
            "formula": formula,
            "items": items,
            "method": method,
            "payer": payer,
            "rounding": rounding,
            "year": year,
        })
        if daily_minimum_wage_1399_rials is not UNSET:
            field_dict["daily_minimum_wage_1399_rials"] = daily_minimum_wage_1399_rials
        if daily_minimum_wage_rials is not UNSET:
            field_dict["daily_minimum_wage_rials"] = daily_minimum_wage_rials
        if derivation_check is not UNSET:
            field_dict["derivation_check"] = derivation_check
        if wage_ratio is not UNSET:
            field_dict["wage_ratio"] = wage_ratio
        if wage_source is not UNSET:
            field_dict["wage_source"] = wage_source

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fee_derivation_check import FeeDerivationCheck # noqa: PLC0415
        from ..models.fee_schedule_basis_item import FeeScheduleBasisItem # noqa: PLC0415
        from ..models.fee_schedule_item import FeeScheduleItem # noqa: PLC0415
        d = dict(src_dict)
        basis = []
        _basis = d.pop("basis")
        for basis_item_data in (_basis):
            basis_item = FeeScheduleBasisItem.from_dict(basis_item_data)



            basis.append(basis_item)


        currency = d.pop("currency")

        formula = d.pop("formula")

        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = FeeScheduleItem.from_dict(items_item_data)



            items.append(items_item)


        method = d.pop("method")

        payer = d.pop("payer")

        rounding = d.pop("rounding")

        year = d.pop("year")

        def _parse_daily_minimum_wage_1399_rials(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        daily_minimum_wage_1399_rials = _parse_daily_minimum_wage_1399_rials(d.pop("daily_minimum_wage_1399_rials", UNSET))


        def _parse_daily_minimum_wage_rials(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        daily_minimum_wage_rials = _parse_daily_minimum_wage_rials(d.pop("daily_minimum_wage_rials", UNSET))


        def _parse_derivation_check(data: object) -> list[FeeDerivationCheck] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                derivation_check_type_0 = []
                _derivation_check_type_0 = data
                for derivation_check_type_0_item_data in (_derivation_check_type_0):
                    derivation_check_type_0_item = FeeDerivationCheck.from_dict(derivation_check_type_0_item_data)



                    derivation_check_type_0.append(derivation_check_type_0_item)

                return derivation_check_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FeeDerivationCheck] | None | Unset, data)

        derivation_check = _parse_derivation_check(d.pop("derivation_check", UNSET))


        def _parse_wage_ratio(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wage_ratio = _parse_wage_ratio(d.pop("wage_ratio", UNSET))


        def _parse_wage_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        wage_source = _parse_wage_source(d.pop("wage_source", UNSET))


        fee_schedule = cls(
            basis=basis,
            currency=currency,
            formula=formula,
            items=items,
            method=method,
            payer=payer,
            rounding=rounding,
            year=year,
            daily_minimum_wage_1399_rials=daily_minimum_wage_1399_rials,
            daily_minimum_wage_rials=daily_minimum_wage_rials,
            derivation_check=derivation_check,
            wage_ratio=wage_ratio,
            wage_source=wage_source,
        )


        fee_schedule.additional_properties = d
        return fee_schedule

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
