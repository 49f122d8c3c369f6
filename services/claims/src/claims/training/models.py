"""CLM-B2: a training given by a review office to an agency's representative (append-only)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Index, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from shared.db import Base


class Training(Base):
    __tablename__ = "trainings"
    __table_args__ = (Index("ix_trainings_agency_latest", "agency_code", "held_on", "created_at", "id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    review_office_code: Mapped[str] = mapped_column(ForeignKey("review_offices.code"), nullable=False, index=True)
    agency_code: Mapped[str] = mapped_column(ForeignKey("agencies.code"), nullable=False, index=True)
    representative_name: Mapped[str] = mapped_column(String(200), nullable=False)
    topic: Mapped[str] = mapped_column(String(500), nullable=False)
    held_on: Mapped[date] = mapped_column(Date, nullable=False)
    hours: Mapped[Decimal] = mapped_column(Numeric(5, 2), nullable=False)
    coordinated_with: Mapped[Any] = mapped_column(JSON, nullable=False)
    note: Mapped[str | None] = mapped_column(Text)
    decision_id: Mapped[str] = mapped_column(String(36), nullable=False)
    recorded_by: Mapped[str | None] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
