from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from typing import cast

if TYPE_CHECKING:
  from ..models.agency_month_stats import AgencyMonthStats
  from ..models.monthly_report_basis_item import MonthlyReportBasisItem





T = TypeVar("T", bound="MonthlyReport")



@_attrs_define
class MonthlyReport:
    """ CLM-B3: per agency the month's cases by type and state, on-time share, returns and amounts; the report's due date.

        Attributes:
            agencies (list[AgencyMonthStats]):
            basis (list[MonthlyReportBasisItem]): The citations the decision rests on (SHR-PROV): number, clause, rule_id,
                authority (source | interpretation | configuration | evidence), quote or reason, text, text_fa
            month (int):
            period_end (str):
            period_end_jalali (str):
            period_start (str):
            period_start_jalali (str):
            report_due_date (str): The 5th of the next Jalali month
            report_due_date_jalali (str):
            year (int):
     """

    agencies: list[AgencyMonthStats]
    basis: list[MonthlyReportBasisItem]
    month: int
    period_end: str
    period_end_jalali: str
    period_start: str
    period_start_jalali: str
    report_due_date: str
    report_due_date_jalali: str
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.agency_month_stats import AgencyMonthStats # noqa: PLC0415
        from ..models.monthly_report_basis_item import MonthlyReportBasisItem # noqa: PLC0415
        agencies = []
        for agencies_item_data in self.agencies:
            agencies_item = agencies_item_data.to_dict()
            agencies.append(agencies_item)



        basis = []
        for basis_item_data in self.basis:
            basis_item = basis_item_data.to_dict()
            basis.append(basis_item)



        month = self.month

        period_end = self.period_end

        period_end_jalali = self.period_end_jalali

        period_start = self.period_start

        period_start_jalali = self.period_start_jalali

        report_due_date = self.report_due_date

        report_due_date_jalali = self.report_due_date_jalali

        year = self.year


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "agencies": agencies,
            "basis": basis,
            "month": month,
            "period_end": period_end,
            "period_end_jalali": period_end_jalali,
            "period_start": period_start,
            "period_start_jalali": period_start_jalali,
            "report_due_date": report_due_date,
            "report_due_date_jalali": report_due_date_jalali,
            "year": year,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agency_month_stats import AgencyMonthStats # noqa: PLC0415
        from ..models.monthly_report_basis_item import MonthlyReportBasisItem # noqa: PLC0415
        d = dict(src_dict)
        agencies = []
        _agencies = d.pop("agencies")
        for agencies_item_data in (_agencies):
            agencies_item = AgencyMonthStats.from_dict(agencies_item_data)



            agencies.append(agencies_item)


        basis = []
        _basis = d.pop("basis")
        for basis_item_data in (_basis):
            basis_item = MonthlyReportBasisItem.from_dict(basis_item_data)



            basis.append(basis_item)


        month = d.pop("month")

        period_end = d.pop("period_end")

        period_end_jalali = d.pop("period_end_jalali")

        period_start = d.pop("period_start")

        period_start_jalali = d.pop("period_start_jalali")

        report_due_date = d.pop("report_due_date")

        report_due_date_jalali = d.pop("report_due_date_jalali")

        year = d.pop("year")

        monthly_report = cls(
            agencies=agencies,
            basis=basis,
            month=month,
            period_end=period_end,
            period_end_jalali=period_end_jalali,
            period_start=period_start,
            period_start_jalali=period_start_jalali,
            report_due_date=report_due_date,
            report_due_date_jalali=report_due_date_jalali,
            year=year,
        )


        monthly_report.additional_properties = d
        return monthly_report

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
