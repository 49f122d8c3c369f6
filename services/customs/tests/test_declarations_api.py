"""Declarations over HTTP on PostgreSQL: evaluation stored with basis, workflow by role and state (CUS-5, 6.2, 6.3.1, 6.3.2)."""

from __future__ import annotations

from sqlalchemy import func, select

from customs.declarations.models import Declaration
from shared.decisions import DecisionRecord

from .helpers import NC_OTHER, act, decl_body, dg, expert, head, officer, traveller


def assign(client, keys, office="THR-IKA", sub="expert-1"):
    r = client.post(f"/v1/offices/{office}/experts", json={"expert_sub": sub, "expert_name": "Dr. Karimi"}, headers=head(keys))
    assert r.status_code == 201, r.text


def submit(client, keys, body=None, headers=None):
    r = client.post("/v1/declarations", json=body or decl_body(), headers=headers or officer(keys))
    assert r.status_code == 201, r.text
    return r.json(), r.headers["ETag"]


def test_cus_6_2_declaration_evaluated_and_stored_with_basis(client, keys, app):
    d, etag = submit(client, keys)
    assert d["state"] == "awaiting_expert_review" and etag == '"1"'
    assert d["items"][0]["outcome"] == "pending" and d["items"][0]["supply_days"] == 90
    assert d["owner_responsibility"]["fa"]
    assert d["reference_version"] == app.state.reference.version
    assert d["decision_date_jalali"] == "1400/05/01"
    rec = client.get(f"/v1/decisions/{d['decision_id']}", headers=keys.headers("auditor"))
    assert rec.status_code == 200 and rec.json()["kind"] == "customs.declaration.evaluated"
    assert rec.json()["basis"] and rec.json()["ruleset_version"] == d["ruleset_version"]
    got = client.get(f"/v1/declarations/{d['id']}", headers=officer(keys))
    assert got.status_code == 200 and got.headers["ETag"] == '"1"'


def test_cus_5_full_workflow_to_stamped_receipt(client, keys):
    assign(client, keys)
    d, etag = submit(client, keys)
    r = act(client, d["id"], expert(keys), etag, action="expert_review", requirements_met=[])
    assert r.status_code == 200, r.text
    assert r.json()["state"] == "awaiting_stamp"
    r = act(client, d["id"], expert(keys), r.headers["ETag"], action="stamp", seal_id="SEAL-77")
    assert r.status_code == 200, r.text
    out = r.json()
    assert out["state"] == "cleared" and out["seal_id"] == "SEAL-77"
    assert out["items"][0]["workflow_status"] == "cleared" and out["items"][0]["cleared_quantity"] == 3
    assert [s["action"] for s in out["steps"]] == ["submitted", "expert_review", "stamp"]
    assert all(s["decision_id"] for s in out["steps"])


def test_cus_6_3_1_cus_5_head_controlled_goes_to_head_then_dg_before_stamp(client, keys):
    assign(client, keys)
    d, etag = submit(client, keys, decl_body({"name": "Diazepam 5mg", "dosage_form": "قرص", "quantity": 2, "units_per_pack": 30, "daily_dose": 1}))
    assert d["items"][0]["matches"]["controlled"] == ["Diazepam"]
    r = act(client, d["id"], expert(keys), etag, action="expert_review")
    # SOP 5: the head of GIO approves controlled import permits too, before the DG
    assert r.json()["state"] == "awaiting_head_approval"
    assert r.json()["items"][0]["open_requirements"] == ["head_of_gio_approval", "dg_release"]
    # neither the stamp nor the DG can come before the head of GIO
    bad = act(client, d["id"], expert(keys), r.headers["ETag"], action="stamp")
    assert bad.status_code == 409 and bad.json()["type"].endswith("wrong-state")
    bad = act(client, d["id"], dg(keys), r.headers["ETag"], action="dg_release")
    assert bad.status_code == 409
    r = act(client, d["id"], head(keys), r.headers["ETag"], action="head_approval")
    assert r.status_code == 200 and r.json()["state"] == "awaiting_dg_release"
    r = act(client, d["id"], dg(keys), r.headers["ETag"], action="dg_release")
    assert r.status_code == 200 and r.json()["state"] == "awaiting_stamp"
    r = act(client, d["id"], expert(keys), r.headers["ETag"], action="stamp")
    assert r.json()["state"] == "cleared"


