"""Filing, reading and re-evaluating off-label requests (OFL-R); service functions only flush."""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from offlabel import basis
from offlabel.guidelines.schemas import Guideline
from offlabel.guidelines.service import catalog
from offlabel.requests.models import OffLabelRequest
from offlabel.requests.rules import Consent, Document, Evaluation, Injection, RequestFacts, UnknownContraindication, evaluate, select_guideline
from offlabel.requests.schemas import DocumentsAdd, RequestCreate, consent_json, documents_json, earlier_json
from shared.auth import Actor
from shared.decisions import record_decision
from shared.errors import DomainError, Forbidden, NotFound, ValidationProblem
from shared.jalali import date_pair, now_tehran, parse_date, to_jalali
from shared.pagination import Order, Page, keyset, page_rows, page_total
from shared.provenance import Citation, RegulationRegistry
from shared.text import normalize

READ_ALL_ROLES = ("ministry_admin", "admin")
PENDING = ("pending_documents", "pending_clarification")


class WrongState(DomainError):
    status, type = 409, "wrong-state"


def physician_claims(actor: Actor) -> tuple[str, str]:
    """Council number and specialty come from the physician's token (OFL-R)."""
    council_no, specialty = actor.claim("council_no"), actor.claim("specialty")
    if not council_no or not specialty:
        raise Forbidden(
            "The physician's token must carry the council_no and specialty claims.",
            detail_fa="توکن پزشک باید شماره نظام پزشکی و تخصص را داشته باشد.",
        )
    return normalize(str(council_no)), normalize(str(specialty))


def enrich_basis(basis: list[Citation], registry: RegulationRegistry) -> list[dict[str, Any]]:
    """Fill each citation's issuer and date from the regulation registry (SHR-PROV)."""
    out = []
    for c in basis:
        reg = registry.find(c.number) if c.number else None
        if reg is not None and not c.issuer:
            c = c.model_copy(update={"issuer": reg.issuer, "date": c.date or reg.date})
        out.append(c.model_dump(mode="json"))
    return out


def _injection(i: dict[str, Any]) -> Injection:
    return Injection(parse_date(i["date"]), i.get("site") or i.get("eye"), i.get("drug"))


def facts_of(row: OffLabelRequest, history: tuple[Injection, ...] = ()) -> RequestFacts:
    consent = row.informed_consent
    return RequestFacts(
        drug=row.drug,
        diagnosis_icd10=row.diagnosis_icd10,
        site=row.site,
        dose=Decimal(str(row.dose_mg)),
        dose_unit=row.dose_unit or "mg",
        planned_date=row.planned_date,
        specialty=row.specialty,
        route=row.route,
        care_setting=row.care_setting,
        preparation=row.preparation,
        earlier_injections=tuple(_injection(i) for i in row.earlier_injections),
        history=history,
        documents=tuple(Document(d["kind"], parse_date(d["date"]), d.get("reference")) for d in row.documents),
        contraindications=tuple(row.contraindications) if row.contraindications is not None else None,
        comorbidities_icd10=tuple(row.comorbidities_icd10),
        informed_consent=Consent(consent["obtained"], parse_date(consent["date"]) if consent.get("date") else None, consent.get("signed_by"))
        if consent
        else None,
    )


def own_history(session: Session, row: OffLabelRequest, drug_inn: str) -> tuple[Injection, ...]:
    """OFL-R-HISTORY: this service's own records for the same patient, drug and site, whatever the physician listed.

    Recorded administrations count; an approved request with none recorded counts on its planned date.
    """
    from offlabel.courses.models import Administration

    same = (OffLabelRequest.patient_national_code == row.patient_national_code, OffLabelRequest.drug_inn == drug_inn, OffLabelRequest.id != row.id)
    site_is = OffLabelRequest.site.is_(None) if row.site is None else OffLabelRequest.site == row.site
    approved = session.execute(select(OffLabelRequest.id, OffLabelRequest.planned_date).where(*same, site_is, OffLabelRequest.status == "approved")).all()
    a_site = Administration.site.is_(None) if row.site is None else Administration.site == row.site
    recorded = (
        session.execute(
            select(Administration).where(
                Administration.patient_national_code == row.patient_national_code,
                Administration.drug_inn == drug_inn,
                a_site,
                Administration.request_id != row.id,
            )
        )
        .scalars()
        .all()
    )
    with_records = {a.request_id for a in recorded}
    out = [Injection(a.date, a.site, drug_inn, f"administration {a.id} under request {a.request_id}") for a in recorded]
    out += [Injection(d, row.site, drug_inn, f"approved request {rid}, planned date") for rid, d in approved if rid not in with_records]
    return tuple(out)


