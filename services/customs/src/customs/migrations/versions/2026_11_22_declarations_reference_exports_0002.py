"""customs domain tables: reference versions, declarations, expert assignments, letter counters, export permits

Revision ID: customs_0002
Revises: customs_0001
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "customs_0002"
down_revision = "customs_0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reference_versions",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("list_name", sa.String(40), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("version", sa.String(40), nullable=False),
        sa.Column("digest", sa.String(20), nullable=False),
        sa.Column("row_count", sa.Integer(), nullable=False),
        sa.Column("rows", sa.JSON(), nullable=False),
        sa.Column("uploaded_by", sa.String(120), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_reference_versions"),
        sa.UniqueConstraint("list_name", "seq", name="uq_reference_versions_list_name_seq"),
    )
    op.create_index("ix_reference_versions_list_name", "reference_versions", ["list_name"])

    op.create_table(
        "declarations",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("channel", sa.String(20), nullable=False),
        sa.Column("purpose", sa.String(30), nullable=False),
        sa.Column("customs_office", sa.String(40), nullable=False),
        sa.Column("owner_kind", sa.String(10), nullable=False),
        sa.Column("owner_national_code", sa.String(10), nullable=True),
        sa.Column("owner_passport_no", sa.String(20), nullable=True),
        sa.Column("warehouse_receipt_no", sa.String(60), nullable=True),
        sa.Column("decision_date", sa.Date(), nullable=False),
        sa.Column("state", sa.String(40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("evaluation", sa.JSON(), nullable=False),
        sa.Column("items_state", sa.JSON(), nullable=False),
        sa.Column("steps", sa.JSON(), nullable=False),
        sa.Column("ruleset_version", sa.String(80), nullable=False),
        sa.Column("reference_version", sa.String(40), nullable=False),
        sa.Column("reference_versions", sa.JSON(), nullable=False),
        sa.Column("seal_id", sa.String(60), nullable=True),
        sa.Column("stamped_by", sa.String(120), nullable=True),
        sa.Column("stamped_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("clearance_letter_no", sa.String(40), nullable=True),
        sa.Column("clearance_letter_date", sa.Date(), nullable=True),
        sa.Column("created_by", sa.String(120), nullable=True),
        sa.Column("created_by_role", sa.String(40), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_declarations"),
        sa.UniqueConstraint("clearance_letter_no", name="uq_declarations_clearance_letter_no"),
    )
    op.create_index("ix_declarations_customs_office", "declarations", ["customs_office"])
    op.create_index("ix_declarations_owner_national_code", "declarations", ["owner_national_code"])
    op.create_index("ix_declarations_owner_passport_no", "declarations", ["owner_passport_no"])
    op.create_index("ix_declarations_state", "declarations", ["state"])

    op.create_table(
        "expert_assignments",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("office_code", sa.String(40), nullable=False),
        sa.Column("expert_sub", sa.String(120), nullable=False),
        sa.Column("expert_name", sa.String(200), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("assigned_by", sa.String(120), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_expert_assignments"),
        sa.UniqueConstraint("office_code", "expert_sub", name="uq_expert_assignments_office_code_expert_sub"),
    )
    op.create_index("ix_expert_assignments_office_code", "expert_assignments", ["office_code"])
    op.create_index("ix_expert_assignments_expert_sub", "expert_assignments", ["expert_sub"])

    op.create_table(
        "letter_counters",
        sa.Column("series", sa.String(20), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("series", "year", name="pk_letter_counters"),
    )

    op.create_table(
        "export_permits",
        sa.Column("id", sa.String(36), nullable=False),
        sa.Column("customs_office", sa.String(40), nullable=False),
        sa.Column("applicant_national_code", sa.String(10), nullable=True),
        sa.Column("applicant_passport_no", sa.String(20), nullable=True),
        sa.Column("destination_country", sa.String(80), nullable=False),
        sa.Column("decision_date", sa.Date(), nullable=False),
        sa.Column("state", sa.String(40), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("evaluation", sa.JSON(), nullable=False),
        sa.Column("steps", sa.JSON(), nullable=False),
        sa.Column("ruleset_version", sa.String(80), nullable=False),
        sa.Column("reference_version", sa.String(40), nullable=False),
        sa.Column("permit_letter_no", sa.String(40), nullable=True),
        sa.Column("created_by", sa.String(120), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_export_permits"),
        sa.UniqueConstraint("permit_letter_no", name="uq_export_permits_permit_letter_no"),
    )
    op.create_index("ix_export_permits_customs_office", "export_permits", ["customs_office"])
    op.create_index("ix_export_permits_applicant_national_code", "export_permits", ["applicant_national_code"])
    op.create_index("ix_export_permits_applicant_passport_no", "export_permits", ["applicant_passport_no"])
    op.create_index("ix_export_permits_state", "export_permits", ["state"])


def downgrade() -> None:
    op.drop_table("export_permits")
    op.drop_table("letter_counters")
    op.drop_table("expert_assignments")
    op.drop_table("declarations")
    op.drop_table("reference_versions")
