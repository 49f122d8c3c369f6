"""Agency and review-office operations; service functions only flush (the request session commits)."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta

from fastapi import Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from claims.agencies import rules
from claims.agencies.models import Agency, AssessmentRuleSet, ProvinceRollout, ReviewOffice, RolloutApproval, Violation, ViolationStep
from claims.agencies.schemas import AgencyIn, AgencyUpdate, AssessmentRulesIn, ReviewOfficeIn, ViolationIn
from claims.assessment.rules import RuleData, RuleDataError
from claims.citations import cite
from claims.common import BeyondPilot, aware, iso, ruleset_version
from claims.reference import default_rule_data, default_rule_mapping, pilot_bounds
from shared.auth import Actor
from shared.decisions import record_decision
from shared.errors import Conflict, Forbidden, NotFound, ValidationProblem
from shared.jalali import TEHRAN, to_jalali
from shared.provenance import RegulationRegistry


def create_review_office(session: Session, body: ReviewOfficeIn, now: datetime) -> ReviewOffice:
    if session.get(ReviewOffice, body.code):
        raise Conflict(f"Review office {body.code} already exists.", detail_fa=f"دفتر رسیدگی {body.code} از پیش ثبت شده است.")
    ro = ReviewOffice(
        code=body.code, name=body.name, province=body.province, closes_thursday=body.closes_thursday, office_closes=body.office_closes, created_at=now
    )
    session.add(ro)
    session.flush()
    return ro


def create_agency(session: Session, body: AgencyIn, now: datetime) -> Agency:
    if session.get(Agency, body.code):
        raise Conflict(f"Agency {body.code} already exists.", detail_fa=f"کارگزاری {body.code} از پیش ثبت شده است.")
    if not session.get(ReviewOffice, body.review_office_code):
        raise ValidationProblem(
            f"No review office {body.review_office_code}.",
            detail_fa=f"دفتر رسیدگی {body.review_office_code} یافت نشد.",
            errors=[{"field": "review_office_code", "message": "unknown review office", "message_fa": "دفتر رسیدگی ناشناخته است"}],
        )
    ag = Agency(**body.model_dump(), cooperation_review=False, version=1, created_at=now)
    session.add(ag)
    session.flush()
    mark_enabled(session, [ag], now)
    return ag


def mark_enabled(session: Session, agencies: list[Agency], now: datetime) -> None:
    """CLM-B3/H2: remember the first time each agency's process was enabled (monthly reports start there); in the pilot
    phase, refuse (and roll back) a change that goes beyond the pilot's bounds."""
    newly = [ag for ag in agencies if ag.process_enabled_since is None and is_enabled(session, ag)]
    for ag in newly:
        ag.process_enabled_since = now
    session.flush()
    if newly:
        check_pilot(session, newly, now)


# ------------------------------------------------------------------ CLM-H2 the pilot and its rollout


def enabled_agencies(session: Session) -> list[Agency]:
    return [a for a in session.scalars(select(Agency).order_by(Agency.code)).all() if is_enabled(session, a)]


def approvals(session: Session) -> list[RolloutApproval]:
    return list(session.scalars(select(RolloutApproval).order_by(RolloutApproval.created_at)).all())


def pilot_start(session: Session):
    first = session.scalars(
        select(Agency.process_enabled_since).where(Agency.process_enabled_since.is_not(None)).order_by(Agency.process_enabled_since).limit(1)
    ).first()
    return aware(first).astimezone(TEHRAN).date() if first else None


