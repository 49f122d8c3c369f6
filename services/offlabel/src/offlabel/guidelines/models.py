"""Guideline versions published over the API by the ministry (OFL-G); shipped versions stay files."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Date, DateTime, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from shared.db import Base


class GuidelineVersion(Base):
    """One published guideline version: its validated content and who published it (immutable)."""

    __tablename__ = "guideline_versions"

    code: Mapped[str] = mapped_column(String(60), primary_key=True)
    version: Mapped[int] = mapped_column(Integer, primary_key=True)
    drug_inn: Mapped[str] = mapped_column(String(80), nullable=False)
    effective_from: Mapped[dt.date] = mapped_column(Date, nullable=False)
    effective_until: Mapped[dt.date | None] = mapped_column(Date)
    content: Mapped[Any] = mapped_column(JSON, nullable=False)
    content_sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    published_by: Mapped[str] = mapped_column(String(120), nullable=False)
    published_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), nullable=False)
