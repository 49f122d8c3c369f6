"""Unit tests of the pure engine: no database, the shipped reference data and the real registry."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from customs.declarations.rules import Engine
from customs.declarations.schemas import DeclarationIn
from customs.reference.shipped import shipped_reference
from shared.provenance import RegulationRegistry
from shared.text import national_code_check_digit

IN_FORCE = dt.date(2021, 6, 1)  # 1400/03/11: inside the SOP's validity


def national_code(first9: str = "008457594") -> str:
    return first9 + str(national_code_check_digit(first9))


@pytest.fixture(scope="session")
def registry() -> RegulationRegistry:
    return RegulationRegistry.load()


@pytest.fixture(scope="session")
def reference():
    return shipped_reference()


@pytest.fixture(scope="session")
def engine(registry, reference) -> Engine:
    return Engine(registry, reference)


def declaration(*items: dict[str, Any], **over: Any) -> DeclarationIn:
    body: dict[str, Any] = {
        "channel": "passenger",
        "purpose": "personal_use",
        "owner": {"kind": "natural", "national_code": national_code()},
        "customs_office": "THR-IKA",
        "medical_documents_attached": True,
        "prescription_attached": True,
        "items": list(items) or [{"name": "Metformin", "dosage_form": "tablet"}],
    }
    body.update(over)
    return DeclarationIn.model_validate(body)


def company(**over: Any) -> dict[str, Any]:
    c = {"name": "Darou Pakhsh", "activities": ["production"], "purpose_letter_submitted": True}
    c.update(over)
    return {"kind": "legal", "company": c}


def item0(engine: Engine, decl: DeclarationIn, on: dt.date = IN_FORCE) -> dict[str, Any]:
    return engine.evaluate(decl, on).to_dict()["items"][0]


def reqs(item: dict[str, Any]) -> list[str]:
    return [r["code"] for r in item["requirements"]]


def rules_of(item: dict[str, Any]) -> list[tuple[str, str]]:
    return [(r["rule_id"], r["effect"]) for r in item["reasons"]]
