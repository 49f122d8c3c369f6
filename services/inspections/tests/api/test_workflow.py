"""Inspections, violations, enforcement and the public lookup (letter 400/10262/د clause 2 and closing paragraph)."""

from __future__ import annotations

import base64
import hashlib

from sqlalchemy import func, select

from inspections.inspections.models import Evidence, Inspection
from shared.decisions import DecisionRecord

JPEG = b"\xff\xd8\xff\xe0" + b"photo-of-unlicensed-exosome-vials" * 10


def _inspect(client, keys, centre_id, answers, org="QUMS", on="1404/07/10", evidence=None, **extra):
    body = {"inspected_on": on, "summary": "monthly inspection", "answers": answers, "evidence": evidence or [], **extra}
    return client.post(f"/v1/centers/{centre_id}/inspections", json=body, headers=keys.headers("university_inspector", org=org, sub="insp-1"))


def test_ins_inspection_to_closure_and_public_status_closed(client, keys, make_centre, answers):
    c = make_centre()
    pub = client.get(f"/v1/centers/{c['id']}/public-status")
    assert pub.status_code == 200 and pub.json()["open"] is True and pub.json()["licensed"] is True
    assert "technical_manager" not in pub.text and "0499370899" not in pub.text and "دکتر نمونه" not in pub.text

    ev = {
        "item": "product_authorisation",
        "filename": "vials.jpg",
        "content_type": "image/jpeg",
        "content_base64": base64.b64encode(JPEG).decode(),
        "sha256": hashlib.sha256(JPEG).hexdigest(),
    }
    r = _inspect(client, keys, c["id"], answers(product_authorisation="exosome vials without FDO permit", advertising_online="instagram page"), evidence=[ev])
    assert r.status_code == 201, r.text
    ins = r.json()
    assert ins["outcome"] == "non_compliant" and ins["inspector"] == "insp-1" and ins["checklist_version"] == "400-10262-v2"
    assert ins["evidence"][0]["sha256"] == hashlib.sha256(JPEG).hexdigest() and ins["evidence"][0]["size_bytes"] == len(JPEG)
    got = client.get(ins["evidence"][0]["href"], headers=keys.headers("medical_council"))
    assert got.status_code == 200 and got.content == JPEG
    vio = {v["type"]: v for v in ins["violations"]}
    assert set(vio) == {"unauthorised_product", "illegal_advertising"}
    assert vio["unauthorised_product"]["severity"] == "critical" and vio["illegal_advertising"]["severity"] == "major"

    deputy = keys.headers("university_deputy", org="QUMS", sub="deputy-1")
    v_id = vio["unauthorised_product"]["id"]
    # an inspector cannot order enforcement; the deputy can
    assert (
        client.post(
            f"/v1/violations/{v_id}/actions", json={"type": "closure", "ordered_on": "1404/07/11"}, headers=keys.headers("university_inspector", org="QUMS")
        ).status_code
        == 403
    )
    r = client.post(f"/v1/violations/{v_id}/actions", json={"type": "closure", "ordered_on": "1404/07/11"}, headers={**deputy, "Idempotency-Key": "close-1"})
    assert r.status_code == 201, r.text
    closure = r.json()
    assert closure["state"] == "ordered"
    again = client.post(
        f"/v1/violations/{v_id}/actions", json={"type": "closure", "ordered_on": "1404/07/11"}, headers={**deputy, "Idempotency-Key": "close-1"}
    )
    assert again.status_code == 201 and again.json()["id"] == closure["id"] and again.headers.get("idempotent-replayed") == "true"

    centre = client.get(f"/v1/centers/{c['id']}", headers=deputy).json()
    assert centre["status"] == "closed"
    last = centre["status_history"][-1]
    assert last["act_type"] == "closure_action" and last["act_ref"] == closure["id"] and last["effective_on_jalali"] == "1404/07/11"

    pub = client.get(f"/v1/centers/{c['id']}/public-status").json()
    assert pub["status"] == "closed" and pub["open"] is False and pub["permitted_activities"] == []

    # X2: closed on 1404/07/20, not on 1404/07/01
    on = client.get(
        f"/v1/centers/{c['id']}/status-on", params={"date": "1404/07/20", "kind": "cell_therapy"}, headers=keys.headers("service", svc="claims")
    ).json()
    assert on["closed"] is True and on["treatment"]["cell_therapy"]["banned"] is True
    before = client.get(f"/v1/centers/{c['id']}/status-on", params={"date": "1404/07/01"}, headers=keys.headers("service", svc="claims")).json()
    assert before["closed"] is False and before["status"] == "active"
    assert before["treatment"]["exosome"]["outcome"] == "prohibited"  # 400/10262/د
    assert client.get(f"/v1/centers/{c['id']}/status-on", params={"date": "1404/07/31"}, headers=keys.headers("service", svc="claims")).status_code == 422

    # seizure with an inventory, referral to the disciplinary board
    r = client.post(
        f"/v1/violations/{v_id}/actions",
        json={"type": "seizure", "ordered_on": "1404/07/11", "inventory": [{"product": "Exosome serum", "quantity": 12, "unit": "vial", "kind": "exosome"}]},
        headers=deputy,
    )
    assert r.status_code == 201 and r.json()["inventory"][0]["quantity"] == 12
    r = client.post(f"/v1/violations/{v_id}/actions", json={"type": "seizure", "ordered_on": "1404/07/11"}, headers=deputy)
    assert r.status_code == 422  # a seizure needs its inventory
    r = client.post(
        f"/v1/violations/{v_id}/actions", json={"type": "referral", "referral_to": "disciplinary_board", "ordered_on": "1404/07/12"}, headers=deputy
    )
    assert r.status_code == 201

    # execute the closure (sealing) with If-Match, then lifting needs a recorded decision
    url = f"/v1/actions/{closure['id']}/transitions"
    assert client.post(url, json={"to": "executed", "on": "1404/07/12"}, headers=deputy).status_code == 428
    r = client.post(url, json={"to": "executed", "on": "1404/07/12"}, headers={**deputy, "If-Match": '"1"'})
    assert r.status_code == 200 and r.json()["state"] == "executed" and r.headers["etag"] == '"2"'
    assert client.post(url, json={"to": "executed", "on": "1404/07/12"}, headers={**deputy, "If-Match": '"1"'}).status_code == 412
    assert client.post(url, json={"to": "lifted", "on": "1404/08/01"}, headers={**deputy, "If-Match": '"2"'}).status_code == 422
    r = client.post(
        url,
        json={"to": "lifted", "on": "1404/08/01", "decision": {"ref": "QUMS/1404/777", "text": "violations remedied; seal lifted"}},
        headers={**deputy, "If-Match": '"2"'},
    )
    assert r.status_code == 200 and r.json()["state"] == "lifted"
    centre = client.get(f"/v1/centers/{c['id']}", headers=deputy).json()
    assert centre["status"] == "active" and centre["status_history"][-1]["act_type"] == "closure_lifted"
    dec = client.get(f"/v1/decisions/{r.json()['history'][-1]['decision_id']}", headers=keys.headers("auditor")).json()
    assert any("QUMS/1404/777" in b["text"] and b["rule_id"] == "INS-ENF-DECISION" and b["authority"] == "interpretation" for b in dec["basis"])
    # still closed on a date inside the closure
    assert client.get(f"/v1/centers/{c['id']}/status-on", params={"date": "1404/07/20"}, headers=keys.headers("service", svc="claims")).json()["closed"] is True
    # a referral cannot be lifted
    ref = client.get(f"/v1/violations/{v_id}", headers=deputy).json()["actions"][-1]
    assert (
        client.post(
            f"/v1/actions/{ref['id']}/transitions",
            json={"to": "lifted", "on": "1404/08/01", "decision": {"ref": "x", "text": "xyz"}},
            headers={**deputy, "If-Match": '"1"'},
        ).status_code
        == 409
    )


