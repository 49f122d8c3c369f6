"""Centre registry (INS registry; letter 400/10262/د clause 1) and permissibility over HTTP (INS-R)."""

from __future__ import annotations

from sqlalchemy import func, select

from inspections.centres.models import Centre
from shared.decisions import DecisionRecord


def test_ins_registry_create_and_read_with_history_and_decision(client, keys, make_centre, centre_body):
    c = make_centre()
    assert c["university"] == "QUMS" and c["status"] == "active"
    assert c["registered_on_jalali"] == "1404/06/01" and c["registered_on"] == "2025-08-23"
    assert c["status_history"][0]["act_type"] == "registration"
    decision = c["status_history"][0]["decision_id"]
    r = client.get(f"/v1/decisions/{decision}", headers=keys.headers("admin"))
    assert r.status_code == 200 and r.json()["basis"][0]["number"] == "400/10262/د"
    r = client.get(f"/v1/centers/{c['id']}", headers=keys.headers("medical_council"))
    assert r.status_code == 200 and r.headers["etag"] == '"1"'


def test_ins_roles_other_university_gets_404_and_cannot_create(client, keys, make_centre, centre_body):
    c = make_centre()
    assert client.get(f"/v1/centers/{c['id']}", headers=keys.headers("university_inspector", org="TUMS")).status_code == 404
    r = client.post("/v1/centers", json=centre_body(university="QUMS"), headers=keys.headers("university_inspector", org="TUMS"))
    assert r.status_code == 403
    assert client.post("/v1/centers", json=centre_body(), headers=keys.headers("medical_council")).status_code == 403
    assert client.get("/v1/centers").status_code == 401
    listed = client.get("/v1/centers", headers=keys.headers("university_inspector", org="TUMS")).json()
    assert all(i["university"] == "TUMS" for i in listed["items"])


def test_shr_text_licence_number_with_persian_digits_is_normalised(client, keys, make_centre, centre_body):
    c = make_centre(licence={"number": "۱۴۰۴/۰۰۹۹-الف", "valid_from": "۱۴۰۴/۰۱/۰۱", "valid_to": "1405/01/01"})
    assert c["licence"]["number"] == "1404/0099-الف"
    found = client.get("/v1/public/centers", params={"q": "1404/0099-الف"}).json()
    assert [i["id"] for i in found["items"]] == [c["id"]]
    # the same number in ASCII digits is the same licence: 409, nothing stored
    r = client.post(
        "/v1/centers",
        json=centre_body(licence={"number": "1404/0099-الف", "valid_from": "1404/01/01", "valid_to": "1405/01/01"}),
        headers=keys.headers("university_deputy", org="QUMS"),
    )
    assert r.status_code == 409


def test_shr_err_bad_licence_and_impossible_date_are_422_and_nothing_stored(client, keys, app, make_centre, centre_body):
    def count():
        with app.state.sessionmaker() as s:
            return s.scalar(select(func.count()).select_from(Centre)), s.scalar(select(func.count()).select_from(DecisionRecord))

    before = count()
    h = keys.headers("university_deputy", org="QUMS")
    r = client.post("/v1/centers", json=centre_body(licence={"number": "12 34; DROP", "valid_from": "1404/01/01", "valid_to": "1405/01/01"}), headers=h)
    assert r.status_code == 422 and r.headers["content-type"].startswith("application/problem+json")
    assert any("licence" in e["field"] for e in r.json()["errors"])
    r = client.post("/v1/centers", json=centre_body(registered_on="1404/12/30"), headers=h)  # 1404 is not a leap year
    assert r.status_code == 422 and any(e["field"] == "registered_on" for e in r.json()["errors"])
    r = client.post("/v1/centers", json=centre_body(technical_manager={"name": "x y", "national_code": "1234567890"}), headers=h)
    assert r.status_code == 422
    r = client.post("/v1/centers", json=centre_body(kinds=["tattoo"]), headers=h)
    assert r.status_code == 422
    assert count() == before


