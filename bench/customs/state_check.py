"""What the per-request reference-list freshness check costs (shared.statebus), by how replicas learn of uploads.

Runs the real customs app's check against a fresh PostgreSQL database (with its migrations) and Redis at
127.0.0.1:6379: `ensure_fresh()` when nothing changed (the cost every request pays), and a reload (what the
first request after another replica's upload pays, unless the periodic poll got there first).

    .venv/bin/python bench/customs/state_check.py [--n 3000]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import tempfile
import time
import uuid
from pathlib import Path

from fastapi.testclient import TestClient

from customs.main import MIGRATIONS_DIR, Settings, create_app
from customs.reference.service import reference_token, reload
from shared.statebus import Replicated, bus_for
from shared.testing import make_test_keys, migrated_database


def cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


async def per_check(state: Replicated, n: int) -> tuple[float, float]:
    """Mean wall and CPU microseconds of one ensure_fresh() with nothing to reload."""
    await state.ensure_fresh()
    t, c = time.perf_counter(), cpu()
    for _ in range(n):
        await state.ensure_fresh()
    return (time.perf_counter() - t) / n * 1e6, (cpu() - c) / n * 1e6


def measure(app, label: str, n: int) -> None:
    """Print the check's cost in each mode, and a reload's, on one started app."""
    modes = {"redis": bus_for("customs", "redis://127.0.0.1:6379/0"), "database": None}
    for mode, bus in modes.items():
        state = Replicated("reference", bus, lambda: reference_token(app), lambda: reload(app), db_query=app.state.reference_state.db_query)
        state.load()
        wall, c = asyncio.run(per_check(state, n))
        print(f"{label:10s} {mode:8s} check, nothing changed: {wall:7.1f} us wall, {c:6.1f} us CPU per request (n={n})")
    t, c = time.perf_counter(), cpu()
    for _ in range(3):
        reload(app)
    print(f"{label:10s} reload (lists rebuilt with every index): {(time.perf_counter() - t) / 3 * 1e3:.0f} ms wall, {(cpu() - c) / 3 * 1e3:.0f} ms CPU")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=2000)
    n = ap.parse_args().n
    os.environ["REGPLAT_STATEBUS_PREFIX"] = f"bench-{uuid.uuid4().hex[:8]}"
    with tempfile.TemporaryDirectory() as tmp, migrated_database("bench_state", MIGRATIONS_DIR) as url:
        keys = make_test_keys(Path(tmp) / "keys")
        for label, db in (("postgresql", url), ("sqlite", None)):
            settings = Settings(
                environment="test", database_url=db, jwks_path=keys.jwks_path, data_dir=Path(tmp), migrate_on_start=db is None, state_poll_seconds=0.0
            )
            app = create_app(settings)
            with TestClient(app):  # start-up: database, registry, lists
                measure(app, label, n)


if __name__ == "__main__":
    main()
