"""Inspection tables: one inspection per visit, its checklist answers and evidence files."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Date, DateTime, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from shared.db import Base


class Inspection(Base):
    __tablename__ = "ins_inspections"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    centre_id: Mapped[str] = mapped_column(ForeignKey("ins_centres.id"), nullable=False, index=True)
    university: Mapped[str] = mapped_column(String(40), nullable=False, index=True)
    inspected_on: Mapped[dt.date] = mapped_column(Date, nullable=False, index=True)
    inspector_sub: Mapped[str] = mapped_column(String(200), nullable=False)
    checklist_version: Mapped[str] = mapped_column(String(40), nullable=False)
    outcome: Mapped[str] = mapped_column(String(20), nullable=False)  # compliant | non_compliant
    summary: Mapped[str | None] = mapped_column(Text)
    decision_id: Mapped[str] = mapped_column(String(36), nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class InspectionAnswer(Base):
    __tablename__ = "ins_inspection_answers"
    __table_args__ = (UniqueConstraint("inspection_id", "item_code"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    inspection_id: Mapped[str] = mapped_column(ForeignKey("ins_inspections.id"), nullable=False, index=True)
    item_code: Mapped[str] = mapped_column(String(40), nullable=False)
    result: Mapped[str] = mapped_column(String(20), nullable=False)  # compliant | non_compliant | not_applicable
    note: Mapped[str | None] = mapped_column(Text)


class Evidence(Base):
    __tablename__ = "ins_evidence"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    inspection_id: Mapped[str] = mapped_column(ForeignKey("ins_inspections.id"), nullable=False, index=True)
    item_code: Mapped[str | None] = mapped_column(String(40))
    filename: Mapped[str] = mapped_column(String(200), nullable=False)
    content_type: Mapped[str] = mapped_column(String(100), nullable=False)
    size_bytes: Mapped[int] = mapped_column(Integer, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    content: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), nullable=False)