def test_cus_6_3_2_doping_needs_head_then_dg(client, keys):
    assign(client, keys)
    d, etag = submit(client, keys, decl_body({"name": "Genotropin", "dosage_form": "injection_pen", "quantity": 2, "units_per_pack": 1, "daily_dose": "0.1"}))
    r = act(client, d["id"], expert(keys), etag, action="expert_review")
    assert r.json()["state"] == "awaiting_head_approval"
    bad = act(client, d["id"], dg(keys), r.headers["ETag"], action="dg_release")
    assert bad.status_code == 409
    r = act(client, d["id"], head(keys), r.headers["ETag"], action="head_approval")
    assert r.json()["state"] == "awaiting_dg_release"
    r = act(client, d["id"], dg(keys), r.headers["ETag"], action="dg_release")
    assert r.json()["state"] == "awaiting_stamp"


def test_cus_5_wrong_role_is_403_and_traveller_cannot_act(client, keys):
    d, etag = submit(client, keys)
    assert act(client, d["id"], head(keys), etag, action="expert_review").status_code == 403
    r = act(client, d["id"], traveller(keys), etag, action="refuse", reason="x")
    assert r.status_code == 403


def test_cus_5_unassigned_expert_cannot_review_at_an_office_with_a_representative(client, keys):
    d, etag = submit(client, keys)
    r = act(client, d["id"], expert(keys, sub="expert-9"), etag, action="expert_review")
    assert r.status_code == 403 and "CUS-5" in r.json()["detail"]


def test_if_match_required_and_stale_rejected(client, keys):
    assign(client, keys)
    d, etag = submit(client, keys)
    r = client.post(f"/v1/declarations/{d['id']}/actions", json={"action": "expert_review"}, headers=expert(keys))
    assert r.status_code == 428
    r = act(client, d["id"], expert(keys), '"7"', action="expert_review")
    assert r.status_code == 412


def test_cus_6_2_open_document_requirements_block_acceptance(client, keys):
    assign(client, keys)
    d, etag = submit(client, keys, decl_body({"name": "Losartan", "dosage_form": "tablet", "quantity": 2}, medical_documents_attached=False))
    r = act(client, d["id"], expert(keys), etag, action="expert_review")
    assert r.status_code == 409 and r.json()["type"].endswith("requirements-open")
    assert set(r.json()["open_requirements"]["0"]) == {"medical_documents", "dosage_information"}
    r = act(client, d["id"], expert(keys), etag, action="expert_review", requirements_met=["medical_documents", "dosage_information"])
    assert r.status_code == 200 and r.json()["state"] == "awaiting_stamp"


def test_cus_6_2_estimate_expert_sets_another_estimate_only_with_a_reason(client, keys):
    assign(client, keys)
    d, etag = submit(client, keys, decl_body({"name": "Losartan", "dosage_form": "tablet", "quantity": 10, "units_per_pack": 30, "daily_dose": 1}))
    assert d["items"][0]["max_clearable_quantity"] == 6 and d["items"][0]["excess_quantity"] == 4
    r = act(client, d["id"], expert(keys), etag, action="expert_review", items=[{"index": 0, "decision": "accept", "cleared_quantity": 7}])
    assert r.status_code == 422 and "estimate_reason" in r.text
    # never more than declared, even with a reason
    r = act(
        client,
        d["id"],
        expert(keys),
        etag,
        action="expert_review",
        items=[{"index": 0, "decision": "accept", "cleared_quantity": 11, "estimate_reason": "dose will be doubled next month"}],
    )
    assert r.status_code == 422
    r = act(
        client,
        d["id"],
        expert(keys),
        etag,
        action="expert_review",
        items=[{"index": 0, "decision": "accept", "cleared_quantity": 7, "estimate_reason": "prescription says 1-2 tablets a day"}],
    )
    assert r.status_code == 200, r.text
    it = r.json()["items"][0]
    assert it["cleared_quantity"] == 7 and it["expert_estimate"]["engine_proposal"] == 6 and it["expert_estimate"]["reason"]


