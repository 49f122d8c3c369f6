"""Test support shared by every member's tests: a real PostgreSQL, per-test rollback, signed tokens.

PostgreSQL is found in the order ARCHITECTURE.md gives: TEST_DATABASE_URL, a server on
127.0.0.1:5432, testcontainers when a Docker engine answers. With none, tests that need it
skip with a loud message locally and fail under CI (CI=true).
"""

from __future__ import annotations

import os
import socket
import sys
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import sessionmaker

from shared.auth import ensure_dev_keys, mint_token
from shared.db import make_engine
from shared.migrations import upgrade_head

if TYPE_CHECKING:
    from shared.provenance import RegulationRegistry

_server_url: str | None = None
# How long the test harnesses wait for a started process and for one answer: settings, for a slow, busy machine (issue 16).
READY_TIMEOUT = float(os.environ.get("REGPLAT_TEST_READY_TIMEOUT", "120"))
HTTP_TIMEOUT = float(os.environ.get("REGPLAT_TEST_HTTP_TIMEOUT", "30"))
TEST_ISSUER = "regplat-dev"  # the `iss` mint_token signs by default; services under test check it (environment=test)
_container = None


def _port_open(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def _try_connect(url: str) -> bool:
    try:
        eng = make_engine(url, poolclass=sa.pool.NullPool)
        with eng.connect() as c:
            c.execute(sa.text("SELECT 1"))
        eng.dispose()
        return True
    except Exception:  # noqa: BLE001 - a probe: any failure (refused, auth, no driver) means "not this URL"
        return False


def postgres_server_url() -> str:
    """A URL to a PostgreSQL server's maintenance database, or skip/fail (CI=true) when there is none."""
    global _server_url, _container
    if _server_url:
        return _server_url
    env = os.environ.get("TEST_DATABASE_URL")
    if env:
        _server_url = env
        return env
    if _port_open("127.0.0.1", 5432):
        for cand in (
            "postgresql://postgres@127.0.0.1:5432/postgres",
            "postgresql://postgres:postgres@127.0.0.1:5432/postgres",
            f"postgresql://{os.environ.get('USER', 'root')}@127.0.0.1:5432/postgres",
        ):
            if _try_connect(cand):
                _server_url = cand
                return cand
    try:
        import docker  # noqa: F401
        from testcontainers.postgres import PostgresContainer

        _container = PostgresContainer("postgres:16-alpine", driver="psycopg")
        _container.start()
        _server_url = _container.get_connection_url().replace("postgresql+psycopg://", "postgresql://")
        return _server_url
    except Exception as exc:  # noqa: BLE001 - no Docker engine, no image, or it would not start: no PostgreSQL here
        reason = f"no PostgreSQL: TEST_DATABASE_URL unset, nothing usable on 127.0.0.1:5432, testcontainers failed ({exc.__class__.__name__})"
    missing_component(f"PostgreSQL tests: {reason}")


@contextmanager
def fresh_database(prefix: str) -> Iterator[str]:
    """Create an empty database on the test server for one test session; drop it afterwards."""
    server = postgres_server_url()
    name = f"t_{prefix}_{uuid.uuid4().hex[:10]}"
    admin = make_engine(server, poolclass=sa.pool.NullPool, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(sa.text(f'CREATE DATABASE "{name}"'))
    base, _, _ = server.rpartition("/")
    url = f"{base}/{name}"
    try:
        yield url
    finally:
        with admin.connect() as c:
            c.execute(sa.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@dataclass
class TestKeys:
    """A throwaway RS256 key pair; `token(role, org, **claims)` signs a token for it."""

    private_pem: bytes
    jwks_path: Path

    def token(self, role: str, org: str | None = None, **claims: Any) -> str:
        return mint_token(self.private_pem, role=role, org=org, **claims)

    def headers(self, role: str, org: str | None = None, **claims: Any) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token(role, org, **claims)}"}


def make_test_keys(directory: Path) -> TestKeys:
    priv, jwks = ensure_dev_keys(directory)
    return TestKeys(priv.read_bytes(), jwks)


@contextmanager
def migrated_database(prefix: str, migrations_dir: Path) -> Iterator[str]:
    """A fresh PostgreSQL database with the service's real migrations applied."""
    with fresh_database(prefix) as url:
        upgrade_head(migrations_dir, url)
        yield url


@contextmanager
def rollback_per_test(app: Any) -> Iterator[None]:
    """Bind the app's sessions to one connection and roll its outer transaction back after the test."""
    engine = app.state.engine
    conn = engine.connect()
    outer = conn.begin()
    original = app.state.sessionmaker
    app.state.sessionmaker = sessionmaker(bind=conn, expire_on_commit=False, join_transaction_mode="create_savepoint")
    try:
        yield
    finally:
        app.state.sessionmaker = original
        outer.rollback()
        conn.close()


def service_settings(settings_cls: Callable[..., Any], url: str, keys: TestKeys, tmp: Path, **overrides: Any) -> Any:
    """Settings for a service under test: the migrated PostgreSQL database and the test keys."""
    return settings_cls(
        **{
            "environment": "test",
            "database_url": url,
            "jwks_path": keys.jwks_path,
            "jwt_issuer": TEST_ISSUER,
            "data_dir": tmp,
            "migrate_on_start": False,
            **overrides,
        }
    )


# ------------------------------------------------------------------ pytest fixtures (pytest_plugins = ["shared.testing"])


@dataclass
class ServiceUnderTest:
    """What a service's conftest names once; the fixtures below do the rest."""

    name: str
    create_app: Callable[..., Any]
    settings_cls: Callable[..., Any]
    migrations_dir: Path
    overrides: dict[str, Any] | None = None


@pytest.fixture(scope="session")
def keys(tmp_path_factory: pytest.TempPathFactory) -> TestKeys:
    """A test key pair and token factory: `keys.headers("gio_expert", org="THR-IKA")`."""
    return make_test_keys(tmp_path_factory.mktemp("keys"))


class _ServiceStack:
    """Per-service databases, apps and clients, built once per test session and keyed by service name.

    Session-scoped fixtures are shared across the whole run, so the per-service objects are
    cached here by name: each service's conftest overrides `service`, and gets its own app.
    """

    def __init__(self) -> None:
        from contextlib import ExitStack

        self.stack = ExitStack()
        self.items: dict[str, tuple[str, Any, Any]] = {}

    def get(self, service: ServiceUnderTest, keys: TestKeys, tmp_factory: Any) -> tuple[str, Any, Any]:
        if service.name not in self.items:
            from fastapi.testclient import TestClient

            url = self.stack.enter_context(migrated_database(service.name, service.migrations_dir))
            app = service.create_app(service_settings(service.settings_cls, url, keys, tmp_factory.mktemp(service.name), **(service.overrides or {})))
            client = self.stack.enter_context(TestClient(app))
            self.items[service.name] = (url, app, client)
        return self.items[service.name]


@pytest.fixture(scope="session")
def _service_stack() -> Iterator[_ServiceStack]:
    st = _ServiceStack()
    with st.stack:
        yield st


@pytest.fixture
def _service_objects(
    service: ServiceUnderTest, keys: TestKeys, _service_stack: _ServiceStack, tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, Any, Any]:
    return _service_stack.get(service, keys, tmp_path_factory)


@pytest.fixture
def db_url(_service_objects: tuple[str, Any, Any]) -> str:
    """A PostgreSQL database for this service, created once per run, with its real migrations applied."""
    return _service_objects[0]


@pytest.fixture
def app(_service_objects: tuple[str, Any, Any]) -> Any:
    return _service_objects[1]


@pytest.fixture
def client(_service_objects: tuple[str, Any, Any]) -> Iterator[Any]:
    """A TestClient whose writes are rolled back after each test."""
    _, app_, client_ = _service_objects
    with rollback_per_test(app_):
        yield client_


@pytest.fixture
def db_session(app: Any, client: Any) -> Iterator[Any]:
    """A session on the same rolled-back connection as `client`, to inspect what was (not) stored."""
    s = app.state.sessionmaker()
    try:
        yield s
    finally:
        s.close()


@pytest.fixture(scope="session")
def letters_registry() -> RegulationRegistry:
    """The regulation registry with the letters' own text (SHR-PROV); under CI a missing text folder fails, never skips."""
    from shared.provenance import RegulationRegistry

    reg = RegulationRegistry.load()
    if reg.sources_dir is None:
        missing_component("the source documents are not available: set REGPLAT_SOURCES_DIR to the folder of the letters")
    return reg


REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


def in_ci() -> bool:
    """Whether the run is CI's (CI=true/1/yes), where a missing component fails instead of skipping."""
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")


def missing_component(what: str) -> NoReturn:
    """A real component a test needs is missing: under CI the test fails; locally it skips with a loud banner.

    The one policy of ARCHITECTURE.md (PostgreSQL, Redis, HAProxy, the source letters): CI must run every test.
    """
    if in_ci():
        pytest.fail(f"CI=true and {what}", pytrace=False)
    print("\n" + "!" * 78 + f"\n!!! SKIPPING: {what}\n" + "!" * 78, file=sys.stderr)
    pytest.skip(f"SKIPPED LOUDLY: {what}")


def require_redis(url: str = REDIS_URL) -> str:
    """The Redis server the shared-state tests use (127.0.0.1:6379 unless TEST_REDIS_URL); see missing_component."""
    import redis

    try:
        redis.Redis.from_url(url, socket_connect_timeout=1).ping()
    except (redis.RedisError, OSError) as exc:
        missing_component(f"no Redis at {url} ({exc.__class__.__name__}): the shared-state tests did not run")
    return url


def walk_all_pages(
    get: Callable[[dict[str, Any]], Any],
    params: dict[str, Any] | None = None,
    between: Callable[[int], Any] | None = None,
    key: str = "id",
    max_pages: int = 10_000,
    items: str = "items",
) -> list[Any]:
    """Issue 18: follow a list's `next` cursor to the end and return the keys of every row seen, in order.

    `get(params)` answers one page (an httpx-style response); `between(page_number)` runs after each page (add
    rows there to check that a walk while rows are added returns every row exactly once); `items` names the rows'
    field when it is not `items` (a fee statement's `lines`).
    """
    params = dict(params or {})
    seen: list[Any] = []
    for number in range(1, max_pages + 1):
        response = get(params)
        assert response.status_code == 200, response.text[:500]  # noqa: S101 - a test helper: pytest reports it
        body = response.json()
        seen += [item[key] for item in body[items]]
        if between is not None:
            between(number)
        if body.get("next") is None:
            return seen
        params = {**params, "cursor": body["next"]}
        params.pop("offset", None)
        params.pop("page", None)
    raise AssertionError(f"no last page after {max_pages} pages")


def assert_walked_once(seen: list[Any], before: list[Any], added: list[Any], in_order: list[Any] | None = None) -> None:
    """Issue 18: a walk while rows were added saw every row there from the start exactly once, nothing twice, nothing
    that is not in the list, and (`in_order`) the rows there from the start in the list's stated order."""
    assert len(seen) == len(set(seen)), f"a row came twice: {seen}"  # noqa: S101 - a test helper: pytest reports it
    assert set(before) <= set(seen), f"rows there from the start were skipped: {set(before) - set(seen)}"  # noqa: S101
    assert set(seen) - set(before) <= set(added), "a row that is not in the list came"  # noqa: S101
    if in_order is not None:
        assert [x for x in seen if x in set(before)] == in_order, "not in the list's stated order"  # noqa: S101
