"""guideline versions, off-label requests, coverage decisions

Revision ID: offlabel_0002
Revises: offlabel_0001
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "offlabel_0002"
down_revision = "offlabel_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "guideline_versions",
        sa.Column("code", sa.String(60), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("drug_inn", sa.String(80), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("effective_until", sa.Date()),
        sa.Column("content", sa.JSON(), nullable=False),
        sa.Column("content_sha256", sa.String(64), nullable=False),
        sa.Column("published_by", sa.String(120), nullable=False),
        sa.Column("published_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("code", "version", name="pk_guideline_versions"),
    )
    op.create_table(
        "offlabel_requests",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("physician_sub", sa.String(120), nullable=False),
        sa.Column("council_no", sa.String(40), nullable=False),
        sa.Column("specialty", sa.String(80), nullable=False),
        sa.Column("patient_national_code", sa.String(10), nullable=False),
        sa.Column("insurer", sa.String(20)),
        sa.Column("eye", sa.String(5), nullable=False),
        sa.Column("diagnosis_icd10", sa.String(10), nullable=False),
        sa.Column("drug", sa.String(80), nullable=False),
        sa.Column("drug_inn", sa.String(80), nullable=False),
        sa.Column("route", sa.String(40)),
        sa.Column("dose_mg", sa.Numeric(8, 4), nullable=False),
        sa.Column("planned_date", sa.Date(), nullable=False),
        sa.Column("care_setting", sa.String(60)),
        sa.Column("preparation", sa.String(60)),
        sa.Column("earlier_injections", sa.JSON(), nullable=False),
        sa.Column("documents", sa.JSON(), nullable=False),
        sa.Column("contraindications", sa.JSON()),
        sa.Column("comorbidities_icd10", sa.JSON(), nullable=False),
        sa.Column("informed_consent", sa.JSON()),
        sa.Column("guideline_code", sa.String(60)),
        sa.Column("guideline_version", sa.Integer()),
        sa.Column("evaluation", sa.JSON(), nullable=False),
        sa.Column("ruleset_version", sa.String(80), nullable=False),
        sa.Column("decision_id", sa.String(36), nullable=False),
        sa.Column("valid_until", sa.Date()),
        sa.Column("coverage_status", sa.String(20)),
        sa.Column("coverage_reason", sa.Text()),
        sa.Column("coverage_decision_id", sa.String(36)),
        sa.Column("coverage_at", sa.DateTime(timezone=True)),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_offlabel_requests"),
    )
    op.create_index("ix_offlabel_requests_status", "offlabel_requests", ["status"])
    op.create_index("ix_offlabel_requests_council_no", "offlabel_requests", ["council_no"])
    op.create_index("ix_offlabel_requests_patient_national_code", "offlabel_requests", ["patient_national_code"])
    op.create_index("ix_offlabel_requests_insurer", "offlabel_requests", ["insurer"])
    op.create_index("ix_offlabel_requests_drug_inn", "offlabel_requests", ["drug_inn"])
    op.create_table(
        "coverage_decisions",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False, autoincrement=True),
        sa.Column("request_id", sa.String(36), nullable=False),
        sa.Column("insurer", sa.String(20), nullable=False),
        sa.Column("covered", sa.Boolean(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("decision_id", sa.String(36), nullable=False),
        sa.Column("actor_sub", sa.String(120), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_coverage_decisions"),
        sa.ForeignKeyConstraint(["request_id"], ["offlabel_requests.id"], name="fk_coverage_decisions_request_id_offlabel_requests"),
    )
    op.create_index("ix_coverage_decisions_request_id", "coverage_decisions", ["request_id"])


def downgrade() -> None:
    op.drop_index("ix_coverage_decisions_request_id", table_name="coverage_decisions")
    op.drop_table("coverage_decisions")
    for ix in ("drug_inn", "insurer", "patient_national_code", "council_no", "status"):
        op.drop_index(f"ix_offlabel_requests_{ix}", table_name="offlabel_requests")
    op.drop_table("offlabel_requests")
    op.drop_table("guideline_versions")
