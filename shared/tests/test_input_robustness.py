"""Input robustness of the shared library (SHR-ERR): a failed idempotent write does not lock SQLite, an unhandled
error keeps the connection, pagination is bounded, NUL is refused, download names follow RFC 6266."""

import http.client
import json
import socket
import threading
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from fastapi import APIRouter
from fastapi.testclient import TestClient
from pydantic import BaseModel, Field
from sqlalchemy import select

from shared.app import create_service_app
from shared.auth import CurrentActor
from shared.db import SessionDep
from shared.errors import Conflict
from shared.http import IdempotencyDep, IdempotencyKey, content_disposition
from shared.pagination import MAX_OFFSET, numbered_page, offset_page
from shared.settings import settings_class
from shared.testing import TEST_ISSUER, make_test_keys

MIGRATIONS = Path(__file__).parent / "migrations"
Settings = settings_class("robust", "ROBUST_")
router = APIRouter()


class Note(BaseModel):
    text: str = Field(min_length=1, max_length=50)


@router.post("/v1/notes", status_code=201)
def create_note(body: Note, actor: CurrentActor, session: SessionDep, idem: IdempotencyDep) -> Any:
    """Writes a row in the request's session, then fails when asked to: the write lock is held when the error leaves."""
    if idem.replay:
        return idem.replay
    session.add(IdempotencyKey(scope=f"note|{body.text}|{time.time_ns()}", request_hash="0" * 64, state="done", created_at=datetime.now(UTC)))
    session.flush()
    if body.text == "fail":
        raise Conflict("asked to fail after writing")
    return idem.respond(session, {"text": body.text}, 201)


@router.get("/v1/boom")
def boom() -> dict:
    raise RuntimeError("an unexpected bug")


@router.get("/v1/items")
def items(page: offset_page(10, 50)) -> dict:
    return {"limit": page.limit, "offset": page.offset}


@router.get("/v1/pages")
def pages(page: numbered_page(20, 100, size_name="page_size")) -> dict:
    return {"page": page.number, "page_size": page.limit, "offset": page.offset}


@router.get("/v1/echo")
def echo(q: str = "") -> dict:
    return {"q": q}


