"""Every citation one guideline version can put in a decision, keyed by criterion (OFL-G, SHR-PROV).

Built once per guideline object and never mutated; the evaluation engine and the catalogue
(offlabel.provenance) read the same table, so a decision can only carry what the catalogue lists.
"""

from __future__ import annotations

from typing import Any

from offlabel import basis
from offlabel.guidelines.schemas import Guideline
from shared.provenance import Citation

_TABLES: dict[int, tuple[Guideline, dict[str, list[Citation]]]] = {}


def _n(d: Any) -> str:
    return format(d.normalize(), "f") if hasattr(d, "normalize") else str(d)


def _codes(ind: Any) -> str:
    text = ", ".join(ind.icd10)
    return text + (f" except {', '.join(ind.icd10_exclude)}" if ind.icd10_exclude else "")


def _indication_rows(g: Guideline, ind: Any) -> dict[str, list[Citation]]:
    crit = basis.criterion
    c, d, lim = ind.course, ind.dose, ind.limits
    vol = f" / {_n(d.volume_ml)} mL" if d.volume_ml else ""
    rows = {
        f"indication:{ind.id}": crit(
            g,
            f"indication:{ind.id}",
            "OFL-R-ICD",
            f"{ind.name}: ICD-10-CM {_codes(ind)}, each with its descendants",
            f"{ind.name_fa or ind.name}: کدهای ICD-10-CM {_codes(ind)} و زیرشاخه‌های آن‌ها",
            ind.sources,
        ),
        f"dose:{ind.id}": crit(
            g,
            f"dose:{ind.id}",
            "OFL-R-DOSE",
            f"{ind.name}: at most {_n(d.max)} {d.unit}{vol} per administration",
            f"{ind.name_fa or ind.name}: حداکثر {_n(d.max)} {d.unit} در هر نوبت",
            ind.sources,
        ),
        f"course:{ind.id}": crit(
            g,
            f"course:{ind.id}",
            "OFL-R-COURSE",
            f"{ind.name}: one approval covers {c.administrations} administration(s), at least {c.min_interval_days} days apart, within {c.window_days} days",
            f"{ind.name_fa or ind.name}: هر تأیید {c.administrations} نوبت، با فاصله حداقل {c.min_interval_days} روز، در {c.window_days} روز",
            c.sources,
        ),
    }
    if lim.max_administrations_per_365_days:
        rows[f"limits:{ind.id}"] = crit(
            g,
            f"limits:{ind.id}",
            "OFL-R-HISTORY",
            f"{ind.name}: at most {lim.max_administrations_per_365_days} administrations on the same site in 365 days",
            f"{ind.name_fa or ind.name}: حداکثر {lim.max_administrations_per_365_days} نوبت در یک محل در ۳۶۵ روز",
            lim.sources,
        )
    return rows


def _general_rows(g: Guideline) -> dict[str, list[Citation]]:
    crit = basis.criterion
    specs = ", ".join(s.code for s in g.prescriber.specialties)
    settings = ", ".join(s.code for s in g.care_setting.allowed)
    preps = ", ".join(p.code for p in g.preparation.allowed)
    return {
        "approval": [basis.approval(g)],
        "criteria": [basis.criteria_data(g)],
        "prescriber_specialty": crit(
            g, "prescriber_specialty", "OFL-R-PRESCRIBER", f"Prescriber specialty: {specs}", f"تخصص تجویزکننده: {specs}", g.prescriber.sources
        ),
        "care_setting": crit(g, "care_setting", "OFL-R-SETTING", f"Care setting: {settings}", f"محل انجام: {settings}", g.care_setting.sources),
        "preparation": crit(g, "preparation", "OFL-R-PREPARATION", f"Preparation: {preps}", f"آماده‌سازی: {preps}", g.preparation.sources),
        "informed_consent": crit(
            g,
            "informed_consent",
            "OFL-R-CONSENT",
            "Informed consent recorded on or before the administration",
            "رضایت آگاهانه پیش از تجویز ثبت شده باشد",
            g.informed_consent.sources,
        ),
    }


def _document_rows(g: Guideline) -> dict[str, list[Citation]]:
    rows = {}
    for req in g.documents:
        cid = f"document:{req.id}"
        rows[cid] = basis.criterion(
            g,
            cid,
            "OFL-R-DOCUMENTS",
            f"{req.name} ({', '.join(req.kinds)}) dated within {req.within_days} days before the administration",
            f"{req.name_fa or req.name}: حداکثر {req.within_days} روز پیش از تجویز",
            req.sources + req.window_sources,
        )
    return rows


def _contra_rows(g: Guideline) -> dict[str, list[Citation]]:
    ci = g.contraindications
    rows = {}
    for kind, items, fa in (("absolute", ci.absolute, "منع مصرف مطلق"), ("relative", ci.relative, "منع مصرف نسبی")):
        for x in items:
            codes = ", ".join(x.icd10) + (f" except {', '.join(x.icd10_exclude)}" if x.icd10_exclude else "")
            extra = f" (ICD-10-CM {codes} and descendants)" if x.icd10 else ""
            need = f"; needs a {ci.relative_requires_document} document" if kind == "relative" else ""
            rows[f"{kind}:{x.code}"] = basis.criterion(
                g,
                f"{kind}_contraindications:{x.code}",
                "OFL-R-CONTRA",
                f"{kind.capitalize()} contraindication: {x.name}{extra}{need}",
                f"{fa}: {x.name_fa or x.name}",
                x.sources,
            )
    return rows


def table(g: Guideline) -> dict[str, list[Citation]]:
    """criterion key -> its citations, for one guideline version (cached per object)."""
    hit = _TABLES.get(id(g))
    if hit is not None and hit[0] is g:
        return hit[1]
    rows = _general_rows(g)
    for ind in g.indications:
        rows.update(_indication_rows(g, ind))
    rows.update(_document_rows(g))
    rows.update(_contra_rows(g))
    if len(_TABLES) > 256:
        _TABLES.clear()
    _TABLES[id(g)] = (g, rows)
    return rows
