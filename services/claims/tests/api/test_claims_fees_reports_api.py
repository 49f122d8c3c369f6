"""API tests of CLM-P (fee schedule, statements), CLM-B3 (monthly report), CLM-C/CH/H1 (violations)."""

import csv
import io

AG, AG2, AG3, RO, RO2 = "AG-THR-001", "AG-THR-002", "AG-ISF-001", "RO-THR-1", "RO-ISF-1"


def test_clm_p_fee_schedule_1399_exact_with_derivation_check(client):
    r = client.get("/v1/fee-schedule?year=1399")
    assert r.status_code == 200
    s = r.json()
    assert s["method"] == "circular_table" and s["payer"] == "review_office"
    assert {i["case_type"]: i["fee_rials"] for i in s["items"]} == {"outpatient": 87_335, "global": 103_638, "inpatient": 142_065}
    assert all(abs(row["relative_difference"]) < 0.002 for row in s["derivation_check"])
    assert s["basis"][0]["number"] == "1000/99/9958"


def test_clm_p1_later_year_share_of_wage_and_unknown_year_404(client):
    s = client.get("/v1/fee-schedule?year=1403").json()
    assert s["method"] == "indexed_by_minimum_wage" and s["daily_minimum_wage_rials"] == 2_388_728
    # 87,335 x 2,388,728 / 636,809 = 327,601.3 -> 327,601
    assert {i["case_type"]: i["fee_rials"] for i in s["items"]}["outpatient"] == 327_601
    assert s["daily_minimum_wage_1399_rials"] == 636_809
    r = client.get("/v1/fee-schedule?year=1405")
    assert r.status_code == 404 and r.headers["content-type"].startswith("application/problem+json")
    assert client.get("/v1/fee-schedule?year=1398").status_code == 404


def test_clm_p1_admin_adds_a_years_wage_with_source(client, setup, admin, keys):
    body = {"daily_rials": 4_000_000, "source": "Supreme Labour Council resolution for 1405 (test figure)"}
    assert client.put("/v1/fee-schedule/wages/1405", json=body, headers=keys.headers("review_office", org=RO)).status_code == 403
    r = client.put("/v1/fee-schedule/wages/1405", json=body, headers=admin)
    assert r.status_code == 201 and r.json()["decision_id"]
    s = client.get("/v1/fee-schedule?year=1405").json()
    assert {i["case_type"]: i["fee_rials"] for i in s["items"]} == {"outpatient": 548_579, "global": 650_983, "inpatient": 892_355}
    assert client.put("/v1/fee-schedule/wages/1405", json=body, headers=admin).status_code == 409  # never overwritten
    assert client.put("/v1/fee-schedule/wages/1404", json=body, headers=admin).status_code == 409  # shipped year


def _approve(client, case, reviewer, advance):
    s = advance(case)
    r = client.post(f"/v1/cases/{case['id']}/review", json={"outcome": "approved"}, headers={**reviewer, "If-Match": f'"{s["version"]}"'})
    assert r.status_code == 200, r.text
    return r.json()