def test_cus_6_2_expert_clears_the_engine_proposal_by_default(client, keys):
    assign(client, keys)
    d, etag = submit(client, keys, decl_body({"name": "Losartan", "dosage_form": "tablet", "quantity": 10, "units_per_pack": 30, "daily_dose": 1}))
    r = act(client, d["id"], expert(keys), etag, action="expert_review")
    assert r.status_code == 200 and r.json()["items"][0]["cleared_quantity"] == 6


def test_cus_6_3_refused_item_cannot_be_accepted_by_the_expert(client, keys):
    assign(client, keys)
    body = decl_body(
        {"name": "Cytotec", "dosage_form": "tablet"}, {"name": "Losartan", "dosage_form": "tablet", "quantity": 1, "units_per_pack": 30, "daily_dose": 1}
    )
    d, etag = submit(client, keys, body)
    assert d["items"][0]["outcome"] == "refused"
    r = act(client, d["id"], expert(keys), etag, action="expert_review", items=[{"index": 0, "decision": "accept"}])
    assert r.status_code == 409
    r = act(client, d["id"], expert(keys), etag, action="expert_review")
    assert r.json()["items"][0]["workflow_status"] == "refused" and r.json()["items"][1]["workflow_status"] == "accepted"


def test_refuse_needs_reason_and_ends_the_workflow(client, keys):
    assign(client, keys)
    d, etag = submit(client, keys)
    assert act(client, d["id"], expert(keys), etag, action="refuse").status_code == 422
    r = act(client, d["id"], expert(keys), etag, action="refuse", reason="documents do not support personal use")
    assert r.status_code == 200 and r.json()["state"] == "refused"
    again = act(client, d["id"], expert(keys), r.headers["ETag"], action="expert_review")
    assert again.status_code == 409


def test_cus_5_clearance_letter_for_office_without_representative(client, keys):
    d, etag = submit(client, keys, decl_body(customs_office="MHD-AIR"), headers=officer(keys, "MHD-AIR"))
    assert d["office_has_gio_representative"] is False
    early = client.get(f"/v1/declarations/{d['id']}/clearance-letter", headers=officer(keys, "MHD-AIR"))
    assert early.status_code == 409
    r = act(client, d["id"], expert(keys, sub="expert-any"), etag, action="expert_review")
    assert r.status_code == 200, r.text
    r = act(client, d["id"], expert(keys, sub="expert-any"), r.headers["ETag"], action="stamp")
    assert r.status_code == 200 and r.json()["clearance_letter_no"].startswith("GIO-CL/")
    html = client.get(f"/v1/declarations/{d['id']}/clearance-letter", headers=officer(keys, "MHD-AIR"))
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
    text = html.text
    from customs.declarations.letters import fa_digits
    from shared.jalali import to_jalali, today_tehran

    assert 'dir="rtl"' in text and 'lang="fa"' in text
    assert fa_digits(to_jalali(today_tehran())) in text and fa_digits(r.json()["clearance_letter_no"]) in text
    assert "Losartan" in text and "SOP-DPNA-GIO-020" in text and "صاحب کالا" in text


def test_clearance_letter_refused_where_gio_has_a_representative(client, keys):
    d, _ = submit(client, keys)
    r = client.get(f"/v1/declarations/{d['id']}/clearance-letter", headers=officer(keys))
    assert r.status_code == 409


def test_visibility_traveller_own_only_officer_own_office(client, keys):
    d, _ = submit(client, keys)
    assert client.get(f"/v1/declarations/{d['id']}", headers=traveller(keys)).status_code == 200
    assert client.get(f"/v1/declarations/{d['id']}", headers=traveller(keys, NC_OTHER)).status_code == 404
    assert client.get(f"/v1/declarations/{d['id']}", headers=officer(keys, "MHD-AIR")).status_code == 404
    listed = client.get("/v1/declarations", headers=traveller(keys, NC_OTHER)).json()
    assert listed["total"] == 0
    assert client.get("/v1/declarations", headers=officer(keys)).json()["total"] == 1


def test_traveller_files_own_declaration_only(client, keys):
    r = client.post("/v1/declarations", json=decl_body(), headers=traveller(keys, NC_OTHER))
    assert r.status_code == 403
    r = client.post("/v1/declarations", json=decl_body(), headers=traveller(keys))
    assert r.status_code == 201


