"""Export rules (CUS-6.4): small-quantity allowance of circular 8646/د, 3-month supply, 1-month for high-value (pure)."""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from customs.declarations.rules import Engine, Reason, requirement_view


def evaluate_export(
    engine: Engine, items: list[Any], prescription_attached: bool, on: dt.date, identified: dict[int, list[str]] | None = None
) -> dict[str, Any]:
    """Per item: no_permit_needed | pending | refused, the supply limit, the largest quantity allowed, basis."""
    ref = engine.reference
    warnings = engine.validity_warnings(on)
    if not ref.lists.get("shortage"):
        warnings.append(
            Reason(
                "CUS-6.4.3-NOTE",
                "warning",
                "The shortage list is empty: the 1-month limit for drugs in shortage cannot be checked; the expert must check it.",
                "فهرست داروهای کمبود خالی است؛ کارشناس باید بررسی کند.",
            )
        )
    ids = identified or {}
    classified = [engine.classify(it.name, it.generic_name, ids.get(k)) for k, it in enumerate(items)]

    # CUS-6.4.2: the whole consignment is within the per-form counts, and nothing is controlled.
    allowance_ok, why_not = _allowance(ref, items, classified)

    out_items = []
    rules_used: list[str] = ["CUS-6.4.1"]
    if allowance_ok:
        rules_used += ["CUS-6.4.2", "CUS-6.4.2-CIRCULAR", "CUS-6.4.2-ANNEX"]
        if any((ref.small_quantity.get(it.dosage_form) or {}).get("group") == "drops" for it in items):
            rules_used.append("CUS-6.4.2-DROPS")
        for i, (it, found) in enumerate(zip(items, classified)):
            out_items.append(
                _item(
                    i,
                    it,
                    "no_permit_needed",
                    [],
                    [
                        Reason(
                            "CUS-6.4.2",
                            "note",
                            "Small quantity of a non-narcotic drug: leaves without a permit (circular 8646/د).",
                            "مقدار کم داروی غیر مخدر: ارسال بلامانع است (بخشنامه ۸۶۴۶/د).",
                        )
                    ],
                    found,
                    None,
                    None,
                    0,
                )
            )
        outcome = "no_permit_needed"
    else:
        rules_used.append("CUS-6.4.3")
        if any(found["controlled"] for found in classified):
            rules_used += ["CUS-6.4.2-CONTROLLED", "CUS-LIST-CONTROLLED"]
        for i, (it, found) in enumerate(zip(items, classified)):
            reasons = [Reason("CUS-6.4.2", "note", "Small-quantity allowance does not apply: " + "; ".join(why_not), "معافیت مقدار کم اعمال نمی شود.")]
            reqs = ["gio_expert_review"]
            if found["unidentified"]:
                reasons.append(
                    Reason(
                        "CUS-ID",
                        "require",
                        f"The name {it.name!r} was not recognised: a GIO expert identifies the substance(s) first; no permit until then.",
                        "نام دارو شناخته نشد: کارشناس ماده مؤثره را مشخص می کند؛ تا آن زمان مجوزی صادر نمی شود.",
                    )
                )
                reqs.append("substance_identification")
            if not prescription_attached:
                reqs.append("prescription")
                reasons.append(
                    Reason("CUS-6.4.1", "require", "The physician's prescription must accompany form FRM-DPNA-GIO-057.", "نسخه پزشک به انضمام فرم لازم است.")
                )
            one_month = bool(found["high_value"] or found["shortage"])
            days = 30 if one_month else 90
            if one_month:
                kinds = ", ".join(sorted({r.get("kind", "shortage") for r in found["high_value"]} | ({"shortage"} if found["shortage"] else set())))
                reasons.append(
                    Reason(
                        "CUS-6.4.3-NOTE",
                        "require",
                        f"{kinds} drug: at most a 1-month supply, set by the head of GIO and approved by the DPNA Director General.",
                        "داروی با ارزش بالا/کمبود/گران: حداکثر یک ماه با تایید رئیس اداره و مدیر کل.",
                    )
                )
                reqs += ["head_of_gio_approval", "dg_release"]
                for rid in ("CUS-6.4.3-NOTE", "CUS-6.4.2-HIGH-VALUE", "CUS-LIST-HIGH-VALUE", "CUS-5-HEAD", "CUS-5-DG"):
                    if rid not in rules_used:
                        rules_used.append(rid)
            supply = max_q = None
            excess = 0
            status = "pending"
            if it.daily_dose is None:
                reqs.append("dosage_information")
            else:
                dose = float(it.daily_dose)
                supply = round(it.quantity * it.units_per_pack / dose, 1)
                allowed = math.floor(days * dose / it.units_per_pack + 1e-9)
                max_q = min(it.quantity, allowed)
                if supply > days:
                    excess = it.quantity - allowed
                    if allowed <= 0:
                        status = "refused"
                        reasons.append(Reason("CUS-6.4.3", "refuse", f"One pack already exceeds a {days}-day supply.", "یک بسته بیش از حد مجاز است."))
                    else:
                        reasons.append(
                            Reason(
                                "CUS-6.4.3",
                                "refuse_excess",
                                f"{it.quantity} packs last {supply:g} days, more than {days}: at most {allowed} packs may leave.",
                                f"حداکثر {allowed} بسته مجاز است.",
                            )
                        )
            out_items.append(_item(i, it, status, [] if status == "refused" else reqs, reasons, found, supply, max_q, excess))
        outcome = "pending" if any(x["outcome"] == "pending" for x in out_items) else "refused"
    cites = engine.citations
    basis = [cites[r] for r in rules_used] + [cites[w.rule_id] | {"kind": "warning"} for w in warnings]
    for x in out_items:
        x["basis"] = [cites[r] for r in x.pop("_rules")] + [cites[w.rule_id] | {"kind": "warning"} for w in warnings]
    return {
        "outcome": outcome,
        "decision_date": on.isoformat(),
        "small_quantity_allowance": {
            "applies": allowance_ok,
            "why_not": why_not,
            "table": [
                {"group": r["group"], "forms": r["forms"], "max_count": r["max_count"], "counted_in": r["counted_in"]}
                for r in {v["group"]: v for v in ref.small_quantity.values()}.values()
            ],
        },
        "items": out_items,
        "warnings": [w.to_dict() for w in warnings],
        "workflow": {
            "head_of_gio_approval": any("head_of_gio_approval" in [r["code"] for r in x["requirements"]] for x in out_items),
            "dg_release": any("dg_release" in [r["code"] for r in x["requirements"]] for x in out_items),
        },
        "basis": basis,
        "ruleset_version": engine.ruleset_version,
        "reference_version": ref.version,
    }