def rollout_status(session: Session, now: datetime) -> dict:
    """CLM-H2: the phase (pilot until an approval to go beyond it is recorded), its bounds, and what is enabled."""
    bounds = pilot_bounds()
    start = pilot_start(session)
    end = rules.pilot_end(start, bounds.max_months) if start else None
    enabled = enabled_agencies(session)
    recs = approvals(session)
    return {
        "phase": "rollout" if recs else "pilot",
        "pilot": {
            **bounds.as_dict(),
            "started_on": start,
            "started_on_jalali": to_jalali(start),
            "ends_on": end,
            "ends_on_jalali": to_jalali(end),
            "ended": bool(end and now.astimezone(TEHRAN).date() > end),
        },
        "enabled_agencies": [a.code for a in enabled],
        "enabled_provinces": sorted({a.province for a in enabled}),
        "approvals": [
            {
                "id": r.id,
                "approved_by": r.approved_by,
                "letter_number": r.letter_number,
                "letter_date": r.letter_date,
                "letter_date_jalali": to_jalali(r.letter_date),
                "note": r.note,
                "recorded_at": iso(r.created_at),
                "decision_id": r.decision_id,
            }
            for r in recs
        ],
        "basis": [c.model_dump(mode="json") for c in rules.rollout_basis()],
    }


def check_pilot(session: Session, newly: list[Agency], now: datetime) -> None:
    """CLM-H2: in the pilot phase, at most 10 agencies of Tehran province for at most 3 months; beyond needs an approval."""
    if approvals(session):
        return
    bounds = pilot_bounds()
    count = len(enabled_agencies(session))
    problems: list[str] = []
    for ag in newly:
        problems.extend(p for p in rules.pilot_problems(bounds, ag.province, count, pilot_start(session), now.astimezone(TEHRAN).date()) if p not in problems)
    if problems:
        raise BeyondPilot(
            "CLM-H2: this goes beyond the pilot (" + "; ".join(problems) + "). Going beyond it needs the recorded approval of the "
            "indirect-treatment directorate and the secretariat: POST /v1/rollout/approvals with their letter number and date.",
            detail_fa="این تغییر از محدوده اجرای آزمایشی (حداکثر سه ماه، ۱۰ کارگزاری منتخب استان تهران) فراتر می‌رود و تأیید ثبت‌شده "
            "اداره کل درمان غیرمستقیم و دبیرخانه امور کارگزاری‌های رسمی لازم است.",
            problems=problems,
            bounds=bounds.as_dict(),
        )


def pilot_over_without_approval(session: Session, now: datetime) -> str | None:
    """CLM-H2: why registrations stop (the pilot ended and nobody approved going on), or None."""
    if approvals(session):
        return None
    start = pilot_start(session)
    if start is None:
        return None
    end = rules.pilot_end(start, pilot_bounds().max_months)
    return f"the pilot ended on {to_jalali(end)} and no approval to go beyond it is recorded" if now.astimezone(TEHRAN).date() > end else None


def record_approval(session: Session, request: Request, actor: Actor, body, now: datetime) -> dict:
    """CLM-H2: record the approval to go beyond the pilot (who approved, letter number and date): a decision record."""
    problems = rules.approval_problems(pilot_bounds(), list(body.approved_by))
    if problems:
        raise ValidationProblem(
            "; ".join(problems),
            detail_fa="فراتر رفتن از اجرای آزمایشی به تأیید اداره کل درمان غیرمستقیم و دبیرخانه امور کارگزاری‌های رسمی نیاز دارد (بند ح-۲).",
            errors=[
                {
                    "field": "approved_by",
                    "message": problems[0],
                    "message_fa": "تأیید اداره کل درمان غیرمستقیم و دبیرخانه امور کارگزاری‌های رسمی هر دو لازم است (بند ح-۲)",
                }
            ],
        )
    if body.letter_date > now.astimezone(TEHRAN).date():
        raise ValidationProblem(
            "The approval letter cannot be dated in the future.",
            detail_fa="تاریخ نامه تأیید نمی‌تواند در آینده باشد.",
            errors=[{"field": "letter_date", "message": "after today", "message_fa": "پس از امروز است"}],
        )
    aid = str(uuid.uuid4())
    rec = record_decision(
        session,
        kind="claims.rollout.approval",
        subject_type="rollout",
        subject_id="claims",
        inputs=body.model_dump(mode="json"),
        outcome={"phase": "rollout", "approval_id": aid},
        basis=[cite("H2.approval"), cite("H2")],
        ruleset_version=ruleset_version(request),
        actor=actor,
    )
    session.add(
        RolloutApproval(
            id=aid,
            approved_by=list(body.approved_by),
            letter_number=body.letter_number,
            letter_date=body.letter_date,
            note=body.note,
            recorded_by=actor.sub,
            created_at=now,
            decision_id=rec.decision_id,
        )
    )
    session.flush()
    return rollout_status(session, now)


