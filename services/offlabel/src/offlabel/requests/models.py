"""Off-label requests (OFL-R) with their latest evaluation and coverage (OFL-I)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Date, DateTime, Index, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from shared.db import Base


class OffLabelRequest(Base):
    """A physician's request; `version` is bumped on every change (ETag / If-Match)."""

    __tablename__ = "offlabel_requests"
    __table_args__ = (Index("ix_offlabel_requests_history", "patient_national_code", "drug_inn", "site"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    status: Mapped[str] = mapped_column(String(24), nullable=False, index=True)
    physician_sub: Mapped[str] = mapped_column(String(120), nullable=False)
    council_no: Mapped[str] = mapped_column(String(40), nullable=False, index=True)
    specialty: Mapped[str] = mapped_column(String(80), nullable=False)
    patient_national_code: Mapped[str] = mapped_column(String(10), nullable=False, index=True)
    insurer: Mapped[str | None] = mapped_column(String(20), index=True)
    eye: Mapped[str | None] = mapped_column(String(5))  # the site when the guideline's body site is the eye (kept for look-ups)
    site: Mapped[str | None] = mapped_column(String(40))  # OFL-G-DATA: the body site, when the guideline has one
    diagnosis_icd10: Mapped[str] = mapped_column(String(10), nullable=False)
    drug: Mapped[str] = mapped_column(String(80), nullable=False)
    drug_inn: Mapped[str] = mapped_column(String(80), nullable=False, index=True)
    route: Mapped[str | None] = mapped_column(String(40))
    dose_mg: Mapped[Decimal] = mapped_column(Numeric(8, 4), nullable=False)  # the dose, in dose_unit
    dose_unit: Mapped[str] = mapped_column(String(10), nullable=False, default="mg", server_default="mg")
    course: Mapped[Any] = mapped_column(JSON)  # OFL-R-COURSE: what the approval covers
    planned_date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    care_setting: Mapped[str | None] = mapped_column(String(60))
    preparation: Mapped[str | None] = mapped_column(String(60))
    earlier_injections: Mapped[Any] = mapped_column(JSON, nullable=False)
    documents: Mapped[Any] = mapped_column(JSON, nullable=False)
    contraindications: Mapped[Any] = mapped_column(JSON)
    comorbidities_icd10: Mapped[Any] = mapped_column(JSON, nullable=False)
    informed_consent: Mapped[Any] = mapped_column(JSON)
    guideline_code: Mapped[str | None] = mapped_column(String(60))
    guideline_version: Mapped[int | None] = mapped_column(Integer)
    evaluation: Mapped[Any] = mapped_column(JSON, nullable=False)
    ruleset_version: Mapped[str] = mapped_column(String(80), nullable=False)
    decision_id: Mapped[str] = mapped_column(String(36), nullable=False)
    valid_until: Mapped[dt.date | None] = mapped_column(Date)
    coverage_status: Mapped[str | None] = mapped_column(String(20))
    coverage_reason: Mapped[str | None] = mapped_column(Text)
    coverage_decision_id: Mapped[str | None] = mapped_column(String(36))
    coverage_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), nullable=False)
