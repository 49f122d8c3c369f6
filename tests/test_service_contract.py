"""Every service's OpenAPI document is a contract a generated client can rely on (issue 16, items 1, 2 and 7).

Per service: every operation has a camelCase operation id unique in the service, exactly one tag, a
description saying who may call, a named (typed) success response, and problem+json for its errors; every
DomainError the service raises carries its Persian detail (`detail_fa`), so `Accept-Language: fa` gets
Persian throughout.
"""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SERVICES = ("customs", "claims", "offlabel", "inspections")
CAMEL = re.compile(r"^[a-z][a-zA-Z0-9]*$")
DOCUMENT_MEDIA = {"text/csv", "text/html", "application/pdf", "text/plain", "application/octet-stream"}
# Platform routes whose answer is not JSON by nature.
UNTYPED_OK = {"/metrics"}


@pytest.fixture(scope="module", params=SERVICES)
def service_doc(request):
    name = request.param
    app = importlib.import_module(f"{name}.main").create_app()
    return name, app.openapi()


def _operations(doc):
    for path, item in doc["paths"].items():
        for method, op in item.items():
            yield path, method, op


def _typed(schema: dict, doc: dict) -> bool:
    """A named model ($ref), or an array of named models; not `{}` and not a bare object."""
    if "$ref" in schema:
        return True
    if schema.get("type") == "array":
        return _typed(schema.get("items", {}), doc)
    if "anyOf" in schema or "oneOf" in schema:
        return all(_typed(s, doc) or s.get("type") == "null" for s in schema.get("anyOf", schema.get("oneOf", [])))
    return False


def test_operation_ids_are_camel_case_and_unique(service_doc):
    name, doc = service_doc
    ids = [op["operationId"] for _, _, op in _operations(doc)]
    assert [i for i in ids if not CAMEL.match(i)] == [], f"{name}: operation ids not in camelCase"
    assert sorted({i for i in ids if ids.count(i) > 1}) == [], f"{name}: duplicate operation ids"


def test_every_operation_has_one_tag_and_says_who_may_call(service_doc):
    name, doc = service_doc
    bad_tags = [f"{m.upper()} {p}: {op.get('tags')}" for p, m, op in _operations(doc) if len(op.get("tags", [])) != 1]
    assert bad_tags == [], f"{name}: operations without exactly one tag"
    silent = [f"{m.upper()} {p}" for p, m, op in _operations(doc) if "**Who may call:**" not in op.get("description", "")]
    assert silent == [], f"{name}: operations without a description of who may call"


def test_every_success_response_is_a_named_model_or_a_document(service_doc):
    name, doc = service_doc
    untyped = []
    for path, method, op in _operations(doc):
        if path in UNTYPED_OK:
            continue
        for code, resp in op["responses"].items():
            if not code.startswith("2") or code == "204":
                continue
            content = resp.get("content", {})
            json_schema = content.get("application/json", {}).get("schema")
            ok = (json_schema is not None and _typed(json_schema, doc)) or (json_schema is None and DOCUMENT_MEDIA & set(content))
            if not ok:
                untyped.append(f"{method.upper()} {path} {code}: {json_schema}")
    assert untyped == [], f"{name}: success responses without a named model"


def test_errors_are_problem_json(service_doc):
    name, doc = service_doc
    wrong = [
        f"{m.upper()} {p} {c}"
        for p, m, op in _operations(doc)
        for c, r in op["responses"].items()
        if c[0] in "45" and r.get("content", {}).get("application/problem+json", {}).get("schema") != {"$ref": "#/components/schemas/Problem"}
    ]
    assert wrong == [], f"{name}: error responses not declared as the shared Problem"


def _domain_error_names() -> set[str]:
    """DomainError and its subclasses, by name, across shared and the services."""
    names = {
        "DomainError",
        "ValidationProblem",
        "NotFound",
        "Unauthorized",
        "Forbidden",
        "Conflict",
        "PreconditionFailed",
        "PreconditionRequired",
        "PayloadTooLarge",
        "RateLimited",
        "ServiceUnavailable",
    }
    grew = True
    files = [*ROOT.glob("services/*/src/**/*.py"), *ROOT.glob("shared/src/**/*.py")]
    trees = [ast.parse(f.read_text(encoding="utf-8")) for f in files]
    while grew:
        grew = False
        for tree in trees:
            for node in ast.walk(tree):
                if isinstance(node, ast.ClassDef) and node.name not in names:
                    bases = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases}
                    if bases & names:
                        names.add(node.name)
                        grew = True
    return names


@pytest.mark.parametrize("service", SERVICES)
def test_every_domain_error_raised_has_persian_detail(service):
    names = _domain_error_names()
    missing = []
    for f in (ROOT / "services" / service / "src").rglob("*.py"):
        for node in ast.walk(ast.parse(f.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
                func = node.exc.func
                called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                if called in names and not any(k.arg in ("detail_fa", None) for k in node.exc.keywords):
                    missing.append(f"{f.relative_to(ROOT)}:{node.lineno} {called}")
                for k in node.exc.keywords if called in names else ():
                    if k.arg == "errors" and isinstance(k.value, ast.List):
                        for entry in k.value.elts:
                            keys = {key.value for key in getattr(entry, "keys", []) if isinstance(key, ast.Constant)}
                            if isinstance(entry, ast.Dict) and "message" in keys and "message_fa" not in keys:
                                missing.append(f"{f.relative_to(ROOT)}:{entry.lineno} {called} errors[] without message_fa")
    assert missing == [], f"{service}: errors raised without detail_fa, or field errors without message_fa (English under Accept-Language: fa)"
