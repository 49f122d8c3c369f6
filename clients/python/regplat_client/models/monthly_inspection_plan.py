from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast
import datetime

if TYPE_CHECKING:
  from ..models.citation import Citation
  from ..models.plan_centre import PlanCentre
  from ..models.plan_counts import PlanCounts





T = TypeVar("T", bound="MonthlyInspectionPlan")



@_attrs_define
class MonthlyInspectionPlan:
    """ The Jalali month's inspection plan of a university (or of all, for the Ministry).

        Attributes:
            basis (list[Citation]):
            counts (PlanCounts): How many centres of the plan are in each case.
            items (list[PlanCentre]): By university, name and id
            month (int):
            month_end (datetime.date):
            month_end_jalali (None | str):
            month_over (bool):
            month_start (datetime.date):
            month_start_jalali (None | str):
            university (None | str): None: every university (Ministry roles without a filter)
            year (int):
     """

    basis: list[Citation]
    counts: PlanCounts
    items: list[PlanCentre]
    month: int
    month_end: datetime.date
    month_end_jalali: None | str
    month_over: bool
    month_start: datetime.date
    month_start_jalali: None | str
    university: None | str
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.citation import Citation # noqa: PLC0415
        from ..models.plan_centre import PlanCentre # noqa: PLC0415
        from ..models.plan_counts import PlanCounts # noqa: PLC0415
        basis = []
        for basis_item_data in self.basis:
            basis_item = basis_item_data.to_dict()
            basis.append(basis_item)



        counts = self.counts.to_dict()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)



        month = self.month

        month_end = self.month_end.isoformat()

        month_end_jalali: None | str
        month_end_jalali = self.month_end_jalali

        month_over = self.month_over

        month_start = self.month_start.isoformat()

        month_start_jalali: None | str
        month_start_jalali = self.month_start_jalali

        university: None | str
        university = self.university

        year = self.year


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "basis": basis,
            "counts": counts,
            "items": items,
            "month": month,
            "month_end": month_end,
            "month_end_jalali": month_end_jalali,
            "month_over": month_over,
            "month_start": month_start,
            "month_start_jalali": month_start_jalali,
            "university": university,
            "year": year,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.citation import Citation # noqa: PLC0415
        from ..models.plan_centre import PlanCentre # noqa: PLC0415
        from ..models.plan_counts import PlanCounts # noqa: PLC0415
        d = dict(src_dict)
        basis = []
        _basis = d.pop("basis")
        for basis_item_data in (_basis):
            basis_item = Citation.from_dict(basis_item_data)



            basis.append(basis_item)


        counts = PlanCounts.from_dict(d.pop("counts"))




        items = []
        _items = d.pop("items")
        for items_item_data in (_items):
            items_item = PlanCentre.from_dict(items_item_data)



            items.append(items_item)


        month = d.pop("month")

        month_end = datetime.date.fromisoformat(d.pop("month_end"))




        def _parse_month_end_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        month_end_jalali = _parse_month_end_jalali(d.pop("month_end_jalali"))


        month_over = d.pop("month_over")

        month_start = datetime.date.fromisoformat(d.pop("month_start"))




        def _parse_month_start_jalali(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        month_start_jalali = _parse_month_start_jalali(d.pop("month_start_jalali"))


        def _parse_university(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        university = _parse_university(d.pop("university"))


        year = d.pop("year")

        monthly_inspection_plan = cls(
            basis=basis,
            counts=counts,
            items=items,
            month=month,
            month_end=month_end,
            month_end_jalali=month_end_jalali,
            month_over=month_over,
            month_start=month_start,
            month_start_jalali=month_start_jalali,
            university=university,
            year=year,
        )


        monthly_inspection_plan.additional_properties = d
        return monthly_inspection_plan

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
