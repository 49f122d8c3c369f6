"""The end-to-end suite: the five real processes, reached only through the gateway."""

import os
import subprocess
import sys
from contextlib import ExitStack
from pathlib import Path

import pytest

from tests.e2e.harness import start_platform

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def platform(tmp_path_factory):
    with ExitStack() as stack:
        yield start_platform(stack, tmp_path_factory.mktemp("platform"))


@pytest.fixture
def gw(platform):
    with platform.client() as c:
        yield c


def run_demo(platform) -> subprocess.CompletedProcess:
    """`make demo` against the e2e platform: the same script, the platform's URL and key pair."""
    env = {**os.environ, "REGPLAT_DATA_DIR": str(platform.data_dir), "REGPLAT_GATEWAY_URL": platform.url}
    return subprocess.run([sys.executable, str(ROOT / "scripts" / "demo.py")], env=env, capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="session")
def demo_loaded(platform) -> str:
    """The demo data set, loaded once per session (the walkthrough in README.md starts from it)."""
    r = run_demo(platform)
    assert r.returncode == 0, f"demo failed ({r.returncode}):\n{r.stdout[-3000:]}\n{r.stderr[-3000:]}"
    return r.stdout


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """On a failed e2e test, attach the tail of every process log (the platform is gone after the session)."""
    outcome = yield
    report = outcome.get_result()
    platform = getattr(item, "funcargs", {}).get("platform")
    if report.failed and platform is not None:
        for log in sorted(platform.logs.glob("*.log")):
            lines = log.read_text(errors="replace").splitlines()
            report.sections.append((f"{log.name} (last 40 lines)", "\n".join(lines[-40:])))
