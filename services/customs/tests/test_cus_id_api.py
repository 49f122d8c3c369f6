"""CUS-ID over HTTP: an unrecognised name never takes a less controlled path. It waits for the GIO expert's
identification; nothing with an unidentified item is cleared, stamped or given an exit permit."""

from __future__ import annotations

from shared.catalogue import check_payload
from shared.provenance import RegulationRegistry

from .helpers import act, decl_body, dg, expert, head, officer, traveller
from .test_exports_precheck_api import permit_body

UNKNOWN = {"name": "Zolofix Neo 5mg", "dosage_form": "tablet", "quantity": 1, "units_per_pack": 30, "daily_dose": 1}


def _assign(client, keys):
    assert client.post("/v1/offices/THR-IKA/experts", json={"expert_sub": "expert-1"}, headers=head(keys)).status_code == 201


def _submit(client, keys, *items):
    r = client.post("/v1/declarations", json=decl_body(*items), headers=officer(keys))
    assert r.status_code == 201, r.text
    return r.json(), r.headers["ETag"]


def test_cus_id_unrecognised_name_waits_for_identification_and_cannot_be_accepted(client, keys):
    _assign(client, keys)
    d, etag = _submit(client, keys, UNKNOWN)
    it = d["items"][0]
    assert it["outcome"] == "pending" and it["substances"] == []
    assert "substance_identification" in it["open_requirements"] and "article_9_committee" not in it["open_requirements"]
    assert any(c["rule_id"] == "CUS-ID" and c["authority"] == "interpretation" for c in it["basis"])
    # clearance: the review cannot accept it, nor confirm the identification as a document
    r = act(client, d["id"], expert(keys), etag, action="expert_review", requirements_met=["medical_documents"])
    assert r.status_code == 409 and "substance_identification" in r.text
    r = act(client, d["id"], expert(keys), etag, action="expert_review", requirements_met=["substance_identification"])
    assert r.status_code == 422
    # stamping: only after a review, so the stamp is refused in this state
    r = act(client, d["id"], expert(keys), etag, action="stamp", seal_id="SEAL-77")
    assert r.status_code == 409
    got = client.get(f"/v1/declarations/{d['id']}", headers=officer(keys))
    assert got.json()["state"] == "awaiting_expert_review" and got.headers["ETag"] == etag


def test_cus_id_expert_identifies_and_the_item_takes_the_controls_of_its_substance(client, keys):
    _assign(client, keys)
    d, etag = _submit(client, keys, UNKNOWN)
    # an unknown substance name is refused (422) and changes nothing
    bad = act(client, d["id"], expert(keys), etag, action="identify", identifications=[{"index": 0, "substances": ["zolofixine"]}])
    assert bad.status_code == 422
    # only the GIO expert identifies
    r = act(client, d["id"], head(keys), etag, action="identify", identifications=[{"index": 0, "substances": ["diazepam"]}])
    assert r.status_code == 403
    r = act(client, d["id"], expert(keys), etag, action="identify", identifications=[{"index": 0, "substances": ["دیازپام"], "reason": "leaflet"}])
    assert r.status_code == 200, r.text
    out = r.json()
    it = out["items"][0]
    assert it["substances"] == ["diazepam"] and it["identified_by_expert"] is True
    assert it["matches"]["controlled"] == ["Diazepam"]
    assert {"controlled_substances_office_referral", "head_of_gio_approval", "dg_release"} <= set(it["open_requirements"])
    assert "substance_identification" not in it["open_requirements"]
    assert [s["action"] for s in out["steps"]] == ["submitted", "identify"]
    rec = client.get(f"/v1/decisions/{out['steps'][-1]['decision_id']}", headers=keys.headers("auditor"))
    assert rec.status_code == 200 and any(c["rule_id"] == "CUS-ID" for c in rec.json()["basis"])
    registry = RegulationRegistry.load()
    for payload in (out, rec.json()):
        count, problems = check_payload(payload, registry)
        assert count > 0 and problems == []
    # now the controlled path: review -> head of GIO -> DG -> stamp
    r = act(client, d["id"], expert(keys), r.headers["ETag"], action="expert_review")
    assert r.status_code == 200 and r.json()["state"] == "awaiting_head_approval", r.text
    r = act(client, d["id"], head(keys), r.headers["ETag"], action="head_approval")
    assert r.json()["state"] == "awaiting_dg_release"
    r = act(client, d["id"], dg(keys), r.headers["ETag"], action="dg_release")
    assert r.json()["state"] == "awaiting_stamp"


def test_cus_id_precheck_says_the_name_was_not_recognised(client):
    r = client.post("/v1/precheck", json={"items": [UNKNOWN]}, headers={"Accept-Language": "fa"})
    assert r.status_code == 200, r.text
    out = r.json()
    assert "شناخته نشد" in out["items"][0]["verdict"] and "شناخته نشد" in out["verdict"]
    r = client.post("/v1/precheck", json={"items": [UNKNOWN]}, headers={"Accept-Language": "en"})
    assert "not recognised" in r.json()["items"][0]["verdict"] and "allowed" not in r.json()["items"][0]["verdict"].replace("not known to be allowed", "")


def test_cus_id_no_exit_permit_for_an_unidentified_item(client, keys):
    r = client.post(
        "/v1/export-permits",
        json=permit_body({"name": "Zolofix Neo", "dosage_form": "tablet", "quantity": 1, "units_per_pack": 30, "daily_dose": 1}),
        headers=traveller(keys),
    )
    assert r.status_code == 201, r.text
    p = r.json()
    assert p["outcome"] == "pending" and not p["small_quantity_allowance"]["applies"]
    assert "substance_identification" in [x["code"] for x in p["items"][0]["requirements"]]
    h = {**expert(keys), "If-Match": r.headers["ETag"]}
    r = client.post(f"/v1/export-permits/{p['id']}/actions", json={"action": "expert_review"}, headers=h)
    assert r.status_code == 409
    r = client.post(f"/v1/export-permits/{p['id']}/actions", json={"action": "expert_review", "requirements_met": ["substance_identification"]}, headers=h)
    assert r.status_code == 422
    assert client.get(f"/v1/export-permits/{p['id']}", headers=traveller(keys)).json()["state"] == p["state"]


def test_cus_id_export_expert_identifies_and_the_application_is_evaluated_again(client, keys):
    r = client.post(
        "/v1/export-permits",
        json=permit_body({"name": "Zolofix Neo", "dosage_form": "tablet", "quantity": 1, "units_per_pack": 30, "daily_dose": 1}),
        headers=traveller(keys),
    )
    p = r.json()
    path = f"/v1/export-permits/{p['id']}/actions"
    bad = client.post(
        path,
        json={"action": "identify", "identifications": [{"index": 0, "substances": ["zolofixine"]}]},
        headers={**expert(keys), "If-Match": r.headers["ETag"]},
    )
    assert bad.status_code == 422
    r = client.post(
        path, json={"action": "identify", "identifications": [{"index": 0, "substances": ["Valium"]}]}, headers={**expert(keys), "If-Match": r.headers["ETag"]}
    )
    assert r.status_code == 200, r.text
    out = r.json()
    # diazepam: controlled, so the small-quantity allowance does not apply; the item now waits for the review only
    assert out["state"] == "awaiting_expert_review" and out["items"][0]["matches"]["controlled"] == ["Diazepam"]
    assert "substance_identification" not in [q["code"] for q in out["items"][0]["requirements"]]
    assert out["identified"]["0"]["substances"] == ["diazepam"]
