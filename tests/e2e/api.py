"""Small helpers for the end-to-end stories: every call goes through the gateway (an httpx client on the
platform's gateway URL) with tokens signed by the platform's throwaway keys."""

from __future__ import annotations

import hashlib
import random
import uuid

import httpx

from shared.text import national_code_check_digit


def national_code(rng: random.Random | None = None) -> str:
    """A valid, random national code (SHR-TEXT check digit), so stories never collide on the insured."""
    first9 = "".join(str((rng or random).randint(0, 9)) for _ in range(9))
    if len(set(first9)) == 1:  # all-equal codes are refused by the validator
        first9 = "1" + first9[1:] if first9[0] != "1" else "2" + first9[1:]
    return first9 + str(national_code_check_digit(first9))


def suffix() -> str:
    return uuid.uuid4().hex[:6].upper()


def sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def ok(r: httpx.Response, *statuses: int) -> dict:
    """The JSON body of an answer whose status is one of `statuses` (default: any 2xx); the body on failure."""
    good = r.status_code in statuses if statuses else 200 <= r.status_code < 300
    assert good, f"{r.request.method} {r.request.url} -> {r.status_code}: {r.text[:2000]}"
    return r.json() if r.headers.get("content-type", "").startswith(("application/json", "application/problem+json")) else {}


def etag(gw: httpx.Client, path: str, headers: dict) -> str:
    r = gw.get(path, headers=headers)
    ok(r, 200)
    return r.headers["etag"]


def numbers(basis: list[dict], kind: str | None = None) -> set[str]:
    """The letter numbers a basis cites (optionally only citations of one kind: rule, warning, note)."""
    return {c["number"] for c in basis if kind is None or c.get("kind") == kind}


CONTROLS = ["patient_identity", "admission_date", "medical_centre", "supplementary_insurance", "share_factors", "total_paid", "patient_paid"]


def all_controls_passed() -> dict:
    return {"controls": [{"code": code, "result": "passed"} for code in CONTROLS]}


# The items of inspection checklist 400-10262-v2.
CHECKLIST_ITEMS = (
    "operating_licence",
    "physical_space",
    "product_authorisation",
    "research_ethics",
    "irc_treatment",
    "advertising_online",
    "advertising_offline",
    "technical_manager",
    "patient_records",
)


def inspection_answers(**non_compliant: str) -> list[dict]:
    """Every item of checklist 400-10262-v2 answered; the named items non-compliant with the given note."""
    items = CHECKLIST_ITEMS
    out = []
    for item in items:
        if item in non_compliant:
            out.append({"item": item, "result": "non_compliant", "note": non_compliant[item]})
        elif item == "research_ethics":
            out.append({"item": item, "result": "not_applicable"})
        else:
            out.append({"item": item, "result": "compliant"})
    return out
