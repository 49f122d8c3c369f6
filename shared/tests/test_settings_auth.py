"""Settings refuse development defaults in production; tokens verify against a JWKS file or URL."""

import http.server
import json
import threading

import pytest
from pydantic import ValidationError

from shared.auth import Actor, KeySet, decode_token, ensure_dev_keys, mint_token
from shared.errors import Unauthorized
from shared.settings import settings_class

Settings = settings_class("demo", "DEMO_")


def test_production_refuses_sqlite_and_dev_keys(tmp_path):
    with pytest.raises(ValidationError, match="PostgreSQL"):
        Settings(environment="production", data_dir=tmp_path, jwks_url="https://idp.example/jwks")
    with pytest.raises(ValidationError, match="development JWKS"):
        Settings(environment="production", data_dir=tmp_path, database_url="postgresql://u:secret@db/x", jwks_path=tmp_path / "keys" / "jwks.json")
    with pytest.raises(ValidationError, match="default database password"):
        Settings(environment="production", data_dir=tmp_path, database_url="postgresql://postgres:postgres@db/x", jwks_url="https://idp/jwks")
    ok = Settings(
        environment="production", data_dir=tmp_path, database_url="postgresql://app:s3cret@db/x", jwks_url="https://idp/jwks", jwt_issuer="https://idp"
    )
    assert ok.effective_database_url.startswith("postgresql")


def test_env_prefix(monkeypatch, tmp_path):
    monkeypatch.setenv("DEMO_MAX_BODY_BYTES", "1234")
    monkeypatch.setenv("REGPLAT_DATA_DIR", str(tmp_path))
    s = Settings()
    assert s.max_body_bytes == 1234
    assert s.effective_database_url == f"sqlite:///{tmp_path / 'demo.sqlite3'}"


def test_token_from_jwks_file(tmp_path):
    priv, jwks = ensure_dev_keys(tmp_path)
    token = mint_token(priv.read_bytes(), role="gio_expert", org="GIO", seal_id="S-1")
    claims = decode_token(token, KeySet(path=jwks), "regplat")
    actor = Actor.from_claims(claims)
    assert (actor.role, actor.org, actor.claim("seal_id")) == ("gio_expert", "GIO", "S-1")
    with pytest.raises(Unauthorized):
        decode_token(token, KeySet(path=jwks), "another-audience")
    with pytest.raises(Unauthorized, match="expired"):
        decode_token(mint_token(priv.read_bytes(), role="x", ttl_seconds=-120), KeySet(path=jwks), "regplat")
    other_priv, _ = ensure_dev_keys(tmp_path / "other")
    with pytest.raises(Unauthorized):
        decode_token(mint_token(other_priv.read_bytes(), role="x"), KeySet(path=jwks), "regplat")


def test_token_from_jwks_url(tmp_path):
    priv, jwks = ensure_dev_keys(tmp_path)
    body = jwks.read_bytes()

    class H(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *a):
            pass

    srv = http.server.HTTPServer(("127.0.0.1", 0), H)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        keys = KeySet(url=f"http://127.0.0.1:{srv.server_port}/jwks.json")
        claims = decode_token(mint_token(priv.read_bytes(), role="insurer", org="SSO"), keys, "regplat")
        assert claims["org"] == "SSO" and json.loads(body)["keys"][0]["kid"] == "dev-1"
    finally:
        srv.shutdown()
