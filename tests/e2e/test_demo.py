"""`make demo` against the e2e platform, so the demo data set cannot rot: it loads through the gateway,
every service then holds data in the states the demo promises, and a second run adds nothing."""

import os
import subprocess
import sys

import pytest

from tests.e2e.api import ok
from tests.e2e.conftest import ROOT, run_demo
from tests.e2e.harness import free_port

pytestmark = pytest.mark.e2e


def snapshot(platform, gw) -> dict:
    staff = {a: platform.headers("agency_staff", a) for a in ("AG-THR-001", "AG-THR-002", "AG-ISF-001")}
    cases = [c for a, h in staff.items() for c in ok(gw.get(f"/claims/v1/agencies/{a}/cases", headers=h, params={"limit": 200}), 200)["items"]]
    decls = ok(gw.get("/customs/v1/declarations", headers=platform.headers("dpna_dg", "DPNA"), params={"limit": 100}), 200)["items"]
    reqs = ok(gw.get("/offlabel/v1/requests", headers=platform.headers("ministry_admin", "MOH"), params={"size": 100}), 200)["items"]
    centres = {
        u: ok(gw.get("/inspections/v1/centers", headers=platform.headers("university_deputy", u), params={"page_size": 100}), 200)["items"]
        for u in ("QUMS", "TUMS", "SBMU", "MUI")
    }
    return {"cases": cases, "decls": decls, "reqs": reqs, "centres": centres}


def test_demo_loads_every_service_through_the_gateway_and_is_idempotent(platform, gw, demo_loaded):
    assert "Demo data loaded through" in demo_loaded and "/docs" in demo_loaded
    first = snapshot(platform, gw)

    # customs: a declaration in every workflow state
    assert {d["state"] for d in first["decls"]} >= {
        "awaiting_expert_review",
        "awaiting_head_approval",
        "awaiting_dg_release",
        "awaiting_stamp",
        "cleared",
        "refused",
    }
    # claims: cases in every CLM-A state, with X1/X2 verification answered
    assert {c["state"] for c in first["cases"]} >= {"registered", "controlled", "assessed", "submitted", "returned", "approved"}
    # offlabel: approved (covered and not covered), pending documents, denied
    statuses = {r["status"] for r in first["reqs"]}
    assert statuses >= {"approved", "pending_documents", "denied"}
    coverage = {(r.get("coverage") or {}).get("status") for r in first["reqs"]}
    assert {"covered", "not_covered"} <= coverage
    # inspections: centres in four universities, one closed after a violation, one suspended
    assert all(first["centres"][u] for u in first["centres"])
    all_statuses = {c["status"] for cs in first["centres"].values() for c in cs}
    assert {"active", "closed", "suspended", "applicant", "inactive"} <= all_statuses
    deputy = platform.headers("university_deputy", "QUMS")
    closed = next(c for c in first["centres"]["QUMS"] if c["status"] == "closed")
    violations = ok(gw.get("/inspections/v1/violations", params={"center_id": closed["id"]}, headers=deputy), 200)["items"]
    assert any(v["type"] == "unauthorised_product" for v in violations)

    # a second run: replays and state checks, nothing new
    again = run_demo(platform)
    assert again.returncode == 0, again.stderr[-3000:]
    second = snapshot(platform, gw)
    assert sorted(c["id"] for c in second["cases"]) == sorted(c["id"] for c in first["cases"])
    assert sorted(d["id"] for d in second["decls"]) == sorted(d["id"] for d in first["decls"])
    assert {u: len(cs) for u, cs in second["centres"].items()} == {u: len(cs) for u, cs in first["centres"].items()}
    assert len(second["reqs"]) == len(first["reqs"])


def test_demo_without_a_platform_says_how_to_start_it(tmp_path):
    env = {**os.environ, "REGPLAT_DATA_DIR": str(tmp_path)}
    r = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "demo.py"), "--url", f"http://127.0.0.1:{free_port()}"], env=env, capture_output=True, text=True, timeout=60
    )
    assert r.returncode == 2 and "make run" in r.stderr and "Traceback" not in r.stderr
