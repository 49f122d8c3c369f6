"""INS-R / SPEC correction 1: migration 0003 turns old `irc_code` rows holding ethics codes into ethics approvals.

Runs the real migrations on a fresh PostgreSQL database: up to 0002, old rows written as the old code
wrote them, then upgrade to head.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from alembic import command

from inspections.main import MIGRATIONS_DIR
from shared.db import make_engine
from shared.migrations import alembic_config
from shared.testing import fresh_database


def test_ins_migration_0003_splits_ethics_approvals_from_irc_registrations():
    with fresh_database("insmig") as url:
        cfg = alembic_config(MIGRATIONS_DIR, url)
        command.upgrade(cfg, "inspections_0002")
        engine = make_engine(url, poolclass=sa.pool.NullPool)
        now = dt.datetime.now(dt.UTC)
        with engine.begin() as conn:
            conn.execute(
                sa.text(
                    "INSERT INTO ins_centres (id, name, name_key, university, province, status, kinds, space_certified, registered_on, created_at, version) "
                    "VALUES ('c1', 'old', 'old', 'QUMS', 'Qazvin', 'active', '[\"cell_therapy\", \"exosome\"]', true, '2025-08-23', :now, 1)"
                ),
                {"now": now},
            )
            for aid, typ, code in (
                ("a1", "treatment", "IR.QUMS.REC.1404.101"),
                ("a2", "research", "ir.tums.rec.1404.300"),
                ("a3", "treatment", "1228054657201497"),
            ):
                conn.execute(
                    sa.text(
                        "INSERT INTO ins_approvals (id, centre_id, type, kind, irc_code, valid_from, created_at) "
                        "VALUES (:id, 'c1', :t, 'cell_therapy', :code, '2025-03-21', :now)"
                    ),
                    {"id": aid, "t": typ, "code": code, "now": now},
                )
        command.upgrade(cfg, "head")
        with engine.connect() as conn:
            rows = {r.id: r for r in conn.execute(sa.text("SELECT id, type, ethics_code, irc_code, verified, migrated_from FROM ins_approvals ORDER BY id"))}
        engine.dispose()
    assert (rows["a1"].type, rows["a1"].ethics_code, rows["a1"].irc_code) == ("ethics", "IR.QUMS.REC.1404.101", None)
    assert (rows["a2"].type, rows["a2"].ethics_code) == ("ethics", "IR.TUMS.REC.1404.300")  # lower case: still the ethics-code shape
    assert (rows["a3"].type, rows["a3"].irc_code, rows["a3"].verified) == ("irc", "1228054657201497", False)  # an IRC, never verified by a migration
    assert rows["a1"].migrated_from == "type=treatment irc_code=IR.QUMS.REC.1404.101"
