"""Issue 18: cases.held (some line held for SPEC X1/X2), kept by claims.cases.held, and a partial index for `held=true`

The `held=` filter of an agency's case list was an EXISTS over case_lines per case: at 1M cases a page of held cases
walked thousands of cases (1,066 ms, bench/scale). The flag is backfilled from the lines here.

Revision ID: claims_0010
Revises: claims_0009
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "claims_0010"
down_revision = "claims_0009"
branch_labels = None
depends_on = None

HELD = sa.text("held")


def upgrade() -> None:
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("held", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.execute(
        "UPDATE cases SET held = EXISTS (SELECT 1 FROM case_lines l WHERE l.case_id = cases.id"
        " AND l.verification_status IN ('pending_verification', 'needs_review'))"
    )
    op.create_index("ix_cases_held_agency_due", "cases", ["agency_code", "due_at", "id"], postgresql_where=HELD, sqlite_where=HELD)


def downgrade() -> None:
    op.drop_index("ix_cases_held_agency_due", table_name="cases")
    with op.batch_alter_table("cases") as batch:
        batch.drop_column("held")