def test_officer_files_for_own_office_only(client, keys):
    r = client.post("/v1/declarations", json=decl_body(customs_office="SYZ-AIR"), headers=officer(keys))
    assert r.status_code == 403


def test_idempotency_key_replays_and_stores_once(client, keys, app):
    h = {**officer(keys), "Idempotency-Key": "k-123"}
    a = client.post("/v1/declarations", json=decl_body(), headers=h)
    b = client.post("/v1/declarations", json=decl_body(), headers=h)
    assert a.status_code == b.status_code == 201 and a.json()["id"] == b.json()["id"]
    assert b.headers.get("Idempotent-Replayed") == "true"
    with app.state.sessionmaker() as s:
        assert s.execute(select(func.count()).select_from(Declaration)).scalar_one() == 1
    c = client.post("/v1/declarations", json=decl_body(warehouse_receipt_no="WR-2"), headers=h)
    assert c.status_code == 422


def test_every_step_is_a_decision_record(client, keys, app):
    assign(client, keys)
    d, etag = submit(client, keys)
    r = act(client, d["id"], expert(keys), etag, action="expert_review")
    act(client, d["id"], expert(keys), r.headers["ETag"], action="stamp")
    with app.state.sessionmaker() as s:
        kinds = s.execute(select(DecisionRecord.kind).where(DecisionRecord.subject_id == d["id"]).order_by(DecisionRecord.seq)).scalars().all()
    assert kinds == ["customs.declaration.evaluated", "customs.declaration.expert_review", "customs.declaration.stamp"]
    assert client.get("/v1/decisions/verify", headers=keys.headers("auditor")).json()["intact"] is True


def test_stamp_needs_the_experts_seal(client, keys):
    assign(client, keys, sub="expert-noseal")
    d, etag = submit(client, keys)
    r = act(client, d["id"], expert(keys, sub="expert-noseal", seal=None), etag, action="expert_review")
    r = act(client, d["id"], expert(keys, sub="expert-noseal", seal=None), r.headers["ETag"], action="stamp")
    assert r.status_code == 403


def test_cus_5_head_and_dg_refusals_apply_to_the_items_in_their_competence_only(client, keys):
    assign(client, keys)
    plain = {"name": "Losartan 50mg", "dosage_form": "tablet", "quantity": 2, "units_per_pack": 30, "daily_dose": 1}
    doping = {"name": "Sustanon 250", "dosage_form": "ampoule", "quantity": 1, "units_per_pack": 1, "daily_dose": "0.05"}
    controlled = {"name": "Valium 5mg", "dosage_form": "tablet", "quantity": 1, "units_per_pack": 30, "daily_dose": 1}
    # the head of GIO refuses the doping item: the plain item goes on to the stamp
    d, etag = submit(client, keys, decl_body(plain, doping))
    r = act(client, d["id"], expert(keys), etag, action="expert_review")
    assert r.json()["state"] == "awaiting_head_approval"
    r = act(client, d["id"], head(keys), r.headers["ETag"], action="refuse", reason="bodybuilding use suspected")
    assert r.status_code == 200, r.text
    out = r.json()
    assert [i["workflow_status"] for i in out["items"]] == ["accepted", "refused"] and out["state"] == "awaiting_stamp"
    r = act(client, d["id"], expert(keys), r.headers["ETag"], action="stamp")
    assert r.json()["state"] == "cleared" and [i["workflow_status"] for i in r.json()["items"]] == ["cleared", "refused"]
    # the DG refuses the controlled item: the plain item is not refused with it
    d, etag = submit(client, keys, decl_body(controlled, plain))
    r = act(client, d["id"], expert(keys), etag, action="expert_review")
    r = act(client, d["id"], head(keys), r.headers["ETag"], action="head_approval")
    assert r.json()["state"] == "awaiting_dg_release"
    r = act(client, d["id"], dg(keys), r.headers["ETag"], action="refuse", reason="no permit for this quantity")
    assert r.status_code == 200, r.text
    assert [i["workflow_status"] for i in r.json()["items"]] == ["refused", "accepted"] and r.json()["state"] == "awaiting_stamp"
    rec = client.get(f"/v1/decisions/{r.json()['steps'][-1]['decision_id']}", headers=keys.headers("auditor"))
    assert "CUS-5-DG" in {c["rule_id"] for c in rec.json()["basis"]}
