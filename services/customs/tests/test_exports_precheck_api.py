"""Export permits (CUS-6.4) and the public pre-check."""

from __future__ import annotations

from sqlalchemy import func, select

from customs.declarations.models import Declaration
from shared.decisions import DecisionRecord
from shared.ratelimit import RateLimiter

from .helpers import NC, dg, expert, head, traveller


def permit_body(*items, **over):
    body = {
        "applicant_name": "Reza Moradi",
        "national_code": NC,
        "customs_office": "THR-IKA",
        "destination_country": "Germany",
        "phone": "+98 912 000 0000",
        "address": "Tehran, Valiasr St. 12",
        "signed": True,
        "decision_date": "1400/06/01",
        "prescription": {"attached": True, "physician_name": "Dr. Rahimi", "council_no": "12345"},
        "items": list(items) or [{"name": "Losartan", "dosage_form": "tablet", "quantity": 2, "units_per_pack": 30, "daily_dose": 1}],
    }
    body.update(over)
    return body


def test_cus_6_4_2_small_quantity_needs_no_permit(client, keys):
    r = client.post(
        "/v1/export-permits",
        json=permit_body(
            {"name": "Losartan", "dosage_form": "tablet", "quantity": 2},
            {"name": "Ibuprofen", "dosage_form": "capsule", "quantity": 1},
            {"name": "Cetirizine", "dosage_form": "syrup", "quantity": 5},
        ),
        headers=traveller(keys),
    )
    assert r.status_code == 201, r.text
    out = r.json()
    assert out["outcome"] == "no_permit_needed" and out["state"] == "no_permit_needed"
    assert {"8646/د", "21523"} <= {c["number"] for c in out["basis"]}


def test_cus_6_4_2_four_packs_of_tablets_exceed_the_allowance(client, keys):
    r = client.post(
        "/v1/export-permits",
        json=permit_body(
            {"name": "Losartan", "dosage_form": "tablet", "quantity": 2, "units_per_pack": 30, "daily_dose": 1},
            {"name": "Metformin", "dosage_form": "tablet", "quantity": 2, "units_per_pack": 30, "daily_dose": 1},
        ),
        headers=traveller(keys),
    )
    out = r.json()
    assert out["small_quantity_allowance"]["applies"] is False and out["state"] == "awaiting_expert_review"


def test_cus_6_4_2_allowance_never_applies_to_narcotics(client, keys):
    r = client.post(
        "/v1/export-permits",
        json=permit_body({"name": "Methadone 20", "dosage_form": "tablet", "quantity": 1, "units_per_pack": 10, "daily_dose": 1}),
        headers=traveller(keys),
    )
    out = r.json()
    assert out["outcome"] == "pending" and "controlled" in out["small_quantity_allowance"]["why_not"][0]


def test_cus_6_4_3_three_month_supply_limit(client, keys):
    r = client.post(
        "/v1/export-permits",
        json=permit_body({"name": "Losartan", "dosage_form": "tablet", "quantity": 5, "units_per_pack": 30, "daily_dose": 1}),
        headers=traveller(keys),
    )
    it = r.json()["items"][0]
    assert it["supply_days"] == 150 and it["max_clearable_quantity"] == 3 and it["excess_quantity"] == 2


def test_cus_6_4_3_high_value_one_month_with_head_and_dg(client, keys):
    r = client.post(
        "/v1/export-permits",
        json=permit_body({"name": "Humira 40mg", "dosage_form": "prefilled_syringe", "quantity": 4, "units_per_pack": 2, "daily_dose": "0.0714"}),
        headers=traveller(keys),
    )
    out = r.json()
    it = out["items"][0]
    assert it["max_clearable_quantity"] == 1 and {"head_of_gio_approval", "dg_release"} <= {x["code"] for x in it["requirements"]}
    etag = r.headers["ETag"]
    pid = out["id"]
    r = client.post(f"/v1/export-permits/{pid}/actions", json={"action": "expert_review"}, headers={**expert(keys), "If-Match": etag})
    assert r.json()["state"] == "awaiting_head_approval"
    r = client.post(f"/v1/export-permits/{pid}/actions", json={"action": "dg_release"}, headers={**dg(keys), "If-Match": r.headers["ETag"]})
    assert r.status_code == 409
    r = client.post(f"/v1/export-permits/{pid}/actions", json={"action": "head_approval"}, headers={**head(keys), "If-Match": '"2"'})
    assert r.json()["state"] == "awaiting_dg_release"
    r = client.post(f"/v1/export-permits/{pid}/actions", json={"action": "dg_release"}, headers={**dg(keys), "If-Match": r.headers["ETag"]})
    assert r.json()["state"] == "issued" and r.json()["permit_letter_no"].startswith("GIO-EX/")


def test_cus_6_4_1_prescription_required(client, keys):
    r = client.post(
        "/v1/export-permits",
        json=permit_body({"name": "Losartan", "dosage_form": "tablet", "quantity": 4, "units_per_pack": 30, "daily_dose": 1}, prescription={"attached": False}),
        headers=traveller(keys),
    )
    assert "prescription" in {x["code"] for x in r.json()["items"][0]["requirements"]}


def test_cus_6_4_1_form_must_be_signed_and_complete(client, keys):
    r = client.post("/v1/export-permits", json=permit_body(signed=False), headers=traveller(keys))
    assert r.status_code == 422
    body = permit_body()
    del body["destination_country"]
    r = client.post("/v1/export-permits", json=body, headers=traveller(keys))
    assert r.status_code == 422 and any(e["field"] == "destination_country" for e in r.json()["errors"])


