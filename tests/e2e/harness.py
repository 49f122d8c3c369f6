"""Starts the real platform for end-to-end tests: five uvicorn processes on free ports, one PostgreSQL
database per service, a throwaway key pair. Tests talk to the gateway only.

With REGPLAT_GATEWAY=haproxy (what CI sets) the gateway is HAProxy, configured by gateway.haproxy from
the same settings, with the Python gateway app behind it (merged OpenAPI, docs, /readyz); the
services call each other through HAProxy too. Without haproxy installed that fails loudly.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from shared.testing import HTTP_TIMEOUT, READY_TIMEOUT, TestKeys, fresh_database, make_test_keys

SERVICES = ["customs", "claims", "offlabel", "inspections"]


def gateway_kind() -> str:
    """`python` (default) or `haproxy`: which data plane the e2e platform puts in front (REGPLAT_GATEWAY)."""
    kind = os.environ.get("REGPLAT_GATEWAY", "python").strip().lower() or "python"
    if kind not in ("python", "haproxy"):
        raise ValueError(f"REGPLAT_GATEWAY={kind!r}: expected python or haproxy")
    return kind


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Platform:
    data_dir: Path
    keys: TestKeys
    ports: dict[str, int]
    env: dict[str, str]
    logs: Path
    procs: dict[str, subprocess.Popen] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.ports['gateway']}"

    def client(self, **kw) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=kw.pop("timeout", HTTP_TIMEOUT), **kw)

    def start(self, name: str, wait: bool = True) -> None:
        log = open(self.logs / f"{name}.log", "ab")
        if name == "gateway" and "gateway_app" in self.ports:
            self._start_haproxy(log)
        else:
            self.procs[name] = subprocess.Popen([sys.executable, "-m", name], env=self.env, stdout=log, stderr=subprocess.STDOUT)
        if wait:
            self.wait_ready(name)

    def _start_haproxy(self, log) -> None:
        """HAProxy on the gateway port (its access log in gateway.log), the Python gateway app behind it."""
        from gateway.haproxy import generate_for_env, haproxy_binary

        if haproxy_binary() is None:
            raise RuntimeError("REGPLAT_GATEWAY=haproxy but haproxy is not installed (apt-get install haproxy)")
        app_env = {**self.env, "GATEWAY_PORT": str(self.ports["gateway_app"]), "GATEWAY_HOST": "127.0.0.1"}
        self.procs["gateway_app"] = subprocess.Popen([sys.executable, "-m", "gateway"], env=app_env, stdout=log, stderr=subprocess.STDOUT)
        hap_env = {**self.env, "GATEWAY_HOST": "127.0.0.1", "GATEWAY_APP_URL": f"http://127.0.0.1:{self.ports['gateway_app']}"}
        cfg = generate_for_env(hap_env, self.data_dir / "haproxy")
        self.procs["gateway"] = subprocess.Popen([haproxy_binary(), "-db", "-f", str(cfg)], stdout=log, stderr=subprocess.STDOUT)

    def pause(self, name: str) -> None:
        """Freeze a process (SIGSTOP): its port still accepts connections but nothing answers (a hung service)."""
        os.kill(self.procs[name].pid, signal.SIGSTOP)

    def resume(self, name: str) -> None:
        os.kill(self.procs[name].pid, signal.SIGCONT)

    def stop(self, name: str) -> None:
        if name == "gateway":
            self.stop("gateway_app")
        p = self.procs.pop(name, None)
        if p and p.poll() is None:
            os.kill(p.pid, signal.SIGCONT)  # a paused process must wake up to terminate
            p.terminate()
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()

    def wait_ready(self, name: str, timeout: float = READY_TIMEOUT, path: str = "/readyz") -> None:
        url = f"http://127.0.0.1:{self.ports[name]}{path}"
        deadline = time.time() + timeout
        while time.time() < deadline:
            p = self.procs.get(name)
            if p is not None and p.poll() is not None:
                raise RuntimeError(f"{name} exited with {p.returncode}:\n{(self.logs / f'{name}.log').read_text()[-3000:]}")
            try:
                if httpx.get(url, timeout=2).status_code == 200:
                    return self._wait_routed(name, deadline)
            except httpx.HTTPError:
                pass
            time.sleep(0.3)
        raise RuntimeError(f"{name} not ready in {timeout}s:\n{(self.logs / f'{name}.log').read_text()[-3000:]}")

    def _wait_routed(self, name: str, deadline: float) -> None:
        """Behind HAProxy a restarted service is routed again after a good health check (at most the
        breaker cool-down later): wait for that too, so that "started" means reachable through the gateway."""
        if "gateway_app" not in self.ports or name not in SERVICES or "gateway" not in self.procs:
            return
        while time.time() < deadline:
            try:
                if httpx.get(f"{self.url}/{name}/healthz", timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"{name} is up but the gateway does not route to it")

    def headers(self, role: str, org: str | None = None, **claims) -> dict[str, str]:
        return self.keys.headers(role, org, **claims)


def start_platform(
    stack: ExitStack,
    tmp: Path,
    services: list[str] | tuple[str, ...] = tuple(SERVICES),
    extra_env: dict[str, str] | None = None,
    db_prefix: str = "e2e",
) -> Platform:
    """The gateway and the given services (default: all four), each with its own fresh PostgreSQL database.

    Upstreams that are not started point at closed ports. With all four services the gateway must
    be ready (/readyz); with fewer, its /readyz is 503 by design, so it only has to be up (/healthz).
    """
    keys = make_test_keys(tmp / "keys")
    ports = {name: free_port() for name in [*SERVICES, "gateway"]}
    if gateway_kind() == "haproxy":
        ports["gateway_app"] = free_port()
    env = {k: v for k, v in os.environ.items() if not k.endswith("_DATABASE_URL")}
    env.update({"REGPLAT_DATA_DIR": str(tmp), "GATEWAY_PORT": str(ports["gateway"]), "GATEWAY_JWKS_PATH": str(keys.jwks_path)})
    for name in SERVICES:
        up = name.upper()
        env[f"GATEWAY_{up}_URL"] = f"http://127.0.0.1:{ports[name]}"
        if name not in services:
            continue
        env[f"{up}_PORT"] = str(ports[name])
        env[f"{up}_DATABASE_URL"] = stack.enter_context(fresh_database(f"{db_prefix}_{name}"))
        env[f"{up}_JWKS_PATH"] = str(keys.jwks_path)
        env[f"{up}_GATEWAY_URL"] = f"http://127.0.0.1:{ports['gateway']}"
        env[f"{up}_ENVIRONMENT"] = "test"
        env[f"{up}_JWT_ISSUER"] = "regplat-dev"  # outside development the issuer is checked (mint_token's default)
    env.update(extra_env or {})
    logs = tmp / "logs"
    logs.mkdir()
    platform = Platform(tmp, keys, ports, env, logs)
    stack.callback(lambda: [platform.stop(n) for n in list(platform.procs)])
    first = list(services) if "gateway_app" in ports else [*services, "gateway"]
    for name in first:
        platform.start(name, wait=False)
    for name in services:
        platform.wait_ready(name)
    if "gateway_app" in ports:  # HAProxy's first health checks find the services up
        platform.start("gateway", wait=False)
    if "gateway_app" in ports:
        platform.wait_ready("gateway_app", path="/healthz")
    platform.wait_ready("gateway", path="/readyz" if set(services) == set(SERVICES) else "/healthz")
    return platform