def update_agency(session: Session, ag: Agency, body: AgencyUpdate) -> Agency:
    data = body.model_dump(exclude_unset=True)
    if "review_office_code" in data and not session.get(ReviewOffice, data["review_office_code"]):
        raise ValidationProblem(
            "Unknown review office.",
            detail_fa="دفتر رسیدگی یافت نشد.",
            errors=[{"field": "review_office_code", "message": "unknown review office", "message_fa": "دفتر رسیدگی ناشناخته است"}],
        )
    for k, v in data.items():
        setattr(ag, k, v)
    ag.version += 1
    session.flush()
    return ag


def province_enabled(session: Session, province: str) -> bool:
    row = session.get(ProvinceRollout, province)
    return bool(row and row.enabled)


def is_enabled(session: Session, ag: Agency) -> bool:
    """CLM-H2: whether the outsourced review process is switched on for this agency."""
    return rules.rollout_enabled(ag.rollout, province_enabled(session, ag.province))


def agency_view(session: Session, ag: Agency) -> dict:
    return {
        "code": ag.code,
        "name": ag.name,
        "province": ag.province,
        "review_office_code": ag.review_office_code,
        "licence_status": ag.licence_status,
        "closes_thursday": ag.closes_thursday,
        "office_closes": ag.office_closes,
        "rollout": ag.rollout,
        "province_rollout_enabled": province_enabled(session, ag.province),
        "process_enabled": is_enabled(session, ag),
        "cooperation_review": ag.cooperation_review,
        "version": ag.version,
        "created_at": iso(ag.created_at),
        "created_at_jalali": to_jalali(ag.created_at),
    }


def set_rollout(session: Session, request: Request, actor: Actor, ag: Agency, value: str, note: str | None, now: datetime) -> str:
    before = ag.rollout
    ag.rollout = value
    ag.version += 1
    session.flush()
    mark_enabled(session, [ag], now)
    rec = record_decision(
        session,
        kind="claims.agency.rollout",
        subject_type="agency",
        subject_id=ag.code,
        inputs={"from": before, "to": value, "note": note},
        outcome={"rollout": value, "process_enabled": is_enabled(session, ag)},
        basis=rules.rollout_basis(),
        ruleset_version=ruleset_version(request),
        actor=actor,
    )
    return rec.decision_id


def set_province_rollout(session: Session, request: Request, actor: Actor, province: str, enabled: bool, note: str | None, now: datetime) -> str:
    row = session.get(ProvinceRollout, province)
    before = row.enabled if row else None
    if row is None:
        row = ProvinceRollout(province=province, enabled=enabled, updated_at=now, updated_by=actor.sub)
        session.add(row)
    else:
        row.enabled, row.updated_at, row.updated_by = enabled, now, actor.sub
    session.flush()
    mark_enabled(session, list(session.scalars(select(Agency).where(Agency.province == province)).all()), now)
    rec = record_decision(
        session,
        kind="claims.province.rollout",
        subject_type="province",
        subject_id=province,
        inputs={"from": before, "to": enabled, "note": note},
        outcome={"enabled": enabled},
        basis=rules.rollout_basis(),
        ruleset_version=ruleset_version(request),
        actor=actor,
    )
    return rec.decision_id


# ------------------------------------------------------------------ violations (CLM-C, CLM-CH, CLM-H1)


