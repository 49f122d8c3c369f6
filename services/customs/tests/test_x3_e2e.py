"""SPEC X3 end to end: real inspections, customs and gateway processes (uvicorn, PostgreSQL), driven through the gateway.

customs asks inspections with its own service token; a prohibited answer refuses the item with inspections'
letters; with inspections stopped the item waits (pending, `inspections_verification`) and the pre-check still
answers; once inspections is back the user's retry and the periodic retry verify the waiting items.
"""

from __future__ import annotations

import time
from contextlib import ExitStack

import httpx
import pytest

from tests.e2e.harness import Platform, start_platform

from .helpers import decl_body

pytestmark = pytest.mark.e2e

STARTED = ["inspections", "customs"]
EXOSOME = {"name": "Exosome research vial", "dosage_form": "vial", "category": "research_sample", "value_usd": 200}
APPROVAL = {"type": "research_approval", "irc_code": "IR.QUMS.REC.1404.200", "reference": "QUMS-R-55"}


@pytest.fixture(scope="module")
def x3(tmp_path_factory):
    """inspections + customs + gateway only (claims and offlabel are not needed here); periodic retry off at first."""
    with ExitStack() as stack:
        yield start_platform(
            stack,
            tmp_path_factory.mktemp("x3e2e"),
            services=STARTED,
            db_prefix="x3",
            extra_env={"GATEWAY_BREAKER_COOLDOWN_SECONDS": "1", "CUSTOMS_VERIFICATION_RETRY_SECONDS": "0"},
        )


def officer(p: Platform) -> dict[str, str]:
    return p.headers("customs_officer", org="THR-IKA", sub="officer-1")


# SOP 6.1.3: research samples are imported by research centres or the industry (legal persons)
RESEARCH_CENTRE = {
    "kind": "legal",
    "name": "Royan research centre",
    "company": {"name": "Royan research centre", "activities": ["import"], "purpose_letter_submitted": True},
}


def declare(gw: httpx.Client, p: Platform, *items, **over) -> dict:
    r = gw.post("/customs/v1/declarations", json=decl_body(*items, **over), headers=officer(p))
    assert r.status_code == 201, r.text
    return r.json()


def ask_inspections(gw: httpx.Client, p: Platform, date: str, approval: str = "none") -> dict:
    r = gw.post(
        "/inspections/v1/permissibility",
        json={"activity": "import", "kind": "exosome", "approval": approval, "date": date},
        headers=p.headers("ministry_supervisor"),
    )
    assert r.status_code == 200, r.text
    return r.json()


