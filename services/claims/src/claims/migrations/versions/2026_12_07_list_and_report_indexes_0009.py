"""Issue 18: indexes matching every claims list's filter and order, and covering indexes for the monthly statement and report

- cases (agency_code, due_at, id): an agency's case list by deadline (every state, `held=`), first page or deep (keyset cursor);
- cases (agency_code, state, due_at, id): the same list with `state=` (replaces ix_cases_agency_state_due, without the id);
- cases (agency_code, due_at, id) WHERE state IN the open states: `overdue=true` (the states a case can be overdue in);
- cases (national_code, registered_at, id): the insured person's cases, newest first (replaces ix_cases_national_code);
- cases (agency_code, reg_jyear, reg_jmonth, case_type, state) INCLUDE the report's figures: the monthly report and the
  statement's cases-without-fee read the month from the index (replaces ix_cases_agency_month);
- fee_accruals (agency_code, reg_jyear, reg_jmonth, registered_at, case_id) INCLUDE (case_type, amount_rials, decision_id):
  the statement's totals, its `lines` pages and the CSV (replaces ix_fee_accruals_agency_month);
- trainings (agency_code, held_on, created_at, id) and violations (agency_code, proven_on, id): their lists' orders.

INCLUDE columns are PostgreSQL's (`postgresql_include`); SQLite gets the same key columns. The partial index has the
same predicate on both (`postgresql_where` / `sqlite_where`).

Revision ID: claims_0009
Revises: claims_0008
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "claims_0009"
down_revision = "claims_0008"
branch_labels = None
depends_on = None

OPEN_STATES = sa.text("state IN ('registered', 'controlled', 'assessed', 'returned')")
REPORT_FIGURES = ["delivery_counts_at", "due_at", "returns_count", "total_paid_rials", "reimbursable_rials"]


def upgrade() -> None:
    op.drop_index("ix_cases_agency_state_due", table_name="cases")
    op.drop_index("ix_cases_national_code", table_name="cases")
    op.drop_index("ix_cases_agency_month", table_name="cases")
    op.drop_index("ix_fee_accruals_agency_month", table_name="fee_accruals")
    op.create_index("ix_cases_agency_due", "cases", ["agency_code", "due_at", "id"])
    op.create_index("ix_cases_agency_state_due", "cases", ["agency_code", "state", "due_at", "id"])
    op.create_index("ix_cases_open_agency_due", "cases", ["agency_code", "due_at", "id"], postgresql_where=OPEN_STATES, sqlite_where=OPEN_STATES)
    op.create_index("ix_cases_national_registered", "cases", ["national_code", "registered_at", "id"])
    op.create_index("ix_cases_month_report", "cases", ["agency_code", "reg_jyear", "reg_jmonth", "case_type", "state"], postgresql_include=REPORT_FIGURES)
    op.create_index(
        "ix_fee_accruals_month_lines",
        "fee_accruals",
        ["agency_code", "reg_jyear", "reg_jmonth", "registered_at", "case_id"],
        postgresql_include=["case_type", "amount_rials", "decision_id"],
    )
    op.create_index("ix_trainings_agency_latest", "trainings", ["agency_code", "held_on", "created_at", "id"])
    op.create_index("ix_violations_agency_proven", "violations", ["agency_code", "proven_on", "id"])


def downgrade() -> None:
    op.drop_index("ix_violations_agency_proven", table_name="violations")
    op.drop_index("ix_trainings_agency_latest", table_name="trainings")
    op.drop_index("ix_fee_accruals_month_lines", table_name="fee_accruals")
    op.drop_index("ix_cases_month_report", table_name="cases")
    op.drop_index("ix_cases_national_registered", table_name="cases")
    op.drop_index("ix_cases_open_agency_due", table_name="cases")
    op.drop_index("ix_cases_agency_state_due", table_name="cases")
    op.drop_index("ix_cases_agency_due", table_name="cases")
    op.create_index("ix_fee_accruals_agency_month", "fee_accruals", ["agency_code", "reg_jyear", "reg_jmonth"])
    op.create_index("ix_cases_agency_month", "cases", ["agency_code", "reg_jyear", "reg_jmonth"])
    op.create_index("ix_cases_national_code", "cases", ["national_code"])
    op.create_index("ix_cases_agency_state_due", "cases", ["agency_code", "state", "due_at"])