def _compensation(amount: int, proven_on, paid_on, today) -> dict:
    due = rules.compensation_due(proven_on)
    return {
        "amount_rials": amount,
        "due_on": due,
        "due_on_jalali": to_jalali(due),
        "paid_on": paid_on,
        "paid_on_jalali": to_jalali(paid_on),
        "status": rules.compensation_status(amount, proven_on, paid_on, today),
    }


def violation_view(v: Violation, today, steps: list | None = None) -> dict:
    """CLM-C/CH/H1: the breach, the penalty's path (proposals, the licensing HQ's decision) and the compensation owed to each payee."""
    client = _compensation(v.compensation_rials, v.proven_on, v.compensation_paid_on, today)
    org = _compensation(v.compensation_org_rials, v.proven_on, v.compensation_org_paid_on, today)
    decided = (
        None if v.penalty in ("none", None) or v.penalty_status in ("reported", "proposed", "rejected") else {"type": v.penalty, "fine_rials": v.fine_rials}
    )
    return {
        "id": v.id,
        "agency_code": v.agency_code,
        "kind": v.kind,
        "description": v.description,
        "causes_delay": v.causes_delay,
        "case_id": v.case_id,
        "proven_on": v.proven_on,
        "proven_on_jalali": to_jalali(v.proven_on),
        "proof": v.proof,
        "penalty": {
            "status": v.penalty_status,  # reported | proposed | imposed | rejected | legacy (recorded before CLM-CH was corrected)
            "proposed_by_review_office": {"type": v.proposed_penalty, "fine_rials": v.proposed_fine_rials} if v.proposed_penalty else None,
            "decided": decided,
            "steps": [
                {
                    "step": s.step,
                    "role": s.role,
                    "org": s.org,
                    "penalty": s.penalty,
                    "fine_rials": s.fine_rials,
                    "outcome": s.outcome,
                    "letter_number": s.letter_number,
                    "note": s.note,
                    "at": iso(s.at),
                    "at_jalali": to_jalali(aware(s.at)),
                    "decision_id": s.decision_id,
                }
                for s in steps or []
            ],
            "decided_by": "licensing headquarters (ستاد صدور جواز)",
        },
        "compensation": {**client, "client": client, "organization": org},
        "decision_id": v.decision_id,
        "version": v.version,
    }


def violation_steps(session: Session, v: Violation) -> list[ViolationStep]:
    return list(session.scalars(select(ViolationStep).where(ViolationStep.violation_id == v.id).order_by(ViolationStep.id)).all())


def violation_steps_of(session: Session, ids: list[str]) -> dict[str, list[ViolationStep]]:
    """The steps of a page of violations in one query (not one per violation)."""
    out: dict[str, list[ViolationStep]] = {}
    if ids:
        for st in session.scalars(select(ViolationStep).where(ViolationStep.violation_id.in_(ids)).order_by(ViolationStep.id)).all():
            out.setdefault(st.violation_id, []).append(st)
    return out


