"""Expert assignments (CUS-5), export-permit visibility, action idempotency, the OpenAPI document."""

from __future__ import annotations

from .helpers import NC_OTHER, act, decl_body, expert, head, officer, traveller
from .test_exports_precheck_api import permit_body


def test_cus_5_only_the_head_of_gio_assigns_experts(client, keys):
    body = {"expert_sub": "expert-2"}
    assert client.post("/v1/offices/THR-IKA/experts", json=body, headers=expert(keys)).status_code == 403
    assert client.post("/v1/offices/NOPE/experts", json=body, headers=head(keys)).status_code == 404
    r = client.post("/v1/offices/thr-ika/experts", json=body, headers=head(keys))
    assert r.status_code == 201 and r.json()["office"] == "THR-IKA" and r.json()["decision_id"]
    offices = {o["code"]: o for o in client.get("/v1/offices", headers=officer(keys)).json()["items"]}
    assert offices["THR-IKA"]["has_gio_representative"] is True and offices["MHD-AIR"]["has_gio_representative"] is False
    assert [e["expert_sub"] for e in offices["THR-IKA"]["experts"]] == ["expert-2"]
    assert client.delete("/v1/offices/THR-IKA/experts/expert-2", headers=head(keys)).json()["active"] is False
    d = client.post("/v1/declarations", json=decl_body(), headers=officer(keys))
    r = act(client, d.json()["id"], expert(keys, sub="expert-2"), d.headers["ETag"], action="expert_review")
    assert r.status_code == 403  # withdrawn from the office


def test_export_permit_visible_to_its_applicant_only(client, keys):
    r = client.post("/v1/export-permits", json=permit_body(), headers=traveller(keys))
    pid = r.json()["id"]
    assert client.get(f"/v1/export-permits/{pid}", headers=traveller(keys)).status_code == 200
    assert client.get(f"/v1/export-permits/{pid}", headers=traveller(keys, NC_OTHER)).status_code == 404
    assert client.get(f"/v1/export-permits/{pid}", headers=officer(keys, "MHD-AIR")).status_code == 404
    assert client.post("/v1/export-permits", json=permit_body(), headers=traveller(keys, NC_OTHER)).status_code == 403


def test_action_idempotency_key_replays_the_step(client, keys):
    client.post("/v1/offices/THR-IKA/experts", json={"expert_sub": "expert-1"}, headers=head(keys))
    d = client.post("/v1/declarations", json=decl_body(), headers=officer(keys))
    h = {**expert(keys), "If-Match": d.headers["ETag"], "Idempotency-Key": "review-1"}
    a = client.post(f"/v1/declarations/{d.json()['id']}/actions", json={"action": "expert_review"}, headers=h)
    b = client.post(f"/v1/declarations/{d.json()['id']}/actions", json={"action": "expert_review"}, headers=h)
    assert a.status_code == b.status_code == 200 and b.headers.get("Idempotent-Replayed") == "true"
    assert a.json()["version"] == b.json()["version"] == 2


def test_openapi_documents_every_route_and_problem_statuses(client):
    doc = client.get("/openapi.json").json()
    paths = doc["paths"]
    for p in (
        "/v1/declarations",
        "/v1/declarations/{decl_id}",
        "/v1/declarations/{decl_id}/actions",
        "/v1/declarations/{decl_id}/clearance-letter",
        "/v1/export-permits",
        "/v1/precheck",
        "/v1/reference/{list_name}",
        "/v1/offices/{code}/experts",
    ):
        assert p in paths, p
    assert {"409", "412", "422", "428"} <= set(paths["/v1/declarations/{decl_id}/actions"]["post"]["responses"])
    assert "429" in paths["/v1/precheck"]["post"]["responses"]
