"""Review offices, agencies, rollout switches (CLM-H2), violations (CLM-C/CH/H1), assessment rule data (CLM-A4)."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query, Request, Response

from claims.agencies import service
from claims.agencies.models import Agency, ReviewOffice, Violation
from claims.agencies.schemas import (
    AgencyIn,
    AgencyList,
    AgencyRolloutChange,
    AgencyUpdate,
    AgencyView,
    AgencyViolations,
    AssessmentRuleData,
    AssessmentRulesIn,
    CompensatedViolation,
    CompensationPaidIn,
    DecidedViolation,
    PenaltyDecisionIn,
    PenaltyProposalIn,
    ProvinceRolloutChange,
    ProvinceRolloutIn,
    RecordedViolation,
    ReviewOfficeDetail,
    ReviewOfficeIn,
    ReviewOfficeView,
    RolloutApprovalIn,
    RolloutIn,
    RolloutStatus,
    RuleDataPublication,
    SuppliedRules,
    ViolationIn,
    ViolationView,
)
from claims.cases import service as case_service
from claims.cases.schemas import AgencyCaseList
from claims.common import NowDep, ensure_agency_visible
from shared.auth import Roles
from shared.contract import with_etag_header
from shared.db import SessionDep
from shared.errors import NotFound, problem_responses
from shared.http import IdempotencyDep, IfMatch, check_if_match, etag_of, with_etag
from shared.jalali import TEHRAN, JDate
from shared.pagination import Order, keyset, offset_page, page_rows, page_total
from shared.routing import ServiceRouter

router = ServiceRouter(prefix="/v1", tags=["agencies"])
Admin = Roles("admin")
Readers = Roles("agency_staff", "review_office", "secretariat", "admin", "service")
Supervisors = Roles("review_office", "secretariat", "admin")
ViolationReaders = Roles("agency_staff", "review_office", "secretariat", "admin", "service", "licensing_hq")
# Issue 18: the lists' stated orders (keyset cursor); the last column is unique
AGENCIES = Order("claims.agencies.by-code", ((Agency.code, False),))
VIOLATIONS = Order("claims.violations.by-proof", ((Violation.proven_on, False), (Violation.id, False)))


@router.post("/review-offices", status_code=201, response_model=ReviewOfficeView, responses=problem_responses(401, 403, 409, 422))
def create_review_office(body: ReviewOfficeIn, session: SessionDep, actor: Admin, now: NowDep):
    """A medical-document review office (دفتر رسیدگی به اسناد پزشکی)."""
    ro = service.create_review_office(session, body, now)
    return {"code": ro.code, "name": ro.name, "province": ro.province, "closes_thursday": ro.closes_thursday, "office_closes": ro.office_closes}


@router.get("/review-offices/{code}", response_model=ReviewOfficeDetail, responses=problem_responses(401, 403, 404))
def get_review_office(code: str, session: SessionDep, actor: Roles("review_office", "secretariat", "admin", "service")):
    """A review office, its calendar and the agencies it supervises (a review office reads only its own)."""
    ro = session.get(ReviewOffice, code)
    if ro is None or (actor.role == "review_office" and actor.org != code):
        raise NotFound(f"No review office {code}.", detail_fa=f"دفتر رسیدگی {code} یافت نشد.")
    from sqlalchemy import select

    agencies = session.scalars(select(Agency.code).where(Agency.review_office_code == code).order_by(Agency.code)).all()
    return {
        "code": ro.code,
        "name": ro.name,
        "province": ro.province,
        "closes_thursday": ro.closes_thursday,
        "office_closes": ro.office_closes,
        "agencies": list(agencies),
    }


@router.get("/review-offices/{code}/assessment-rules", response_model=AssessmentRuleData, responses=problem_responses(401, 403, 404))
def get_assessment_rules(code: str, session: SessionDep, actor: Roles("agency_staff", "review_office", "secretariat", "admin", "service")):
    """CLM-A4/B1: the rule data (CONFIGURATION, not regulation) the review office currently supplies to its agencies."""
    ro = session.get(ReviewOffice, code)
    if ro is None or (actor.role == "review_office" and actor.org != code):
        raise NotFound(f"No review office {code}.", detail_fa=f"دفتر رسیدگی {code} یافت نشد.")
    if actor.role == "agency_staff":
        ag = session.get(Agency, actor.org or "")
        if ag is None or ag.review_office_code != code:
            raise NotFound(f"No review office {code}.", detail_fa=f"دفتر رسیدگی {code} یافت نشد.")
    return service.rule_data_view(session, code)


@router.put(
    "/review-offices/{code}/assessment-rules", status_code=201, response_model=RuleDataPublication, responses=problem_responses(401, 403, 404, 409, 422)
)
def publish_assessment_rules(code: str, body: AssessmentRulesIn, request: Request, session: SessionDep, actor: Roles("review_office", "admin"), now: NowDep):
    """Publish a new version of the review office's assessment rule data; later assessments of its agencies use it.

    Versions are never edited (409 for a version that exists). Only the review office itself may publish `"confirmed": true`
    (SHR-PROV); an assessment on unconfirmed data is provisional and cannot be approved."""
    ro = session.get(ReviewOffice, code)
    if ro is None or (actor.role == "review_office" and actor.org != code):
        raise NotFound(f"No review office {code}.", detail_fa=f"دفتر رسیدگی {code} یافت نشد.")
    return service.save_rule_data(session, request, actor, code, body, now)


@router.post("/agencies", status_code=201, response_model=AgencyView, responses={**problem_responses(401, 403, 409, 422), **with_etag_header(201)})
def create_agency(body: AgencyIn, session: SessionDep, actor: Admin, now: NowDep, response: Response):
    """An official agency (کارگزاری رسمی): province, review office, licence, Thursday closing, office hours, rollout switch."""
    ag = service.create_agency(session, body, now)
    with_etag(response, ag.version)
    return service.agency_view(session, ag)


@router.get("/agencies", response_model=AgencyList, responses=problem_responses(401, 403, 422))
def list_agencies(
    session: SessionDep,
    actor: Readers,
    page: offset_page(100, 500),
    province: str | None = None,
):
    """The agencies the caller may see (its own, a review office's, or all), with their rollout state, by code.

    Paged by `cursor` (the previous page's `next`); `total` is counted up to 1,000 (`total_capped`)."""
    from sqlalchemy import select

    from claims.common import visible_agency_codes

    q = select(Agency)
    codes = visible_agency_codes(session, actor)
    if codes is not None:
        q = q.where(Agency.code.in_(codes or {""}))
    if province:
        q = q.where(Agency.province == province)
    rows, next_cursor = page_rows(session.scalars(keyset(q, AGENCIES, page)).all(), AGENCIES, page)
    return AgencyList.of([service.agency_view(session, a) for a in rows], page_total(session, q, page, rows, next_cursor), page, next_cursor)


@router.get("/agencies/{code}", response_model=AgencyView, responses={**problem_responses(401, 403, 404), **with_etag_header(200)})
def get_agency(code: str, session: SessionDep, actor: Readers, response: Response):
    """An agency the caller may see, with its ETag (send it as If-Match to change the agency or its rollout)."""
    ag = ensure_agency_visible(session, actor, code)
    with_etag(response, ag.version)
    return service.agency_view(session, ag)


@router.patch("/agencies/{code}", response_model=AgencyView, responses=problem_responses(401, 403, 404, 412, 422, 428))
def update_agency(code: str, body: AgencyUpdate, session: SessionDep, actor: Admin, if_match: IfMatch, response: Response):
    """Licence status, Thursday closing, office hours, supervising review office."""
    ag = ensure_agency_visible(session, actor, code)
    check_if_match(if_match, ag.version)
    service.update_agency(session, ag, body)
    with_etag(response, ag.version)
    return service.agency_view(session, ag)


@router.put("/agencies/{code}/rollout", response_model=AgencyRolloutChange, responses=problem_responses(401, 403, 404, 412, 422, 428))
def set_agency_rollout(code: str, body: RolloutIn, request: Request, session: SessionDep, actor: Admin, if_match: IfMatch, response: Response, now: NowDep):
    """CLM-H2: switch the process on/off for one agency (inherit = follow its province). Data, never a deploy."""
    ag = ensure_agency_visible(session, actor, code)
    check_if_match(if_match, ag.version)
    decision_id = service.set_rollout(session, request, actor, ag, body.rollout, body.note, now)
    with_etag(response, ag.version)
    return {**service.agency_view(session, ag), "decision_id": decision_id}


@router.put("/rollout/provinces/{province}", response_model=ProvinceRolloutChange, responses=problem_responses(401, 403, 422))
def set_province_rollout(province: str, body: ProvinceRolloutIn, request: Request, session: SessionDep, actor: Admin, now: NowDep):
    """CLM-H2: switch the process on/off for every agency of a province that inherits."""
    decision_id = service.set_province_rollout(session, request, actor, province, body.enabled, body.note, now)
    return {"province": province, "enabled": body.enabled, "decision_id": decision_id}


@router.get("/rollout", response_model=RolloutStatus, responses=problem_responses(401, 403))
def get_rollout_status(session: SessionDep, actor: Roles("review_office", "secretariat", "admin", "service"), now: NowDep):
    """CLM-H2: the phase (pilot / rollout), the pilot's bounds (data, with the clause), what is enabled, the recorded approvals."""
    return service.rollout_status(session, now)


@router.post("/rollout/approvals", status_code=201, response_model=RolloutStatus, responses=problem_responses(401, 403, 422))
def record_rollout_approval(body: RolloutApprovalIn, request: Request, session: SessionDep, actor: Admin, now: NowDep):
    """CLM-H2: record the approval of the indirect-treatment directorate and the secretariat to go beyond the pilot.

    Answers the rollout status after the approval (phase `rollout`)."""
    return service.record_approval(session, request, actor, body, now)


@router.get("/agencies/{code}/cases", response_model=AgencyCaseList, responses=problem_responses(401, 403, 404, 422))
def list_agency_cases(
    code: str,
    session: SessionDep,
    actor: Readers,
    now: NowDep,
    page: offset_page(100, 500),
    overdue: bool | None = None,
    state: Annotated[str | None, Query(pattern="^(registered|controlled|assessed|submitted|returned|approved|withdrawn)$")] = None,
    held: Annotated[bool | None, Query(description="SPEC X1/X2: true = only cases with lines pending_verification or needs_review")] = None,
):
    """The agency's cases with their deadline state; `overdue=true` lists open cases past the CLM-A5 deadline;
    `held=true` those with lines awaiting offlabel / inspections (SPEC X1/X2). By deadline (due_at, then id); paged by
    `cursor` (the previous page's `next`) at the same cost at any depth; `total` is counted up to 1,000 (`total_capped`)."""
    ag = ensure_agency_visible(session, actor, code)
    return case_service.list_cases(session, ag, now, overdue, state, page, held=held)


@router.get("/agencies/{code}/rules", response_model=SuppliedRules, responses=problem_responses(401, 403, 404, 422))
def get_agency_supplied_rules(
    code: str,
    request: Request,
    session: SessionDep,
    actor: Readers,
    now: NowDep,
    on: Annotated[JDate | None, Query(description="circulars in force on this date (ISO or Jalali); default today (Tehran)")] = None,
):
    """CLM-B1: in one place, the assessment rule data version the agency's review office currently supplies (CLM-A4,
    configuration) and the circulars in force for claims (the regulation registry)."""
    ag = ensure_agency_visible(session, actor, code)
    return service.supplied_rules_view(session, request.app.state.registry, ag, on or now.astimezone(TEHRAN).date())


@router.post(
    "/agencies/{code}/violations",
    status_code=201,
    response_model=RecordedViolation,
    responses={**problem_responses(401, 403, 404, 409, 422), **with_etag_header(201)},
)
def record_violation(code: str, body: ViolationIn, request: Request, session: SessionDep, actor: Supervisors, idem: IdempotencyDep, now: NowDep):
    """CLM-C/H1: a proven breach with its proof, an optional proposed penalty and the compensation owed to the clients and to the
    Organization (due 15 days after proof). CLM-CH: nothing is imposed here: the licensing headquarters decides penalties."""
    if idem.replay:
        return idem.replay
    ag = ensure_agency_visible(session, actor, code)
    v, _ = service.record_violation(session, request, actor, ag, body, now)
    view = {**service.violation_view(v, now.astimezone(TEHRAN).date(), []), "agency": service.agency_view(session, ag)}
    return idem.respond(session, RecordedViolation.model_validate(view), 201, headers={"ETag": etag_of(v.version)})


@router.get("/agencies/{code}/violations", response_model=AgencyViolations, responses=problem_responses(401, 403, 404, 422))
def list_agency_violations(code: str, session: SessionDep, actor: ViolationReaders, now: NowDep, page: offset_page(100, 500)):
    """CLM-C/CH/H1: the agency's violations with their penalty path and compensation, by the day they were proven (then id);
    the licensing headquarters sees every agency. Paged by `cursor` (the previous page's `next`); `total` counted up to 1,000."""
    from sqlalchemy import select

    ag = _agency_for(session, actor, code)
    q = select(Violation).where(Violation.agency_code == ag.code)
    rows, next_cursor = page_rows(session.scalars(keyset(q, VIOLATIONS, page)).all(), VIOLATIONS, page)
    today = now.astimezone(TEHRAN).date()
    steps = service.violation_steps_of(session, [v.id for v in rows])
    total, capped = page_total(session, q, page, rows, next_cursor)
    return {
        "agency_code": ag.code,
        "cooperation_review": ag.cooperation_review,
        "licence_status": ag.licence_status,
        "items": [service.violation_view(v, today, steps.get(v.id, [])) for v in rows],
        "total": total,
        "total_capped": capped,
        "limit": page.limit,
        "offset": page.offset,
        "next": next_cursor,
    }


def _agency_for(session, actor, code: str) -> Agency:
    """The licensing headquarters sees every agency (it decides their penalties); the others as usual."""
    if actor.role == "licensing_hq":
        ag = session.get(Agency, code)
        if ag is None:
            raise NotFound(f"No agency {code}.", detail_fa=f"کارگزاری {code} یافت نشد.")
        return ag
    return ensure_agency_visible(session, actor, code)


@router.post(
    "/agencies/{code}/violations/{violation_id}/penalty-proposal", response_model=ViolationView, responses=problem_responses(401, 403, 404, 409, 412, 422, 428)
)
def propose_penalty(
    code: str,
    violation_id: str,
    body: PenaltyProposalIn,
    request: Request,
    session: SessionDep,
    actor: Roles("secretariat"),
    if_match: IfMatch,
    now: NowDep,
    response: Response,
):
    """CLM-CH: the official-agencies secretariat proposes a penalty (cash fines only on its proposal) to the licensing headquarters."""
    ag = ensure_agency_visible(session, actor, code)
    v = service.get_violation(session, ag, violation_id)
    check_if_match(if_match, v.version)
    out = service.propose_penalty(session, request, actor, ag, v, body, now)
    with_etag(response, v.version)
    return out


@router.post(
    "/agencies/{code}/violations/{violation_id}/penalty-decision",
    response_model=DecidedViolation,
    responses=problem_responses(401, 403, 404, 409, 412, 422, 428),
)
def decide_penalty(
    code: str,
    violation_id: str,
    body: PenaltyDecisionIn,
    request: Request,
    session: SessionDep,
    actor: Roles("licensing_hq"),
    if_match: IfMatch,
    now: NowDep,
    response: Response,
):
    """CLM-CH: the licensing headquarters (ستاد صدور جواز) imposes a penalty (a fine on the secretariat's proposal; a suspension
    suspends the licence) or rejects."""
    ag = _agency_for(session, actor, code)
    v = service.get_violation(session, ag, violation_id)
    check_if_match(if_match, v.version)
    out = service.decide_penalty(session, request, actor, ag, v, body, now)
    with_etag(response, v.version)
    return {**out, "agency": service.agency_view(session, ag)}


@router.post(
    "/agencies/{code}/violations/{violation_id}/compensation",
    response_model=CompensatedViolation,
    responses=problem_responses(401, 403, 404, 409, 412, 422, 428),
)
def record_compensation_paid(
    code: str,
    violation_id: str,
    body: CompensationPaidIn,
    request: Request,
    session: SessionDep,
    actor: Supervisors,
    if_match: IfMatch,
    now: NowDep,
    response: Response,
):
    """CLM-H1: record that the agency paid the compensation owed to the clients or to the Organization (on time within 15 days of proof)."""
    ag = ensure_agency_visible(session, actor, code)
    v = service.get_violation(session, ag, violation_id)
    check_if_match(if_match, v.version)
    out = service.record_compensation(session, request, actor, ag, v, body.payee, body.paid_on, now)
    with_etag(response, v.version)
    return out
