"""customs: indexes matching the declaration list's filters and order (issue 18: keyset pages at national volume)

The list reads newest first, `(created_at, id)` descending, after the cursor's row; each index below ends with those
columns so a page is an index range read backwards, whatever the table's size: all declarations (GIO, DG), one
office's (a customs officer, or `office=`), one state's (`state=`), one traveller's (national code or passport).

Revision ID: customs_0005
Revises: customs_0004
Create Date: 2026-12-08
"""

from alembic import op

revision = "customs_0005"
down_revision = "customs_0004"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_declarations_list": ["created_at", "id"],
    "ix_declarations_office_list": ["customs_office", "created_at", "id"],
    "ix_declarations_state_list": ["state", "created_at", "id"],
    "ix_declarations_office_state_list": ["customs_office", "state", "created_at", "id"],
    "ix_declarations_national_code_list": ["owner_national_code", "created_at", "id"],
    "ix_declarations_passport_list": ["owner_passport_no", "created_at", "id"],
}


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.create_index(name, "declarations", columns)


def downgrade() -> None:
    for name in INDEXES:
        op.drop_index(name, table_name="declarations")
