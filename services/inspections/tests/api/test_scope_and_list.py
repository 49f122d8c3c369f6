"""INS-LIST (400/10262/د clause 1: active, inactive and applicant centres) and the scope of a token."""

from __future__ import annotations

import pytest


def _status(client, keys, centre, status, on="1404/08/01"):
    h = keys.headers("university_deputy", org=centre["university"])
    version = client.get(f"/v1/centers/{centre['id']}", headers=h).json()["version"]
    r = client.post(
        f"/v1/centers/{centre['id']}/status",
        json={"status": status, "effective_on": on, "reason": "inspection finding"},
        headers={**h, "If-Match": f'"{version}"'},
    )
    assert r.status_code == 200, r.text


def test_ins_list_holds_active_inactive_suspended_closed_and_applicant_centres(client, keys, make_centre, answers):
    uni = "LST"
    active = make_centre(org=uni, university=uni, status="active")
    inactive = make_centre(org=uni, university=uni, status="inactive")
    applicant = make_centre(org=uni, university=uni, status="applicant", licence=None)
    suspended = make_centre(org=uni, university=uni, status="active")
    _status(client, keys, suspended, "suspended")
    closed = make_centre(org=uni, university=uni, status="active")
    ins = client.post(
        f"/v1/centers/{closed['id']}/inspections",
        json={"inspected_on": "1404/07/10", "answers": answers(operating_licence="none")},
        headers=keys.headers("university_inspector", org=uni),
    ).json()
    r = client.post(
        f"/v1/violations/{ins['violations'][0]['id']}/actions",
        json={"type": "closure", "ordered_on": "1404/07/11"},
        headers=keys.headers("university_deputy", org=uni),
    )
    assert r.status_code == 201, r.text
    body = client.get("/v1/reports/centre-list", headers=keys.headers("university_deputy", org=uni)).json()
    groups = {i["id"]: (i["group"], i["status"]) for i in body["items"]}
    assert groups == {
        active["id"]: ("active", "active"),
        inactive["id"]: ("inactive", "inactive"),
        applicant["id"]: ("applicant", "applicant"),
        suspended["id"]: ("inactive", "suspended"),
        closed["id"]: ("inactive", "closed"),
    }
    assert body["counts"] == {"active": 1, "inactive": 3, "applicant": 1}
    assert [b["rule_id"] for b in body["basis"]] == ["INS-LIST", "INS-LIST-INACTIVE"]
    assert body["basis"][0]["authority"] == "source" and "غیر فعال" in body["basis"][0]["quote"]


@pytest.mark.parametrize("role", ["university_inspector", "university_deputy"])
def test_ins_scope_a_university_token_without_org_is_refused(client, keys, make_centre, role):
    """A university role whose token names no university is 403, never read as 'all universities'."""
    c = make_centre(org="SCP", university="SCP")
    h = keys.headers(role)  # no org claim
    for path in ("/v1/centers", f"/v1/centers/{c['id']}", "/v1/violations", "/v1/plans/1404/7", "/v1/reports/centre-list"):
        r = client.get(path, headers=h)
        assert r.status_code == 403, (path, r.status_code, r.text)
        assert r.headers["content-type"].startswith("application/problem+json")
    r = client.post("/v1/permissibility", json={"activity": "treatment", "kind": "cell_therapy", "center_id": c["id"]}, headers=h)
    assert r.status_code == 403
    assert client.post("/v1/permissibility", json={"activity": "treatment", "kind": "cell_therapy"}, headers=h).status_code == 403
    fa = client.get("/v1/centers", headers={**h, "Accept-Language": "fa"})
    assert fa.status_code == 403 and "org" in fa.json()["detail"]
    # only ministry-level roles see every university; a university role with its org sees its own only
    assert c["id"] in {i["id"] for i in client.get("/v1/centers", headers=keys.headers("ministry_supervisor")).json()["items"]}
    own = client.get("/v1/centers", headers=keys.headers(role, org="SCP")).json()["items"]
    assert own and all(i["university"] == "SCP" for i in own)
    assert client.get(f"/v1/centers/{c['id']}", headers=keys.headers(role, org="OTHER")).status_code == 404
