"""Issue 17: every service route costs at most one trip to the thread pool.

FastAPI runs a plain `def` endpoint or dependency in the thread pool, each trip ~0.1 ms of CPU (bench/README.md,
"CPU per request of a service"). Every route of the four services is an `async def` (offloaded `def` endpoints
from shared.routing.ServiceRouter included), and no dependency in its tree is a plain `def`.
"""

from __future__ import annotations

import importlib
import inspect

import pytest
from fastapi import routing
from fastapi.routing import APIRoute

SERVICES = ("customs", "claims", "offlabel", "inspections")


def _sync_calls(dependant, seen=None):
    """Plain (sync) callables in a dependency tree: functions and the __call__ of class instances."""
    for dep in dependant.dependencies:
        call = dep.call
        fn = call if inspect.isfunction(call) or inspect.ismethod(call) else getattr(call, "__call__", None)  # noqa: B004
        if fn is not None and not (inspect.iscoroutinefunction(fn) or inspect.isasyncgenfunction(fn)):
            yield getattr(call, "__qualname__", repr(call))
        yield from _sync_calls(dep)


@pytest.mark.parametrize("name", SERVICES)
def test_every_route_is_async_with_async_dependencies(name):
    app = importlib.import_module(f"{name}.main").create_app()
    routes = [r for r in routing.iter_route_contexts(app.routes) if isinstance(r.original_route, APIRoute)]
    assert len(routes) > 10
    sync_endpoints = [f"{sorted(r.methods or ())} {r.path_format}" for r in routes if not inspect.iscoroutinefunction(r.dependant.call)]
    assert sync_endpoints == [], f"{name}: routes whose endpoint is a plain def (build the router with shared.routing.ServiceRouter)"
    sync_deps = sorted({f"{r.path_format}: {d}" for r in routes for d in _sync_calls(r.dependant)})
    assert sync_deps == [], f"{name}: plain def dependencies (one trip to the thread pool each; make them async def)"
