"""Fixtures of the gateway tests: REAL service processes (`python -m offlabel`, `python -m customs`)
on free ports with SQLite in a temporary data folder, a development key pair, and gateway
instances served by uvicorn in a thread with the settings a test needs.

Both data planes run the same black-box tests: every test that uses `make_gateway`, `gateway` or
`gw` runs once against the Python gateway and once against HAProxy configured by
gateway.haproxy from the same settings (with the Python app behind it for the merged OpenAPI,
docs and /readyz). Tests marked `python_gateway` look at the Python gateway's internals (its
metric names) and run against it only. Without haproxy installed the HAProxy runs skip with a
loud reason, and fail under CI=true.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import uvicorn


def _unshadow_gateway_package() -> None:
    """pytest's importlib mode names this file `gateway.tests.conftest` and registers the member
    folder `gateway/` as a namespace module `gateway`, shadowing the installed package; make both
    the package (src/gateway) and this tests folder reachable under that name."""
    mod = sys.modules.get("gateway")
    src = str(Path(__file__).resolve().parents[1] / "src" / "gateway")
    if mod is not None and hasattr(mod, "__path__") and src not in list(mod.__path__):
        mod.__path__.append(src)


_unshadow_gateway_package()

from gateway.haproxy import haproxy_binary, start_haproxy, wait_listening, write_config  # noqa: E402
from gateway.main import create_app, server_options  # noqa: E402
from gateway.settings import GatewaySettings  # noqa: E402
from shared.auth import ensure_dev_keys, mint_token  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Platform:
    """The data folder (SQLite files and the dev JWKS) and a token factory for the dev key pair."""

    data_dir: Path
    private_pem: bytes
    jwks_path: Path

    def token(self, role: str = "admin", **claims) -> str:
        return mint_token(self.private_pem, role=role, **claims)

    def auth(self, role: str = "admin", **claims) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token(role, **claims)}"}


class ServiceProcess:
    """One service run as its own process, exactly as in production: `python -m <name>`."""

    def __init__(self, name: str, port: int, data_dir: Path):
        self.name, self.port, self.data_dir = name, port, data_dir
        self.url = f"http://127.0.0.1:{port}"
        self.proc: subprocess.Popen | None = None
        self.log = data_dir / f"{name}-{port}.log"

    def start(self) -> "ServiceProcess":
        env = {
            **os.environ,
            "REGPLAT_DATA_DIR": str(self.data_dir),
            f"{self.name.upper()}_PORT": str(self.port),
            f"{self.name.upper()}_LOG_LEVEL": "WARNING",
        }
        env.pop(f"{self.name.upper()}_DATABASE_URL", None)  # the embedded SQLite default
        self.proc = subprocess.Popen([sys.executable, "-m", self.name], env=env, stdout=self.log.open("ab"), stderr=subprocess.STDOUT)
        return self

    def wait_ready(self, timeout: float = 45.0) -> "ServiceProcess":
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc is not None and self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.proc.returncode}:\n{self.log.read_text()[-3000:]}")
            try:
                if httpx.get(self.url + "/readyz", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise RuntimeError(f"{self.name} not ready after {timeout} s:\n{self.log.read_text()[-3000:]}")

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc = None


class GatewayServer:
    """The gateway app served by uvicorn on a free loopback port, in a background thread."""

    def __init__(self, settings: GatewaySettings):
        self.app = create_app(settings)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        options = {**server_options(settings), "log_config": uvicorn.config.LOGGING_CONFIG, "log_level": "warning"}
        self.server = uvicorn.Server(uvicorn.Config(self.app, host="127.0.0.1", port=self.port, lifespan="on", **options))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def start(self) -> "GatewayServer":
        self.thread.start()
        deadline = time.monotonic() + 15
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the gateway did not start")
            time.sleep(0.02)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=15, trust_env=False)


class HAProxyGateway:
    """HAProxy on a free port, configured from the same settings, with the Python gateway app behind it."""

    def __init__(self, settings: GatewaySettings, workdir: Path):
        self.app = GatewayServer(settings)  # serves /openapi.json, /docs, /readyz, /metrics behind HAProxy
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        hap = settings.model_copy(update={"host": "127.0.0.1", "port": self.port, "app_url": self.app.url, "access_log": False})
        self.dir = workdir
        self.cfg = write_config(hap, workdir)
        self.proc: subprocess.Popen | None = None

    def start(self) -> "HAProxyGateway":
        self.app.start()
        self.proc = start_haproxy(self.cfg, self.dir / "haproxy.log")
        wait_listening("127.0.0.1", self.port, self.proc, log_path=self.dir / "haproxy.log")
        return self

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=10)
        self.app.stop()

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=15, trust_env=False)


KINDS = ("python", "haproxy")


def pytest_generate_tests(metafunc) -> None:
    """Black-box gateway tests run against both data planes; `python_gateway` ones against the Python one only."""
    if "gateway_kind" in metafunc.fixturenames:
        kinds = ["python"] if metafunc.definition.get_closest_marker("python_gateway") else list(KINDS)
        metafunc.parametrize("gateway_kind", kinds, scope="function")


def require_haproxy() -> None:
    """HAProxy runs need the binary: a loud skip locally, a failure under CI."""
    if haproxy_binary() is None:
        from shared.testing import missing_component

        missing_component("haproxy is not installed (apt-get install haproxy): the HAProxy data-plane tests did not run")


@pytest.fixture(scope="session")
def platform(tmp_path_factory) -> Platform:
    data = tmp_path_factory.mktemp("regplat-data")
    priv, jwks = ensure_dev_keys(data / "keys")
    return Platform(data, priv.read_bytes(), jwks)


@pytest.fixture(scope="session")
def services(platform) -> Iterator[dict[str, ServiceProcess]]:
    """offlabel and customs, started in parallel, up for the whole session (a service that cannot start fails the run)."""
    procs = {name: ServiceProcess(name, free_port(), platform.data_dir).start() for name in ("offlabel", "customs")}
    # A third process, of test_failures.py alone (it stops and restarts it), started in parallel.
    victim_dir = platform.data_dir / "victim"
    (victim_dir / "keys").mkdir(parents=True, exist_ok=True)
    (victim_dir / "keys" / "jwks.json").write_bytes(platform.jwks_path.read_bytes())
    procs["victim"] = ServiceProcess("offlabel", free_port(), victim_dir).start()
    try:
        procs["offlabel"].wait_ready()
        procs["customs"].wait_ready()
        procs["victim"].wait_ready()
        yield procs
    finally:
        for p in procs.values():
            p.stop()


@pytest.fixture
def make_gateway(platform, services, gateway_kind, tmp_path):
    """Start a gateway (Python, or HAProxy + the Python app) with settings overrides; upstreams default
    to the session's processes (claims and inspections: down)."""
    started: list[GatewayServer | HAProxyGateway] = []
    if gateway_kind == "haproxy":
        require_haproxy()

    def _make(**overrides) -> GatewayServer | HAProxyGateway:
        values = dict(
            environment="test",
            jwt_issuer="regplat-dev",  # checked outside development (shared.settings)
            data_dir=platform.data_dir,
            jwks_path=platform.jwks_path,
            customs_url=services["customs"].url,
            offlabel_url=services["offlabel"].url,
            claims_url=f"http://127.0.0.1:{free_port()}",  # nothing listens there
            inspections_url=f"http://127.0.0.1:{free_port()}",
            upstream_connect_timeout=1.0,
            upstream_timeout=5.0,
        )
        values.update(overrides)
        settings = GatewaySettings(**values)
        if gateway_kind == "haproxy":
            gw = HAProxyGateway(settings, tmp_path / f"haproxy-{len(started)}").start()
        else:
            gw = GatewayServer(settings).start()
        started.append(gw)
        return gw

    yield _make
    for gw in started:
        gw.stop()


@pytest.fixture
def gateway(make_gateway) -> GatewayServer | HAProxyGateway:
    return make_gateway()


@pytest.fixture
def gw(gateway) -> Iterator[httpx.Client]:
    with gateway.client() as c:
        yield c
