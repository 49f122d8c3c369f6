"""Cases with bill lines, attachments, the seven controls, reviews and the one fee per case."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column

from shared.db import Base

BigInt = BigInteger().with_variant(Integer, "sqlite")
# the states a case can be overdue in (cases.rules.OPEN_STATES): the partial index of `overdue=true`
OPEN_STATES_SQL = text("state IN ('registered', 'controlled', 'assessed', 'returned')")
HELD_SQL = text("held")


class Case(Base):
    """A miscellaneous-damage claim registered by an agency (CLM-A1) and carried through A3-A7."""

    __tablename__ = "cases"
    # issue 18 (claims_0009): each list's filter and order; the month's figures covered for the monthly report
    __table_args__ = (
        Index("ix_cases_agency_due", "agency_code", "due_at", "id"),
        Index("ix_cases_agency_state_due", "agency_code", "state", "due_at", "id"),
        Index("ix_cases_open_agency_due", "agency_code", "due_at", "id", postgresql_where=OPEN_STATES_SQL, sqlite_where=OPEN_STATES_SQL),
        Index("ix_cases_national_registered", "national_code", "registered_at", "id"),
        # claims_0010: `held=true`, an agency's cases with a line held for X1/X2, by deadline
        Index("ix_cases_held_agency_due", "agency_code", "due_at", "id", postgresql_where=HELD_SQL, sqlite_where=HELD_SQL),
        Index(
            "ix_cases_month_report",
            "agency_code",
            "reg_jyear",
            "reg_jmonth",
            "case_type",
            "state",
            postgresql_include=["delivery_counts_at", "due_at", "returns_count", "total_paid_rials", "reimbursable_rials"],
        ),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    agency_code: Mapped[str] = mapped_column(ForeignKey("agencies.code"), nullable=False)
    state: Mapped[str] = mapped_column(String(20), nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    national_code: Mapped[str] = mapped_column(String(10), nullable=False)
    insurance_number: Mapped[str] = mapped_column(String(40), nullable=False)
    is_pensioner: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    # Issue 18: some line is held (pending / needs review, SPEC X1/X2); kept by claims.cases.held on every flush
    held: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False, server_default=text("false"))
    representative: Mapped[Any | None] = mapped_column(JSON)
    case_type: Mapped[str] = mapped_column(String(12), nullable=False)
    centre_code: Mapped[str] = mapped_column(String(60), nullable=False)
    centre_name: Mapped[str] = mapped_column(String(200), nullable=False)
    admission_date: Mapped[date] = mapped_column(Date, nullable=False)
    discharge_date: Mapped[date | None] = mapped_column(Date)
    bill_number: Mapped[str] = mapped_column(String(60), nullable=False)
    bill_total_rials: Mapped[int] = mapped_column(BigInt, nullable=False)
    prosthesis_rials: Mapped[int] = mapped_column(BigInt, nullable=False, default=0)
    total_paid_rials: Mapped[int] = mapped_column(BigInt, nullable=False)
    supplementary_insurer: Mapped[str | None] = mapped_column(String(120))
    supplementary_paid_rials: Mapped[int] = mapped_column(BigInt, nullable=False, default=0)
    supplementary_paid_to: Mapped[str] = mapped_column(String(10), nullable=False, default="centre")
    patient_paid_rials: Mapped[int] = mapped_column(BigInt, nullable=False)
    documents_received_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    registered_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    reg_jyear: Mapped[int] = mapped_column(Integer, nullable=False)
    reg_jmonth: Mapped[int] = mapped_column(Integer, nullable=False)
    bill_key: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    cycle: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    cycle_started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    # CLM-A5: what the running deadline counts from: receipt (new cases), return (A7), registration (cases stored before claims_0005)
    deadline_from: Mapped[str] = mapped_column(String(12), nullable=False, default="receipt", server_default="registration")
    withdrawn_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))  # CLM-A7 withdrawal before approval
    withdrawal_reason: Mapped[str | None] = mapped_column(Text)
    due_date: Mapped[date] = mapped_column(Date, nullable=False)
    due_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    submitted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    delivery_counts_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    approved_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    returns_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    assessment: Mapped[Any | None] = mapped_column(JSON)
    reimbursable_rials: Mapped[int | None] = mapped_column(BigInt)
    rule_data_version: Mapped[str | None] = mapped_column(String(80))
    registered_by: Mapped[str | None] = mapped_column(String(120))
    inspections_center_id: Mapped[str | None] = mapped_column(String(36))  # SPEC X2: the centre's id in the inspections registry


class CaseLine(Base):
    """A bill line; a drug line may name an off-label use, held pending verification (SPEC X1, X2)."""

    __tablename__ = "case_lines"
    __table_args__ = (UniqueConstraint("case_id", "line_no", name="uq_case_lines_case_id"),)

    id: Mapped[int] = mapped_column(BigInt, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), nullable=False, index=True)
    line_no: Mapped[int] = mapped_column(Integer, nullable=False)
    kind: Mapped[str] = mapped_column(String(10), nullable=False, default="service")
    service_code: Mapped[str] = mapped_column(String(40), nullable=False)
    description: Mapped[str] = mapped_column(String(300), nullable=False)
    quantity: Mapped[int] = mapped_column(Integer, nullable=False)
    unit_price_rials: Mapped[int] = mapped_column(BigInt, nullable=False)
    amount_rials: Mapped[int] = mapped_column(BigInt, nullable=False)
    off_label_use: Mapped[str | None] = mapped_column(String(300))
    verification_status: Mapped[str] = mapped_column(String(30), nullable=False, default="not_required", index=True)
    # SPEC X1 (offlabel): drug, eye, authorization; X2 (inspections): regenerative kind, IRC code; both: treatment date
    off_label_drug: Mapped[str | None] = mapped_column(String(80))
    eye: Mapped[str | None] = mapped_column(String(5))
    treatment_date: Mapped[date | None] = mapped_column(Date)
    offlabel_authorization_id: Mapped[str | None] = mapped_column(String(36))
    regenerative_kind: Mapped[str | None] = mapped_column(String(20))
    irc_code: Mapped[str | None] = mapped_column(String(80))
    verification: Mapped[Any | None] = mapped_column(JSON)  # the last verification: reason, checks, basis, decision id
    verification_attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")
    verification_checked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class CaseAttachment(Base):
    """Metadata of an attached document: type, size (limited) and sha256."""

    __tablename__ = "case_attachments"

    id: Mapped[int] = mapped_column(BigInt, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), nullable=False, index=True)
    doc_type: Mapped[str] = mapped_column(String(40), nullable=False)
    file_name: Mapped[str] = mapped_column(String(200), nullable=False)
    media_type: Mapped[str] = mapped_column(String(60), nullable=False)
    size_bytes: Mapped[int] = mapped_column(BigInt, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)


class CaseControl(Base):
    """CLM-A3: one of the seven controls: result, note, who, when."""

    __tablename__ = "case_controls"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True)
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    result: Mapped[str] = mapped_column(String(10), nullable=False)
    note: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[str | None] = mapped_column(String(120))
    recorded_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class CaseReview(Base):
    """CLM-A6: the review office's approval or return (coded reasons and free text), per submission cycle."""

    __tablename__ = "case_reviews"

    id: Mapped[int] = mapped_column(BigInt, primary_key=True, autoincrement=True)
    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), nullable=False, index=True)
    cycle: Mapped[int] = mapped_column(Integer, nullable=False)
    outcome: Mapped[str] = mapped_column(String(10), nullable=False)
    reason_codes: Mapped[Any] = mapped_column(JSON, nullable=False)
    text: Mapped[str | None] = mapped_column(Text)
    reviewer: Mapped[str | None] = mapped_column(String(120))
    decided_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    decision_id: Mapped[str] = mapped_column(String(36), nullable=False)


