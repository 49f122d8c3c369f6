"""The edge (issue 15): a service process binds 127.0.0.1 in development (configurable), every interface otherwise."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request

from shared.settings import settings_class
from tests.e2e.harness import free_port

Settings = settings_class("demo", "DEMO_")


def test_bind_host_follows_the_environment_and_is_configurable(tmp_path):
    """Development: loopback; test/production: every interface; HOST overrides both."""
    assert Settings(data_dir=tmp_path).bind_host == "127.0.0.1"
    assert Settings(data_dir=tmp_path, environment="test", jwt_issuer="i").bind_host == "0.0.0.0"
    assert Settings(data_dir=tmp_path, host="0.0.0.0").bind_host == "0.0.0.0"
    assert Settings(data_dir=tmp_path, environment="test", jwt_issuer="i", host="10.1.2.3").bind_host == "10.1.2.3"
    assert Settings(data_dir=tmp_path).trusted_proxies == "127.0.0.1,::1"


def _listening_addresses(port: int) -> set[str]:
    """Local addresses in LISTEN state on the port, from /proc/net/tcp (IPv4, little-endian hex)."""
    out = set()
    for line in open("/proc/net/tcp").read().splitlines()[1:]:
        local, state = line.split()[1], line.split()[3]
        addr, p = local.split(":")
        if state == "0A" and int(p, 16) == port:
            out.add(".".join(str(int(addr[i : i + 2], 16)) for i in (6, 4, 2, 0)))
    return out


def test_service_process_listens_on_loopback_in_development(tmp_path):
    """`python -m inspections` with no configuration listens on 127.0.0.1 only, not 0.0.0.0."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("INSPECTIONS_")}
    env.update({"REGPLAT_DATA_DIR": str(tmp_path), "INSPECTIONS_PORT": str(port)})
    proc = subprocess.Popen([sys.executable, "-m", "inspections"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.time() + 60
        while time.time() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as r:
                    if r.status == 200:
                        break
            except OSError:
                assert proc.poll() is None, "the service exited during start-up"
                time.sleep(0.3)
        assert _listening_addresses(port) == {"127.0.0.1"}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
