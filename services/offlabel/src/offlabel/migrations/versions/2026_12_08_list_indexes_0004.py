"""offlabel: indexes matching the request list's filters and order (issue 18: keyset pages at national volume)

The list reads newest first, `(created_at, id)` descending, after the cursor's row; each index ends with those columns
so a page is an index range read backwards: all requests (the ministry), a physician's (council number), an insurer's
insured, one status (`status=`, alone or within an insurer's), and the pending requests a physician completes.

Revision ID: offlabel_0004
Revises: offlabel_0003
Create Date: 2026-12-08
"""

import sqlalchemy as sa
from alembic import op

revision = "offlabel_0004"
down_revision = "offlabel_0003"
branch_labels = None
depends_on = None

INDEXES = {
    "ix_offlabel_requests_list": ["created_at", "id"],
    "ix_offlabel_requests_council_list": ["council_no", "created_at", "id"],
    "ix_offlabel_requests_insurer_list": ["insurer", "created_at", "id"],
    "ix_offlabel_requests_status_list": ["status", "created_at", "id"],
    "ix_offlabel_requests_insurer_status_list": ["insurer", "status", "created_at", "id"],
}
PENDING = "status IN ('pending_documents', 'pending_clarification')"


def upgrade() -> None:
    for name, columns in INDEXES.items():
        op.create_index(name, "offlabel_requests", columns)
    # the open (pending) requests of a physician, the ones they still complete: a small partial index
    op.create_index(
        "ix_offlabel_requests_council_pending", "offlabel_requests", ["council_no", "created_at", "id"],
        postgresql_where=sa.text(PENDING), sqlite_where=sa.text(PENDING),
    )


def downgrade() -> None:
    op.drop_index("ix_offlabel_requests_council_pending", table_name="offlabel_requests")
    for name in INDEXES:
        op.drop_index(name, table_name="offlabel_requests")
