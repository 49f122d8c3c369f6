"""Asking inspections through the gateway with the service token (SPEC X3): the only I/O of X3.

Every question is `POST /inspections/v1/permissibility` {activity: import, kind, approval, date}. A service
that is down, slow, answering 5xx or refusing the question gives `RulingUnavailable` with the reason:
the engine then keeps the item pending (`inspections_verification`); nothing is decided on a guess.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable
from typing import Any

from customs.declarations.rules import ProductRuling, RulingUnavailable, X3Question
from shared.app import gateway_client
from shared.interservice import DependencyRefused, DependencyUnavailable

log = logging.getLogger("customs.x3")

PERMISSIBILITY_PATH = "/inspections/v1/permissibility"
SERVICE = "inspections"
BUDGET_SECONDS = 5.0  # all questions of one request; the client's own timeout is 3 s per call


_cache_lock = threading.Lock()
CACHE_MAX = 1024


def _cached(app: Any, key: tuple[str, str, str], ttl: float) -> ProductRuling | None:
    cache = getattr(app.state, "_x3_cache", None)
    if not ttl or cache is None:
        return None
    with _cache_lock:
        hit = cache.get(key)
        return hit[1] if hit and time.monotonic() - hit[0] < ttl else None


def _remember(app: Any, key: tuple[str, str, str], ruling: ProductRuling) -> None:
    with _cache_lock:
        cache = getattr(app.state, "_x3_cache", None)
        if cache is None or len(cache) >= CACHE_MAX:
            cache = app.state._x3_cache = {}
        cache[key] = (time.monotonic(), ruling)


def fetch_rulings(
    app: Any, questions: Iterable[X3Question], budget_seconds: float = BUDGET_SECONDS, cache_seconds: float = 0
) -> dict[tuple[str, str, str], ProductRuling | RulingUnavailable]:
    """One answer per question. After the first failure the rest are not asked (the service is down: no hammering).

    `cache_seconds` (the public pre-check only: 60) reuses an answer obtained that recently for the same question, so a
    flood of anonymous pre-checks does not become a flood of rulings at inspections; declarations always ask afresh
    (their decision record names inspections' own decision for that question). Failures are never cached.
    """
    out: dict[tuple[str, str, str], ProductRuling | RulingUnavailable] = {}
    questions = list(questions)
    if not questions:
        return out
    client = gateway_client(app)
    started = time.monotonic()
    down: str | None = None
    for q in questions:
        if down is None and time.monotonic() - started > budget_seconds:
            down = f"inspections did not answer within {budget_seconds:g} s"
        if down is not None:
            out[q.key] = RulingUnavailable(down)
            continue
        hit = _cached(app, q.key, cache_seconds)
        if hit is not None:
            out[q.key] = hit
            continue
        try:
            body = client.post(PERMISSIBILITY_PATH, service=SERVICE, json=q.payload())
            out[q.key] = ruling = ProductRuling.from_answer(body)
            _remember(app, q.key, ruling)
        except DependencyUnavailable as exc:
            down = f"inspections {exc.reason}"
            out[q.key] = RulingUnavailable(down)
            log.warning("X3: %s (%s)", down, q.payload())
        except DependencyRefused as exc:
            detail = exc.body.get("detail") if isinstance(exc.body, dict) else None
            reason = f"inspections refused the question ({exc.status}{': ' + str(detail)[:200] if detail else ''})"
            out[q.key] = RulingUnavailable(reason)
            log.error("X3: %s for %s", reason, q.payload())
        except ValueError as exc:
            reason = f"inspections answered in an unexpected shape ({exc})"
            out[q.key] = RulingUnavailable(reason)
            log.error("X3: %s for %s", reason, q.payload())
    return out
