"""Start the whole platform: the four services and the gateway as five processes (ports 8000-8004).

Embedded default: one SQLite file per service under REGPLAT_DATA_DIR (./data). Each service
applies its own migrations on start. Ctrl-C stops every process.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request

from shared.auth import ensure_dev_keys
from shared.settings import default_data_dir

PROCESSES = [("customs", 8001), ("claims", 8002), ("offlabel", 8003), ("inspections", 8004), ("gateway", 8000)]


def _ready(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=2) as r:
            return r.status == 200
    except Exception:
        return False


def main() -> int:
    data = default_data_dir()
    data.mkdir(parents=True, exist_ok=True)
    ensure_dev_keys(data / "keys")
    env = {**os.environ, "REGPLAT_DATA_DIR": str(data)}
    procs: dict[str, subprocess.Popen] = {}
    for name, _port in PROCESSES:
        procs[name] = subprocess.Popen([sys.executable, "-m", name], env=env)
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
    start = time.time()
    while not stopping and time.time() - start < 90:
        if all(_ready(f"http://127.0.0.1:{port}/readyz") for _, port in PROCESSES):
            break
        dead = [n for n, p in procs.items() if p.poll() is not None]
        if dead:
            print(f"process(es) exited during start-up: {', '.join(dead)}", file=sys.stderr)
            stop()
            return 1
        time.sleep(0.5)
    else:
        if not stopping:
            print("the platform did not become ready within 90 s", file=sys.stderr)
            stop()
            return 1
    if not stopping:
        print(
            "\nThe platform is up (data in %s):\n"
            "  gateway        http://localhost:8000   (docs: http://localhost:8000/docs, OpenAPI: /openapi.json)\n"
            "  customs        http://localhost:8001/docs\n"
            "  claims         http://localhost:8002/docs\n"
            "  offlabel       http://localhost:8003/docs\n"
            "  inspections    http://localhost:8004/docs\n"
            "  a token:       make dev-token ROLE=gio_expert ORG=GIO\n"
            "Ctrl-C stops every process." % data,
            flush=True,
        )
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