def record_violation(session: Session, request: Request, actor: Actor, ag: Agency, body: ViolationIn, now: datetime) -> tuple[Violation, dict]:
    """CLM-C: the review office (or the secretariat) reports a proven breach, may propose a penalty; nothing is imposed here."""
    today = now.astimezone(TEHRAN).date()
    if body.proven_on > today:
        raise ValidationProblem(
            "A violation cannot be proven in the future.",
            detail_fa="تاریخ احراز تخلف نمی‌تواند در آینده باشد.",
            errors=[{"field": "proven_on", "message": "after today", "message_fa": "پس از امروز است"}],
        )
    problem = (
        rules.penalty_problem("proposal", body.proposed_penalty, body.proposed_fine_rials, False)
        if body.proposed_penalty
        else ("only a proposed fine has an amount" if body.proposed_fine_rials else None)
    )
    if problem:
        raise ValidationProblem(
            problem,
            detail_fa=rules.penalty_problem_fa(problem),
            errors=[{"field": "proposed_fine_rials", "message": problem, "message_fa": rules.penalty_problem_fa(problem)}],
        )
    vid = str(uuid.uuid4())
    due = rules.compensation_due(body.proven_on)
    # CLM-CH note 1: count proven delay-causing errors including this one (the review office may reconsider cooperation)
    dates = list(session.scalars(select(Violation.proven_on).where(Violation.agency_code == ag.code, Violation.causes_delay.is_(True))).all())
    if body.causes_delay:
        dates.append(body.proven_on)
    coop = rules.cooperation_review(dates, today)
    outcome = {
        "violation_id": vid,
        "penalty_status": "reported",
        "proposed_penalty": body.proposed_penalty,
        "proposed_fine_rials": body.proposed_fine_rials,
        "compensation_client_rials": body.compensation_client_rials,
        "compensation_organization_rials": body.compensation_organization_rials,
        "compensation_due": due.isoformat(),
        "compensation_due_jalali": to_jalali(due),
        "cooperation_review": coop.under_review,
        "delay_errors_in_window": coop.count,
        "licence_status": ag.licence_status,
        "next": "the secretariat proposes a fine to the licensing headquarters, which decides (CLM-CH)",
    }
    rec = record_decision(
        session,
        kind="claims.violation",
        subject_type="agency",
        subject_id=ag.code,
        inputs=body.model_dump(mode="json"),
        outcome=outcome,
        basis=[*rules.violation_basis(), *coop.basis],
        ruleset_version=ruleset_version(request),
        actor=actor,
    )
    v = Violation(
        id=vid,
        agency_code=ag.code,
        kind=body.kind,
        description=body.description,
        causes_delay=body.causes_delay,
        case_id=body.case_id,
        proven_on=body.proven_on,
        proof=body.proof.model_dump(),
        penalty="none",
        fine_rials=0,
        compensation_rials=body.compensation_client_rials,
        compensation_org_rials=body.compensation_organization_rials,
        compensation_due=due,
        proposed_penalty=body.proposed_penalty,
        proposed_fine_rials=body.proposed_fine_rials,
        penalty_status="reported",
        decision_id=rec.decision_id,
        recorded_by=actor.sub,
        version=1,
        created_at=now,
    )
    session.add(v)
    if coop.under_review and not ag.cooperation_review:
        ag.cooperation_review = True
        ag.version += 1
    session.flush()
    return v, outcome


def propose_penalty(session: Session, request: Request, actor: Actor, ag: Agency, v: Violation, body, now: datetime) -> dict:
    """CLM-CH: the secretariat proposes a penalty (a cash fine only on its proposal) to the licensing headquarters."""
    if v.penalty_status in ("imposed", "rejected", "legacy"):
        raise Conflict(f"The penalty of violation {v.id} is already {v.penalty_status}.", detail_fa="درباره مجازات این تخلف قبلاً تصمیم گرفته شده است.")
    problem = rules.penalty_problem("proposal", body.penalty, body.fine_rials, False)
    if problem:
        raise ValidationProblem(
            problem,
            detail_fa=rules.penalty_problem_fa(problem),
            errors=[{"field": "fine_rials", "message": problem, "message_fa": rules.penalty_problem_fa(problem)}],
        )
    return _penalty_step(session, request, actor, ag, v, "proposal", body.penalty, body.fine_rials, None, None, body.note, now, "proposed")


