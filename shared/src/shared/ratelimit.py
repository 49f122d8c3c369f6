"""A small in-process rate limiter for public routes (per client, sliding one-minute window)."""

from __future__ import annotations

import threading
import time
from collections import deque

from fastapi import Request

from shared.errors import RateLimited


class RateLimiter:
    def __init__(self, per_minute: int, window: float = 60.0, max_clients: int = 100_000):
        self.per_minute, self.window, self.max_clients = per_minute, window, max_clients
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def hit(self, client: str) -> float | None:
        """Record a hit; return seconds to wait when over the limit, else None."""
        now = time.monotonic()
        with self._lock:
            q = self._hits.get(client)
            if q is None:
                if len(self._hits) >= self.max_clients:
                    self._hits.clear()
                q = self._hits[client] = deque()
            while q and now - q[0] > self.window:
                q.popleft()
            if len(q) >= self.per_minute:
                return max(0.0, self.window - (now - q[0]))
            q.append(now)
            return None


def client_key(request: Request) -> str:
    """The caller: the first X-Forwarded-For hop (set by the gateway), else the socket address."""
    fwd = request.headers.get("x-forwarded-for")
    if fwd:
        return fwd.split(",")[0].strip()
    return request.client.host if request.client else "unknown"


async def public_rate_limit(request: Request) -> None:
    """Dependency for public routes (pre-check, public centre status): 429 with Retry-After (async: no thread hop)."""
    limiter: RateLimiter = request.app.state.public_limiter
    wait = limiter.hit(client_key(request))
    if wait is not None:
        raise RateLimited(
            "Too many requests from this client; retry later.",
            detail_fa="درخواست‌های بیش از حد؛ بعداً دوباره تلاش کنید.",
            headers={"Retry-After": str(int(wait) + 1)},
        )
