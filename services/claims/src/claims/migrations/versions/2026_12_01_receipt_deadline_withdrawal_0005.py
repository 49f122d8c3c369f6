"""CLM-A5 deadline from receipt in the review office's calendar; CLM-A7 withdrawal

Cases stored before this migration keep the deadline they were given (counted from their registration):
`deadline_from` = 'registration' for them; new cases count from receipt of the documents ('receipt').
Review offices get their own calendar (Thursday closing, end of office hours), defaulting to the agencies' defaults.

Revision ID: claims_0005
Revises: claims_0004
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa

revision = 'claims_0005'
down_revision = 'claims_0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('cases') as b:
        b.add_column(sa.Column('deadline_from', sa.String(length=12), nullable=False, server_default='registration'))
        b.add_column(sa.Column('withdrawn_at', sa.DateTime(timezone=True), nullable=True))
        b.add_column(sa.Column('withdrawal_reason', sa.Text(), nullable=True))
    with op.batch_alter_table('review_offices') as b:
        b.add_column(sa.Column('closes_thursday', sa.Boolean(), nullable=False, server_default=sa.true()))
        b.add_column(sa.Column('office_closes', sa.String(length=5), nullable=False, server_default='14:00'))


def downgrade() -> None:
    with op.batch_alter_table('review_offices') as b:
        b.drop_column('office_closes')
        b.drop_column('closes_thursday')
    with op.batch_alter_table('cases') as b:
        b.drop_column('withdrawal_reason')
        b.drop_column('withdrawn_at')
        b.drop_column('deadline_from')
