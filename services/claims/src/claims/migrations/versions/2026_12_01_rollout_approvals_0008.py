"""CLM-H2: the recorded approval to go beyond the pilot (who approved, letter number and date)

Revision ID: claims_0008
Revises: claims_0007
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa

revision = 'claims_0008'
down_revision = 'claims_0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('rollout_approvals',
        sa.Column('id', sa.String(length=36), nullable=False),
        sa.Column('approved_by', sa.JSON(), nullable=False),
        sa.Column('letter_number', sa.String(length=80), nullable=False),
        sa.Column('letter_date', sa.Date(), nullable=False),
        sa.Column('note', sa.Text(), nullable=True),
        sa.Column('recorded_by', sa.String(length=120), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('decision_id', sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_rollout_approvals')),
    )


def downgrade() -> None:
    op.drop_table('rollout_approvals')
