"""LIKE wildcards in searches (issue 15): `%`, `_` and `\\` in a search are literal characters, not patterns."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("q", ["%%", "%ه%", "\\\\", "%\\%", "--", "ی%س"])
def test_public_centre_search_takes_wildcards_literally(client, make_centre, q):
    """The public search for a wildcard (or for nothing after normalising) finds no centre instead of every one."""
    make_centre(name="مرکز سلول‌درمانی یاس کرج")
    r = client.get("/v1/public/centers", params={"q": q})
    assert r.status_code == 200 and r.json()["items"] == [], r.json()


def test_staff_centre_search_takes_wildcards_literally(client, keys, make_centre):
    """The staff list's q is escaped the same way; a real part of the name still matches."""
    c = make_centre(name="مرکز سلول‌درمانی یاس کرج")
    h = keys.headers("ministry_supervisor")
    assert client.get("/v1/centers", params={"q": "%%"}, headers=h).json()["items"] == []
    ids = [i["id"] for i in client.get("/v1/centers", params={"q": "یاس"}, headers=h).json()["items"]]
    assert c["id"] in ids


def test_a_name_with_a_percent_sign_is_found_by_it(client, make_centre):
    """Escaping keeps the character searchable: a centre named with `%` is found by that exact text."""
    c = make_centre(name="مرکز ۱۰۰% سلول")
    ids = [i["id"] for i in client.get("/v1/public/centers", params={"q": "100%سلول"}).json()["items"]]
    assert ids == [c["id"]]
