"""Bad input: problem+json with field paths, never a 500, nothing stored (SHR-ERR)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from customs.declarations.models import Declaration
from customs.declarations.schemas import MAX_ITEMS
from shared.decisions import DecisionRecord

from .helpers import decl_body, officer


def counts(app):
    with app.state.sessionmaker() as s:
        return (
            s.execute(select(func.count()).select_from(Declaration)).scalar_one(),
            s.execute(select(func.count()).select_from(DecisionRecord)).scalar_one(),
        )


def assert_problem(r, status, field=None):
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    if field:
        assert any(e["field"] == field for e in r.json()["errors"]), r.json()


@pytest.mark.parametrize("expiry", ["31/31/2025", "1404/12/30", "next year", "2025-02-30"])
def test_unparseable_expiry_date_is_422_and_nothing_stored(client, keys, app, expiry):
    before = counts(app)
    r = client.post("/v1/declarations", json=decl_body({"name": "Losartan", "dosage_form": "tablet", "expiry_date": expiry}), headers=officer(keys))
    assert_problem(r, 422, "items.0.expiry_date")
    assert counts(app) == before


@pytest.mark.parametrize("qty", [0, -3, "0", "-1", 2.5, "۲٫۵", "12 packs", True])
def test_zero_negative_or_non_whole_quantity_is_422(client, keys, app, qty):
    before = counts(app)
    r = client.post("/v1/declarations", json=decl_body({"name": "Losartan", "dosage_form": "tablet", "quantity": qty}), headers=officer(keys))
    assert_problem(r, 422, "items.0.quantity")
    assert counts(app) == before


def test_quantity_as_persian_digits_is_read_as_a_number(client, keys):
    r = client.post(
        "/v1/declarations",
        json=decl_body({"name": "Losartan", "dosage_form": "tablet", "quantity": "۱۲", "units_per_pack": "۳۰", "daily_dose": "۱"}),
        headers=officer(keys),
    )
    assert r.status_code == 201, r.text
    it = r.json()["items"][0]
    assert it["quantity"] == 12 and it["supply_days"] == 360 and it["max_clearable_quantity"] == 6


def test_unknown_dosage_form_is_422_with_the_accepted_forms(client, keys, app):
    before = counts(app)
    r = client.post("/v1/declarations", json=decl_body({"name": "Losartan", "dosage_form": "elixir of youth"}), headers=officer(keys))
    assert_problem(r, 422, "items.0.dosage_form")
    assert "tablet" in r.json()["errors"][0]["message"]
    assert counts(app) == before


def test_persian_dosage_form_is_accepted(client, keys):
    r = client.post("/v1/declarations", json=decl_body({"name": "Losartan", "dosage_form": "قرص"}), headers=officer(keys))
    assert r.status_code == 201 and r.json()["items"][0]["dosage_form"] == "tablet"


@pytest.mark.parametrize("code", ["0084575940", "1111111111", "12345", "abcdefghij"])
def test_invalid_national_code_is_422(client, keys, app, code):
    before = counts(app)
    body = decl_body(owner={"kind": "natural", "national_code": code})
    assert_problem(client.post("/v1/declarations", json=body, headers=officer(keys)), 422, "owner.national_code")
    assert counts(app) == before


def test_natural_person_without_identity_is_422(client, keys):
    r = client.post("/v1/declarations", json=decl_body(owner={"kind": "natural"}), headers=officer(keys))
    assert_problem(r, 422)


def test_unknown_customs_office_is_422(client, keys, app):
    before = counts(app)
    r = client.post("/v1/declarations", json=decl_body(customs_office="XYZ"), headers=keys.headers("admin"))
    assert_problem(r, 422, "customs_office")
    assert counts(app) == before


def test_five_megabyte_body_is_413(client, keys, app):
    before = counts(app)
    big = json.dumps(decl_body({"name": "A" * 5_000_000, "dosage_form": "tablet"}))
    r = client.post("/v1/declarations", content=big, headers={**officer(keys), "Content-Type": "application/json"})
    assert_problem(r, 413)
    assert counts(app) == before


def test_ten_thousand_items_is_422_with_the_maximum(client, keys, app):
    before = counts(app)
    items = [{"name": "a", "dosage_form": "tablet"}] * 10_000
    r = client.post("/v1/declarations", json=decl_body(*items), headers=officer(keys))
    assert_problem(r, 422, "items")
    assert str(MAX_ITEMS) in r.text
    assert counts(app) == before


def test_malformed_json_is_422(client, keys):
    r = client.post("/v1/declarations", content=b"{not json", headers={**officer(keys), "Content-Type": "application/json"})
    assert_problem(r, 422)


def test_unknown_field_is_422(client, keys):
    r = client.post("/v1/declarations", json=decl_body(colour="blue"), headers=officer(keys))
    assert_problem(r, 422, "colour")


def test_no_token_is_401(client):
    assert_problem(client.post("/v1/declarations", json=decl_body()), 401)


def test_unknown_declaration_is_404(client, keys):
    assert_problem(client.get("/v1/declarations/00000000-0000-0000-0000-000000000000", headers=officer(keys)), 404)


def test_precheck_bad_item_is_422_with_field_path(client):
    r = client.post("/v1/precheck", json={"items": [{"name": "Losartan", "dosage_form": "tablet", "quantity": -1}]})
    assert_problem(r, 422, "items.0.quantity")


def test_precheck_too_many_items_is_422(client):
    r = client.post("/v1/precheck", json={"items": [{"name": "a", "dosage_form": "tablet"}] * 51})
    assert_problem(r, 422, "items")


def test_future_decision_date_is_422_for_a_stored_declaration(client, keys, app):
    before = counts(app)
    r = client.post("/v1/declarations", json=decl_body(decision_date="1499/01/01"), headers=officer(keys))
    assert_problem(r, 422, "decision_date")
    assert counts(app) == before


def test_cus_6_3_backdated_declaration_cannot_clear_an_item_expired_since(client, keys):
    # decision_date 1400/05/01, expiry 1403/01/01: valid then, expired today -> refused (CUS-6.3)
    r = client.post("/v1/declarations", json=decl_body({"name": "Losartan", "dosage_form": "tablet", "expiry_date": "1403/01/01"}), headers=officer(keys))
    assert r.status_code == 201
    it = r.json()["items"][0]
    assert it["outcome"] == "refused" and it["reasons"][0]["rule_id"] == "CUS-6.3-EXPIRED"
    assert r.json()["warnings"][0]["rule_id"] == "CUS-VALIDITY"
