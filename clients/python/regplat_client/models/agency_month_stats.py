from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.agency_month_stats_cases_by_type_and_state import AgencyMonthStatsCasesByTypeAndState





T = TypeVar("T", bound="AgencyMonthStats")



@_attrs_define
class AgencyMonthStats:
    """ One agency's statistics for the month, and whether its report was sent on time.

        Attributes:
            agency_code (str):
            approved_reimbursable_rials (int):
            cases (int):
            cases_by_type_and_state (AgencyMonthStatsCasesByTypeAndState): Case type -> state -> number of cases
            delivered (int):
            delivered_on_time (int):
            open_overdue (int):
            report_due_date (str):
            report_due_date_jalali (str):
            report_status (str): not_applicable | not_due_yet | due | overdue | sent_on_time | sent_late
            returns (int):
            review_office_code (str):
            total_paid_rials (int):
            on_time_share (float | None | Unset): delivered_on_time / delivered; None when nothing was delivered
            process_enabled_since (None | str | Unset): Months before it have nothing to report
            process_enabled_since_jalali (None | str | Unset):
            sent_at (None | str | Unset):
            sent_at_jalali (None | str | Unset):
            sent_late (bool | None | Unset):
     """

    agency_code: str
    approved_reimbursable_rials: int
    cases: int
    cases_by_type_and_state: AgencyMonthStatsCasesByTypeAndState
    delivered: int
    delivered_on_time: int
    open_overdue: int
    report_due_date: str
    report_due_date_jalali: str
    report_status: str
    returns: int
    review_office_code: str
    total_paid_rials: int
    on_time_share: float | None | Unset = UNSET
    process_enabled_since: None | str | Unset = UNSET
    process_enabled_since_jalali: None | str | Unset = UNSET
    sent_at: None | str | Unset = UNSET
    sent_at_jalali: None | str | Unset = UNSET
    sent_late: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.agency_month_stats_cases_by_type_and_state import AgencyMonthStatsCasesByTypeAndState # noqa: PLC0415
        agency_code = self.agency_code

        approved_reimbursable_rials = self.approved_reimbursable_rials

        cases = self.cases

        cases_by_type_and_state = self.cases_by_type_and_state.to_dict()

        delivered = self.delivered

        delivered_on_time = self.delivered_on_time

        open_overdue = self.open_overdue

        report_due_date = self.report_due_date

        report_due_date_jalali = self.report_due_date_jalali

        report_status = self.report_status

        returns = self.returns

        review_office_code = self.review_office_code

        total_paid_rials = self.total_paid_rials

        on_time_share: float | None | Unset
        if isinstance(self.on_time_share, Unset):
            on_time_share = UNSET
        else:
            on_time_share = self.on_time_share

        process_enabled_since: None | str | Unset
        if isinstance(self.process_enabled_since, Unset):
            process_enabled_since = UNSET
        else:
            process_enabled_since = self.process_enabled_since

        process_enabled_since_jalali: None | str | Unset
        if isinstance(self.process_enabled_since_jalali, Unset):
            process_enabled_since_jalali = UNSET
        else:
            process_enabled_since_jalali = self.process_enabled_since_jalali

        sent_at: None | str | Unset
        if isinstance(self.sent_at, Unset):
            sent_at = UNSET
        else:
            sent_at = self.sent_at

        sent_at_jalali: None | str | Unset
        if isinstance(self.sent_at_jalali, Unset):
            sent_at_jalali = UNSET
        else:
            sent_at_jalali = self.sent_at_jalali

        sent_late: bool | None | Unset
        if isinstance(self.sent_late, Unset):
            sent_late = UNSET
        else:
            sent_late = self.sent_late


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "agency_code": agency_code,
            "approved_reimbursable_rials": approved_reimbursable_rials,
            "cases": cases,
            "cases_by_type_and_state": cases_by_type_and_state,
            "delivered": delivered,
            "delivered_on_time": delivered_on_time,
            "open_overdue": open_overdue,
            "report_due_date": report_due_date,
            "report_due_date_jalali": report_due_date_jalali,
            "report_status": report_status,
            "returns": returns,
            "review_office_code": review_office_code,
            "total_paid_rials": total_paid_rials,
        })
        if on_time_share is not UNSET:
            field_dict["on_time_share"] = on_time_share
        if process_enabled_since is not UNSET:
            field_dict["process_enabled_since"] = process_enabled_since
        if process_enabled_since_jalali is not UNSET:
            field_dict["process_enabled_since_jalali"] = process_enabled_since_jalali
        if sent_at is not UNSET:
            field_dict["sent_at"] = sent_at
        if sent_at_jalali is not UNSET:
            field_dict["sent_at_jalali"] = sent_at_jalali
        if sent_late is not UNSET:
            field_dict["sent_late"] = sent_late

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agency_month_stats_cases_by_type_and_state import AgencyMonthStatsCasesByTypeAndState # noqa: PLC0415
        d = dict(src_dict)
        agency_code = d.pop("agency_code")

        approved_reimbursable_rials = d.pop("approved_reimbursable_rials")

        cases = d.pop("cases")

        cases_by_type_and_state = AgencyMonthStatsCasesByTypeAndState.from_dict(d.pop("cases_by_type_and_state"))




        delivered = d.pop("delivered")

        delivered_on_time = d.pop("delivered_on_time")

        open_overdue = d.pop("open_overdue")

        report_due_date = d.pop("report_due_date")

        report_due_date_jalali = d.pop("report_due_date_jalali")

        report_status = d.pop("report_status")

        returns = d.pop("returns")

        review_office_code = d.pop("review_office_code")

        total_paid_rials = d.pop("total_paid_rials")

        def _parse_on_time_share(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        on_time_share = _parse_on_time_share(d.pop("on_time_share", UNSET))


        def _parse_process_enabled_since(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        process_enabled_since = _parse_process_enabled_since(d.pop("process_enabled_since", UNSET))


        def _parse_process_enabled_since_jalali(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        process_enabled_since_jalali = _parse_process_enabled_since_jalali(d.pop("process_enabled_since_jalali", UNSET))


        def _parse_sent_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sent_at = _parse_sent_at(d.pop("sent_at", UNSET))


        def _parse_sent_at_jalali(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sent_at_jalali = _parse_sent_at_jalali(d.pop("sent_at_jalali", UNSET))


        def _parse_sent_late(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        sent_late = _parse_sent_late(d.pop("sent_late", UNSET))


        agency_month_stats = cls(
            agency_code=agency_code,
            approved_reimbursable_rials=approved_reimbursable_rials,
            cases=cases,
            cases_by_type_and_state=cases_by_type_and_state,
            delivered=delivered,
            delivered_on_time=delivered_on_time,
            open_overdue=open_overdue,
            report_due_date=report_due_date,
            report_due_date_jalali=report_due_date_jalali,
            report_status=report_status,
            returns=returns,
            review_office_code=review_office_code,
            total_paid_rials=total_paid_rials,
            on_time_share=on_time_share,
            process_enabled_since=process_enabled_since,
            process_enabled_since_jalali=process_enabled_since_jalali,
            sent_at=sent_at,
            sent_at_jalali=sent_at_jalali,
            sent_late=sent_late,
        )


        agency_month_stats.additional_properties = d
        return agency_month_stats

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
