"""CLM-B2 training records: trainings given by the review offices to the agencies' representatives

Revision ID: claims_0004
Revises: claims_0003
Create Date: 2026-11-22
"""
from alembic import op
import sqlalchemy as sa

revision = 'claims_0004'
down_revision = 'claims_0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('trainings',
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('review_office_code', sa.String(length=40), nullable=False),
    sa.Column('agency_code', sa.String(length=40), nullable=False),
    sa.Column('representative_name', sa.String(length=200), nullable=False),
    sa.Column('topic', sa.String(length=500), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('hours', sa.Numeric(precision=5, scale=2), nullable=False),
    sa.Column('coordinated_with', sa.JSON(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('decision_id', sa.String(length=36), nullable=False),
    sa.Column('recorded_by', sa.String(length=120), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['agency_code'], ['agencies.code'], name=op.f('fk_trainings_agency_code_agencies')),
    sa.ForeignKeyConstraint(['review_office_code'], ['review_offices.code'], name=op.f('fk_trainings_review_office_code_review_offices')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_trainings'))
    )
    with op.batch_alter_table('trainings', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_trainings_agency_code'), ['agency_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_trainings_review_office_code'), ['review_office_code'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('trainings', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_trainings_review_office_code'))
        batch_op.drop_index(batch_op.f('ix_trainings_agency_code'))
    op.drop_table('trainings')
