"""The integrator's contract (issue 16): the committed OpenAPI documents are the code's, and the
merged one has names a generated client can use."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

import pytest

from gateway.openapi import HTTP_METHODS, ROLES, operation_collisions, problem_types

ROOT = Path(__file__).resolve().parents[2]
OPENAPI = ROOT / "openapi"


def _script():
    spec = importlib.util.spec_from_file_location("openapi_script", ROOT / "scripts" / "openapi.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def docs() -> dict[str, dict]:
    return _script().documents()


def _ops(doc):
    for path, item in doc["paths"].items():
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                yield path, method, item[method]


def test_committed_documents_are_the_codes(docs):
    from gateway.openapi import dump

    stale = [
        name for name, doc in docs.items() if not (OPENAPI / f"{name}.json").is_file() or (OPENAPI / f"{name}.json").read_text(encoding="utf-8") != dump(doc)
    ]
    assert not stale, f"openapi/{{{','.join(stale)}}}.json differ from the code: run `make openapi` and commit the documents"


def test_merged_names_are_unique_and_every_ref_resolves(docs):
    merged = docs["merged"]
    schemas = merged["components"]["schemas"]
    titles = [s.get("title") for s in schemas.values()]
    assert all(titles) and len(titles) == len(set(titles)), "schema titles must be unique (openapi-python-client names classes by title)"
    assert all(s["title"] == name for name, s in schemas.items())
    text = json.dumps(merged)
    for section, name in set(re.findall(r'"\$ref": "#/components/([^/"]+)/([^"]+)"', text)):
        assert name in merged["components"][section], f"dangling $ref {section}/{name}"
    assert not [k for k in schemas if "__" in k]
    # Identical schemas shared by the services are written once.
    assert "Problem" in schemas
    ids = [op["operationId"] for _p, _m, op in _ops(merged)]
    assert len(ids) == len(set(ids))
    services = [n for n in docs if n != "merged"]
    assert len(ids) == sum(len(list(_ops(docs[n]))) for n in services) + 3, "every operation of every service, and the gateway's three"


def test_operation_id_collisions_are_only_routes_every_service_shares(docs):
    """Ids that collide between services are prefixed with the service in the merged document; a collision
    between different routes (not the shared probes, registry and decision routes) is a naming mistake."""
    collisions = operation_collisions({n: d for n, d in docs.items() if n != "merged"})
    odd = {oid: uses for oid, uses in collisions.items() if len({u.split(" ", 1)[1] for u in uses}) > 1}
    assert not odd, "operation ids shared by different routes:\n" + "\n".join(f"  {k}: {v}" for k, v in odd.items())
    merged_ids = {op["operationId"] for _p, _m, op in _ops(docs["merged"])}
    for oid, uses in collisions.items():
        for use in uses:
            service = use.split(" ", 1)[0]
            assert service + oid[:1].upper() + oid[1:] in merged_ids, (oid, use)


def test_every_proxied_operation_declares_the_gateways_statuses(docs):
    merged = docs["merged"]
    for path, method, op in _ops(merged):
        if path.split("/")[1] not in ROLES:
            continue
        for status in ("429", "502", "503", "504"):
            resp = op["responses"].get(status)
            assert resp, f"{method.upper()} {path} lacks {status}"
            assert resp["content"]["application/problem+json"]["schema"]["$ref"].startswith("#/components/schemas/")
    tags = {t["name"]: t for t in merged["tags"]}
    used = {t for _p, _m, op in _ops(merged) for t in op["tags"]}
    assert used == set(tags) and all(t.get("description") for t in tags.values())


def _code(*globs: str) -> list[Path]:
    return [p for g in globs for p in ROOT.glob(g) if "migrations" not in p.parts and "tests" not in p.parts]


def test_description_lists_every_problem_type_the_code_raises(docs):
    patterns = [
        r'status, type = \d+, "([a-z0-9-]+)"',
        r'\btype="([a-z0-9-]+)"',
        r'problem\(\s*[a-z_]+,\s*\d+,\s*"([a-z0-9-]+)"',
        r'_reject\(\s*scope, receive, send, \d+, "([a-z0-9-]+)"',
        r'Problem\("[a-z0-9-]+", \d+, "([a-z0-9-]+)"',
        r'\d+: "([a-z0-9-]+)"',  # the status -> type map of shared.errors
    ]
    raised = set()
    for path in _code("services/*/src/**/*.py", "shared/src/**/*.py", "gateway/src/**/*.py"):
        text = path.read_text(encoding="utf-8")
        for pat in patterns:
            raised |= set(re.findall(pat, text))
    raised -= {"ethics", "research", "treatment"}  # approval kinds, not problem types
    known = set(problem_types())
    assert raised - known == set(), f"problem types raised but not listed in gateway.openapi (EXTRA_PROBLEM_TYPES): {sorted(raised - known)}"
    description = docs["merged"]["info"]["description"]
    for name in known:
        assert f"`{name}`" in description
    for word in ("RS256", "If-Match", "428", "412", "Idempotency-Key", "Idempotent-Replayed", "Retry-After", "Jalali", "ETag"):
        assert word in description, word


def test_roles_per_service_match_the_routes():
    for service, listed in ROLES.items():
        found = set()
        for path in _code(f"services/{service}/src/**/*.py"):
            text = path.read_text(encoding="utf-8")
            for call in re.findall(r"(?:Roles|require_roles)\(([^()]*)\)", text):
                found |= set(re.findall(r'"([a-z_]+)"', call))
            for const in re.findall(r"^[A-Z_]*(?:ROLES|READERS|FILERS|WRITERS)\s*=\s*(.*)$", text, re.M):
                found |= set(re.findall(r'"([a-z_]+)"', const))
        assert found, service
        assert found - set(listed) == set(), f"{service}: roles in the code but not in gateway.openapi.ROLES: {sorted(found - set(listed))}"
