"""Case rules of circular 1000/99/9958 part A: case types, the seven controls, bill arithmetic,
duplicate key, the 15-working-day delivery deadline and the workflow states. Pure: no I/O."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum

from claims.citations import cite
from shared.jalali import TEHRAN, to_jalali
from shared.provenance import Citation
from shared.text import normalize, search_key
from shared.workdays import WorkingCalendar

# --------------------------------------------------------------------------- CLM-A2 case types


class CaseType(StrEnum):
    """CLM-A2: every case is outpatient (سرپایی), inpatient (بستری) or global (گلوبال)."""

    outpatient = "outpatient"
    inpatient = "inpatient"
    global_ = "global"


CASE_TYPE_FA = {CaseType.outpatient: "سرپایی", CaseType.inpatient: "بستری", CaseType.global_: "گلوبال"}
_CASE_TYPE_ALIASES = {
    "outpatient": CaseType.outpatient,
    "سرپایی": CaseType.outpatient,
    "inpatient": CaseType.inpatient,
    "بستری": CaseType.inpatient,
    "global": CaseType.global_,
    "گلوبال": CaseType.global_,
}


class UnknownCaseType(ValueError):
    """CLM-A2 knows exactly three case types."""


def parse_case_type(value: str) -> CaseType:
    """CLM-A2: the case type from its English or Persian name (letter variants tolerated)."""
    key = normalize(str(value)).replace("\u200c", "").strip().lower()
    for alias, ct in _CASE_TYPE_ALIASES.items():
        if normalize(alias).replace("\u200c", "") == key:
            return ct
    raise UnknownCaseType(f"unknown case type {value!r}: CLM-A2 allows outpatient (سرپایی), inpatient (بستری) or global (گلوبال)")


def case_type_basis() -> list[Citation]:
    return [cite("A2")]


# --------------------------------------------------------------------------- CLM-A3 the seven controls


@dataclass(frozen=True)
class ControlDef:
    code: str
    clause: str
    en: str
    fa: str


CONTROLS: tuple[ControlDef, ...] = (
    ControlDef("patient_identity", "A3-1", "patient details in the system match the bill", "مطابقت مشخصات بیمار در سامانه با صورتحساب"),
    ControlDef("admission_date", "A3-2", "admission date", "تاریخ بستری"),
    ControlDef("medical_centre", "A3-3", "medical centre", "مرکز درمانی"),
    ControlDef("supplementary_insurance", "A3-4", "supplementary insurance and the amount it paid", "بیمه‌های تکمیلی و مبلغ پرداختی توسط بیمه تکمیلی"),
    ControlDef("share_factors", "A3-5", "the factors that set the Organization's share", "عوامل تعیین سهم سازمان"),
    ControlDef("total_paid", "A3-6", "total amount paid (bill plus prosthesis) checked and recorded", "کنترل و ثبت مبلغ کل پرداختی (جمع صورتحساب و پروتز)"),
    ControlDef("patient_paid", "A3-7", "amount the patient paid checked and recorded", "کنترل و ثبت مبلغ پرداختی بیمار"),
)
CONTROL_CODES = tuple(c.code for c in CONTROLS)
CONTROL_BY_CODE = {c.code: c for c in CONTROLS}
PASSED, FAILED = "passed", "failed"


@dataclass(frozen=True)
class ChecklistVerdict:
    complete: bool  # all seven recorded
    passed: bool  # all seven recorded and passed
    missing: tuple[str, ...]
    failed: tuple[str, ...]
    basis: tuple[Citation, ...]


def checklist_verdict(recorded: dict[str, str]) -> ChecklistVerdict:
    """CLM-A3: the checklist is complete when all seven controls are recorded; it passes when all seven passed."""
    missing = tuple(c for c in CONTROL_CODES if c not in recorded)
    failed = tuple(c for c in CONTROL_CODES if recorded.get(c) == FAILED)
    basis = [cite("A3")]
    if missing:
        basis.append(
            cite(
                "A3.missing",
                "Controls not yet recorded: " + ", ".join(CONTROL_BY_CODE[m].clause for m in missing),
                text_fa="کنترل‌های ثبت‌نشده: " + "، ".join(CONTROL_BY_CODE[m].fa for m in missing),
            )
        )
    if failed:
        basis.append(
            cite(
                "A3.failed",
                "Controls failed: " + ", ".join(CONTROL_BY_CODE[f].clause for f in failed),
                text_fa="کنترل‌های ناموفق: " + "، ".join(CONTROL_BY_CODE[f].fa for f in failed),
            )
        )
    return ChecklistVerdict(not missing, not missing and not failed, missing, failed, tuple(basis))


# --------------------------------------------------------------------------- CLM-A1 bill arithmetic


@dataclass(frozen=True)
class BillLine:
    service_code: str
    quantity: int
    unit_price_rials: int
    amount_rials: int


def bill_errors(
    lines: list[BillLine],
    bill_total_rials: int,
    prosthesis_rials: int,
    total_paid_rials: int,
    supplementary_paid_rials: int,
    supplementary_paid_to: str,
    patient_paid_rials: int,
    admission: date,
    discharge: date | None,
) -> list[dict[str, str]]:
    """CLM-A1/A3-6/A3-7: the bill must add up; returns field errors (empty when consistent)."""
    errors: list[dict[str, str]] = []
    if not lines:
        errors.append({"field": "lines", "message": "a bill needs at least one line", "message_fa": "صورت‌حساب دست‌کم یک ردیف لازم دارد"})
    for i, ln in enumerate(lines):
        if ln.quantity * ln.unit_price_rials != ln.amount_rials:
            errors.append(
                {
                    "field": f"lines.{i}.amount_rials",
                    "message": f"quantity x unit price = {ln.quantity * ln.unit_price_rials:,}, not {ln.amount_rials:,}",
                    "message_fa": f"تعداد × بهای واحد = {ln.quantity * ln.unit_price_rials:,} است، نه {ln.amount_rials:,}",
                }
            )
    line_sum = sum(ln.amount_rials for ln in lines)
    if line_sum != bill_total_rials:
        errors.append(
            {
                "field": "bill_total_rials",
                "message": f"the bill lines add up to {line_sum:,} rials, not {bill_total_rials:,}",
                "message_fa": f"جمع ردیف‌های صورت‌حساب {line_sum:,} ریال است، نه {bill_total_rials:,}",
            }
        )
    if bill_total_rials + prosthesis_rials != total_paid_rials:
        errors.append(
            {
                "field": "total_paid_rials",
                "message": f"A3-6: total paid must be bill plus prosthesis = {bill_total_rials + prosthesis_rials:,} rials",
                "message_fa": f"بند الف۳-۶: کل پرداختی باید صورت‌حساب به‌علاوه پروتز باشد = {bill_total_rials + prosthesis_rials:,} ریال",
            }
        )
    if supplementary_paid_to == "centre":
        if patient_paid_rials + supplementary_paid_rials > total_paid_rials:
            errors.append(
                {
                    "field": "patient_paid_rials",
                    "message": "the patient and the supplementary insurer together paid more than the total of the bill",
                    "message_fa": "بیمار و بیمه تکمیلی روی هم بیش از کل صورت‌حساب پرداخته‌اند",
                }
            )
    else:  # the supplementary insurer reimbursed the patient afterwards
        if patient_paid_rials > total_paid_rials:
            errors.append(
                {
                    "field": "patient_paid_rials",
                    "message": "the patient paid more than the total of the bill",
                    "message_fa": "بیمار بیش از کل صورت‌حساب پرداخته است",
                }
            )
        if supplementary_paid_rials > patient_paid_rials:
            errors.append(
                {
                    "field": "supplementary_paid_rials",
                    "message": "the supplementary insurer reimbursed more than the patient paid",
                    "message_fa": "بیمه تکمیلی بیش از پرداختی بیمار بازپرداخت کرده است",
                }
            )
    if discharge is not None and discharge < admission:
        errors.append({"field": "discharge_date", "message": "discharge is before admission", "message_fa": "تاریخ ترخیص پیش از تاریخ پذیرش است"})
    return errors


def net_out_of_pocket(patient_paid_rials: int, supplementary_paid_rials: int, supplementary_paid_to: str) -> int:
    """What the patient actually bore after the supplementary insurer: the ceiling of any reimbursement (CLM-A4)."""
    if supplementary_paid_to == "patient":
        return max(0, patient_paid_rials - supplementary_paid_rials)
    return patient_paid_rials


def duplicate_key(national_code: str, centre_code: str, admission: date, bill_number: str, total_paid_rials: int) -> str:
    """The identity of a bill across every agency: insured, centre, admission date, bill number, amount."""
    parts = [normalize(national_code), search_key(centre_code), admission.isoformat(), search_key(bill_number), str(int(total_paid_rials))]
    return hashlib.sha256("|".join(parts).encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------- CLM-A5 deadline

DEADLINE_WORKING_DAYS = 15  # CLM-A5: "at most 15 working days"
DELIVERY_OPENS = time(10, 0)  # CLM-A5: "from 10 a.m. to the end of office hours"
DUE_SOON_WORKING_DAYS = 3  # configuration: how early "due soon" warns (not in the circular)


class DeadlineState(StrEnum):
    on_time = "on_time"
    closed = "closed"  # withdrawn: excluded from deadlines
    due_soon = "due_soon"
    overdue = "overdue"
    delivered_on_time = "delivered_on_time"
    delivered_late = "delivered_late"


def due_date(cal: WorkingCalendar, received: datetime | date) -> date:
    """CLM-A5/A7: the 15th working day after the day the documents were received (or the case came back after a return).

    «پس از دریافت اسناد»: the count starts the day after receipt, in the review office's calendar; the receipt day
    itself is never counted, whether it is a working day or not, and its hour does not matter.
    """
    day = received.astimezone(TEHRAN).date() if isinstance(received, datetime) else received
    return cal.add_working_days(day, DEADLINE_WORKING_DAYS)


def receipt_errors(received: datetime, now: datetime, last_treatment_day: date, skew_seconds: int = 300) -> list[dict[str, str]]:
    """CLM-A5: the receipt of the documents is required, not in the future and not before the treatment it documents."""
    errors = []
    if (received - now).total_seconds() > skew_seconds:
        errors.append({"field": "documents_received_at", "message": "in the future", "message_fa": "در آینده است"})
    if received.astimezone(TEHRAN).date() < last_treatment_day:
        errors.append(
            {
                "field": "documents_received_at",
                "message": f"before the treatment it documents ({last_treatment_day.isoformat()}, {to_jalali(last_treatment_day)})",
                "message_fa": f"پیش از درمانی است که مستند می‌کند ({to_jalali(last_treatment_day)}، {last_treatment_day.isoformat()})",
            }
        )
    return errors


def due_at(cal: WorkingCalendar, due: date) -> datetime:
    """The last instant of delivery: the end of office hours on the due date."""
    return cal.closes_at(due)


def delivery_counts_at(cal: WorkingCalendar, instant: datetime) -> datetime:
    """CLM-A5: delivery happens only between 10:00 and the end of office hours on a working day.

    A submission outside that window is kept but counts from the next 10:00 of a working day.
    """
    t = instant.astimezone(TEHRAN)
    if cal.within_hours(t, opens=DELIVERY_OPENS):
        return t
    day = t.date()
    if cal.is_working_day(day) and t.time() < DELIVERY_OPENS:
        return datetime.combine(day, DELIVERY_OPENS, TEHRAN)
    return datetime.combine(cal.next_working_day(day), DELIVERY_OPENS, TEHRAN)


@dataclass(frozen=True)
class DeadlineView:
    due_date: date
    due_at: datetime
    state: DeadlineState
    working_days_left: int
    basis: tuple[Citation, ...]
    counts_from: str = "receipt"

    def as_dict(self) -> dict:
        return {
            "counts_from": self.counts_from,  # receipt | return | registration (cases stored before receipt counted)
            "due_date": self.due_date.isoformat(),
            "due_date_jalali": to_jalali(self.due_date),
            "due_at": self.due_at.isoformat(),
            "due_at_jalali": to_jalali(self.due_at),
            "state": self.state.value,
            "working_days_left": self.working_days_left,
            "delivery_window": f"{DELIVERY_OPENS.strftime('%H:%M')}-end of office hours on working days",
            "basis": [c.model_dump(mode="json") for c in self.basis],
        }


def deadline_view(
    cal: WorkingCalendar, due: date, now: datetime, delivered_counts_at: datetime | None = None, counts_from: str = "receipt", closed: bool = False
) -> DeadlineView:
    """CLM-A5: on time / due soon / overdue (or delivered on time / late), with working days left; closed when withdrawn."""
    end = due_at(cal, due)
    basis = [cite("A5"), cite("A5.calendar")]
    today = now.astimezone(TEHRAN).date()
    if closed:
        return DeadlineView(due, end, DeadlineState.closed, 0, tuple(basis), counts_from)
    if delivered_counts_at is not None:
        state = DeadlineState.delivered_on_time if delivered_counts_at <= end else DeadlineState.delivered_late
        left = cal.working_days_between(delivered_counts_at.astimezone(TEHRAN).date(), due)
        return DeadlineView(due, end, state, left, tuple(basis), counts_from)
    left = cal.working_days_between(today, due)
    if now > end:
        state = DeadlineState.overdue
    elif left <= DUE_SOON_WORKING_DAYS:
        state = DeadlineState.due_soon
    else:
        state = DeadlineState.on_time
    return DeadlineView(due, end, state, left, tuple(basis), counts_from)


# --------------------------------------------------------------------------- workflow (CLM-A3..A7)


class CaseState(StrEnum):
    registered = "registered"
    controlled = "controlled"  # all seven controls recorded and passed
    assessed = "assessed"
    submitted = "submitted"
    returned = "returned"
    approved = "approved"
    withdrawn = "withdrawn"  # CLM-A7 (platform rule): closed before approval, no fee, no deadline


OPEN_STATES = (CaseState.registered, CaseState.controlled, CaseState.assessed, CaseState.returned)
TRANSITIONS: dict[str, frozenset[str]] = {
    "controls": frozenset({CaseState.registered, CaseState.controlled, CaseState.assessed, CaseState.returned}),
    "assessment": frozenset({CaseState.controlled, CaseState.assessed, CaseState.returned}),
    "correction": frozenset({CaseState.registered, CaseState.controlled, CaseState.assessed, CaseState.returned}),
    "submission": frozenset({CaseState.assessed}),
    "review": frozenset({CaseState.submitted}),
}


# CLM-A3/A7: which control checks which field; a correction of a field clears the controls that check it
CONTROL_FIELDS: dict[str, tuple[str, ...]] = {
    "patient_identity": ("national_code", "insurance_number", "is_pensioner", "representative"),
    "admission_date": ("admission_date", "discharge_date", "documents_received_at"),
    "medical_centre": ("centre_code", "centre_name", "inspections_center_id"),
    "supplementary_insurance": ("supplementary_insurer", "supplementary_paid_rials", "supplementary_paid_to"),
    "share_factors": ("case_type", "is_pensioner", "lines"),
    "total_paid": ("bill_number", "bill_total_rials", "prosthesis_rials", "total_paid_rials", "lines"),
    "patient_paid": ("patient_paid_rials", "prosthesis_rials", "supplementary_paid_rials", "supplementary_paid_to"),
}
CORRECTABLE_FIELDS: tuple[str, ...] = tuple(sorted({f for fields in CONTROL_FIELDS.values() for f in fields}))


def controls_for_fields(changed: list[str]) -> tuple[str, ...]:
    """CLM-A7: the controls to record again after these fields changed (in checklist order)."""
    return tuple(code for code in CONTROL_CODES if set(CONTROL_FIELDS[code]) & set(changed))


def released_bill_key(case_id: str) -> str:
    """A withdrawn case releases its bill (the unique duplicate key) so that the bill can be registered again."""
    return hashlib.sha256(f"withdrawn|{case_id}".encode()).hexdigest()


def may(action: str, state: str) -> bool:
    return state in TRANSITIONS[action]


RETURN_REASONS: dict[str, str] = {
    # CLM-A6: the review office returns "cases with defects, or whose review or data entry was not done correctly"
    "missing_documents": "documents missing or incomplete (نقص مدارک)",
    "review_error": "the review (moghavemi) was not done correctly (عملیات رسیدگی نادرست)",
    "data_entry_error": "data were not recorded correctly in the system (ثبت اطلاعات نادرست)",
    "obligation_mismatch": "does not match the Organization's obligations (عدم مطابقت با تعهدات سازمان)",
    "other": "other (see the text)",
}


def review_basis(outcome: str) -> list[Citation]:
    if outcome == "approved":
        return [cite("A6.approved")]
    return [cite("A6.returned"), cite("A7")]
