"""Documents, the I/O part: which document a caller may print, its registration by code, and the public verification."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from typing import Any

from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from customs.declarations import service as declarations
from customs.declarations import workflow as wf
from customs.declarations.models import Declaration
from customs.documents import rules
from customs.documents.models import IssuedDocument
from customs.exports import service as exports
from customs.exports.models import ExportPermit
from shared.auth import Actor

# Used only outside production when CUSTOMS_DOCUMENT_KEY is empty (production refuses to start without a key).
DEVELOPMENT_KEY = b"regplat development document key: not a secret"


def document_key(app: FastAPI) -> bytes:
    value = getattr(app.state.settings, "document_key", "") or ""
    return value.encode() if value else hashlib.sha256(DEVELOPMENT_KEY).digest()


def check_settings(app: FastAPI) -> None:
    """Outside development a document key must be set: codes made with a key in the source would be forgeable."""
    s = app.state.settings
    if getattr(s, "environment", "development") == "production" and not (getattr(s, "document_key", "") or ""):
        raise RuntimeError("CUSTOMS_DOCUMENT_KEY must be set in production (the HMAC key of the documents' verification codes)")


def verify_url(app: FastAPI, code: str) -> str:
    base = (getattr(app.state.settings, "public_url", "") or "http://localhost:8000").rstrip("/")
    return f"{base}/customs/v1/documents/{rules.group_code(code)}/verify"


def clearance_letter(session: Session, app: FastAPI, decl_id: str, actor: Actor) -> tuple[Declaration, dict[str, Any]]:
    """A cleared declaration at an office without a GIO representative (CUS-5), visible to the caller; else 404 / 409."""
    decl = declarations.get_visible(session, decl_id, actor)
    ref = app.state.reference
    if ref.office_has_gio(decl.customs_office):
        raise declarations.WrongState(
            f"{decl.customs_office} has a GIO representative: the expert stamps the warehouse receipt instead of writing a clearance letter (CUS-5).",
            detail_fa="این گمرک نماینده اداره بازرسی فنی دارد و قبض انبار ممهور می شود.",
        )
    if decl.state != wf.CLEARED or not decl.clearance_letter_no:
        raise declarations.WrongState(
            f"The declaration is {decl.state}; a clearance letter exists only once it is cleared.", detail_fa="اظهارنامه هنوز ترخیص نشده است.", state=decl.state
        )
    return decl, rules.clearance_letter_content(decl)


def export_permit(session: Session, permit_id: str, actor: Actor) -> tuple[ExportPermit, dict[str, Any]]:
    p = exports.get_visible(session, permit_id, actor)
    if p.state != exports.ISSUED or not p.permit_letter_no:
        raise declarations.WrongState(
            f"The exit-permit letter exists once the permit is issued (state {p.state}).",
            detail_fa="نامه مجوز خروج پس از صدور مجوز در دسترس است.",
            state=p.state,
        )
    return p, rules.export_permit_content(p)


def register(session: Session, app: FastAPI, content: dict[str, Any]) -> str:
    """The code of this content, recorded on first print. When the record changed since an earlier print, the new
    copy gets its own code and the earlier one is marked superseded (verify then says so)."""
    code = rules.document_code(document_key(app), content)
    if session.get(IssuedDocument, code) is not None:
        return code
    earlier = (
        session.execute(
            select(IssuedDocument).where(
                IssuedDocument.kind == content["kind"], IssuedDocument.subject_id == content["subject_id"], IssuedDocument.superseded_by.is_(None)
            )
        )
        .scalars()
        .all()
    )
    try:
        with session.begin_nested():
            session.add(
                IssuedDocument(
                    code=code,
                    kind=content["kind"],
                    subject_id=content["subject_id"],
                    number=content.get("number"),
                    content=content,
                    issued_at=datetime.now(UTC),
                )
            )
            for row in earlier:
                row.superseded_by = code
    except IntegrityError:  # printed at the same moment by another request: the same content, the same code
        pass
    return code


def letter_context(app: FastAPI, decl: Declaration, content: dict[str, Any], code: str) -> dict[str, Any]:
    from customs.documents import render

    citations = [c for it in decl.evaluation["items"] for c in it["basis"]]
    office = app.state.reference.office(decl.customs_office) or {}
    resp = decl.evaluation.get("owner_responsibility")
    return render.context(content, citations, office.get("name_fa"), resp["fa"] if resp else None, code, verify_url(app, code))


def permit_context(app: FastAPI, p: ExportPermit, content: dict[str, Any], code: str) -> dict[str, Any]:
    from customs.documents import render

    office = app.state.reference.office(p.customs_office) or {}
    return render.context(content, p.evaluation["basis"], office.get("name_fa"), None, code, verify_url(app, code))


def _current_content(session: Session, row: IssuedDocument) -> dict[str, Any] | None:
    """What the record states now, as the same kind of document (None: the record is gone or no longer such a document)."""
    if row.kind == rules.CLEARANCE_LETTER:
        decl = session.get(Declaration, row.subject_id)
        return rules.clearance_letter_content(decl) if decl is not None and decl.clearance_letter_no else None
    p = session.get(ExportPermit, row.subject_id)
    return rules.export_permit_content(p) if p is not None and p.permit_letter_no else None


MESSAGES = {
    "valid": (
        "The document is authentic: the number, date, items and state below are what the record says.",
        "سند معتبر است: شماره، تاریخ، اقلام و وضعیت زیر با سوابق سامانه مطابقت دارد.",
    ),
    "altered": (
        "The record no longer matches this document: it was changed after the document was printed. Do not rely on the paper; ask the issuing office.",
        "سوابق سامانه دیگر با این سند مطابقت ندارد: پس از چاپ سند تغییر کرده است. به این نسخه اعتماد نکنید و از اداره صادرکننده استعلام کنید.",
    ),
    "superseded": (
        "This copy was replaced by a newer copy printed after the record changed. Do not rely on this paper.",
        "این نسخه با نسخه جدیدتری که پس از تغییر سوابق چاپ شده جایگزین شده است. به این نسخه اعتماد نکنید.",
    ),
    "unknown": (
        "No document with this code was issued. The paper is not a document of this service.",
        "سندی با این کد صادر نشده است. این برگه سند این سامانه نیست.",
    ),
}


def verify(session: Session, app: FastAPI, code: str, fa: bool) -> dict[str, Any]:
    """The public verification of a code (already parsed): valid, altered, superseded or unknown, with what was issued."""
    row = session.get(IssuedDocument, code)
    out: dict[str, Any] = {"code": rules.group_code(code), "language": "fa" if fa else "en", "checked_at": datetime.now(UTC).isoformat()}
    if row is None:
        return {**out, "status": "unknown", "authentic": False, "message": MESSAGES["unknown"][fa], "document": None, "current": None, "differences": []}
    key = document_key(app)
    issued_intact = rules.document_code(key, row.content) == code
    current = _current_content(session, row)
    if row.superseded_by:
        status = "superseded"
    elif current is not None and rules.document_code(key, current) == code:
        status = "valid"
    else:
        status = "altered"
    # what was issued: the stored copy, unless it was tampered with too (then its HMAC fails and only the record is shown)
    issued = row.content if issued_intact else None
    return {
        **out,
        "status": status,
        "authentic": status == "valid",
        "message": MESSAGES[status][fa],
        "document": rules.public_view(issued, fa) if issued else None,
        "current": rules.public_view(current, fa) if current is not None and status != "valid" else None,
        "differences": rules.differences(issued or {}, current) if status != "valid" else [],
        "superseded_by": rules.group_code(row.superseded_by) if row.superseded_by else None,
    }
