from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.case_deadline_basis_item import CaseDeadlineBasisItem





T = TypeVar("T", bound="CaseDeadline")



@_attrs_define
class CaseDeadline:
    """ CLM-A5: the delivery deadline in the review office's working days.

        Attributes:
            basis (list[CaseDeadlineBasisItem]): The citations the decision rests on (SHR-PROV): number, clause, rule_id,
                authority (source | interpretation | configuration | evidence), quote or reason, text, text_fa
            counts_from (str): receipt | return | registration: what the 15 working days count from
            delivery_window (str):
            due_at (str): The end of office hours on the due date (ISO 8601 with offset)
            due_at_jalali (str):
            due_date (str): ISO date
            due_date_jalali (str):
            state (str): on_time | due_soon | overdue | delivered_on_time | delivered_late | closed
            working_days_left (int):
     """

    basis: list[CaseDeadlineBasisItem]
    counts_from: str
    delivery_window: str
    due_at: str
    due_at_jalali: str
    due_date: str
    due_date_jalali: str
    state: str
    working_days_left: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.case_deadline_basis_item import CaseDeadlineBasisItem # noqa: PLC0415
        basis = []
        for basis_item_data in self.basis:
            basis_item = basis_item_data.to_dict()
            basis.append(basis_item)



        counts_from = self.counts_from

        delivery_window = self.delivery_window

        due_at = self.due_at

        due_at_jalali = self.due_at_jalali

        due_date = self.due_date

        due_date_jalali = self.due_date_jalali

        state = self.state

        working_days_left = self.working_days_left


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "basis": basis,
            "counts_from": counts_from,
            "delivery_window": delivery_window,
            "due_at": due_at,
            "due_at_jalali": due_at_jalali,
            "due_date": due_date,
            "due_date_jalali": due_date_jalali,
            "state": state,
            "working_days_left": working_days_left,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.case_deadline_basis_item import CaseDeadlineBasisItem # noqa: PLC0415
        d = dict(src_dict)
        basis = []
        _basis = d.pop("basis")
        for basis_item_data in (_basis):
            basis_item = CaseDeadlineBasisItem.from_dict(basis_item_data)



            basis.append(basis_item)


        counts_from = d.pop("counts_from")

        delivery_window = d.pop("delivery_window")

        due_at = d.pop("due_at")

        due_at_jalali = d.pop("due_at_jalali")

        due_date = d.pop("due_date")

        due_date_jalali = d.pop("due_date_jalali")

        state = d.pop("state")

        working_days_left = d.pop("working_days_left")

        case_deadline = cls(
            basis=basis,
            counts_from=counts_from,
            delivery_window=delivery_window,
            due_at=due_at,
            due_at_jalali=due_at_jalali,
            due_date=due_date,
            due_date_jalali=due_date_jalali,
            state=state,
            working_days_left=working_days_left,
        )


        case_deadline.additional_properties = d
        return case_deadline

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
