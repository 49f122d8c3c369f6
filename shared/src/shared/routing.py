"""The services' router: a sync endpoint costs one trip to the thread pool, not four (issue 17).

FastAPI runs a plain `def` endpoint in the thread pool, and then, because it is sync, validates its answer
in the thread pool again; a sync session dependency adds one trip to open and one to close. Each trip wakes a
worker thread and hands a future back (~0.1-0.2 ms of CPU). `ServiceRouter` wraps every plain `def`
endpoint in an `async def` that runs it in the thread pool once, together with the end of a transaction
that only read (`shared.db.end_read_only`); the answer is then validated on the event loop (CPU only, no I/O:
the endpoints return dicts and models, never lazy ORM objects). Endpoints stay plain `def` functions doing
blocking database work, as the house style has them.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any

from fastapi import APIRouter
from fastapi.concurrency import run_in_threadpool
from fastapi.routing import APIRoute
from sqlalchemy.orm import Session

from shared.db import end_read_only


def _run(endpoint: Callable[..., Any], values: dict[str, Any]) -> Any:
    """Call the endpoint, then end its read-only transactions here; roll back here when it raises."""
    sessions = [v for v in values.values() if isinstance(v, Session)]
    try:
        result = endpoint(**values)
    except BaseException:
        for session in sessions:
            session.rollback()
        raise
    for session in sessions:
        end_read_only(session)
    return result


def offload(endpoint: Callable[..., Any]) -> Callable[..., Any]:
    """An `async def` running a plain `def` endpoint in the thread pool (same signature, name and docstring)."""
    plain = inspect.isfunction(endpoint) and not (
        inspect.iscoroutinefunction(endpoint) or inspect.isgeneratorfunction(endpoint) or inspect.isasyncgenfunction(endpoint)
    )
    if not plain or getattr(endpoint, "__offloaded__", False):
        return endpoint

    @functools.wraps(endpoint)
    async def offloaded(**values: Any) -> Any:
        return await run_in_threadpool(_run, endpoint, values)

    offloaded.__offloaded__ = True  # type: ignore[attr-defined]
    return offloaded


class ServiceRoute(APIRoute):
    """An APIRoute whose plain `def` endpoint is offloaded (see the module's docstring)."""

    def __init__(self, path: str, endpoint: Callable[..., Any], **kwargs: Any) -> None:
        super().__init__(path, offload(endpoint), **kwargs)


class ServiceRouter(APIRouter):
    """APIRouter with ServiceRoute: every service's routers are built with it (a test checks every route)."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("route_class", ServiceRoute)
        super().__init__(**kwargs)
