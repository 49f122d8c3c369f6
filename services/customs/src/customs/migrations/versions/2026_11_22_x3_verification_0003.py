"""customs: SPEC X3 verification state of declarations (inspections asked through the gateway)

Revision ID: customs_0003
Revises: customs_0002
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "customs_0003"
down_revision = "customs_0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("declarations", sa.Column("verification_status", sa.String(20), nullable=False, server_default="not_required"))
    op.add_column("declarations", sa.Column("verification_attempts", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("declarations", sa.Column("verification_last_at", sa.DateTime(timezone=True), nullable=True))
    op.add_column("declarations", sa.Column("verification_reason", sa.String(500), nullable=True))
    op.create_index("ix_declarations_verification_status", "declarations", ["verification_status"])


def downgrade() -> None:
    op.drop_index("ix_declarations_verification_status", table_name="declarations")
    with op.batch_alter_table("declarations") as batch:
        batch.drop_column("verification_reason")
        batch.drop_column("verification_last_at")
        batch.drop_column("verification_attempts")
        batch.drop_column("verification_status")
