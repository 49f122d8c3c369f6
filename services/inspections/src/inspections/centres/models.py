"""Centre registry tables: centres, their status history (with the act behind each change) and approvals."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from shared.db import Base


class Centre(Base):
    __tablename__ = "ins_centres"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(300), nullable=False)
    name_key: Mapped[str] = mapped_column(String(300), nullable=False, index=True)
    university: Mapped[str] = mapped_column(String(40), nullable=False, index=True)
    province: Mapped[str] = mapped_column(String(80), nullable=False)
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    # a JSON list of kinds; JSONB on PostgreSQL, where the list's `kind=` filter is `kinds @> '["k"]'` on a GIN index
    # (migration 0004); SQLite reads it with json_each (centres.service.has_kind)
    kinds: Mapped[Any] = mapped_column(JSON().with_variant(JSONB(), "postgresql"), nullable=False)
    licence_number: Mapped[str | None] = mapped_column(String(60), unique=True)
    licence_valid_from: Mapped[dt.date | None] = mapped_column(Date)
    licence_valid_to: Mapped[dt.date | None] = mapped_column(Date)
    technical_manager_name: Mapped[str | None] = mapped_column(String(200))
    technical_manager_national_code: Mapped[str | None] = mapped_column(String(10))
    space_certified: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    space_certificate_ref: Mapped[str | None] = mapped_column(String(100))
    space_certified_on: Mapped[dt.date | None] = mapped_column(Date)
    registered_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)


class CentreStatusChange(Base):
    __tablename__ = "ins_centre_status_changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    centre_id: Mapped[str] = mapped_column(ForeignKey("ins_centres.id"), nullable=False, index=True)
    status: Mapped[str] = mapped_column(String(16), nullable=False)
    previous_status: Mapped[str | None] = mapped_column(String(16))
    effective_on: Mapped[dt.date] = mapped_column(Date, nullable=False)
    act_type: Mapped[str] = mapped_column(String(40), nullable=False)
    act_ref: Mapped[str | None] = mapped_column(String(200))
    reason: Mapped[str | None] = mapped_column(Text)
    decision_id: Mapped[str] = mapped_column(String(36), nullable=False)
    actor_sub: Mapped[str | None] = mapped_column(String(200))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class Approval(Base):
    """A centre's approval: a research project's ethics approval (type `ethics`: code, committee) or a product's
    FDO registration (type `irc`: IRC, product, holder; `verified` only when a Ministry role recorded or verified it)."""

    __tablename__ = "ins_approvals"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    centre_id: Mapped[str] = mapped_column(ForeignKey("ins_centres.id"), nullable=False, index=True)
    type: Mapped[str] = mapped_column(String(16), nullable=False)  # ethics | irc
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    ethics_code: Mapped[str | None] = mapped_column(String(80))
    committee: Mapped[str | None] = mapped_column(String(200))
    irc_code: Mapped[str | None] = mapped_column(String(80), index=True)
    product: Mapped[str | None] = mapped_column(String(300))
    holder: Mapped[str | None] = mapped_column(String(300))
    verified: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    verified_by: Mapped[str | None] = mapped_column(String(200))
    migrated_from: Mapped[str | None] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(300))
    valid_from: Mapped[dt.date] = mapped_column(Date, nullable=False)
    valid_to: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), nullable=False)
