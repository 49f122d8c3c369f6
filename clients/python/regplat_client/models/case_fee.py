from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast






T = TypeVar("T", bound="CaseFee")



@_attrs_define
class CaseFee:
    """ CLM-P: the case's one fee (earned at approval, priced by the registration year).

        Attributes:
            payer (str):
            status (str): not_earned_yet | earned | earned_fee_unknown | fee_unknown | none | none_withdrawn | not_earned |
                ...
            amount_rials (int | None | Unset): None while the fee is unknown (the year's wage is not recorded) or not earned
            decision_id (None | str | Unset):
            registration_month (int | None | Unset):
            registration_year (int | None | Unset):
     """

    payer: str
    status: str
    amount_rials: int | None | Unset = UNSET
    decision_id: None | str | Unset = UNSET
    registration_month: int | None | Unset = UNSET
    registration_year: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        payer = self.payer

        status = self.status

        amount_rials: int | None | Unset
        if isinstance(self.amount_rials, Unset):
            amount_rials = UNSET
        else:
            amount_rials = self.amount_rials

        decision_id: None | str | Unset
        if isinstance(self.decision_id, Unset):
            decision_id = UNSET
        else:
            decision_id = self.decision_id

        registration_month: int | None | Unset
        if isinstance(self.registration_month, Unset):
            registration_month = UNSET
        else:
            registration_month = self.registration_month

        registration_year: int | None | Unset
        if isinstance(self.registration_year, Unset):
            registration_year = UNSET
        else:
            registration_year = self.registration_year


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "payer": payer,
            "status": status,
        })
        if amount_rials is not UNSET:
            field_dict["amount_rials"] = amount_rials
        if decision_id is not UNSET:
            field_dict["decision_id"] = decision_id
        if registration_month is not UNSET:
            field_dict["registration_month"] = registration_month
        if registration_year is not UNSET:
            field_dict["registration_year"] = registration_year

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        payer = d.pop("payer")

        status = d.pop("status")

        def _parse_amount_rials(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        amount_rials = _parse_amount_rials(d.pop("amount_rials", UNSET))


        def _parse_decision_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        decision_id = _parse_decision_id(d.pop("decision_id", UNSET))


        def _parse_registration_month(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        registration_month = _parse_registration_month(d.pop("registration_month", UNSET))


        def _parse_registration_year(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        registration_year = _parse_registration_year(d.pop("registration_year", UNSET))


        case_fee = cls(
            payer=payer,
            status=status,
            amount_rials=amount_rials,
            decision_id=decision_id,
            registration_month=registration_month,
            registration_year=registration_year,
        )


        case_fee.additional_properties = d
        return case_fee

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
