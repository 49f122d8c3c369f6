"""Input robustness of offlabel (SHR-ERR): NUL in a body or query and out-of-range pages are 422 problem+json; nothing stored."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from offlabel.requests.models import OffLabelRequest


def _count(app) -> int:
    with app.state.sessionmaker() as s:
        return s.execute(select(func.count()).select_from(OffLabelRequest)).scalar_one()


def test_shr_err_nul_in_request_body_is_422_and_nothing_stored(client, keys, h, app):
    before = _count(app)
    r = client.post("/v1/requests", json=h.body(drug="bevacizumab\x00"), headers=h.physician(keys))
    assert r.status_code == 422 and r.headers["content-type"].startswith("application/problem+json"), r.text
    r = client.post("/v1/requests", json={**h.body(), "patient_national_code": "\x00"}, headers=h.physician(keys))
    assert r.status_code == 422, r.text
    assert _count(app) == before


def test_shr_err_nul_in_public_query_is_422(client):
    r = client.get("/v1/guidelines?drug=beva%00cizumab")
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "query.drug"


@pytest.mark.parametrize("query", ["page=9223372036854775808", "page=10001", "page=0", "size=101", "size=0"])
def test_shr_err_request_list_page_out_of_bounds_is_422(client, keys, h, query):
    r = client.get(f"/v1/requests?{query}", headers=h.physician(keys))
    assert r.status_code == 422 and r.headers["content-type"].startswith("application/problem+json"), r.text


def test_request_list_page_and_size_answer_the_platform_envelope(client, keys, h):
    """`page`/`size` stay the query; the answer is the one list envelope (issue 16): page 2 of 5 is offset 5, limit 5."""
    r = client.get("/v1/requests?page=2&size=5", headers=h.physician(keys))
    assert r.status_code == 200, r.text
    doc = r.json()
    assert (doc["limit"], doc["offset"]) == (5, 5) and set(doc) == {"items", "total", "total_capped", "limit", "offset", "next"}
    assert isinstance(doc["total"], int) and len(doc["items"]) <= 5
