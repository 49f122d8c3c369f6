"""Data a service caches in process (reference lists, ...) kept current across replicas.

Each cached data set is a topic with a version token: a whole number that grows with every
publication (for customs, the highest `reference_versions.id`). Before every request (except
probes and metrics) a replica compares the token it holds with the current one and, when it is
behind, reloads from its own database before answering, so a request that starts after an upload
was acknowledged is decided with that upload, on whichever replica it lands.

Where the current token comes from:
- with `<SERVICE>_REDIS_URL` (or `REGPLAT_REDIS_URL`) set: one Redis GET per request, and the
  replica that publishes sets the key after its commit and before its answer. A missing key or an
  unreachable Redis falls back to the database check (never a stale decision because Redis is down);
- without Redis (the embedded default, or replicas on one PostgreSQL without Redis): one indexed
  query on the service's own database per request (`SELECT max(id)`).

Redis is reached with redis-py (an asyncio client per event loop for the per-request GET; GET and a
compare-and-set in Lua). Costs measured are in the README (Replicas and shared state).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import threading
from collections.abc import Callable
from typing import Any

import redis
import redis.asyncio as aioredis
from pydantic_settings import BaseSettings, SettingsConfigDict
from starlette.concurrency import run_in_threadpool
from starlette.types import ASGIApp, Receive, Scope, Send

log = logging.getLogger("shared.statebus")

# SET the key only when the new token is higher: two publications racing never move it backwards.
_SET_IF_HIGHER = (
    "local c = tonumber(redis.call('GET', KEYS[1]) or '-1') if tonumber(ARGV[1]) > c then redis.call('SET', KEYS[1], ARGV[1]) return 1 end return 0"
)
SKIP_PATHS = ("/healthz", "/readyz", "/metrics")


class StateBusSettings(BaseSettings):
    """Platform-wide defaults (REGPLAT_ prefix); a service's own `<SERVICE>_REDIS_URL` wins over REGPLAT_REDIS_URL."""

    model_config = SettingsConfigDict(env_prefix="REGPLAT_", extra="ignore")

    redis_url: str = ""
    statebus_prefix: str = "regplat:state"
    statebus_timeout_seconds: float = 0.5


class RedisError(Exception):
    """Redis answered with an error, closed the connection, or could not be reached."""


class _PerLoop:
    """One connection per event loop; connections of closed loops are closed without their loop when a new one
    is made (a test client may run each request on a fresh loop)."""

    def __init__(self, close: Callable[[Any], None]):
        self._items: dict[int, tuple[asyncio.AbstractEventLoop, Any]] = {}
        self._close = close

    def get(self) -> Any:
        item = self._items.get(id(asyncio.get_running_loop()))
        return None if item is None else item[1]

    def put(self, value: Any) -> None:
        for key, (loop, old) in list(self._items.items()):
            if loop.is_closed():
                del self._items[key]
                self._quiet_close(old)
        loop = asyncio.get_running_loop()
        self._items[id(loop)] = (loop, value)

    def drop(self) -> None:
        item = self._items.pop(id(asyncio.get_running_loop()), None)
        if item is not None:
            self._quiet_close(item[1])

    def _quiet_close(self, value: Any) -> None:
        with contextlib.suppress(Exception):  # already closed, or the connection is broken: nothing to release
            self._close(value)


class RedisClient:
    """redis-py: an asyncio client per event loop for the per-request GET, a sync client for the rare publications."""

    def __init__(self, url: str, timeout: float):
        self.url, self.timeout = url, timeout
        self._sync = redis.Redis.from_url(url, socket_timeout=timeout, socket_connect_timeout=timeout)
        self._conns = _PerLoop(lambda client: None)  # an asyncio client of a closed loop is forgotten, not closed

    async def aget(self, key: str) -> bytes | None:
        """GET on this event loop's client; a failure drops the client and raises RedisError."""
        client = self._conns.get()
        if client is None:
            client = aioredis.Redis.from_url(self.url, socket_timeout=self.timeout, socket_connect_timeout=self.timeout)
            self._conns.put(client)
        try:
            return await asyncio.wait_for(client.get(key), self.timeout)
        except (TimeoutError, redis.RedisError, OSError) as exc:
            self._conns.drop()
            raise RedisError(str(exc) or type(exc).__name__) from exc

    def command(self, *args: Any) -> Any:
        """One command on the sync client; raises RedisError."""
        try:
            return self._sync.execute_command(*args)
        except (redis.RedisError, OSError) as exc:
            raise RedisError(str(exc)) from exc


class StateBus:
    """Version tokens of one service's topics in Redis (`<prefix>:<service>:<topic>`)."""

    def __init__(self, service: str, redis_url: str, prefix: str = "regplat:state", timeout: float = 0.5):
        self.client = RedisClient(redis_url, timeout)
        self.prefix = f"{prefix}:{service}"

    def key(self, topic: str) -> str:
        return f"{self.prefix}:{topic}"

    async def token(self, topic: str) -> int | None:
        """The published token, or None when there is none yet; RedisError when Redis cannot be asked."""
        raw = await self.client.aget(self.key(topic))
        return None if raw is None else int(raw)

    def publish(self, topic: str, token: int) -> None:
        """Raise the topic's token to `token` (never lower it); a failure is logged: the database check stays correct."""
        try:
            self.client.command("EVAL", _SET_IF_HIGHER, 1, self.key(topic), token)
        except RedisError as exc:
            log.warning("statebus: could not publish %s=%s (%s); replicas find it on the database check", topic, token, exc)

    def force(self, topic: str, token: int) -> None:
        """Set the token even lower (the key was left by another database); logged, never raised."""
        try:
            self.client.command("SET", self.key(topic), token)
        except RedisError as exc:
            log.warning("statebus: could not reset %s (%s)", topic, exc)


