"""Alembic per service: programmatic config, an env.py body, the platform tables' first migration."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from alembic import command
from alembic.config import Config

log = logging.getLogger("shared.migrations")

FILE_TEMPLATE = "%%(year)d_%%(month).2d_%%(day).2d_%%(slug)s_%%(rev)s"
ADVISORY_LOCK_ID = 7_245_118_302


def alembic_config(migrations_dir: Path, url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir))
    cfg.set_main_option("file_template", FILE_TEMPLATE)
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def upgrade_head(migrations_dir: Path, url: str) -> None:
    """Apply every migration; on PostgreSQL under an advisory lock so replicas starting together do not race."""
    cfg = alembic_config(migrations_dir, url)
    if url.startswith("postgresql"):
        from shared.db import make_engine

        engine = make_engine(url, poolclass=sa.pool.NullPool)
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT pg_advisory_lock(:k)"), {"k": ADVISORY_LOCK_ID})
            conn.commit()
            try:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                conn.commit()
            finally:
                conn.execute(sa.text("SELECT pg_advisory_unlock(:k)"), {"k": ADVISORY_LOCK_ID})
                conn.commit()
        engine.dispose()
    else:
        command.upgrade(cfg, "head")


def run_env(target_metadata: sa.MetaData) -> None:
    """The whole body of a service's migrations/env.py."""
    from alembic import context

    from shared.db import make_engine

    cfg = context.config
    connection = cfg.attributes.get("connection")
    if context.is_offline_mode():
        context.configure(url=cfg.get_main_option("sqlalchemy.url"), target_metadata=target_metadata, literal_binds=True, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    if connection is not None:
        context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True, compare_type=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    url = cfg.get_main_option("sqlalchemy.url")
    if url is None:  # alembic_config always sets it
        raise RuntimeError("alembic configuration without sqlalchemy.url")
    engine = make_engine(url, poolclass=sa.pool.NullPool)
    with engine.connect() as conn:
        context.configure(connection=conn, target_metadata=target_metadata, render_as_batch=True, compare_type=True)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


def _bigint() -> sa.types.TypeEngine[int]:
    return sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def create_platform_tables(op: Any) -> None:  # alembic.op (a module proxy of Operations)
    """Tables the shared library owns (decision records, chain head, idempotency keys); frozen as of 2026-11-22."""
    op.create_table(
        "decision_records",
        sa.Column("id", _bigint(), primary_key=True, autoincrement=True),
        sa.Column("seq", _bigint(), nullable=False),
        sa.Column("decision_id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(80), nullable=False),
        sa.Column("subject_type", sa.String(40), nullable=False),
        sa.Column("subject_id", sa.String(64), nullable=False),
        sa.Column("actor_sub", sa.String(120)),
        sa.Column("actor_role", sa.String(40)),
        sa.Column("actor_org", sa.String(120)),
        sa.Column("inputs", sa.JSON(), nullable=False),
        sa.Column("outcome", sa.JSON(), nullable=False),
        sa.Column("basis", sa.JSON(), nullable=False),
        sa.Column("ruleset_version", sa.String(80), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_decision_records"),
        sa.UniqueConstraint("seq", name="uq_decision_records_seq"),
        sa.UniqueConstraint("decision_id", name="uq_decision_records_decision_id"),
        sa.UniqueConstraint("hash", name="uq_decision_records_hash"),
    )
    op.create_index("ix_decision_records_kind", "decision_records", ["kind"])
    op.create_index("ix_decision_records_subject_id", "decision_records", ["subject_id"])
    op.create_table(
        "decision_chain_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("last_seq", _bigint(), nullable=False),
        sa.Column("last_hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_decision_chain_head"),
    )
    op.execute("INSERT INTO decision_chain_head (id, last_seq, last_hash) VALUES (1, 0, '" + "0" * 64 + "')")
    op.create_table(
        "idempotency_keys",
        sa.Column("scope", sa.String(400), nullable=False),
        sa.Column("request_hash", sa.String(64), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        sa.Column("status_code", sa.Integer()),
        sa.Column("body", sa.JSON()),
        sa.Column("headers", sa.JSON()),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("scope", name="pk_idempotency_keys"),
    )


def drop_platform_tables(op: Any) -> None:
    op.drop_table("idempotency_keys")
    op.drop_table("decision_chain_head")
    op.drop_index("ix_decision_records_subject_id", table_name="decision_records")
    op.drop_index("ix_decision_records_kind", table_name="decision_records")
    op.drop_table("decision_records")


def main() -> None:  # pragma: no cover - developer CLI
    """`python -m shared.migrations {upgrade|revision} SERVICE [-m MESSAGE]`."""
    import argparse
    import importlib

    p = argparse.ArgumentParser()
    p.add_argument("action", choices=["upgrade", "revision"])
    p.add_argument("service")
    p.add_argument("-m", "--message", default="change")
    a = p.parse_args()
    mod = importlib.import_module(f"{a.service}.main")
    settings = mod.get_settings()
    mdir = mod.MIGRATIONS_DIR
    if a.action == "upgrade":
        upgrade_head(mdir, settings.effective_database_url)
    else:
        command.revision(alembic_config(mdir, settings.effective_database_url), message=a.message, autogenerate=True)


if __name__ == "__main__":  # pragma: no cover
    main()