def _inputs(row: OffLabelRequest, history: tuple[Injection, ...]) -> dict[str, Any]:
    return {
        "request_id": row.id,
        "council_no": row.council_no,
        "specialty": row.specialty,
        "patient_national_code": row.patient_national_code,
        "insurer": row.insurer,
        "site": row.site,
        "diagnosis_icd10": row.diagnosis_icd10,
        "drug": row.drug,
        "route": row.route,
        "dose": str(row.dose_mg),
        "dose_unit": row.dose_unit,
        "planned_date": row.planned_date.isoformat(),
        "care_setting": row.care_setting,
        "preparation": row.preparation,
        "earlier_injections": row.earlier_injections,
        "history": [{"date": h.date.isoformat(), "site": h.site, "origin": h.origin} for h in history],
        "documents": row.documents,
        "contraindications": row.contraindications,
        "comorbidities_icd10": row.comorbidities_icd10,
        "informed_consent": row.informed_consent,
    }


def _evaluate(row: OffLabelRequest, guidelines: list[Guideline], history: tuple[Injection, ...]) -> Evaluation:
    try:
        return evaluate(facts_of(row, history), guidelines)
    except UnknownContraindication as exc:
        raise ValidationProblem(
            f"Unknown contraindication codes {exc.codes}; this guideline defines {exc.known}.",
            detail_fa="کد منع مصرف ناشناخته است.",
            errors=[
                {
                    "field": "contraindications",
                    "message": f"unknown codes {exc.codes}; known: {exc.known}",
                    "message_fa": f"کدهای ناشناخته: {'، '.join(exc.codes)}؛ کدهای این راهنما: {'، '.join(exc.known)}",
                }
            ],
        ) from None


def run_evaluation(session: Session, state: Any, row: OffLabelRequest, actor: Actor, kind: str) -> Evaluation:
    """Evaluate against the guideline in force on the planned date, with the service's own history; store it (OFL-R)."""
    guidelines = [lg.guideline for lg in catalog(session, state)]
    chosen, _ = select_guideline(guidelines, row.drug, row.route, row.planned_date)
    drug_inn = chosen.drug.inn if chosen else row.drug_inn
    history = own_history(session, row, drug_inn)
    ev = _evaluate(row, guidelines, history)
    body = ev.as_dict()
    body["basis"] = enrich_basis(ev.basis, state.registry)
    body["coverage_policy"] = policy_view(state, row.insurer, chosen, ev.matched_indications)
    body["history"] = [{"date": h.date.isoformat(), "date_jalali": to_jalali(h.date), "site": h.site, "origin": h.origin} for h in history]
    rec = record_decision(
        session,
        kind=kind,
        subject_type="offlabel_request",
        subject_id=row.id,
        inputs=_inputs(row, history),
        outcome={
            "outcome": ev.outcome,
            "summary": ev.summary,
            "guideline": body["guideline"],
            "course": ev.course,
            "criteria": [{"id": c.id, "status": c.status, "reason": c.reason} for c in ev.criteria],
        },
        basis=body["basis"],
        ruleset_version=ev.ruleset_version,
        actor=actor,
    )
    body["decision_id"] = rec.decision_id
    row.status, row.evaluation, row.ruleset_version, row.decision_id = ev.outcome, body, ev.ruleset_version, rec.decision_id
    row.guideline_code, row.guideline_version = ev.guideline_code, ev.guideline_version
    row.drug_inn = drug_inn
    if chosen is not None:
        row.route = row.route or chosen.route
    row.course = ev.course
    row.valid_until = dt.date.fromisoformat(ev.course["end"]) if ev.course else None
    return ev


def policy_view(state: Any, insurer_code: str | None, g: Guideline | None, matched: list[str]) -> dict[str, Any] | None:
    """OFL-I-POLICY: what the insurer's entered policy says about this guideline and indication (configuration)."""
    insurer = state.insurers.get(insurer_code or "")
    if insurer is None or g is None:
        return None
    policy = insurer.policy_for(g.code)
    cite = basis.insurer_policy(insurer, policy, g.code)
    covers = None if policy is None else bool(matched) and all(m in policy.covered_indications for m in matched)
    return {
        "insurer": insurer.code,
        "guideline": g.code,
        "policy_covers_indication": covers,
        "conditions": list(policy.conditions) if policy else [],
        "provisional": cite.provisional,
        "basis": [cite.model_dump(mode="json")],
    }


