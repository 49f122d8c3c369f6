"""Two Python gateway processes sharing state through Redis (GATEWAY_REDIS_URL): one client gets one
rate limit across both, and a circuit opened through one is open on the other. (HAProxy replicas
share their rate-limit table through `peers`: test_haproxy.py.)"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator

import httpx
import pytest

from shared.testing import REDIS_URL, require_redis

from .conftest import free_port


class GatewayProcess:
    """`python -m gateway`, as production runs it, on a free loopback port."""

    def __init__(self, env: dict[str, str], log_path):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path
        env = {**os.environ, **env, "GATEWAY_HOST": "127.0.0.1", "GATEWAY_PORT": str(self.port)}
        self.proc = subprocess.Popen([sys.executable, "-m", "gateway"], env=env, stdout=log_path.open("ab"), stderr=subprocess.STDOUT)

    def wait_ready(self, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"gateway exited with {self.proc.returncode}:\n{self.log_path.read_text()[-3000:]}")
            try:
                if httpx.get(self.url + "/healthz", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.1)
        raise RuntimeError(f"gateway not up after {timeout} s")

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()


@pytest.fixture
def two_gateways(platform, services, tmp_path) -> Iterator[tuple[GatewayProcess, GatewayProcess]]:
    require_redis()
    env = {
        "GATEWAY_ENVIRONMENT": "test",
        "GATEWAY_DATA_DIR": str(platform.data_dir),
        "GATEWAY_JWKS_PATH": str(platform.jwks_path),
        "GATEWAY_OFFLABEL_URL": services["offlabel"].url,
        "GATEWAY_CUSTOMS_URL": services["customs"].url,
        "GATEWAY_CLAIMS_URL": f"http://127.0.0.1:{free_port()}",  # nothing listens there
        "GATEWAY_INSPECTIONS_URL": f"http://127.0.0.1:{free_port()}",
        "GATEWAY_UPSTREAM_CONNECT_TIMEOUT": "1",
        "GATEWAY_REDIS_URL": REDIS_URL,
        "GATEWAY_REDIS_PREFIX": f"test:{uuid.uuid4().hex}",  # parallel runs never share keys
        "GATEWAY_RATE_PER_MINUTE": "4",
        "GATEWAY_BREAKER_FAILURES": "2",
        "GATEWAY_BREAKER_COOLDOWN_SECONDS": "30",
        "GATEWAY_ACCESS_LOG": "false",
        "GATEWAY_LOG_LEVEL": "WARNING",
    }
    a, b = GatewayProcess(env, tmp_path / "a.log"), GatewayProcess(env, tmp_path / "b.log")
    try:
        a.wait_ready()
        b.wait_ready()
        yield a, b
    finally:
        a.stop()
        b.stop()


def test_one_client_gets_one_rate_limit_across_two_gateways(two_gateways, platform):
    a, b = two_gateways
    alice = platform.auth("admin", sub="alice-replicas")
    codes = [httpx.get((a if i % 2 else b).url + "/offlabel/v1/regulations", headers=alice, timeout=10).status_code for i in range(6)]
    assert codes == [200, 200, 200, 200, 429, 429]
    r = httpx.get(a.url + "/offlabel/v1/regulations", headers=platform.auth("admin", sub="bob-replicas"), timeout=10)
    assert r.status_code == 200  # another client has its own allowance


def test_a_circuit_opened_through_one_gateway_is_open_on_the_other(two_gateways, platform):
    a, b = two_gateways
    for i in range(2):  # two refused connections through gateway a open claims' circuit
        r = httpx.get(a.url + "/claims/v1/cases", headers=platform.auth("admin", sub=f"carol-{i}"), timeout=10)
        assert r.status_code == 503 and "does not accept connections" in r.json()["detail"]
    r = httpx.get(b.url + "/claims/v1/cases", headers=platform.auth("admin", sub="carol-b"), timeout=10)
    assert r.status_code == 503 and "circuit is open" in r.json()["detail"], r.text
    assert 1 <= int(r.headers["retry-after"]) <= 30
    # The other upstreams are not affected on either gateway.
    assert httpx.get(b.url + "/offlabel/v1/regulations", headers=platform.auth("admin", sub="carol-c"), timeout=10).status_code == 200
