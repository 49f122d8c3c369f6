"""Letter numbers (GIO/<Jalali year>/<serial>) and the printable Persian clearance letter (RTL HTML)."""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from shared.jalali import jalali_parts, to_jalali
from shared.text import PERSIAN_DIGITS

from customs.declarations.models import LetterCounter

_FA_DIGITS = str.maketrans("0123456789", PERSIAN_DIGITS)


def fa_digits(value: Any) -> str:
    """Persian digits; a whole quantity stored as a float (3.0) is written as a whole number (۳)."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).translate(_FA_DIGITS)


def next_letter_number(session: Session, series: str, on: dt.date) -> str:
    """The next serial of a series in the Jalali year of `on`, under a row lock (flushes only)."""
    year = jalali_parts(on)[0]
    row = session.execute(select(LetterCounter).where(LetterCounter.series == series, LetterCounter.year == year).with_for_update()).scalar_one_or_none()
    if row is None:
        row = LetterCounter(series=series, year=year, last=0)
        session.add(row)
        session.flush()
    row.last += 1
    session.flush()
    return f"{series}/{year}/{row.last:05d}"


PURPOSE_FA = {"personal_use": "مصرف شخصی", "research_sample": "نمونه تحقیقاتی", "marketing_sample": "نمونه بازاریابی"}
CHANNEL_FA = {"passenger": "همراه مسافر", "postal": "مرسوله پستی"}


AUTHORITY_FA = {
    "source": "متن نامه",
    "interpretation": "برداشت سامانه از ضوابط",
    "evidence": "منبع منتشرشده",
    "configuration": "فهرست تنظیمی",
}


def basis_line_fa(c: dict[str, Any], prefix: str = "") -> str:
    """One citation of a basis in a Persian document: Persian rule text only, the letter's own words for a source (SHR-PROV)."""
    text = c.get("text_fa") or c["text"]
    where = (f"<span dir='ltr'>{escape(c['number'])}</span> مورخ {fa_digits(c.get('date_jalali') or '-')}، بند {fa_digits(c.get('clause') or '-')} "
             if c.get("number") else "")
    what = AUTHORITY_FA.get(c.get("authority") or "", "")
    quote = f" — «{escape(c['quote'])}»" if c.get("authority") == "source" and c.get("quote") else ""
    provisional = "، تایید نشده (موقت)" if c.get("provisional") else ""
    rule = f"<span dir='ltr'>{escape(c['rule_id'])}</span> " if c.get("rule_id") else ""
    return f"<li>{prefix}{rule}{where}[{what}{provisional}]: {escape(text)}{quote}</li>"


def clearance_letter_html(decl: Any, office: dict[str, str] | None) -> str:
    """A printable right-to-left Persian clearance letter for an office without a GIO representative (CUS-5)."""
    ev = decl.evaluation
    rows = []
    for st in decl.items_state:
        if st["status"] not in ("accepted", "cleared"):
            continue
        it = ev["items"][st["index"]]
        rows.append(
            "<tr>"
            f"<td>{fa_digits(st['index'] + 1)}</td><td dir='auto'>{escape(it['name'])}</td><td>{escape(it['dosage_form'])}</td>"
            f"<td>{fa_digits(st['cleared_quantity'])} {'گرم' if it['quantity_unit'] == 'g' else 'بسته'}</td>"
            "</tr>"
        )
    basis = []
    seen = set()
    for it in ev["items"]:
        for c in it["basis"]:
            key = (c.get("number"), c.get("clause"), c["text"])
            if key in seen:
                continue
            seen.add(key)
            kind = {"warning": "هشدار: ", "note": "توجه: "}.get(c["kind"], "")
            basis.append(basis_line_fa(c, kind))
    resp = ev.get("owner_responsibility")
    office_name = escape((office or {}).get("name_fa") or decl.customs_office)
    owner = decl.payload["owner"]
    owner_id = owner.get("national_code") or owner.get("passport_no") or (owner.get("company") or {}).get("name") or ""
    return f"""<!doctype html>
<html lang="fa" dir="rtl">
<head><meta charset="utf-8"><title>نامه ترخیص {escape(decl.clearance_letter_no or '')}</title>
<style>
 body {{ font-family: Vazirmatn, Tahoma, "B Nazanin", sans-serif; direction: rtl; margin: 2cm; line-height: 1.9; }}
 table {{ border-collapse: collapse; width: 100%; }} td, th {{ border: 1px solid #444; padding: 4px 8px; text-align: right; }}
 .head {{ display: flex; justify-content: space-between; }} .muted {{ color: #555; font-size: 90%; }}
 @media print {{ body {{ margin: 1cm; }} }}
</style></head>
<body>
<div class="head"><div><strong>سازمان غذا و دارو</strong><br>اداره کل امور دارو و مواد تحت کنترل<br>اداره بازرسی فنی</div>
<div>شماره: <span dir="ltr">{escape(fa_digits(decl.clearance_letter_no or ''))}</span><br>تاریخ: {fa_digits(to_jalali(decl.clearance_letter_date) or '')}</div></div>
<p>ریاست محترم {office_name}</p>
<p>با سلام و احترام، بازگشت به قبض انبار شماره <span dir="ltr">{escape(fa_digits(decl.warehouse_receipt_no or '-'))}</span> به نام صاحب کالا
(<span dir="ltr">{escape(fa_digits(owner_id))}</span>)، {CHANNEL_FA.get(decl.channel, decl.channel)}، به منظور {PURPOSE_FA.get(decl.purpose, decl.purpose)}،
پس از بررسی محموله و مدارک، ترخیص اقلام زیر مطابق دستورالعمل SOP-DPNA-GIO-020 بلامانع است:</p>
<table><thead><tr><th>ردیف</th><th>نام فرآورده</th><th>شکل دارویی</th><th>مقدار قابل ترخیص</th></tr></thead><tbody>
{''.join(rows)}
</tbody></table>
<h4>مستندات</h4><ul>{''.join(basis)}</ul>
{f"<p>{escape(resp['fa'])}</p>" if resp else ''}
<p>کارشناس اداره بازرسی فنی — شماره مهر: <span dir="ltr">{escape(decl.seal_id or '')}</span></p>
<p class="muted">شناسه اظهارنامه: <span dir="ltr">{escape(decl.id)}</span> — نسخه قواعد: <span dir="ltr">{escape(decl.ruleset_version)}</span></p>
</body></html>"""
