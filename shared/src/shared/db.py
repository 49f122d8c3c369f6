"""Database: declarative base with a naming convention, engines for SQLite and PostgreSQL, the request session."""

from __future__ import annotations

import warnings
from collections.abc import AsyncIterator, Callable
from contextvars import ContextVar
from typing import Annotated, Any

from fastapi import Depends, Request
from fastapi.concurrency import run_in_threadpool
from sqlalchemy import MetaData, create_engine, event, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import DeclarativeBase, ORMExecuteState, Session, sessionmaker

from shared.errors import Conflict, ServiceUnavailable

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# True while a request that only reads (GET, HEAD) runs: set by `get_session`, read where its transaction begins.
READS_ONLY: ContextVar[bool] = ContextVar("regplat_reads_only", default=False)


class Base(DeclarativeBase):
    """Every service's models derive from this; each service has its own database and migrations."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for SQLite (embedded default: WAL, foreign keys on) or PostgreSQL (pooled, pre-ping)."""
    if url.startswith("sqlite"):
        if ":///" in url and not url.endswith(":memory:"):
            from pathlib import Path

            Path(url.split(":///", 1)[1]).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30}, **kwargs)

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _: Any) -> None:  # pragma: no cover - trivial
            dbapi_conn.isolation_level = None  # SQLAlchemy's pysqlite recipe: we emit BEGIN ourselves
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.close()

        @event.listens_for(engine, "begin")
        def _begin(conn: Connection) -> None:  # pragma: no cover - trivial
            # BEGIN IMMEDIATE: embedded SQLite serialises writers up front instead of failing a
            # read-then-write transaction with SQLITE_BUSY_SNAPSHOT under concurrency. A request that
            # only reads (GET, HEAD: see get_session) begins a deferred transaction instead: in WAL mode
            # its reads neither wait for the writer nor for each other (issue 17).
            conn.exec_driver_sql("BEGIN" if READS_ONLY.get() else "BEGIN IMMEDIATE")

        return engine
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    kwargs.setdefault("pool_pre_ping", True)
    if "poolclass" not in kwargs:
        kwargs.setdefault("pool_size", 10)
        kwargs.setdefault("max_overflow", 20)
    return create_engine(url, **kwargs)


def is_postgres(engine_or_session: Engine | Session) -> bool:
    bind = engine_or_session.get_bind() if isinstance(engine_or_session, Session) else engine_or_session
    return bind.dialect.name == "postgresql"


def ping(engine: Engine) -> bool:
    READS_ONLY.set(True)  # a read: on SQLite no write lock (run in the thread pool: a copy of the caller's context)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return True
    except Exception:  # noqa: BLE001 - readiness probe: any failure to reach the database means "not ready"
        return False


# ------------------------------------------------------------------ the request session

_WROTE = "regplat.wrote"
SAFE_METHODS = frozenset({"GET", "HEAD"})


def track_writes(factory: sessionmaker) -> sessionmaker:
    """Mark each session of `factory` that flushed or executed anything but a SELECT (see `has_writes`)."""
    event.listen(factory, "after_flush", _mark_written)
    event.listen(factory, "do_orm_execute", _mark_written_unless_select)
    return factory


class ReadOnlyRequestWrote(UserWarning):
    """A GET or HEAD request wrote to the database (an error under pytest: pyproject.toml's filterwarnings)."""


def _mark_written(session: Session, *_: Any) -> None:
    if READS_ONLY.get() and not session.info.get(_WROTE):
        # No GET or HEAD route writes (every in-process test of the services runs with this warning as an error).
        # Were one to, SQLite upgrades its deferred transaction to a write; if another writer committed meanwhile,
        # SQLite refuses (SQLITE_BUSY_SNAPSHOT) and the request answers 503 with Retry-After: safe, but wrong.
        warnings.warn("a GET or HEAD request wrote to the database", ReadOnlyRequestWrote, stacklevel=2)
    session.info[_WROTE] = True


def _mark_written_unless_select(state: ORMExecuteState) -> None:
    if not state.is_select:
        _mark_written(state.session)


def has_writes(session: Session) -> bool:
    """Whether the session wrote (a flush, an INSERT/UPDATE/DELETE or any non-SELECT statement) or holds unflushed changes."""
    return bool(session.info.get(_WROTE) or session.new or session.dirty or session.deleted)


def end_read_only(session: Session) -> None:
    """Commit a transaction that only read, in the calling thread (an offloaded endpoint's: shared.routing).

    It holds nothing to lose, and ending it where it ran spares the request a second trip to the thread pool.
    A transaction that wrote stays open: `get_session` commits it after the answer is built and validated.
    """
    if session.in_transaction() and not has_writes(session):
        session.commit()


async def _in_thread_if_open(session: Session, action: Callable[[], None]) -> None:
    """Run a rollback or close in the thread pool when the session holds a connection (I/O), else here (no I/O)."""
    if session.in_transaction():
        await run_in_threadpool(action)
    else:
        action()


async def get_session(request: Request) -> AsyncIterator[Session]:
    """The request-scoped session: commits once after the handler, or rolls back (house style).

    Async, so that opening a session (no I/O: a connection is taken at the first statement) and closing one
    that holds no connection cost no thread-pool hop; a commit or a rollback that has work to do runs in the
    thread pool. A read-only transaction was already ended in the endpoint's own thread (`end_read_only`).
    """
    factory: sessionmaker = request.app.state.sessionmaker
    READS_ONLY.set(request.method in SAFE_METHODS)  # in this request's task; the thread pool runs a copy of its context
    session = factory()
    try:
        yield session
        if session.in_transaction() or has_writes(session):
            await run_in_threadpool(session.commit)
    except IntegrityError as exc:
        await _in_thread_if_open(session, session.rollback)
        raise Conflict("The write conflicts with stored data (a uniqueness or reference rule).", detail_fa="نوشتن با داده‌های ذخیره‌شده ناسازگار است.") from exc
    except OperationalError as exc:
        await _in_thread_if_open(session, session.rollback)
        raise ServiceUnavailable("The database is not reachable; retry later.", headers={"Retry-After": "5"}) from exc
    except BaseException:
        await _in_thread_if_open(session, session.rollback)
        raise
    finally:
        await _in_thread_if_open(session, session.close)


# scope="function": commit before the response is sent, so a failed commit is never a 2xx.
SessionDep = Annotated[Session, Depends(get_session, scope="function")]