def check_site(session: Session, state: Any, body: RequestCreate) -> None:
    """OFL-G-DATA: a guideline counted per body site needs one of its sites (422, nothing stored); one without takes none."""
    g, _ = select_guideline([lg.guideline for lg in catalog(session, state)], normalize(body.drug), body.route, body.planned_date)
    if g is None:
        return
    site = body.the_site
    if g.body_site is not None and site not in g.body_site.values:
        field = "eye" if g.body_site.kind == "eye" else "site"
        raise ValidationProblem(
            f"{g.code} is counted per {g.body_site.kind}: send {field} ({', '.join(g.body_site.values)}); one request per {g.body_site.kind}.",
            detail_fa="محل تجویز (مثلاً چشم راست یا چپ) لازم است.",
            errors=[{"field": field, "message": f"one of {g.body_site.values}", "message_fa": f"یکی از این‌ها: {'، '.join(g.body_site.values)}"}],
        )
    if g.body_site is None and site is not None:
        raise ValidationProblem(
            f"{g.code} has no body site: leave eye/site out.",
            detail_fa="این راهنما محل تجویز ندارد.",
            errors=[{"field": "site", "message": "this guideline has no body site", "message_fa": "این راهنما محل تجویز ندارد"}],
        )


def file_request(session: Session, state: Any, body: RequestCreate, actor: Actor) -> OffLabelRequest:
    council_no, specialty = physician_claims(actor)
    check_site(session, state, body)
    if body.insurer not in state.insurers:
        raise ValidationProblem(
            f"Unknown insurer {body.insurer!r}; known: {', '.join(sorted(state.insurers))}.",
            detail_fa=f"بیمه‌گر {body.insurer} شناخته نیست؛ بیمه‌گرهای شناخته: {'، '.join(sorted(state.insurers))}.",
            errors=[
                {
                    "field": "insurer",
                    "message": f"unknown insurer; known: {sorted(state.insurers)}",
                    "message_fa": f"بیمه‌گر ناشناخته؛ بیمه‌گرهای شناخته‌شده: {'، '.join(sorted(state.insurers))}",
                }
            ],
        )
    now = now_tehran()
    row = OffLabelRequest(
        id=str(uuid.uuid4()),
        version=1,
        status="new",
        physician_sub=actor.sub,
        council_no=council_no,
        specialty=specialty,
        patient_national_code=body.patient_national_code,
        insurer=body.insurer,
        eye=body.the_site if body.the_site in ("right", "left") else None,
        site=body.the_site,
        diagnosis_icd10=body.diagnosis_icd10,
        drug=normalize(body.drug),
        drug_inn=normalize(body.drug).casefold(),
        route=body.route,
        dose_mg=body.the_dose,
        dose_unit=body.dose_unit,
        planned_date=body.planned_date,
        care_setting=body.care_setting,
        preparation=body.preparation,
        earlier_injections=earlier_json(body.earlier_injections),
        documents=documents_json(body.documents, now),
        contraindications=list(body.contraindications) if body.contraindications is not None else None,
        comorbidities_icd10=list(body.comorbidities_icd10),
        informed_consent=consent_json(body.informed_consent),
        evaluation={},
        ruleset_version="-",
        decision_id="-",
        created_at=now,
        updated_at=now,
    )
    run_evaluation(session, state, row, actor, "offlabel.evaluation")
    session.add(row)
    session.flush()
    return row


def visible_request(session: Session, request_id: str, actor: Actor, *, for_update: bool = False) -> OffLabelRequest:
    """The request if this actor may see it; another physician's or insurer's request answers 404.

    for_update locks the row (PostgreSQL) so two writers holding the same ETag cannot both pass If-Match.
    """
    row = session.get(OffLabelRequest, request_id, with_for_update=for_update or None)
    if row is not None:
        if actor.role in READ_ALL_ROLES:
            return row
        if actor.role == "physician" and row.council_no == normalize(str(actor.claim("council_no") or "")):
            return row
        if actor.role == "insurer" and actor.org and row.insurer == actor.org:
            return row
    raise NotFound(f"No off-label request {request_id}.", detail_fa="درخواست یافت نشد.")


# Newest first; `id` breaks ties. Indexes (migration 0004): (council_no, created_at, id), (insurer, created_at, id),
# (status, created_at, id), (created_at, id), read backwards.
REQUEST_ORDER = Order("requests", ((OffLabelRequest.created_at, True), (OffLabelRequest.id, True)))