def test_ins_inspection_by_other_university_is_404_and_nothing_stored(client, keys, make_centre, answers, app):
    c = make_centre()
    r = _inspect(client, keys, c["id"], answers(), org="TUMS")
    assert r.status_code == 404
    assert (
        client.post(
            f"/v1/centers/{c['id']}/inspections", json={"inspected_on": "1404/07/10", "answers": answers()}, headers=keys.headers("medical_council")
        ).status_code
        == 403
    )
    with app.state.sessionmaker() as s:
        assert s.scalar(select(func.count()).select_from(Inspection).where(Inspection.centre_id == c["id"])) == 0


def test_ins_evidence_over_limit_is_413_and_nothing_stored(client, keys, make_centre, answers, app):
    c = make_centre()

    def counts():
        with app.state.sessionmaker() as s:
            return (
                s.scalar(select(func.count()).select_from(Inspection)),
                s.scalar(select(func.count()).select_from(Evidence)),
                s.scalar(select(func.count()).select_from(DecisionRecord)),
            )

    before = counts()
    big = b"\x89PNG" + b"0" * (600 * 1024)
    ev = {"filename": "big.png", "content_type": "image/png", "content_base64": base64.b64encode(big).decode()}
    r = _inspect(client, keys, c["id"], answers(physical_space="no clean room"), evidence=[ev])
    assert r.status_code == 413 and r.headers["content-type"].startswith("application/problem+json")
    # the same through multipart
    import json as _json

    payload = _json.dumps({"inspected_on": "1404/07/10", "answers": answers(physical_space="no clean room")})
    r = client.post(
        f"/v1/centers/{c['id']}/inspections",
        data={"payload": payload},
        files={"evidence.physical_space": ("big.png", big, "image/png")},
        headers=keys.headers("university_inspector", org="QUMS"),
    )
    assert r.status_code == 413
    # wrong checksum, wrong type, missing items, impossible date: 422
    small = base64.b64encode(JPEG).decode()
    assert (
        _inspect(
            client, keys, c["id"], answers(), evidence=[{"filename": "a.jpg", "content_type": "image/jpeg", "content_base64": small, "sha256": "0" * 64}]
        ).status_code
        == 422
    )
    assert (
        _inspect(
            client, keys, c["id"], answers(), evidence=[{"filename": "a.exe", "content_type": "application/x-msdownload", "content_base64": small}]
        ).status_code
        == 422
    )
    r = _inspect(client, keys, c["id"], answers()[:-1])
    assert r.status_code == 422 and "patient_records" in r.text
    assert _inspect(client, keys, c["id"], answers(), on="1404/12/30").status_code == 422
    assert counts() == before


