"""Uploaded versions of the reference lists (the shipped files are version `shipped-<digest>`)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from shared.db import Base


class ReferenceVersion(Base):
    """One load of one list: its rows as uploaded, who loaded it and when (append-only)."""

    __tablename__ = "reference_versions"
    __table_args__ = (UniqueConstraint("list_name", "seq", name="uq_reference_versions_list_name_seq"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    list_name: Mapped[str] = mapped_column(String(40), nullable=False, index=True)
    seq: Mapped[int] = mapped_column(Integer, nullable=False)
    version: Mapped[str] = mapped_column(String(40), nullable=False)
    digest: Mapped[str] = mapped_column(String(20), nullable=False)
    row_count: Mapped[int] = mapped_column(Integer, nullable=False)
    rows: Mapped[Any] = mapped_column(JSON, nullable=False)
    uploaded_by: Mapped[str | None] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