def list_requests(session: Session, actor: Actor, status: str | None, page: Page) -> tuple[list[OffLabelRequest], tuple[int, bool], str | None]:
    """A page of the requests the actor may see (keyset on REQUEST_ORDER), the capped total and the next page's cursor."""
    q = select(OffLabelRequest)
    if actor.role == "physician":
        q = q.where(OffLabelRequest.council_no == normalize(str(actor.claim("council_no") or "")))
    elif actor.role == "insurer":
        q = q.where(OffLabelRequest.insurer == (actor.org or "\x00"))
    if status:
        q = q.where(OffLabelRequest.status == status)
    rows, nxt = page_rows(session.execute(keyset(q, REQUEST_ORDER, page)).scalars().all(), REQUEST_ORDER, page)
    return rows, page_total(session, q, page, rows, nxt), nxt


def add_documents(session: Session, state: Any, row: OffLabelRequest, body: DocumentsAdd, actor: Actor) -> OffLabelRequest:
    """Add the missing documents or declarations and re-evaluate (OFL-R); only a pending request takes them."""
    if actor.role != "physician" or row.council_no != normalize(str(actor.claim("council_no") or "")):
        raise NotFound(f"No off-label request {row.id}.", detail_fa="درخواست یافت نشد.")
    if row.status not in PENDING:
        raise WrongState(
            f"The request is {row.status}; documents and clarifications are added only to a pending request (file a new request instead).",
            detail_fa="فقط به درخواست در انتظار مدارک یا توضیح می‌توان مدرک افزود.",
            current_status=row.status,
        )
    now = now_tehran()
    row.documents = [*row.documents, *documents_json(body.documents, now)]
    if body.informed_consent is not None:
        row.informed_consent = consent_json(body.informed_consent)
    if body.contraindications is not None:
        row.contraindications = list(body.contraindications)
    if body.care_setting:
        row.care_setting = body.care_setting
    if body.preparation:
        row.preparation = body.preparation
    if body.diagnosis_icd10:
        row.diagnosis_icd10 = body.diagnosis_icd10
    if body.comorbidities_icd10 is not None:
        row.comorbidities_icd10 = list(body.comorbidities_icd10)
    run_evaluation(session, state, row, actor, "offlabel.re_evaluation")
    row.version += 1
    row.updated_at = now
    session.flush()
    return row


def mask_national_code(code: str) -> str:
    return code[:3] + "*****" + code[-2:]


def request_view(row: OffLabelRequest) -> dict[str, Any]:
    return {
        "id": row.id,
        "status": row.status,
        "version": row.version,
        "physician": {"council_no": row.council_no, "specialty": row.specialty},
        "patient_national_code": row.patient_national_code,
        "insurer": row.insurer,
        "eye": row.eye,
        "site": row.site,
        "diagnosis_icd10": row.diagnosis_icd10,
        "drug": row.drug,
        "route": row.route,
        "dose": float(row.dose_mg),
        "dose_unit": row.dose_unit,
        "dose_mg": float(row.dose_mg) if row.dose_unit == "mg" else None,
        **date_pair("planned_date", row.planned_date),
        "care_setting": row.care_setting,
        "preparation": row.preparation,
        "earlier_injections": [{**i, **date_pair("date", parse_date(i["date"]))} for i in row.earlier_injections],
        "course": row.course,
        "documents": [{**d, **date_pair("date", parse_date(d["date"]))} for d in row.documents],
        "contraindications": row.contraindications,
        "comorbidities_icd10": row.comorbidities_icd10,
        "informed_consent": (
            {**row.informed_consent, **date_pair("date", parse_date(row.informed_consent["date"]) if row.informed_consent.get("date") else None)}
            if row.informed_consent
            else None
        ),
        "evaluation": row.evaluation,
        "decision_id": row.decision_id,
        "ruleset_version": row.ruleset_version,
        "authorization": (
            {"id": row.id, **date_pair("valid_from", row.planned_date), **date_pair("valid_until", row.valid_until), "course": row.course}
            if row.status == "approved"
            else None
        ),
        "coverage": (
            {
                "status": row.coverage_status,
                "reason": row.coverage_reason,
                "insurer": row.insurer,
                "decision_id": row.coverage_decision_id,
                **date_pair("decided_at", row.coverage_at),
            }
            if row.coverage_status
            else None
        ),
        **date_pair("created_at", row.created_at),
        **date_pair("updated_at", row.updated_at),
    }