class FeeAccrual(Base):
    """CLM-P: the one fee a case earns (P4: unique per case), in the month of registration (P5)."""

    __tablename__ = "fee_accruals"
    __table_args__ = (
        Index(
            "ix_fee_accruals_month_lines",
            "agency_code",
            "reg_jyear",
            "reg_jmonth",
            "registered_at",
            "case_id",
            postgresql_include=["case_type", "amount_rials", "decision_id"],
        ),
    )

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id", ondelete="CASCADE"), primary_key=True)
    agency_code: Mapped[str] = mapped_column(ForeignKey("agencies.code"), nullable=False)
    case_type: Mapped[str] = mapped_column(String(12), nullable=False)
    reg_jyear: Mapped[int] = mapped_column(Integer, nullable=False)
    reg_jmonth: Mapped[int] = mapped_column(Integer, nullable=False)
    registered_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    status: Mapped[str] = mapped_column(String(20), nullable=False)  # earned | fee_unknown
    amount_rials: Mapped[int | None] = mapped_column(BigInt)
    payer: Mapped[str] = mapped_column(String(20), nullable=False, default="review_office")
    schedule_method: Mapped[str | None] = mapped_column(String(40))
    accrued_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    decision_id: Mapped[str] = mapped_column(String(36), nullable=False)
