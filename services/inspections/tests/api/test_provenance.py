"""SHR-PROV for inspections: every citation says what it rests on, every source quote is in its letter, the lock holds."""

from __future__ import annotations

import pytest

from inspections.provenance import LOCK_PATH, RULESET_VERSION, catalogue
from shared.catalogue import check_entries, check_payload, ruleset_lock_problem, walk_citations

# what no rule may cite as `source`: a clinical criterion, a tariff figure or a cross-service policy
NOT_SOURCE_RULES = (
    "INS-CHK-technical_manager",
    "INS-CHK-patient_records",
    "INS-R-400-UNAUTH",
    "INS-R-400-APPROVED",
    "INS-R-661-PI",
    "INS-R-661-SALE",
    "INS-R-CLAIMED",
    "INS-C-CLOSED",
    "INS-QUARTERLY-HOLIDAY",
)


@pytest.fixture(scope="module")
def registry(letters_registry):
    return letters_registry


def test_shr_prov_ins_catalogue_quotes_are_in_their_letters(registry):
    entries = catalogue()
    assert len(entries) > 40 and all(e.rule_id and e.where for e in entries)
    assert check_entries(entries, registry) == []


def test_shr_prov_ins_ruleset_lock_matches_the_rules():
    assert ruleset_lock_problem(LOCK_PATH, RULESET_VERSION, catalogue()) is None


def test_shr_prov_ins_every_kind_of_authority_is_used_honestly():
    by_id = {e.rule_id: e.citation for e in catalogue()}
    assert {c.authority for c in by_id.values()} == {"source", "interpretation"}
    for rule_id in NOT_SOURCE_RULES:
        assert by_id[rule_id].authority == "interpretation" and by_id[rule_id].reason, rule_id
    # letters known only through other letters are never quoted as source (their text is not in the seeds)
    assert not [e for e in catalogue() if e.citation.authority == "source" and e.citation.number in ("661/2897", "512/1805/د")]
    # 100/70/38754 issues no ban of its own: none of its citations decides a ruling
    assert all(e.citation.kind != "rule" for e in catalogue() if e.citation.number == "100/70/38754" and e.rule_id.startswith("INS-R"))
    # every citation has its Persian rule text (Persian answers show it)
    assert [e.rule_id for e in catalogue() if not e.citation.text_fa] == []


def _record(client, keys, decision_id):
    r = client.get(f"/v1/decisions/{decision_id}", headers=keys.headers("auditor"))
    assert r.status_code == 200, r.text
    return r.json()


