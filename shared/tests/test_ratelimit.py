"""shared.ratelimit: bounded memory that evicts by age, X-Forwarded-For believed only from trusted
proxies, and the Redis-shared limiter (one limit for every replica)."""

from __future__ import annotations

import asyncio
import socket
import uuid

import pytest
from fastapi import Depends, FastAPI
from fastapi.testclient import TestClient

from shared.errors import install_error_handlers
from shared.ratelimit import RateLimiter, RedisRateLimiter, forwarded_client, parse_networks, public_rate_limit
from shared.testing import REDIS_URL, require_redis


def test_full_limiter_evicts_the_least_recently_seen_client_not_everyone():
    limiter = RateLimiter(per_minute=1, max_clients=3)
    assert limiter.hit("heavy") is None
    assert limiter.hit("heavy") is not None  # over its limit
    assert limiter.hit("b") is None and limiter.hit("c") is None
    assert limiter.hit("heavy") is not None  # seen again: now the most recent
    assert limiter.hit("d") is None  # full: "b", the least recently seen, goes
    assert limiter.hit("heavy") is not None, "a full table must not forget a client that is over its limit"
    assert len(limiter) == 3


def test_limiter_memory_is_bounded_under_many_addresses():
    limiter = RateLimiter(per_minute=5, max_clients=100)
    for i in range(5000):
        limiter.hit(f"198.51.{i // 256}.{i % 256}")
    assert len(limiter) == 100


def test_forwarded_for_is_believed_only_from_a_trusted_proxy():
    trusted = parse_networks("127.0.0.1,::1,10.0.0.0/8")
    # A caller on the service port directly: its own X-Forwarded-For is ignored.
    assert forwarded_client("203.0.113.5", "1.2.3.4", trusted) == "203.0.113.5"
    # From the gateway: the right-most hop that is not a trusted proxy (a forged left part is ignored).
    assert forwarded_client("127.0.0.1", "6.6.6.6, 198.51.100.7", trusted) == "198.51.100.7"
    assert forwarded_client("::1", "198.51.100.7, 10.1.1.1", trusted) == "198.51.100.7"
    assert forwarded_client("127.0.0.1", None, trusted) == "127.0.0.1"
    assert forwarded_client("127.0.0.1", "not-an-address", trusted) == "not-an-address"


def _public_app(trusted: str, per_minute: int) -> FastAPI:
    app = FastAPI()
    app.state.settings = type("S", (), {"trusted_proxies": trusted})()
    app.state.public_limiter = RateLimiter(per_minute)
    install_error_handlers(app)

    @app.get("/public", dependencies=[Depends(public_rate_limit)])
    async def public() -> dict[str, str]:
        return {"ok": "yes"}

    return app


def test_public_limit_cannot_be_bypassed_with_a_forged_forwarded_for():
    app = _public_app("127.0.0.1,::1", per_minute=2)
    with TestClient(app, client=("203.0.113.9", 40000)) as c:
        codes = [c.get("/public", headers={"X-Forwarded-For": f"192.0.2.{i}"}).status_code for i in range(4)]
    assert codes == [200, 200, 429, 429]


def test_public_limit_counts_the_client_the_gateway_names():
    app = _public_app("127.0.0.1,::1", per_minute=1)
    with TestClient(app, client=("127.0.0.1", 40000)) as c:
        assert c.get("/public", headers={"X-Forwarded-For": "192.0.2.1"}).status_code == 200
        assert c.get("/public", headers={"X-Forwarded-For": "192.0.2.2"}).status_code == 200
        r = c.get("/public", headers={"X-Forwarded-For": "192.0.2.1"})
        assert r.status_code == 429 and r.headers["content-type"].startswith("application/problem+json")


def test_redis_limiter_is_one_limit_across_replicas():
    require_redis()
    prefix = f"test:{uuid.uuid4().hex}"

    async def run() -> list[bool]:
        a, b = RedisRateLimiter(REDIS_URL, 3, prefix=prefix), RedisRateLimiter(REDIS_URL, 3, prefix=prefix)
        try:
            out = [await (a if i % 2 else b).ahit("sub:alice") is None for i in range(5)]
            out.append(await a.ahit("sub:bob") is None)  # another client has its own allowance
            return out
        finally:
            await a.aclose()
            await b.aclose()

    assert asyncio.run(run()) == [True, True, True, False, False, True]


def test_redis_limiter_lets_requests_through_when_redis_is_down():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]

    async def run():
        limiter = RedisRateLimiter(f"redis://127.0.0.1:{port}/0", 1)
        try:
            return [await limiter.ahit("x") for _ in range(3)]
        finally:
            await limiter.aclose()

    assert asyncio.run(run()) == [None, None, None]
