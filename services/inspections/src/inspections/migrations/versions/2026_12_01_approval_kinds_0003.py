"""two kinds of approval: a research project's ethics approval and a product's FDO registration (IRC)

Until now `ins_approvals.irc_code` held ethics codes (IR.<univ>.REC.<year>.<n>) under the name IRC
(SPEC correction 1: IRC is the FDO's product registration code). A value with the ethics-code shape
becomes an ethics approval (`type` = ethics, `ethics_code`); any other value stays an IRC, unverified
(an FDO registration counts as verified only when a Ministry role records it). The old type and value
are kept in `migrated_from`.

Revision ID: inspections_0003
Revises: inspections_0002
Create Date: 2026-12-01
"""

import re

import sqlalchemy as sa
from alembic import op

revision = "inspections_0003"
down_revision = "inspections_0002"
branch_labels = None
depends_on = None

ETHICS_SHAPE = re.compile(r"^IR\.[A-Z0-9]+\.REC\.[0-9]{4}\.[0-9A-Z.]+$")


def upgrade() -> None:
    with op.batch_alter_table("ins_approvals") as b:
        b.add_column(sa.Column("ethics_code", sa.String(length=80), nullable=True))
        b.add_column(sa.Column("committee", sa.String(length=200), nullable=True))
        b.add_column(sa.Column("product", sa.String(length=300), nullable=True))
        b.add_column(sa.Column("holder", sa.String(length=300), nullable=True))
        b.add_column(sa.Column("verified", sa.Boolean(), nullable=False, server_default=sa.false()))
        b.add_column(sa.Column("verified_by", sa.String(length=200), nullable=True))
        b.add_column(sa.Column("migrated_from", sa.String(length=200), nullable=True))
        b.alter_column("irc_code", existing_type=sa.String(length=80), nullable=True)
    op.create_index("ix_ins_approvals_irc_code", "ins_approvals", ["irc_code"])
    conn = op.get_bind()
    t = sa.table("ins_approvals", sa.column("id", sa.String), sa.column("type", sa.String), sa.column("irc_code", sa.String),
                 sa.column("ethics_code", sa.String), sa.column("migrated_from", sa.String))
    for row in conn.execute(sa.select(t.c.id, t.c.type, t.c.irc_code)).all():
        old = f"type={row.type} irc_code={row.irc_code}"
        code = (row.irc_code or "").strip().upper()
        if ETHICS_SHAPE.match(code):
            values = {"type": "ethics", "ethics_code": code, "irc_code": None, "migrated_from": old}
        else:
            values = {"type": "irc", "migrated_from": old}
        conn.execute(t.update().where(t.c.id == row.id).values(**values))


def downgrade() -> None:
    conn = op.get_bind()
    t = sa.table("ins_approvals", sa.column("type", sa.String), sa.column("irc_code", sa.String), sa.column("ethics_code", sa.String))
    conn.execute(t.update().where(t.c.type == "ethics").values(type="research", irc_code=t.c.ethics_code))
    conn.execute(t.update().where(t.c.type == "irc").values(type="treatment"))
    op.drop_index("ix_ins_approvals_irc_code", table_name="ins_approvals")
    with op.batch_alter_table("ins_approvals") as b:
        for col in ("migrated_from", "verified_by", "verified", "holder", "product", "committee", "ethics_code"):
            b.drop_column(col)

