"""SPEC X1/X2 cross-service verification: line facts for offlabel / inspections, verification state

Revision ID: claims_0003
Revises: claims_0002
Create Date: 2026-11-22
"""
from alembic import op
import sqlalchemy as sa

revision = 'claims_0003'
down_revision = 'claims_0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.add_column(sa.Column('inspections_center_id', sa.String(length=36), nullable=True))
    with op.batch_alter_table('case_lines', schema=None) as batch_op:
        batch_op.add_column(sa.Column('off_label_drug', sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column('eye', sa.String(length=5), nullable=True))
        batch_op.add_column(sa.Column('treatment_date', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('offlabel_authorization_id', sa.String(length=36), nullable=True))
        batch_op.add_column(sa.Column('regenerative_kind', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('irc_code', sa.String(length=80), nullable=True))
        batch_op.add_column(sa.Column('verification', sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column('verification_attempts', sa.Integer(), server_default='0', nullable=False))
        batch_op.add_column(sa.Column('verification_checked_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.create_index(batch_op.f('ix_case_lines_verification_status'), ['verification_status'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('case_lines', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_lines_verification_status'))
        for col in ('verification_checked_at', 'verification_attempts', 'verification', 'irc_code', 'regenerative_kind',
                    'offlabel_authorization_id', 'treatment_date', 'eye', 'off_label_drug'):
            batch_op.drop_column(col)
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_column('inspections_center_id')