def test_clm_p3_p5_monthly_statement_json_and_csv(client, setup, confirmed, staff, reviewer, register, advance):
    a = register(21)  # 1404/08/04: registration month Aban 1404
    b = register(22, case_type="outpatient")
    register(23)  # never completed: no fee (P3)
    _approve(client, a, reviewer, advance)
    _approve(client, b, reviewer, advance)
    setup.set(2025, 11, 23, 10, 30)  # next month (Azar): a case registered now belongs to Azar's statement (P5)
    c = register(24, documents_received_at="1404/09/02 09:00")
    _approve(client, c, reviewer, advance)
    r = client.get(f"/v1/agencies/{AG}/fees?year=1404&month=8", headers=staff)
    assert r.status_code == 200
    st = r.json()
    inpatient, outpatient = 772_703, 475_022  # 142,065 and 87,335 x 3,463,656 / 636,809, half-up (CLM-P1)
    assert st["total_rials"] == inpatient + outpatient and st["cases_with_fee"] == 2
    assert {x["case_type"]: x["amount_rials"] for x in st["by_case_type"]} == {"inpatient": inpatient, "outpatient": outpatient}
    assert st["cases_without_fee_by_state"] == {"registered": 1}
    assert sorted(x["case_id"] for x in st["lines"]) == sorted([a["id"], b["id"]])
    assert st["period_start_jalali"] == "1404/08/01"
    r = client.get(f"/v1/agencies/{AG}/fees?year=1404&month=8", headers={**staff, "Accept": "text/csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert r.content.startswith("\ufeff".encode())  # issue 18: streamed with a byte-order mark (Excel reads UTF-8 with it)
    rows = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert len(rows) == 3 and rows[-1]["row_type"] == "total" and rows[-1]["case_id"] == "" and int(rows[-1]["fee_rials"]) == inpatient + outpatient
    assert client.get(f"/v1/agencies/{AG}/fees?year=1404&month=8&format=csv", headers=staff).text == r.text
    azar = client.get(f"/v1/agencies/{AG}/fees?year=1404&month=9", headers=staff).json()
    assert [x["case_id"] for x in azar["lines"]] == [c["id"]]


def test_clm_p2_no_route_charges_the_insured(client, setup, staff, body):
    spec = client.get("/openapi.json").json()
    text = str(spec).lower()
    for word in ("charge_insured", "insured_fee", "fee_from_insured", "patient_fee"):
        assert word not in text
    r = client.post("/v1/cases", json=body(25, insured_fee_rials=10_000), headers=staff)
    assert r.status_code == 422  # unknown fields are refused, so no charge can be smuggled in


def test_clm_b3_monthly_report_due_fifth_of_next_month_and_late_sending(client, setup, confirmed, staff, reviewer, keys, register, advance):
    a = register(31)
    _approve(client, a, reviewer, advance)
    register(32)
    r = client.get("/v1/reports/monthly?year=1404&month=8", headers=reviewer)
    assert r.status_code == 200
    rep = r.json()
    assert rep["report_due_date_jalali"] == "1404/09/05"
    mine = {x["agency_code"]: x for x in rep["agencies"]}
    assert set(mine) == {AG, AG2}  # the review office sees only its agencies
    s = mine[AG]
    assert s["cases"] == 2 and s["delivered"] == 1 and s["delivered_on_time"] == 1 and s["on_time_share"] == 1.0
    assert s["cases_by_type_and_state"] == {"inpatient": {"approved": 1, "registered": 1}}
    assert s["report_status"] == "not_due_yet"
    setup.set(2025, 11, 28, 10, 0)  # 1404/09/07: after the 5th
    assert client.get(f"/v1/reports/monthly?year=1404&month=8&agency={AG}", headers=reviewer).json()["agencies"][0]["report_status"] == "overdue"
    r = client.post(f"/v1/reports/monthly/{AG}/1404/8/send", headers=reviewer)
    assert r.status_code == 201 and r.json()["report_status"] == "sent_late"
    assert client.post(f"/v1/reports/monthly/{AG}/1404/8/send", headers=reviewer).status_code == 409
    got = client.get(f"/v1/reports/monthly?year=1404&month=8&agency={AG}", headers=reviewer).json()["agencies"][0]
    assert got["sent_late"] is True and got["sent_at_jalali"].startswith("1404/09/07")
    assert client.get(f"/v1/reports/monthly?year=1404&month=8&agency={AG}", headers=keys.headers("review_office", org=RO2)).status_code == 404


def test_clm_h1_compensation_to_clients_and_to_the_organization_tracked_separately(client, setup, reviewer, keys):
    v = {
        "kind": "upheld_complaint",
        "description": "client charged for photocopies",
        "proven_on": "1404/08/01",
        "proof": {"summary": "complaint upheld", "documents": ["C-1"]},
        "proposed_penalty": "fine",
        "proposed_fine_rials": 50_000_000,
        "compensation_client_rials": 200_000,
        "compensation_organization_rials": 1_000_000,
    }
    r = client.post(f"/v1/agencies/{AG}/violations", json=v, headers=reviewer)
    assert r.status_code == 201, r.text
    x = r.json()
    comp = x["compensation"]
    assert comp["client"]["due_on_jalali"] == "1404/08/16" and comp["client"]["status"] == "pending" and comp["client"]["amount_rials"] == 200_000
    assert comp["organization"]["amount_rials"] == 1_000_000 and comp["organization"]["status"] == "pending"
    # CLM-CH: the review office's proposal is only a proposal; nothing is imposed
    assert x["penalty"]["status"] == "reported" and x["penalty"]["decided"] is None
    assert x["penalty"]["proposed_by_review_office"] == {"type": "fine", "fine_rials": 50_000_000}
    setup.set(2025, 11, 10, 10, 0)  # 1404/08/19: past the 15 days
    lst = client.get(f"/v1/agencies/{AG}/violations", headers=reviewer).json()["items"]
    assert lst[0]["compensation"]["client"]["status"] == "overdue" and lst[0]["compensation"]["organization"]["status"] == "overdue"
    r = client.post(
        f"/v1/agencies/{AG}/violations/{x['id']}/compensation", json={"payee": "client", "paid_on": "1404/08/19"}, headers={**reviewer, "If-Match": '"1"'}
    )
    assert r.status_code == 200 and r.json()["compensation"]["client"]["status"] == "paid_late"
    assert r.json()["compensation"]["organization"]["status"] == "overdue"  # the Organization's is still owed
    r = client.post(
        f"/v1/agencies/{AG}/violations/{x['id']}/compensation", json={"payee": "organization", "paid_on": "1404/08/14"}, headers={**reviewer, "If-Match": '"2"'}
    )
    assert r.status_code == 200 and r.json()["compensation"]["organization"]["status"] == "paid_on_time"
    assert (
        client.post(
            f"/v1/agencies/{AG}/violations/{x['id']}/compensation", json={"payee": "client", "paid_on": "1404/08/19"}, headers={**reviewer, "If-Match": '"3"'}
        ).status_code
        == 409
    )  # already paid
    # a proposed fine without amount; a review office of other agencies
    assert client.post(f"/v1/agencies/{AG}/violations", json={**v, "proposed_fine_rials": 0}, headers=reviewer).status_code == 422
    assert client.post(f"/v1/agencies/{AG}/violations", json=v, headers=keys.headers("review_office", org=RO2)).status_code == 404


def test_clm_ch_a_review_office_cannot_fine_or_suspend(client, setup, reviewer):
    v = {"kind": "error", "description": "late delivery", "proven_on": "1404/08/01", "proof": {"summary": "statistics"}}
    for extra in ({"penalty": "suspension"}, {"penalty": "fine", "fine_rials": 1_000}):
        r = client.post(f"/v1/agencies/{AG}/violations", json={**v, **extra}, headers={**reviewer, "Accept-Language": "en"})
        assert r.status_code == 422 and "licensing headquarters" in r.text
    assert client.get(f"/v1/agencies/{AG}", headers=reviewer).json()["licence_status"] == "active"


def test_clm_ch_secretariat_proposes_licensing_hq_decides_fine_and_suspension(client, setup, reviewer, staff, keys, body):
    sec, hq = keys.headers("secretariat", org="SEC"), keys.headers("licensing_hq", org="HQ")
    v = {
        "kind": "abuse",
        "description": "fees taken from insured persons",
        "proven_on": "1404/08/01",
        "proof": {"summary": "complaints 7, 9"},
        "proposed_penalty": "suspension",
    }
    x = client.post(f"/v1/agencies/{AG}/violations", json=v, headers=reviewer).json()
    url = f"/v1/agencies/{AG}/violations/{x['id']}"
    # a fine needs the secretariat's proposal first
    r = client.post(
        f"{url}/penalty-decision",
        json={"outcome": "imposed", "penalty": "fine", "fine_rials": 30_000_000, "letter_number": "HQ-1"},
        headers={**hq, "If-Match": '"1"'},
    )
    assert r.status_code == 409 and "secretariat" in r.json()["detail"]
    # only the secretariat proposes, only the licensing HQ decides
    assert (
        client.post(f"{url}/penalty-proposal", json={"penalty": "fine", "fine_rials": 30_000_000}, headers={**reviewer, "If-Match": '"1"'}).status_code == 403
    )
    r = client.post(f"{url}/penalty-proposal", json={"penalty": "fine", "fine_rials": 30_000_000, "note": "دو شکایت وارد"}, headers={**sec, "If-Match": '"1"'})
    assert r.status_code == 200 and r.json()["penalty"]["status"] == "proposed"
    assert (
        client.post(
            f"{url}/penalty-decision",
            json={"outcome": "imposed", "penalty": "fine", "fine_rials": 30_000_000, "letter_number": "HQ-1"},
            headers={**sec, "If-Match": '"2"'},
        ).status_code
        == 403
    )
    r = client.post(
        f"{url}/penalty-decision",
        json={"outcome": "imposed", "penalty": "fine", "fine_rials": 30_000_000, "letter_number": "HQ-1"},
        headers={**hq, "If-Match": '"2"'},
    )
    assert r.status_code == 200, r.text
    p = r.json()["penalty"]
    assert p["status"] == "imposed" and p["decided"] == {"type": "fine", "fine_rials": 30_000_000}
    assert [(s["step"], s["role"]) for s in p["steps"]] == [("proposal", "secretariat"), ("decision", "licensing_hq")]
    assert all(s["decision_id"] and s["at"].endswith("+03:30") for s in p["steps"])
    assert client.post(f"{url}/penalty-decision", json={"outcome": "rejected", "letter_number": "HQ-2"}, headers={**hq, "If-Match": '"3"'}).status_code == 409
    # suspension: decided by the HQ; the licence is suspended and registrations stop
    y = client.post(f"/v1/agencies/{AG}/violations", json=v, headers=reviewer).json()
    r = client.post(
        f"/v1/agencies/{AG}/violations/{y['id']}/penalty-decision",
        json={"outcome": "imposed", "penalty": "suspension", "letter_number": "HQ-3"},
        headers={**hq, "If-Match": '"1"'},
    )
    assert r.status_code == 200 and r.json()["agency"]["licence_status"] == "suspended"
    kinds = [
        b["rule_id"]
        for b in client.get(f"/v1/decisions/{r.json()['penalty']['steps'][-1]['decision_id']}", headers=keys.headers("auditor", org="AUD")).json()["basis"]
    ]
    assert "CLM-CH" in kinds
    r = client.post("/v1/cases", json=body(41), headers=staff)
    assert r.status_code == 409 and r.json()["type"].endswith("not-enabled")


def test_clm_ch_note1_repeated_delay_errors_mark_cooperation_review_for_the_review_office(client, setup, reviewer):
    v = {
        "kind": "error",
        "description": "documents received without the checklist",
        "causes_delay": True,
        "proven_on": "1404/08/01",
        "proof": {"summary": "return records"},
    }
    for i in range(2):
        r = client.post(f"/v1/agencies/{AG}/violations", json=v, headers=reviewer)
        assert r.json()["agency"]["cooperation_review"] is False
    r = client.post(f"/v1/agencies/{AG}/violations", json=v, headers=reviewer)
    assert r.json()["agency"]["cooperation_review"] is True and r.json()["agency"]["licence_status"] == "active"


def test_clm_p1_statement_says_fee_unknown_until_the_years_wage_is_added(client, setup, confirmed, staff, reviewer, admin, register, advance):
    setup.set(2026, 11, 22, 10, 30)  # 1405/09/01: no 1405 wage in the shipped table
    c = register(51, admission_date="1405/08/20", discharge_date="1405/08/23", documents_received_at="1405/09/01 08:00")
    ap = _approve(client, c, reviewer, advance)
    assert ap["fee"]["status"] == "fee_unknown" and ap["fee"]["amount_rials"] is None
    st = client.get(f"/v1/agencies/{AG}/fees?year=1405&month=9", headers=staff).json()
    assert st["total_rials"] is None and st["cases_with_unknown_fee"] == 1 and st["by_case_type"][0]["amount_rials"] is None
    client.put("/v1/fee-schedule/wages/1405", json={"daily_rials": 4_000_000, "source": "test resolution for 1405 wage"}, headers=admin)
    st = client.get(f"/v1/agencies/{AG}/fees?year=1405&month=9", headers=staff).json()
    assert st["total_rials"] == 892_355 and st["cases_with_unknown_fee"] == 0
    assert client.get(f"/v1/cases/{c['id']}", headers=staff).json()["fee"]["amount_rials"] == 892_355


def test_clm_c_review_office_supervises_only_its_agencies(client, setup, reviewer, staff, keys, register):
    register(61)
    v = {
        "kind": "non_compliance",
        "description": "statistics not sent",
        "proven_on": "1404/08/01",
        "proof": {"summary": "audit"},
        "proposed_penalty": "warning",
    }
    assert client.post(f"/v1/agencies/{AG2}/violations", json=v, headers=reviewer).status_code == 201
    assert client.post(f"/v1/agencies/{AG3}/violations", json=v, headers=reviewer).status_code == 404
    assert client.post(f"/v1/agencies/{AG}/violations", json=v, headers=staff).status_code == 403
    assert client.get(f"/v1/agencies/{AG}/cases", headers=reviewer).json()["items"]
    assert client.get(f"/v1/agencies/{AG}/cases", headers=keys.headers("review_office", org=RO2)).status_code == 404
    sec = keys.headers("secretariat", org="SEC")
    assert {a["agency_code"] for a in client.get("/v1/reports/monthly?year=1404&month=8", headers=sec).json()["agencies"]} == {AG, AG2, AG3}
    assert client.post(f"/v1/agencies/{AG3}/violations", json=v, headers=sec).status_code == 201
