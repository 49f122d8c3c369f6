"""The list letter 400/10262/د clause 1 asks for: every active, inactive and applicant centre of a university."""

from __future__ import annotations

import csv
import io
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from inspections.centres import service as centres
from inspections.centres.models import Centre
from inspections.citations import CENTRE_LIST, LIST_INACTIVE
from inspections.common import basis_json
from shared.jalali import to_jalali, today_tehran
from shared.provenance import RegulationRegistry

# INS-LIST: the letter's three groups; suspended and closed centres are inactive (INS-LIST-INACTIVE)
GROUP = {"active": "active", "inactive": "inactive", "suspended": "inactive", "closed": "inactive", "applicant": "applicant"}
LISTED = ("active", "inactive", "applicant")
COLUMNS = [
    "id",
    "name",
    "university",
    "province",
    "group",
    "status",
    "kinds",
    "licence_number",
    "licence_valid_to",
    "licence_valid_to_jalali",
    "licence_valid_today",
    "space_certified",
    "registered_on_jalali",
]


def centre_list(session: Session, registry: RegulationRegistry, university: str) -> dict[str, Any]:
    today = today_tehran()
    rows = session.scalars(select(Centre).where(Centre.university == university).order_by(Centre.name, Centre.id))
    items = [
        {
            "id": c.id,
            "name": c.name,
            "university": c.university,
            "province": c.province,
            "group": GROUP.get(c.status, "inactive"),
            "status": c.status,
            "kinds": c.kinds,
            "licence_number": c.licence_number,
            "licence_valid_to": c.licence_valid_to.isoformat() if c.licence_valid_to else None,
            "licence_valid_to_jalali": to_jalali(c.licence_valid_to),
            "licence_valid_today": centres.licence_valid(c, today),
            "space_certified": c.space_certified,
            "registered_on_jalali": to_jalali(c.registered_on),
        }
        for c in rows
    ]
    items.sort(key=lambda i: (LISTED.index(i["group"]), i["name"], i["id"]))
    return {
        "university": university,
        "as_of": today.isoformat(),
        "as_of_jalali": to_jalali(today),
        "counts": {s: sum(1 for i in items if i["group"] == s) for s in LISTED},
        "counts_by_status": {s: sum(1 for i in items if i["status"] == s) for s in sorted(GROUP)},
        "items": items,
        "basis": basis_json(registry, CENTRE_LIST, LIST_INACTIVE),
    }


def to_csv(rows: list[dict[str, Any]], columns: list[str]) -> bytes:
    """UTF-8 with BOM so that spreadsheet programs show Persian text."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
    w.writeheader()
    for r in rows:
        w.writerow({k: ("|".join(v) if isinstance(v, list) else v) for k, v in r.items()})
    return ("\ufeff" + buf.getvalue()).encode("utf-8")
