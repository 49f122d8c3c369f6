"""Case routes: registration, status, controls, assessment, submission, review, history (CLM-A)."""

from __future__ import annotations

from fastapi import Request, Response

from claims.agencies.models import Agency
from claims.cases import service
from claims.cases.schemas import (
    AssessmentOutcome,
    CaseCorrection,
    CaseHistory,
    CaseIn,
    ClaimCase,
    ControlsIn,
    CorrectedCase,
    InsuredCaseList,
    InsuredCaseView,
    ReviewIn,
    ReviewOutcome,
    SubmissionOutcome,
    WithdrawalIn,
    WithdrawnCase,
)
from claims.common import NowDep
from claims.verification import service as verification
from shared.auth import CurrentActor, Roles
from shared.contract import with_etag_header
from shared.db import SessionDep
from shared.errors import Forbidden, PreconditionFailed, problem_responses
from shared.http import IdempotencyDep, IfMatch, check_if_match, etag_of, with_etag
from shared.pagination import offset_page
from shared.routing import ServiceRouter
from shared.text import normalize

router = ServiceRouter(prefix="/v1", tags=["cases"])

Registrar = Roles("agency_staff", "admin")
AgencyStaff = Roles("agency_staff")
Reviewer = Roles("review_office")


@router.post(
    "/cases", status_code=201, response_model=ClaimCase, responses={**problem_responses(401, 403, 404, 409, 413, 422), **with_etag_header(201, location=True)}
)
def register_case(body: CaseIn, request: Request, session: SessionDep, actor: Registrar, idem: IdempotencyDep, now: NowDep):
    """CLM-A1: register a case. Duplicate bills are refused in any agency, with a pointer to the first case."""
    if idem.replay:
        return idem.replay
    case = service.register(session, request, actor, body, now)
    agency = session.get(Agency, case.agency_code)
    view = service.case_view(session, case, agency, now, actor)
    return idem.respond(session, ClaimCase.model_validate(view), 201, headers={"ETag": etag_of(case.version), "Location": f"/v1/cases/{case.id}"})


@router.get("/cases/{case_id}", response_model=ClaimCase | InsuredCaseView, responses={**problem_responses(401, 403, 404), **with_etag_header(200)})
def get_case(case_id: str, session: SessionDep, actor: CurrentActor, now: NowDep, response: Response):
    """The case with its checklist, assessment, deadline (ISO + Jalali, working days left, state), reviews and fee.

    An insured person (role insured, claim national_code) gets the read-only status view of their own case only
    (InsuredCaseView, without an ETag); staff get the whole case (ClaimCase) with its ETag.
    """
    if actor.role not in ("agency_staff", "review_office", "secretariat", "admin", "insured"):  # no service reads a whole case (issue 15)
        raise Forbidden(f"Role '{actor.role}' may not read cases.", detail_fa=f"نقش «{actor.role}» اجازه خواندن پرونده‌ها را ندارد.")
    case, agency = service.case_for(session, actor, case_id)
    if actor.role != "insured":
        with_etag(response, case.version)
    return service.case_view(session, case, agency, now, actor)


@router.get("/cases/{case_id}/history", response_model=CaseHistory, responses=problem_responses(401, 403, 404))
def get_case_history(case_id: str, session: SessionDep, actor: Roles("agency_staff", "review_office", "secretariat", "admin", "service")):
    """Every decision on the case (registration, controls, assessments, submissions, approvals and returns, fee), in order."""
    case, _ = service.case_for(session, actor, case_id)
    return {"case_id": case.id, "items": service.history(session, case)}


@router.patch("/cases/{case_id}", response_model=CorrectedCase, responses=problem_responses(401, 403, 404, 409, 412, 413, 422, 428))
def correct_case(
    case_id: str, body: CaseCorrection, request: Request, session: SessionDep, actor: AgencyStaff, if_match: IfMatch, now: NowDep, response: Response
):
    """CLM-A7: correct a case before (re)submission; the seven controls must then be recorded again."""
    case, agency = service.case_for(session, actor, case_id, lock=True)
    check_if_match(if_match, case.version)
    changed = service.correct(session, request, actor, case, body, now)
    with_etag(response, case.version)
    return {**service.case_view(session, case, agency, now, actor), "changed": changed}


@router.post("/cases/{case_id}/withdrawal", response_model=WithdrawnCase, responses=problem_responses(401, 403, 404, 409, 412, 422, 428))
def withdraw_case(
    case_id: str, body: WithdrawalIn, request: Request, session: SessionDep, actor: AgencyStaff, if_match: IfMatch, now: NowDep, response: Response
):
    """CLM-A7 (platform rule): withdraw a case before approval, with its reason: no fee, no deadline, kept in the history."""
    case, agency = service.case_for(session, actor, case_id, lock=True)
    check_if_match(if_match, case.version)
    out = service.withdraw(session, request, actor, case, body.reason, now)
    with_etag(response, case.version)
    return {**service.case_view(session, case, agency, now, actor), "withdrawal": out}


