"""Starts the real platform for end-to-end tests: five uvicorn processes on free ports, one PostgreSQL
database per service, a throwaway key pair. Tests talk to the gateway only."""

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

from shared.testing import TestKeys, fresh_database, make_test_keys

SERVICES = ["customs", "claims", "offlabel", "inspections"]


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
        return httpx.Client(base_url=self.url, timeout=kw.pop("timeout", 30.0), **kw)

    def start(self, name: str, wait: bool = True) -> None:
        log = open(self.logs / f"{name}.log", "ab")
        self.procs[name] = subprocess.Popen([sys.executable, "-m", name], env=self.env, stdout=log, stderr=subprocess.STDOUT)
        if wait:
            self.wait_ready(name)

    def pause(self, name: str) -> None:
        """Freeze a process (SIGSTOP): its port still accepts connections but nothing answers (a hung service)."""
        os.kill(self.procs[name].pid, signal.SIGSTOP)

    def resume(self, name: str) -> None:
        os.kill(self.procs[name].pid, signal.SIGCONT)

    def stop(self, name: str) -> None:
        p = self.procs.pop(name, None)
        if p and p.poll() is None:
            os.kill(p.pid, signal.SIGCONT)  # a paused process must wake up to terminate
            p.terminate()
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()

    def wait_ready(self, name: str, timeout: float = 60, path: str = "/readyz") -> None:
        url = f"http://127.0.0.1:{self.ports[name]}{path}"
        deadline = time.time() + timeout
        while time.time() < deadline:
            p = self.procs.get(name)
            if p is not None and p.poll() is not None:
                raise RuntimeError(f"{name} exited with {p.returncode}:\n{(self.logs / f'{name}.log').read_text()[-3000:]}")
            try:
                if httpx.get(url, timeout=2).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.3)
        raise RuntimeError(f"{name} not ready in {timeout}s:\n{(self.logs / f'{name}.log').read_text()[-3000:]}")

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
    env.update(extra_env or {})
    logs = tmp / "logs"
    logs.mkdir()
    platform = Platform(tmp, keys, ports, env, logs)
    stack.callback(lambda: [platform.stop(n) for n in list(platform.procs)])
    for name in [*services, "gateway"]:
        platform.start(name, wait=False)
    for name in services:
        platform.wait_ready(name)
    platform.wait_ready("gateway", path="/readyz" if set(services) == set(SERVICES) else "/healthz")
    return platform
