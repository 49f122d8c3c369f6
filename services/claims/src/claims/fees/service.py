"""Fee accrual at approval (CLM-P3..P5) and the monthly fee statement per agency."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

from fastapi import Request
from fastapi.responses import StreamingResponse
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from claims.agencies.models import Agency, MinimumWage
from claims.cases.models import Case, FeeAccrual
from claims.cases.rules import CaseType
from claims.common import aware, iso, ruleset_version
from claims.fees import rules
from claims.reference import shipped_wages, wages_version
from shared.auth import Actor
from shared.decisions import record_decision
from shared.errors import Conflict
from shared.jalali import TEHRAN, month_bounds, to_jalali
from shared.pagination import Order, Page, keyset, page_rows
from shared.streaming import stream_csv


def wage_table(session: Session) -> dict[int, rules.Wage]:
    """Shipped wages plus years an administrator added (with their source)."""
    out = dict(shipped_wages())
    for w in session.scalars(select(MinimumWage)).all():
        # entered by an administrator of the Organization with its source: confirmed figures (CLM-P1, configuration)
        out.setdefault(w.year, rules.Wage(w.year, w.daily_rials, w.source, published_by=f"administrator {w.created_by or ''}".strip(), confirmed=True))
    return out


def add_wage(session: Session, request: Request, actor: Actor, year: int, daily_rials: int, source: str, now: datetime) -> dict:
    if year in shipped_wages() or session.get(MinimumWage, year) is not None:
        raise Conflict(
            f"The daily minimum wage of {year} is already recorded; figures are never overwritten.",
            detail_fa=f"حداقل دستمزد روزانه سال {year} قبلاً ثبت شده است؛ ارقام بازنویسی نمی‌شوند.",
        )
    if year <= rules.FIRST_YEAR:
        raise Conflict(
            f"{year}: the {rules.FIRST_YEAR} fees are the circular's table; earlier years are out of scope.",
            detail_fa=f"تعرفه سال {rules.FIRST_YEAR} همان جدول بخشنامه است و سال‌های پیش از آن در این سامانه نیست.",
        )
    session.add(MinimumWage(year=year, daily_rials=daily_rials, source=source, created_by=actor.sub, created_at=now))
    session.flush()
    schedule = rules.fee_schedule(year, wage_table(session))
    rec = record_decision(
        session,
        kind="claims.wage",
        subject_type="fee_schedule",
        subject_id=str(year),
        inputs={"year": year, "daily_rials": daily_rials, "source": source},
        outcome=schedule.as_dict(),
        basis=list(schedule.basis),
        ruleset_version=ruleset_version(request) + ";" + wages_version(),
        actor=actor,
    )
    return {**schedule.as_dict(), "decision_id": rec.decision_id}


def accrue_fee(session: Session, request: Request, actor: Actor, case: Case, checklist_complete: bool, now: datetime) -> dict:
    """At approval: the case's one fee (P4), priced by its registration year (P5), only if complete (P3)."""
    already = session.get(FeeAccrual, case.id) is not None
    outcome = rules.fee_for_case(CaseType(case.case_type), case.reg_jyear, checklist_complete, True, already, wage_table(session))
    result = {
        "status": outcome.status,
        "amount_rials": outcome.amount_rials,
        "payer": rules.PAYER,
        "registration_year": case.reg_jyear,
        "registration_month": case.reg_jmonth,
    }
    if outcome.status in ("earned", "fee_unknown"):
        rec = record_decision(
            session,
            kind="claims.fee.accrual",
            subject_type="case",
            subject_id=case.id,
            inputs={"case_type": case.case_type, "registered_at": case.registered_at, "checklist_complete": checklist_complete, "already_accrued": already},
            outcome=result,
            basis=list(outcome.basis),
            ruleset_version=ruleset_version(request) + ";" + wages_version(),
            actor=actor,
        )
        session.add(
            FeeAccrual(
                case_id=case.id,
                agency_code=case.agency_code,
                case_type=case.case_type,
                reg_jyear=case.reg_jyear,
                reg_jmonth=case.reg_jmonth,
                registered_at=case.registered_at,
                status="earned",
                amount_rials=outcome.amount_rials,
                payer=rules.PAYER,
                schedule_method=None if outcome.amount_rials is None else (rules.METHOD_TABLE if case.reg_jyear == rules.FIRST_YEAR else rules.METHOD_INDEXED),
                accrued_at=now,
                decision_id=rec.decision_id,
            )
        )
        session.flush()
        result["decision_id"] = rec.decision_id
    return result


