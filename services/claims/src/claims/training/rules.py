"""CLM-B2: training of the agencies' representatives by the review offices (pure: no I/O).

Circular 1000/99/9958 clause B-2: "on receipt of this circular the medical-document review offices
hold training courses, in coordination with the indirect-treatment directorate and the
official-agencies secretariat, for the agency's representative(s)"; clause H-2 repeats it for the
review offices outside the pilot. Note 3 of section P makes the fee depend on completion "according
to the announced checklists AND the training given by the review offices", but says neither how
training is measured nor what an agency without it loses: training is RECORDED here, not made a fee
condition (CLM-P3 stays the checklist rule).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from claims.citations import cite
from shared.provenance import Citation

COORDINATORS = {
    "indirect_treatment_directorate": "اداره کل درمان غیرمستقیم (indirect-treatment directorate)",
    "secretariat": "دبیرخانه امور کارگزاری‌های رسمی (official-agencies secretariat)",
}


def training_errors(held_on: date, today: date, hours: Decimal) -> list[dict[str, str]]:
    """Field errors of a training record: it must already have been given, for a positive number of hours."""
    errors = []
    if held_on > today:
        errors.append(
            {
                "field": "held_on",
                "message": "a training is recorded once given: the date is after today",
                "message_fa": "آموزش پس از برگزاری ثبت می‌شود: تاریخ پس از امروز است",
            }
        )
    if hours <= 0:
        errors.append({"field": "hours", "message": "must be greater than 0", "message_fa": "باید بزرگ‌تر از ۰ باشد"})
    return errors


def training_basis() -> list[Citation]:
    """The basis of every training record (CLM-B2, CLM-H2) and the note on fees (CLM-P3)."""
    return [
        cite("B2"),
        cite("H2.training"),
        cite("P3", kind="note"),
        cite("P3.training"),
    ]


def total_hours(hours: list[Decimal]) -> Decimal:
    return sum(hours, Decimal(0))
