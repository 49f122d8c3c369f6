"""Inspections: checklists, POST /v1/centers/{id}/inspections (JSON+base64 or multipart), reading inspections and evidence."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from fastapi import Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError

from inspections.access import Inspector, Reader, university_scope
from inspections.centres import service as centres
from inspections.common import dates
from inspections.inspections import service
from inspections.inspections.checklists import load_checklists
from inspections.inspections.schemas import InspectionChecklist, InspectionChecklistList, InspectionDetail, InspectionIn
from shared.contract import LOCATION_HEADER
from shared.db import SessionDep
from shared.errors import NotFound, PayloadTooLarge, ValidationProblem, problem_responses
from shared.http import IdempotencyDep, content_disposition
from shared.pagination import offset_page, page_list
from shared.routing import ServiceRouter

router = ServiceRouter(prefix="/v1", tags=["inspections"])


def checklist_view(c) -> dict[str, Any]:
    return {"version": c.version, **dates(effective_from=c.effective_from), "source": c.source, "items": [asdict(i) for i in c.items]}


@router.get("/checklists", response_model=InspectionChecklistList, responses=problem_responses(401, 403, 422))
def list_checklists(actor: Reader, page: offset_page(50, 100)) -> Any:
    """Every checklist version (data), oldest first; an inspection is answered against the version in effect on its date."""
    rows = list(load_checklists())
    window, nxt = page_list(rows, "checklists", lambda c: c.version, page)
    return InspectionChecklistList.of([checklist_view(c) for c in window], len(rows), page, nxt)


@router.get("/checklists/{version}", response_model=InspectionChecklist, responses=problem_responses(401, 403, 404))
def get_checklist(version: str, actor: Reader) -> Any:
    """One checklist version with its items, their default severities and what each rests on."""
    for c in load_checklists():
        if c.version == version:
            return checklist_view(c)
    raise NotFound(f"No checklist version {version}.", detail_fa=f"نسخه {version} چک‌لیست یافت نشد.")


def _inline(schema: dict) -> dict:
    """The model's JSON schema with its $defs inlined, so the OpenAPI document has no dangling refs."""
    defs = schema.pop("$defs", {})

    def walk(node):
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/$defs/"):
                return walk(dict(defs[ref.removeprefix("#/$defs/")]))
            return {k: walk(v) for k, v in node.items()}
        if isinstance(node, list):
            return [walk(v) for v in node]
        return node

    return walk(schema)


INSPECTION_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": _inline(InspectionIn.model_json_schema())},
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "payload": {"type": "string", "description": "The InspectionIn JSON (without evidence)"},
                        "evidence": {"type": "array", "items": {"type": "string", "format": "binary"}, "description": "Files not tied to an item"},
                    },
                    "additionalProperties": {"type": "string", "format": "binary", "description": "evidence.<item_code>: a file for that checklist item"},
                    "required": ["payload"],
                }
            },
        },
    }
}


async def _parse(request: Request) -> tuple[InspectionIn, list[service.EvidenceFile]]:
    ctype = request.headers.get("content-type", "")
    try:
        if ctype.startswith("multipart/form-data"):
            form = await request.form(max_files=20, max_fields=40, max_part_size=service.EVIDENCE_MAX_BYTES + 1)
            raw = form.get("payload")
            if not isinstance(raw, str):
                raise ValidationProblem(
                    "multipart body needs a `payload` part with the inspection JSON.",
                    detail_fa="بدنه multipart باید بخش `payload` با JSON بازرسی را داشته باشد.",
                    errors=[{"field": "payload", "message": "required", "message_fa": "لازم است"}],
                )
            data = InspectionIn.model_validate_json(raw)
            files: list[service.EvidenceFile] = []
            for key, value in form.multi_items():
                if key == "payload":
                    continue
                if not (key == "evidence" or key.startswith("evidence.")) or isinstance(value, str):
                    raise ValidationProblem(
                        f"unexpected multipart part {key!r}",
                        detail_fa=f"بخش ناشناخته {key!r} در بدنه multipart.",
                        errors=[{"field": key, "message": "unexpected part", "message_fa": "بخش ناشناخته"}],
                    )
                content = await value.read(service.EVIDENCE_MAX_BYTES + 1)
                files.append(
                    service.EvidenceFile(
                        key.split(".", 1)[1] if "." in key else None,
                        value.filename or "file",
                        value.content_type or "application/octet-stream",
                        content,
                        None,
                        key,
                    )
                )
            return data, files + service.decode_base64_evidence(data)
        data = InspectionIn.model_validate_json(await request.body())
        return data, service.decode_base64_evidence(data)
    except ValidationError as exc:
        raise RequestValidationError(exc.errors()) from None
    except PayloadTooLarge:
        raise
    except ValueError as exc:  # malformed multipart
        raise ValidationProblem(f"malformed request body: {exc}", detail_fa="بدنه درخواست قابل خواندن نیست.") from None


