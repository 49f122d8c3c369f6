"""Insurers' coverage decisions on approved requests (OFL-I)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Boolean, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from shared.db import Base


class CoverageDecision(Base):
    """Every coverage decision an insurer recorded on a request (history; the request holds the latest) (OFL-I)."""

    __tablename__ = "coverage_decisions"

    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True)
    request_id: Mapped[str] = mapped_column(ForeignKey("offlabel_requests.id"), nullable=False, index=True)
    insurer: Mapped[str] = mapped_column(String(20), nullable=False)
    covered: Mapped[bool] = mapped_column(Boolean, nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    decision_id: Mapped[str] = mapped_column(String(36), nullable=False)
    actor_sub: Mapped[str] = mapped_column(String(120), nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), nullable=False)
