"""Issue 16 for customs: the one list envelope, typed answers as documented, Persian field errors and details."""

from __future__ import annotations

from .helpers import NC, decl_body, expert, officer, traveller
from .test_exports_precheck_api import permit_body

FA = {"Accept-Language": "fa"}


def test_lists_answer_the_one_envelope(client, keys):
    client.post("/v1/declarations", json=decl_body(), headers=officer(keys))
    for path in ("/v1/declarations?limit=1", "/v1/offices?limit=2&offset=1", "/v1/reference/controlled?limit=3"):
        body = client.get(path, headers=officer(keys)).json()
        assert {"items", "total", "limit", "offset"} <= set(body), path
        assert len(body["items"]) <= body["limit"] and body["total"] >= len(body["items"]), path
    page = client.get("/v1/reference/controlled?limit=3&offset=2", headers=officer(keys)).json()
    assert page["limit"] == 3 and page["offset"] == 2 and len(page["items"]) == 3 and page["list"] == "controlled" and page["columns"]
    offices = client.get("/v1/offices?limit=2&offset=1", headers=officer(keys)).json()
    assert offices["offset"] == 1 and len(offices["items"]) == 2 and offices["total"] > 2


def test_answers_carry_the_documented_fields(client, keys):
    doc = client.get("/openapi.json").json()
    schemas = doc["components"]["schemas"]
    d = client.post("/v1/declarations", json=decl_body(), headers=officer(keys))
    assert d.status_code == 201 and d.headers["Location"] == f"/v1/declarations/{d.json()['id']}"
    assert set(schemas["DeclarationDetail"]["properties"]) == set(d.json())
    assert set(schemas["DeclarationItem"]["properties"]) == set(d.json()["items"][0])
    p = client.post("/v1/export-permits", json=permit_body(), headers=traveller(keys))
    assert p.status_code == 201 and set(schemas["ExportPermitDetail"]["properties"]) == set(p.json())
    ops = {op["operationId"] for item in doc["paths"].values() for op in item.values()}
    assert {"createDeclaration", "actOnDeclaration", "actOnExportPermit", "retryVerification", "listOffices", "precheckMedicines", "getReferenceList"} <= ops


def test_field_errors_in_persian_on_the_public_precheck(client):
    body = {"items": [{"name": "Losartan", "dosage_form": "tablet", "quantity": "دو"}]}
    r = client.post("/v1/precheck", json=body)  # public: Persian when no language is asked for
    assert r.status_code == 422 and r.headers["Content-Language"] == "fa"
    err = r.json()["errors"][0]
    assert err["field"] == "items.0.quantity" and "بسته" in err["message"], err
    en = client.post("/v1/precheck", json=body, headers={"Accept-Language": "en"}).json()["errors"][0]
    assert "not a whole number" in en["message"]


def test_validator_errors_in_persian(client, keys):
    bad = decl_body(owner={"kind": "natural", "name": "سارا احمدی", "national_code": "0084575941"})
    r = client.post("/v1/declarations", json=bad, headers={**officer(keys), **FA})
    assert r.status_code == 422
    assert any(e["field"] == "owner.national_code" and "کد ملی" in e["message"] for e in r.json()["errors"]), r.text
    r = client.post("/v1/declarations", json=bad, headers=officer(keys))
    assert any("national code" in e["message"] for e in r.json()["errors"])
    r = client.post("/v1/export-permits", json=permit_body(signed=False), headers={**traveller(keys, NC), **FA})
    assert r.status_code == 422 and any("امضا" in e["message"] for e in r.json()["errors"]), r.text


def test_domain_errors_in_persian(client, keys):
    p = client.post("/v1/export-permits", json=permit_body({"name": "Losartan", "dosage_form": "tablet", "quantity": 2}), headers=traveller(keys)).json()
    assert p["state"] == "no_permit_needed"
    r = client.post(f"/v1/export-permits/{p['id']}/actions", json={"action": "expert_review"}, headers={**expert(keys), **FA, "If-Match": '"1"'})
    assert r.status_code == 409 and "مجاز نیست" in r.json()["detail"] and r.json()["state"] == "no_permit_needed"
    r = client.delete("/v1/offices/THR-IKA/experts/nobody", headers={**keys.headers("gio_head", org="GIO", sub="head-1"), **FA})
    assert r.status_code == 404 and "تعیین نشده" in r.json()["detail"]
