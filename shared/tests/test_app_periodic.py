"""Periodic tasks (e.g. retrying verifications that waited for another service) run while the app runs."""

import time

from fastapi.testclient import TestClient

from shared.app import create_service_app
from shared.settings import settings_class

Settings = settings_class("periodic", "PERIODIC_")


def test_periodic_task_runs_and_survives_failures(tmp_path):
    calls = []

    def tick(app):
        calls.append(time.monotonic())
        if len(calls) == 1:
            raise RuntimeError("first run fails; the next one still comes")

    app = create_service_app(Settings(data_dir=tmp_path), title="t", description="t", periodic=[(0.05, tick)])
    with TestClient(app):
        deadline = time.time() + 5
        while len(calls) < 3 and time.time() < deadline:
            time.sleep(0.05)
    n = len(calls)
    assert n >= 3
    time.sleep(0.2)
    assert len(calls) == n, "stopped at shutdown"
