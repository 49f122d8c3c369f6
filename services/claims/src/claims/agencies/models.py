"""Review offices, agencies, province rollout switches, violations, rule sets, wage overrides, report sends."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.sql.expression import true as sa_true

from shared.db import Base

BigInt = BigInteger().with_variant(Integer, "sqlite")


class ReviewOffice(Base):
    """A medical-document review office (دفتر رسیدگی به اسناد پزشکی) supervising agencies (CLM-B, CLM-C)."""

    __tablename__ = "review_offices"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    province: Mapped[str] = mapped_column(String(40), nullable=False)
    # CLM-A5: the office's calendar (delivery happens there): Thursday closing and the end of office hours
    closes_thursday: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True, server_default=sa_true())
    office_closes: Mapped[str] = mapped_column(String(5), nullable=False, default="14:00", server_default="14:00")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class Agency(Base):
    """An official agency (کارگزاری رسمی) with its calendar, licence and rollout switch (CLM-H2)."""

    __tablename__ = "agencies"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    province: Mapped[str] = mapped_column(String(40), nullable=False, index=True)
    review_office_code: Mapped[str] = mapped_column(ForeignKey("review_offices.code"), nullable=False, index=True)
    licence_status: Mapped[str] = mapped_column(String(20), nullable=False, default="active")
    closes_thursday: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    office_closes: Mapped[str] = mapped_column(String(5), nullable=False, default="14:00")
    rollout: Mapped[str] = mapped_column(String(10), nullable=False, default="inherit")
    cooperation_review: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    # CLM-B3/H2: when the process was first enabled for the agency (its own switch or its province's); None: never
    process_enabled_since: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class ProvinceRollout(Base):
    """CLM-H2: the process switched on or off for a whole province by an administrator."""

    __tablename__ = "province_rollouts"

    province: Mapped[str] = mapped_column(String(40), primary_key=True)
    enabled: Mapped[bool] = mapped_column(Boolean, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    updated_by: Mapped[str | None] = mapped_column(String(120))


class RolloutApproval(Base):
    """CLM-H2: the recorded approval to go beyond the pilot (who approved, their letter number and date)."""

    __tablename__ = "rollout_approvals"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    approved_by: Mapped[Any] = mapped_column(JSON, nullable=False)
    letter_number: Mapped[str] = mapped_column(String(80), nullable=False)
    letter_date: Mapped[date] = mapped_column(Date, nullable=False)
    note: Mapped[str | None] = mapped_column(Text)
    recorded_by: Mapped[str | None] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    decision_id: Mapped[str] = mapped_column(String(36), nullable=False)


class Violation(Base):
    """CLM-CH / CLM-H1: a proven breach by an agency, its penalty and the compensation owed."""

    __tablename__ = "violations"
    __table_args__ = (Index("ix_violations_agency_proven", "agency_code", "proven_on", "id"),)

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    agency_code: Mapped[str] = mapped_column(ForeignKey("agencies.code"), nullable=False, index=True)
    kind: Mapped[str] = mapped_column(String(30), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False)
    causes_delay: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    case_id: Mapped[str | None] = mapped_column(String(36))
    proven_on: Mapped[date] = mapped_column(Date, nullable=False)
    proof: Mapped[Any] = mapped_column(JSON, nullable=False)
    penalty: Mapped[str] = mapped_column(String(20), nullable=False)
    fine_rials: Mapped[int] = mapped_column(BigInt, nullable=False, default=0)
    compensation_rials: Mapped[int] = mapped_column(BigInt, nullable=False, default=0)
    compensation_due: Mapped[date] = mapped_column(Date, nullable=False)
    compensation_paid_on: Mapped[date | None] = mapped_column(Date)
    # CLM-H1: compensation is owed to the clients (compensation_rials above) and to the Organization, tracked separately
    compensation_org_rials: Mapped[int] = mapped_column(BigInt, nullable=False, default=0, server_default="0")
    compensation_org_paid_on: Mapped[date | None] = mapped_column(Date)
    # CLM-CH: the review office reports and may propose; the secretariat proposes fines; the licensing HQ decides
    proposed_penalty: Mapped[str | None] = mapped_column(String(20))
    proposed_fine_rials: Mapped[int] = mapped_column(BigInt, nullable=False, default=0, server_default="0")
    penalty_status: Mapped[str] = mapped_column(String(30), nullable=False, default="reported", server_default="legacy")
    decision_id: Mapped[str] = mapped_column(String(36), nullable=False)
    recorded_by: Mapped[str | None] = mapped_column(String(120))
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class ViolationStep(Base):
    """CLM-CH: one step of a violation's penalty: a proposal (review office, secretariat) or the licensing HQ's decision."""

    __tablename__ = "violation_steps"

    id: Mapped[int] = mapped_column(BigInt, primary_key=True, autoincrement=True)
    violation_id: Mapped[str] = mapped_column(ForeignKey("violations.id"), nullable=False, index=True)
    step: Mapped[str] = mapped_column(String(20), nullable=False)  # proposal | decision
    role: Mapped[str] = mapped_column(String(40), nullable=False)
    org: Mapped[str | None] = mapped_column(String(120))
    sub: Mapped[str | None] = mapped_column(String(120))
    penalty: Mapped[str | None] = mapped_column(String(20))
    fine_rials: Mapped[int] = mapped_column(BigInt, nullable=False, default=0)
    outcome: Mapped[str | None] = mapped_column(String(20))  # decision: imposed | rejected
    letter_number: Mapped[str | None] = mapped_column(String(80))
    note: Mapped[str | None] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    decision_id: Mapped[str] = mapped_column(String(36), nullable=False)


class AssessmentRuleSet(Base):
    """CLM-A4 rule data a review office maintains (CONFIGURATION, not regulation); versions are never edited."""

    __tablename__ = "assessment_rule_sets"

    version: Mapped[str] = mapped_column(String(80), primary_key=True)
    review_office_code: Mapped[str] = mapped_column(ForeignKey("review_offices.code"), nullable=False, index=True)
    data: Mapped[Any] = mapped_column(JSON, nullable=False)
    note: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[str | None] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class MinimumWage(Base):
    """CLM-P note 1: a year's daily minimum wage added by an administrator, with its source."""

    __tablename__ = "minimum_wages"

    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    daily_rials: Mapped[int] = mapped_column(BigInt, nullable=False)
    source: Mapped[str] = mapped_column(Text, nullable=False)
    created_by: Mapped[str | None] = mapped_column(String(120))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class MonthlyReportSend(Base):
    """CLM-B3: the review office sent an agency's monthly statistics to the secretariat."""

    __tablename__ = "monthly_report_sends"
    __table_args__ = (UniqueConstraint("agency_code", "year", "month", name="uq_monthly_report_sends_agency_code"),)

    id: Mapped[int] = mapped_column(BigInt, primary_key=True, autoincrement=True)
    agency_code: Mapped[str] = mapped_column(ForeignKey("agencies.code"), nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    month: Mapped[int] = mapped_column(Integer, nullable=False)
    sent_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    sent_by: Mapped[str | None] = mapped_column(String(120))
    decision_id: Mapped[str] = mapped_column(String(36), nullable=False)