def bus_for(service: str, service_redis_url: str = "") -> StateBus | None:
    """The bus for a service: its own REDIS_URL, else REGPLAT_REDIS_URL; None means database checks only."""
    s = StateBusSettings()
    url = service_redis_url or s.redis_url
    return StateBus(service, url, s.statebus_prefix, s.statebus_timeout_seconds) if url else None


class PgToken:
    """A token query on PostgreSQL over one autocommit asyncio connection per event loop (no pool, no thread hop)."""

    def __init__(self, dsn: str, sql: str, timeout: float = 2.0):
        self.dsn, self.sql, self.timeout = dsn, sql, timeout
        self._conns = _PerLoop(lambda c: c[0].pgconn.finish())

    async def get(self) -> int:
        """The current token; a failure drops the connection and raises."""
        import psycopg

        try:
            if self._conns.get() is None:
                conn = await psycopg.AsyncConnection.connect(self.dsn, autocommit=True, connect_timeout=max(1, int(self.timeout)))
                self._conns.put((conn, asyncio.Lock()))
            conn, lock = self._conns.get()
            async with lock:
                cur = await asyncio.wait_for(conn.execute(self.sql), self.timeout)
                row = await cur.fetchone()
            return int(row[0] or 0)
        except BaseException:
            self._conns.drop()
            raise


class Replicated:
    """One topic's in-process copy. `db_token()` reads the current token from the database and `reload()` reloads the
    data and returns the token it loaded at (both blocking, for worker threads); `db_query` reads the token on the
    event loop (PostgreSQL). Tokens only grow: a replica reloads when the current token is above its own."""

    def __init__(self, topic: str, bus: StateBus | None, db_token: Callable[[], int], reload: Callable[[], int], db_query: PgToken | None = None):
        self.topic, self.bus, self.db_query = topic, bus, db_query
        self._db_token, self._reload = db_token, reload
        self.local = -1
        self._lock = threading.Lock()
        self.reloads = 0

    def load(self) -> None:
        """Load now (start-up, a periodic refresh, or the publishing replica right after its commit)."""
        with self._lock:
            self.local = self._reload()
            self.reloads += 1

    def published(self) -> None:
        """After a commit that changed the data: reload here, then tell the other replicas."""
        self.load()
        if self.bus is not None:
            self.bus.publish(self.topic, self.local)

    def refresh_if_behind(self, current: int) -> None:
        """Reload when the current token is above ours (re-checked under the lock: one reload per change)."""
        with self._lock:
            if current <= self.local:
                return
            self.local = self._reload()
            self.reloads += 1
        if self.bus is not None and current > self.local:
            log.warning("statebus: %s token %s in Redis is ahead of the database (%s); resetting it", self.topic, current, self.local)
            self.bus.force(self.topic, self.local)

    async def ensure_fresh(self) -> None:
        """Before deciding: compare tokens (Redis GET, else one query on PostgreSQL) and reload when behind.

        Without Redis on SQLite there is no per-request check: the embedded default is one process per database file
        (the periodic poll still runs)."""
        current = await self._current()
        if current is not None and current > self.local:
            await run_in_threadpool(self.refresh_if_behind, current)

    async def _current(self) -> int | None:
        """The current token: Redis when configured and answering (a missing key is set from the database), else the
        database when it can be asked cheaply."""
        if self.bus is not None:
            try:
                current = await self.bus.token(self.topic)
            except RedisError as exc:
                log.warning("statebus: Redis not answering (%s); checking the database instead", exc)
            else:
                if current is None:  # a new or flushed Redis: the database says, and the key is set for the others
                    current = await run_in_threadpool(self._db_token)
                    await run_in_threadpool(self.bus.publish, self.topic, current)
                return current
        if self.db_query is not None:
            return await self.db_query.get()
        return await run_in_threadpool(self._db_token) if self.bus is not None else None

    def poll(self) -> None:
        """Periodic check from a worker thread (data reaches an idle replica within the interval, not only on demand)."""
        self.refresh_if_behind(self._db_token())


class FreshStateMiddleware:
    """Before each HTTP request (probes and metrics excepted), bring the app's replicated topics up to date."""

    def __init__(self, app: ASGIApp, topics: Callable[[], list[Replicated]]):
        self.app, self.topics = app, topics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and not scope["path"].startswith(SKIP_PATHS):
            for topic in self.topics():
                try:
                    await topic.ensure_fresh()
                except Exception:  # the database is unreachable: the request meets the same outage and answers 503
                    log.exception("statebus: could not check %s; serving the data held", topic.topic)
        await self.app(scope, receive, send)
