"""The integrator's contract in the shared library (issue 16): operation ids, who may call, headers, examples,
one pagination envelope, one Problem model, field errors in Persian, public routes in Persian by default."""

from pathlib import Path

import pytest
from fastapi import APIRouter
from fastapi.testclient import TestClient
from pydantic import BaseModel, Field, field_validator

from shared.app import create_service_app
from shared.auth import Roles
from shared.contract import camel, with_etag_header
from shared.errors import InvalidValue
from shared.http import IdempotencyDep, IfMatch
from shared.jalali import JDate
from shared.pagination import Paginated, offset_page
from shared.settings import settings_class
from shared.testing import TEST_ISSUER, make_test_keys

MIGRATIONS = Path(__file__).parent / "migrations"
Settings = settings_class("contract", "CONTRACT_")
router = APIRouter(tags=["notes"])


class NoteIn(BaseModel):
    model_config = {"json_schema_extra": {"examples": [{"text": "سلام", "count": 2, "code": "0012345679", "on": "1405/09/10"}]}}
    text: str = Field(min_length=1, max_length=5)
    count: int = Field(ge=1, le=10)
    code: str
    on: JDate | None = None

    @field_validator("code")
    @classmethod
    def _code(cls, v: str) -> str:
        if not v.isdigit():
            raise InvalidValue("not a national code", "کد ملی معتبر نیست")
        return v


class Note(BaseModel):
    text: str


class NoteList(Paginated[Note]):
    """A page of notes."""


@router.post("/v1/notes", status_code=201, response_model=Note, responses=with_etag_header(201, location=True))
def create_note(body: NoteIn, actor: Roles("clerk", "admin"), idem: IdempotencyDep) -> Note:
    return Note(text=body.text)


@router.get("/v1/notes", response_model=NoteList)
def list_notes(page: offset_page(10, 50)) -> NoteList:
    return NoteList.of([Note(text="a")], 1, page)


@router.post("/v1/notes/{note_id}/actions", response_model=Note)
def act_on_note(note_id: str, body: NoteIn, actor: Roles("clerk"), if_match: IfMatch) -> Note:
    return Note(text=note_id)


@router.get("/v1/public/notes/{note_id}", response_model=Note)
def public_note(note_id: int) -> Note:
    return Note(text=str(note_id))


@router.get("/v1/private/notes/{note_id}", response_model=Note)
def private_note(note_id: int, actor: Roles("clerk")) -> Note:
    return Note(text=str(note_id))


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("contract")
    keys = make_test_keys(tmp / "keys")
    settings = Settings(environment="test", data_dir=tmp, jwks_path=keys.jwks_path, jwt_issuer=TEST_ISSUER)
    return create_service_app(settings, title="contract", description="t", routers=[router], migrations_dir=MIGRATIONS), keys


@pytest.fixture(scope="module")
def client(app):
    with TestClient(app[0]) as c:
        yield c


@pytest.fixture(scope="module")
def doc(app):
    return app[0].openapi()


def test_camel_case_operation_ids(doc):
    assert camel("create_declaration") == "createDeclaration"
    assert camel("get_v1_thing") == "getV1Thing"
    ops = {op["operationId"] for item in doc["paths"].values() for op in item.values()}
    assert {"createNote", "listNotes", "actOnNote", "publicNote", "verifyDecisionChain"} <= ops


def test_who_may_call_comes_from_the_role_guard(doc):
    create = doc["paths"]["/v1/notes"]["post"]["description"]
    assert "`admin`, `clerk`" in create and "public" not in create
    assert "anyone (public, no token" in doc["paths"]["/v1/public/notes/{note_id}"]["get"]["description"]


def test_headers_read_and_set_are_described_and_declared(doc):
    act = doc["paths"]["/v1/notes/{note_id}/actions"]["post"]
    assert "`If-Match` (required)" in act["description"] and "428" in act["description"]
    assert "ETag" in act["responses"]["200"]["headers"]
    create = doc["paths"]["/v1/notes"]["post"]
    assert "Idempotency-Key" in create["description"]
    assert {"ETag", "Location", "Idempotent-Replayed"} <= set(create["responses"]["201"]["headers"])


def test_example_uses_the_request_models_example(doc):
    create = doc["paths"]["/v1/notes"]["post"]["description"]
    assert '"text": "سلام"' in create and "$GATEWAY/contract/v1/notes" in create and "--fail-with-body" in create


def test_one_envelope_and_one_problem_model(doc, client):
    schemas = doc["components"]["schemas"]
    assert set(schemas["NoteList"]["properties"]) == {"items", "total", "total_capped", "limit", "offset", "next"}
    assert schemas["Problem"]["title"] == "Problem" and "ProblemFieldError" in schemas
    refs = {
        r["content"]["application/problem+json"]["schema"]["$ref"]
        for item in doc["paths"].values()
        for op in item.values()
        for code, r in op["responses"].items()
        if code[0] in "45"
    }
    assert refs == {"#/components/schemas/Problem"}
    body = client.get("/v1/notes?limit=3").json()
    assert body == {"items": [{"text": "a"}], "total": 1, "total_capped": False, "limit": 3, "offset": 0, "next": None}


def _token(app, role="clerk"):
    return {"Authorization": "Bearer " + app[1].token(role=role, org="ORG", issuer=TEST_ISSUER)}


def test_field_errors_in_persian_under_accept_language_fa(app, client):
    bad = {"text": "", "count": 99, "code": "x1", "on": "1405/13/40"}
    r = client.post("/v1/notes", json=bad, headers={**_token(app), "Accept-Language": "fa"})
    assert r.status_code == 422 and r.headers["content-language"] == "fa"
    messages = {e["field"]: e["message"] for e in r.json()["errors"]}
    assert messages["text"] == "دست‌کم 1 نویسه لازم است"
    assert messages["count"] == "باید حداکثر 10 باشد"
    assert messages["code"] == "کد ملی معتبر نیست"
    assert messages["on"].startswith("تاریخ نامعتبر است")
    assert r.json()["title"] == "ورودی نامعتبر"
    english = client.post("/v1/notes", json=bad, headers={**_token(app), "Accept-Language": "en"}).json()
    assert {e["field"]: e["message"] for e in english["errors"]}["code"] == "not a national code"


def test_public_routes_answer_in_persian_when_no_language_is_asked(client, app):
    r = client.get("/v1/public/notes/abc")
    assert r.status_code == 422 and r.headers["content-language"] == "fa" and r.json()["errors"][0]["message"] == "باید عدد صحیح باشد"
    assert client.get("/v1/public/notes/abc", headers={"Accept-Language": "en"}).headers["content-language"] == "en"
    private = client.get("/v1/private/notes/abc", headers=_token(app))
    assert private.status_code == 422 and private.headers["content-language"] == "en"
