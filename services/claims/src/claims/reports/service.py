"""CLM-B3 monthly operating statistics per agency, and the record of their sending to the secretariat."""

from __future__ import annotations

from datetime import date, datetime

from fastapi import Request
from sqlalchemy import case as sql_case
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from claims.agencies.models import Agency, MonthlyReportSend
from claims.cases.models import Case
from claims.cases.rules import OPEN_STATES
from claims.common import aware, ruleset_version
from claims.reports import rules
from shared.auth import Actor
from shared.decisions import record_decision
from shared.errors import Conflict
from shared.jalali import TEHRAN, month_bounds, to_jalali


def active_since(session: Session, agency: Agency) -> date:
    """CLM-B3: the first day the agency both existed and had the process enabled (date.max: never enabled).
    Months before it have nothing to report and are never overdue."""
    if agency.process_enabled_since is None:
        return date.max
    return max(aware(agency.process_enabled_since), aware(agency.created_at)).astimezone(TEHRAN).date()


def _month_figures(session: Session, codes: list[str], year: int, month: int, now: datetime) -> dict[str, dict]:
    """Issue 18: the month's figures of every agency in `codes`, summed in the database (one GROUP BY query however
    many agencies and cases), read from the covering index ix_cases_month_report (no table access on PostgreSQL)."""
    if not codes:
        return {}
    base = (Case.agency_code.in_(codes), Case.reg_jyear == year, Case.reg_jmonth == month)
    out: dict[str, dict] = {c: {"by": {}, "sums": (0, 0, 0, 0, 0, 0)} for c in codes}
    # one pass: counts and sums per (agency, type, state); the few groups of an agency are added up here
    grouped = (
        select(
            Case.agency_code,
            Case.case_type,
            Case.state,
            func.count(),
            func.count(Case.delivery_counts_at),
            func.coalesce(func.sum(sql_case((Case.delivery_counts_at <= Case.due_at, 1), else_=0)), 0),
            func.coalesce(func.sum(Case.returns_count), 0),
            func.coalesce(func.sum(Case.total_paid_rials), 0),
            func.coalesce(func.sum(sql_case((Case.state == "approved", Case.reimbursable_rials), else_=0)), 0),
            func.coalesce(func.sum(sql_case(((Case.state.in_([s.value for s in OPEN_STATES])) & (Case.due_at < now), 1), else_=0)), 0),
        )
        .where(*base)
        .group_by(Case.agency_code, Case.case_type, Case.state)
    )
    for code, ct, st, n, *figures in session.execute(grouped).all():
        out[code]["by"].setdefault(ct, {})[st] = n
        out[code]["sums"] = tuple(a + int(b) for a, b in zip(out[code]["sums"], figures, strict=True))
    sends = select(MonthlyReportSend).where(MonthlyReportSend.agency_code.in_(codes), MonthlyReportSend.year == year, MonthlyReportSend.month == month)
    for sent in session.scalars(sends).all():
        out[sent.agency_code]["sent"] = sent
    return out


def agency_stats(session: Session, agency: Agency, year: int, month: int, now: datetime, figures: dict | None = None) -> dict:
    fig = figures if figures is not None else _month_figures(session, [agency.code], year, month, now)[agency.code]
    by = fig["by"]
    delivered, on_time, returns, paid, reimb, overdue = fig["sums"]
    since = active_since(session, agency)
    sent = fig.get("sent")
    due = rules.report_due_date(year, month)
    sent_at = aware(sent.sent_at) if sent else None
    return {
        "agency_code": agency.code,
        "review_office_code": agency.review_office_code,
        "cases_by_type_and_state": by,
        "cases": sum(sum(v.values()) for v in by.values()),
        "delivered": int(delivered),
        "delivered_on_time": int(on_time),
        "on_time_share": round(int(on_time) / int(delivered), 4) if delivered else None,
        "returns": int(returns),
        "open_overdue": int(overdue),
        "total_paid_rials": int(paid),
        "approved_reimbursable_rials": int(reimb),
        "report_due_date": due.isoformat(),
        "report_due_date_jalali": to_jalali(due),
        "process_enabled_since": since.isoformat() if since != date.max else None,
        "process_enabled_since_jalali": to_jalali(since) if since != date.max else None,
        "sent_at": sent_at.isoformat() if sent_at else None,
        "sent_at_jalali": to_jalali(sent_at) if sent_at else None,
        "report_status": rules.report_status(year, month, now, sent_at, since),
        "sent_late": (rules.report_status(year, month, now, sent_at, since) == "sent_late") if sent_at else None,
    }


def monthly(session: Session, agencies: list[Agency], year: int, month: int, now: datetime) -> dict:
    first, last = month_bounds(year, month)
    due = rules.report_due_date(year, month)
    figures: dict[str, dict] = {}
    for i in range(0, len(agencies), 500):  # bounded IN lists
        figures.update(_month_figures(session, [a.code for a in agencies[i : i + 500]], year, month, now))
    return {
        "year": year,
        "month": month,
        "period_start": first.isoformat(),
        "period_start_jalali": to_jalali(first),
        "period_end": last.isoformat(),
        "period_end_jalali": to_jalali(last),
        "report_due_date": due.isoformat(),
        "report_due_date_jalali": to_jalali(due),
        "agencies": [agency_stats(session, a, year, month, now, figures[a.code]) for a in agencies],
        "basis": [c.model_dump(mode="json") for c in rules.report_basis()],
    }


def mark_sent(session: Session, request: Request, actor: Actor, agency: Agency, year: int, month: int, now: datetime) -> dict:
    exists = session.scalars(
        select(MonthlyReportSend).where(MonthlyReportSend.agency_code == agency.code, MonthlyReportSend.year == year, MonthlyReportSend.month == month)
    ).first()
    if exists:
        raise Conflict(
            f"The {year}/{month:02d} report of {agency.code} was already sent.",
            detail_fa=f"گزارش {year}/{month:02d} کارگزاری {agency.code} قبلاً ارسال شده است.",
        )
    stats = agency_stats(session, agency, year, month, now)
    status = rules.report_status(year, month, now, now)
    rec = record_decision(
        session,
        kind="claims.report.sent",
        subject_type="agency",
        subject_id=agency.code,
        inputs={"year": year, "month": month},
        outcome={**stats, "report_status": status, "sent_at": now.isoformat()},
        basis=rules.report_basis(),
        ruleset_version=ruleset_version(request),
        actor=actor,
    )
    session.add(MonthlyReportSend(agency_code=agency.code, year=year, month=month, sent_at=now, sent_by=actor.sub, decision_id=rec.decision_id))
    session.flush()
    return {
        "agency_code": agency.code,
        "year": year,
        "month": month,
        "sent_at": now.isoformat(),
        "sent_at_jalali": to_jalali(now),
        "report_status": status,
        "decision_id": rec.decision_id,
    }