def test_shr_prov_ins_real_decisions_of_every_endpoint_are_checkable(client, keys, make_centre, answers, registry):
    """Walks the answers and stored decisions of every decision endpoint: registration, status ruling, INS-R,
    status-on, inspection, violation, action, transition, centre list, plan, quarterly report and its submission."""
    dep = keys.headers("university_deputy", org="PRV", sub="dep-1")
    ins = keys.headers("university_inspector", org="PRV", sub="ins-1")
    sup = keys.headers("ministry_supervisor")
    answers_seen: list = []

    c = make_centre(org="PRV", university="PRV")
    answers_seen += [_record(client, keys, h["decision_id"]) for h in c["status_history"]]
    for q in (
        {"activity": "treatment", "kind": "cell_therapy", "approval": "irc_code", "date": "1404/09/01"},
        {"activity": "treatment", "kind": "exosome", "approval": "irc_code", "date": "1404/12/01"},
        {"activity": "import", "kind": "exosome", "approval": "none", "date": "1404/05/10"},
        {"activity": "sale", "kind": "exosome", "date": "1400/01/10"},
        {"activity": "advertising", "kind": "regenerative", "date": "1404/12/01"},
        {"activity": "research", "kind": "exosome", "approval": "research_approval", "date": "1404/12/01", "center_id": c["id"]},
    ):
        r = client.post("/v1/permissibility", json=q, headers=sup)
        assert r.status_code == 200, r.text
        answers_seen += [r.json(), _record(client, keys, r.json()["decision_id"])]
    answers_seen.append(client.get(f"/v1/centers/{c['id']}/status-on", params={"date": "1404/09/01"}, headers=keys.headers("service", svc="claims")).json())

    r = client.post(
        f"/v1/centers/{c['id']}/inspections",
        json={
            "inspected_on": "1404/07/10",
            "answers": answers(product_authorisation="exosome vials", technical_manager="absent", patient_records="no consent"),
        },
        headers=ins,
    )
    assert r.status_code == 201, r.text
    inspection = r.json()
    answers_seen += [inspection, _record(client, keys, inspection["decision_id"])]
    answers_seen += [_record(client, keys, v["decision_id"]) for v in inspection["violations"]]
    vid = inspection["violations"][0]["id"]
    action = client.post(f"/v1/violations/{vid}/actions", json={"type": "closure", "ordered_on": "1404/07/11"}, headers=dep).json()
    client.post(
        f"/v1/violations/{vid}/actions",
        json={"type": "seizure", "ordered_on": "1404/07/11", "inventory": [{"product": "Exo serum", "quantity": 3, "unit": "vial", "kind": "exosome"}]},
        headers=dep,
    )
    client.post(f"/v1/violations/{vid}/actions", json={"type": "referral", "referral_to": "judiciary", "ordered_on": "1404/07/11"}, headers=dep)
    r = client.post(
        f"/v1/actions/{action['id']}/transitions",
        json={"to": "lifted", "on": "1404/08/01", "decision": {"ref": "PRV/1404/9", "text": "remedied"}},
        headers={**dep, "If-Match": '"1"'},
    )
    assert r.status_code == 200, r.text
    answers_seen += [_record(client, keys, h["decision_id"]) for h in r.json()["history"]]
    for a in client.get(f"/v1/violations/{vid}", headers=dep).json().get("actions", []):
        answers_seen += [_record(client, keys, h["decision_id"]) for h in a["history"]]
    version = client.get(f"/v1/centers/{c['id']}", headers=dep).json()["version"]
    st = client.post(
        f"/v1/centers/{c['id']}/status",
        json={"status": "suspended", "effective_on": "1404/08/05", "reason": "space"},
        headers={**dep, "If-Match": f'"{version}"'},
    )
    assert st.status_code == 200, st.text
    answers_seen += [_record(client, keys, h["decision_id"]) for h in st.json()["status_history"]]
    answers_seen.append(client.get("/v1/reports/centre-list", headers=dep).json())
    answers_seen.append(client.get("/v1/plans/1404/5", headers=dep).json())
    answers_seen.append(client.get("/v1/reports/quarterly", params={"year": 1404, "season": 4}, headers=dep).json())
    sub = client.post("/v1/reports/quarterly/submissions", json={"year": 1404, "season": 3, "sent_on": "1404/09/30"}, headers=dep)
    assert sub.status_code == 201, sub.text
    answers_seen += [sub.json(), _record(client, keys, sub.json()["submission"]["decision_id"])]

    count, problems = check_payload(answers_seen, registry)
    assert count > 50 and problems == []
    authorities = {c["authority"] for c in walk_citations(answers_seen)}
    assert authorities == {"source", "interpretation"}
    rule_ids = {c["rule_id"] for c in walk_citations(answers_seen)}
    assert {
        "INS-R-400-APPROVED",
        "INS-R-IRC-VERIFY",
        "INS-R-BEFORE",
        "INS-ENF-CLOSURE",
        "INS-ENF-DECISION",
        "INS-LIST",
        "INS-QUARTERLY",
        "INS-QUARTERLY-HOLIDAY",
        "INS-PLAN",
        "INS-PLAN-START",
        "INS-CHK-product_authorisation",
    } <= rule_ids
