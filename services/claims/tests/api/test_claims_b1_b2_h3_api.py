"""CLM-B1 (rules and circulars supplied to the agencies), CLM-B2 (training of the agencies' representatives)
and CLM-H3 (rules are data: a new rule data version changes later assessments without code changes)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from claims.citations import CIRCULAR_NUMBER, RULES_VERSION
from claims.training.models import Training
from shared.decisions import DecisionRecord

from .conftest import AG, AG2, AG3, RO, RO2

DEFAULTS = "defaults-2026.11.1"


def _rules(version: str, **over) -> dict:
    body = {
        "version": version,
        "organization_share": {"outpatient": "0.6", "inpatient": "0.8", "global": "0.8"},
        "tariff_ceilings_rials": {"500100": 30_000_000, "802145": 15_000_000},
        "prosthesis": {"share": "0.9", "ceiling_rials": None},
    }
    body.update(over)
    return body


# ------------------------------------------------------------------ CLM-B1


def test_clm_b1_agency_sees_its_own_offices_current_version_after_a_new_publication(client, setup, staff, reviewer):
    r = client.get(f"/v1/agencies/{AG}/rules", headers=staff)
    assert r.status_code == 200, r.text
    before = r.json()
    assert before["review_office_code"] == RO and before["assessment_rules"]["version"] == DEFAULTS
    assert before["assessment_rules"]["status"] == "configuration" and before["earlier_rule_data_versions"] == []
    assert client.put(f"/v1/review-offices/{RO}/assessment-rules", json=_rules("RO-THR-1-a", note="first"), headers=reviewer).status_code == 201
    setup.set(2025, 10, 26, 11, 0)  # a later publication (the current version is the latest published)
    assert client.put(f"/v1/review-offices/{RO}/assessment-rules", json=_rules("RO-THR-1-b", note="second"), headers=reviewer).status_code == 201
    after = client.get(f"/v1/agencies/{AG}/rules", headers=staff).json()
    cur = after["assessment_rules"]
    assert cur["version"] == "RO-THR-1-b" and cur["note"] == "second" and cur["published_at_jalali"].startswith("1404/08/04")
    assert cur["url"] == f"/v1/review-offices/{RO}/assessment-rules"
    assert [v["version"] for v in after["earlier_rule_data_versions"]] == ["RO-THR-1-a", DEFAULTS]
    # the same version is what an assessment of this agency would use (the office's own view agrees)
    assert client.get(f"/v1/review-offices/{RO}/assessment-rules", headers=staff).json()["version"] == "RO-THR-1-b"
    # the review office and the secretariat see the agency's view too
    assert client.get(f"/v1/agencies/{AG2}/rules", headers=reviewer).json()["assessment_rules"]["version"] == "RO-THR-1-b"
    assert any(b["clause"] == "B1" and b["number"] == CIRCULAR_NUMBER for b in after["basis"])
    # two publications at the same instant (pinned clock): the later one is still the current one
    assert client.put(f"/v1/review-offices/{RO}/assessment-rules", json=_rules("RO-THR-1-c"), headers=reviewer).status_code == 201
    again = client.get(f"/v1/agencies/{AG}/rules", headers=staff).json()
    assert again["assessment_rules"]["version"] == "RO-THR-1-c"
    assert [v["version"] for v in again["earlier_rule_data_versions"]] == ["RO-THR-1-b", "RO-THR-1-a", DEFAULTS]


def test_clm_b1_another_offices_agency_does_not_see_the_publication(client, setup, reviewer, keys):
    assert client.put(f"/v1/review-offices/{RO}/assessment-rules", json=_rules("RO-THR-1-only"), headers=reviewer).status_code == 201
    staff3 = keys.headers("agency_staff", org=AG3)
    r = client.get(f"/v1/agencies/{AG3}/rules", headers=staff3)
    assert r.status_code == 200, r.text
    assert r.json()["review_office_code"] == RO2 and r.json()["assessment_rules"]["version"] == DEFAULTS
    assert r.json()["earlier_rule_data_versions"] == []
    # and nobody sees another organisation's agency: 404, not 403
    assert client.get(f"/v1/agencies/{AG}/rules", headers=staff3).status_code == 404
    assert client.get(f"/v1/agencies/{AG3}/rules", headers=reviewer).status_code == 404
    assert client.get("/v1/agencies/AG-NOPE/rules", headers=keys.headers("admin", org="SSO")).status_code == 404


def test_clm_b1_circular_1000_99_9958_is_listed_from_the_registry(client, setup, staff):
    body = client.get(f"/v1/agencies/{AG}/rules", headers=staff).json()
    assert body["as_of_jalali"] == "1404/08/04"
    by_number = {c["number"]: c for c in body["circulars_in_force"]}
    assert "1000/99/9958" in by_number
    c = by_number["1000/99/9958"]
    assert c["date_jalali"] == "1399/10/24" and "claims" in c["services"] and c["url"] == "/v1/regulations/1000/99/9958"
    # the letters it implements are in force too; the list follows the registry's dates
    assert {"1100/99/1236", "1000/98/13476"} <= set(by_number)
    early = client.get(f"/v1/agencies/{AG}/rules", params={"on": "1399/05/01"}, headers=staff).json()
    assert early["as_of_jalali"] == "1399/05/01"
    numbers = {c["number"] for c in early["circulars_in_force"]}
    assert "1000/99/9958" not in numbers and "1100/99/1236" not in numbers and "1000/98/13476" in numbers
    # after 1404/11/20 the ban letter 100/70/38754 is listed with the letter that clarifies it
    late = {c["number"]: c for c in client.get(f"/v1/agencies/{AG}/rules", params={"on": "1404/12/01"}, headers=staff).json()["circulars_in_force"]}
    assert {"number": "100/10/74585", "relation": "clarifies"}.items() <= late["100/70/38754"]["read_with"][0].items()
    assert by_number["100/70/38754"]["read_with"] == []  # not yet on 1404/08/04
    r = client.get(f"/v1/agencies/{AG}/rules", params={"on": "1402/12/30"}, headers=staff)
    assert r.status_code == 422 and r.headers["content-type"].startswith("application/problem+json")


# ------------------------------------------------------------------ CLM-B2


def _training(**over) -> dict:
    body = {
        "agency_code": AG,
        "representative_name": "علي رضايي",
        "topic": "چک‌لیست کنترل‌های بند الف-۳",
        "held_on": "۱۴۰۴/۰۷/۱۵",
        "hours": 4.5,
        "coordinated_with": ["secretariat", "indirect_treatment_directorate"],
    }
    body.update(over)
    return body


def test_clm_b2_review_office_records_training_as_a_decision_and_the_agency_sees_it(client, setup, staff, reviewer, keys, db_session):
    h = {**reviewer, "Idempotency-Key": "tr-1"}
    r = client.post(f"/v1/review-offices/{RO}/trainings", json=_training(), headers=h)
    assert r.status_code == 201, r.text
    t = r.json()
    assert t["agency_code"] == AG and t["review_office_code"] == RO and t["hours"] == 4.5
    assert t["held_on"] == "2025-10-07" and t["held_on_jalali"] == "1404/07/15"
    assert t["representative_name"] == "علی رضایی"  # normalised (ي -> ی)
    assert t["fee_condition"] is False
    # a retry with the same key replays the same record; nothing is stored twice
    again = client.post(f"/v1/review-offices/{RO}/trainings", json=_training(), headers=h)
    assert again.status_code == 201 and again.json()["id"] == t["id"] and again.headers.get("Idempotent-Replayed") == "true"
    assert db_session.scalar(select(func.count()).select_from(Training)) == 1
    d = client.get(f"/v1/decisions/{t['decision_id']}", headers=keys.headers("auditor", org="AUD")).json()
    assert d["kind"] == "claims.training" and d["subject_id"] == AG and d["ruleset_version"].startswith(RULES_VERSION)
    clauses = {(b["clause"], b["kind"]) for b in d["basis"]}
    assert ("B2", "rule") in clauses and ("P note 3", "note") in clauses
    # admin may record for the office too
    r = client.post(
        f"/v1/review-offices/{RO}/trainings", json=_training(hours=2, held_on="2025-10-20", topic="rule data A4"), headers=keys.headers("admin", org="SSO")
    )
    assert r.status_code == 201, r.text
    # the agency, its review office, the secretariat and admin read the agency's trainings
    for hdr in (staff, reviewer, keys.headers("secretariat", org="SEC"), keys.headers("admin", org="SSO")):
        lst = client.get(f"/v1/agencies/{AG}/trainings", headers=hdr)
        assert lst.status_code == 200, lst.text
        assert lst.json()["count"] == 2 and lst.json()["total_hours"] == 6.5
        assert [i["held_on_jalali"] for i in lst.json()["items"]] == ["1404/07/28", "1404/07/15"]
    # nobody else: another agency, another office (404); the insured role (403)
    assert client.get(f"/v1/agencies/{AG}/trainings", headers=keys.headers("agency_staff", org=AG2)).status_code == 404
    assert client.get(f"/v1/agencies/{AG}/trainings", headers=keys.headers("review_office", org=RO2)).status_code == 404
    assert client.get(f"/v1/agencies/{AG}/trainings", headers=keys.headers("insured", national_code="0012345679")).status_code == 403
    assert client.get(f"/v1/agencies/{AG2}/trainings", headers=reviewer).json()["count"] == 0


@pytest.mark.parametrize(
    "office,over,status,field",
    [
        (RO, {"hours": 0}, 422, "hours"),
        (RO, {"hours": -2}, 422, "hours"),
        (RO, {"hours": "many"}, 422, "hours"),
        (RO, {"agency_code": "AG-NOPE-9"}, 404, "agency_code"),
        (RO, {"agency_code": AG3}, 404, "agency_code"),  # another office's agency
        (RO, {"held_on": "1402/12/30"}, 422, "held_on"),  # no such Jalali day
        (RO, {"held_on": "1404/08/20"}, 422, "held_on"),  # not given yet
        (RO, {"representative_name": " "}, 422, "representative_name"),
        (RO, {"fee_paid": True}, 422, "fee_paid"),  # unknown field
        ("RO-NOPE", {}, 404, None),
    ],
    ids=[
        "hours-0",
        "hours-negative",
        "hours-text",
        "unknown-agency",
        "other-office-agency",
        "bad-jalali",
        "future",
        "no-name",
        "unknown-field",
        "unknown-office",
    ],
)
def test_clm_b2_bad_input_refused_nothing_stored(client, setup, reviewer, keys, db_session, office, over, status, field):
    headers = keys.headers("admin", org="SSO") if office != RO else reviewer
    r = client.post(f"/v1/review-offices/{office}/trainings", json=_training(**over), headers={**headers, "Idempotency-Key": "bad-1"})
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    if field:
        assert any(field in e["field"] for e in r.json().get("errors", [])), r.json()
    assert db_session.scalar(select(func.count()).select_from(Training)) == 0
    assert db_session.scalar(select(func.count()).select_from(DecisionRecord).where(DecisionRecord.kind == "claims.training")) == 0


def test_clm_b2_another_office_cannot_record_for_this_office(client, setup, keys, db_session):
    r = client.post(f"/v1/review-offices/{RO}/trainings", json=_training(), headers=keys.headers("review_office", org=RO2))
    assert r.status_code == 404
    r = client.post(f"/v1/review-offices/{RO}/trainings", json=_training(), headers=keys.headers("agency_staff", org=AG))
    assert r.status_code == 403
    assert db_session.scalar(select(func.count()).select_from(Training)) == 0


def test_clm_b2_training_is_recorded_but_not_a_fee_condition(client, setup, confirmed, staff, reviewer, register, advance):
    """CLM-P3 note 3 names training, but not how to measure it: a case approved without any training still earns its fee."""
    c = register(41)
    s = advance(c)
    r = client.post(f"/v1/cases/{c['id']}/review", json={"outcome": "approved"}, headers={**reviewer, "If-Match": f'"{s["version"]}"'})
    assert r.status_code == 200, r.text
    assert client.get(f"/v1/agencies/{AG}/trainings", headers=staff).json()["count"] == 0
    st = client.get(f"/v1/agencies/{AG}/fees?year=1404&month=8", headers=staff).json()
    assert st["cases_with_fee"] == 1 and st["total_rials"] == 772_703  # inpatient 142,065 x 3,463,656 / 636,809 (CLM-P1)


# ------------------------------------------------------------------ CLM-H3


LINES = [
    {"service_code": "500100", "description": "bed-day", "quantity": 3, "unit_price_rials": 20_000_000, "amount_rials": 60_000_000},
    {"service_code": "NEW-77", "description": "procedure not in any tariff yet", "quantity": 1, "unit_price_rials": 5_000_000, "amount_rials": 5_000_000},
]


def test_clm_h3_new_rule_data_via_api_changes_later_assessment_earlier_keeps_its_version(client, setup, staff, reviewer, register, advance, keys):
    auditor = keys.headers("auditor", org="AUD")
    c1 = register(51, lines=LINES)
    a1 = advance(c1, until="assessed")
    assert a1["rule_data_version"] == DEFAULTS
    # defaults: inpatient 0.90; a service code without a ceiling is excluded (manual review)
    assert [ln["status"] for ln in a1["lines"]] == ["assessed", "excluded"]
    assert a1["gross_rials"] == 54_000_000 and a1["reimbursable_rials"] == 45_000_000  # capped at what the patient paid
    # the process changes (H3): the office publishes new rule data through the API - no code, no deploy
    new = _rules(
        "RO-THR-1-systemic-1",
        organization_share={"outpatient": "0.5", "inpatient": "0.5", "global": "0.5"},
        tariff_ceilings_rials={"500100": 10_000_000},
        unknown_service_code="no_ceiling",
    )
    assert client.put(f"/v1/review-offices/{RO}/assessment-rules", json=new, headers=reviewer).status_code == 201
    c2 = register(52, lines=LINES)
    a2 = advance(c2, until="assessed")
    assert a2["rule_data_version"] == "RO-THR-1-systemic-1"
    assert [ln["status"] for ln in a2["lines"]] == ["assessed", "assessed"]  # the new policy pays the uncapped code
    assert [ln["reimbursable_rials"] for ln in a2["lines"]] == [15_000_000, 2_500_000]
    assert a2["reimbursable_rials"] == 17_500_000 != a1["reimbursable_rials"]
    # same code: the rules version of the program is unchanged, only the rule data differs
    d1 = client.get(f"/v1/decisions/{a1['decision_id']}", headers=auditor).json()
    d2 = client.get(f"/v1/decisions/{a2['decision_id']}", headers=auditor).json()
    assert d1["ruleset_version"].split(";")[0] == d2["ruleset_version"].split(";")[0] == RULES_VERSION
    assert f"rule-data={DEFAULTS}" in d1["ruleset_version"] and "rule-data=RO-THR-1-systemic-1" in d2["ruleset_version"]
    # the earlier assessment keeps the version it used, unchanged, and says so
    v1 = client.get(f"/v1/cases/{c1['id']}", headers=staff).json()
    assert v1["rule_data_version"] == DEFAULTS and v1["assessment"]["reimbursable_rials"] == 45_000_000
    assert v1["assessment"]["decision_id"] == a1["decision_id"]
    rd = v1["rule_data"]
    assert rd["assessed_with"] == DEFAULTS and rd["current"] == "RO-THR-1-systemic-1" and rd["is_current"] is False
    assert DEFAULTS in rd["note"] and "RO-THR-1-systemic-1" in rd["note"] and "not recomputed" in rd["note"]
    assert client.get(f"/v1/cases/{c2['id']}", headers=staff).json()["rule_data"]["is_current"] is True
