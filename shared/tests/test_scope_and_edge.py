"""Token scope (org roles, service grants), the issuer outside development, and a chunked oversized body (413)."""

import pytest
from pydantic import ValidationError

from shared.auth import ORG_ROLES, SERVICE_GRANTS, Actor, check_scope
from shared.errors import Forbidden
from shared.settings import settings_class

Settings = settings_class("demo", "DEMO_")


def test_issuer_required_outside_development(tmp_path):
    """Settings refuse to start in test or production without an issuer (its iss is then checked)."""
    with pytest.raises(ValidationError, match="JWT_ISSUER"):
        Settings(environment="test", data_dir=tmp_path)
    with pytest.raises(ValidationError, match="JWT_ISSUER"):
        Settings(environment="production", data_dir=tmp_path, database_url="postgresql://app:s3cret@db/x", jwks_url="https://idp/jwks")
    assert Settings(environment="development", data_dir=tmp_path).jwt_issuer is None
    assert Settings(environment="test", data_dir=tmp_path, jwt_issuer="https://idp").jwt_issuer == "https://idp"


def test_issuer_checked_by_a_service_under_test(client, keys):
    """A token from another issuer is refused (401) by a service in environment=test."""
    r = client.post("/v1/things", json={"name": "a", "on": "2026-02-09"}, headers={"Authorization": "Bearer " + keys.token("clerk", "o", iss="evil")})
    assert r.status_code == 401 and r.headers["content-type"].startswith("application/problem+json")
    assert client.app.state.settings.jwt_issuer == "regplat-dev"


@pytest.mark.parametrize(("service", "role"), [(s, r) for s, roles in ORG_ROLES.items() for r in sorted(roles)])
def test_org_roles_need_org(service, role):
    """Every role that acts for an organisation is refused (403) without `org`, allowed with it."""
    with pytest.raises(Forbidden, match="org"):
        check_scope(Actor(sub="x", role=role), service, "GET", "/v1/anything")
    with pytest.raises(Forbidden, match="org"):
        check_scope(Actor(sub="x", role=role, org="  "), service, "GET", "/v1/anything")
    check_scope(Actor(sub="x", role=role, org="ORG-1"), service, "GET", "/v1/anything")


def test_service_token_needs_svc_and_a_grant():
    """A service token names its caller (svc) and reaches only the routes granted to that caller."""
    svc = Actor(sub="s", role="service", claims={"svc": "claims"})
    check_scope(svc, "inspections", "GET", "/v1/centers/{center_id}/status-on")
    check_scope(svc, "offlabel", "GET", "/v1/authorizations")
    with pytest.raises(Forbidden, match="svc"):
        check_scope(Actor(sub="s", role="service", org="claims"), "inspections", "POST", "/v1/permissibility")
    with pytest.raises(Forbidden, match="may not call"):
        check_scope(svc, "inspections", "GET", "/v1/centers/{center_id}")
    with pytest.raises(Forbidden, match="may not call"):
        check_scope(Actor(sub="s", role="service", claims={"svc": "customs"}), "inspections", "GET", "/v1/centers/{center_id}/status-on")
    with pytest.raises(Forbidden, match="may not call"):
        check_scope(svc, "claims", "GET", "/v1/cases/{case_id}")
    assert "claims" not in SERVICE_GRANTS and "customs" not in SERVICE_GRANTS


def test_service_token_refused_beyond_its_grants_on_a_real_app(client, keys):
    """Through a real app: a service token on a route granted to nobody answers 403 problem+json."""
    r = client.post("/v1/things", json={"name": "a", "on": "2026-02-09"}, headers=keys.headers("service", svc="claims"))
    assert r.status_code == 403 and r.headers["content-type"].startswith("application/problem+json")


def test_chunked_body_over_the_limit_413(client, keys):
    """A 2 MB body sent chunked (no Content-Length) gets 413 problem+json, not 400, and stores nothing."""

    def chunks():
        yield b'{"name": "big", "on": "2026-02-09", "pad": "'
        for _ in range(32):
            yield b"x" * 65536
        yield b'"}'

    r = client.post("/v1/things", content=chunks(), headers={**keys.headers("clerk", "o"), "Content-Type": "application/json"})
    assert r.status_code == 413, r.text
    assert r.headers["content-type"].startswith("application/problem+json") and r.json()["status"] == 413
    assert r.headers.get("x-request-id")
