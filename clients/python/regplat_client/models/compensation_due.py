from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast
import datetime






T = TypeVar("T", bound="CompensationDue")



@_attrs_define
class CompensationDue:
    """ CLM-H1: compensation owed to one payee, due 15 days after proof.

        Attributes:
            amount_rials (int):
            due_on (datetime.date):
            due_on_jalali (None | str):
            status (str): none | pending | overdue | paid_on_time | paid_late
            paid_on (datetime.date | None | Unset):
            paid_on_jalali (None | str | Unset):
     """

    amount_rials: int
    due_on: datetime.date
    due_on_jalali: None | str
    status: str
    paid_on: datetime.date | None | Unset = UNSET
    paid_on_jalali: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        amount_rials = self.amount_rials

        due_on = self.due_on.isoformat()

        due_on_jalali: None | str
        due_on_jalali = self.due_on_jalali

        status = self.status

        paid_on: None | str | Unset
        if isinstance(self.paid_on, Unset):
            paid_on = UNSET
        elif isinstance(self.paid_on, datetime.date):
            paid_on = self.paid_on.isoformat()
        else:
            paid_on = self.paid_on

        paid_on_jalali: None | str | Unset
        if isinstance(self.paid_on_jalali, Unset):
            paid_on_jalali = UNSET
        else:
            paid_on_jalali = self.paid_on_jalali


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "amount_rials": amount_rials,
            "due_on": due_on,
            "due_on_jalali": due_on_jalali,
            "status": status,
        })
        if paid_on is not UNSET:
            field_dict["paid_on"] = paid_on
        if paid_on_jalali is not UNSET:
            field_dict["paid_on_jalali"] = paid_on_jalali

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        amount_rials = d.pop("amount_rials")

        due_on = datetime.date.fromisoformat(d.pop("due_on"))




        def _parse_due_on_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        due_on_jalali = _parse_due_on_jalali(d.pop("due_on_jalali"))


        status = d.pop("status")

        def _parse_paid_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                paid_on_type_0 = datetime.date.fromisoformat(data)



                return paid_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        paid_on = _parse_paid_on(d.pop("paid_on", UNSET))


        def _parse_paid_on_jalali(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        paid_on_jalali = _parse_paid_on_jalali(d.pop("paid_on_jalali", UNSET))


        compensation_due = cls(
            amount_rials=amount_rials,
            due_on=due_on,
            due_on_jalali=due_on_jalali,
            status=status,
            paid_on=paid_on,
            paid_on_jalali=paid_on_jalali,
        )


        compensation_due.additional_properties = d
        return compensation_due

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
