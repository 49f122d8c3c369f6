"""Declarations with their stored evaluation and workflow state; expert assignments; letter numbers."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from shared.db import Base


class Declaration(Base):
    """A declaration (passenger, postal, research sample) and its evaluation; `version` bumps on every change."""

    __tablename__ = "declarations"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    channel: Mapped[str] = mapped_column(String(20), nullable=False)
    purpose: Mapped[str] = mapped_column(String(30), nullable=False)
    customs_office: Mapped[str] = mapped_column(String(40), nullable=False, index=True)
    owner_kind: Mapped[str] = mapped_column(String(10), nullable=False)
    owner_national_code: Mapped[str | None] = mapped_column(String(10), index=True)
    owner_passport_no: Mapped[str | None] = mapped_column(String(20), index=True)
    warehouse_receipt_no: Mapped[str | None] = mapped_column(String(60))
    decision_date: Mapped[date] = mapped_column(Date, nullable=False)
    state: Mapped[str] = mapped_column(String(40), nullable=False, index=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    payload: Mapped[Any] = mapped_column(JSON, nullable=False)
    evaluation: Mapped[Any] = mapped_column(JSON, nullable=False)
    items_state: Mapped[Any] = mapped_column(JSON, nullable=False)
    steps: Mapped[Any] = mapped_column(JSON, nullable=False)
    ruleset_version: Mapped[str] = mapped_column(String(80), nullable=False)
    reference_version: Mapped[str] = mapped_column(String(40), nullable=False)
    reference_versions: Mapped[Any] = mapped_column(JSON, nullable=False)
    seal_id: Mapped[str | None] = mapped_column(String(60))
    stamped_by: Mapped[str | None] = mapped_column(String(120))
    stamped_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    clearance_letter_no: Mapped[str | None] = mapped_column(String(40), unique=True)
    clearance_letter_date: Mapped[date | None] = mapped_column(Date)
    created_by: Mapped[str | None] = mapped_column(String(120))
    created_by_role: Mapped[str | None] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    # SPEC X3: not_required | verified | pending (an item waits for inspections' answer); migration 0003
    verification_status: Mapped[str] = mapped_column(String(20), nullable=False, default="not_required", server_default="not_required", index=True)
    verification_attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")
    verification_last_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    verification_reason: Mapped[str | None] = mapped_column(String(500))


class ExpertAssignment(Base):
    """The head of GIO's choice of expert for a customs office (CUS-5)."""

    __tablename__ = "expert_assignments"
    __table_args__ = (UniqueConstraint("office_code", "expert_sub", name="uq_expert_assignments_office_code_expert_sub"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    office_code: Mapped[str] = mapped_column(String(40), nullable=False, index=True)
    expert_sub: Mapped[str] = mapped_column(String(120), nullable=False, index=True)
    expert_name: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    assigned_by: Mapped[str | None] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class LetterCounter(Base):
    """Per Jalali year and series, the last letter number issued (locked while incremented)."""

    __tablename__ = "letter_counters"

    series: Mapped[str] = mapped_column(String(20), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
