"""Case operations (CLM-A1..A7): register, controls, assessment, submission, review. Only flush."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from typing import Any

from fastapi import Request
from pydantic import ValidationError as PydanticValidationError
from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session, object_session

from claims.agencies.models import Agency
from claims.agencies.service import current_rule_data, is_enabled, pilot_over_without_approval
from claims.assessment import rules as arules
from claims.cases import rules
from claims.cases.models import Case, CaseAttachment, CaseControl, CaseLine, CaseReview
from claims.cases.schemas import CaseIn, ControlsIn, ReviewIn
from claims.citations import cite
from claims.common import (
    ALL_SEEING,
    Duplicate,
    NotEnabled,
    OutsideRollout,
    ProvisionalAssessment,
    VerificationPending,
    WrongState,
    aware,
    office_calendar,
    ruleset_version,
)
from claims.fees.service import accrue_fee, fee_status_of
from claims.verification import rules as vrules
from shared.auth import Actor
from shared.decisions import DecisionRecord, record_decision
from shared.errors import NotFound, PayloadTooLarge, ValidationProblem, field_message_fa
from shared.jalali import TEHRAN, jalali_parts, to_jalali
from shared.pagination import Order, Page, keyset, page_rows, page_total
from shared.provenance import Citation
from shared.text import normalize
from shared.workdays import WorkingCalendar

MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024  # configuration: 10 MiB per document
CLOCK_SKEW = timedelta(minutes=5)


def _not_found(case_id: str) -> NotFound:
    return NotFound(f"No case {case_id}.", detail_fa=f"پرونده {case_id} یافت نشد.")


def case_for(session: Session, actor: Actor, case_id: str, *, lock: bool = False) -> tuple[Case, Agency]:
    """The case if the actor may see it, else 404 (another agency's case does not exist for you)."""
    q = select(Case).where(Case.id == case_id)
    if lock:
        # populate_existing: a case read earlier in this request (before calling another service) is refreshed under the lock
        q = q.with_for_update().execution_options(populate_existing=True)
    case = session.scalars(q).first()
    if case is None:
        raise _not_found(case_id)
    agency = session.get(Agency, case.agency_code)
    ok = (
        actor.role in ALL_SEEING
        or (actor.role == "agency_staff" and actor.org == case.agency_code)
        or (actor.role == "review_office" and agency is not None and actor.org == agency.review_office_code)
        or (actor.role == "insured" and bool(actor.claim("national_code")) and normalize(str(actor.claim("national_code"))) == case.national_code)
    )
    if not ok:
        raise _not_found(case_id)
    return case, agency


def _recorded_controls(session: Session, case_id: str) -> dict[str, CaseControl]:
    return {c.code: c for c in session.scalars(select(CaseControl).where(CaseControl.case_id == case_id)).all()}


def _verdict(session: Session, case_id: str) -> rules.ChecklistVerdict:
    return rules.checklist_verdict({k: v.result for k, v in _recorded_controls(session, case_id).items()})


def _bump(case: Case) -> None:
    case.version += 1


# ------------------------------------------------------------------ SPEC X1/X2 line facts


def _not_checked(status: str) -> dict[str, Any] | None:
    if status == vrules.NOT_REQUIRED:
        return None
    return {
        "status": status,
        "reason": "not checked yet: claims asks offlabel / inspections at assessment (SPEC X1/X2); the amount is held until then",
        "checks": [],
        "attempts": 0,
    }


def _line_x_fields(ln, inspections_center_id: str | None) -> dict[str, Any]:
    """The X1/X2 facts of a new line and its first verification state (held until the questions are answered)."""
    status = vrules.initial_status(ln.off_label_use, ln.regenerative_kind, inspections_center_id)
    return {
        "off_label_use": ln.off_label_use,
        "off_label_drug": ln.off_label_drug,
        "eye": ln.eye,
        "treatment_date": ln.treatment_date,
        "offlabel_authorization_id": ln.offlabel_authorization_id,
        "regenerative_kind": ln.regenerative_kind,
        "irc_code": ln.irc_code,
        "verification_status": status,
        "verification": _not_checked(status),
    }


def _line_x_input(ln: CaseLine) -> dict[str, Any]:
    """A stored line's X1/X2 facts in the request shape (CLM-A7 corrections re-validate the merged case)."""
    out: dict[str, Any] = {"off_label_use": ln.off_label_use}
    for k in ("off_label_drug", "eye", "offlabel_authorization_id", "regenerative_kind", "irc_code"):
        if getattr(ln, k) is not None:
            out[k] = getattr(ln, k)
    if ln.treatment_date is not None:
        out["treatment_date"] = ln.treatment_date.isoformat()
    return out


def _verification_view(ln: CaseLine) -> dict[str, Any] | None:
    v = ln.verification
    if v is None:
        return None
    return {**v, "attempts": ln.verification_attempts, **_dt("checked_at", ln.verification_checked_at)}


def verification_summary(lines: list[CaseLine]) -> dict[str, Any]:
    """SPEC X1/X2 at a glance: which lines are held (pending / needs review), refused, verified."""
    by = {s: [ln.line_no for ln in lines if ln.verification_status == s] for s in vrules.STATES}
    held = by[vrules.PENDING] + by[vrules.NEEDS_REVIEW]
    return {
        "state": "held" if held else ("complete" if any(by[s] for s in (vrules.VERIFIED, vrules.NOT_REIMBURSABLE)) else "not_required"),
        "pending_lines": by[vrules.PENDING],
        "needs_review_lines": by[vrules.NEEDS_REVIEW],
        "not_reimbursable_lines": by[vrules.NOT_REIMBURSABLE],
        "verified_lines": by[vrules.VERIFIED],
        "approval_blocked": bool(held),
    }


# ------------------------------------------------------------------ CLM-A1 registration


def last_treatment_day(body: CaseIn):
    """The last day of the treatment a bill documents: discharge, else admission, or a later line's treatment date."""
    days = [body.admission_date, body.discharge_date, *(ln.treatment_date for ln in body.lines)]
    return max(d for d in days if d is not None)


def case_errors(body: CaseIn, now: datetime) -> list[dict[str, str]]:
    """CLM-A1/A3/A5: a registration or a corrected case that does not add up, with field paths (empty: consistent)."""
    errors = rules.bill_errors(
        [rules.BillLine(ln.service_code, ln.quantity, ln.unit_price_rials, ln.amount_rials) for ln in body.lines],
        body.bill_total_rials,
        body.prosthesis_rials,
        body.total_paid_rials,
        body.supplementary_paid_rials,
        body.supplementary_paid_to,
        body.patient_paid_rials,
        body.admission_date,
        body.discharge_date,
    )
    if body.admission_date > now.astimezone(TEHRAN).date():
        errors.append({"field": "admission_date", "message": "in the future", "message_fa": "در آینده است"})
    errors.extend(rules.receipt_errors(body.documents_received_at, now, last_treatment_day(body), int(CLOCK_SKEW.total_seconds())))
    return errors


def _may_register(session: Session, agency: Agency, now: datetime) -> None:
    """CLM-H2 / CLM-CH: an agency registers only with an active licence, inside the rollout, and not after a pilot that ended
    without a recorded approval."""
    if agency.licence_status != "active":
        raise NotEnabled(f"Agency {agency.code} is {agency.licence_status}; it cannot register cases.", detail_fa="مجوز کارگزاری فعال نیست.")
    over = pilot_over_without_approval(session, now)
    if over:
        raise OutsideRollout(
            f"CLM-H2: {over}; agency {agency.code} may not register cases until the approval is recorded (POST /v1/rollout/approvals).",
            detail_fa="دوره اجرای آزمایشی پایان یافته و تأیید ادامه آن ثبت نشده است.",
            agency_code=agency.code,
        )
    if not is_enabled(session, agency):
        raise OutsideRollout(
            f"The outsourced review process is not enabled for agency {agency.code} (CLM-H2: the pilot and its rollout are switched on "
            f"per agency or province by an administrator); agency {agency.code} may not register cases until it is.",
            detail_fa="فرایند مقومی برای این کارگزاری فعال نشده است (بند ح-۲: اجرای آزمایشی و تسری با تأیید)؛ ثبت پرونده ممکن نیست.",
            agency_code=agency.code,
            province=agency.province,
        )


def register(session: Session, request: Request, actor: Actor, body: CaseIn, now: datetime) -> Case:
    agency_code = actor.org if actor.role == "agency_staff" else body.agency_code
    if actor.role == "agency_staff" and body.agency_code and body.agency_code != actor.org:
        raise NotFound(f"No agency {body.agency_code}.", detail_fa=f"کارگزاری {body.agency_code} یافت نشد.")
    if not agency_code:
        raise ValidationProblem(
            "agency_code is required.",
            detail_fa="کد کارگزاری (agency_code) لازم است.",
            errors=[{"field": "agency_code", "message": "required", "message_fa": "لازم است"}],
        )
    agency = session.get(Agency, agency_code)
    if agency is None:
        raise NotFound(f"No agency {agency_code}.", detail_fa=f"کارگزاری {agency_code} یافت نشد.")
    _may_register(session, agency, now)
    # bad input -> 422/413 before anything is written
    for i, att in enumerate(body.attachments):
        if att.size_bytes > MAX_ATTACHMENT_BYTES:
            raise PayloadTooLarge(
                f"attachments.{i}: {att.size_bytes:,} bytes is over the {MAX_ATTACHMENT_BYTES:,}-byte limit per document.",
                detail_fa="حجم پیوست بیش از حد مجاز است.",
                errors=[
                    {
                        "field": f"attachments.{i}.size_bytes",
                        "message": f"over the limit of {MAX_ATTACHMENT_BYTES} bytes",
                        "message_fa": f"بیش از سقف {MAX_ATTACHMENT_BYTES} بایت است",
                    }
                ],
            )
    errors = case_errors(body, now)
    received = body.documents_received_at.astimezone(TEHRAN)
    if errors:
        raise ValidationProblem(
            "The case is inconsistent: " + "; ".join(f"{e['field']}: {e['message']}" for e in errors),
            detail_fa="اطلاعات پرونده ناسازگار است.",
            errors=errors,
        )
    key = rules.duplicate_key(body.national_code, body.centre_code, body.admission_date, body.bill_number, body.total_paid_rials)
    first = session.scalars(select(Case).where(Case.bill_key == key)).first()
    if first is not None:
        # the same bill, in ANY agency: refuse and point to the first case (the bill must not be paid twice)
        raise Duplicate(
            f"This bill is already registered as case {first.id} (agency {first.agency_code}).",
            detail_fa=f"این صورتحساب قبلاً با پرونده {first.id} ثبت شده است.",
            first_case_id=first.id,
            first_case_agency=first.agency_code,
            first_registered_at=aware(first.registered_at).isoformat(),
            first_registered_at_jalali=to_jalali(aware(first.registered_at)),
        )
    cal = office_calendar(session, agency)
    reg = now.astimezone(TEHRAN)
    due = rules.due_date(cal, received)  # CLM-A5: from the day after receipt, in the review office's calendar
    jy, jm, _ = jalali_parts(reg.date())
    case = Case(
        id=str(uuid.uuid4()),
        agency_code=agency.code,
        state=rules.CaseState.registered.value,
        version=1,
        national_code=body.national_code,
        insurance_number=body.insurance_number.strip(),
        is_pensioner=body.is_pensioner,
        representative=body.representative.model_dump() if body.representative else None,
        case_type=body.case_type,
        centre_code=body.centre_code.strip(),
        centre_name=body.centre_name.strip(),
        admission_date=body.admission_date,
        discharge_date=body.discharge_date,
        bill_number=body.bill_number.strip(),
        bill_total_rials=body.bill_total_rials,
        prosthesis_rials=body.prosthesis_rials,
        total_paid_rials=body.total_paid_rials,
        supplementary_insurer=body.supplementary_insurer,
        supplementary_paid_rials=body.supplementary_paid_rials,
        supplementary_paid_to=body.supplementary_paid_to,
        patient_paid_rials=body.patient_paid_rials,
        documents_received_at=received,
        registered_at=reg,
        reg_jyear=jy,
        reg_jmonth=jm,
        bill_key=key,
        cycle=1,
        cycle_started_at=reg,
        deadline_from="receipt",
        due_date=due,
        due_at=rules.due_at(cal, due),
        returns_count=0,
        registered_by=actor.sub,
        inspections_center_id=body.inspections_center_id,
    )
    session.add(case)
    session.flush()
    for i, ln in enumerate(body.lines, start=1):
        session.add(
            CaseLine(
                case_id=case.id,
                line_no=i,
                kind=ln.kind,
                service_code=ln.service_code.strip(),
                description=ln.description.strip(),
                quantity=ln.quantity,
                unit_price_rials=ln.unit_price_rials,
                amount_rials=ln.amount_rials,
                **_line_x_fields(ln, body.inspections_center_id),
            )
        )
    for att in body.attachments:
        session.add(
            CaseAttachment(
                case_id=case.id, doc_type=att.doc_type, file_name=att.file_name, media_type=att.media_type, size_bytes=att.size_bytes, sha256=att.sha256.lower()
            )
        )
    session.flush()
    record_decision(
        session,
        kind="claims.case.registered",
        subject_type="case",
        subject_id=case.id,
        inputs=body.model_dump(mode="json"),
        outcome={
            "case_id": case.id,
            "agency_code": agency.code,
            "case_type": case.case_type,
            "due_date": due.isoformat(),
            "due_date_jalali": to_jalali(due),
            "registration_month": f"{jy}/{jm:02d}",
            "duplicate_of": None,
        },
        basis=[
            cite("A1"),
            *rules.case_type_basis(),
            cite("A5"),
            cite("P5"),
        ],
        ruleset_version=ruleset_version(request),
        actor=actor,
    )
    return case


# ------------------------------------------------------------------ views


def _dt(prefix: str, value: datetime | None) -> dict[str, Any]:
    """An instant as ISO with its offset (Tehran time) and as Jalali."""
    value = aware(value)
    value = value.astimezone(TEHRAN) if value else None
    return {prefix: value.isoformat() if value else None, f"{prefix}_jalali": to_jalali(value) if value else None}


def _d(prefix: str, value) -> dict[str, Any]:
    return {prefix: value.isoformat() if value else None, f"{prefix}_jalali": to_jalali(value) if value else None}


def deadline_of(case: Case, agency: Agency, now: datetime, cal: WorkingCalendar | None = None) -> rules.DeadlineView:
    """CLM-A5 in the review office's calendar (`cal`: already read for a page of the agency's cases); a withdrawn case
    has no running deadline (it is closed)."""
    cal = cal or office_calendar(object_session(agency), agency)
    delivered = aware(case.delivery_counts_at) if case.state in ("submitted", "approved") else None
    return rules.deadline_view(cal, case.due_date, now, delivered, counts_from=case.deadline_from, closed=case.state == "withdrawn")


def case_view(session: Session, case: Case, agency: Agency, now: datetime, actor: Actor) -> dict[str, Any]:
    deadline = deadline_of(case, agency, now).as_dict()
    reviews = session.scalars(select(CaseReview).where(CaseReview.case_id == case.id).order_by(CaseReview.id)).all()
    if actor.role == "insured":
        # the insured person's read-only status view: no staff notes, no other person's data
        return {
            "id": case.id,
            "state": case.state,
            "case_type": case.case_type,
            "agency_code": case.agency_code,
            "centre_name": case.centre_name,
            **_d("admission_date", case.admission_date),
            **_dt("registered_at", case.registered_at),
            "deadline": {k: deadline[k] for k in ("due_date", "due_date_jalali", "state", "working_days_left")},
            "returns": case.returns_count,
            "reimbursable_rials": case.reimbursable_rials if case.state == "approved" else None,
            "charges_to_insured_rials": 0,  # CLM-P note 2: nothing may be charged to the insured, under any title
        }
    lines = session.scalars(select(CaseLine).where(CaseLine.case_id == case.id).order_by(CaseLine.line_no)).all()
    atts = session.scalars(select(CaseAttachment).where(CaseAttachment.case_id == case.id).order_by(CaseAttachment.id)).all()
    controls = _recorded_controls(session, case.id)
    verdict = rules.checklist_verdict({k: v.result for k, v in controls.items()})
    return {
        "id": case.id,
        "agency_code": case.agency_code,
        "state": case.state,
        "version": case.version,
        "national_code": case.national_code,
        "insurance_number": case.insurance_number,
        "is_pensioner": case.is_pensioner,
        "representative": case.representative,
        "case_type": case.case_type,
        "centre_code": case.centre_code,
        "centre_name": case.centre_name,
        **_d("admission_date", case.admission_date),
        **_d("discharge_date", case.discharge_date),
        "bill_number": case.bill_number,
        "lines": [
            {
                "line_no": ln.line_no,
                "kind": ln.kind,
                "service_code": ln.service_code,
                "description": ln.description,
                "quantity": ln.quantity,
                "unit_price_rials": ln.unit_price_rials,
                "amount_rials": ln.amount_rials,
                "off_label_use": ln.off_label_use,
                "off_label_drug": ln.off_label_drug,
                "eye": ln.eye,
                **_d("treatment_date", ln.treatment_date or case.admission_date),
                "offlabel_authorization_id": ln.offlabel_authorization_id,
                "regenerative_kind": ln.regenerative_kind,
                "irc_code": ln.irc_code,
                "verification_status": ln.verification_status,
                "verification": _verification_view(ln),
            }
            for ln in lines
        ],
        "inspections_center_id": case.inspections_center_id,
        "verification": verification_summary(lines),
        "bill_total_rials": case.bill_total_rials,
        "prosthesis_rials": case.prosthesis_rials,
        "total_paid_rials": case.total_paid_rials,
        "supplementary_insurer": case.supplementary_insurer,
        "supplementary_paid_rials": case.supplementary_paid_rials,
        "supplementary_paid_to": case.supplementary_paid_to,
        "patient_paid_rials": case.patient_paid_rials,
        **_dt("documents_received_at", case.documents_received_at),
        **_dt("registered_at", case.registered_at),
        "attachments": [
            {"doc_type": a.doc_type, "file_name": a.file_name, "media_type": a.media_type, "size_bytes": a.size_bytes, "sha256": a.sha256} for a in atts
        ],
        "checklist": {
            "complete": verdict.complete,
            "passed": verdict.passed,
            "missing": list(verdict.missing),
            "failed": list(verdict.failed),
            "controls": [
                {
                    "code": d.code,
                    "clause": d.clause,
                    "label": d.en,
                    "label_fa": d.fa,
                    "result": controls[d.code].result if d.code in controls else None,
                    "note": controls[d.code].note if d.code in controls else None,
                    "recorded_by": controls[d.code].recorded_by if d.code in controls else None,
                    **_dt("recorded_at", controls[d.code].recorded_at if d.code in controls else None),
                }
                for d in rules.CONTROLS
            ],
        },
        "assessment": case.assessment,
        "reimbursable_rials": case.reimbursable_rials,
        "rule_data_version": case.rule_data_version,
        "rule_data": rule_data_status(session, case, agency),
        "cycle": case.cycle,
        **_dt("cycle_started_at", case.cycle_started_at),
        "deadline": deadline,
        **_dt("submitted_at", case.submitted_at),
        **_dt("delivery_counts_at", case.delivery_counts_at),
        **_dt("approved_at", case.approved_at),
        **_dt("withdrawn_at", case.withdrawn_at),
        "withdrawal_reason": case.withdrawal_reason,
        "returns": case.returns_count,
        "reviews": [
            {
                "cycle": r.cycle,
                "outcome": r.outcome,
                "reason_codes": r.reason_codes,
                "reasons": [rules.RETURN_REASONS[c] for c in r.reason_codes],
                "text": r.text,
                "reviewer": r.reviewer,
                **_dt("decided_at", r.decided_at),
                "decision_id": r.decision_id,
            }
            for r in reviews
        ],
        "fee": fee_status_of(session, case),
    }


def rule_data_status(session: Session, case: Case, agency: Agency) -> dict[str, Any] | None:
    """CLM-H3: an assessment keeps the rule data version it used, and says whether the review office has published a newer one."""
    if not case.rule_data_version:
        return None
    current = current_rule_data(session, agency.review_office_code).version
    if current == case.rule_data_version:
        note = f"Assessed under rule data {current}, the version the review office currently supplies."
    else:
        note = (
            f"Assessed under rule data {case.rule_data_version}; the review office has since published {current}. "
            "This assessment keeps the version it used and is not recomputed (CLM-H3: the rules are data); "
            "a correction (PATCH) clears it and the next assessment uses the current version."
        )
    return {"assessed_with": case.rule_data_version, "current": current, "is_current": current == case.rule_data_version, "basis": [cite("H3")], "note": note}


def summary_row(case: Case, agency: Agency, now: datetime, cal: WorkingCalendar | None = None) -> dict[str, Any]:
    d = deadline_of(case, agency, now, cal)
    return {
        "id": case.id,
        "state": case.state,
        "case_type": case.case_type,
        "national_code": case.national_code,
        "bill_number": case.bill_number,
        "total_paid_rials": case.total_paid_rials,
        **_dt("registered_at", case.registered_at),
        "due_date": d.due_date.isoformat(),
        "due_date_jalali": to_jalali(d.due_date),
        "deadline_state": d.state.value,
        "working_days_left": d.working_days_left,
        "returns": case.returns_count,
        "version": case.version,
    }


def history(session: Session, case: Case) -> list[dict[str, Any]]:
    """The whole history of a case as its decision records (registration, controls, assessments, submissions, reviews, fee)."""
    recs = session.scalars(
        select(DecisionRecord).where(DecisionRecord.subject_type == "case", DecisionRecord.subject_id == case.id).order_by(DecisionRecord.seq)
    ).all()
    return [
        {
            "decision_id": r.decision_id,
            "kind": r.kind,
            "outcome": r.outcome,
            "basis": r.basis,
            "ruleset_version": r.ruleset_version,
            "actor_role": r.actor_role,
            "actor_org": r.actor_org,
            **_dt("created_at", r.created_at),
        }
        for r in recs
    ]


# ------------------------------------------------------------------ CLM-A3 controls


def _require(action: str, case: Case) -> None:
    if not rules.may(action, case.state):
        raise WrongState(
            f"A case in state '{case.state}' does not allow {action}.",
            detail_fa=f"پرونده در وضعیت «{case.state}» است.",
            state=case.state,
            allowed_states=sorted(rules.TRANSITIONS[action]),
        )


def record_controls(session: Session, request: Request, actor: Actor, case: Case, body: ControlsIn, now: datetime) -> rules.ChecklistVerdict:
    _require("controls", case)
    existing = _recorded_controls(session, case.id)
    for c in body.controls:
        row = existing.get(c.code)
        if row is None:
            session.add(CaseControl(case_id=case.id, code=c.code, result=c.result, note=c.note, recorded_by=actor.sub, recorded_at=now))
        else:
            row.result, row.note, row.recorded_by, row.recorded_at = c.result, c.note, actor.sub, now
    session.flush()
    verdict = _verdict(session, case.id)
    # any change of the checklist invalidates an earlier assessment of this cycle
    if case.state in (rules.CaseState.registered, rules.CaseState.controlled, rules.CaseState.assessed):
        case.state = (rules.CaseState.controlled if verdict.passed else rules.CaseState.registered).value
        case.assessment, case.reimbursable_rials, case.rule_data_version = None, None, None
    elif case.state == rules.CaseState.returned and not verdict.passed:
        case.assessment, case.reimbursable_rials, case.rule_data_version = None, None, None
    _bump(case)
    session.flush()
    record_decision(
        session,
        kind="claims.case.controls",
        subject_type="case",
        subject_id=case.id,
        inputs=body.model_dump(mode="json"),
        outcome={"complete": verdict.complete, "passed": verdict.passed, "missing": list(verdict.missing), "failed": list(verdict.failed), "state": case.state},
        basis=list(verdict.basis),
        ruleset_version=ruleset_version(request),
        actor=actor,
    )
    return verdict


# ------------------------------------------------------------------ CLM-A4 assessment


def precheck_assessment(session: Session, case: Case) -> None:
    """CLM-A3/A4: refuse early (before asking other services) when the case cannot be assessed, listing the controls missing."""
    if case.state != rules.CaseState.registered:  # a registered case is refused below, with the controls it lacks
        _require("assessment", case)
    verdict = _verdict(session, case.id)
    if not verdict.passed:
        listed = "; ".join(
            filter(
                None,
                [
                    "not recorded: " + ", ".join(f"{rules.CONTROL_BY_CODE[m].clause} {m}" for m in verdict.missing) if verdict.missing else "",
                    "failed: " + ", ".join(f"{rules.CONTROL_BY_CODE[f].clause} {f}" for f in verdict.failed) if verdict.failed else "",
                ],
            )
        )
        raise WrongState(
            f"CLM-A3: the case cannot be assessed until all seven controls are recorded and passed ({listed}).",
            detail_fa="تا ثبت و تأیید هر هفت کنترل، محاسبه ممکن نیست: " + "، ".join(rules.CONTROL_BY_CODE[c].fa for c in (*verdict.missing, *verdict.failed)),
            missing=list(verdict.missing),
            failed=list(verdict.failed),
        )


def compute_assessment(
    session: Session, app, actor: Actor, case: Case, rd: arules.RuleData, *, kind: str = "claims.case.assessment", trigger: str | None = None
) -> dict[str, Any]:
    """CLM-A4 with the lines' SPEC X1/X2 states (held / refused lines are not paid); recorded as a decision."""
    lines = session.scalars(select(CaseLine).where(CaseLine.case_id == case.id).order_by(CaseLine.line_no)).all()
    vbasis = []
    for ln in lines:
        if ln.verification:  # the letters behind each line's X1/X2 result (verified, refused or held)
            vbasis.extend(Citation.model_validate(c) for c in ln.verification.get("basis") or [])
    result = arules.assess(
        rd,
        rules.CaseType(case.case_type),
        [
            arules.LineInput(
                ln.line_no,
                ln.service_code,
                ln.description,
                ln.quantity,
                ln.unit_price_rials,
                ln.amount_rials,
                ln.kind,
                ln.off_label_use,
                ln.verification_status,
                (ln.verification or {}).get("reason"),
            )
            for ln in lines
        ],
        case.prosthesis_rials,
        case.patient_paid_rials,
        case.supplementary_paid_rials,
        case.supplementary_paid_to,
        verification_basis=vbasis,
    )
    body = result.as_dict()
    rec = record_decision(
        session,
        kind=kind,
        subject_type="case",
        subject_id=case.id,
        inputs={
            "case_type": case.case_type,
            "lines": [ln.line_no for ln in lines],
            "prosthesis_rials": case.prosthesis_rials,
            "patient_paid_rials": case.patient_paid_rials,
            "supplementary_paid_rials": case.supplementary_paid_rials,
            "supplementary_paid_to": case.supplementary_paid_to,
            "rule_data_version": rd.version,
            "line_verification": {ln.line_no: ln.verification_status for ln in lines},
            **({"trigger": trigger} if trigger else {}),
        },
        outcome={k: v for k, v in body.items() if k != "basis"},
        basis=result.basis,
        ruleset_version=ruleset_version(app, rd.version),
        actor=actor,
    )
    body["decision_id"] = rec.decision_id
    case.assessment = body
    case.reimbursable_rials = result.reimbursable_rials
    case.rule_data_version = rd.version
    return body


def run_assessment(session: Session, request: Request, actor: Actor, case: Case, agency: Agency) -> dict[str, Any]:
    precheck_assessment(session, case)
    rd = current_rule_data(session, agency.review_office_code)
    body = compute_assessment(session, request.app, actor, case, rd)
    case.state = rules.CaseState.assessed.value
    _bump(case)
    session.flush()
    return body


# ------------------------------------------------------------------ CLM-A5 submission


def submit(session: Session, request: Request, actor: Actor, case: Case, agency: Agency, now: datetime) -> dict[str, Any]:
    _require("submission", case)
    cal = office_calendar(session, agency)
    counts = rules.delivery_counts_at(cal, now)
    view = rules.deadline_view(cal, case.due_date, now, counts)
    case.state = rules.CaseState.submitted.value
    case.submitted_at = now.astimezone(TEHRAN)
    case.delivery_counts_at = counts
    _bump(case)
    session.flush()
    outcome = {
        "cycle": case.cycle,
        "submitted_at": now.isoformat(),
        "delivery_counts_at": counts.isoformat(),
        "delivery_counts_at_jalali": to_jalali(counts),
        "deadline": view.as_dict(),
        "on_time": view.state == rules.DeadlineState.delivered_on_time,
    }
    basis = list(view.basis)
    if counts != now.astimezone(TEHRAN):
        basis.append(cite("A5.window"))
    rec = record_decision(
        session,
        kind="claims.case.submission",
        subject_type="case",
        subject_id=case.id,
        inputs={"cycle": case.cycle, "submitted_at": now.isoformat()},
        outcome={k: v for k, v in outcome.items() if k != "deadline"} | {"deadline_state": view.state.value},
        basis=basis,
        ruleset_version=ruleset_version(request),
        actor=actor,
    )
    outcome["decision_id"] = rec.decision_id
    return outcome


# ------------------------------------------------------------------ CLM-A6/A7 review


def review(session: Session, request: Request, actor: Actor, case: Case, agency: Agency, body: ReviewIn, now: datetime) -> dict[str, Any]:
    _require("review", case)
    out: dict[str, Any] = {"outcome": body.outcome, "cycle": case.cycle}
    basis = rules.review_basis(body.outcome)
    if body.outcome == "approved":
        held = session.scalars(
            select(CaseLine).where(CaseLine.case_id == case.id, CaseLine.verification_status.in_(vrules.HELD)).order_by(CaseLine.line_no)
        ).all()
        if held:
            # SPEC X1/X2: a held amount is neither paid nor refused; the case waits for offlabel / inspections (or a correction)
            raise VerificationPending(
                "The case cannot be approved while lines await cross-service verification (SPEC X1/X2): "
                + "; ".join(f"line {ln.line_no} {ln.verification_status}: {(ln.verification or {}).get('reason', '')}" for ln in held)
                + ". Retry with POST /v1/cases/{id}/verification, or return the case for correction.",
                detail_fa="تا روشن شدن وضعیت استعلام از سامانه‌های دیگر، تأیید پرونده ممکن نیست.",
                lines=[{"line_no": ln.line_no, "verification_status": ln.verification_status, "reason": (ln.verification or {}).get("reason")} for ln in held],
            )
        _refuse_provisional(session, case, agency)
        verdict = _verdict(session, case.id)
        case.state = rules.CaseState.approved.value
        case.approved_at = now.astimezone(TEHRAN)
        out["reimbursable_rials"] = case.reimbursable_rials
        out["fee"] = accrue_fee(session, request, actor, case, verdict.complete and verdict.passed, now)
    else:
        cal = office_calendar(session, agency)
        case.returns_count += 1
        case.cycle += 1
        case.state = rules.CaseState.returned.value
        case.cycle_started_at = now.astimezone(TEHRAN)
        case.due_date = rules.due_date(cal, now)  # CLM-A7: delivered again under A5, 15 working days from the day after the return
        case.deadline_from = "return"
        case.due_at = rules.due_at(cal, case.due_date)
        case.submitted_at, case.delivery_counts_at = None, None
        out["reason_codes"] = body.reason_codes
        out["reasons"] = [rules.RETURN_REASONS[c] for c in body.reason_codes]
        out["text"] = body.text
        out["new_due_date"] = case.due_date.isoformat()
        out["new_due_date_jalali"] = to_jalali(case.due_date)
    _bump(case)
    session.flush()
    rec = record_decision(
        session,
        kind=f"claims.case.review.{body.outcome}",
        subject_type="case",
        subject_id=case.id,
        inputs=body.model_dump(mode="json") | {"cycle": out["cycle"]},
        outcome=out,
        basis=basis,
        ruleset_version=ruleset_version(request, case.rule_data_version),
        actor=actor,
    )
    session.add(
        CaseReview(
            case_id=case.id,
            cycle=out["cycle"],
            outcome=body.outcome,
            reason_codes=list(body.reason_codes),
            text=body.text,
            reviewer=actor.sub,
            decided_at=now.astimezone(TEHRAN),
            decision_id=rec.decision_id,
        )
    )
    session.flush()
    out["decision_id"] = rec.decision_id
    return out


def _refuse_provisional(session: Session, case: Case, agency: Agency) -> None:
    """SHR-PROV / CLM-A4: an assessment on unconfirmed rule data (the shipped placeholders) is not approved: 409 naming
    which office must publish which data."""
    a = dict(case.assessment or {})
    if "provisional" not in a and case.rule_data_version:
        # an assessment stored before SHR-PROV: provisional unless its rule data is a confirmed publication of the office
        from claims.verification.service import _rule_data_for

        rd = _rule_data_for(session, case, agency)
        a["provisional"] = not rd.confirmed
        a["provisional_reasons"] = [] if rd.confirmed else [f"A4: rule data {rd.version} of {rd.published_by} is not confirmed"]
    if not a.get("provisional"):
        return
    code = agency.review_office_code
    raise ProvisionalAssessment(
        f"The assessment of case {case.id} is provisional: it rests on rule data {a.get('rule_data_version')} that nobody confirmed "
        f"({'; '.join(a.get('provisional_reasons') or [])}). Review office {code} must publish its confirmed assessment rule data "
        "(the Organization's share per case type, tariff ceilings per service code, prosthesis share and ceiling) with "
        f'PUT /v1/review-offices/{code}/assessment-rules and "confirmed": true; then return the case so that the agency assesses it '
        "again under the confirmed data and resubmits it.",
        detail_fa=(
            f"محاسبه این پرونده موقت است: بر پایه داده‌های ضوابط تأییدنشده {a.get('rule_data_version')} انجام شده است. "
            f"دفتر رسیدگی {code} باید داده‌های ضوابط تأییدشده خود (سهم سازمان، سقف تعرفه‌ها، پروتز) را منتشر کند؛ "
            "سپس پرونده اعاده و دوباره محاسبه شود."
        ),
        review_office_code=code,
        rule_data_version=a.get("rule_data_version"),
        provisional_reasons=a.get("provisional_reasons") or [],
        publish_with=f"PUT /v1/review-offices/{code}/assessment-rules",
    )


# Issue 18: every list in a stated order ending with a unique column (keyset cursor), its filters in SQL
AGENCY_CASES = Order("claims.agency-cases.by-deadline", ((Case.due_at, False), (Case.id, False)))
INSURED_CASES = Order("claims.insured-cases.newest", ((Case.registered_at, True), (Case.id, True)))
OPEN_STATE_VALUES = tuple(s.value for s in rules.OPEN_STATES)


def list_cases(
    session: Session, agency: Agency, now: datetime, overdue: bool | None, state: str | None, page: Page, held: bool | None = None
) -> dict[str, Any]:
    """A page of the agency's cases by deadline (due_at, id), from the cursor; the total counted up to its cap.

    Served by ix_cases_agency_due (every state), ix_cases_agency_state_due (`state=`), the partial
    ix_cases_open_agency_due (`overdue=true`: open states only) and the partial ix_cases_held_agency_due (`held=true`)."""
    q = select(Case).where(Case.agency_code == agency.code)
    if held is not None:
        # cases.held, kept with the lines (claims.cases.held); `held=true` reads the partial ix_cases_held_agency_due
        # plain `held` / `NOT held` (not `IS true`), which the planner matches with the partial index's predicate
        q = q.where(Case.held if held else ~Case.held)
    if state:
        q = q.where(Case.state == state)
    if overdue:
        # the open states as literals, so the planner matches the partial index's predicate even in a generic plan
        q = q.where(Case.state.in_(bindparam("open_states", OPEN_STATE_VALUES, expanding=True, literal_execute=True)), Case.due_at < now)
    rows, next_cursor = page_rows(session.scalars(keyset(q, AGENCY_CASES, page)).all(), AGENCY_CASES, page)
    total, capped = page_total(session, q, page, rows, next_cursor)
    cal = office_calendar(session, agency)  # once per page, not once per row (issue 18)
    return {
        "agency_code": agency.code,
        "items": [summary_row(c, agency, now, cal) for c in rows],
        "total": total,
        "total_capped": capped,
        "limit": page.limit,
        "offset": page.offset,
        "next": next_cursor,
        "filter": {"overdue": overdue, "state": state, "held": held},
    }


def insured_cases(session: Session, national_code: str, now: datetime, page: Page) -> tuple[list[dict[str, Any]], tuple[int, bool], str | None]:
    """A page of the insured person's cases (newest first, by (registered_at, id) descending), the capped total, the next cursor."""
    q = select(Case).where(Case.national_code == national_code)
    rows, next_cursor = page_rows(session.scalars(keyset(q, INSURED_CASES, page)).all(), INSURED_CASES, page)
    agencies = {a.code: a for a in session.scalars(select(Agency).where(Agency.code.in_({c.agency_code for c in rows}))).all()} if rows else {}
    calendars = {code: office_calendar(session, a) for code, a in agencies.items()}  # once per agency, not per row
    items = []
    for c in rows:
        d = deadline_of(c, agencies[c.agency_code], now, calendars[c.agency_code])
        items.append(
            {
                "id": c.id,
                "state": c.state,
                "case_type": c.case_type,
                "centre_name": c.centre_name,
                **_dt("registered_at", c.registered_at),
                "due_date": d.due_date.isoformat(),
                "due_date_jalali": to_jalali(d.due_date),
                "deadline_state": d.state.value,
                "reimbursable_rials": c.reimbursable_rials if c.state == "approved" else None,
            }
        )
    return items, page_total(session, q, page, rows, next_cursor), next_cursor


# ------------------------------------------------------------------ CLM-A7 corrections


def _current_input(case: Case, lines: list[CaseLine]) -> dict[str, Any]:
    """The stored case in the request shape (CLM-A7: a correction is merged into it and validated like a registration)."""
    return {
        "agency_code": case.agency_code,
        "national_code": case.national_code,
        "insurance_number": case.insurance_number,
        "is_pensioner": case.is_pensioner,
        "representative": case.representative,
        "case_type": case.case_type,
        "centre_code": case.centre_code,
        "centre_name": case.centre_name,
        "admission_date": case.admission_date.isoformat(),
        "discharge_date": case.discharge_date.isoformat() if case.discharge_date else None,
        "bill_number": case.bill_number,
        "lines": [
            {
                "service_code": ln.service_code,
                "description": ln.description,
                "kind": ln.kind,
                "quantity": ln.quantity,
                "unit_price_rials": ln.unit_price_rials,
                "amount_rials": ln.amount_rials,
                **_line_x_input(ln),
            }
            for ln in lines
        ],
        "inspections_center_id": case.inspections_center_id,
        "bill_total_rials": case.bill_total_rials,
        "prosthesis_rials": case.prosthesis_rials,
        "total_paid_rials": case.total_paid_rials,
        "supplementary_insurer": case.supplementary_insurer,
        "supplementary_paid_rials": case.supplementary_paid_rials,
        "supplementary_paid_to": case.supplementary_paid_to,
        "patient_paid_rials": case.patient_paid_rials,
        "documents_received_at": aware(case.documents_received_at).astimezone(TEHRAN).isoformat(),
    }


def _validated_correction(case: Case, lines: list[CaseLine], body, now: datetime) -> tuple[dict, dict, CaseIn]:
    """The stored case, the corrected one (validated like a registration: bill arithmetic, dates, receipt, national codes)."""
    current = _current_input(case, lines)
    patch = body.model_dump(mode="json", exclude_unset=True, exclude={"note", "attachments_add"})
    merged = {**current, **patch}
    try:
        new = CaseIn.model_validate(merged)
    except PydanticValidationError as exc:
        errs = [
            {"field": ".".join(str(p) for p in e["loc"]), "message": e["msg"].removeprefix("Value error, "), "message_fa": field_message_fa(e)}
            for e in exc.errors()
        ]
        raise ValidationProblem(
            "The corrected case is invalid: " + "; ".join(f"{e['field']}: {e['message']}" for e in errs), detail_fa="پرونده اصلاح‌شده نامعتبر است.", errors=errs
        ) from None
    for i, att in enumerate(body.attachments_add):
        if att.size_bytes > MAX_ATTACHMENT_BYTES:
            raise PayloadTooLarge(
                f"attachments_add.{i}: over the {MAX_ATTACHMENT_BYTES:,}-byte limit per document.",
                detail_fa="حجم پیوست بیش از حد مجاز است.",
                errors=[
                    {
                        "field": f"attachments_add.{i}.size_bytes",
                        "message": "over the limit",
                        "message_fa": "بیش از سقف مجاز است",
                    }
                ],
            )
    errors = case_errors(new, now)
    if errors:
        raise ValidationProblem(
            "The corrected case is inconsistent: " + "; ".join(f"{e['field']}: {e['message']}" for e in errors),
            detail_fa="اطلاعات پرونده اصلاح‌شده ناسازگار است.",
            errors=errors,
        )
    return current, patch, new


def _normalised(new: CaseIn) -> dict[str, Any]:
    """The corrected case's fields as stored (for the before/after comparison)."""
    out = new.model_dump(mode="json", exclude={"attachments", "agency_code"})
    out["documents_received_at"] = new.documents_received_at.astimezone(TEHRAN).isoformat()
    return out


def _apply_correction(session: Session, case: Case, lines: list[CaseLine], new: CaseIn, changed: list[str], key: str, cal) -> None:
    for k in (
        "national_code",
        "insurance_number",
        "is_pensioner",
        "case_type",
        "centre_name",
        "admission_date",
        "discharge_date",
        "bill_total_rials",
        "prosthesis_rials",
        "total_paid_rials",
        "supplementary_insurer",
        "supplementary_paid_rials",
        "supplementary_paid_to",
        "patient_paid_rials",
    ):
        setattr(case, k, getattr(new, k))
    case.centre_code, case.bill_number = new.centre_code.strip(), new.bill_number.strip()
    case.representative = new.representative.model_dump() if new.representative else None
    case.bill_key = key
    case.inspections_center_id = new.inspections_center_id
    if "documents_received_at" in changed:
        case.documents_received_at = new.documents_received_at.astimezone(TEHRAN)
        if case.deadline_from == "receipt":  # CLM-A5: the deadline follows the corrected receipt (a returned case counts from its return)
            case.due_date = rules.due_date(cal, case.documents_received_at)
            case.due_at = rules.due_at(cal, case.due_date)
    if "lines" in changed:
        for ln in lines:
            session.delete(ln)
        session.flush()
        for i, ln in enumerate(new.lines, start=1):
            session.add(
                CaseLine(
                    case_id=case.id,
                    line_no=i,
                    kind=ln.kind,
                    service_code=ln.service_code.strip(),
                    description=ln.description.strip(),
                    quantity=ln.quantity,
                    unit_price_rials=ln.unit_price_rials,
                    amount_rials=ln.amount_rials,
                    **_line_x_fields(ln, new.inspections_center_id),
                )
            )
    elif "inspections_center_id" in changed:
        # SPEC X2: another centre means every line must be asked again
        for ln in lines:
            st = vrules.initial_status(ln.off_label_use, ln.regenerative_kind, new.inspections_center_id)
            ln.verification_status, ln.verification, ln.verification_checked_at = st, _not_checked(st), None


def correct(session: Session, request: Request, actor: Actor, case: Case, body, now: datetime) -> list[str]:
    """CLM-A7: correct any field the controls check; the merged case is validated like a registration (the automatic checks
    run again), the controls whose fields changed are cleared to be recorded again, and the history keeps before and after."""
    _require("correction", case)
    lines = list(session.scalars(select(CaseLine).where(CaseLine.case_id == case.id).order_by(CaseLine.line_no)).all())
    current, patch, new = _validated_correction(case, lines, body, now)
    key = rules.duplicate_key(new.national_code, new.centre_code, new.admission_date, new.bill_number, new.total_paid_rials)
    other = session.scalars(select(Case).where(Case.bill_key == key, Case.id != case.id)).first()
    if other is not None:
        raise Duplicate(
            f"The corrected bill is already registered as case {other.id} (agency {other.agency_code}).",
            detail_fa=f"صورتحساب اصلاح‌شده قبلاً با پرونده {other.id} ثبت شده است.",
            first_case_id=other.id,
            first_case_agency=other.agency_code,
        )
    after = _normalised(new)
    try:
        stored = _normalised(CaseIn.model_validate(current))
    except PydanticValidationError:  # a case stored under older rules: compare as stored
        stored = current
    before = {k: stored.get(k) for k in patch}
    changed = sorted(k for k in patch if after.get(k) != stored.get(k))
    _apply_correction(session, case, lines, new, changed, key, office_calendar(session, case_agency(session, case)))
    for att in body.attachments_add:
        session.add(
            CaseAttachment(
                case_id=case.id, doc_type=att.doc_type, file_name=att.file_name, media_type=att.media_type, size_bytes=att.size_bytes, sha256=att.sha256.lower()
            )
        )
    # CLM-A3/A7: the controls that check a changed field are cleared and recorded again; the assessment is dropped
    rerun = rules.controls_for_fields(changed)
    for c in session.scalars(select(CaseControl).where(CaseControl.case_id == case.id, CaseControl.code.in_(rerun))).all():
        session.delete(c)
    session.flush()
    if changed or body.attachments_add:
        case.assessment, case.reimbursable_rials, case.rule_data_version = None, None, None
    if case.state != rules.CaseState.returned:
        case.state = (rules.CaseState.controlled if _verdict(session, case.id).passed else rules.CaseState.registered).value
    _bump(case)
    session.flush()
    changes = [{"field": k, "before": before.get(k), "after": after.get(k)} for k in changed]
    record_decision(
        session,
        kind="claims.case.corrected",
        subject_type="case",
        subject_id=case.id,
        inputs=body.model_dump(mode="json", exclude_unset=True),
        outcome={
            "changed": changed + (["attachments"] if body.attachments_add else []),
            "changes": changes,
            "controls_to_record_again": list(rerun),
            "state": case.state,
            "note": body.note,
        },
        basis=[cite("A7"), cite("A7.rerun")],
        ruleset_version=ruleset_version(request),
        actor=actor,
    )
    return changed + (["attachments"] if body.attachments_add else [])


def case_agency(session: Session, case: Case) -> Agency:
    return session.get(Agency, case.agency_code)


def withdraw(session: Session, request: Request, actor: Actor, case: Case, reason: str, now: datetime) -> dict[str, Any]:
    """CLM-A7 (platform rule): a case is withdrawn before approval: closed, no fee, excluded from deadlines, kept in the history.
    Its bill is released so that it can be registered again later (the withdrawn case stays in the history)."""
    if case.state in (rules.CaseState.approved, rules.CaseState.withdrawn):
        raise WrongState(
            f"A case that is {case.state} cannot be withdrawn (only before approval).",
            detail_fa="پرونده تأییدشده یا مستردشده را نمی‌توان مسترد کرد.",
            state=case.state,
        )
    before = case.state
    case.state = rules.CaseState.withdrawn.value
    case.withdrawn_at, case.withdrawal_reason = now.astimezone(TEHRAN), reason
    case.bill_key = rules.released_bill_key(case.id)
    _bump(case)
    session.flush()
    rec = record_decision(
        session,
        kind="claims.case.withdrawn",
        subject_type="case",
        subject_id=case.id,
        inputs={"reason": reason},
        outcome={"from_state": before, "state": case.state, "fee": "none", "deadline": "closed"},
        basis=[cite("A7.withdrawal"), cite("P3")],
        ruleset_version=ruleset_version(request),
        actor=actor,
    )
    return {"from_state": before, **_dt("withdrawn_at", case.withdrawn_at), "reason": reason, "decision_id": rec.decision_id}
