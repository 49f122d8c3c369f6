"""Per-client rate limits (sliding one-minute window): in-process by default, shared through Redis when configured.

The in-process limiter keeps at most `max_clients` clients; when full it forgets the client seen
least recently (never everyone at once). The client of a request is its socket peer, unless that
peer is one of the trusted proxies (the gateway): then the right-most X-Forwarded-For entry that
is not itself a trusted proxy.
"""

from __future__ import annotations

import ipaddress
import logging
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Iterable

from fastapi import Request

from shared.errors import RateLimited

log = logging.getLogger("shared.ratelimit")

DEFAULT_TRUSTED_PROXIES = "127.0.0.1,::1"


class RateLimiter:
    """In-process sliding-window limiter with memory bounded by `max_clients` (least recently seen evicted)."""

    def __init__(self, per_minute: int, window: float = 60.0, max_clients: int = 100_000):
        self.per_minute, self.window, self.max_clients = per_minute, window, max(1, max_clients)
        self._hits: OrderedDict[str, deque[float]] = OrderedDict()
        self._lock = threading.Lock()

    def _queue(self, client: str, now: float) -> deque[float]:
        """The client's hits, marked most recently seen; a new client evicts the least recently seen one when full."""
        q = self._hits.get(client)
        if q is not None:
            self._hits.move_to_end(client)
            return q
        while len(self._hits) >= self.max_clients:
            self._hits.popitem(last=False)
        q = self._hits[client] = deque()
        return q

    def hit(self, client: str) -> float | None:
        """Record a hit; return seconds to wait when over the limit, else None."""
        now = time.monotonic()
        with self._lock:
            q = self._queue(client, now)
            while q and now - q[0] > self.window:
                q.popleft()
            if len(q) >= self.per_minute:
                return max(0.0, self.window - (now - q[0]))
            q.append(now)
            return None

    async def ahit(self, client: str) -> float | None:
        """The same as hit(), for callers that may hold a shared (Redis) limiter instead."""
        return self.hit(client)

    def __len__(self) -> int:
        return len(self._hits)


# Sliding window approximated by two fixed windows: the previous one weighted by how much of it
# still lies inside the last minute. Only accepted requests are counted. Atomic in Redis.
_SLIDING_LUA = """
local cur = tonumber(redis.call('GET', KEYS[1]) or '0')
local prev = tonumber(redis.call('GET', KEYS[2]) or '0')
if cur + prev * tonumber(ARGV[1]) >= tonumber(ARGV[2]) then return 0 end
redis.call('INCR', KEYS[1])
redis.call('EXPIRE', KEYS[1], ARGV[3])
return 1
"""


class RedisRateLimiter:
    """The same limit shared by every replica through Redis (keys `<prefix>:rl:<client>:<window>`, with EXPIRE).

    When Redis does not answer, the request is let through (logged): a limiter outage must not stop the platform.
    """

    def __init__(self, url: str, per_minute: int, prefix: str = "regplat", window: float = 60.0, timeout: float = 0.5):
        import redis.asyncio as aioredis

        self.per_minute, self.window, self.prefix = per_minute, window, prefix
        self.redis = aioredis.Redis.from_url(url, socket_timeout=timeout, socket_connect_timeout=timeout)
        self._script = self.redis.register_script(_SLIDING_LUA)

    async def ahit(self, client: str) -> float | None:
        """Record a hit; return seconds to wait when over the limit, else None."""
        now = time.time()
        index = int(now // self.window)
        elapsed = now - index * self.window
        weight = 1.0 - elapsed / self.window
        keys = [f"{self.prefix}:rl:{client}:{index}", f"{self.prefix}:rl:{client}:{index - 1}"]
        try:
            ok = await self._script(keys=keys, args=[f"{weight:.6f}", self.per_minute, int(self.window * 2)])
        except Exception as exc:  # noqa: BLE001 - redis errors and timeouts alike: fail open, loudly
            log.warning("rate limiter: Redis unavailable, request let through: %r", exc)
            return None
        return None if ok else max(1.0, self.window - elapsed)

    async def aclose(self) -> None:
        await self.redis.aclose()


def make_limiter(per_minute: int, redis_url: str | None = None, prefix: str = "regplat") -> RateLimiter | RedisRateLimiter:
    """A Redis-shared limiter when a Redis URL is configured, else the in-process one."""
    if redis_url:
        return RedisRateLimiter(redis_url, per_minute, prefix=prefix)
    return RateLimiter(per_minute)


def parse_networks(spec: str | Iterable[str]) -> tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]:
    """'127.0.0.1,::1,10.0.0.0/8' -> networks; an entry that is not an address or network is refused."""
    items = spec.split(",") if isinstance(spec, str) else spec
    return tuple(ipaddress.ip_network(i.strip(), strict=False) for i in items if i.strip())


def is_trusted(address: str, networks: tuple) -> bool:
    """Whether an address lies in one of the networks (False for anything that is not an IP address)."""
    try:
        ip = ipaddress.ip_address(address.strip())
    except ValueError:
        return False
    return any(ip.version == n.version and ip in n for n in networks)


def forwarded_client(peer: str, forwarded_for: str | None, trusted: tuple) -> str:
    """The client: the peer, unless it is a trusted proxy; then the right-most X-Forwarded-For hop not trusted itself."""
    if not forwarded_for or not is_trusted(peer, trusted):
        return peer
    hops = [h.strip() for h in forwarded_for.split(",") if h.strip()]
    for hop in reversed(hops):
        if not is_trusted(hop, trusted):
            return hop
    return hops[0] if hops else peer


def _trusted_of(request: Request) -> tuple:
    """The app's trusted proxies (settings.trusted_proxies), parsed once and kept on app.state."""
    state = request.app.state
    nets = getattr(state, "trusted_proxy_networks", None)
    if nets is None:
        settings = getattr(state, "settings", None)
        nets = parse_networks(getattr(settings, "trusted_proxies", DEFAULT_TRUSTED_PROXIES))
        state.trusted_proxy_networks = nets
    return nets


def client_key(request: Request) -> str:
    """The caller: X-Forwarded-For only when the peer is a trusted proxy (the gateway), else the socket address."""
    peer = request.client.host if request.client else "unknown"
    return forwarded_client(peer, request.headers.get("x-forwarded-for"), _trusted_of(request))


async def public_rate_limit(request: Request) -> None:
    """Dependency for public routes (pre-check, public centre status): 429 with Retry-After (async: no thread hop)."""
    limiter: RateLimiter | RedisRateLimiter = request.app.state.public_limiter
    wait = await limiter.ahit(client_key(request))
    if wait is not None:
        raise RateLimited(
            "Too many requests from this client; retry later.",
            detail_fa="درخواست‌های بیش از حد؛ بعداً دوباره تلاش کنید.",
            headers={"Retry-After": str(int(wait) + 1)},
        )
