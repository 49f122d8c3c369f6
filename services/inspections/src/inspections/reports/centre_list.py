"""The list letter 400/10262/د clause 1 asks for: every active, inactive and applicant centre of a university."""

from __future__ import annotations

import csv
import io
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspections.centres import service as centres
from inspections.centres.models import Centre
from inspections.common import citations_json, cite
from shared.jalali import to_jalali, today_tehran
from shared.provenance import RegulationRegistry

LISTED = ("active", "inactive", "applicant")
COLUMNS = ["id", "name", "university", "province", "status", "kinds", "licence_number", "licence_valid_to", "licence_valid_to_jalali", "licence_valid_today", "space_certified", "registered_on_jalali"]


def centre_list(session: Session, registry: RegulationRegistry, university: str) -> dict[str, Any]:
    today = today_tehran()
    rows = session.scalars(select(Centre).where(Centre.university == university, Centre.status.in_(LISTED)).order_by(Centre.status, Centre.name, Centre.id))
    items = [
        {
            "id": c.id, "name": c.name, "university": c.university, "province": c.province, "status": c.status,
            "kinds": c.kinds, "licence_number": c.licence_number,
            "licence_valid_to": c.licence_valid_to.isoformat() if c.licence_valid_to else None,
            "licence_valid_to_jalali": to_jalali(c.licence_valid_to),
            "licence_valid_today": centres.licence_valid(c, today), "space_certified": c.space_certified,
            "registered_on_jalali": to_jalali(c.registered_on),
        }
        for c in rows
    ]
    return {
        "university": university,
        "as_of": today.isoformat(),
        "as_of_jalali": to_jalali(today),
        "counts": {s: sum(1 for i in items if i["status"] == s) for s in LISTED},
        "items": items,
        "basis": citations_json([cite(registry, "400/10262/د", "1", "List every active, inactive and applicant centre in this field and send the list to the Centre for Supervision and Accreditation of Treatment.")]),
    }


def to_csv(rows: list[dict[str, Any]], columns: list[str]) -> bytes:
    """UTF-8 with BOM so that spreadsheet programs show Persian text."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
    w.writeheader()
    for r in rows:
        w.writerow({k: ("|".join(v) if isinstance(v, list) else v) for k, v in r.items()})
    return ("\ufeff" + buf.getvalue()).encode("utf-8")
