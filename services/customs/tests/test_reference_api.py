"""Reference lists over HTTP: versioned, CSV upload by an admin, stored decisions keep the version they used."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from customs.reference.models import ReferenceVersion
from customs.reference.shipped import read_shipped

from .helpers import decl_body, officer


@pytest.fixture
def restore_reference(app):
    """Uploads swap the in-memory snapshot; the database is rolled back after each test, so put it back too."""
    ref, engine = app.state.reference, app.state.customs_engine
    yield
    app.state.reference, app.state.customs_engine = ref, engine


def test_reference_lists_are_listed_with_versions(client, keys):
    r = client.get("/v1/reference", headers=officer(keys))
    assert r.status_code == 200
    lists = {x["list"]: x for x in r.json()["lists"]}
    assert lists["formulary"]["rows"] >= 100 and lists["formulary"]["version"].startswith("shipped-")
    assert lists["controlled"]["rows"] >= 28


def test_reference_list_rows_have_a_source(client, keys):
    for name in ("formulary", "controlled", "doping", "abortifacients", "recalls", "customs_offices", "export_small_quantity"):
        r = client.get(f"/v1/reference/{name}", headers=officer(keys))
        assert r.status_code == 200
        assert all(row["source"] for row in r.json()["items"]), name


def test_unknown_list_is_404(client, keys):
    assert client.get("/v1/reference/nope", headers=officer(keys)).status_code == 404


def test_upload_needs_admin_and_csv(client, keys, restore_reference):
    csv_text = read_shipped("shortage") + "Salbutamol,سالبوتامول,1404/01/01,FDO shortage list test\n"
    assert client.post("/v1/reference/shortage", content=csv_text, headers={**officer(keys), "Content-Type": "text/csv"}).status_code == 403
    r = client.post("/v1/reference/shortage", content=csv_text, headers={**keys.headers("admin"), "Content-Type": "application/json"})
    assert r.status_code == 415


def test_upload_creates_a_new_version_and_old_decisions_keep_theirs(client, keys, app, restore_reference):
    before = client.post("/v1/declarations", json=decl_body(), headers=officer(keys)).json()
    csv_text = read_shipped("shortage") + "Salbutamol,سالبوتامول,1404/01/01,FDO shortage list test\n"
    r = client.post("/v1/reference/shortage", content=csv_text.encode(), headers={**keys.headers("admin"), "Content-Type": "text/csv"})
    assert r.status_code == 201, r.text
    assert r.json()["version"].startswith("v1-") and r.json()["rows"] == 1
    assert app.state.reference.versions["shortage"] == r.json()["version"]
    after = client.post("/v1/declarations", json=decl_body(), headers=officer(keys)).json()
    assert after["reference_version"] != before["reference_version"]
    again = client.get(f"/v1/declarations/{before['id']}", headers=officer(keys)).json()
    assert again["reference_version"] == before["reference_version"]
    assert again["reference_versions"]["shortage"].startswith("shipped-")
    r2 = client.post("/v1/reference/shortage", content=csv_text.encode(), headers={**keys.headers("admin"), "Content-Type": "text/csv"})
    assert r2.json()["version"].startswith("v2-")


def test_invalid_csv_is_422_and_nothing_stored(client, keys, app, restore_reference):
    bad = "generic_en,generic_fa\nFoo,فو\n"
    r = client.post("/v1/reference/formulary", content=bad.encode(), headers={**keys.headers("admin"), "Content-Type": "text/csv"})
    assert r.status_code == 422 and r.headers["content-type"].startswith("application/problem+json")
    no_source = read_shipped("recalls").splitlines()[0] + "\nFoo,فو,,FDA,2020-01-01,ref,\n"
    r = client.post("/v1/reference/recalls", content=no_source.encode(), headers={**keys.headers("admin"), "Content-Type": "text/csv"})
    assert r.status_code == 422 and "source" in r.text
    with app.state.sessionmaker() as s:
        assert s.execute(select(func.count()).select_from(ReferenceVersion)).scalar_one() == 0


def test_uploaded_recall_applies_to_new_decisions(client, keys, restore_reference):
    csv_text = read_shipped("recalls") + "Losartan,لوزارتان,,FDO,1400/04/01,test recall,FDO test\n"
    r = client.post("/v1/reference/recalls", content=csv_text.encode(), headers={**keys.headers("admin"), "Content-Type": "text/csv"})
    assert r.status_code == 201
    d = client.post("/v1/declarations", json=decl_body(), headers=officer(keys)).json()
    assert d["items"][0]["outcome"] == "refused" and d["items"][0]["reasons"][0]["rule_id"] == "CUS-6.3.3"
