"""Centre registry routes: register, list, read, approvals, status rulings, status on a date (X2/X3)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Query, Request, Response

from inspections.access import Enforcer, Reader, RegistryWriter, ensure_own_university, university_scope
from inspections.centres import service
from inspections.centres.schemas import (
    CentreApproval,
    CentreApprovalIn,
    CentreDetail,
    CentreIn,
    CentreList,
    CentreStatusOn,
    CentreStatusRulingIn,
    Kind,
    Status,
)
from inspections.common import dates
from inspections.permissibility import service as permissibility
from shared.contract import with_etag_header
from shared.db import SessionDep
from shared.errors import Conflict, ValidationProblem, problem_responses
from shared.http import IdempotencyDep, IfMatch, check_if_match, etag_of, with_etag
from shared.jalali import InvalidDate, parse_date, today_tehran
from shared.pagination import numbered_page
from shared.routing import ServiceRouter

router = ServiceRouter(prefix="/v1", tags=["centres"])


@router.post(
    "/centers", status_code=201, response_model=CentreDetail, responses={**problem_responses(401, 403, 409, 422), **with_etag_header(201, location=True)}
)
def create_centre(body: CentreIn, request: Request, session: SessionDep, actor: RegistryWriter, idem: IdempotencyDep) -> Any:
    """Register a centre (letter 400/10262/د clause 1: every active, inactive and applicant centre is listed).

    A university role registers for its own university (`university` may be left out); the Ministry names it.
    The registration is the first entry of the centre's status history (a recorded decision). A licence
    number already registered is 409.
    """
    if idem.replay:
        return idem.replay
    university = body.university or (actor.org if university_scope(actor) else None)
    if not university:
        raise ValidationProblem(
            "university is required for this role.",
            detail_fa="برای این نقش، دانشگاه (university) باید مشخص شود.",
            errors=[{"field": "university", "message": "required", "message_fa": "لازم است"}],
        )
    ensure_own_university(actor, university)
    centre = service.create_centre(session, request.app.state.registry, actor, body, university)
    view = service.centre_view(session, centre)
    return idem.respond(session, view, 201, headers={"ETag": etag_of(centre.version), "Location": f"/v1/centers/{centre.id}"})


@router.get("/centers", response_model=CentreList, responses=problem_responses(401, 403, 422))
def list_centres(
    session: SessionDep,
    actor: Reader,
    page: numbered_page(50, 100, size_name="page_size"),
    university: str | None = None,
    status: Status | None = None,
    kind: Kind | None = None,
    q: Annotated[str | None, Query(max_length=200, description="Licence number or part of the name (Persian spelling variants match)")] = None,
) -> Any:
    """Centres visible to the caller (a university role: its own university only), by university, name and id.

    Paged with `page` (from 1) and `page_size` (at most 100), or with `cursor` (the previous page's `next`: deeper
    than page 1,000, or to walk the whole list while centres are being registered); the answer is the platform's
    list envelope (`items`, `total` counted up to 1,000 with `total_capped`, `limit`, `offset`, `next`).
    """
    total, rows, nxt = service.list_centres(session, university_scope(actor), university, status, kind, q, page)
    return CentreList.of([service.centre_view(session, c, full=False) for c in rows], total, page, nxt)


@router.get("/centers/{center_id}", response_model=CentreDetail, responses={**problem_responses(401, 403, 404), **with_etag_header(200)})
def get_centre(center_id: str, response: Response, session: SessionDep, actor: Reader) -> Any:
    """One centre with its approvals and status history; the ETag is what If-Match needs to change it.

    A centre of another university than a university role's own answers 404.
    """
    centre = service.get_centre(session, actor, center_id)
    with_etag(response, centre.version)
    return service.centre_view(session, centre)


@router.post("/centers/{center_id}/approvals", status_code=201, response_model=CentreApproval, responses=problem_responses(401, 403, 404, 409, 412, 422, 428))
def add_centre_approval(center_id: str, body: CentreApprovalIn, session: SessionDep, actor: RegistryWriter, if_match: IfMatch, idem: IdempotencyDep) -> Any:
    """Add an ethics approval (research: code, committee) or an FDO registration (IRC, product, holder) to a centre.

    Only a Ministry role records an IRC as verified (403 otherwise). The approval's kind must be one of the
    centre's kinds (409). The answer's ETag is the centre's new version.
    """
    if idem.replay:
        return idem.replay
    centre = service.get_centre(session, actor, center_id)
    check_if_match(if_match, centre.version)
    approval = service.add_approval(session, actor, centre, body)
    return idem.respond(session, service.approval_view(approval), 201, headers={"ETag": etag_of(centre.version)})


@router.post("/centers/{center_id}/status", response_model=CentreDetail, responses=problem_responses(401, 403, 404, 409, 412, 422, 428))
def rule_centre_status(
    center_id: str, body: CentreStatusRulingIn, request: Request, response: Response, session: SessionDep, actor: Enforcer, if_match: IfMatch
) -> Any:
    """A status ruling (active, inactive, applicant, suspended) by the deputy or the Ministry; recorded as a decision.

    A closed centre is reopened only by lifting its closure action (a recorded decision), not here.
    """
    centre = service.get_centre(session, actor, center_id)
    check_if_match(if_match, centre.version)
    if centre.status == "closed":
        raise Conflict(
            "The centre is closed by a closure action; lift that action to reopen it.",
            detail_fa="مرکز با اقدام تعطیلی پلمب شده است؛ برای بازگشایی، آن اقدام را رفع کنید.",
            type="wrong-state",
        )
    service.record_status_change(session, request.app.state.registry, actor, centre, body.status, body.effective_on, "status_ruling", body.act_ref, body.reason)
    centre.version += 1
    session.flush()
    with_etag(response, centre.version)
    return service.centre_view(session, centre)


@router.get("/centers/{center_id}/status-on", response_model=CentreStatusOn, responses=problem_responses(401, 403, 404, 422))
def get_centre_status_on(
    center_id: str,
    request: Request,
    session: SessionDep,
    actor: Reader,
    date: Annotated[str, Query(description="ISO or Jalali date (Persian digits accepted)")],
    kind: Kind | None = None,
) -> Any:
    """X2/X3: was centre C closed on date D, and was treatment of kind K (or of each of its kinds) banned there then?

    Nothing is recorded (a question, not a decision). `closed` is true for a closed or suspended centre.
    """
    try:
        on = parse_date(date)
    except InvalidDate as exc:
        raise ValidationProblem(
            f"date: {exc}",
            detail_fa="تاریخ نامعتبر است (تاریخ میلادی یا شمسی، مانند ۱۴۰۴/۰۹/۱۵).",
            errors=[
                {"field": "date", "message": str(exc), "message_fa": f"{date!r} تاریخ معتبری نیست: تاریخ میلادی (2026-02-09) یا شمسی (۱۴۰۴/۱۱/۲۰) بفرستید"}
            ],
        ) from None
    centre = service.get_centre(session, actor, center_id)
    change = service.status_on(service.history(session, centre.id), on)
    registry, ruleset = request.app.state.registry, request.app.state.ruleset
    kinds = [kind] if kind else list(centre.kinds)
    treatment = {k: permissibility.rule(session, registry, ruleset, actor, "treatment", k, "none", on, centre, record=False) for k in kinds}
    return {
        "center_id": centre.id,
        **dates(date=on),
        "registered": change is not None,
        "status": change.status if change else None,
        "closed": bool(change and change.status in ("closed", "suspended")),
        "status_since": dates(effective_on=change.effective_on)["effective_on_jalali"] if change else None,
        "status_act": service.change_view(change) if change else None,
        "licence_valid": service.licence_valid(centre, on),
        "treatment": {
            k: {"outcome": v["outcome"], "banned": v["banned"], "permitted": v["permitted"], "effective_approval": v["effective_approval"], "basis": v["basis"]}
            for k, v in treatment.items()
        },
        "ruleset_version": permissibility.ruleset_version(ruleset, registry),
        "as_of": dates(today=today_tehran())["today"],
    }
