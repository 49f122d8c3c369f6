"""Token validation at the edge: shared.auth.decode_token with a small cache of verified tokens."""

from __future__ import annotations

import asyncio
import time
from typing import Any

from shared.auth import KeySet, decode_token


class TokenValidator:
    """Verifies RS256 bearer tokens against the JWKS; a verified token is cached until it expires (bounded)."""

    def __init__(self, keys: KeySet, audience: str, issuer: str | None, max_cached: int = 10_000, recheck_seconds: float = 60.0):
        self.keys, self.audience, self.issuer = keys, audience, issuer
        self.max_cached, self.recheck = max_cached, recheck_seconds
        self._cache: dict[str, tuple[float, dict[str, Any]]] = {}

    async def claims(self, token: str) -> dict[str, Any]:
        """The verified claims, or shared.errors.Unauthorized."""
        now = time.time()
        hit = self._cache.get(token)
        if hit is not None and now < hit[0]:
            return hit[1]
        if self.keys.url:
            # A JWKS URL may be fetched (blocking I/O) on a cache miss: keep it off the event loop.
            claims = await asyncio.to_thread(decode_token, token, self.keys, self.audience, self.issuer)
        else:
            claims = decode_token(token, self.keys, self.audience, self.issuer)
        if len(self._cache) >= self.max_cached:
            self._cache.clear()
        # Re-verify at least every `recheck` seconds so a rotated-out key stops working soon.
        self._cache[token] = (min(float(claims.get("exp", now)), now + self.recheck), claims)
        return claims
