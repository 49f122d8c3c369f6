"""Printable documents, the pure part: canonical content, verification codes, and how a code is judged.

A document's **canonical content** is what the paper states and what a verifier must be able to confirm:
kind, number, date, office, owner, the items with their quantities, the state (and the seal / ruleset
that produced it). Its **verification code** is HMAC-SHA256(key, canonical JSON), the first 80 bits in
base32, written in four groups (`ABCD-EFGH-IJKL-MNOP`). Without the key nobody can make a code for
content the service did not print; with it, the service recomputes the code from the record as it is now.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
from datetime import date
from typing import Any

from customs.documents.labels import DECLARATION_STATE_FA, DOSAGE_FORM_FA, PERMIT_STATE_FA, STATE_EN, UNIT_FA

CODE_BYTES = 10  # 80 bits: guessing a valid code is hopeless, and it still fits on a line (16 characters)
CODE_RE = re.compile(r"^[A-Z2-7]{16}$")
_TO_LATIN = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")

CLEARANCE_LETTER, EXPORT_PERMIT = "clearance_letter", "export_permit"
# valid: the record still says what was printed; altered: it no longer does (or is gone) and nothing newer was printed;
# superseded: it no longer does and a newer copy was printed from the changed record; unknown: no document has that code.
STATUSES = ("valid", "altered", "superseded", "unknown")


def canonical_json(content: dict[str, Any]) -> bytes:
    return json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def document_code(key: bytes, content: dict[str, Any]) -> str:
    """The verification code of a document's canonical content (16 base32 characters, no grouping)."""
    mac = hmac.new(key, canonical_json(content), hashlib.sha256).digest()[:CODE_BYTES]
    return base64.b32encode(mac).decode()


def group_code(code: str) -> str:
    return "-".join(code[i : i + 4] for i in range(0, len(code), 4))


def parse_code(raw: str) -> str | None:
    """A code as typed or scanned (any case, with or without dashes or spaces, Persian digits) -> canonical, or None."""
    code = re.sub(r"[\s\-‐-―_]", "", raw.translate(_TO_LATIN)).upper()
    return code if CODE_RE.match(code) else None


def _quantity(q: Any) -> int | float:
    q = float(q or 0)
    return int(q) if q.is_integer() else q


def clearance_letter_content(decl: Any) -> dict[str, Any]:
    """What a clearance letter states (CUS-5-LETTER): the cleared items and quantities of a cleared declaration."""
    ev = decl.evaluation
    owner = decl.payload.get("owner") or {}
    items = []
    for st in decl.items_state:
        if st["status"] not in ("accepted", "cleared"):
            continue
        it = ev["items"][st["index"]]
        items.append(
            {
                "index": st["index"],
                "name": it["name"],
                "dosage_form": it["dosage_form"],
                "quantity": _quantity(st.get("cleared_quantity")),
                "unit": "g" if it.get("quantity_unit") == "g" else "pack",
            }
        )
    return {
        "kind": CLEARANCE_LETTER,
        "subject_id": decl.id,
        "number": decl.clearance_letter_no,
        "date": decl.clearance_letter_date.isoformat() if decl.clearance_letter_date else None,
        "office": decl.customs_office,
        "state": decl.state,
        "channel": decl.channel,
        "purpose": decl.purpose,
        "warehouse_receipt_no": decl.warehouse_receipt_no,
        "owner": {
            "kind": owner.get("kind"),
            "name": owner.get("name"),
            "national_code": owner.get("national_code"),
            "passport_no": owner.get("passport_no"),
            "company": (owner.get("company") or {}).get("name"),
        },
        "items": items,
        "seal_id": decl.seal_id,
        "ruleset_version": decl.ruleset_version,
    }


def permit_issue_date(p: Any) -> date:
    """The day the permit was issued: the step that moved it to `issued` (else its last update)."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    tehran = ZoneInfo("Asia/Tehran")
    for s in reversed(p.steps or []):
        if s.get("state_to") == "issued" and s.get("at"):
            return datetime.fromisoformat(s["at"]).astimezone(tehran).date()
    return p.updated_at.astimezone(tehran).date()


def export_permit_content(p: Any) -> dict[str, Any]:
    """What an exit permit states (CUS-5-EXIT): applicant, destination, the items and the quantities permitted."""
    ev, app = p.evaluation, p.payload
    permitted = ev.get("permitted") or {}
    items = [
        {"index": x["index"], "name": x["name"], "dosage_form": x["dosage_form"], "quantity": _quantity(permitted[str(x["index"])]["quantity"]), "unit": "pack"}
        for x in ev["items"]
        if (permitted.get(str(x["index"])) or {}).get("quantity")
    ]
    return {
        "kind": EXPORT_PERMIT,
        "subject_id": p.id,
        "number": p.permit_letter_no,
        "date": permit_issue_date(p).isoformat(),
        "office": p.customs_office,
        "state": p.state,
        "destination_country": p.destination_country,
        "owner": {
            "kind": "natural",
            "name": app.get("applicant_name"),
            "national_code": p.applicant_national_code,
            "passport_no": p.applicant_passport_no,
            "company": None,
        },
        "items": items,
        "ruleset_version": p.ruleset_version,
    }


def mask_identity(owner: dict[str, Any]) -> str | None:
    """The owner's national code or passport with all but the first and last two characters hidden (public answers)."""
    value = owner.get("national_code") or owner.get("passport_no")
    if not value:
        return None
    return value[:2] + "*" * max(0, len(value) - 4) + value[-2:]


def differences(issued: dict[str, Any], current: dict[str, Any] | None) -> list[str]:
    """Top-level fields (and `items`) in which the record now differs from what was printed."""
    if current is None:
        return ["record"]
    return sorted(k for k in set(issued) | set(current) if issued.get(k) != current.get(k))


def public_view(content: dict[str, Any], fa: bool) -> dict[str, Any]:
    """What the public verification shows of a document: number, date, office, items, state; the owner masked."""
    from shared.jalali import to_jalali

    states = DECLARATION_STATE_FA if content["kind"] == CLEARANCE_LETTER else PERMIT_STATE_FA
    d = date.fromisoformat(content["date"]) if content.get("date") else None
    return {
        "kind": content["kind"],
        "number": content.get("number"),
        "date": content.get("date"),
        "date_jalali": to_jalali(d) if d else None,
        "office": content.get("office"),
        "state": content["state"],
        "state_label": states.get(content["state"], content["state"]) if fa else STATE_EN.get(content["state"], content["state"]),
        "owner_identity_masked": mask_identity(content.get("owner") or {}),
        "items": [
            {
                **it,
                "dosage_form_label": DOSAGE_FORM_FA.get(it["dosage_form"], it["dosage_form"]) if fa else it["dosage_form"],
                "unit_label": UNIT_FA[it["unit"]] if fa else ("g" if it["unit"] == "g" else "packs"),
            }
            for it in content.get("items", [])
        ],
    }
