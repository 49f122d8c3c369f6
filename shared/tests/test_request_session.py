"""Issue 17: the request's session in one trip to the thread pool (shared.routing, shared.db), on the embedded SQLite.

A plain `def` endpoint of a ServiceRouter runs in the thread pool once; a transaction that only read ends there, one
that wrote is committed after the answer was built and validated; a GET or HEAD reads in a deferred transaction,
which leaves the write lock to writers.
"""

from __future__ import annotations

import sqlite3
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from fastapi import Request
from fastapi.testclient import TestClient
from pydantic import BaseModel
from sqlalchemy import event, func, select

from shared.app import create_service_app
from shared.db import ReadOnlyRequestWrote, SessionDep
from shared.errors import Conflict
from shared.http import IdempotencyKey
from shared.routing import ServiceRouter
from shared.settings import settings_class
from shared.testing import TEST_ISSUER, make_test_keys

MIGRATIONS = Path(__file__).parent / "migrations"
Settings = settings_class("sessiontest", "SESSIONTEST_")
router = ServiceRouter()


class Count(BaseModel):
    n: int
    endpoint_thread: int = 0
    outside_write: str = ""


def _key(name: str) -> IdempotencyKey:
    return IdempotencyKey(scope=name, request_hash="0" * 64, state="done", created_at=datetime.now(UTC))


def _count(session: Any) -> int:
    return int(session.scalar(select(func.count()).select_from(IdempotencyKey)))


def _write_from_another_connection(request: Request, name: str) -> str:
    """Insert a row from a second connection that waits 0.2 s at most for the write lock: 'written' or the error."""
    db = request.app.state.engine.url.database
    conn = sqlite3.connect(db, timeout=0.2, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT INTO idempotency_keys (scope, request_hash, state, created_at) VALUES (?, ?, 'done', ?)",
            (name, "0" * 64, datetime.now(UTC).isoformat()),
        )
        conn.execute("COMMIT")
        return "written"
    except sqlite3.OperationalError as exc:
        return str(exc)
    finally:
        conn.close()


@router.get("/v1/count", response_model=Count)
def read_count(request: Request, session: SessionDep, outside: str = "") -> dict[str, Any]:
    n = _count(session)  # the transaction is open from here
    written = _write_from_another_connection(request, outside) if outside else ""
    return {"n": n, "endpoint_thread": threading.get_ident(), "outside_write": written}


@router.post("/v1/count", response_model=Count)
def write_then_report(request: Request, session: SessionDep, name: str, outside: str = "", answer: str = "ok") -> dict[str, Any]:
    session.add(_key(name))
    session.flush()
    written = _write_from_another_connection(request, outside) if outside else ""
    if answer == "conflict":
        raise Conflict("asked to fail after writing")
    return {"n": _count(session) if answer == "ok" else "not a number", "outside_write": written}


@router.post("/v1/duplicate", response_model=Count)
def add_unflushed_duplicate(session: SessionDep, name: str) -> dict[str, Any]:
    session.add(_key(name))  # flushed by the commit after the answer: the unique key fails there
    return {"n": 0}


@router.get("/v1/writing-get", response_model=Count)
def a_get_that_writes(session: SessionDep, name: str) -> dict[str, Any]:
    session.add(_key(name))
    session.flush()
    return {"n": _count(session)}


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("session")
    keys = make_test_keys(tmp / "keys")
    settings = Settings(environment="test", data_dir=tmp, jwks_path=keys.jwks_path, jwt_issuer=TEST_ISSUER)
    return create_service_app(settings, title="session", description="t", routers=[router], migrations_dir=MIGRATIONS)


@pytest.fixture(scope="module")
def client(app):
    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


def _stored(app, name: str) -> bool:
    with app.state.sessionmaker() as s:
        return s.get(IdempotencyKey, name) is not None


def test_get_reads_in_a_deferred_transaction_and_leaves_the_write_lock_to_writers(client, app):
    r = client.get("/v1/count", params={"outside": "w-during-get"})
    assert r.status_code == 200, r.text
    assert r.json()["outside_write"] == "written", "a GET's transaction held the write lock (BEGIN IMMEDIATE)"
    assert _stored(app, "w-during-get")


def test_a_writing_request_holds_the_write_lock_from_its_first_statement(client, app):
    r = client.post("/v1/count", params={"name": "w-post", "outside": "w-during-post"})
    assert r.status_code == 200, r.text
    assert r.json()["outside_write"] == "database is locked"
    assert _stored(app, "w-post") and not _stored(app, "w-during-post")


def test_a_read_only_request_takes_one_trip_to_the_thread_pool(client, app, monkeypatch):
    """The endpoint and the end of its read-only transaction share one trip; a write adds the commit's trip."""
    import shared.db
    import shared.routing

    trips: list[str] = []
    commits: list[int] = []

    def counting(module: Any) -> Any:
        real = module.run_in_threadpool

        async def run(fn: Any, *args: Any, **kwargs: Any) -> Any:
            trips.append(getattr(fn, "__name__", repr(fn)))
            return await real(fn, *args, **kwargs)

        return run

    monkeypatch.setattr(shared.routing, "run_in_threadpool", counting(shared.routing))
    monkeypatch.setattr(shared.db, "run_in_threadpool", counting(shared.db))

    def on_commit(_session: Any) -> None:
        commits.append(threading.get_ident())

    event.listen(app.state.sessionmaker, "after_commit", on_commit)
    try:
        r = client.get("/v1/count")
    finally:
        event.remove(app.state.sessionmaker, "after_commit", on_commit)
    assert r.status_code == 200, r.text
    assert trips == ["_run"], trips
    assert commits == [r.json()["endpoint_thread"]], "the read-only transaction was not ended in the endpoint's thread"
    trips.clear()
    assert client.post("/v1/count", params={"name": "w-trips"}).status_code == 200
    assert trips == ["_run", "commit"], trips


def test_a_write_is_committed_only_after_the_answer_was_validated(client, app):
    r = client.post("/v1/count", params={"name": "w-bad-answer", "answer": "bad"})
    assert r.status_code == 500
    assert not _stored(app, "w-bad-answer"), "the write was committed although the answer failed its model"
    ok = client.post("/v1/count", params={"name": "w-good-answer"})
    assert ok.status_code == 200 and _stored(app, "w-good-answer")


def test_an_endpoint_that_raises_after_writing_leaves_nothing(client, app):
    r = client.post("/v1/count", params={"name": "w-raised", "answer": "conflict"})
    assert r.status_code == 409, r.text
    assert not _stored(app, "w-raised")
    after = client.post("/v1/count", params={"name": "w-after-raise", "outside": "w-outside-after-raise"})
    assert after.status_code == 200 and after.json()["outside_write"] == "database is locked", "the failed request's lock was kept"


def test_a_uniqueness_failure_at_commit_is_a_409_conflict(client, app):
    assert client.post("/v1/duplicate", params={"name": "w-dup"}).status_code == 200
    r = client.post("/v1/duplicate", params={"name": "w-dup"})
    assert r.status_code == 409 and r.json()["type"].endswith("conflict"), r.text


def test_a_get_that_writes_is_reported(client, app):
    with pytest.warns(ReadOnlyRequestWrote):
        r = client.get("/v1/writing-get", params={"name": "w-get"})
    assert r.status_code == 200, r.text
    assert _stored(app, "w-get"), "a GET's write is upgraded and committed when nobody else wrote meanwhile"
