from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..models.compensation_paid_in_payee import CompensationPaidInPayee
from ..types import UNSET, Unset






T = TypeVar("T", bound="CompensationPaidIn")



@_attrs_define
class CompensationPaidIn:
    """ 
        Attributes:
            paid_on (str): ISO-8601 (2026-02-09) or Jalali (1404/11/20); Persian or Arabic-Indic digits accepted
            payee (CompensationPaidInPayee | Unset): CLM-H1: the clients or the Organization Default:
                CompensationPaidInPayee.CLIENT.
     """

    paid_on: str
    payee: CompensationPaidInPayee | Unset = CompensationPaidInPayee.CLIENT





    def to_dict(self) -> dict[str, Any]:
        paid_on = self.paid_on

        payee: str | Unset = UNSET
        if not isinstance(self.payee, Unset):
            payee = self.payee.value



        field_dict: dict[str, Any] = {}

        field_dict.update({
            "paid_on": paid_on,
        })
        if payee is not UNSET:
            field_dict["payee"] = payee

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        paid_on = d.pop("paid_on")

        _payee = d.pop("payee", UNSET)
        payee: CompensationPaidInPayee | Unset
        if isinstance(_payee,  Unset):
            payee = UNSET
        else:
            payee = CompensationPaidInPayee(_payee)




        compensation_paid_in = cls(
            paid_on=paid_on,
            payee=payee,
        )

        return compensation_paid_in

