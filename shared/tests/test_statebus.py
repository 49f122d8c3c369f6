"""shared.statebus: version tokens in Redis never move backwards, Redis down falls back to the database, one
connection per live event loop."""

from __future__ import annotations

import asyncio
import socket
import uuid

import pytest

from shared.statebus import Replicated, StateBus
from shared.testing import require_redis


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def bus() -> StateBus:
    """A bus on the local Redis under a random prefix (CI fails without Redis; locally it skips loudly)."""
    b = StateBus("test", require_redis(), prefix=f"test-{uuid.uuid4().hex[:12]}")
    yield b
    b.client.command("DEL", b.key("reference"))


class Data:
    """A stand-in data set in the database: its token, and how often it was reloaded."""

    def __init__(self) -> None:
        self.token, self.loads = 0, 0

    def reload(self) -> int:
        self.loads += 1
        return self.token


def test_published_token_never_moves_backwards(bus):
    assert asyncio.run(bus.token("reference")) is None
    bus.publish("reference", 5)
    bus.publish("reference", 3)  # a slower publication of an older upload
    assert asyncio.run(bus.token("reference")) == 5
    bus.force("reference", 2)
    assert asyncio.run(bus.token("reference")) == 2


def test_a_replica_behind_the_published_token_reloads_once(bus):
    data = Data()
    state = Replicated("reference", bus, lambda: data.token, data.reload)
    state.load()
    data.token = 7
    bus.publish("reference", 7)
    for _ in range(3):
        asyncio.run(state.ensure_fresh())
    assert (state.local, data.loads) == (7, 2)


def test_redis_down_falls_back_to_the_database_token():
    data = Data()
    down = StateBus("test", f"redis://127.0.0.1:{_free_port()}/0", timeout=0.2)
    state = Replicated("reference", down, lambda: data.token, data.reload)
    state.load()
    data.token = 4
    asyncio.run(state.ensure_fresh())
    assert state.local == 4


def test_one_redis_connection_per_live_event_loop(bus):
    for _ in range(5):  # each asyncio.run is a new loop that closes afterwards
        asyncio.run(bus.token("reference"))
    assert len(bus.client._conns._items) == 1
