"""The README walkthrough is executable documentation: its ```bash blocks (between the walkthrough
markers) run in order, in one bash session, against the e2e platform, after the demo data set. `BASE`
points at the platform's gateway and `make -s dev-token ...` signs with the platform's key pair, so the
commands are the README's own, unchanged. Every curl must use -f, and every block must succeed."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from tests.e2e.conftest import ROOT

pytestmark = pytest.mark.e2e

START, END = "<!-- walkthrough:start -->", "<!-- walkthrough:end -->"

# `make -s dev-token ROLE=.. ORG=.. SUB=.. CLAIMS=..` -> `python -m shared.devtoken` with the same arguments;
# REGPLAT_DATA_DIR is the platform's data folder, so the token is signed with the platform's keys.
PREAMBLE = r"""
set -euo pipefail
make() {
  local target= role= org= sub= claims='{}' a
  for a in "$@"; do
    case "$a" in
      -s) ;;
      ROLE=*) role="${a#ROLE=}" ;; ORG=*) org="${a#ORG=}" ;; SUB=*) sub="${a#SUB=}" ;; CLAIMS=*) claims="${a#CLAIMS=}" ;;
      *) target="$a" ;;
    esac
  done
  [ "$target" = dev-token ] || { echo "walkthrough: only 'make dev-token' may run here, not 'make $*'" >&2; return 2; }
  "$REGPLAT_PYTHON" -m shared.devtoken --role "$role" ${org:+--org "$org"} ${sub:+--sub "$sub"} --claims "$claims"
}
"""


def walkthrough_blocks() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert text.count(START) == 1 and text.count(END) == 1, "README.md needs exactly one pair of walkthrough markers"
    section = text[text.index(START) : text.index(END)]
    return re.findall(r"^```bash\n(.*?)^```", section, flags=re.S | re.M)


def test_walkthrough_blocks_are_well_formed():
    blocks = walkthrough_blocks()
    assert len(blocks) >= 6
    for block in blocks:
        for line in block.splitlines():
            if re.search(r"(^|[|(;&]\s*)curl\s", line):
                # issue 16: fail loudly and keep the problem+json body (only the ETag probe, which discards the body, uses --fail)
                assert "curl -sS --fail-with-body" in line or "curl -sS --fail -o /dev/null" in line, (
                    f"every curl must keep the error body (--fail-with-body): {line}"
                )
    text = "\n".join(blocks)
    assert "BASE=${BASE:-http://localhost:8000}" in text and "make -s dev-token" in text
    for prefix in ("/customs/v1/", "/claims/v1/", "/offlabel/v1/", "/inspections/v1/"):
        assert prefix in text, f"the tour never visits {prefix}"


def test_readme_walkthrough_runs_against_the_platform(platform, demo_loaded, tmp_path):
    blocks = walkthrough_blocks()
    script = [PREAMBLE]
    for n, block in enumerate(blocks, start=1):
        script.append(f'echo "=== block {n}" >&2\n{block}')
    path = tmp_path / "walkthrough.sh"
    path.write_text("\n".join(script) + '\necho "=== walkthrough done" >&2\n', encoding="utf-8")
    env = {**os.environ, "BASE": platform.url, "REGPLAT_DATA_DIR": str(platform.data_dir), "REGPLAT_PYTHON": sys.executable}
    r = subprocess.run(["bash", str(path)], env=env, capture_output=True, text=True, timeout=240, cwd=tmp_path)
    failed_block = re.findall(r"=== block (\d+)", r.stderr)
    assert r.returncode == 0 and "=== walkthrough done" in r.stderr, (
        f"walkthrough block {failed_block[-1] if failed_block else '?'} failed ({r.returncode}):\n"
        f"--- stdout\n{r.stdout[-4000:]}\n--- stderr\n{r.stderr[-4000:]}"
    )
    out = r.stdout.splitlines()
    # the outcomes the README's comments promise
    for expected in (
        "Not allowed",
        "awaiting_expert_review",
        "awaiting_dg_release",
        "awaiting_stamp",
        "cleared",
        "approved",
        "covered",
        "prohibited",
        "permitted",
        "ordered",
        "closed",
        "controlled",
        "submitted",
        "returned",
        "not_reimbursable",
        "400/10262/د",
        "claims.case.registered",
    ):
        assert expected in out, f"{expected!r} not printed by the walkthrough:\n{r.stdout[-3000:]}"
    assert out.count("True") >= 5  # authorized_and_covered + four intact decision chains
    assert "4900000" in out