def decide_penalty(session: Session, request: Request, actor: Actor, ag: Agency, v: Violation, body, now: datetime) -> dict:
    """CLM-CH: the licensing headquarters imposes a penalty or rejects; a fine needs the secretariat's proposal; a suspension
    suspends the agency's licence (no new registrations)."""
    if v.penalty_status in ("imposed", "rejected", "legacy"):
        raise Conflict(f"The penalty of violation {v.id} is already {v.penalty_status}.", detail_fa="درباره مجازات این تخلف قبلاً تصمیم گرفته شده است.")
    steps = violation_steps(session, v)
    sec_fine = any(s.step == "proposal" and s.role == "secretariat" and s.penalty == "fine" for s in steps)
    if body.outcome == "imposed":
        problem = rules.penalty_problem("decision", body.penalty, body.fine_rials, sec_fine)
        if problem:
            raise (
                Conflict(problem, detail_fa="جریمه نقدی فقط با پیشنهاد دبیرخانه و از طریق ستاد صدور جواز اعمال می‌شود.")
                if "proposal" in problem
                else ValidationProblem(
                    problem,
                    detail_fa=rules.penalty_problem_fa(problem),
                    errors=[{"field": "fine_rials", "message": problem, "message_fa": rules.penalty_problem_fa(problem)}],
                )
            )
        v.penalty, v.fine_rials = body.penalty, body.fine_rials
        if body.penalty == "suspension" and ag.licence_status == "active":
            ag.licence_status = "suspended"
            ag.version += 1
    return _penalty_step(
        session, request, actor, ag, v, "decision", body.penalty, body.fine_rials, body.outcome, body.letter_number, body.note, now, body.outcome
    )


def _penalty_step(session, request, actor, ag, v, step, penalty, fine, outcome, letter, note, now, status) -> dict:
    v.penalty_status = status
    v.version += 1
    session.flush()
    rec = record_decision(
        session,
        kind=f"claims.violation.{step}",
        subject_type="agency",
        subject_id=ag.code,
        inputs={"violation_id": v.id, "penalty": penalty, "fine_rials": fine, "outcome": outcome, "letter_number": letter, "note": note},
        outcome={"penalty_status": status, "licence_status": ag.licence_status},
        basis=rules.penalty_basis(step, penalty),
        ruleset_version=ruleset_version(request),
        actor=actor,
    )
    session.add(
        ViolationStep(
            violation_id=v.id,
            step=step,
            role=actor.role,
            org=actor.org,
            sub=actor.sub,
            penalty=penalty,
            fine_rials=fine,
            outcome=outcome,
            letter_number=letter,
            note=note,
            at=now,
            decision_id=rec.decision_id,
        )
    )
    session.flush()
    return violation_view(v, now.astimezone(TEHRAN).date(), violation_steps(session, v))


def record_compensation(session: Session, request: Request, actor: Actor, ag: Agency, v: Violation, payee: str, paid_on, now: datetime) -> dict:
    """CLM-H1: the agency paid the compensation owed to the clients or to the Organization (each tracked on its own)."""
    amount, paid = (v.compensation_rials, v.compensation_paid_on) if payee == "client" else (v.compensation_org_rials, v.compensation_org_paid_on)
    if amount <= 0:
        raise Conflict(
            f"This violation carries no compensation to the {payee}.",
            detail_fa="این تخلف خسارتی برای " + ("مراجعان" if payee == "client" else "سازمان") + " ندارد.",
        )
    if paid is not None:
        raise Conflict(
            f"The compensation to the {payee} is already recorded as paid.",
            detail_fa="پرداخت خسارت به " + ("مراجعان" if payee == "client" else "سازمان") + " قبلاً ثبت شده است.",
        )
    if payee == "client":
        v.compensation_paid_on = paid_on
    else:
        v.compensation_org_paid_on = paid_on
    v.version += 1
    session.flush()
    today = now.astimezone(TEHRAN).date()
    status = rules.compensation_status(amount, v.proven_on, paid_on, today)
    rec = record_decision(
        session,
        kind="claims.violation.compensation",
        subject_type="agency",
        subject_id=ag.code,
        inputs={"violation_id": v.id, "payee": payee, "paid_on": paid_on.isoformat()},
        outcome={"payee": payee, "status": status},
        basis=rules.compensation_basis(),
        ruleset_version=ruleset_version(request),
        actor=actor,
    )
    return {**violation_view(v, today, violation_steps(session, v)), "compensation_decision_id": rec.decision_id}


