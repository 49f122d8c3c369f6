from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, BinaryIO, TextIO, TYPE_CHECKING, Generator

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

from ..types import UNSET, Unset
from typing import cast

if TYPE_CHECKING:
  from ..models.fee_statement_cases_without_fee_by_state import FeeStatementCasesWithoutFeeByState
  from ..models.fee_statement_line import FeeStatementLine
  from ..models.fee_statement_schedule import FeeStatementSchedule
  from ..models.fee_total_by_case_type import FeeTotalByCaseType





T = TypeVar("T", bound="FeeStatement")



@_attrs_define
class FeeStatement:
    """ CLM-P: an agency's monthly fee statement: cases registered in the Jalali month (P5) that earned their one fee (P3,
    P4).

    `lines` is a page of the month (registration order, then case id): follow `next` as `cursor`; the totals cover the
    whole month.

        Attributes:
            agency_code (str):
            by_case_type (list[FeeTotalByCaseType]):
            cases_with_fee (int):
            cases_with_unknown_fee (int):
            cases_without_fee_by_state (FeeStatementCasesWithoutFeeByState): Cases of the month that earned no fee, by state
            known_total_rials (int):
            month (int):
            payer (str):
            period_end (str):
            period_end_jalali (str):
            period_start (str):
            period_start_jalali (str):
            review_office_code (str):
            rule (str):
            schedule (FeeStatementSchedule): The year's fee schedule (see FeeSchedule), or {year, error} when the wage is
                unknown
            total_rials (int | None): None while some fees are unknown
            year (int):
            limit (int | None | Unset):
            lines (list[FeeStatementLine] | Unset):
            next_ (None | str | Unset): Opaque cursor of the next page of `lines`: send it back as `cursor`; null on the
                last page
            offset (int | None | Unset):
     """

    agency_code: str
    by_case_type: list[FeeTotalByCaseType]
    cases_with_fee: int
    cases_with_unknown_fee: int
    cases_without_fee_by_state: FeeStatementCasesWithoutFeeByState
    known_total_rials: int
    month: int
    payer: str
    period_end: str
    period_end_jalali: str
    period_start: str
    period_start_jalali: str
    review_office_code: str
    rule: str
    schedule: FeeStatementSchedule
    total_rials: int | None
    year: int
    limit: int | None | Unset = UNSET
    lines: list[FeeStatementLine] | Unset = UNSET
    next_: None | str | Unset = UNSET
    offset: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)





    def to_dict(self) -> dict[str, Any]:
        from ..models.fee_statement_cases_without_fee_by_state import FeeStatementCasesWithoutFeeByState # noqa: PLC0415
        from ..models.fee_statement_line import FeeStatementLine # noqa: PLC0415
        from ..models.fee_statement_schedule import FeeStatementSchedule # noqa: PLC0415
        from ..models.fee_total_by_case_type import FeeTotalByCaseType # noqa: PLC0415
        agency_code = self.agency_code

        by_case_type = []
        for by_case_type_item_data in self.by_case_type:
            by_case_type_item = by_case_type_item_data.to_dict()
            by_case_type.append(by_case_type_item)



        cases_with_fee = self.cases_with_fee

        cases_with_unknown_fee = self.cases_with_unknown_fee

        cases_without_fee_by_state = self.cases_without_fee_by_state.to_dict()

        known_total_rials = self.known_total_rials

        month = self.month

        payer = self.payer

        period_end = self.period_end

        period_end_jalali = self.period_end_jalali

        period_start = self.period_start

        period_start_jalali = self.period_start_jalali

        review_office_code = self.review_office_code

        rule = self.rule

        schedule = self.schedule.to_dict()

        total_rials: int | None
        total_rials = self.total_rials

        year = self.year

        limit: int | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)



        next_: None | str | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        else:
            next_ = self.next_

        offset: int | None | Unset
        if isinstance(self.offset, Unset):
            offset = UNSET
        else:
            offset = self.offset


        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({
            "agency_code": agency_code,
            "by_case_type": by_case_type,
            "cases_with_fee": cases_with_fee,
            "cases_with_unknown_fee": cases_with_unknown_fee,
            "cases_without_fee_by_state": cases_without_fee_by_state,
            "known_total_rials": known_total_rials,
            "month": month,
            "payer": payer,
            "period_end": period_end,
            "period_end_jalali": period_end_jalali,
            "period_start": period_start,
            "period_start_jalali": period_start_jalali,
            "review_office_code": review_office_code,
            "rule": rule,
            "schedule": schedule,
            "total_rials": total_rials,
            "year": year,
        })
        if limit is not UNSET:
            field_dict["limit"] = limit
        if lines is not UNSET:
            field_dict["lines"] = lines
        if next_ is not UNSET:
            field_dict["next"] = next_
        if offset is not UNSET:
            field_dict["offset"] = offset

        return field_dict



    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fee_statement_cases_without_fee_by_state import FeeStatementCasesWithoutFeeByState # noqa: PLC0415
        from ..models.fee_statement_line import FeeStatementLine # noqa: PLC0415
        from ..models.fee_statement_schedule import FeeStatementSchedule # noqa: PLC0415
        from ..models.fee_total_by_case_type import FeeTotalByCaseType # noqa: PLC0415
        d = dict(src_dict)
        agency_code = d.pop("agency_code")

        by_case_type = []
        _by_case_type = d.pop("by_case_type")
        for by_case_type_item_data in (_by_case_type):
            by_case_type_item = FeeTotalByCaseType.from_dict(by_case_type_item_data)



            by_case_type.append(by_case_type_item)


        cases_with_fee = d.pop("cases_with_fee")

        cases_with_unknown_fee = d.pop("cases_with_unknown_fee")

        cases_without_fee_by_state = FeeStatementCasesWithoutFeeByState.from_dict(d.pop("cases_without_fee_by_state"))




        known_total_rials = d.pop("known_total_rials")

        month = d.pop("month")

        payer = d.pop("payer")

        period_end = d.pop("period_end")

        period_end_jalali = d.pop("period_end_jalali")

        period_start = d.pop("period_start")

        period_start_jalali = d.pop("period_start_jalali")

        review_office_code = d.pop("review_office_code")

        rule = d.pop("rule")

        schedule = FeeStatementSchedule.from_dict(d.pop("schedule"))




        def _parse_total_rials(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        total_rials = _parse_total_rials(d.pop("total_rials"))


        year = d.pop("year")

        def _parse_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        limit = _parse_limit(d.pop("limit", UNSET))


        _lines = d.pop("lines", UNSET)
        lines: list[FeeStatementLine] | Unset = UNSET
        if _lines is not UNSET:
            lines = []
            for lines_item_data in _lines:
                lines_item = FeeStatementLine.from_dict(lines_item_data)



                lines.append(lines_item)


        def _parse_next_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        next_ = _parse_next_(d.pop("next", UNSET))


        def _parse_offset(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        offset = _parse_offset(d.pop("offset", UNSET))


        fee_statement = cls(
            agency_code=agency_code,
            by_case_type=by_case_type,
            cases_with_fee=cases_with_fee,
            cases_with_unknown_fee=cases_with_unknown_fee,
            cases_without_fee_by_state=cases_without_fee_by_state,
            known_total_rials=known_total_rials,
            month=month,
            payer=payer,
            period_end=period_end,
            period_end_jalali=period_end_jalali,
            period_start=period_start,
            period_start_jalali=period_start_jalali,
            review_office_code=review_office_code,
            rule=rule,
            schedule=schedule,
            total_rials=total_rials,
            year=year,
            limit=limit,
            lines=lines,
            next_=next_,
            offset=offset,
        )


        fee_statement.additional_properties = d
        return fee_statement

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