def fee_status_of(session: Session, case: Case) -> dict:
    acc = session.get(FeeAccrual, case.id)
    if acc is None:
        status = {"approved": "none", "withdrawn": "none_withdrawn"}.get(case.state, "not_earned_yet")  # CLM-A7: a withdrawn case earns no fee
        return {"status": status, "amount_rials": None, "payer": rules.PAYER}
    amount = acc.amount_rials
    if amount is None:
        try:
            amount = rules.fee_schedule(acc.reg_jyear, wage_table(session)).amounts[CaseType(acc.case_type)]
        except rules.FeeUnknown:
            amount = None
    return {
        "status": "earned" if amount is not None else "earned_fee_unknown",
        "amount_rials": amount,
        "payer": acc.payer,
        "registration_year": acc.reg_jyear,
        "registration_month": acc.reg_jmonth,
        "decision_id": acc.decision_id,
    }


# Issue 18: a statement's lines in registration order, then case id (the keyset cursor of `lines`); the covering index
# ix_fee_accruals_month_lines (agency, year, month, registered_at, case_id; case_type, amount, decision) serves the lines,
# the totals by case type and the CSV without reading the table.
STATEMENT_LINES = Order("claims.fee-statement.lines", ((FeeAccrual.registered_at, False), (FeeAccrual.case_id, False)))
CSV_BATCH = 2_000


def _month(agency: Agency, year: int, month: int) -> tuple[Any, ...]:
    return (FeeAccrual.agency_code == agency.code, FeeAccrual.reg_jyear == year, FeeAccrual.reg_jmonth == month)


def _line_key(row: Any) -> list[Any]:
    return [row.registered_at, row.case_id]


def statement(session: Session, agency: Agency, year: int, month: int, page: Page, with_lines: bool = True) -> dict:
    """CLM-P monthly fee statement: cases registered in the Jalali month (P5) that earned their one fee (P3, P4).

    The totals are summed in the database (GROUP BY case type; the month's other cases counted by state); `lines`
    is a page of the month from the cursor."""
    first, last = month_bounds(year, month)
    try:
        schedule = rules.fee_schedule(year, wage_table(session))
        prices = {ct.value: a for ct, a in schedule.amounts.items()}
        sched = schedule.as_dict()
    except rules.FeeUnknown as exc:
        prices, sched = {}, {"year": year, "error": str(exc)}
    totals_q = (
        select(FeeAccrual.case_type, func.count(), func.count(FeeAccrual.amount_rials), func.coalesce(func.sum(FeeAccrual.amount_rials), 0))
        .where(FeeAccrual.agency_code == agency.code, FeeAccrual.reg_jyear == year, FeeAccrual.reg_jmonth == month)
        .group_by(FeeAccrual.case_type)
    )
    by_type = []
    total, unpriced = 0, 0
    for ct, n, n_priced, s in session.execute(totals_q).all():
        n_unpriced = n - n_priced
        if n_unpriced and ct not in prices:
            # the year's wage is not known yet: say so, never print 0 or a guess (CLM-P note 1)
            unpriced += n_unpriced
            by_type.append({"case_type": ct, "cases": n, "amount_rials": None, "known_amount_rials": int(s), "cases_with_unknown_fee": n_unpriced})
            total += int(s)
            continue
        amount = int(s) + prices.get(ct, 0) * n_unpriced
        by_type.append({"case_type": ct, "cases": n, "amount_rials": amount, "known_amount_rials": amount, "cases_with_unknown_fee": 0})
        total += amount
    by_type.sort(key=lambda r: r["case_type"])
    pending_q = (
        select(Case.state, func.count())
        .where(Case.agency_code == agency.code, Case.reg_jyear == year, Case.reg_jmonth == month, Case.state != "approved")
        .group_by(Case.state)
    )
    not_earned = {st: n for st, n in session.execute(pending_q).all()}
    out = {
        "agency_code": agency.code,
        "review_office_code": agency.review_office_code,
        "payer": rules.PAYER,
        "year": year,
        "month": month,
        "period_start": first.isoformat(),
        "period_start_jalali": to_jalali(first),
        "period_end": last.isoformat(),
        "period_end_jalali": to_jalali(last),
        "schedule": sched,
        "by_case_type": by_type,
        "total_rials": None if unpriced else total,
        "known_total_rials": total,
        "cases_with_fee": sum(r["cases"] for r in by_type),
        "cases_with_unknown_fee": unpriced,
        "cases_without_fee_by_state": not_earned,
        "rule": "P3 only cases completed per the checklists; P4 one fee per case; P5 month of registration",
    }
    if with_lines:
        q = select(FeeAccrual.case_id, FeeAccrual.case_type, FeeAccrual.registered_at, FeeAccrual.amount_rials, FeeAccrual.decision_id).where(
            *_month(agency, year, month)
        )
        rows, next_cursor = page_rows(session.execute(keyset(q, STATEMENT_LINES, page)).all(), STATEMENT_LINES, page, _line_key)
        out["lines"] = [
            {
                "case_id": r.case_id,
                "case_type": r.case_type,
                "registered_at": iso(r.registered_at),
                "registered_at_jalali": to_jalali(r.registered_at),
                "fee_rials": r.amount_rials if r.amount_rials is not None else prices.get(r.case_type),
                "decision_id": r.decision_id,
            }
            for r in rows
        ]
        out["limit"], out["offset"], out["next"] = page.limit, page.offset, next_cursor
    return out