def get_violation(session: Session, ag: Agency, vid: str) -> Violation:
    v = session.get(Violation, vid)
    if v is None or v.agency_code != ag.code:
        raise NotFound(f"No violation {vid}.", detail_fa=f"تخلف {vid} یافت نشد.")
    return v


# ------------------------------------------------------------------ assessment rule data (CLM-A4, CONFIGURATION)


def current_rule_data(session: Session, review_office_code: str) -> RuleData:
    """The review office's latest rule set, else the shipped defaults (configuration, not regulation)."""
    row = _latest_rule_set(session, review_office_code)
    if row is None:
        return default_rule_data()
    return rule_data_of(row)


def rule_data_of(row: AssessmentRuleSet) -> RuleData:
    """A published rule set with who published it, when, and whether the office marked it confirmed (SHR-PROV)."""
    return RuleData.from_mapping(
        row.data,
        version=row.version,
        published_by=f"review office {row.review_office_code} ({row.created_by or 'unknown'})",
        published_at=aware(row.created_at),
        confirmed=bool((row.data or {}).get("confirmed", False)),
    )


def _latest_rule_set(session: Session, review_office_code: str) -> AssessmentRuleSet | None:
    return session.scalars(
        select(AssessmentRuleSet).where(AssessmentRuleSet.review_office_code == review_office_code).order_by(AssessmentRuleSet.created_at.desc()).limit(1)
    ).first()


def rule_data_view(session: Session, review_office_code: str) -> dict:
    row = _latest_rule_set(session, review_office_code)
    if row is None:
        data = default_rule_mapping()
        return {"source": "shipped defaults (CONFIGURATION, not regulation)", "review_office_code": review_office_code, **data}
    return {
        "source": "review office rule set",
        "review_office_code": review_office_code,
        "version": row.version,
        "status": "configuration",
        "note": row.note,
        "created_by": row.created_by,
        "created_at": iso(row.created_at),
        **row.data,
    }


def save_rule_data(session: Session, request: Request, actor: Actor, review_office_code: str, body: AssessmentRulesIn, now: datetime) -> dict:
    data = body.model_dump(exclude={"note"})
    if body.confirmed and actor.role != "review_office":
        # SHR-PROV: only the office whose rules they are can confirm them (CLM-A4: the review office supplies the rules)
        raise Forbidden(
            "Only the review office itself can publish confirmed rule data (CLM-A4); an administrator may publish unconfirmed data.",
            detail_fa="فقط خود دفتر رسیدگی می‌تواند داده‌های ضوابط تأییدشده منتشر کند.",
        )
    try:
        rd = RuleData.from_mapping(data)
    except RuleDataError as exc:
        raise ValidationProblem(str(exc), detail_fa=f"داده‌های ضوابط نامعتبر است: {exc}") from None
    if session.get(AssessmentRuleSet, body.version) is not None or body.version == default_rule_data().version:
        raise Conflict(
            f"Rule data version {body.version} already exists; versions are never edited, publish a new one.",
            detail_fa=f"نسخه {body.version} داده‌های ضوابط از پیش وجود دارد؛ نسخه‌ها ویرایش نمی‌شوند، نسخه تازه‌ای منتشر کنید.",
        )
    # the current version is the office's latest publication: keep publications strictly ordered even when two
    # arrive at the same instant (or the clock steps back), so "current" (CLM-B1, CLM-A4) is never ambiguous
    latest = _latest_rule_set(session, review_office_code)
    published_at = now
    if latest is not None and aware(latest.created_at) >= now:
        published_at = aware(latest.created_at) + timedelta(microseconds=1)
    row = AssessmentRuleSet(
        version=body.version,
        review_office_code=review_office_code,
        data={**data, "status": "configuration"},
        note=body.note,
        created_by=actor.sub,
        created_at=published_at,
    )
    session.add(row)
    session.flush()
    rec = record_decision(
        session,
        kind="claims.assessment_rules",
        subject_type="review_office",
        subject_id=review_office_code,
        inputs=data,
        outcome={"version": rd.version, "status": "configuration"},
        basis=[cite("A4"), cite("B1"), _rule_data_note(rule_data_of(row))],
        ruleset_version=ruleset_version(request, rd.version),
        actor=actor,
    )
    return {"version": rd.version, "confirmed": body.confirmed, "decision_id": rec.decision_id}


