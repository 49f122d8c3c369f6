"""Start the whole platform: the four services and the gateway as five processes (ports 8000-8004).

Embedded default: one SQLite file per service under REGPLAT_DATA_DIR (./data). Each service
applies its own migrations on start. Ctrl-C stops every process.

REGPLAT_GATEWAY=haproxy: HAProxy is the gateway on the base port (configured by gateway.haproxy,
as `make gateway-config` does), and the Python gateway app serves the merged OpenAPI, the docs
and /readyz behind it on BASE+5.

REGPLAT_READY_TIMEOUT (seconds, default 180): how long to wait for every process to answer /readyz. Each
process's output is shown prefixed with its name and kept in REGPLAT_DATA_DIR/logs/<name>.log; when the
platform is not ready in time, the late processes are named with the tail of their logs.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import urllib.request
from collections import deque
from pathlib import Path

from shared.auth import ensure_dev_keys
from shared.settings import default_data_dir

SERVICES = ["customs", "claims", "offlabel", "inspections"]
BASE = int(os.environ.get("REGPLAT_BASE_PORT", "8000"))  # gateway on BASE, services on BASE+1..BASE+4
PROCESSES = [(name, BASE + i + 1) for i, name in enumerate(SERVICES)] + [("gateway", BASE)]
GATEWAY = os.environ.get("REGPLAT_GATEWAY", "python").strip().lower() or "python"
APP_PORT = BASE + 5  # the Python gateway app behind HAProxy
READY_TIMEOUT = float(os.environ.get("REGPLAT_READY_TIMEOUT", "180"))
LOG_TAIL = 20


def process_env(data) -> dict[str, str]:
    """Ports and URLs for every process, derived from the base port."""
    env = {**os.environ, "REGPLAT_DATA_DIR": str(data), "GATEWAY_PORT": str(BASE)}
    for name, port in PROCESSES[:-1]:
        env[f"{name.upper()}_PORT"] = str(port)
        env[f"GATEWAY_{name.upper()}_URL"] = f"http://127.0.0.1:{port}"
        env[f"{name.upper()}_GATEWAY_URL"] = f"http://127.0.0.1:{BASE}"
    return env


def gateway_commands(env: dict[str, str], data) -> list[tuple[str, list[str], dict[str, str]]]:
    """How the gateway starts: the Python gateway alone, or HAProxy with the Python app behind it."""
    if GATEWAY == "python":
        return [("gateway", [sys.executable, "-m", "gateway"], env)]
    if GATEWAY != "haproxy":
        raise SystemExit(f"REGPLAT_GATEWAY={GATEWAY!r}: expected python or haproxy")
    from pathlib import Path

    from gateway.haproxy import generate_for_env, haproxy_binary

    binary = haproxy_binary()
    if binary is None:
        raise SystemExit("REGPLAT_GATEWAY=haproxy, but haproxy is not installed (sudo apt-get install haproxy)")
    app_url = f"http://127.0.0.1:{APP_PORT}"
    cfg = generate_for_env({**env, "GATEWAY_APP_URL": app_url}, Path(data) / "haproxy")
    app_env = {**env, "GATEWAY_PORT": str(APP_PORT), "GATEWAY_HOST": "127.0.0.1"}
    return [("gateway-app", [sys.executable, "-m", "gateway"], app_env), ("gateway", [binary, "-db", "-f", str(cfg)], env)]


def _ready(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as r:
            return r.status == 200
    except Exception:
        return False


class Logged:
    """Processes whose output is echoed with their name and written to <data>/logs/<name>.log."""

    def __init__(self, data: Path):
        self.dir = Path(data) / "logs"
        self.dir.mkdir(parents=True, exist_ok=True)
        self.tails: dict[str, deque[str]] = {}

    def start(self, name: str, cmd: list[str], env: dict[str, str]) -> subprocess.Popen:
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, errors="replace", bufsize=1)
        self.tails[name] = deque(maxlen=LOG_TAIL)
        threading.Thread(target=self._pump, args=(name, proc), daemon=True, name=f"log-{name}").start()
        return proc

    def _pump(self, name: str, proc: subprocess.Popen) -> None:
        with open(self.dir / f"{name}.log", "a", encoding="utf-8") as log:
            for line in proc.stdout or ():
                log.write(line)
                log.flush()
                self.tails[name].append(line.rstrip("\n"))
                print(f"[{name}] {line}", end="", flush=True)

    def tail(self, name: str) -> str:
        lines = list(self.tails.get(name, ())) or ["(no output)"]
        return "\n".join(f"    {line}" for line in lines)


def _late(procs: dict[str, subprocess.Popen], pending: list) -> list[str]:
    """The processes not answering /readyz yet (and any not even started)."""
    ports = dict(PROCESSES)
    if GATEWAY == "haproxy":
        ports["gateway-app"] = APP_PORT
    late = [n for n in procs if n in ports and not _ready(f"http://127.0.0.1:{ports[n]}/readyz")]
    return late + [name for name, _, _ in pending]


def start_up(procs: dict[str, subprocess.Popen], pending: list, stopping, logs: Logged) -> str | None:
    """Wait until every process answers /readyz (HAProxy is started once the services do); the problem, if any."""
    start = time.time()
    while not stopping() and time.time() - start < READY_TIMEOUT:
        if pending and (GATEWAY == "python" or all(_ready(f"http://127.0.0.1:{port}/readyz") for _, port in PROCESSES[:-1])):
            name, cmd, proc_env = pending.pop()
            procs[name] = logs.start(name, cmd, proc_env)
        if not pending and all(_ready(f"http://127.0.0.1:{port}/readyz") for _, port in PROCESSES):
            return None
        dead = [n for n, p in procs.items() if p.poll() is not None]
        if dead:
            time.sleep(0.5)  # let the log pump read the last lines
            return "process(es) exited during start-up:\n" + "\n".join(
                f"  {n} (exit {procs[n].returncode}), last lines of {logs.dir / n}.log:\n{logs.tail(n)}" for n in dead
            )
        time.sleep(0.5)
    if stopping():
        return None
    late = _late(procs, pending)
    detail = "\n".join(f"  {n}: not ready; last lines of {logs.dir / n}.log:\n{logs.tail(n)}" for n in late)
    return f"the platform did not become ready within {READY_TIMEOUT:g} s (REGPLAT_READY_TIMEOUT); late: {', '.join(late)}\n{detail}"


def main() -> int:
    data = default_data_dir()
    data.mkdir(parents=True, exist_ok=True)
    ensure_dev_keys(data / "keys")
    env = process_env(data)
    procs: dict[str, subprocess.Popen] = {}
    logs = Logged(data)
    for name, _port in PROCESSES[:-1]:
        procs[name] = logs.start(name, [sys.executable, "-m", name], env)
    # HAProxy (the last command) starts once the services answer, so that its first health checks pass.
    pending = gateway_commands(env, data)
    for name, cmd, proc_env in pending[:-1]:
        procs[name] = logs.start(name, cmd, proc_env)
    pending = pending[-1:]
    stopping = False

    def stop(*_):
        nonlocal stopping
        if stopping:
            return
        stopping = True
        print("\nstopping every process ...", flush=True)
        for p in procs.values():
            if p.poll() is None:
                p.terminate()
        deadline = time.time() + 10
        for p in procs.values():
            try:
                p.wait(timeout=max(0.1, deadline - time.time()))
            except subprocess.TimeoutExpired:
                p.kill()

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    problem = start_up(procs, pending, lambda: stopping, logs)
    if problem and not stopping:
        print(problem, file=sys.stderr)
        stop()
        return 1
    if not stopping:
        lines = [f"\nThe platform is up (data in {data}):"]
        kind = "HAProxy, Python app behind it on :%d" % APP_PORT if GATEWAY == "haproxy" else "Python"
        lines.append(f"  gateway        http://localhost:{BASE}   (docs: http://localhost:{BASE}/docs, OpenAPI: /openapi.json; {kind})")
        lines += [f"  {name:<14} http://localhost:{port}/docs" for name, port in PROCESSES[:-1]]
        lines += ["  a token:       make dev-token ROLE=gio_expert ORG=GIO", "Ctrl-C stops every process."]
        print("\n".join(lines), flush=True)
    reported: set[str] = set()
    while not stopping:
        for name, p in procs.items():
            if p.poll() is not None and name not in reported and not stopping:
                reported.add(name)
                print(f"{name} exited with code {p.returncode}; the others keep running", file=sys.stderr)
        time.sleep(1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
