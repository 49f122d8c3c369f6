"""Builders for the API tests as fixtures (real PostgreSQL via the shared fixtures)."""

from __future__ import annotations

import itertools

import pytest

_seq = itertools.count(1)


def centre_body(**over):
    n = next(_seq)
    body = {
        "name": f"مرکز سلول درمانی نمونه {n}",
        "province": "Qazvin",
        "status": "active",
        "kinds": ["cell_therapy", "exosome"],
        "registered_on": "1404/06/01",
        "licence": {"number": f"QUMS-{n:04d}", "valid_from": "1403/01/01", "valid_to": "1406/01/01"},
        "technical_manager": {"name": "دکتر نمونه", "national_code": "0499370899"},
        "physical_space": {"certified": True, "certificate_ref": "SP-1", "certified_on": "1403/02/01"},
        "approvals": [
            {
                "type": "irc",
                "kind": "cell_therapy",
                "irc_code": "1228054657201497",
                "product": "Autologous MSC kit",
                "holder": "Yas Cell Co.",
                "valid_from": "1404/01/01",
                "valid_to": "1405/12/29",
            },
        ],
    }
    body.update(over)
    return body


def _make_centre(client, keys, org="QUMS", **over):
    r = client.post("/v1/centers", json=centre_body(**over), headers=keys.headers("university_deputy", org=org))
    assert r.status_code == 201, r.text
    return r.json()


@pytest.fixture
def make_centre(client, keys):
    """make_centre(org="QUMS", **overrides) -> the created centre's JSON."""
    return lambda org="QUMS", **over: _make_centre(client, keys, org, **over)


@pytest.fixture(name="centre_body")
def _centre_body_fixture():
    return centre_body


ITEMS = [
    "operating_licence",
    "physical_space",
    "product_authorisation",
    "research_ethics",
    "irc_treatment",
    "advertising_online",
    "advertising_offline",
    "technical_manager",
    "patient_records",
]


def answers(**non_compliant):
    """Every checklist item answered; the keyword items non_compliant with the given note."""
    return [{"item": i, "result": "non_compliant", "note": non_compliant[i]} if i in non_compliant else {"item": i, "result": "compliant"} for i in ITEMS]


@pytest.fixture(name="answers")
def _answers_fixture():
    return answers
