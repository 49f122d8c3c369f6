"""Circuit state shared by every gateway replica through Redis (GATEWAY_REDIS_URL).

An open circuit is one key, `<prefix>:circuit:<upstream>`, whose TTL is the cool-down: a replica
that opens a circuit writes it, every replica refuses that upstream's routes while it exists, and
it disappears by itself when the cool-down ends (then each replica sends its own trial request).
Consecutive failures are counted per replica. Reads are cached for a quarter of a second per
upstream, so Redis sees at most a few reads per second per replica. When Redis does not answer,
each replica falls back to its own breaker (logged).
"""

from __future__ import annotations

import logging
import time

log = logging.getLogger("gateway.shared_state")


class SharedCircuits:
    """Open circuits in Redis, keyed by upstream, with the cool-down as the key's TTL."""

    def __init__(self, url: str, prefix: str, cache_seconds: float = 0.25, timeout: float = 0.5):
        import redis.asyncio as aioredis

        self.prefix, self.cache_seconds = prefix, cache_seconds
        self.redis = aioredis.Redis.from_url(url, socket_timeout=timeout, socket_connect_timeout=timeout)
        self._cache: dict[str, tuple[float, float]] = {}  # upstream -> (read at, open until)

    def _key(self, upstream: str) -> str:
        return f"{self.prefix}:circuit:{upstream}"

    async def remaining(self, upstream: str) -> float:
        """Seconds the circuit stays open according to any replica (0 when closed or Redis is unreachable)."""
        now = time.monotonic()
        cached = self._cache.get(upstream)
        if cached is not None and now - cached[0] < self.cache_seconds:
            return max(0.0, cached[1] - now)
        try:
            ttl_ms = await self.redis.pttl(self._key(upstream))
        except Exception as exc:  # noqa: BLE001 - any Redis failure or timeout: fall back to the local breaker
            log.warning("shared circuits: Redis unavailable: %r", exc)
            ttl_ms = -2
        until = now + ttl_ms / 1000 if ttl_ms > 0 else now
        self._cache[upstream] = (now, until)
        return max(0.0, until - now)

    async def opened(self, upstream: str, cooldown: float) -> None:
        """Tell every replica this upstream's circuit is open for `cooldown` seconds."""
        now = time.monotonic()
        self._cache[upstream] = (now, now + cooldown)
        try:
            await self.redis.set(self._key(upstream), "open", px=max(1, int(cooldown * 1000)))
        except Exception as exc:  # noqa: BLE001 - any Redis failure: the local breaker still opens; logged
            log.warning("shared circuits: could not publish an open circuit: %r", exc)

    async def aclose(self) -> None:
        await self.redis.aclose()
