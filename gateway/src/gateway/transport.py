"""The connection pool of the gateway's one httpx client: several small httpcore pools per upstream.

httpcore walks every connection of a pool (and polls each idle socket) twice per request, so its
cost per request grows with the pool size: at 32 connections that walk was the largest single
cost of the gateway under load. k pools of 4 connections hold the same 32 connections and walk 4.
A request goes to the pool with the fewest requests in flight; the caller's semaphore keeps the
total at most the number of connections, so a free connection always exists and nothing queues
inside httpcore.
"""

from __future__ import annotations

import math
import ssl
from collections.abc import AsyncIterator

import httpx


class _ReleasingStream(httpx.AsyncByteStream):
    """The response body; closing it gives the request's place in its pool back."""

    def __init__(self, inner: httpx.AsyncByteStream, busy: list[int], index: int):
        self.inner, self.busy, self.index, self.released = inner, busy, index, False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self.inner:
            yield chunk

    async def aclose(self) -> None:
        if not self.released:
            self.released = True
            self.busy[self.index] -= 1
        await self.inner.aclose()


class ShardedTransport(httpx.AsyncBaseTransport):
    """`connections` keep-alive connections to one upstream, in pools of `per_pool`."""

    def __init__(self, connections: int, per_pool: int = 4, ssl_context: ssl.SSLContext | None = None, keepalive_expiry: float = 4.0):
        pools = max(1, math.ceil(connections / per_pool))
        limits = httpx.Limits(max_connections=per_pool, max_keepalive_connections=per_pool, keepalive_expiry=keepalive_expiry)
        # One TLS context for all pools: building one loads the CA bundle (tens of ms each).
        verify = ssl_context or httpx.create_ssl_context()
        self.pools = [httpx.AsyncHTTPTransport(limits=limits, verify=verify) for _ in range(pools)]
        self.busy = [0] * pools

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        busy = self.busy
        index = busy.index(min(busy))
        busy[index] += 1
        try:
            response = await self.pools[index].handle_async_request(request)
        except BaseException:
            busy[index] -= 1
            raise
        response.stream = _ReleasingStream(response.stream, busy, index)  # type: ignore[arg-type]
        return response

    async def aclose(self) -> None:
        for pool in self.pools:
            await pool.aclose()
