"""The embedded default: each service starts on its own SQLite file, applies its migrations, is ready,
and declares problem+json in its OpenAPI document (SHR-ERR)."""

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
        assert c.get("/readyz").status_code == 200
        doc = c.get("/openapi.json").json()
    assert (tmp_path / f"{name}.sqlite3").exists()
    ops = [op for item in doc["paths"].values() for op in item.values() if isinstance(op, dict)]
    assert ops and all("application/problem+json" in op["responses"]["500"]["content"] for op in ops)
    assert "HTTPValidationError" not in doc["components"]["schemas"]
