"""Every printed document: its verification code, what it stated (canonical content) and what replaced it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, DateTime, String
from sqlalchemy.orm import Mapped, mapped_column

from shared.db import Base


class IssuedDocument(Base):
    """A clearance letter or exit permit as first printed; `code` = HMAC of `content` (customs.documents.rules)."""

    __tablename__ = "issued_documents"

    code: Mapped[str] = mapped_column(String(32), primary_key=True)
    kind: Mapped[str] = mapped_column(String(30), nullable=False)
    subject_id: Mapped[str] = mapped_column(String(36), nullable=False, index=True)
    number: Mapped[str | None] = mapped_column(String(40))
    content: Mapped[Any] = mapped_column(JSON, nullable=False)
    issued_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    superseded_by: Mapped[str | None] = mapped_column(String(32))
