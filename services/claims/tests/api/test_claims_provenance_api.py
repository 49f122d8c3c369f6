"""SHR-PROV in claims: the rule table quotes the circular verbatim, the rule-set version follows the rules, every
decision claims makes (walked through the API on PostgreSQL) says what each citation rests on, and an assessment on
unconfirmed rule data is provisional and cannot be approved until the review office publishes confirmed data."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from claims.citations import RULES
from claims.provenance import LOCK_PATH, RULESET_VERSION, catalogue
from shared.catalogue import check_entries, check_payload, ruleset_lock_problem
from shared.decisions import DecisionRecord

from .conftest import RO, confirmed_rule_data


@pytest.fixture(scope="module")
def registry(letters_registry):
    return letters_registry


def test_shr_prov_claims_catalogue_quotes_are_in_their_letters(registry):
    entries = catalogue()
    assert len(entries) >= len(RULES) + 2  # the rule table, the assessment defaults, the wage table
    assert check_entries(entries, registry) == []
    assert {e.citation.authority for e in entries} == {"source", "interpretation", "configuration"}
    assert all(e.citation.text_fa and e.citation.rule_id for e in entries)


def test_shr_prov_claims_ruleset_version_is_locked_to_its_rules():
    assert ruleset_lock_problem(LOCK_PATH, RULESET_VERSION, catalogue()) is None


def test_shr_prov_claims_no_tariff_figure_or_cross_service_policy_is_a_source():
    for e in catalogue():
        c = e.citation
        # tariff ceilings, shares and wages are entered figures; X1/X2 is the insurer's policy (SPEC correction 3)
        if e.where.startswith("claims/data/") or "ceiling" in c.text.lower() or "share" in c.text.lower():
            assert c.authority == "configuration" or c.authority == "interpretation", e
        if c.rule_id in ("CLM-X1", "CLM-X2") and c.clause in ("X1", "X2", "X1/X2"):
            assert c.authority == "interpretation" and c.number is None, e
        if c.authority == "source":
            assert c.number and c.quote and "configuration" not in c.text.lower()
    # the shipped placeholder rule data is unconfirmed configuration: provisional
    defaults = [e for e in catalogue() if e.where == "claims/data/assessment_defaults.yaml"]
    assert len(defaults) == 1 and defaults[0].citation.provisional


def _approve_story(client, staff, reviewer, register, advance, controls):
    """Register, return, correct, resubmit and approve one case; assess and return another (every case decision kind)."""
    c = register(91)
    s = advance(c)
    r = client.post(
        f"/v1/cases/{c['id']}/review",
        json={"outcome": "returned", "reason_codes": ["missing_documents"], "text": "خلاصه پرونده"},
        headers={**reviewer, "If-Match": f'"{s["version"]}"'},
    )
    assert r.status_code == 200, r.text
    r = client.patch(
        f"/v1/cases/{c['id']}",
        json={"note": "bill number corrected", "bill_number": "B-91-corrected"},
        headers={**staff, "If-Match": f'"{r.json()["version"]}"'},
    )
    assert r.status_code == 200, r.text
    s = advance(r.json())
    r = client.post(f"/v1/cases/{c['id']}/review", json={"outcome": "approved"}, headers={**reviewer, "If-Match": f'"{s["version"]}"'})
    assert r.status_code == 200, r.text
    w = register(93)
    assert client.post(f"/v1/cases/{w['id']}/withdrawal", json={"reason": "the insured withdrew"}, headers={**staff, "If-Match": '"1"'}).status_code == 200
    return c


def test_shr_prov_claims_every_decision_through_the_api_cites_what_it_rests_on(
    client, setup, confirmed, staff, reviewer, admin, keys, register, advance, controls_all_passed, db_session, registry
):
    _approve_story(client, staff, reviewer, register, advance, controls_all_passed)
    # the other decision endpoints: rollout, violation and compensation, rule data, wage, report, training
    assert client.put("/v1/agencies/AG-THR-002/rollout", json={"rollout": "enabled"}, headers={**admin, "If-Match": '"1"'}).status_code == 200
    v = client.post(
        "/v1/agencies/AG-THR-001/violations",
        headers=reviewer,
        json={
            "kind": "error",
            "description": "late delivery",
            "causes_delay": True,
            "proven_on": "1404/08/01",
            "proof": {"summary": "statistics of Mehr"},
            "proposed_penalty": "warning",
            "compensation_client_rials": 100_000,
        },
    )
    assert v.status_code == 201, v.text
    vurl = f"/v1/agencies/AG-THR-001/violations/{v.json()['id']}"
    assert client.post(f"{vurl}/compensation", json={"paid_on": "1404/08/03"}, headers={**reviewer, "If-Match": '"1"'}).status_code == 200
    assert (
        client.post(
            f"{vurl}/penalty-proposal", json={"penalty": "fine", "fine_rials": 1_000_000}, headers={**keys.headers("secretariat", org="SEC"), "If-Match": '"2"'}
        ).status_code
        == 200
    )
    assert (
        client.post(
            f"{vurl}/penalty-decision",
            json={"outcome": "imposed", "penalty": "fine", "fine_rials": 1_000_000, "letter_number": "HQ-9"},
            headers={**keys.headers("licensing_hq", org="HQ"), "If-Match": '"3"'},
        ).status_code
        == 200
    )
    assert (
        client.put("/v1/fee-schedule/wages/1405", json={"daily_rials": 4_000_000, "source": "test figure for the provenance walk"}, headers=admin).status_code
        == 201
    )
    assert client.post("/v1/reports/monthly/AG-THR-001/1404/7/send", headers=reviewer).status_code == 201
    assert (
        client.post(
            f"/v1/review-offices/{RO}/trainings",
            headers=reviewer,
            json={"agency_code": "AG-THR-001", "representative_name": "علی رضایی", "topic": "A3", "held_on": "1404/07/15", "hours": 2},
        ).status_code
        == 201
    )
    auditor = keys.headers("auditor", org="AUD")
    ids = db_session.scalars(select(DecisionRecord.decision_id).order_by(DecisionRecord.seq)).all()
    kinds = set()
    total = 0
    for did in ids:
        d = client.get(f"/v1/decisions/{did}", headers=auditor).json()
        kinds.add(d["kind"])
        count, problems = check_payload(d, registry)
        assert count > 0 and problems == [], (d["kind"], problems)
        total += count
    assert {
        "claims.case.registered",
        "claims.case.controls",
        "claims.case.assessment",
        "claims.case.submission",
        "claims.case.review.returned",
        "claims.case.review.approved",
        "claims.case.corrected",
        "claims.case.withdrawn",
        "claims.fee.accrual",
        "claims.assessment_rules",
        "claims.agency.rollout",
        "claims.province.rollout",
        "claims.violation",
        "claims.violation.compensation",
        "claims.violation.proposal",
        "claims.violation.decision",
        "claims.wage",
        "claims.report.sent",
        "claims.rollout.approval",
        "claims.training",
    } <= kinds, kinds
    # answers that show a basis without being stored decisions
    for path, headers in (("/v1/fee-schedule?year=1404", None), ("/v1/reports/monthly?year=1404&month=8", admin), ("/v1/agencies/AG-THR-001/rules", staff)):
        count, problems = check_payload(client.get(path, headers=headers).json(), registry)
        assert count > 0 and problems == [], (path, problems)
    assert total > 50


def test_shr_prov_clm_a4_placeholder_assessment_is_provisional_and_cannot_be_approved(client, setup, staff, reviewer, admin, register, advance):
    c = register(92)
    a = advance(c, until="assessed")
    assert a["provisional"] is True and a["rule_data_version"] == "defaults-2026.11.1"
    assert any("not confirmed" in why for why in a["provisional_reasons"])
    s = client.post(f"/v1/cases/{c['id']}/submission", headers={**staff, "If-Match": f'"{a["version"]}"'}).json()
    r = client.post(f"/v1/cases/{c['id']}/review", json={"outcome": "approved"}, headers={**reviewer, "If-Match": f'"{s["version"]}"', "Accept-Language": "en"})
    assert r.status_code == 409 and r.headers["content-type"].startswith("application/problem+json")
    p = r.json()
    assert p["type"].endswith("provisional-assessment") and p["review_office_code"] == RO
    assert f"PUT /v1/review-offices/{RO}/assessment-rules" in p["detail"] and "confirmed" in p["detail"]
    assert client.get(f"/v1/cases/{c['id']}", headers=staff).json()["state"] == "submitted"  # nothing changed
    # an administrator cannot confirm the office's rules for it
    body = confirmed_rule_data(f"{RO}-confirmed-9")
    assert client.put(f"/v1/review-offices/{RO}/assessment-rules", json=body, headers=admin).status_code == 403
    # the office publishes confirmed rule data; it returns the case, the agency assesses again, then it can be approved
    assert client.put(f"/v1/review-offices/{RO}/assessment-rules", json=body, headers=reviewer).status_code == 201
    r = client.post(
        f"/v1/cases/{c['id']}/review",
        json={"outcome": "returned", "reason_codes": ["review_error"], "text": "محاسبه موقت"},
        headers={**reviewer, "If-Match": f'"{s["version"]}"'},
    )
    assert r.status_code == 200, r.text
    a2 = client.post(f"/v1/cases/{c['id']}/assessment", headers={**staff, "If-Match": f'"{r.json()["version"]}"'}).json()
    assert a2["provisional"] is False and a2["rule_data_version"] == f"{RO}-confirmed-9" and a2["provisional_reasons"] == []
    s2 = client.post(f"/v1/cases/{c['id']}/submission", headers={**staff, "If-Match": f'"{a2["version"]}"'}).json()
    r = client.post(f"/v1/cases/{c['id']}/review", json={"outcome": "approved"}, headers={**reviewer, "If-Match": f'"{s2["version"]}"'})
    assert r.status_code == 200 and r.json()["state"] == "approved"


def test_shr_prov_clm_a4_an_assessment_stored_before_provenance_is_judged_by_its_rule_data(client, setup, staff, reviewer, register, advance, db_session):
    from claims.cases.models import Case

    c = register(94)
    s = advance(c)
    row = db_session.get(Case, c["id"])
    legacy = dict(row.assessment)
    legacy.pop("provisional"), legacy.pop("provisional_reasons")  # the shape stored before SHR-PROV
    row.assessment = legacy
    db_session.commit()
    r = client.post(f"/v1/cases/{c['id']}/review", json={"outcome": "approved"}, headers={**reviewer, "If-Match": f'"{s["version"]}"'})
    assert r.status_code == 409 and r.json()["rule_data_version"] == "defaults-2026.11.1"
