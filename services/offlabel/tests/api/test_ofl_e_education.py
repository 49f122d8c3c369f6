"""OFL-E: the continuing-education view for universities, associations and the Medical Council: guidelines in
force and their changes between two dates; and bad input on the new routes (administrations) changes nothing."""

from __future__ import annotations

import yaml

from offlabel.guidelines.loader import shipped_folder


def test_ofl_e_education_lists_guidelines_in_force_and_changes_between_dates(client, keys):
    first = client.get("/v1/guidelines/education", params={"since": "1402/07/01", "until": "1402/08/01"}).json()
    assert [g["code"] for g in first["in_force"]] == ["bevacizumab-intravitreal"]
    assert first["changes"] == [
        {**first["changes"][0], "code": "bevacizumab-intravitreal", "version": 1, "change": "entered_into_force", "date_jalali": "1402/07/22"}
    ]
    assert any("associations" in a for a in first["addressees"]) and first["basis"][0]["rule_id"] == "OFL-E"
    assert client.get("/v1/guidelines/education", params={"since": "1402/01/01", "until": "1402/07/21"}).json()["in_force"] == []
    v2 = yaml.safe_load((shipped_folder() / "bevacizumab-intravitreal.v1.yaml").read_text(encoding="utf-8"))
    v2.update(version=2, effective_from="1405/01/01")
    assert client.post("/v1/guidelines", json=v2, headers=keys.headers("ministry_admin", org="MOH")).status_code == 201
    later = client.get("/v1/guidelines/education", params={"since": "1404/12/01", "until": "1405/02/01"}).json()
    assert [(g["code"], g["version"]) for g in later["in_force"]] == [("bevacizumab-intravitreal", 2)]
    assert [(c["version"], c["change"]) for c in later["changes"]] == [(2, "entered_into_force")]
    bad = client.get("/v1/guidelines/education", params={"since": "1405/02/01", "until": "1404/12/01"}, headers={"Accept-Language": "fa"})
    assert bad.status_code == 422 and bad.headers["content-type"].startswith("application/problem+json")


def test_ofl_r_course_administration_bad_input_and_wrong_state_change_nothing(client, keys, h):
    pending = client.post("/v1/requests", json=h.body(informed_consent=None), headers=h.physician(keys)).json()
    svc = keys.headers("service", svc="claims")
    url = f"/v1/requests/{pending['id']}/administrations"
    r = client.post(url, json={"date": h.PLANNED}, headers=svc)
    assert r.status_code == 409 and r.json()["current_status"] == "pending_documents"
    assert client.post(url, json={"date": "1404/12/30"}, headers=svc).status_code == 422
    assert client.post(url, json={"date": h.PLANNED, "extra": 1}, headers=svc).status_code == 422
    assert client.post(url, json={"date": h.PLANNED}, headers=h.insurer(keys)).status_code == 403
    assert client.post("/v1/requests/nope/administrations", json={"date": h.PLANNED}, headers=svc).status_code == 404
    auth = client.get(f"/v1/authorizations/{pending['id']}", headers=svc).json()
    assert auth["administrations_recorded"] == [] and auth["approved"] is False