def test_ins_registry_status_ruling_needs_if_match_and_is_recorded(client, keys, make_centre, centre_body):
    c = make_centre()
    h = keys.headers("university_deputy", org="QUMS")
    body = {"status": "suspended", "effective_on": "1404/07/10", "reason": "space not standard", "act_ref": "QUMS/1404/55"}
    assert client.post(f"/v1/centers/{c['id']}/status", json=body, headers=h).status_code == 428
    assert client.post(f"/v1/centers/{c['id']}/status", json=body, headers={**h, "If-Match": '"7"'}).status_code == 412
    r = client.post(f"/v1/centers/{c['id']}/status", json=body, headers={**h, "If-Match": '"1"'})
    assert r.status_code == 200 and r.json()["status"] == "suspended" and r.headers["etag"] == '"2"'
    hist = r.json()["status_history"]
    assert [x["status"] for x in hist] == ["active", "suspended"] and hist[1]["previous_status"] == "active"
    # inspectors cannot rule on status
    assert (
        client.post(f"/v1/centers/{c['id']}/status", json=body, headers={**keys.headers("university_inspector", org="QUMS"), "If-Match": '"2"'}).status_code
        == 403
    )


def test_ins_letter_400_list_report_json_and_csv(client, keys, make_centre, centre_body):
    a = make_centre(status="active")
    b = make_centre(status="inactive")
    c = make_centre(status="applicant", licence=None)
    make_centre(org="TUMS", university="TUMS")
    h = keys.headers("university_deputy", org="QUMS")
    r = client.get("/v1/reports/centre-list", params={"university": "QUMS"}, headers=h)
    assert r.status_code == 200
    body = r.json()
    ids = {i["id"]: i["status"] for i in body["items"]}
    assert ids[a["id"]] == "active" and ids[b["id"]] == "inactive" and ids[c["id"]] == "applicant"
    assert all(i["university"] == "QUMS" for i in body["items"])
    assert body["basis"][0]["number"] == "400/10262/د"
    r = client.get("/v1/reports/centre-list", params={"university": "QUMS", "format": "csv"}, headers=h)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    text = r.content.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("id,name,university") and c["id"] in text
    # another university's list is not visible to a QUMS deputy
    assert client.get("/v1/reports/centre-list", params={"university": "TUMS"}, headers=h).status_code == 404


def test_ins_r_permissibility_over_http_is_recorded_with_basis(client, keys, make_centre, centre_body):
    h = keys.headers("ministry_supervisor")
    # approved cell-therapy treatment on 1404/09/01: permitted, with the warning (38754's wording, 74585's clarification)
    r = client.post("/v1/permissibility", json={"activity": "treatment", "kind": "cell_therapy", "approval": "irc_code", "date": "۱۴۰۴/۰۹/۰۱"}, headers=h)
    assert r.status_code == 200
    body = r.json()
    assert body["outcome"] == "permitted" and body["permitted"] is True and body["date_jalali"] == "1404/09/01"
    assert body["letters_applied"] == ["400/10262/د"]
    # the later clarification is cited as a warning only, never as the rule applied on 1404/09/01
    assert {"100/10/74585", "100/70/38754"} <= set(body["letters_cited"]) and "100/10/74585" not in body["letters_applied"]
    assert any("همچنان" in (c["quote"] or "") and c["kind"] == "warning" for c in body["basis"])
    assert body["warnings_fa"] and body["ruleset_version"].startswith("ins-r-")
    rec = client.get(f"/v1/decisions/{body['decision_id']}", headers=keys.headers("auditor")).json()
    assert rec["outcome"]["outcome"] == "permitted"
    # a claimed exosome IRC is never taken on trust: held for a person, with the reason
    r = client.post("/v1/permissibility", json={"activity": "treatment", "kind": "exosome", "approval": "irc_code", "date": "1404/12/01"}, headers=h).json()
    assert r["outcome"] == "requires_verification" and r["permitted"] is None and r["banned"] is False
    assert r["requires_verification"] and "verif" in r["verification_reason"].lower() and "استعلام" in r["verification_reason_fa"]
    r = client.post("/v1/permissibility", json={"activity": "treatment", "kind": "cell_therapy", "date": "1404/06/01"}, headers=h)
    assert r.json()["outcome"] == "not_regulated_by_these_letters" and r.json()["permitted"] is None


