"""inspections: the centre list's filters in SQL, indexes matching every list's order, trigram name search (issue 18)

- `kinds` (a JSON list) becomes JSONB on PostgreSQL with a GIN index (jsonb_path_ops), so `kind=` is `kinds @> '["k"]'`
  in SQL instead of a filter over every row in Python (SQLite: json_each, no index).
- Centres: (university, name, id) for the list's order (a university's, or all), (university, status, name, id) and
  (status, university, name, id) for `status=`, (name, id) for the public search's order.
- Name search (`q=`): on PostgreSQL a trigram GIN index (pg_trgm, gin_trgm_ops) on `name_key`, the SHR-TEXT search key
  the names already get (shared.text.search_key), which serves `name_key LIKE '%key%'`; SQLite keeps the plain LIKE.
- Violations: newest first, (detected_on, id) descending, alone and after university, centre and state; a partial
  index of the open ones per university (the list the universities work from).
- Actions: (university, ordered_on) for the quarterly report's season.

Revision ID: inspections_0004
Revises: inspections_0003
Create Date: 2026-12-08
"""

import sqlalchemy as sa
from alembic import op

revision = "inspections_0004"
down_revision = "inspections_0003"
branch_labels = None
depends_on = None

INDEXES = [
    ("ix_ins_centres_list", "ins_centres", ["university", "name", "id"]),
    ("ix_ins_centres_university_status_list", "ins_centres", ["university", "status", "name", "id"]),
    ("ix_ins_centres_status_list", "ins_centres", ["status", "university", "name", "id"]),
    ("ix_ins_centres_name_list", "ins_centres", ["name", "id"]),
    ("ix_ins_violations_list", "ins_violations", ["detected_on", "id"]),
    ("ix_ins_violations_university_list", "ins_violations", ["university", "detected_on", "id"]),
    ("ix_ins_violations_centre_list", "ins_violations", ["centre_id", "detected_on", "id"]),
    ("ix_ins_violations_state_list", "ins_violations", ["state", "detected_on", "id"]),
    ("ix_ins_actions_university_ordered_on", "ins_actions", ["university", "ordered_on"]),
]
OPEN = "state = 'open'"


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute("ALTER TABLE ins_centres ALTER COLUMN kinds TYPE jsonb USING kinds::jsonb")
        op.execute("CREATE INDEX ix_ins_centres_kinds ON ins_centres USING gin (kinds jsonb_path_ops)")
    for name, table, columns in INDEXES:
        op.create_index(name, table, columns)
    op.create_index(
        "ix_ins_violations_open_list", "ins_violations", ["university", "detected_on", "id"],
        postgresql_where=sa.text(OPEN), sqlite_where=sa.text(OPEN),
    )
    if dialect == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute("CREATE INDEX ix_ins_centres_name_key_trgm ON ins_centres USING gin (name_key gin_trgm_ops)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_ins_centres_name_key_trgm")
        op.execute("DROP INDEX IF EXISTS ix_ins_centres_kinds")
        op.execute("ALTER TABLE ins_centres ALTER COLUMN kinds TYPE json USING kinds::json")
    op.drop_index("ix_ins_violations_open_list", table_name="ins_violations")
    for name, table, _ in reversed(INDEXES):
        op.drop_index(name, table_name=table)
