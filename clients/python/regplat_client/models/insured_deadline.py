from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="InsuredDeadline")



@_attrs_define
class InsuredDeadline:
    """ The CLM-A5 deadline as the insured person sees it.

        Attributes:
            due_date (str):
            due_date_jalali (str):
            state (str):
            working_days_left (int):
     """

    due_date: str
    due_date_jalali: str
    state: str
    working_days_left: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        due_date = self.due_date

        due_date_jalali = self.due_date_jalali

        state = self.state

        working_days_left = self.working_days_left


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "due_date": due_date,
            "due_date_jalali": due_date_jalali,
            "state": state,
            "working_days_left": working_days_left,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        due_date = d.pop("due_date")

        due_date_jalali = d.pop("due_date_jalali")

        state = d.pop("state")

        working_days_left = d.pop("working_days_left")

        insured_deadline = cls(
            due_date=due_date,
            due_date_jalali=due_date_jalali,
            state=state,
            working_days_left=working_days_left,
        )


        insured_deadline.additional_properties = d
        return insured_deadline

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
