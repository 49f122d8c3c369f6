"""Builders for the API tests (fixture `h`): valid national codes, a complete request body, tokens."""

from __future__ import annotations

import datetime as dt

from shared.jalali import parse_date, to_jalali
from shared.text import national_code_check_digit

PLANNED = "1403/02/15"


def national_code(first9: str = "008457594") -> str:
    return first9 + str(national_code_check_digit(first9))


def jdays_before(n: int, planned: str = PLANNED) -> str:
    return to_jalali(parse_date(planned) - dt.timedelta(days=n))


def body(**changes) -> dict:
    """A request meeting every criterion of the shipped guideline (nAMD, right eye, SSO-insured)."""
    b = {
        "patient_national_code": national_code(),
        "insurer": "SSO",
        "eye": "right",
        "diagnosis_icd10": "H35.32",
        "drug": "bevacizumab",
        "dose_mg": "1.25",
        "planned_date": PLANNED,
        "care_setting": "sterile-injection-room",
        "preparation": "single-use-vial",
        "earlier_injections": [{"date": jdays_before(40), "eye": "right", "drug": "bevacizumab"}],
        "documents": [
            {"kind": "oct", "date": jdays_before(5), "reference": "OCT-1"},
            {"kind": "visual-acuity", "date": jdays_before(5), "reference": "VA-1"},
        ],
        "contraindications": [],
        "informed_consent": {"obtained": True, "date": jdays_before(1), "signed_by": "patient"},
    }
    b.update(changes)
    return b


def physician(keys, council_no: str = "M-12345", specialty: str = "ophthalmology") -> dict:
    return keys.headers("physician", org=None, sub=f"dr-{council_no}", council_no=council_no, specialty=specialty)


def insurer(keys, org: str = "SSO") -> dict:
    return keys.headers("insurer", org=org, sub=f"ins-{org}")


import types

import pytest


@pytest.fixture
def h():
    """The builders above, as a namespace (tests do not import conftest modules)."""
    return types.SimpleNamespace(national_code=national_code, jdays_before=jdays_before, body=body, physician=physician, insurer=insurer, PLANNED=PLANNED)
