"""Documents as HTML (Jinja2) and PDF (WeasyPrint), with the project's Vazirmatn font and a QR code of the verify URL."""

from __future__ import annotations

import base64
import functools
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape

from customs.documents.labels import (
    AUTHORITY_FA,
    CHANNEL_FA,
    CITATION_KIND_FA,
    DECLARATION_STATE_FA,
    DOSAGE_FORM_FA,
    KIND_FA,
    OWNER_KIND_FA,
    PERMIT_STATE_FA,
    PURPOSE_FA,
    UNIT_FA,
    clause_fa,
    rule_topic_fa,
)
from customs.documents.rules import CLEARANCE_LETTER, group_code
from shared.jalali import to_jalali
from shared.text import PERSIAN_DIGITS

HERE = Path(__file__).parent
FONTS = HERE / "fonts"
_FA = str.maketrans("0123456789", PERSIAN_DIGITS)


def fa_digits(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).translate(_FA)


@functools.cache
def _env() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["j2", "html"]), trim_blocks=True, lstrip_blocks=True)
    env.filters["fa"] = fa_digits
    return env


@functools.cache
def _font_data_uri(name: str) -> str:
    return "data:font/woff2;base64," + base64.b64encode((FONTS / name).read_bytes()).decode()


def qr_data_uri(url: str) -> str:
    """The verify URL as a QR code (SVG, error correction M) in a data URI."""
    import segno

    return segno.make(url, error="m", micro=False).svg_data_uri(scale=4, border=2)


def basis_lines(citations: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A basis in Persian: topic and authority labels, the Persian rule text, the letter's own words for a source (SHR-PROV)."""
    out, seen = [], set()
    for c in citations:
        key = (c.get("rule_id"), c.get("number"), c.get("clause"), c.get("text_fa") or c.get("text"))
        if key in seen:
            continue
        seen.add(key)
        out.append(
            {
                "rule_id": c.get("rule_id") or "",
                "topic": rule_topic_fa(c.get("rule_id")),
                "kind_fa": CITATION_KIND_FA.get(c.get("kind") or ""),
                "number": c.get("number"),
                "date": c.get("date_jalali"),
                "clause": clause_fa(c.get("clause")),
                "authority": AUTHORITY_FA.get(c.get("authority") or "", "ضابطه"),
                "provisional": bool(c.get("provisional")),
                "text": c.get("text_fa") or "",
                "quote": c.get("quote") if c.get("authority") == "source" else None,
            }
        )
    return out


def context(
    content: dict[str, Any], citations: list[dict[str, Any]], office_name: str | None, responsibility: str | None, code: str, verify_url: str
) -> dict[str, Any]:
    """Everything the template prints: the canonical content in Persian words, the basis, the verification block."""
    from datetime import date

    letter = content["kind"] == CLEARANCE_LETTER
    owner = content.get("owner") or {}
    if owner.get("national_code"):
        id_label, ident = "کد ملی", owner["national_code"]
    elif owner.get("passport_no"):
        id_label, ident = "شماره گذرنامه", owner["passport_no"]
    else:
        id_label, ident = "شناسه", "-"
    name = owner.get("name") or owner.get("company") or "-"
    states = DECLARATION_STATE_FA if letter else PERMIT_STATE_FA
    return {
        "kind": content["kind"],
        "title": KIND_FA[content["kind"]],
        "number": content.get("number") or "",
        "date_jalali": to_jalali(date.fromisoformat(content["date"])) if content.get("date") else "",
        "state_label": states.get(content["state"], content["state"]),
        "office_name": office_name or content["office"],
        "receipt_no": content.get("warehouse_receipt_no") or "-",
        "owner_name": name,
        "owner_kind": OWNER_KIND_FA.get(owner.get("kind") or "", ""),
        "owner_id_label": id_label,
        "owner_id": ident,
        "channel": CHANNEL_FA.get(content.get("channel") or "", ""),
        "purpose": PURPOSE_FA.get(content.get("purpose") or "", ""),
        "destination": content.get("destination_country") or "",
        "quantity_header": "مقدار قابل ترخیص" if letter else "مقدار مجاز",
        "items": [
            {
                "name": it["name"],
                "form_fa": DOSAGE_FORM_FA.get(it["dosage_form"], it["dosage_form"]),
                "quantity": it["quantity"],
                "unit_fa": UNIT_FA[it["unit"]],
            }
            for it in content["items"]
        ],
        "basis": basis_lines(citations),
        "responsibility": responsibility,
        "seal_id": content.get("seal_id"),
        "code": group_code(code),
        "verify_url": verify_url,
        "qr": qr_data_uri(verify_url),
        "subject_id": content["subject_id"],
        "ruleset_version": content.get("ruleset_version") or "",
    }


def html(ctx: dict[str, Any]) -> str:
    """For a browser: the fonts inline (WOFF2 data URIs), so the page needs nothing but itself."""
    return (
        _env()
        .get_template("document.html.j2")
        .render(**ctx, font_regular=_font_data_uri("Vazirmatn-Regular.woff2"), font_bold=_font_data_uri("Vazirmatn-Bold.woff2"))
    )


def pdf(ctx: dict[str, Any]) -> bytes:
    """For print: WeasyPrint (Pango + HarfBuzz shape the Persian), the TTF fonts loaded from the package and embedded (subset)."""
    from weasyprint import HTML

    source = (
        _env()
        .get_template("document.html.j2")
        .render(**ctx, font_regular=(FONTS / "Vazirmatn-Regular.ttf").as_uri(), font_bold=(FONTS / "Vazirmatn-Bold.ttf").as_uri())
    )
    return HTML(string=source, base_url=str(HERE)).write_pdf()
