"""Export-permit applications (form FRM-DPNA-GIO-057) with their evaluation and workflow state."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Date, DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from shared.db import Base


class ExportPermit(Base):
    __tablename__ = "export_permits"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    customs_office: Mapped[str] = mapped_column(String(40), nullable=False, index=True)
    applicant_national_code: Mapped[str | None] = mapped_column(String(10), index=True)
    applicant_passport_no: Mapped[str | None] = mapped_column(String(20), index=True)
    destination_country: Mapped[str] = mapped_column(String(80), nullable=False)
    decision_date: Mapped[date] = mapped_column(Date, nullable=False)
    state: Mapped[str] = mapped_column(String(40), nullable=False, index=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    payload: Mapped[Any] = mapped_column(JSON, nullable=False)
    evaluation: Mapped[Any] = mapped_column(JSON, nullable=False)
    steps: Mapped[Any] = mapped_column(JSON, nullable=False)
    ruleset_version: Mapped[str] = mapped_column(String(80), nullable=False)
    reference_version: Mapped[str] = mapped_column(String(40), nullable=False)
    permit_letter_no: Mapped[str | None] = mapped_column(String(40), unique=True)
    created_by: Mapped[str | None] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
