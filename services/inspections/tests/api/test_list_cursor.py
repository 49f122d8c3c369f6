"""Issue 18: every inspections list pages by cursor; walking all pages returns every row exactly once while rows are
added; the centre list's `kind` filter is answered by SQL (`kinds @> '["k"]'` on JSONB), not by loading centres into Python."""

from __future__ import annotations

import itertools

import pytest
from sqlalchemy import event

from shared.testing import assert_walked_once, walk_all_pages

_days = itertools.count(1)


@pytest.fixture
def statements(app):
    """The SQL the app sends while the test runs, with the number of rows each SELECT answered."""
    seen: list[list] = []

    def before(conn, cursor, statement, parameters, context, executemany):
        seen.append([statement, None])

    def after(conn, cursor, statement, parameters, context, executemany):
        seen[-1][1] = cursor.rowcount

    event.listen(app.state.engine, "before_cursor_execute", before)
    event.listen(app.state.engine, "after_cursor_execute", after)
    yield seen
    event.remove(app.state.engine, "before_cursor_execute", before)
    event.remove(app.state.engine, "after_cursor_execute", after)


def test_centre_list_walk_while_centres_are_registered(client, keys, make_centre):
    # names spread around the order, so centres added meanwhile land before and after the cursor
    before = [make_centre(name=f"مرکز فهرست {n:02d}")["id"] for n in range(0, 20, 2)]
    added: list[str] = []
    admin = keys.headers("admin")
    seen = walk_all_pages(
        lambda p: client.get("/v1/centers", params=p, headers=admin),
        {"page_size": 3},
        between=lambda n: added.append(make_centre(name=f"مرکز فهرست {(2 * n + 5) % 20:02d}ب")["id"]),
    )
    assert_walked_once(seen, before, added)
    assert set(added) & set(seen), "some centres added after the cursor are seen"
    # within one university the order is by name, then id
    names = [client.get(f"/v1/centers/{i}", headers=admin).json()["name"] for i in seen]
    assert names == sorted(names)


def test_centre_list_kind_status_university_filters_in_sql(client, keys, make_centre, statements):
    regen = [make_centre(name=f"مرکز ترمیمی {n}", kinds=["regenerative"], approvals=[])["id"] for n in range(5)]
    make_centre(name="مرکز اگزوزوم", kinds=["exosome"], approvals=[])
    make_centre(name="مرکز ترمیمی غیرفعال", kinds=["regenerative"], status="inactive", approvals=[])
    other = make_centre(org="TUMS", name="مرکز ترمیمی تهران", kinds=["regenerative", "exosome"], approvals=[])["id"]
    admin = keys.headers("admin")
    statements.clear()
    seen = walk_all_pages(
        lambda p: client.get("/v1/centers", params=p, headers=admin), {"page_size": 2, "kind": "regenerative", "status": "active", "university": "QUMS"}
    )
    assert sorted(seen) == sorted(regen)
    pages = [(s, n) for s, n in statements if "FROM ins_centres" in s and "count(" not in s and "LIMIT" in s]
    assert len(pages) == 3
    for sql, rows in pages:
        assert "ins_centres.kinds @>" in sql and "ins_centres.status" in sql and "ins_centres.university" in sql
        assert rows <= 3  # a page (and one row more), never every centre
    assert all("ins_centres.kinds @>" in s for s, _ in statements if "count(" in s)
    both = walk_all_pages(lambda p: client.get("/v1/centers", params=p, headers=admin), {"page_size": 2, "kind": "exosome"})
    assert other in both and not set(regen) & set(both)
    # a university role sees its own university's only, whatever it asks
    qums = keys.headers("university_deputy", org="QUMS")
    assert other not in walk_all_pages(lambda p: client.get("/v1/centers", params=p, headers=qums), {"page_size": 2, "kind": "regenerative"})
    body = client.get("/v1/centers", params={"kind": "regenerative", "university": "QUMS", "page_size": 2}, headers=admin).json()
    assert body["total"] == 6 and body["total_capped"] is False and body["next"]


def test_centre_list_search_by_name_pages_by_cursor(client, keys, make_centre):
    ids = [make_centre(name=f"مرکز جستجوی صفحه‌ای {n}")["id"] for n in range(5)]
    make_centre(name="مرکز دیگر")
    seen = walk_all_pages(lambda p: client.get("/v1/centers", params=p, headers=keys.headers("admin")), {"page_size": 2, "q": "جستجوي صفحه اي"})
    assert sorted(seen) == sorted(ids)