def test_precheck_without_token_stores_nothing(client, app):
    with app.state.sessionmaker() as s:
        n0 = s.execute(select(func.count()).select_from(DecisionRecord)).scalar_one()
    r = client.post(
        "/v1/precheck",
        json={"items": [{"name": "Xanax", "dosage_form": "tablet", "quantity": 1, "units_per_pack": 30, "daily_dose": 1}], "decision_date": "1400/01/20"},
    )
    assert r.status_code == 200, r.text
    out = r.json()
    assert out["stored"] is False and out["items"][0]["outcome"] == "pending"
    assert "dg_release" in {x["code"] for x in out["items"][0]["requirements"]}
    with app.state.sessionmaker() as s:
        assert s.execute(select(func.count()).select_from(DecisionRecord)).scalar_one() == n0
        assert s.execute(select(func.count()).select_from(Declaration)).scalar_one() == 0


def test_precheck_answers_in_persian_or_english(client):
    body = {"items": [{"name": "سایتوتک", "generic_name": "misoprostol", "dosage_form": "قرص"}]}
    fa = client.post("/v1/precheck", json=body, headers={"Accept-Language": "fa-IR,fa;q=0.9"})
    en = client.post("/v1/precheck", json=body, headers={"Accept-Language": "en"})
    assert fa.json()["verdict"] == "مجاز نیست" and fa.headers["content-language"] == "fa"
    assert en.json()["verdict"] == "Not allowed" and "abortion" in en.json()["items"][0]["reasons"][0]["text"]


def test_precheck_refuses_personal_fields(client):
    r = client.post("/v1/precheck", json={"national_code": NC, "items": [{"name": "Losartan", "dosage_form": "tablet"}]})
    assert r.status_code == 422


def test_precheck_export_direction(client):
    r = client.post("/v1/precheck", json={"direction": "export", "items": [{"name": "Losartan", "dosage_form": "tablet", "quantity": 2}]})
    assert r.status_code == 200 and r.json()["outcome"] == "no_permit_needed"


def test_precheck_is_rate_limited(client, app):
    old = app.state.public_limiter
    app.state.public_limiter = RateLimiter(2)
    try:
        body = {"items": [{"name": "Losartan", "dosage_form": "tablet"}]}
        codes = [client.post("/v1/precheck", json=body).status_code for _ in range(3)]
    finally:
        app.state.public_limiter = old
    assert codes == [200, 200, 429]


def test_cus_6_4_2_high_value_no_small_quantity_allowance_head_sets_the_amount_dg_permits_letter_printable(client, keys):
    # one pack of a high-value drug: within the 8646/د count, yet it needs the head of GIO's amount and the DG's permit
    body = permit_body(
        {"name": "Humira 40mg", "dosage_form": "prefilled_syringe", "quantity": 2, "units_per_pack": 2, "daily_dose": "0.0714"},
        {"name": "Losartan", "dosage_form": "tablet", "quantity": 1, "units_per_pack": 30, "daily_dose": 1},
    )
    r = client.post("/v1/export-permits", json=body, headers=traveller(keys))
    assert r.status_code == 201, r.text
    p = r.json()
    assert not p["small_quantity_allowance"]["applies"] and any("high-value" in w for w in p["small_quantity_allowance"]["why_not"])
    assert {"CUS-6.4.2-HIGH-VALUE", "CUS-6.4.3-NOTE", "CUS-5-HEAD", "CUS-5-DG"} <= {c["rule_id"] for c in p["basis"]}
    humira = p["items"][0]
    assert {"head_of_gio_approval", "dg_release"} <= {q["code"] for q in humira["requirements"]}
    assert humira["max_clearable_quantity"] == 1  # 1 month: 30 x 0.0714 / 2 per pack
    path = f"/v1/export-permits/{p['id']}"
    r = client.post(path + "/actions", json={"action": "expert_review"}, headers={**expert(keys), "If-Match": r.headers["ETag"]})
    assert r.status_code == 200 and r.json()["state"] == "awaiting_head_approval", r.text
    # the head of GIO cannot set more than the note allows, and sets the amount
    bad = client.post(
        path + "/actions",
        json={"action": "head_approval", "items": [{"index": 0, "decision": "accept", "cleared_quantity": 2}]},
        headers={**head(keys), "If-Match": r.headers["ETag"]},
    )
    assert bad.status_code == 422
    assert client.get(f"{path}/letter", headers=traveller(keys)).status_code == 409  # not issued yet
    r = client.post(
        path + "/actions",
        json={"action": "head_approval", "items": [{"index": 0, "decision": "accept", "cleared_quantity": 1}]},
        headers={**head(keys), "If-Match": r.headers["ETag"]},
    )
    assert r.status_code == 200, r.text
    r = client.post(path + "/actions", json={"action": "dg_release"}, headers={**dg(keys), "If-Match": r.headers["ETag"]})
    out = r.json()
    assert out["state"] == "issued" and out["permitted"]["0"] == {"quantity": 1, "set_by": "gio_head", "reason": None}
    assert out["permitted"]["1"]["quantity"] == 1
    letter = client.get(f"{path}/letter", headers=traveller(keys))
    assert letter.status_code == 200 and 'dir="rtl"' in letter.text and "Humira 40mg" in letter.text and "۱ بسته" in letter.text
    assert "CUS-6.4.3-NOTE" in letter.text
