"""Quarterly report per university and Jalali season: centres, inspections, violations by type, actions by type."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspections.centres import service as centres
from inspections.centres.models import Centre
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


def counts(session: Session, university: str, year: int, season: int) -> dict[str, Any]:
    start, end = season_bounds(year, season)
    cs = list(session.scalars(select(Centre).where(Centre.university == university, Centre.registered_on <= end)))
    status_end: Counter[str] = Counter()
    for c in cs:
        ch = centres.status_on(centres.history(session, c.id), end)
        status_end[ch.status if ch else "unregistered"] += 1
    ins = list(
        session.execute(
            select(Inspection.centre_id, Inspection.inspected_on, Inspection.outcome).where(
                Inspection.university == university, Inspection.inspected_on >= start, Inspection.inspected_on <= end
            )
        )
    )
    months = []
    for m in range((season - 1) * 3 + 1, (season - 1) * 3 + 4):
        ms, me = month_bounds(year, m)
        due = [c.id for c in cs if c.registered_on <= me]
        done = {cid for cid, on, _ in ins if ms <= on <= me}
        months.append({"month": m, "centres_due": len(due), "centres_inspected": len(done & set(due)), "centres_missed": len(set(due) - done)})
    viol = list(session.scalars(select(Violation).where(Violation.university == university, Violation.detected_on >= start, Violation.detected_on <= end)))
    acts = list(session.scalars(select(Action).where(Action.university == university, Action.ordered_on >= start, Action.ordered_on <= end)))
    return {
        "centres": {"total": len(cs), "by_status_at_season_end": dict(sorted(status_end.items()))},
        "inspections": {
            "total": len(ins),
            "centres_inspected": len({cid for cid, _, _ in ins}),
            "non_compliant": sum(1 for _, _, o in ins if o == "non_compliant"),
            "by_month": months,
        },
        "violations": {
            "total": len(viol),
            "by_type": dict(sorted(Counter(v.type for v in viol).items())),
            "by_severity": dict(sorted(Counter(v.severity for v in viol).items())),
        },
        "actions": {
            "total": len(acts),
            "by_type": dict(sorted(Counter(a.type for a in acts).items())),
            "referrals_by_body": dict(sorted(Counter(a.referral_to for a in acts if a.type == "referral").items())),
            "by_state_now": dict(sorted(Counter(a.state for a in acts).items())),
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
