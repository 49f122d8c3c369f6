"""Fixtures of the claims API tests: a pinned clock, a review office with two agencies, case bodies."""

from __future__ import annotations

import hashlib
from datetime import datetime

import pytest

from claims.common import current_time
from shared.jalali import TEHRAN
from shared.text import national_code_check_digit

RO, RO2 = "RO-THR-1", "RO-ISF-1"
ROLLOUT_APPROVAL = {
    "approved_by": ["indirect_treatment_directorate", "secretariat"],
    "letter_number": "1000/1404/555",
    "letter_date": "1404/08/01",
    "note": "pilot evaluated; rollout to Isfahan",
}
AG, AG2, AG3 = "AG-THR-001", "AG-THR-002", "AG-ISF-001"


def national_code(seed: int) -> str:
    first9 = f"{seed:09d}"
    code = first9 + str(national_code_check_digit(first9))
    return code


class Clock:
    def __init__(self, now: datetime):
        self.now = now

    def set(self, *args: int) -> datetime:
        self.now = datetime(*args, tzinfo=TEHRAN)
        return self.now


@pytest.fixture
def clock(app):
    """Pins the service clock: Sunday 1404/08/04 (2025-10-26) 10:30 Tehran unless a test moves it."""
    c = Clock(datetime(2025, 10, 26, 10, 30, tzinfo=TEHRAN))
    app.dependency_overrides[current_time] = lambda: c.now
    try:
        yield c
    finally:
        app.dependency_overrides.pop(current_time, None)


@pytest.fixture
def admin(keys):
    return keys.headers("admin", org="SSO")


@pytest.fixture
def staff(keys):
    return keys.headers("agency_staff", org=AG)


@pytest.fixture
def reviewer(keys):
    return keys.headers("review_office", org=RO)


@pytest.fixture
def setup(client, admin, clock):
    """Two review offices; AG and AG2 in Tehran under RO, AG3 in Isfahan under RO2; Tehran enabled (CLM-H2)."""
    for code, prov in ((RO, "THR"), (RO2, "ISF")):
        assert client.post("/v1/review-offices", json={"code": code, "name": f"office {code}", "province": prov}, headers=admin).status_code == 201
    for code, prov, ro in ((AG, "THR", RO), (AG2, "THR", RO), (AG3, "ISF", RO2)):
        r = client.post(
            "/v1/agencies", json={"code": code, "name": f"agency {code}", "province": prov, "review_office_code": ro, "closes_thursday": True}, headers=admin
        )
        assert r.status_code == 201, r.text
    assert client.put("/v1/rollout/provinces/THR", json={"enabled": True}, headers=admin).status_code == 200
    # CLM-H2: Isfahan is beyond the pilot: the approval to go beyond it is recorded first
    assert client.post("/v1/rollout/approvals", json=ROLLOUT_APPROVAL, headers=admin).status_code == 201
    assert client.put("/v1/rollout/provinces/ISF", json={"enabled": True}, headers=admin).status_code == 200
    return clock


def case_body(seed: int = 1, **over) -> dict:
    body = {
        "national_code": national_code(100_000 + seed),
        "insurance_number": f"INS-{seed:06d}",
        "is_pensioner": False,
        "case_type": "inpatient",
        "centre_code": "HOSP-THR-17",
        "centre_name": "بیمارستان نمونه",
        "admission_date": "1404/07/20",
        "discharge_date": "1404/07/23",
        "bill_number": f"B-{seed}",
        "lines": [
            {"service_code": "500100", "description": "bed-day", "quantity": 3, "unit_price_rials": 20_000_000, "amount_rials": 60_000_000},
            {"service_code": "802145", "description": "lab panel", "quantity": 1, "unit_price_rials": 5_000_000, "amount_rials": 5_000_000},
        ],
        "bill_total_rials": 65_000_000,
        "prosthesis_rials": 0,
        "total_paid_rials": 65_000_000,
        "supplementary_insurer": "Dana",
        "supplementary_paid_rials": 20_000_000,
        "supplementary_paid_to": "centre",
        "patient_paid_rials": 45_000_000,
        "documents_received_at": "1404/08/04 09:00",
        "attachments": [
            {"doc_type": "bill", "file_name": "bill.pdf", "media_type": "application/pdf", "size_bytes": 120_000, "sha256": hashlib.sha256(b"bill").hexdigest()}
        ],
    }
    body.update(over)
    return body