@router.post(
    "/centers/{center_id}/inspections",
    status_code=201,
    response_model=InspectionDetail,
    openapi_extra=INSPECTION_BODY,
    responses={**problem_responses(401, 403, 404, 409, 413, 422), 201: {"headers": LOCATION_HEADER}},
)
async def create_inspection(center_id: str, request: Request, session: SessionDep, actor: Inspector, idem: IdempotencyDep) -> Any:
    """An inspector of the centre's university answers every checklist item (notes, evidence files: size limit, sha256).

    The body is JSON (evidence as base64) or multipart/form-data (a `payload` part with the JSON, files as
    `evidence` or `evidence.<item_code>` parts). Every item of the checklist in effect on `inspected_on` is
    answered exactly once; each non_compliant item becomes a violation with a severity; the inspection and
    each violation are decision records. Files: JPEG, PNG, WebP or PDF, at most 512 KiB each (413 above).
    """
    if idem.replay:
        return idem.replay
    data, files = await _parse(request)

    def _write():
        centre = centres.get_centre(session, actor, center_id)
        ins = service.create_inspection(session, request.app.state.registry, load_checklists(), actor, centre, data, files)
        return idem.respond(session, service.inspection_view(session, ins), 201, headers={"Location": f"/v1/inspections/{ins.id}"})

    return await run_in_threadpool(_write)


@router.get("/inspections/{inspection_id}", response_model=InspectionDetail, responses=problem_responses(401, 403, 404))
def get_inspection(inspection_id: str, session: SessionDep, actor: Reader) -> Any:
    """One inspection with its answers, evidence files (links to download them) and the violations it found."""
    return service.inspection_view(session, service.get_inspection(session, university_scope(actor), inspection_id))


EVIDENCE_DOWNLOAD = {
    200: {
        "description": "The file as uploaded, with its own media type",
        "headers": {
            "ETag": {"description": "The content's SHA-256, quoted", "schema": {"type": "string"}},
            "Digest": {"description": "`sha-256=<hex>` of the content", "schema": {"type": "string"}},
        },
        "content": {m: {"schema": {"type": "string", "format": "binary"}} for m in service.EVIDENCE_TYPES},
    }
}


@router.get("/inspections/{inspection_id}/evidence/{evidence_id}", response_class=Response, responses={**problem_responses(401, 403, 404), **EVIDENCE_DOWNLOAD})
def get_inspection_evidence(inspection_id: str, evidence_id: str, session: SessionDep, actor: Reader) -> Response:
    """Download an evidence file of an inspection (its ETag is the content's SHA-256)."""
    ins = service.get_inspection(session, university_scope(actor), inspection_id)
    e = service.get_evidence(session, ins, evidence_id)
    return Response(
        e.content,
        media_type=e.content_type,
        headers={"ETag": f'"{e.sha256}"', "Digest": f"sha-256={e.sha256}", "Content-Disposition": content_disposition(e.filename)},
    )
