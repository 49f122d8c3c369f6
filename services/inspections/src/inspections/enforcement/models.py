"""Enforcement tables: violations found at inspections and the actions ordered against them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from shared.db import Base


class Violation(Base):
    __tablename__ = "ins_violations"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    centre_id: Mapped[str] = mapped_column(ForeignKey("ins_centres.id"), nullable=False, index=True)
    inspection_id: Mapped[str] = mapped_column(ForeignKey("ins_inspections.id"), nullable=False, index=True)
    university: Mapped[str] = mapped_column(String(40), nullable=False, index=True)
    item_code: Mapped[str] = mapped_column(String(40), nullable=False)
    type: Mapped[str] = mapped_column(String(40), nullable=False)
    severity: Mapped[str] = mapped_column(String(16), nullable=False)
    description: Mapped[str | None] = mapped_column(Text)
    detected_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    state: Mapped[str] = mapped_column(String(16), nullable=False)  # open | actioned | resolved
    decision_id: Mapped[str] = mapped_column(String(36), nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class Action(Base):
    __tablename__ = "ins_actions"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    violation_id: Mapped[str] = mapped_column(ForeignKey("ins_violations.id"), nullable=False, index=True)
    centre_id: Mapped[str] = mapped_column(ForeignKey("ins_centres.id"), nullable=False, index=True)
    university: Mapped[str] = mapped_column(String(40), nullable=False, index=True)
    type: Mapped[str] = mapped_column(String(16), nullable=False)  # closure | seizure | referral
    referral_to: Mapped[str | None] = mapped_column(String(40))
    state: Mapped[str] = mapped_column(String(16), nullable=False)  # ordered | executed | lifted | concluded
    ordered_on: Mapped[dt.date] = mapped_column(Date, nullable=False, index=True)
    inventory: Mapped[Any] = mapped_column(JSON)
    history: Mapped[Any] = mapped_column(JSON, nullable=False)
    note: Mapped[str | None] = mapped_column(Text)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), nullable=False)
