"""CLM-CH penalties as the circular has them (proposals, the licensing headquarters' decision); CLM-H1 compensation to the
clients and to the Organization tracked separately

Violations stored before keep their penalty as recorded, marked `legacy` (recorded by a review office before CLM-CH was
corrected); their compensation is the clients' (the only payee then).

Revision ID: claims_0007
Revises: claims_0006
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa

revision = 'claims_0007'
down_revision = 'claims_0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    big = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
    with op.batch_alter_table('violations') as b:
        b.add_column(sa.Column('compensation_org_rials', big, nullable=False, server_default='0'))
        b.add_column(sa.Column('compensation_org_paid_on', sa.Date(), nullable=True))
        b.add_column(sa.Column('proposed_penalty', sa.String(length=20), nullable=True))
        b.add_column(sa.Column('proposed_fine_rials', big, nullable=False, server_default='0'))
        b.add_column(sa.Column('penalty_status', sa.String(length=30), nullable=False, server_default='legacy'))
    op.create_table('violation_steps',
        sa.Column('id', big, autoincrement=True, nullable=False),
        sa.Column('violation_id', sa.String(length=36), nullable=False),
        sa.Column('step', sa.String(length=20), nullable=False),
        sa.Column('role', sa.String(length=40), nullable=False),
        sa.Column('org', sa.String(length=120), nullable=True),
        sa.Column('sub', sa.String(length=120), nullable=True),
        sa.Column('penalty', sa.String(length=20), nullable=True),
        sa.Column('fine_rials', big, nullable=False),
        sa.Column('outcome', sa.String(length=20), nullable=True),
        sa.Column('letter_number', sa.String(length=80), nullable=True),
        sa.Column('note', sa.Text(), nullable=True),
        sa.Column('at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('decision_id', sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(['violation_id'], ['violations.id'], name=op.f('fk_violation_steps_violation_id_violations')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_violation_steps')),
    )
    op.create_index(op.f('ix_violation_steps_violation_id'), 'violation_steps', ['violation_id'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_violation_steps_violation_id'), table_name='violation_steps')
    op.drop_table('violation_steps')
    with op.batch_alter_table('violations') as b:
        for c in ('penalty_status', 'proposed_fine_rials', 'proposed_penalty', 'compensation_org_paid_on', 'compensation_org_rials'):
            b.drop_column(c)
