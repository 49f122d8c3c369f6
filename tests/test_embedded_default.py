"""The embedded default: each service starts on its own SQLite file, applies its migrations, is ready,
serves the regulation registry, answers problem+json, and declares problem+json in its OpenAPI
document (SHR-PROV, SHR-ERR). The same routes on PostgreSQL are covered through the gateway in
tests/e2e/test_platform.py."""

import importlib

import pytest
from fastapi.testclient import TestClient

SERVICES = ["customs", "claims", "offlabel", "inspections"]


@pytest.mark.parametrize("name", SERVICES)
def test_service_starts_on_sqlite_with_migrations(name, tmp_path, monkeypatch):
    monkeypatch.setenv("REGPLAT_DATA_DIR", str(tmp_path))
    main = importlib.import_module(f"{name}.main")
    app = main.create_app(main.Settings())
    with TestClient(app) as c:
        assert c.get("/healthz").json() == {"status": "ok"}
        ready = c.get("/readyz")
        assert ready.status_code == 200 and ready.json()["service"] == name
        regs = c.get("/v1/regulations", params={"service": name})
        assert regs.status_code == 200 and regs.json()["items"], "the registry lists the letters this service applies"
        missing = c.get("/v1/no-such-thing", headers={"Accept-Language": "fa"})
        assert missing.status_code == 404 and missing.headers["content-type"].startswith("application/problem+json")
        assert missing.json()["title"] == "یافت نشد"
        doc = c.get("/openapi.json").json()
    assert (tmp_path / f"{name}.sqlite3").exists()
    ops = [op for item in doc["paths"].values() for op in item.values() if isinstance(op, dict)]
    assert ops and all("application/problem+json" in op["responses"]["500"]["content"] for op in ops)
    assert "HTTPValidationError" not in doc["components"]["schemas"]