def test_public_search_walk_while_centres_are_registered(client, app, make_centre):
    from shared.ratelimit import RateLimiter

    saved = app.state.public_limiter
    app.state.public_limiter = RateLimiter(10_000)
    try:
        before = [make_centre(name=f"مرکز عمومی {n:02d}")["id"] for n in range(0, 12, 2)]
        added: list[str] = []
        seen = walk_all_pages(
            lambda p: client.get("/v1/public/centers", params=p),
            {"q": "مرکز عمومي", "limit": 2},
            between=lambda n: added.append(make_centre(name=f"مرکز عمومی {(3 * n) % 12:02d}ج")["id"]),
        )
        assert_walked_once(seen, before, added)
        assert client.get("/v1/public/centers", params={"q": "مرکز عمومی", "cursor": "bad"}).status_code == 422
    finally:
        app.state.public_limiter = saved


def test_violation_list_walk_while_violations_are_found(client, keys, make_centre, answers):
    c = make_centre(name="مرکز تخلفات")
    inspector = keys.headers("university_inspector", org="QUMS")

    def inspect(day: str) -> list[str]:
        r = client.post(f"/v1/centers/{c['id']}/inspections", json={"inspected_on": day, "answers": answers(patient_records="ناقص")}, headers=inspector)
        assert r.status_code == 201, r.text
        return [v["id"] for v in r.json()["violations"]]

    before = [v for m in range(7, 11) for d in (3, 13) for v in inspect(f"1404/{m:02d}/{d:02d}")]
    added: list[str] = []
    seen = walk_all_pages(
        lambda p: client.get("/v1/violations", params=p, headers=inspector),
        {"limit": 3, "center_id": c["id"]},
        between=lambda n: added.extend(inspect(f"1404/{7 + n % 4:02d}/{20 + n:02d}")),
    )
    assert_walked_once(seen, before, added)
    assert set(added) & set(seen) and len(seen) > len(before)
    open_ = walk_all_pages(lambda p: client.get("/v1/violations", params=p, headers=inspector), {"limit": 2, "state": "open"})
    assert set(open_) == set(before) | set(added)
    assert client.get("/v1/violations", params={"cursor": "bad"}, headers=inspector).status_code == 422


def test_checklists_page_by_cursor_and_bad_cursors_are_422(client, keys):
    h = keys.headers("admin")
    everything = client.get("/v1/checklists", params={"limit": 100}, headers=h).json()
    seen = walk_all_pages(lambda p: client.get("/v1/checklists", params=p, headers=h), {"limit": 1}, key="version")
    assert seen == [c["version"] for c in everything["items"]] and everything["next"] is None
    for path in ("/v1/checklists", "/v1/centers", "/v1/violations"):
        r = client.get(path, params={"cursor": "eyJvIjoib2ZmaWNlcyIsInYiOlsiQSJdfQ"}, headers=h)  # another list's cursor
        assert r.status_code == 422 and r.json()["errors"][0]["field"] == "query.cursor", (path, r.text)


def test_centre_list_csv_streams_the_json_rows_in_their_order(client, keys, make_centre):
    import csv
    import io

    for name, status in (("مرکز ب", "active"), ("Centre A", "applicant"), ("مرکز آ", "inactive"), ("مرکز الف", "active"), ("centre z", "active")):
        make_centre(org="CSVU", name=name, status=status, **({"licence": None} if status == "applicant" else {}))
    h = keys.headers("university_deputy", org="CSVU")
    items = client.get("/v1/reports/centre-list", headers=h).json()["items"]
    r = client.get("/v1/reports/centre-list", params={"format": "csv"}, headers=h)
    assert r.status_code == 200 and "content-length" not in r.headers  # streamed (chunked), not built whole
    assert r.headers["content-disposition"].startswith("attachment") and "centre-list-CSVU.csv" in r.headers["content-disposition"]
    assert r.content.startswith("\ufeff".encode())
    rows = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert [x["id"] for x in rows] == [i["id"] for i in items] and len(rows) == 5
    first = items[0]
    assert rows[0]["kinds"] == "|".join(first["kinds"]) and rows[0]["licence_valid_today"] == str(first["licence_valid_today"])
    assert [x["group"] for x in rows] == ["active", "active", "active", "inactive", "applicant"]
