"""The list letter 400/10262/د clause 1 asks for: every active, inactive and applicant centre of a university."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import case, select
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


def _item(c: Any, today: dt.date) -> dict[str, Any]:
    return {
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


def centre_list(session: Session, registry: RegulationRegistry, university: str) -> dict[str, Any]:
    today = today_tehran()
    rows = session.scalars(select(Centre).where(Centre.university == university).order_by(Centre.name, Centre.id))
    items = [_item(c, today) for c in rows]
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


# the letter's groups in the list's order (LISTED), as SQL: active, inactive (suspended, closed), applicant
GROUP_RANK = case({"active": 0, "applicant": 2}, value=Centre.status, else_=1)
CSV_BATCH = 500


def csv_rows(university: str) -> Callable[[Session], Iterator[list[Any]]]:
    """The centre list as CSV rows (the header first), read in batches in the streaming session's own transaction
    (shared.streaming): constant memory whatever the university's size. The order is the JSON answer's: group, then
    name and id by code point (COLLATE "C" on PostgreSQL; SQLite compares bytes already)."""

    def rows(session: Session) -> Iterator[list[Any]]:
        today = today_tehran()
        name = Centre.name.collate("C") if session.get_bind().dialect.name == "postgresql" else Centre.name
        stmt = select(*Centre.__table__.columns).where(Centre.university == university).order_by(GROUP_RANK, name, Centre.id)
        yield COLUMNS
        for c in session.execute(stmt.execution_options(yield_per=CSV_BATCH)):
            item = _item(c, today)
            yield [("|".join(v) if isinstance(v, list) else v) for v in (item[k] for k in COLUMNS)]

    return rows


def to_csv(rows: list[dict[str, Any]], columns: list[str]) -> bytes:
    """UTF-8 with BOM so that spreadsheet programs show Persian text."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
    w.writeheader()
    for r in rows:
        w.writerow({k: ("|".join(v) if isinstance(v, list) else v) for k, v in r.items()})
    return ("\ufeff" + buf.getvalue()).encode("utf-8")
