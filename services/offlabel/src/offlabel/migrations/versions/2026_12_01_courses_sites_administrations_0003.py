"""courses, body sites and dose units on requests; recorded administrations (OFL-R-COURSE, OFL-R-HISTORY, OFL-G-DATA)

Revision ID: offlabel_0003
Revises: offlabel_0002
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "offlabel_0003"
down_revision = "offlabel_0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("offlabel_requests") as t:
        t.alter_column("status", type_=sa.String(24), existing_nullable=False)
        t.alter_column("eye", type_=sa.String(5), nullable=True, existing_nullable=False)
        t.add_column(sa.Column("site", sa.String(40)))
        t.add_column(sa.Column("dose_unit", sa.String(10), nullable=False, server_default="mg"))
        t.add_column(sa.Column("course", sa.JSON()))
    op.create_index("ix_offlabel_requests_history", "offlabel_requests", ["patient_national_code", "drug_inn", "site"])
    op.create_table(
        "administrations",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("request_id", sa.String(36), sa.ForeignKey("offlabel_requests.id", name="fk_administrations_request_id"), nullable=False),
        sa.Column("patient_national_code", sa.String(10), nullable=False),
        sa.Column("drug_inn", sa.String(80), nullable=False),
        sa.Column("site", sa.String(40)),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("dose", sa.Numeric(12, 4)),
        sa.Column("recorded_by", sa.String(20), nullable=False),
        sa.Column("actor_sub", sa.String(120), nullable=False),
        sa.Column("reference", sa.String(200)),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_administrations"),
        sa.UniqueConstraint("request_id", "date", name="uq_administrations_request_id_date"),
    )
    op.create_index("ix_administrations_history", "administrations", ["patient_national_code", "drug_inn", "site"])
    op.create_index("ix_administrations_request_id", "administrations", ["request_id"])


def downgrade() -> None:
    op.drop_index("ix_administrations_request_id", "administrations")
    op.drop_index("ix_administrations_history", "administrations")
    op.drop_table("administrations")
    op.drop_index("ix_offlabel_requests_history", "offlabel_requests")
    with op.batch_alter_table("offlabel_requests") as t:
        t.drop_column("course")
        t.drop_column("dose_unit")
        t.drop_column("site")
        t.alter_column("status", type_=sa.String(20), existing_nullable=False)
