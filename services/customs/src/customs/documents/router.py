"""The printable documents (HTML or PDF by content negotiation) and their public verification."""

from __future__ import annotations

from typing import Literal

from fastapi import Depends, Path, Query, Request, Response
from fastapi.responses import HTMLResponse, JSONResponse

from customs.documents import render, rules, service
from customs.documents.schemas import DocumentVerification
from shared.auth import Roles
from shared.db import SessionDep
from shared.errors import DomainError, ValidationProblem, problem_responses, wants_persian
from shared.ratelimit import public_rate_limit
from shared.routing import ServiceRouter

router = ServiceRouter(tags=["documents"])

READERS = ("customs_officer", "traveller", "gio_expert", "gio_head", "dpna_dg", "admin")
HTML, PDF = "text/html", "application/pdf"

NEGOTIATION = (
    "HTML or PDF by content negotiation: `Accept: application/pdf` (or `?format=pdf`) gives the PDF, "
    "`text/html`, `*/*` or no `Accept` the HTML; an `Accept` that allows neither is 406. Both carry a verification code, "
    "its URL (`GET /customs/v1/documents/{code}/verify`, public) and, on paper, a QR code of that URL. "
    "The first print registers the document under its code."
)
DOCUMENT_RESPONSES = {
    200: {
        "description": "The document, in Persian, right to left (text/html or application/pdf, A4, Vazirmatn embedded)",
        "content": {HTML: {"schema": {"type": "string"}}, PDF: {"schema": {"type": "string", "format": "binary"}}},
    },
    **problem_responses(401, 403, 404, 406, 409, 422),
}
Format = Query(None, description="`pdf` or `html`: overrides the Accept header (a link in a browser cannot set it)")


class NotAcceptable(DomainError):
    status, type = 406, "not-acceptable"


def _quality(accept: str, media: str) -> float:
    """The q a media type gets from an Accept header (exact type, then type/*, then */*)."""
    best, rank = 0.0, -1
    major = media.split("/")[0]
    for part in accept.split(","):
        bits = [b.strip() for b in part.split(";")]
        rng = bits[0].lower()
        r = 2 if rng == media else 1 if rng == f"{major}/*" else 0 if rng == "*/*" else -1
        if r <= rank or r < 0:
            continue
        q = 1.0
        for b in bits[1:]:
            if b.startswith("q="):
                try:
                    q = min(1.0, max(0.0, float(b[2:])))
                except ValueError:
                    q = 0.0
        best, rank = q, r
    return best


def choose_media(request: Request, fmt: str | None) -> str:
    if fmt is not None:
        return PDF if fmt == "pdf" else HTML
    accept = request.headers.get("accept", "").strip()
    if not accept:
        return HTML
    q_html, q_pdf = _quality(accept, HTML), _quality(accept, PDF)
    if q_html == 0 and q_pdf == 0:
        raise NotAcceptable("The document is available as text/html or application/pdf.", detail_fa="سند فقط به صورت اچ تی ام ال یا پی دی اف در دسترس است.")
    return PDF if q_pdf > q_html else HTML


def _send(ctx: dict, media: str, filename: str) -> Response:
    headers = {"Content-Language": "fa", "Vary": "Accept", "Cache-Control": "private, no-store"}
    if media == PDF:
        headers["Content-Disposition"] = f'inline; filename="{filename}.pdf"'
        return Response(render.pdf(ctx), media_type=PDF, headers=headers)
    return HTMLResponse(render.html(ctx), headers=headers)


def _filename(number: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in number)


@router.get(
    "/v1/declarations/{decl_id}/clearance-letter",
    summary="The clearance letter of a cleared declaration (offices without a GIO representative), Persian, HTML or PDF",
    description="Roles: customs_officer (own office), traveller (own), gio_expert, gio_head, dpna_dg, admin. Exists once the declaration is "
    "cleared at an office without a GIO representative (CUS-5), else 409. " + NEGOTIATION,
    response_class=Response,
    responses=DOCUMENT_RESPONSES,
)
def get_clearance_letter(
    decl_id: str, request: Request, session: SessionDep, actor: Roles(*READERS), format: Literal["html", "pdf"] | None = Format
) -> Response:
    media = choose_media(request, format)
    decl, content = service.clearance_letter(session, request.app, decl_id, actor)
    code = service.register(session, request.app, content)
    return _send(service.letter_context(request.app, decl, content, code), media, _filename(content["number"]))


@router.get(
    "/v1/export-permits/{permit_id}/letter",
    summary="The exit permit of an issued export-permit application, Persian, HTML or PDF",
    description="Roles: customs_officer (own office), traveller (own), gio_expert, gio_head, dpna_dg, admin. Exists once the permit is issued "
    "(CUS-5-EXIT), else 409. " + NEGOTIATION,
    response_class=Response,
    responses=DOCUMENT_RESPONSES,
)
def get_export_permit_letter(
    permit_id: str, request: Request, session: SessionDep, actor: Roles(*READERS), format: Literal["html", "pdf"] | None = Format
) -> Response:
    media = choose_media(request, format)
    p, content = service.export_permit(session, permit_id, actor)
    code = service.register(session, request.app, content)
    return _send(service.permit_context(request.app, p, content, code), media, _filename(content["number"]))


@router.get(
    "/v1/documents/{code}/verify",
    summary="Public: is this printed clearance letter or exit permit authentic? (no token; Persian unless Accept-Language asks for English)",
    description="No token, rate-limited per client like the pre-check. `code` is the 16-character code printed on the document (dashes, "
    "spaces, lower case and Persian digits are accepted). 200 with `status`: `valid` (the record still says what the paper says), "
    "`altered` (the record changed after printing, or is gone), `superseded` (a newer copy was printed after the record changed), "
    "`unknown` (no document has this code). A code that cannot be a code is 422. Persian when no Accept-Language is sent.",
    response_model=DocumentVerification,
    dependencies=[Depends(public_rate_limit)],
    responses=problem_responses(422, 429),
)
def verify_document(
    request: Request, session: SessionDep, code: str = Path(max_length=64, description="The verification code, e.g. ABCD-EFGH-IJKL-MNOP")
) -> JSONResponse:
    fa = not request.headers.get("accept-language", "").strip() or wants_persian(request)
    parsed = rules.parse_code(code)
    if parsed is None:
        raise ValidationProblem(
            "Not a verification code: 16 letters A-Z and digits 2-7, as printed on the document (dashes optional).",
            detail_fa="کد تصدیق نامعتبر است: ۱۶ نویسه (حروف لاتین و ارقام ۲ تا ۷) همان گونه که روی سند چاپ شده است.",
            errors=[{"field": "code", "message": "16 characters A-Z, 2-7", "message_fa": "۱۶ نویسه از حروف A تا Z و ارقام ۲ تا ۷", "code": "document_code"}],
        )
    out = service.verify(session, request.app, parsed, fa)
    body = DocumentVerification.model_validate(out).model_dump(mode="json")
    return JSONResponse(body, headers={"Content-Language": "fa" if fa else "en", "Cache-Control": "no-store"})
