"""platform tables: decision records, chain head, idempotency keys

Revision ID: sharedtest_0001
Revises:
Create Date: 2026-11-22
"""

from alembic import op

from shared.migrations import create_platform_tables, drop_platform_tables

revision = "sharedtest_0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    create_platform_tables(op)


def downgrade() -> None:
    drop_platform_tables(op)