def test_ins_r_unknown_activity_and_bad_date_are_422_and_nothing_recorded(client, keys, app, make_centre, centre_body):
    def decisions():
        with app.state.sessionmaker() as s:
            return s.scalar(select(func.count()).select_from(DecisionRecord))

    before = decisions()
    h = keys.headers("ministry_supervisor")
    r = client.post("/v1/permissibility", json={"activity": "tattooing", "kind": "exosome", "date": "1404/12/01"}, headers=h)
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "activity"
    r = client.post("/v1/permissibility", json={"activity": "sale", "kind": "exosome", "date": "1404/07/31"}, headers=h)
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "date"  # Mehr has 30 days
    assert decisions() == before


def test_ins_r_with_centre_uses_its_approvals_and_status(client, keys, make_centre, centre_body):
    c = make_centre()  # holds a treatment approval for cell_therapy from 1404/01/01
    h = keys.headers("university_inspector", org="QUMS")
    r = client.post("/v1/permissibility", json={"activity": "treatment", "kind": "cell_therapy", "date": "1404/12/01", "center_id": c["id"]}, headers=h)
    assert r.json()["outcome"] == "permitted" and r.json()["effective_approval"] == "irc_code"
    # claimed research approval it does not hold: not counted
    r = client.post(
        "/v1/permissibility",
        json={"activity": "research", "kind": "exosome", "approval": "research_approval", "date": "1404/12/01", "center_id": c["id"]},
        headers=h,
    )
    assert r.json()["outcome"] == "prohibited"
    # another university's inspector: 404
    r = client.post(
        "/v1/permissibility",
        json={"activity": "treatment", "kind": "cell_therapy", "date": "1404/12/01", "center_id": c["id"]},
        headers=keys.headers("university_inspector", org="TUMS"),
    )
    assert r.status_code == 404


def test_ins_registry_add_approval_with_if_match_changes_the_ruling(client, keys, make_centre, centre_body):
    c = make_centre()
    h = keys.headers("university_deputy", org="QUMS")
    q = {"activity": "research", "kind": "exosome", "date": "1404/12/01", "center_id": c["id"]}
    assert client.post("/v1/permissibility", json=q, headers=h).json()["outcome"] == "prohibited"
    body = {"type": "ethics", "kind": "exosome", "ethics_code": "ir.qums.rec.۱۴۰۴.200", "committee": "QUMS REC", "valid_from": "1404/11/20"}
    assert client.post(f"/v1/centers/{c['id']}/approvals", json=body, headers=h).status_code == 428
    r = client.post(f"/v1/centers/{c['id']}/approvals", json=body, headers={**h, "If-Match": '"1"'})
    assert r.status_code == 201 and r.json()["ethics_code"] == "IR.QUMS.REC.1404.200" and r.json()["irc_code"] is None and r.headers["etag"] == '"2"'
    res = client.post("/v1/permissibility", json=q, headers=h).json()
    assert res["outcome"] == "permitted" and res["effective_approval"] == "research_approval"
    # not yet valid on 1404/11/01 -> unapproved research is unauthorised activity from 1404/06/12
    assert client.post("/v1/permissibility", json={**q, "date": "1404/11/01"}, headers=h).json()["outcome"] == "prohibited"
    # approval for a kind the centre is not registered for: 409
    bad = {**body, "kind": "regenerative"}
    assert client.post(f"/v1/centers/{c['id']}/approvals", json=bad, headers={**h, "If-Match": '"2"'}).status_code == 409
    assert client.post(f"/v1/centers/{c['id']}/approvals", json={**body, "ethics_code": "not a code"}, headers={**h, "If-Match": '"2"'}).status_code == 422
    # an ethics code is not an IRC (SPEC correction 1)
    irc = {"type": "irc", "kind": "exosome", "irc_code": "IR.QUMS.REC.1404.200", "valid_from": "1404/11/20"}
    r = client.post(f"/v1/centers/{c['id']}/approvals", json=irc, headers={**h, "If-Match": '"2"'})
    assert r.status_code == 422 and "ethics code" in r.text


