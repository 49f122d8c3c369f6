"""SPEC X3 over HTTP when inspections cannot be asked: the gateway URL points at a closed local port (or at a socket
that never answers). Items wait (`pending`, `inspections_verification`) with the reason; nothing is cleared or refused
on a guess; the public pre-check still answers quickly; retries by the user and the periodic task are recorded.
The answered path (prohibited / permitted by the real inspections service) is in test_x3_e2e.py."""

from __future__ import annotations

import socket
import threading
import time

import pytest
from sqlalchemy import func, select

from customs.declarations.models import Declaration
from customs.verification.service import retry_pending_verifications
from shared.decisions import DecisionRecord
from shared.interservice import ServiceClient

from .helpers import act, decl_body, expert, head, officer

EXOSOME = {"name": "Exosome skin booster", "dosage_form": "vial"}


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # closed again when the block ends: connections are refused


def _use_gateway(app, url: str):
    previous = getattr(app.state, "_gateway_client", None)
    app.state._gateway_client = ServiceClient(app.state.settings.model_copy(update={"gateway_url": url}))
    return previous


@pytest.fixture
def inspections_down(app):
    """The customs app's gateway client aimed at a closed local port: every call fails at once (connection refused)."""
    previous = _use_gateway(app, f"http://127.0.0.1:{_closed_port()}")
    yield
    app.state._gateway_client.close()
    app.state._gateway_client = previous


