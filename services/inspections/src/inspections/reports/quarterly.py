"""Quarterly report per university and Jalali season: centres, inspections, violations by type, actions by type."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from inspections.centres.models import Centre, CentreStatusChange
from inspections.citations import QUARTERLY, QUARTERLY_HOLIDAY
from inspections.common import basis_json, dates, new_id, ruleset_version
from inspections.enforcement.models import Action, Violation
from inspections.inspections.models import Inspection
from inspections.reports import rules
from inspections.reports.models import QuarterlySubmission
from shared.auth import Actor
from shared.decisions import record_decision
from shared.errors import Conflict, ValidationProblem
from shared.jalali import month_bounds, season_bounds, today_tehran
from shared.provenance import RegulationRegistry


def _deadline(end: dt.date) -> tuple[dt.date, dt.date, str | None]:
    """The due day, the last day that counts as on time, and why they differ (a holiday or weekend), if they do."""
    due = rules.due_on(end)
    return due, rules.accepted_until(due), rules.UNIVERSITY_CALENDAR.holiday_reason(due)


def _basis(registry: RegulationRegistry, holiday: str | None) -> list[dict[str, Any]]:
    return basis_json(registry, QUARTERLY, *([QUARTERLY_HOLIDAY] if holiday else []))


def _grouped(session: Session, column, *where) -> dict[str, int]:
    """{value: rows} of `column` over the rows matching `where`, counted by the database (sorted by value)."""
    rows = session.execute(select(column, func.count()).where(*where).group_by(column))
    return dict(sorted((k, n) for k, n in rows if k is not None))


def counts(session: Session, university: str, year: int, season: int) -> dict[str, Any]:
    """The season's figures, each counted by the database (issue 18: constant memory whatever the university's size)."""
    start, end = season_bounds(year, season)
    registered = (Centre.university == university, Centre.registered_on <= end)
    total = session.scalar(select(func.count()).select_from(Centre).where(*registered)) or 0
    # each centre's status at the season's end: its last change effective by then (by effective_on, then id), else unregistered
    last = (
        select(
            CentreStatusChange.centre_id,
            CentreStatusChange.status,
            func.row_number()
            .over(partition_by=CentreStatusChange.centre_id, order_by=(CentreStatusChange.effective_on.desc(), CentreStatusChange.id.desc()))
            .label("n"),
        )
        .join(Centre, Centre.id == CentreStatusChange.centre_id)
        .where(*registered, CentreStatusChange.effective_on <= end)
        .subquery()
    )
    status_end = Counter(dict(session.execute(select(last.c.status, func.count()).where(last.c.n == 1).group_by(last.c.status)).all()))
    if total - sum(status_end.values()):
        status_end["unregistered"] += total - sum(status_end.values())
    in_season = (Inspection.university == university, Inspection.inspected_on >= start, Inspection.inspected_on <= end)
    ins_total, ins_centres, non_compliant = session.execute(
        select(func.count(), func.count(distinct(Inspection.centre_id)), func.count().filter(Inspection.outcome == "non_compliant")).where(*in_season)
    ).one()
    months = []
    for m in range((season - 1) * 3 + 1, (season - 1) * 3 + 4):
        ms, me = month_bounds(year, m)
        due = session.scalar(select(func.count()).select_from(Centre).where(Centre.university == university, Centre.registered_on <= me)) or 0
        done = (
            session.scalar(
                select(func.count(distinct(Inspection.centre_id)))
                .join(Centre, Centre.id == Inspection.centre_id)
                .where(
                    Inspection.university == university,
                    Inspection.inspected_on >= ms,
                    Inspection.inspected_on <= me,
                    Centre.university == university,
                    Centre.registered_on <= me,
                )
            )
            or 0
        )
        months.append({"month": m, "centres_due": due, "centres_inspected": done, "centres_missed": due - done})
    viol = (Violation.university == university, Violation.detected_on >= start, Violation.detected_on <= end)
    acts = (Action.university == university, Action.ordered_on >= start, Action.ordered_on <= end)
    return {
        "centres": {"total": total, "by_status_at_season_end": dict(sorted(status_end.items()))},
        "inspections": {"total": ins_total, "centres_inspected": ins_centres, "non_compliant": non_compliant, "by_month": months},
        "violations": {
            "total": session.scalar(select(func.count()).select_from(Violation).where(*viol)) or 0,
            "by_type": _grouped(session, Violation.type, *viol),
            "by_severity": _grouped(session, Violation.severity, *viol),
        },
        "actions": {
            "total": session.scalar(select(func.count()).select_from(Action).where(*acts)) or 0,
            "by_type": _grouped(session, Action.type, *acts),
            "referrals_by_body": _grouped(session, Action.referral_to, *acts, Action.type == "referral"),
            "by_state_now": _grouped(session, Action.state, *acts),
        },
    }


def report(session: Session, registry: RegulationRegistry, university: str, year: int, season: int) -> dict[str, Any]:
    start, end = season_bounds(year, season)
    due, until, holiday = _deadline(end)
    sub = session.scalar(
        select(QuarterlySubmission).where(QuarterlySubmission.university == university, QuarterlySubmission.year == year, QuarterlySubmission.season == season)
    )
    return {
        "university": university,
        "year": year,
        "season": season,
        **dates(season_start=start, season_end=end, due_on=due, on_time_until=until),
        "due_day_not_working": holiday,
        "counts": counts(session, university, year, season),
        "submission": {
            "state": rules.submission_state(due, sub.sent_on if sub else None, today_tehran(), until),
            "sent": sub is not None,
            "on_time": sub.on_time if sub else None,
            **dates(sent_on=sub.sent_on if sub else None),
            "decision_id": sub.decision_id if sub else None,
            "counts_as_sent": sub.counts if sub else None,
        },
        "basis": _basis(registry, holiday),
    }


def mark_sent(session: Session, registry: RegulationRegistry, actor: Actor, university: str, year: int, season: int, sent_on) -> QuarterlySubmission:
    start, end = season_bounds(year, season)
    sent_on = sent_on or today_tehran()
    if sent_on < start or sent_on > today_tehran():
        raise ValidationProblem(
            "sent_on must fall between the season's start and today.",
            detail_fa="تاریخ ارسال (sent_on) باید میان آغاز فصل و امروز باشد.",
            errors=[{"field": "sent_on", "message": "out of range", "message_fa": "بیرون از بازه مجاز (از آغاز فصل تا امروز) است"}],
        )
    exists = session.scalar(
        select(QuarterlySubmission.id).where(
            QuarterlySubmission.university == university, QuarterlySubmission.year == year, QuarterlySubmission.season == season
        )
    )
    if exists:
        raise Conflict(f"The report for {university} {year} season {season} is already marked sent.", detail_fa="این گزارش قبلاً ارسال شده است.")
    due, until, holiday = _deadline(end)
    snapshot = counts(session, university, year, season)
    on_time = rules.submission_state(due, sent_on, today_tehran(), until) == "sent_on_time"
    sid = new_id()
    dec = record_decision(
        session,
        kind="quarterly_report_sent",
        subject_type="quarterly_report",
        subject_id=f"{university}/{year}/{season}",
        inputs={"university": university, "year": year, "season": season, "sent_on": sent_on},
        outcome={"on_time": on_time, "due_on": due, "on_time_until": until, "counts": snapshot},
        basis=_basis(registry, holiday),
        ruleset_version=ruleset_version(registry),
        actor=actor,
    )
    sub = QuarterlySubmission(
        id=sid,
        university=university,
        year=year,
        season=season,
        due_on=due,
        sent_on=sent_on,
        on_time=on_time,
        counts=snapshot,
        decision_id=dec.decision_id,
        actor_sub=actor.sub,
        created_at=dt.datetime.now(dt.UTC),
    )
    session.add(sub)
    session.flush()
    return sub


def to_rows(body: dict[str, Any]) -> list[dict[str, Any]]:
    """Flatten the report for CSV: section, key, value."""
    out = []
    c = body["counts"]
    out.append({"section": "centres", "key": "total", "value": c["centres"]["total"]})
    out += [{"section": "centres_by_status", "key": k, "value": v} for k, v in c["centres"]["by_status_at_season_end"].items()]
    out += [{"section": "inspections", "key": k, "value": c["inspections"][k]} for k in ("total", "centres_inspected", "non_compliant")]
    out += [
        {"section": "inspections_by_month", "key": f"month_{m['month']}_{k}", "value": m[k]}
        for m in c["inspections"]["by_month"]
        for k in ("centres_due", "centres_inspected", "centres_missed")
    ]
    out.append({"section": "violations", "key": "total", "value": c["violations"]["total"]})
    out += [{"section": "violations_by_type", "key": k, "value": v} for k, v in c["violations"]["by_type"].items()]
    out += [{"section": "violations_by_severity", "key": k, "value": v} for k, v in c["violations"]["by_severity"].items()]
    out.append({"section": "actions", "key": "total", "value": c["actions"]["total"]})
    out += [{"section": "actions_by_type", "key": k, "value": v} for k, v in c["actions"]["by_type"].items()]
    out += [{"section": "referrals_by_body", "key": k, "value": v} for k, v in c["actions"]["referrals_by_body"].items()]
    s = body["submission"]
    out += [
        {"section": "submission", "key": "due_on_jalali", "value": body["due_on_jalali"]},
        {"section": "submission", "key": "on_time_until_jalali", "value": body["on_time_until_jalali"]},
        {"section": "submission", "key": "state", "value": s["state"]},
        {"section": "submission", "key": "sent_on_jalali", "value": s["sent_on_jalali"] or ""},
    ]
    return [{"university": body["university"], "year": body["year"], "season": body["season"], **r} for r in out]
