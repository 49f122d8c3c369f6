"""Two customs replicas on one PostgreSQL database: a list uploaded through one is used by the other's next decision.

Real uvicorn processes (`python -m customs`), started one after the other (the first migrates). Three ways the
replicas learn of an upload (shared.statebus): Redis at 127.0.0.1:6379 (a random key prefix per test), no Redis
(one query on the database per request), and a Redis URL that does not answer (falls back to the database).
Before shared.statebus the second replica kept its start-up lists: `[database]` failed with an older reference_version.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from customs.reference.shipped import read_shipped
from shared.testing import REDIS_URL, TEST_ISSUER, fresh_database, make_test_keys, require_redis
from shared.testing import TestKeys as Keys

from .helpers import decl_body, officer

LOSARTAN = {"name": "Losartan 50mg", "dosage_form": "tablet", "quantity": 3, "units_per_pack": 30, "daily_dose": 1}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _need_redis() -> None:
    """The replica test's Redis: a loud skip locally, a failure under CI (shared.testing.missing_component)."""
    require_redis()


class Replicas:
    """Customs processes sharing one database; `url(i)` is replica i."""

    def __init__(self, tmp: Path, db_url: str, keys: Keys, redis_url: str, poll_seconds: float):
        self.tmp, self.keys, self.procs, self.ports = tmp, keys, [], []
        self.env = {k: v for k, v in os.environ.items() if not k.endswith("_DATABASE_URL") and not k.endswith("REDIS_URL")}
        self.env.update(
            {
                "REGPLAT_DATA_DIR": str(tmp),
                "CUSTOMS_DATABASE_URL": db_url,
                "CUSTOMS_JWKS_PATH": str(keys.jwks_path),
                "CUSTOMS_ENVIRONMENT": "test",
                "CUSTOMS_JWT_ISSUER": TEST_ISSUER,
                "CUSTOMS_REDIS_URL": redis_url,
                "CUSTOMS_STATE_POLL_SECONDS": str(poll_seconds),
                "CUSTOMS_VERIFICATION_RETRY_SECONDS": "0",
                "REGPLAT_STATEBUS_PREFIX": f"test-{uuid.uuid4().hex[:12]}",
            }
        )

    def start(self) -> None:
        port = _free_port()
        log = open(self.tmp / f"customs-{len(self.procs)}.log", "ab")
        env = {**self.env, "CUSTOMS_PORT": str(port)}
        self.procs.append(subprocess.Popen([sys.executable, "-m", "customs"], env=env, stdout=log, stderr=subprocess.STDOUT))
        self.ports.append(port)
        self._wait_ready(len(self.procs) - 1)

    def _wait_ready(self, i: int, timeout: float = 90) -> None:
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.procs[i].poll() is not None:
                raise RuntimeError((self.tmp / f"customs-{i}.log").read_text()[-3000:])
            try:
                if httpx.get(f"{self.url(i)}/readyz", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.3)
        raise RuntimeError(f"replica {i} not ready:\n" + (self.tmp / f"customs-{i}.log").read_text()[-3000:])

    def url(self, i: int) -> str:
        return f"http://127.0.0.1:{self.ports[i]}"

    def stop(self) -> None:
        for p in self.procs:
            p.terminate()
        for p in self.procs:
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()


@pytest.fixture
def replicas(tmp_path: Path, request) -> Iterator[Replicas]:
    """Two replicas; the parameter says how they learn of uploads (redis, database, redis_down)."""
    mode = request.param
    if mode == "redis":
        _need_redis()
    redis_url = {"redis": REDIS_URL, "database": "", "redis_down": f"redis://127.0.0.1:{_free_port()}/0"}[mode]
    keys = make_test_keys(tmp_path / "keys")
    with fresh_database("replicas_customs") as db_url:
        r = Replicas(tmp_path, db_url, keys, redis_url, poll_seconds=0)
        try:
            r.start()
            r.start()
            yield r
        finally:
            r.stop()


def _upload_recall(r: Replicas, i: int, name: str, name_fa: str) -> str:
    csv_text = read_shipped("recalls") + f"{name},{name_fa},,FDO,1400/04/01,test recall,FDO test\n"
    resp = httpx.post(
        f"{r.url(i)}/v1/reference/recalls", content=csv_text.encode(), headers={**r.keys.headers("admin"), "Content-Type": "text/csv"}, timeout=30
    )
    assert resp.status_code == 201, resp.text
    return resp.json()["reference_version"]


def _precheck(r: Replicas, i: int) -> dict:
    resp = httpx.post(f"{r.url(i)}/v1/precheck", json={"items": [LOSARTAN], "decision_date": "1400/05/01"}, timeout=30)
    assert resp.status_code == 200, resp.text
    return resp.json()


@pytest.mark.parametrize("replicas", ["redis", "database", "redis_down"], indirect=True)
def test_recall_uploaded_through_one_replica_is_used_by_the_others_next_decision(replicas):
    r = replicas
    before = _precheck(r, 1)
    assert before["items"][0]["outcome"] != "refused"
    version = _upload_recall(r, 0, "Losartan", "لوزارتان")
    after = _precheck(r, 1)  # at once: no wait, no poll (state_poll_seconds=0)
    assert after["reference_version"] == version
    assert after["items"][0]["outcome"] == "refused" and after["items"][0]["reasons"][0]["rule_id"] == "CUS-6.3.3"
    decided = httpx.post(f"{r.url(1)}/v1/declarations", json=decl_body(LOSARTAN), headers=officer(r.keys), timeout=30).json()
    assert decided["reference_version"] == version and decided["items"][0]["outcome"] == "refused"
    listed = httpx.get(f"{r.url(1)}/v1/reference/recalls", headers=officer(r.keys), timeout=30).json()
    assert any(row["name_en"] == "Losartan" for row in listed["items"])


@pytest.mark.parametrize("replicas", ["redis", "database"], indirect=True)
def test_uploads_through_both_replicas_in_turn_leave_both_on_the_latest_lists(replicas):
    r = replicas
    _upload_recall(r, 0, "Losartan", "لوزارتان")
    latest = _upload_recall(r, 1, "Amlodipine", "آملودیپین")  # replica 1 builds on replica 0's upload, not on its start-up lists
    for i in (0, 1):
        ref = httpx.get(f"{r.url(i)}/v1/reference/recalls", headers=officer(r.keys), timeout=30).json()
        names = {row["name_en"] for row in ref["items"]}
        assert ref["reference_version"] == latest and {"Amlodipine", "Ranitidine"} <= names and "Losartan" not in names