CSV_HEADER = ["row_type", "agency_code", "year", "month", "case_id", "case_type", "registered_at", "registered_at_jalali", "fee_rials", "payer"]


def statement_csv_rows(session: Session, agency_code: str, year: int, month: int, prices: dict[str, int]) -> Iterator[list[Any]]:
    """Every line of the month in the statement's order (no paging), then one total row; rials as integers.

    Issue 18: read in batches from the covering index (a server-side cursor on PostgreSQL) and written as they come:
    constant memory whatever the month's size; the total is summed while the lines go out."""
    # the first column says what a row is: a case's line, or the total (never written into case_id)
    yield CSV_HEADER
    rows = session.execute(
        select(FeeAccrual.case_id, FeeAccrual.case_type, FeeAccrual.registered_at, FeeAccrual.amount_rials)
        .where(FeeAccrual.agency_code == agency_code, FeeAccrual.reg_jyear == year, FeeAccrual.reg_jmonth == month)
        .order_by(*STATEMENT_LINES.clauses())
        .execution_options(yield_per=CSV_BATCH)
    )
    total, unknown = 0, 0
    jdays: dict = {}
    for cid, ct, reg, amount in rows:
        fee = amount if amount is not None else prices.get(ct)
        total += fee or 0
        unknown += fee is None
        reg = aware(reg).astimezone(TEHRAN)
        day = reg.date()
        if day not in jdays:  # one Jalali conversion per day, not per line
            jdays[day] = to_jalali(day)
        yield ["case", agency_code, year, month, cid, ct, reg.isoformat(), f"{jdays[day]} {reg:%H:%M}", "" if fee is None else fee, rules.PAYER]
    # a month with lines whose fee is unknown (wage of the year not recorded) has no total
    label = "total" if not unknown else f"total_unknown ({unknown} lines without a fee)"
    yield [label, agency_code, year, month, "", "", "", "", "" if unknown else total, rules.PAYER]


def month_prices(session: Session, year: int) -> dict[str, int]:
    """The fee of each case type in `year` ({} while the year's wage is unknown)."""
    try:
        return {ct.value: a for ct, a in rules.fee_schedule(year, wage_table(session)).amounts.items()}
    except rules.FeeUnknown:
        return {}


def statement_csv(sessionmaker: Callable[[], Session], session: Session, agency: Agency, year: int, month: int) -> StreamingResponse:
    """The month's statement as a streamed CSV download, read in a session of its own while it is sent."""
    prices = month_prices(session, year)
    code = agency.code
    return stream_csv(sessionmaker, lambda s: statement_csv_rows(s, code, year, month, prices), f"fees-{code}-{year}-{month:02d}.csv")