@pytest.fixture(scope="module")
def sqlite_app(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("robust")
    keys = make_test_keys(tmp / "keys")
    settings = Settings(environment="test", data_dir=tmp, jwks_path=keys.jwks_path, jwt_issuer=TEST_ISSUER)
    app = create_service_app(settings, title="robust", description="t", routers=[router], migrations_dir=MIGRATIONS)
    return app, keys


@pytest.fixture(scope="module")
def sqlite_client(sqlite_app):
    with TestClient(sqlite_app[0]) as c:
        yield c


def test_shr_err_failed_idempotent_write_does_not_lock_sqlite(sqlite_app, sqlite_client):
    """The key's release used to open a second session behind the request's write lock: 30 s stall, then a 503."""
    app, keys = sqlite_app
    h = {**keys.headers("clerk", "org1", sub="u-lock"), "Idempotency-Key": "k-lock"}
    started = time.monotonic()
    failed = sqlite_client.post("/v1/notes", json={"text": "fail"}, headers=h)
    assert failed.status_code == 409 and failed.json()["type"].endswith("conflict"), failed.text
    other = sqlite_client.post("/v1/notes", json={"text": "other"}, headers=keys.headers("clerk", "org1", sub="u-other"))
    assert other.status_code == 201, other.text
    assert time.monotonic() - started < 5
    with app.state.sessionmaker() as s:  # the claim is released and the failed request's row rolled back
        scopes = s.scalars(select(IdempotencyKey.scope)).all()
        assert not any(sc.endswith("|k-lock") or sc.startswith("note|fail|") for sc in scopes)
    retry = sqlite_client.post("/v1/notes", json={"text": "fine"}, headers=h)
    assert retry.status_code == 201 and retry.headers.get("idempotent-replayed") is None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def live_url(sqlite_app):
    import uvicorn

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(sqlite_app[0], host="127.0.0.1", port=port, log_config=None, lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    yield port
    server.should_exit = True
    thread.join(timeout=10)


def test_shr_err_unhandled_error_is_500_problem_and_keeps_the_connection(live_url):
    """Starlette re-raised after the 500; uvicorn then closed the kept-alive connection (a proxy's queued requests got 502)."""
    conn = http.client.HTTPConnection("127.0.0.1", live_url, timeout=10)
    conn.request("GET", "/v1/boom", headers={"Accept-Language": "fa"})
    r = conn.getresponse()
    body = json.loads(r.read())
    assert r.status == 500 and r.getheader("content-type").startswith("application/problem+json")
    assert body["type"].endswith("/internal") and body["status"] == 500
    assert (r.getheader("connection") or "").lower() != "close"
    sock = conn.sock
    assert sock is not None
    conn.request("GET", "/healthz")
    r2 = conn.getresponse()
    assert r2.status == 200 and json.loads(r2.read()) == {"status": "ok"}
    assert conn.sock is sock, "the second request needed a new connection"
    conn.close()


@pytest.mark.parametrize(
    "query, field",
    [
        ("offset=9223372036854775808", "query.offset"),
        (f"offset={MAX_OFFSET + 1}", "query.offset"),
        ("offset=-1", "query.offset"),
        ("limit=0", "query.limit"),
        ("limit=51", "query.limit"),
        ("limit=9223372036854775808", "query.limit"),
    ],
)
def test_shr_err_offset_pagination_out_of_bounds_is_422(sqlite_client, query, field):
    r = sqlite_client.get(f"/v1/items?{query}")
    assert r.status_code == 422 and r.headers["content-type"].startswith("application/problem+json")
    assert r.json()["errors"][0]["field"] == field


def test_offset_pagination_in_bounds(sqlite_client):
    assert sqlite_client.get("/v1/items").json() == {"limit": 10, "offset": 0}
    assert sqlite_client.get(f"/v1/items?limit=50&offset={MAX_OFFSET}").json() == {"limit": 50, "offset": MAX_OFFSET}


def test_numbered_pagination_bounds_and_names(sqlite_client):
    assert sqlite_client.get("/v1/pages?page=3&page_size=10").json() == {"page": 3, "page_size": 10, "offset": 20}
    for q in ("page=0", "page=9223372036854775808", "page=10001", "page_size=101", "page_size=0"):
        assert sqlite_client.get(f"/v1/pages?{q}").status_code == 422, q


@pytest.mark.parametrize("url", ["/v1/echo?q=a%00b", "/v1/echo?a%00=1"])
def test_shr_err_nul_in_query_is_422(sqlite_client, url):
    r = sqlite_client.get(url)
    assert r.status_code == 422 and r.headers["content-type"].startswith("application/problem+json")


@pytest.mark.parametrize("payload", [b'{"text": "a\\u0000b"}', b'{"text": "\\\\\\u0000"}', b'{"text\\u0000": "x"}'])
def test_shr_err_nul_in_json_body_is_422_and_nothing_stored(sqlite_app, sqlite_client, payload):
    app, keys = sqlite_app
    with app.state.sessionmaker() as s:
        before = len(s.scalars(select(IdempotencyKey.scope)).all())
    h = {**keys.headers("clerk", "org1"), "Content-Type": "application/json"}
    r = sqlite_client.post("/v1/notes", content=payload, headers=h)
    assert r.status_code == 422 and r.json()["errors"][0]["code"] == "string_nul", r.text
    with app.state.sessionmaker() as s:
        assert len(s.scalars(select(IdempotencyKey.scope)).all()) == before


def test_escaped_backslash_before_u0000_is_text_not_nul(sqlite_app, sqlite_client):
    app, keys = sqlite_app
    r = sqlite_client.post("/v1/notes", content=b'{"text": "\\\\u0000"}', headers={**keys.headers("clerk", "org1"), "Content-Type": "application/json"})
    assert r.status_code == 201 and r.json() == {"text": "\\u0000"}


def test_content_disposition_rfc6266_persian_name():
    cd = content_disposition("centre-list-دانشگاه تهران.csv")
    assert cd.startswith('attachment; filename="centre-list-')
    assert "filename*=UTF-8''centre-list-%D8%AF%D8%A7%D9%86%D8%B4%DA%AF%D8%A7%D9%87%20%D8%AA%D9%87%D8%B1%D8%A7%D9%86.csv" in cd
    cd.encode("latin-1")  # a header value Starlette can send
    assert 'filename="a_b_c.txt"' in content_disposition('a"b\\c.txt')