def test_ins_inspection_multipart_with_evidence(client, keys, make_centre, answers):
    import json as _json

    c = make_centre()
    payload = _json.dumps({"inspected_on": "۱۴۰۴/۰۷/۱۰", "answers": answers(patient_records="no consent forms")})
    r = client.post(
        f"/v1/centers/{c['id']}/inspections",
        data={"payload": payload},
        files={"evidence.patient_records": ("file.pdf", b"%PDF-1.4 records", "application/pdf")},
        headers=keys.headers("university_inspector", org="QUMS"),
    )
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["evidence"][0]["item"] == "patient_records" and body["evidence"][0]["sha256"] == hashlib.sha256(b"%PDF-1.4 records").hexdigest()
    assert body["violations"][0]["type"] == "incomplete_patient_records" and body["violations"][0]["severity"] == "minor"


def test_ins_monthly_plan_done_overdue_and_flagged(client, keys, make_centre, answers):
    a = make_centre(org="PLAN", university="PLAN", registered_on="1404/06/01")
    b = make_centre(org="PLAN", university="PLAN", registered_on="1404/06/01")
    late = make_centre(org="PLAN", university="PLAN", registered_on="1404/08/05")
    assert _inspect(client, keys, a["id"], answers(), org="PLAN", on="1404/07/05").status_code == 201
    assert _inspect(client, keys, a["id"], answers(), org="PLAN", on="1404/06/20").status_code == 201
    h = keys.headers("university_deputy", org="PLAN")
    plan = client.get("/v1/plans/1404/7", headers=h).json()
    rows = {i["center_id"]: i for i in plan["items"]}
    assert set(rows) == {a["id"], b["id"]}  # `late` registered after Mehr
    assert rows[a["id"]]["done"] and not rows[a["id"]]["overdue"] and not rows[a["id"]]["not_inspected_last_month"]
    assert not rows[b["id"]]["done"] and rows[b["id"]]["overdue"] and rows[b["id"]]["not_inspected_last_month"]
    assert plan["counts"] == {"due": 2, "done": 1, "overdue": 1, "not_inspected_last_month": 1}
    assert plan["month_start_jalali"] == "1404/07/01" and plan["month_end_jalali"] == "1404/07/30"
    plan8 = client.get("/v1/plans/1404/8", headers=h).json()
    assert late["id"] in {i["center_id"] for i in plan8["items"]}
    # another university's plan is not visible; bad month is 422
    assert client.get("/v1/plans/1404/7", params={"university": "PLAN"}, headers=keys.headers("university_deputy", org="QUMS")).status_code == 404
    assert client.get("/v1/plans/1404/13", headers=h).status_code == 422
