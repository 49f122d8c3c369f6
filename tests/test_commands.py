"""The README's commands on a slow machine (issue 16 item 8): `make help` lists every target, and `make run`
waits REGPLAT_READY_TIMEOUT seconds, then names the late processes with the tail of their logs."""

from __future__ import annotations

import os
import random
import re
import socket
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_make_help_lists_every_target():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    targets = {m.group(1) for m in re.finditer(r"^([a-z][a-z0-9-]*):(?!=)", makefile, re.M)}
    phony = set(re.search(r"^\.PHONY:(.*)$", makefile, re.M).group(1).split())
    help_text = subprocess.run(["make", "-s", "help"], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    listed = {m.group(1) for m in re.finditer(r"make ([a-z][a-z0-9-]*)", help_text)}
    assert targets - listed == set(), "targets missing from make help"
    assert phony - targets == set(), ".PHONY names a target that does not exist"


def _free_base() -> int:
    """A base port with the five ports of `make run` above it free."""
    while True:
        base = random.randrange(30000, 50000, 10)
        try:
            for port in range(base, base + 6):
                with socket.socket() as s:
                    s.bind(("127.0.0.1", port))
            return base
        except OSError:
            continue


def test_run_names_late_services_with_their_log_tail(tmp_path):
    base = _free_base()
    env = {**os.environ, "REGPLAT_DATA_DIR": str(tmp_path), "REGPLAT_BASE_PORT": str(base), "REGPLAT_READY_TIMEOUT": "0.5", "REGPLAT_GATEWAY": "python"}
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "run.py")], env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert "did not become ready within 0.5 s (REGPLAT_READY_TIMEOUT); late: " in done.stderr
    late = done.stderr.split("late: ", 1)[1].splitlines()[0].split(", ")
    assert "customs" in late and set(late) <= {"customs", "claims", "offlabel", "inspections", "gateway"}
    assert f"last lines of {tmp_path / 'logs' / 'customs'}.log" in done.stderr
    assert (tmp_path / "logs" / "customs.log").exists()
