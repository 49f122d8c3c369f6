"""Quarterly report submissions (letter 400/10262/د clause 2: results reported at each season's end)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from shared.db import Base


class QuarterlySubmission(Base):
    __tablename__ = "ins_quarterly_submissions"
    __table_args__ = (UniqueConstraint("university", "year", "season"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    university: Mapped[str] = mapped_column(String(40), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    season: Mapped[int] = mapped_column(Integer, nullable=False)
    due_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    sent_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    on_time: Mapped[bool] = mapped_column(Boolean, nullable=False)
    counts: Mapped[Any] = mapped_column(JSON, nullable=False)
    decision_id: Mapped[str] = mapped_column(String(36), nullable=False)
    actor_sub: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), nullable=False)