def test_x3_end_to_end_prohibited_permitted_down_and_retried(x3: Platform):
    p = x3
    with p.client(timeout=30) as gw:
        # 1. an exosome research import without an approval is prohibited (400/10262/د): refused with the letters inspections applied
        truth = ask_inspections(gw, p, "1404/10/01", "none")
        d = declare(gw, p, EXOSOME, purpose="research_sample", owner=RESEARCH_CENTRE, commitment_letter=True, decision_date="1404/10/01")
        item = d["items"][0]
        assert truth["outcome"] == "prohibited" and item["outcome"] == "refused" and item["workflow_status"] == "refused"
        reason = next(r for r in item["reasons"] if r["rule_id"] == "CUS-X3")
        assert reason["effect"] == "refuse" and all(n in reason["text"] for n in truth["letters_applied"])
        assert {c["number"] for c in truth["basis"]} <= {c["number"] for c in item["basis"] if c.get("source") == "inspections"}
        answer = item["x3_checks"][0]["answers"][0]
        assert answer["outcome"] == "prohibited" and answer["inspections_decision_id"]
        assert d["verification"]["status"] == "verified"

        # 2. personal use: never cleared, whatever the date
        d = declare(gw, p, {"name": "ASCE+ Exosome serum", "dosage_form": "vial"}, decision_date="1404/12/03")
        assert d["items"][0]["outcome"] == "refused" and {"400/10262/د", "661/2897"} <= {c["number"] for c in d["items"][0]["basis"]}

        # the public pre-check asks too (answers reused for 60 s: the same inspections ruling twice)
        pre = [gw.post("/customs/v1/precheck", json={"items": [{"name": "ASCE+ Exosome serum", "dosage_form": "vial"}]}).json() for _ in range(2)]
        assert [x["items"][0]["outcome"] for x in pre] == ["refused", "refused"] and pre[0]["verification"]["status"] == "verified"
        ids = {x["items"][0]["x3_checks"][0]["answers"][0]["inspections_decision_id"] for x in pre}
        assert len(ids) == 1 and None not in ids

        # 3. approved research was never inside the ban (100/10/74585, INS-R as amended): permitted before 1404/11/20 too;
        #    pending, the expert checks the approval (approved_research)
        assert ask_inspections(gw, p, "1404/10/01", "research_approval")["outcome"] == "permitted"
        d = declare(gw, p, EXOSOME, purpose="research_sample", owner=RESEARCH_CENTRE, commitment_letter=True, approval=APPROVAL, decision_date="1404/10/01")
        assert d["items"][0]["outcome"] == "pending" and "approved_research" in d["items"][0]["open_requirements"]
        assert ask_inspections(gw, p, "1404/12/03", "research_approval")["outcome"] == "permitted"
        d = declare(gw, p, EXOSOME, purpose="research_sample", owner=RESEARCH_CENTRE, commitment_letter=True, approval=APPROVAL, decision_date="1404/12/03")
        item = d["items"][0]
        assert item["outcome"] == "pending" and "approved_research" in item["open_requirements"] and "inspections_verification" not in item["open_requirements"]

        # 4. inspections stopped: the item waits with the reason; the public pre-check answers at once
        p.stop("inspections")
        waiting = declare(gw, p, EXOSOME, purpose="research_sample", owner=RESEARCH_CENTRE, commitment_letter=True, decision_date="1404/10/01")
        item = waiting["items"][0]
        assert item["outcome"] == "pending" and "inspections_verification" in item["open_requirements"]
        assert waiting["verification"]["status"] == "pending" and waiting["verification"]["reason"]
        t0 = time.monotonic()
        pre = gw.post(
            "/customs/v1/precheck", json={"decision_date": "1404/09/15", "items": [{"name": "Exosome serum", "dosage_form": "vial"}]}
        )  # not a cached question
        assert pre.status_code == 200 and time.monotonic() - t0 < 5 and pre.json()["items"][0]["verification"] == "pending"
        losartan = declare(gw, p)  # unrelated declarations are unaffected
        assert losartan["verification"]["status"] == "not_required"

        # 5. inspections back: the user's retry verifies the waiting item (refused with the letters), one decision record
        p.start("inspections")
        time.sleep(1.2)  # the gateway's breaker cool-down
        r = gw.post(f"/customs/v1/declarations/{waiting['id']}/verification", headers={**officer(p), "If-Match": '"1"'})
        assert r.status_code == 200, r.text
        body = r.json()
        assert body["verification"]["status"] == "verified" and body["items"][0]["outcome"] == "refused"
        assert body["steps"][-1]["action"] == "verification" and r.headers["ETag"] == '"2"'
        rec = gw.get(f"/customs/v1/decisions/{body['decision_id']}", headers=p.headers("auditor"))
        assert rec.status_code == 200 and rec.json()["kind"] == "customs.declaration.verification" and rec.json()["outcome"]["resolved_items"] == [0]

        # 6. the periodic retry: inspections down at submission, back later, verified without anyone asking
        p.stop("inspections")
        later = declare(gw, p, EXOSOME, purpose="research_sample", owner=RESEARCH_CENTRE, commitment_letter=True, approval=APPROVAL, decision_date="1404/12/03")
        assert later["verification"]["status"] == "pending"
        p.env["CUSTOMS_VERIFICATION_RETRY_SECONDS"] = "1"
        p.stop("customs")
        p.start("customs")
        p.start("inspections")
        deadline = time.time() + 30
        while time.time() < deadline:
            got = gw.get(f"/customs/v1/declarations/{later['id']}", headers=officer(p)).json()
            if got["verification"]["status"] == "verified":
                break
            time.sleep(0.5)
        assert got["verification"]["status"] == "verified", got["verification"]
        assert got["items"][0]["outcome"] == "pending" and "approved_research" in got["items"][0]["open_requirements"]
        assert got["steps"][-1]["action"] == "verification" and got["steps"][-1]["role"] == "service"
