"""GET|POST /v1/reference/{list}: the reference lists, their versions, CSV upload by an admin."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Path, Request
from fastapi.responses import JSONResponse

from customs.reference import service
from customs.reference.lists import LIST_SPECS, ReferenceData
from customs.reference.schemas import ReferenceCatalogue, ReferenceListPage, ReferenceUpload
from shared.auth import CurrentActor, Roles
from shared.db import SessionDep
from shared.errors import DomainError, NotFound, ValidationProblem, problem_responses
from shared.pagination import offset_page, page_list
from shared.routing import ServiceRouter

router = ServiceRouter(prefix="/v1/reference", tags=["reference"])

ListName = Annotated[str, Path(description="One of: " + ", ".join(LIST_SPECS), max_length=40)]


class UnsupportedMediaType(DomainError):
    status, type = 415, "unsupported-media-type"


def _spec(name: str) -> dict[str, Any]:
    if name not in LIST_SPECS:
        raise NotFound(f"No reference list {name!r}; the lists are: {', '.join(LIST_SPECS)}.", detail_fa="چنین فهرستی وجود ندارد.")
    return LIST_SPECS[name]


@router.get("", response_model=ReferenceCatalogue, summary="The reference lists and the version of each", responses=problem_responses(401))
def list_reference_lists(request: Request, actor: CurrentActor) -> dict[str, Any]:
    """The lists behind the engine's decisions (substances, formulary, controlled, doping, offices, ...) with their versions."""
    ref: ReferenceData = request.app.state.reference
    return {
        "reference_version": ref.version,
        "lists": [
            {"list": n, "title": s["title"], "version": ref.versions[n], "rows": len(ref.lists[n]), "columns": s["columns"]} for n, s in LIST_SPECS.items()
        ],
    }


@router.get("/{list_name}", response_model=ReferenceListPage, summary="One reference list (rows, version, columns)", responses=problem_responses(401, 404, 422))
def get_reference_list(
    request: Request,
    actor: CurrentActor,
    list_name: ListName,
    page: offset_page(500, 1000),
) -> ReferenceListPage:
    """A page of the list's rows in the order of its CSV (`items`, each a row keyed by column), with its version. Page
    with `cursor` (the previous page's `next`, which names a row's position in the list)."""
    spec = _spec(list_name)
    ref: ReferenceData = request.app.state.reference
    rows = ref.lists[list_name]
    window, nxt = page_list(list(enumerate(rows)), f"reference-{list_name}", lambda x: x[0], page)
    return ReferenceListPage(
        items=[row for _, row in window],
        total=len(rows),
        limit=page.limit,
        offset=page.offset,
        next=nxt,
        list=list_name,
        title=spec["title"],
        version=ref.versions[list_name],
        reference_version=ref.version,
        columns=spec["columns"],
    )


@router.post(
    "/{list_name}",
    status_code=201,
    response_model=ReferenceUpload,
    summary="Load a new version of a list from CSV (admin); stored decisions keep the version they used",
    responses=problem_responses(401, 403, 404, 413, 415, 422),
    openapi_extra={"requestBody": {"required": True, "content": {"text/csv": {"schema": {"type": "string"}}}}},
)
async def upload_reference_list(request: Request, actor: Roles("admin"), session: SessionDep, list_name: ListName) -> JSONResponse:
    """The body is the whole list as UTF-8 CSV with the list's columns (`Content-Type: text/csv`); every row is checked
    (422 with the rows at fault) and the new version applies to decisions from now on, on every replica."""
    _spec(list_name)
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype not in ("text/csv", "text/plain"):
        raise UnsupportedMediaType("Send the list as text/csv (UTF-8).", detail_fa="فهرست را با نوع text/csv بفرستید.")
    raw = await request.body()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ValidationProblem("The CSV must be UTF-8 text.", detail_fa="فایل باید UTF-8 باشد.") from None
    from fastapi.concurrency import run_in_threadpool

    rec, ref = await run_in_threadpool(service.upload, session, request.app, list_name, text, actor)
    out = ReferenceUpload(list=list_name, version=rec.version, rows=rec.row_count, reference_version=ref.version)
    return JSONResponse(out.model_dump(mode="json"), status_code=201)
