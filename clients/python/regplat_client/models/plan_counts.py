from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="PlanCounts")



@_attrs_define
class PlanCounts:
    """ How many centres of the plan are in each case.

        Attributes:
            done (int):
            due (int):
            not_inspected_last_month (int):
            overdue (int):
     """

    done: int
    due: int
    not_inspected_last_month: int
    overdue: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        done = self.done

        due = self.due

        not_inspected_last_month = self.not_inspected_last_month

        overdue = self.overdue


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "done": done,
            "due": due,
            "not_inspected_last_month": not_inspected_last_month,
            "overdue": overdue,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        done = d.pop("done")

        due = d.pop("due")

        not_inspected_last_month = d.pop("not_inspected_last_month")

        overdue = d.pop("overdue")

        plan_counts = cls(
            done=done,
            due=due,
            not_inspected_last_month=not_inspected_last_month,
            overdue=overdue,
        )


        plan_counts.additional_properties = d
        return plan_counts

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