def _allowance(ref: Any, items: list[Any], classified: list[dict[str, list]]) -> tuple[bool, list[str]]:
    """CUS-6.4.2: whether the small-quantity allowance of circular 8646/د covers the whole consignment, and why not."""
    totals: dict[str, int] = {}
    allowance_ok = True
    why_not: list[str] = []
    for it, found in zip(items, classified):
        row = ref.small_quantity.get(it.dosage_form)
        if found["unidentified"]:
            allowance_ok = False
            why_not.append(f"{it.name}: the name was not recognised; a GIO expert identifies it first (CUS-ID)")
            continue
        if found["high_value"] or found["shortage"]:
            # CUS-6.4.2-HIGH-VALUE: their exit needs the head of GIO's amount and the DG's permit whatever the count (5, 6.4.3 note)
            allowance_ok = False
            why_not.append(f"{it.name}: high-value, expensive or shortage drug; the small-quantity allowance does not cover it")
            continue
        if found["controlled"]:
            allowance_ok = False
            why_not.append(f"{it.name}: controlled ({', '.join(r['name_en'] for r in found['controlled'])}); the allowance never covers narcotics")
            continue
        if row is None:
            allowance_ok = False
            why_not.append(f"{it.name}: dosage form {it.dosage_form} is not in the circular's table")
            continue
        count = it.quantity if row["counted_in"] == "packs" else it.quantity * it.units_per_pack
        totals[row["group"]] = totals.get(row["group"], 0) + count
    for group, total in totals.items():
        limit = next(r for r in ref.small_quantity.values() if r["group"] == group)["max_count"]
        if total > limit:
            allowance_ok = False
            why_not.append(f"{group}: {total} exceeds {limit}")
    return allowance_ok, why_not


def _item(
    i: int, it: Any, outcome: str, reqs: list[str], reasons: list[Reason], found: dict[str, list], supply: float | None, max_q: int | None, excess: int
) -> dict[str, Any]:
    rules = []
    for r in reasons:
        if r.rule_id not in rules:
            rules.append(r.rule_id)
    return {
        "index": i,
        "name": it.name,
        "dosage_form": it.dosage_form,
        "quantity": it.quantity,
        "outcome": outcome,
        "requirements": [requirement_view(c) for c in dict.fromkeys(reqs)],
        "reasons": [r.to_dict() for r in reasons],
        "matches": {k: [r.get("generic_en") or r.get("name_en") for r in v] for k, v in found.items() if v},
        "supply_days": supply,
        "max_clearable_quantity": max_q,
        "excess_quantity": excess,
        "_rules": rules,
    }
