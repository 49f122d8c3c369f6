"""Loading reference lists: shipped at start-up, uploaded CSVs as new versions (service functions only flush)."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

from fastapi import FastAPI
from sqlalchemy import event, func, select, text
from sqlalchemy.orm import Session

from customs.declarations.rules import Engine
from customs.reference.lists import LIST_SPECS, ReferenceData, ReferenceFormatError, parse_csv, rows_digest
from customs.reference.models import ReferenceVersion
from customs.reference.shipped import shipped_reference
from shared.db import is_postgres
from shared.decisions import record_decision
from shared.errors import ValidationProblem
from shared.statebus import PgToken, Replicated, bus_for

log = logging.getLogger("customs.reference")
TOKEN_SQL = "SELECT coalesce(max(id), 0) FROM reference_versions"  # the primary key's index: one lookup


def install(app: FastAPI, reference: ReferenceData) -> None:
    """Swap in a reference snapshot and the engine built on it (one assignment each: readers see old or new)."""
    app.state.customs_engine = Engine(app.state.registry, reference)
    app.state.reference = reference


def reference_token(app: FastAPI) -> int:
    """The data version of the uploaded lists: the highest committed upload id (one index lookup; 0 when none).

    Its own connection from the engine, never the request sessions' factory: it runs from the poll thread too."""
    with app.state.engine.connect() as conn:
        return int(conn.execute(text(TOKEN_SQL)).scalar_one())


def reload(app: FastAPI) -> int:
    """Shipped lists, overridden by the latest uploaded version of each; installs them and returns their token."""
    reference = shipped_reference()
    with app.state.sessionmaker() as s:
        token = int(s.execute(select(func.coalesce(func.max(ReferenceVersion.id), 0))).scalar_one())
        for name in LIST_SPECS:
            row = s.execute(
                select(ReferenceVersion).where(ReferenceVersion.list_name == name).order_by(ReferenceVersion.seq.desc()).limit(1)
            ).scalar_one_or_none()
            if row is not None:
                reference = reference.with_list(name, row.rows, row.version)
    install(app, reference)
    log.info("reference lists loaded at token %s (%s)", token, reference.version)
    return token


def load_at_startup(app: FastAPI) -> None:
    """Load the lists and keep them current across replicas (shared.statebus: Redis when configured, else the database)."""
    settings = app.state.settings
    engine = app.state.engine
    query = PgToken(engine.url.set(drivername="postgresql").render_as_string(hide_password=False), TOKEN_SQL) if is_postgres(engine) else None
    bus = bus_for("customs", getattr(settings, "redis_url", ""))
    state = Replicated("reference", bus, lambda: reference_token(app), lambda: reload(app), db_query=query)
    app.state.reference_state = state
    try:
        state.load()
    except Exception:  # pragma: no cover - a database without the table yet: shipped data only
        log.exception("could not read uploaded reference versions; using the shipped lists")
        install(app, shipped_reference())


def poll(app: FastAPI) -> None:
    """Periodic task: an idle replica picks up another replica's upload within state_poll_seconds."""
    state = getattr(app.state, "reference_state", None)
    if state is not None:
        state.poll()


def _after_commit(app: FastAPI) -> None:
    """Once the upload is committed (before the answer): reload here, then tell the other replicas."""
    try:
        app.state.reference_state.published()
    except Exception:  # the commit stands; the database check and the periodic poll catch up
        log.exception("could not reload the reference lists after an upload")


def upload(session: Session, app: FastAPI, list_name: str, text: str, actor: Any) -> tuple[ReferenceVersion, ReferenceData]:
    """Parse and store a new version of a list (422 on any invalid row; nothing stored); returns the new snapshot.

    The new lists are installed (here and on every replica) only after the request's commit, so a failed commit never
    changes what is served.
    """
    try:
        rows = parse_csv(list_name, text)
    except ReferenceFormatError as exc:
        raise ValidationProblem(str(exc), detail_fa="فایل CSV با قالب فهرست سازگار نیست.", errors=exc.errors) from None
    except UnicodeDecodeError:  # pragma: no cover - decoded by the router
        raise ValidationProblem("The CSV must be UTF-8 text.", detail_fa="فایل CSV باید متن UTF-8 باشد.") from None
    if list_name in ("formulary", "controlled", "customs_offices", "dosage_forms", "export_small_quantity") and not rows:
        raise ValidationProblem(
            f"The {list_name} list cannot be emptied.",
            detail_fa=f"فهرست {list_name} را نمی توان خالی کرد.",
            errors=[{"field": "body", "message": "no rows", "message_fa": "هیچ ردیفی ندارد"}],
        )
    candidate = app.state.reference.with_list(list_name, rows, "pending")
    Engine(app.state.registry, candidate)  # the engine must build on it before anything is stored
    seq = (session.execute(select(func.max(ReferenceVersion.seq)).where(ReferenceVersion.list_name == list_name)).scalar() or 0) + 1
    digest = rows_digest(rows)
    rec = ReferenceVersion(
        list_name=list_name,
        seq=seq,
        version=f"v{seq}-{digest}",
        digest=digest,
        row_count=len(rows),
        rows=rows,
        uploaded_by=getattr(actor, "sub", None),
        created_at=datetime.now(UTC),
    )
    session.add(rec)
    session.flush()
    ref = app.state.reference.with_list(list_name, rows, rec.version)
    record_decision(
        session,
        kind="customs.reference.load",
        subject_type="reference_list",
        subject_id=list_name,
        inputs={"list": list_name, "rows": len(rows), "digest": digest},
        outcome={"version": rec.version, "reference_version": ref.version},
        basis=[],
        ruleset_version=app.state.customs_engine.ruleset_version,
        actor=actor,
    )
    event.listen(session, "after_commit", lambda _s: _after_commit(app), once=True)
    return rec, ref
