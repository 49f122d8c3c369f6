"""customs: issued_documents (printed clearance letters and exit permits, by verification code; issue 16)

Revision ID: customs_0004
Revises: customs_0003
Create Date: 2026-12-07
"""

import sqlalchemy as sa
from alembic import op

revision = "customs_0004"
down_revision = "customs_0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "issued_documents",
        sa.Column("code", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(30), nullable=False),
        sa.Column("subject_id", sa.String(36), nullable=False),
        sa.Column("number", sa.String(40), nullable=True),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("superseded_by", sa.String(32), nullable=True),
        sa.PrimaryKeyConstraint("code", name="pk_issued_documents"),
    )
    op.create_index("ix_issued_documents_subject_id", "issued_documents", ["subject_id"])


def downgrade() -> None:
    op.drop_index("ix_issued_documents_subject_id", table_name="issued_documents")
    op.drop_table("issued_documents")
