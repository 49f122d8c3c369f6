"""CLM-B3/H2: when each agency's process was first enabled (monthly reports start there)

Agencies stored before this migration whose process is enabled now (their own switch, or 'inherit' in an enabled
province) get their creation time: the earliest time the platform can vouch for.

Revision ID: claims_0006
Revises: claims_0005
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa

revision = 'claims_0006'
down_revision = 'claims_0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('agencies') as b:
        b.add_column(sa.Column('process_enabled_since', sa.DateTime(timezone=True), nullable=True))
    op.execute(
        "UPDATE agencies SET process_enabled_since = created_at WHERE rollout = 'enabled' OR (rollout = 'inherit' AND province IN "
        "(SELECT province FROM province_rollouts WHERE enabled = true))"
    )


def downgrade() -> None:
    with op.batch_alter_table('agencies') as b:
        b.drop_column('process_enabled_since')
