"""Quarterly report (letter 400/10262/د clause 2: results reported at the end of each season), season 3 of 1404."""

from __future__ import annotations


def _inspect(client, keys, centre_id, answers, on, org="Q3U"):
    r = client.post(
        f"/v1/centers/{centre_id}/inspections", json={"inspected_on": on, "answers": answers}, headers=keys.headers("university_inspector", org=org)
    )
    assert r.status_code == 201, r.text
    return r.json()


def test_ins_quarterly_report_season_3_of_1404(client, keys, make_centre, answers):
    a = make_centre(org="Q3U", university="Q3U", registered_on="1404/06/01")
    b = make_centre(org="Q3U", university="Q3U", registered_on="1404/06/01", status="inactive")
    make_centre(org="Q3U", university="Q3U", registered_on="1404/10/01")  # after the season: not counted
    make_centre(org="OTHER", university="OTHER", registered_on="1404/06/01")  # other university: not counted
    ins = _inspect(client, keys, a["id"], answers(operating_licence="expired", advertising_online="site", advertising_offline="banner"), "1404/07/10")
    _inspect(client, keys, b["id"], answers(), "1404/08/05")
    _inspect(client, keys, a["id"], answers(), "1404/06/25")  # season 2: not counted
    deputy = keys.headers("university_deputy", org="Q3U")
    v = {x["type"]: x["id"] for x in ins["violations"]}
    assert (
        client.post(f"/v1/violations/{v['no_operating_licence']}/actions", json={"type": "closure", "ordered_on": "1404/07/12"}, headers=deputy).status_code
        == 201
    )
    assert (
        client.post(
            f"/v1/violations/{v['no_operating_licence']}/actions",
            json={"type": "referral", "referral_to": "punishment_organisation", "ordered_on": "1404/07/15"},
            headers=deputy,
        ).status_code
        == 201
    )
    assert (
        client.post(
            f"/v1/violations/{v['illegal_advertising']}/actions",
            json={"type": "referral", "referral_to": "judiciary", "ordered_on": "1404/09/02"},
            headers=deputy,
        ).status_code
        == 201
    )

    r = client.get("/v1/reports/quarterly", params={"year": 1404, "season": 3}, headers=deputy)
    assert r.status_code == 200, r.text
    rep = r.json()
    assert rep["university"] == "Q3U" and rep["season_start_jalali"] == "1404/07/01" and rep["due_on_jalali"] == "1404/09/30"
    c = rep["counts"]
    assert c["centres"] == {"total": 2, "by_status_at_season_end": {"closed": 1, "inactive": 1}}
    assert c["inspections"]["total"] == 2 and c["inspections"]["non_compliant"] == 1
    assert c["inspections"]["by_month"][0] == {"month": 7, "centres_due": 2, "centres_inspected": 1, "centres_missed": 1}
    assert c["violations"]["by_type"] == {"illegal_advertising": 2, "no_operating_licence": 1}
    assert c["violations"]["by_severity"] == {"critical": 1, "major": 2}
    assert c["actions"]["by_type"] == {"closure": 1, "referral": 2}
    assert c["actions"]["referrals_by_body"] == {"judiciary": 1, "punishment_organisation": 1}
    assert rep["submission"]["state"] == "not_sent_overdue"  # the season ended long before today

    csv = client.get("/v1/reports/quarterly", params={"year": 1404, "season": 3, "format": "csv"}, headers=deputy)
    assert csv.status_code == 200 and csv.headers["content-type"].startswith("text/csv")
    lines = csv.content.decode("utf-8-sig").splitlines()
    assert lines[0] == "university,year,season,section,key,value"
    assert "Q3U,1404,3,actions_by_type,referral,2" in lines

    # marking it sent on the last day of Azar: on time; a second mark is 409
    r = client.post("/v1/reports/quarterly/submissions", json={"year": 1404, "season": 3, "sent_on": "1404/09/30"}, headers=deputy)
    assert r.status_code == 201 and r.json()["submission"]["state"] == "sent_on_time" and r.json()["submission"]["on_time"] is True
    assert client.post("/v1/reports/quarterly/submissions", json={"year": 1404, "season": 3}, headers=deputy).status_code == 409
    # season 2 sent after its end: late
    r = client.post("/v1/reports/quarterly/submissions", json={"year": 1404, "season": 2, "sent_on": "1404/07/05"}, headers=deputy)
    assert r.status_code == 201 and r.json()["submission"]["state"] == "sent_late"
    # others' reports: 404; medical council reads; bad season 422
    assert (
        client.get(
            "/v1/reports/quarterly", params={"year": 1404, "season": 3, "university": "Q3U"}, headers=keys.headers("university_deputy", org="OTHER")
        ).status_code
        == 404
    )
    assert (
        client.get("/v1/reports/quarterly", params={"year": 1404, "season": 3, "university": "Q3U"}, headers=keys.headers("medical_council")).status_code == 200
    )
    assert (
        client.get("/v1/reports/quarterly", params={"year": 1404, "season": 5, "university": "Q3U"}, headers=keys.headers("ministry_supervisor")).status_code
        == 422
    )
    assert (
        client.post(
            "/v1/reports/quarterly/submissions", json={"year": 1404, "season": 4, "university": "Q3U"}, headers=keys.headers("medical_council")
        ).status_code
        == 403
    )
