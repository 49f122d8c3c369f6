"""Pure inspection logic (no I/O): which checklist applies on a date, answer validation, findings -> violations."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from inspections.inspections.checklists import Checklist
from inspections.permissibility.rules import Cite

RESULTS = ("compliant", "non_compliant", "not_applicable")
SEVERITIES = ("minor", "major", "critical")


class ChecklistProblem(ValueError):
    def __init__(self, errors: list[dict[str, str]]):
        super().__init__("; ".join(f"{e['field']}: {e['message']}" for e in errors))
        self.errors = errors


@dataclass(frozen=True)
class Finding:
    item_code: str
    violation_type: str
    severity: str
    description: str | None
    source: str
    cite: Cite | None = None


def checklist_for(checklists: tuple[Checklist, ...], on: dt.date, version: str | None = None) -> Checklist:
    """The requested version, or the latest version in effect on the inspection date."""
    if version is not None:
        for c in checklists:
            if c.version == version:
                return c
        raise ChecklistProblem(
            [{"field": "checklist_version", "message": f"unknown checklist version {version!r}", "message_fa": f"نسخه چک‌لیست {version!r} شناخته نیست"}]
        )
    usable = [c for c in checklists if c.effective_from <= on]
    if not usable:
        raise ChecklistProblem(
            [
                {
                    "field": "inspected_on",
                    "message": f"no checklist in effect on {on.isoformat()} (the first starts {checklists[0].effective_from.isoformat()})",
                    "message_fa": f"در تاریخ {on.isoformat()} چک‌لیستی نافذ نیست (نخستین چک‌لیست از {checklists[0].effective_from.isoformat()} نافذ است)",
                }
            ]
        )
    return usable[-1]


def findings(checklist: Checklist, answers: list[dict]) -> list[Finding]:
    """Every item answered exactly once; each non_compliant answer becomes a violation of the item's type.

    answers: [{"item": code, "result": ..., "note": ..., "severity": optional override}]
    """
    errors: list[dict[str, str]] = []
    seen: set[str] = set()
    out: list[Finding] = []
    for n, a in enumerate(answers):
        item = checklist.item(a["item"])
        if item is None:
            errors.append(
                {
                    "field": f"answers.{n}.item",
                    "message": f"not an item of checklist {checklist.version}",
                    "message_fa": f"از بندهای چک‌لیست {checklist.version} نیست",
                }
            )
            continue
        if item.code in seen:
            errors.append({"field": f"answers.{n}.item", "message": f"{item.code} answered twice", "message_fa": f"به {item.code} دو بار پاسخ داده شده است"})
            continue
        seen.add(item.code)
        if a["result"] == "non_compliant":
            out.append(Finding(item.code, item.violation_type, a.get("severity") or item.severity, a.get("note"), item.source, item.cite))
        elif a.get("severity"):
            errors.append(
                {
                    "field": f"answers.{n}.severity",
                    "message": "a severity is given only for a non_compliant answer",
                    "message_fa": "شدت (severity) فقط برای پاسخ non_compliant (ناسازگار) داده می‌شود",
                }
            )
    missing = [i.code for i in checklist.items if i.code not in seen]  # seen holds item codes (an alias answers its item)
    if missing:
        errors.append({"field": "answers", "message": f"items not answered: {', '.join(missing)}", "message_fa": f"بندهای بی‌پاسخ: {'، '.join(missing)}"})
    if errors:
        raise ChecklistProblem(errors)
    return out