@router.put("/cases/{case_id}/controls", response_model=ClaimCase, responses=problem_responses(401, 403, 404, 409, 412, 422, 428))
def record_case_controls(
    case_id: str, body: ControlsIn, request: Request, session: SessionDep, actor: AgencyStaff, if_match: IfMatch, now: NowDep, response: Response
):
    """CLM-A3: record some or all of the seven controls (result, note; who and when are taken from the token and clock)."""
    case, agency = service.case_for(session, actor, case_id, lock=True)
    check_if_match(if_match, case.version)
    service.record_controls(session, request, actor, case, body, now)
    with_etag(response, case.version)
    return service.case_view(session, case, agency, now, actor)


@router.post("/cases/{case_id}/assessment", response_model=AssessmentOutcome, responses=problem_responses(401, 403, 404, 409, 412, 422, 428))
def assess_case(case_id: str, request: Request, session: SessionDep, actor: AgencyStaff, if_match: IfMatch, idem: IdempotencyDep):
    """CLM-A4: compute the reimbursable amount per line and in total, from the review office's rule data (refused until A3 passes).

    SPEC X1/X2 first: off-label lines are checked with offlabel, lines at a centre / of a regenerative kind with inspections
    (through the gateway). A line without an approved covered authorization, at a closed centre or of a banned treatment is
    not reimbursable; a line whose service did not answer is held (`pending_verification`), never paid or refused on a guess."""
    if idem.replay:
        return idem.replay
    case, agency = service.case_for(session, actor, case_id)
    check_if_match(if_match, case.version)
    service.precheck_assessment(session, case)  # 409 before any other service is asked
    # SPEC X1/X2: ask offlabel / inspections for every line that needs it, with no row lock held while waiting
    version = case.version
    planned = verification.plan(case, verification.lines_of(session, case), "all")
    outcomes = {}
    if planned:
        session.rollback()  # nothing written yet: no transaction or connection is held while the other services answer
        outcomes = verification.ask(request.app, planned)
    case, agency = service.case_for(session, actor, case_id, lock=True)
    if case.version != version:
        raise PreconditionFailed(
            f"The case changed during the assessment (version {version} -> {case.version}); read it again and retry.",
            detail_fa="پرونده در حین محاسبه تغییر کرد؛ دوباره بخوانید و تکرار کنید.",
            current_etag=etag_of(case.version),
        )
    if planned:
        verification.apply(session, request.app, actor, case, planned, outcomes, "assessment", reassess=False)
    body = service.run_assessment(session, request, actor, case, agency)
    out = AssessmentOutcome.model_validate({"case_id": case.id, "state": case.state, "version": case.version, **body})
    return idem.respond(session, out, 200, headers={"ETag": etag_of(case.version)})


@router.post("/cases/{case_id}/submission", response_model=SubmissionOutcome, responses=problem_responses(401, 403, 404, 409, 412, 428))
def submit_case(case_id: str, request: Request, session: SessionDep, actor: AgencyStaff, if_match: IfMatch, now: NowDep, idem: IdempotencyDep):
    """CLM-A5/A7: deliver the case to the review office (counts from the next 10:00-closing window when outside it)."""
    if idem.replay:
        return idem.replay
    case, agency = service.case_for(session, actor, case_id, lock=True)
    check_if_match(if_match, case.version)
    out = service.submit(session, request, actor, case, agency, now)
    answer = SubmissionOutcome.model_validate({"case_id": case.id, "state": case.state, "version": case.version, **out})
    return idem.respond(session, answer, 200, headers={"ETag": etag_of(case.version)})


@router.post("/cases/{case_id}/review", response_model=ReviewOutcome, responses=problem_responses(401, 403, 404, 409, 412, 422, 428))
def review_case(case_id: str, body: ReviewIn, request: Request, session: SessionDep, actor: Reviewer, if_match: IfMatch, now: NowDep, idem: IdempotencyDep):
    """CLM-A6: the review office approves (the case earns its one fee) or returns it with coded reasons and text (new deadline, A7)."""
    if idem.replay:
        return idem.replay
    case, agency = service.case_for(session, actor, case_id, lock=True)
    check_if_match(if_match, case.version)
    out = service.review(session, request, actor, case, agency, body, now)
    answer = ReviewOutcome.model_validate({"case_id": case.id, "state": case.state, "version": case.version, **out})
    return idem.respond(session, answer, 200, headers={"ETag": etag_of(case.version)})


@router.get("/insured/cases", response_model=InsuredCaseList, responses=problem_responses(401, 403, 422))
def list_my_cases(
    session: SessionDep,
    actor: Roles("insured"),
    now: NowDep,
    page: offset_page(20, 100),
):
    """The insured person's own cases, newest first (read-only status view; national_code from the token).

    Paged by `cursor` (the previous page's `next`); `total` is counted up to 1,000 (`total_capped`)."""
    nc = actor.claim("national_code")
    if not nc:
        raise Forbidden("The token carries no national_code claim.", detail_fa="توکن شما کد ملی ندارد.")
    items, total, next_cursor = service.insured_cases(session, normalize(str(nc)), now, page)
    return InsuredCaseList.of(items, total, page, next_cursor)
