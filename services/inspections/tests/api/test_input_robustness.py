"""Input robustness of inspections (SHR-ERR): NUL and out-of-range pages are 422; CSV names with Persian words use RFC 6266."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from sqlalchemy import func, select

from inspections.centres.models import Centre

UNI_FA = "دانشگاه-قزوین"


def test_shr_err_nul_in_centre_body_is_422_and_nothing_stored(client, keys, centre_body, db_session):
    before = db_session.scalar(select(func.count()).select_from(Centre))
    r = client.post("/v1/centers", json=centre_body(name="مرکز\x00نمونه"), headers=keys.headers("university_deputy", org="QUMS"))
    assert r.status_code == 422 and r.headers["content-type"].startswith("application/problem+json"), r.text
    assert db_session.scalar(select(func.count()).select_from(Centre)) == before


def test_shr_err_nul_in_public_search_is_422(client):
    r = client.get("/v1/public/centers?q=ab%00cd")
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "query.q", r.text


@pytest.mark.parametrize("query", ["page=9223372036854775808", "page=10001", "page=0", "page_size=101"])
def test_shr_err_centre_list_page_out_of_bounds_is_422(client, keys, query):
    r = client.get(f"/v1/centers?{query}", headers=keys.headers("admin"))
    assert r.status_code == 422 and r.headers["content-type"].startswith("application/problem+json"), r.text


def test_centre_list_pages_answer_the_one_envelope(client, keys, make_centre):
    """page / page_size stay the query parameters; the answer is {items, total, total_capped, limit, offset, next} (issues 16, 18)."""
    make_centre()
    make_centre(name="مرکز دوم")
    r = client.get("/v1/centers?page=2&page_size=1", headers=keys.headers("admin"))
    body = r.json()
    assert r.status_code == 200 and set(body) == {"items", "total", "total_capped", "limit", "offset", "next"}, r.text
    assert (body["limit"], body["offset"], len(body["items"])) == (1, 1, 1) and body["total"] >= 2


@pytest.mark.parametrize("path", ["/v1/reports/centre-list", "/v1/reports/quarterly?year=1404&season=3"])
def test_shr_err_csv_download_with_persian_name_has_rfc6266_filename(client, keys, path):
    sep = "&" if "?" in path else "?"
    r = client.get(f"{path}{sep}university={quote(UNI_FA)}&format=csv", headers=keys.headers("admin"))
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv"), r.text
    cd = r.headers["content-disposition"]
    assert cd.startswith('attachment; filename="') and "filename*=UTF-8''" in cd
    assert quote(UNI_FA, safe="") in cd