ALL_PASSED = {
    "controls": [
        {"code": c, "result": "passed", "note": "ok"}
        for c in ("patient_identity", "admission_date", "medical_centre", "supplementary_insurance", "share_factors", "total_paid", "patient_paid")
    ]
}


@pytest.fixture
def register(client, staff):
    def _register(seed: int = 1, headers=None, **over):
        r = client.post("/v1/cases", json=case_body(seed, **over), headers=headers or staff)
        assert r.status_code == 201, r.text
        return r.json()

    return _register


@pytest.fixture
def advance(client, staff):
    """Take a registered case through controls, assessment and submission; returns the last response body."""

    def _advance(case: dict, headers=None, until: str = "submitted"):
        h = headers or staff
        r = client.put(f"/v1/cases/{case['id']}/controls", json=ALL_PASSED, headers={**h, "If-Match": f'"{case["version"]}"'})
        assert r.status_code == 200, r.text
        v = r.json()["version"]
        if until == "controlled":
            return r.json()
        r = client.post(f"/v1/cases/{case['id']}/assessment", headers={**h, "If-Match": f'"{v}"'})
        assert r.status_code == 200, r.text
        if until == "assessed":
            return r.json()
        r = client.post(f"/v1/cases/{case['id']}/submission", headers={**h, "If-Match": f'"{r.json()["version"]}"'})
        assert r.status_code == 200, r.text
        return r.json()

    return _advance


@pytest.fixture
def body():
    return case_body


@pytest.fixture
def ncode():
    return national_code


@pytest.fixture
def controls_all_passed():
    return ALL_PASSED


def closed_port() -> int:
    """A local port nothing listens on (bound, then released)."""
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(autouse=True)
def gateway_down(app):
    """SPEC X1/X2: in these tests offlabel and inspections are unreachable for real: the app's gateway_url
    points at a closed local port (the real ServiceClient, no mock). The end-to-end test starts them."""
    settings = app.state.settings
    old_url, old_client = settings.gateway_url, getattr(app.state, "_gateway_client", None)
    settings.gateway_url = f"http://127.0.0.1:{closed_port()}"
    app.state._gateway_client = None
    try:
        yield settings.gateway_url
    finally:
        client = getattr(app.state, "_gateway_client", None)
        if client is not None:
            client.close()
        settings.gateway_url, app.state._gateway_client = old_url, old_client


def confirmed_rule_data(version: str) -> dict:
    """The shipped default figures, published by a review office as its own confirmed rule data (SHR-PROV, CLM-A4)."""
    from claims.reference import default_rule_mapping

    d = default_rule_mapping()
    return {
        "version": version,
        "organization_share": d["organization_share"],
        "tariff_ceilings_rials": d["tariff_ceilings_rials"],
        "prosthesis": d["prosthesis"],
        "unknown_service_code": d["unknown_service_code"],
        "confirmed": True,
        "note": "the office's confirmed rules",
    }


@pytest.fixture
def confirmed(client, setup, keys):
    """Both review offices publish confirmed rule data, so that their assessments are final and can be approved."""
    for ro in (RO, RO2):
        r = client.put(
            f"/v1/review-offices/{ro}/assessment-rules", json=confirmed_rule_data(f"{ro}-confirmed-1"), headers=keys.headers("review_office", org=ro)
        )
        assert r.status_code == 201, r.text
    return setup