@pytest.fixture
def inspections_silent(app):
    """A local socket that accepts connections and never answers: the client's timeout must end the wait."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(16)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        srv.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = srv.accept()
                held.append(conn)
            except OSError:
                continue

    t = threading.Thread(target=accept, daemon=True)
    t.start()
    previous = _use_gateway(app, f"http://127.0.0.1:{srv.getsockname()[1]}")
    yield
    app.state._gateway_client.close()
    app.state._gateway_client = previous
    stop.set()
    t.join(2)
    for c in held:
        c.close()
    srv.close()


def submit(client, keys, *items, **over):
    r = client.post("/v1/declarations", json=decl_body(*items, **over), headers=officer(keys))
    assert r.status_code == 201, r.text
    return r.json(), r.headers["ETag"]


def decisions(app) -> int:
    with app.state.sessionmaker() as s:
        return s.execute(select(func.count()).select_from(DecisionRecord)).scalar_one()


def test_x3_inspections_unreachable_item_pending_with_reason_nothing_cleared(client, keys, app, inspections_down):
    d, etag = submit(client, keys, EXOSOME, {"name": "Losartan 50mg", "dosage_form": "tablet", "quantity": 2, "units_per_pack": 30, "daily_dose": 1})
    exo, los = d["items"]
    assert exo["outcome"] == "pending" and exo["workflow_status"] == "pending"
    assert "inspections_verification" in exo["open_requirements"]
    reason = next(r for r in exo["reasons"] if r["rule_id"] == "CUS-X3")
    assert reason["effect"] == "require" and "unreachable" in reason["text"] and "never cleared for personal use" in reason["text"]
    # 661/2897 has no text in the seeds: it is cited through the sentence of 400/10262/د that reports it (SHR-PROV)
    assert "400/10262/د" in {c["number"] for c in exo["basis"]}
    assert any(c["rule_id"] == "CUS-X3-661" and "661/2897" in c["text"] for c in exo["basis"])
    assert exo["verification"] == "pending" and exo["x3_checks"][0]["answers"][0]["outcome"] is None
    assert los["verification"] == "not_required" and los["x3_checks"] == []
    v = d["verification"]
    assert v["status"] == "pending" and v["pending_items"] == [0] and "unreachable" in v["reason"]
    assert v["attempts"] == 1 and v["retry"]["path"] == f"/v1/declarations/{d['id']}/verification"
    assert d["outcome"] == "pending" and all(i["workflow_status"] != "cleared" for i in d["items"])
    rec = client.get(f"/v1/decisions/{d['decision_id']}", headers=keys.headers("auditor")).json()
    assert rec["outcome"]["verification"] == "pending" and rec["outcome"]["items"][0]["outcome"] == "pending"
    with app.state.sessionmaker() as s:
        row = s.get(Declaration, d["id"])
        assert row.verification_status == "pending" and row.verification_attempts == 1


def test_x3_no_question_and_no_waiting_for_ordinary_medicines(client, keys, inspections_down):
    d, _ = submit(client, keys)
    assert d["verification"]["status"] == "not_required" and d["verification"]["retry"] is None
    r = client.post(f"/v1/declarations/{d['id']}/verification", headers={**officer(keys), "If-Match": '"1"'})
    assert r.status_code == 409 and r.json()["type"].endswith("nothing-to-verify")


def test_x3_precheck_answers_quickly_when_inspections_is_down(client, inspections_down):
    t0 = time.monotonic()
    r = client.post("/v1/precheck", json={"items": [EXOSOME, {"name": "Losartan", "dosage_form": "tablet"}]}, headers={"Accept-Language": "en"})
    elapsed = time.monotonic() - t0
    assert r.status_code == 200 and elapsed < 2.0, elapsed
    body = r.json()
    exo = body["items"][0]
    assert exo["outcome"] == "pending" and exo["verification"] == "pending"
    assert "could not be asked" in exo["verdict"] and any(q["code"] == "inspections_verification" for q in exo["requirements"])
    assert body["verification"]["status"] == "pending" and "unreachable" in body["verification"]["reason"]
    assert body["items"][1]["verification"] == "not_required" and body["stored"] is False
    fa = client.post("/v1/precheck", json={"items": [EXOSOME]}, headers={"Accept-Language": "fa"}).json()
    assert "سامانه بازرسی" in fa["items"][0]["verdict"]


def test_x3_precheck_bounded_when_inspections_never_answers(client, inspections_silent):
    t0 = time.monotonic()
    r = client.post("/v1/precheck", json={"items": [EXOSOME, {"name": "Stem cell serum", "dosage_form": "vial", "product_kind": "cell_therapy"}]})
    elapsed = time.monotonic() - t0
    assert r.status_code == 200 and elapsed < 5.0, elapsed  # one timeout (3 s); the second question is not asked
    body = r.json()
    assert [i["outcome"] for i in body["items"]] == ["pending", "pending"]
    assert "did not answer in time" in body["verification"]["reason"]


def test_x3_expert_cannot_close_the_verification_but_may_refuse_the_item(client, keys, inspections_down):
    client.post("/v1/offices/THR-IKA/experts", json={"expert_sub": "expert-1"}, headers=head(keys))
    d, etag = submit(client, keys, EXOSOME)
    r = act(
        client, d["id"], expert(keys), etag, action="expert_review", requirements_met=["inspections_verification", "article_9_committee", "dosage_information"]
    )
    assert r.status_code == 422 and "inspections_verification" in r.text
    r = act(
        client,
        d["id"],
        expert(keys),
        etag,
        action="expert_review",
        requirements_met=["article_9_committee", "dosage_information"],
        items=[{"index": 0, "decision": "accept"}],
    )
    assert r.status_code == 409 and "inspections_verification" in r.json()["open_requirements"]["0"]
    r = act(client, d["id"], expert(keys), etag, action="expert_review", items=[{"index": 0, "decision": "refuse", "reason": "exosome product, personal use"}])
    assert r.status_code == 200 and r.json()["items"][0]["workflow_status"] == "refused" and r.json()["state"] == "refused"
    assert r.json()["verification"]["status"] == "not_required" and r.json()["verification"]["retry"] is None


def test_x3_user_retry_while_down_is_a_decision_and_stays_pending(client, keys, app, inspections_down):
    d, etag = submit(client, keys, EXOSOME)
    url = f"/v1/declarations/{d['id']}/verification"
    assert client.post(url, headers=officer(keys)).status_code == 428
    assert client.post(url, headers={**officer(keys), "If-Match": '"7"'}).status_code == 412
    before = decisions(app)
    r = client.post(url, headers={**officer(keys), "If-Match": etag})
    assert r.status_code == 200, r.text
    body = r.json()
    assert r.headers["ETag"] == '"2"' and r.headers["Retry-After"] == "30"
    assert body["verification"]["status"] == "pending" and body["verification"]["attempts"] == 2
    assert body["items"][0]["outcome"] == "pending" and "inspections_verification" in body["items"][0]["open_requirements"]
    assert body["steps"][-1]["action"] == "verification" and body["steps"][-1]["decision_id"] == body["decision_id"]
    assert decisions(app) == before + 1
    rec = client.get(f"/v1/decisions/{body['decision_id']}", headers=keys.headers("auditor")).json()
    assert rec["kind"] == "customs.declaration.verification" and rec["outcome"]["verification"] == "pending" and rec["inputs"]["trigger"] == "user"
    other = client.post(url, headers={**officer(keys, "BND-SEA"), "If-Match": '"2"'})
    assert other.status_code == 404


def test_x3_periodic_retry_while_down_writes_no_decision_and_changes_no_version(client, keys, app, inspections_down):
    d, _ = submit(client, keys, EXOSOME)
    before = decisions(app)
    done = retry_pending_verifications(app, maker=app.state.sessionmaker)
    assert done["checked"] >= 1 and done["verified"] == 0
    assert decisions(app) == before
    got = client.get(f"/v1/declarations/{d['id']}", headers=officer(keys))
    assert got.headers["ETag"] == '"1"'
    v = got.json()["verification"]
    assert v["status"] == "pending" and v["attempts"] == 2 and v["last_attempt_at"]
