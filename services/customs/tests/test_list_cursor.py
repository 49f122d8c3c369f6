"""Issue 18: every customs list pages by cursor; walking all pages returns every row exactly once while rows are added."""

from __future__ import annotations

from shared.testing import assert_walked_once, walk_all_pages

from .helpers import decl_body, officer, traveller


def submit(client, keys, **over):
    r = client.post("/v1/declarations", json=decl_body(**over), headers=officer(keys))
    assert r.status_code == 201, r.text
    return r.json()["id"]


def test_declaration_list_walk_while_declarations_are_filed(client, keys):
    before = [submit(client, keys) for _ in range(7)]
    added: list[str] = []
    seen = walk_all_pages(
        lambda p: client.get("/v1/declarations", params=p, headers=officer(keys)), {"limit": 3}, between=lambda n: added.append(submit(client, keys))
    )
    assert_walked_once(seen, before, added)
    assert seen[:7] == before[::-1]  # newest first, none of the later ones in front of the cursor
    first = client.get("/v1/declarations", params={"limit": 3}, headers=officer(keys)).json()
    assert first["total"] == 7 + len(added) and first["total_capped"] is False and first["next"]


def test_declaration_list_cursor_keeps_the_filters(client, keys):
    ids = [submit(client, keys) for _ in range(4)]
    other = submit(client, keys, customs_office="THR-IKA", owner={"kind": "natural", "name": "Ali", "passport_no": "P1234567"})
    gio = keys.headers("gio_expert", org="GIO", sub="expert-1")
    seen = walk_all_pages(lambda p: client.get("/v1/declarations", params=p, headers=gio), {"limit": 2, "office": "thr-ika", "state": "awaiting_expert_review"})
    assert sorted(seen) == sorted([*ids, other])
    assert walk_all_pages(lambda p: client.get("/v1/declarations", params=p, headers=gio), {"limit": 2, "state": "cleared"}) == []
    mine = walk_all_pages(lambda p: client.get("/v1/declarations", params=p, headers=traveller(keys)), {"limit": 1})
    assert sorted(mine) == sorted(ids)


def test_declaration_list_bad_cursor_is_422(client, keys):
    submit(client, keys)
    for bad in ("not-a-cursor", "eyJvIjoib2ZmaWNlcyIsInYiOlsiQSJdfQ", "%%%"):
        r = client.get("/v1/declarations", params={"cursor": bad}, headers=officer(keys))
        assert r.status_code == 422, (bad, r.text)
        assert r.json()["errors"][0]["field"] == "query.cursor"
    r = client.get("/v1/declarations", params={"cursor": "x", "offset": 5}, headers=officer(keys))
    assert r.status_code == 422


def test_declaration_list_offset_is_bounded(client, keys):
    assert client.get("/v1/declarations", params={"offset": 10_001}, headers=officer(keys)).status_code == 422
    assert client.get("/v1/declarations", params={"offset": 10_000}, headers=officer(keys)).status_code == 200


def test_offices_and_reference_lists_page_by_cursor(client, keys):
    h = officer(keys)
    everything = client.get("/v1/offices", params={"limit": 500}, headers=h).json()
    assert everything["next"] is None and everything["total"] == len(everything["items"]) > 2
    seen = walk_all_pages(lambda p: client.get("/v1/offices", params=p, headers=h), {"limit": 2}, key="code")
    assert seen == [o["code"] for o in everything["items"]]
    ref = client.get("/v1/reference/formulary", params={"limit": 1000}, headers=h).json()
    assert ref["next"] is None and len(ref["items"]) == ref["total"] > 3
    pages: list[dict] = []
    walk_all_pages(lambda p: _keep(pages, client.get("/v1/reference/formulary", params=p, headers=h)), {"limit": 3}, key="generic_en")
    assert [row for page in pages for row in page["items"]] == ref["items"]
    for path in ("/v1/offices", "/v1/reference/formulary"):
        assert client.get(path, params={"cursor": "bad"}, headers=h).status_code == 422
    # a cursor of one list is refused by another
    office_cursor = client.get("/v1/offices", params={"limit": 1}, headers=h).json()["next"]
    assert client.get("/v1/reference/formulary", params={"cursor": office_cursor}, headers=h).status_code == 422


def _keep(pages: list, response):
    pages.append(response.json())
    return response
