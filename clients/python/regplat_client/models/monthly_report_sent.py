from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset







T = TypeVar("T", bound="MonthlyReportSent")



@_attrs_define
class MonthlyReportSent:
    """ CLM-B3: the sending of an agency's monthly statistics, as recorded.

        Attributes:
            agency_code (str):
            decision_id (str):
            month (int):
            report_status (str):
            sent_at (str):
            sent_at_jalali (str):
            year (int):
     """

    agency_code: str
    decision_id: str
    month: int
    report_status: str
    sent_at: str
    sent_at_jalali: str
    year: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        agency_code = self.agency_code

        decision_id = self.decision_id

        month = self.month

        report_status = self.report_status

        sent_at = self.sent_at

        sent_at_jalali = self.sent_at_jalali

        year = self.year


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "agency_code": agency_code,
            "decision_id": decision_id,
            "month": month,
            "report_status": report_status,
            "sent_at": sent_at,
            "sent_at_jalali": sent_at_jalali,
            "year": year,
        })

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agency_code = d.pop("agency_code")

        decision_id = d.pop("decision_id")

        month = d.pop("month")

        report_status = d.pop("report_status")

        sent_at = d.pop("sent_at")

        sent_at_jalali = d.pop("sent_at_jalali")

        year = d.pop("year")

        monthly_report_sent = cls(
            agency_code=agency_code,
            decision_id=decision_id,
            month=month,
            report_status=report_status,
            sent_at=sent_at,
            sent_at_jalali=sent_at_jalali,
            year=year,
        )


        monthly_report_sent.additional_properties = d
        return monthly_report_sent

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
