"""Tests of the shared library: a tiny service built with the same factory, on a real PostgreSQL."""

from pathlib import Path
from typing import Any

import pytest
from fastapi import APIRouter, Response
from pydantic import BaseModel, Field

from shared.app import create_service_app
from shared.auth import CurrentActor, Roles
from shared.db import SessionDep
from shared.decisions import record_decision
from shared.http import IdempotencyDep, IfMatch, check_if_match, with_etag
from shared.jalali import JDate
from shared.settings import settings_class
from shared.testing import ServiceUnderTest

MIGRATIONS = Path(__file__).parent / "migrations"
Settings = settings_class("sharedtest", "SHAREDTEST_")

router = APIRouter()
_version = {"n": 1}


class Thing(BaseModel):
    name: str = Field(min_length=1, max_length=50)
    on: JDate


@router.post("/v1/things", status_code=201)
def create_thing(body: Thing, actor: CurrentActor, session: SessionDep, idem: IdempotencyDep) -> Any:
    if idem.replay:
        return idem.replay
    rec = record_decision(
        session,
        kind="test.thing",
        subject_type="thing",
        subject_id=body.name,
        inputs=body.model_dump(),
        outcome={"ok": True},
        basis=[],
        ruleset_version="t1",
        actor=actor,
    )
    return idem.respond(session, {"decision_id": rec.decision_id, "on": body.on}, 201)


@router.get("/v1/thing")
def get_thing(response: Response) -> dict:
    with_etag(response, _version["n"])
    return {"version": _version["n"]}


@router.put("/v1/thing")
def put_thing(if_match: IfMatch, actor: Roles("editor")) -> dict:
    check_if_match(if_match, _version["n"])
    _version["n"] += 1
    return {"version": _version["n"]}


def create_app(settings=None):
    return create_service_app(settings or Settings(), title="shared test", description="t", routers=[router], migrations_dir=MIGRATIONS)


@pytest.fixture(scope="session")
def service() -> ServiceUnderTest:
    return ServiceUnderTest("sharedtest", create_app, Settings, MIGRATIONS)