def test_ins_r_exosome_irc_counts_only_as_a_verified_fdo_registration(client, keys, make_centre):
    """INS-R: a claimed exosome IRC is requires_verification unless a Ministry role recorded it as verified."""
    c = make_centre()
    dep, minister = keys.headers("university_deputy", org="QUMS"), keys.headers("ministry_supervisor")
    irc = {"type": "irc", "kind": "exosome", "irc_code": "9876543210123456", "product": "Exo-X", "holder": "Exo Co.", "valid_from": "1404/06/01"}
    # a university role may record the registration but not as verified
    assert client.post(f"/v1/centers/{c['id']}/approvals", json={**irc, "verified": True}, headers={**dep, "If-Match": '"1"'}).status_code == 403
    r = client.post(f"/v1/centers/{c['id']}/approvals", json=irc, headers={**dep, "If-Match": '"1"'})
    assert r.status_code == 201 and r.json()["verified"] is False
    q = {"activity": "treatment", "kind": "exosome", "approval": "irc_code", "date": "1404/12/01", "center_id": c["id"]}
    held = client.post("/v1/permissibility", json=q, headers=dep).json()
    assert held["outcome"] == "requires_verification" and held["permitted"] is None
    bare = {"activity": "treatment", "kind": "exosome", "approval": "irc_code", "irc_code": "9876543210123456", "date": "1404/12/01"}
    assert client.post("/v1/permissibility", json=bare, headers=minister).json()["outcome"] == "requires_verification"
    r = client.post(f"/v1/centers/{c['id']}/approvals", json={**irc, "verified": True}, headers={**minister, "If-Match": '"2"'})
    assert r.status_code == 201 and r.json()["verified"] is True and r.json()["verified_by"].startswith("ministry_supervisor:")
    ok = client.post("/v1/permissibility", json=q, headers=dep).json()
    assert ok["outcome"] == "permitted" and any(b["rule_id"] == "INS-R-IRC-VERIFIED" for b in ok["basis"])
    assert client.post("/v1/permissibility", json=bare, headers=minister).json()["outcome"] == "permitted"
    # another IRC, or the same IRC claimed on a date it is not valid: still held
    assert client.post("/v1/permissibility", json={**bare, "irc_code": "1111111111"}, headers=minister).json()["outcome"] == "requires_verification"


def test_ins_checklists_and_rules_are_served_as_data(client, keys):
    h = keys.headers("medical_council")
    cl = client.get("/v1/checklists", headers=h).json()["items"]
    versions = {c["version"]: c for c in cl}
    v2 = versions["400-10262-v2"]
    assert v2["effective_from_jalali"] == "1404/06/12"
    assert {i["code"] for i in v2["items"]} >= {
        "operating_licence",
        "physical_space",
        "product_authorisation",
        "research_ethics",
        "irc_treatment",
        "advertising_online",
        "advertising_offline",
        "technical_manager",
        "patient_records",
    }
    assert client.get("/v1/checklists/nope", headers=h).status_code == 404
    rules = client.get("/v1/permissibility/rules", headers=h).json()
    by_id = {r["id"]: r for r in rules["rules"]}
    assert by_id["INS-R-74585-PERMIT"]["start_jalali"] == "1404/11/20" and by_id["INS-R-74585-PERMIT"]["authority"] == "source"
    assert by_id["INS-R-38754-WORDING"]["effect"] == "note"  # 100/70/38754 issues no ban of its own
    assert rules["coverage"]["advertising"] == []
