"""Record an inspection: validate everything first (answers, evidence limits, checksums), then write it all at once."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspections.centres.models import Centre
from inspections.citations import INSPECTION
from inspections.common import basis_json, dates, new_id, ruleset_version
from inspections.enforcement.models import Violation
from inspections.inspections import rules
from inspections.inspections.checklists import Checklist
from inspections.inspections.models import Evidence, Inspection, InspectionAnswer
from inspections.inspections.schemas import InspectionIn
from shared.auth import Actor
from shared.decisions import record_decision
from shared.errors import NotFound, PayloadTooLarge, ValidationProblem
from shared.jalali import today_tehran
from shared.provenance import RegulationRegistry

EVIDENCE_MAX_BYTES = 512 * 1024  # per file; the whole request is also capped by the platform (1 MiB)
EVIDENCE_TYPES = ("image/jpeg", "image/png", "image/webp", "application/pdf")


@dataclass
class EvidenceFile:
    item: str | None
    filename: str
    content_type: str
    content: bytes
    claimed_sha256: str | None = None
    field: str = "evidence"


def decode_base64_evidence(data: InspectionIn) -> list[EvidenceFile]:
    out = []
    for n, e in enumerate(data.evidence):
        # reject before decoding anything that is obviously over the limit (base64 is 4/3 of the bytes)
        if len(e.content_base64) > (EVIDENCE_MAX_BYTES * 4) // 3 + 4:
            raise PayloadTooLarge(
                f"evidence.{n}: file larger than {EVIDENCE_MAX_BYTES} bytes.",
                detail_fa=f"حجم فایل مدرک بیش از حد مجاز ({EVIDENCE_MAX_BYTES} بایت) است.",
                errors=[{"field": f"evidence.{n}", "message": "too large", "message_fa": f"بیش از حد مجاز ({EVIDENCE_MAX_BYTES} بایت) است"}],
                limit_bytes=EVIDENCE_MAX_BYTES,
            )
        try:
            content = base64.b64decode(e.content_base64, validate=True)
        except (binascii.Error, ValueError):
            raise ValidationProblem(
                f"evidence.{n}.content_base64 is not valid base64.",
                detail_fa=f"محتوای evidence.{n}.content_base64 رمزگذاری base64 معتبری ندارد.",
                errors=[{"field": f"evidence.{n}.content_base64", "message": "not base64", "message_fa": "base64 معتبر نیست"}],
            ) from None
        out.append(EvidenceFile(e.item, e.filename, e.content_type, content, e.sha256, f"evidence.{n}"))
    return out


def _canonical_codes(checklist: Checklist, data: InspectionIn, files: list[EvidenceFile]) -> None:
    """An answer or file under a superseded item code (v1's irc_research) is stored under the item's own code."""
    for a in data.answers:
        a.item = checklist.canonical(a.item)
    for f in files:
        f.item = checklist.canonical(f.item) if f.item else f.item


def check_evidence(files: list[EvidenceFile], checklist: Checklist) -> list[str]:
    """Size limit (413), allowed types, item codes and optional checksums (422); returns the sha256 of each."""
    digests = []
    for f in files:
        if len(f.content) > EVIDENCE_MAX_BYTES:
            raise PayloadTooLarge(
                f"{f.field} ({f.filename}) is {len(f.content)} bytes; the limit is {EVIDENCE_MAX_BYTES}.",
                detail_fa=f"حجم فایل مدرک بیش از حد مجاز ({EVIDENCE_MAX_BYTES} بایت) است.",
                errors=[{"field": f.field, "message": "too large", "message_fa": f"بیش از حد مجاز ({EVIDENCE_MAX_BYTES} بایت) است"}],
                limit_bytes=EVIDENCE_MAX_BYTES,
            )
        if not f.content:
            raise ValidationProblem(
                f"{f.field} is empty.",
                detail_fa=f"فایل {f.field} خالی است.",
                errors=[{"field": f.field, "message": "empty file", "message_fa": "فایل خالی است"}],
            )
        if f.content_type not in EVIDENCE_TYPES:
            raise ValidationProblem(
                f"{f.field}: type {f.content_type} not accepted ({', '.join(EVIDENCE_TYPES)}).",
                detail_fa=f"{f.field}: نوع فایل {f.content_type} پذیرفته نیست؛ انواع مجاز: {', '.join(EVIDENCE_TYPES)}.",
                errors=[{"field": f.field, "message": "type not accepted", "message_fa": "نوع فایل پذیرفته نیست"}],
            )
        if f.item is not None and checklist.item(f.item) is None:
            raise ValidationProblem(
                f"{f.field}: {f.item} is not an item of checklist {checklist.version}.",
                detail_fa=f"{f.field}: {f.item} از بندهای چک‌لیست {checklist.version} نیست.",
                errors=[{"field": f.field, "message": "unknown item", "message_fa": "بند ناشناخته چک‌لیست"}],
            )
        digest = hashlib.sha256(f.content).hexdigest()
        if f.claimed_sha256 and f.claimed_sha256 != digest:
            raise ValidationProblem(
                f"{f.field}: sha256 does not match the content.",
                detail_fa=f"{f.field}: چکیده sha256 با محتوای فایل سازگار نیست.",
                errors=[{"field": f.field, "message": "checksum mismatch", "message_fa": "چکیده sha256 با محتوا سازگار نیست"}],
            )
        digests.append(digest)
    return digests


def create_inspection(
    session: Session,
    registry: RegulationRegistry,
    checklists: tuple[Checklist, ...],
    actor: Actor,
    centre: Centre,
    data: InspectionIn,
    files: list[EvidenceFile],
) -> Inspection:
    if data.inspected_on > today_tehran():
        raise ValidationProblem(
            "inspected_on is in the future.",
            detail_fa="تاریخ بازرسی (inspected_on) در آینده است.",
            errors=[{"field": "inspected_on", "message": "in the future", "message_fa": "در آینده است"}],
        )
    if data.inspected_on < centre.registered_on:
        raise ValidationProblem(
            "inspected_on is before the centre was registered.",
            detail_fa="تاریخ بازرسی (inspected_on) پیش از ثبت مرکز است.",
            errors=[{"field": "inspected_on", "message": "before registration", "message_fa": "پیش از تاریخ ثبت مرکز است"}],
        )
    try:
        checklist = rules.checklist_for(checklists, data.inspected_on, data.checklist_version)
        _canonical_codes(checklist, data, files)
        found = rules.findings(checklist, [a.model_dump() for a in data.answers])
    except rules.ChecklistProblem as exc:
        raise ValidationProblem(
            f"The answers do not fit the checklist: {exc}", detail_fa="پاسخ‌ها با چک‌لیست سازگار نیستند؛ جزئیات در فهرست errors آمده است.", errors=exc.errors
        ) from None
    digests = check_evidence(files, checklist)

    now = dt.datetime.now(dt.UTC)
    inspection_id = new_id()
    base_basis = [INSPECTION]
    outcome = "non_compliant" if found else "compliant"
    decision = record_decision(
        session,
        kind="inspection_ruling",
        subject_type="inspection",
        subject_id=inspection_id,
        inputs={
            "centre_id": centre.id,
            "inspected_on": data.inspected_on,
            "checklist_version": checklist.version,
            "answers": [a.model_dump() for a in data.answers],
            "evidence_sha256": digests,
        },
        outcome={"outcome": outcome, "findings": [f.__dict__ for f in found]},
        basis=basis_json(registry, *base_basis),
        ruleset_version=f"{ruleset_version(registry)}/{checklist.version}",
        actor=actor,
    )
    inspection = Inspection(
        id=inspection_id,
        centre_id=centre.id,
        university=centre.university,
        inspected_on=data.inspected_on,
        inspector_sub=actor.sub,
        checklist_version=checklist.version,
        outcome=outcome,
        summary=data.summary,
        decision_id=decision.decision_id,
        created_at=now,
    )
    session.add(inspection)
    session.flush()
    for a in data.answers:
        session.add(InspectionAnswer(inspection_id=inspection.id, item_code=a.item, result=a.result, note=a.note))
    for f, digest in zip(files, digests, strict=True):
        session.add(
            Evidence(
                id=new_id(),
                inspection_id=inspection.id,
                item_code=f.item,
                filename=f.filename,
                content_type=f.content_type,
                size_bytes=len(f.content),
                sha256=digest,
                content=f.content,
                created_at=now,
            )
        )
    for f in found:
        vid = new_id()
        vdec = record_decision(
            session,
            kind="violation_finding",
            subject_type="violation",
            subject_id=vid,
            inputs={"inspection_id": inspection.id, "centre_id": centre.id, "item": f.item_code, "note": f.description},
            outcome={"type": f.violation_type, "severity": f.severity},
            basis=basis_json(registry, *base_basis, *([f.cite] if f.cite else [])),
            ruleset_version=f"{ruleset_version(registry)}/{checklist.version}",
            actor=actor,
        )
        session.add(
            Violation(
                id=vid,
                centre_id=centre.id,
                inspection_id=inspection.id,
                university=centre.university,
                item_code=f.item_code,
                type=f.violation_type,
                severity=f.severity,
                description=f.description,
                detected_on=data.inspected_on,
                state="open",
                decision_id=vdec.decision_id,
                version=1,
                created_at=now,
            )
        )
    session.flush()
    return inspection


def get_inspection(session: Session, scope: str | None, inspection_id: str) -> Inspection:
    ins = session.get(Inspection, inspection_id)
    if ins is None or (scope is not None and ins.university != scope):
        raise NotFound(f"No inspection {inspection_id}.", detail_fa=f"بازرسی {inspection_id} یافت نشد.")
    return ins


def inspection_view(session: Session, ins: Inspection) -> dict[str, Any]:
    from inspections.enforcement.service import violation_view

    answers = session.scalars(select(InspectionAnswer).where(InspectionAnswer.inspection_id == ins.id).order_by(InspectionAnswer.id))
    evidence = session.scalars(select(Evidence).where(Evidence.inspection_id == ins.id).order_by(Evidence.created_at, Evidence.id))
    violations = session.scalars(select(Violation).where(Violation.inspection_id == ins.id).order_by(Violation.created_at, Violation.id))
    return {
        "id": ins.id,
        "center_id": ins.centre_id,
        "university": ins.university,
        **dates(inspected_on=ins.inspected_on),
        "inspector": ins.inspector_sub,
        "checklist_version": ins.checklist_version,
        "outcome": ins.outcome,
        "summary": ins.summary,
        "decision_id": ins.decision_id,
        "answers": [{"item": a.item_code, "result": a.result, "note": a.note} for a in answers],
        "evidence": [
            {
                "id": e.id,
                "item": e.item_code,
                "filename": e.filename,
                "content_type": e.content_type,
                "size_bytes": e.size_bytes,
                "sha256": e.sha256,
                "href": f"/v1/inspections/{ins.id}/evidence/{e.id}",
            }
            for e in evidence
        ],
        "violations": [violation_view(v) for v in violations],
    }


def get_evidence(session: Session, inspection: Inspection, evidence_id: str) -> Evidence:
    e = session.get(Evidence, evidence_id)
    if e is None or e.inspection_id != inspection.id:
        raise NotFound(f"No evidence {evidence_id}.", detail_fa=f"مدرک {evidence_id} یافت نشد.")
    return e