def _rule_data_note(rd: RuleData):
    """CLM-A4/B1: the rule data as configuration: who published it, when, confirmed or not (provisional)."""
    state = "confirmed by the review office" if rd.confirmed else "NOT confirmed (placeholder or unconfirmed data: assessments on it are provisional)"
    return rd.citation(
        f"Rule data {rd.version} is configuration published by {rd.published_by}, {state}; not regulation.",
        f"داده‌های ضوابط {rd.version} پیکربندی است، نه مقررات؛ "
        + ("تأییدشده توسط دفتر رسیدگی." if rd.confirmed else "تأیید نشده (محاسبات بر پایه آن موقت است)."),
        kind="note",
    )


# ------------------------------------------------------------------ CLM-B1: what the review office supplies to an agency


def supplied_rules_view(session: Session, registry: RegulationRegistry, ag: Agency, on: date, history_limit: int = 20) -> dict:
    """CLM-B1 in one place: the assessment rule data version the agency's review office currently supplies
    (CLM-A4 configuration) and the circulars in force for claims on `on` (the regulation registry)."""
    code = ag.review_office_code
    row = _latest_rule_set(session, code)
    current_rd = default_rule_data() if row is None else rule_data_of(row)
    if row is None:
        d = current_rd
        current = {
            "version": d.version,
            "source": "shipped defaults (CONFIGURATION, not regulation)",
            "status": "configuration",
            "published_at": None,
            "published_at_jalali": None,
            "published_by": None,
            "note": None,
        }
    else:
        current = {
            "version": row.version,
            "source": "review office rule set",
            "status": "configuration",
            "published_at": iso(row.created_at),
            "published_at_jalali": to_jalali(row.created_at),
            "published_by": row.created_by,
            "note": row.note,
        }
    current["url"] = f"/v1/review-offices/{code}/assessment-rules"
    current["confirmed"] = current_rd.confirmed
    earlier = session.scalars(
        select(AssessmentRuleSet).where(AssessmentRuleSet.review_office_code == code).order_by(AssessmentRuleSet.created_at.desc()).limit(history_limit + 2)
    ).all()[1 if row is not None else 0 :]
    previous = [
        {"version": r.version, "source": "review office rule set", "published_at": iso(r.created_at), "published_at_jalali": to_jalali(r.created_at)}
        for r in earlier[:history_limit]
    ]
    if row is not None and len(earlier) <= history_limit:  # the shipped defaults preceded the office's first rule set
        previous.append({"version": default_rule_data().version, "source": "shipped defaults", "published_at": None, "published_at_jalali": None})
    in_force = registry.in_force(on, "claims")
    circulars = []
    for r in in_force:
        # letters in force on the date that clarify, narrow or supersede this one: read together (the registry's relations)
        read_with = [
            {"number": src.number, "relation": typ, "date": src.date, "date_jalali": to_jalali(src.date)}
            for typ, src in registry.related(r.number)
            if typ in ("clarifies", "narrows", "supersedes") and src.in_force(on)
        ]
        circulars.append({**r.model_dump(mode="json", exclude={"seed"}), "url": f"/v1/regulations/{r.number}", "read_with": read_with})
    return {
        "agency_code": ag.code,
        "review_office_code": code,
        "as_of": on,
        "as_of_jalali": to_jalali(on),
        "assessment_rules": current,
        "earlier_rule_data_versions": previous,  # superseded, latest first: assessments made under them keep them (CLM-H3)
        "circulars_in_force": circulars,
        "registry_version": registry.version,
        "basis": [
            cite("B1"),
            cite("A4"),
            _rule_data_note(current_rd),
        ],
    }
