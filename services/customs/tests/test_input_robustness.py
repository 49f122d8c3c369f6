"""Input robustness of customs (SHR-ERR): NUL in a body, query or CSV upload and out-of-range offsets are 422; nothing stored."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from customs.declarations.models import Declaration
from customs.reference.shipped import read_shipped

from .helpers import decl_body, officer

PRECHECK = {"items": [{"name": "Xanax", "dosage_form": "tablet", "quantity": 1, "units_per_pack": 30, "daily_dose": 1}], "decision_date": "1404/01/20"}


def test_shr_err_nul_in_public_precheck_is_422(client):
    body = {**PRECHECK, "items": [{**PRECHECK["items"][0], "name": "Xa\x00nax"}]}
    r = client.post("/v1/precheck", json=body)
    assert r.status_code == 422 and r.headers["content-type"].startswith("application/problem+json"), r.text


def test_shr_err_nul_in_declaration_is_422_and_nothing_stored(client, keys, db_session):
    before = db_session.scalar(select(func.count()).select_from(Declaration))
    body = decl_body()
    body["items"][0]["name"] = body["items"][0]["name"] + "\x00"
    r = client.post("/v1/declarations", json=body, headers=officer(keys))
    assert r.status_code == 422, r.text
    assert db_session.scalar(select(func.count()).select_from(Declaration)) == before


def test_shr_err_nul_in_csv_upload_is_422_and_list_unchanged(client, keys, app):
    version = app.state.reference.versions["shortage"]
    csv_text = read_shipped("shortage") + "Salbu\x00tamol,سالبوتامول,1404/01/01,FDO shortage list test\n"
    r = client.post("/v1/reference/shortage", content=csv_text.encode(), headers={**keys.headers("admin"), "Content-Type": "text/csv"})
    assert r.status_code == 422 and r.headers["content-type"].startswith("application/problem+json"), r.text
    assert app.state.reference.versions["shortage"] == version


@pytest.mark.parametrize("path", ["/v1/declarations", "/v1/reference/shortage"])
@pytest.mark.parametrize("query", ["offset=9223372036854775808", "offset=10000000", "limit=0", "limit=100000"])
def test_shr_err_list_offset_and_limit_out_of_bounds_are_422(client, keys, path, query):
    r = client.get(f"{path}?{query}", headers=officer(keys))
    assert r.status_code == 422 and r.headers["content-type"].startswith("application/problem+json"), r.text


def test_shr_err_nul_in_list_filter_is_422(client, keys):
    r = client.get("/v1/declarations?office=THR%00", headers=officer(keys))
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "query.office"
