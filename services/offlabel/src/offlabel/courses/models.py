"""Administrations recorded under an approved course (OFL-R-COURSE): by the physician or verified by claims."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Date, DateTime, ForeignKey, Index, Numeric, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from shared.db import Base


class Administration(Base):
    """One administration of the drug, recorded against the approval it was given under."""

    __tablename__ = "administrations"
    __table_args__ = (
        UniqueConstraint("request_id", "date", name="uq_administrations_request_id_date"),
        Index("ix_administrations_history", "patient_national_code", "drug_inn", "site"),
    )

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    request_id: Mapped[str] = mapped_column(ForeignKey("offlabel_requests.id", name="fk_administrations_request_id"), nullable=False, index=True)
    patient_national_code: Mapped[str] = mapped_column(String(10), nullable=False)
    drug_inn: Mapped[str] = mapped_column(String(80), nullable=False)
    site: Mapped[str | None] = mapped_column(String(40))
    date: Mapped[dt.date] = mapped_column(Date, nullable=False)
    dose: Mapped[Decimal | None] = mapped_column(Numeric(12, 4))
    recorded_by: Mapped[str] = mapped_column(String(20), nullable=False)  # physician | claims | admin
    actor_sub: Mapped[str] = mapped_column(String(120), nullable=False)
    reference: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), nullable=False)
