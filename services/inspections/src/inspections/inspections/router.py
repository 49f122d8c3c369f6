"""Inspections: checklists, POST /v1/centers/{id}/inspections (JSON+base64 or multipart), reading inspections and evidence."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError

from inspections.access import Inspector, Reader, university_scope
from inspections.centres import service as centres
from inspections.common import dates
from inspections.inspections import service
from inspections.inspections.checklists import load_checklists
from inspections.inspections.schemas import InspectionIn
from shared.db import SessionDep
from shared.errors import NotFound, PayloadTooLarge, ValidationProblem, problem_responses
from shared.http import IdempotencyDep, content_disposition

router = APIRouter(prefix="/v1", tags=["inspections"])


def checklist_view(c) -> dict[str, Any]:
    return {"version": c.version, **dates(effective_from=c.effective_from), "source": c.source, "items": [i.__dict__ for i in c.items]}


@router.get("/checklists", responses=problem_responses(401, 403))
def list_checklists(actor: Reader) -> dict[str, Any]:
    """Every checklist version (data), oldest first."""
    return {"items": [checklist_view(c) for c in load_checklists()]}


@router.get("/checklists/{version}", responses=problem_responses(401, 403, 404))
def get_checklist(version: str, actor: Reader) -> dict[str, Any]:
    for c in load_checklists():
        if c.version == version:
            return checklist_view(c)
    raise NotFound(f"No checklist version {version}.")


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
                raise ValidationProblem("multipart body needs a `payload` part with the inspection JSON.", errors=[{"field": "payload", "message": "required"}])
            data = InspectionIn.model_validate_json(raw)
            files: list[service.EvidenceFile] = []
            for key, value in form.multi_items():
                if key == "payload":
                    continue
                if not (key == "evidence" or key.startswith("evidence.")) or isinstance(value, str):
                    raise ValidationProblem(f"unexpected multipart part {key!r}", errors=[{"field": key, "message": "unexpected part"}])
                content = await value.read(service.EVIDENCE_MAX_BYTES + 1)
                files.append(service.EvidenceFile(key.split(".", 1)[1] if "." in key else None, value.filename or "file", value.content_type or "application/octet-stream", content, None, key))
            return data, files + service.decode_base64_evidence(data)
        data = InspectionIn.model_validate_json(await request.body())
        return data, service.decode_base64_evidence(data)
    except ValidationError as exc:
        raise RequestValidationError(exc.errors()) from None
    except PayloadTooLarge:
        raise
    except ValueError as exc:  # malformed multipart
        raise ValidationProblem(f"malformed request body: {exc}") from None


@router.post("/centers/{center_id}/inspections", status_code=201, openapi_extra=INSPECTION_BODY, responses=problem_responses(401, 403, 404, 409, 413, 422))
async def create_inspection(center_id: str, request: Request, session: SessionDep, actor: Inspector, idem: IdempotencyDep) -> Any:
    """An inspector of the centre's university answers every checklist item (notes, evidence files: size limit, sha256).

    Each non_compliant item becomes a violation with a severity; the inspection and each violation are decision records.
    """
    if idem.replay:
        return idem.replay
    data, files = await _parse(request)

    def _write():
        centre = centres.get_centre(session, actor, center_id)
        ins = service.create_inspection(session, request.app.state.registry, load_checklists(), actor, centre, data, files)
        return idem.respond(session, service.inspection_view(session, ins), 201, headers={"Location": f"/v1/inspections/{ins.id}"})

    return await run_in_threadpool(_write)


@router.get("/inspections/{inspection_id}", responses=problem_responses(401, 403, 404))
def get_inspection(inspection_id: str, session: SessionDep, actor: Reader) -> dict[str, Any]:
    return service.inspection_view(session, service.get_inspection(session, university_scope(actor), inspection_id))


@router.get("/inspections/{inspection_id}/evidence/{evidence_id}", responses=problem_responses(401, 403, 404))
def get_evidence(inspection_id: str, evidence_id: str, session: SessionDep, actor: Reader) -> Response:
    ins = service.get_inspection(session, university_scope(actor), inspection_id)
    e = service.get_evidence(session, ins, evidence_id)
    return Response(e.content, media_type=e.content_type, headers={"ETag": f'"{e.sha256}"', "Digest": f"sha-256={e.sha256}", "Content-Disposition": content_disposition(e.filename)})
