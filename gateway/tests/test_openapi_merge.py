"""The merged OpenAPI document is never silently partial: with all four services up the gateway
serves the complete merge (the same document `make openapi` commits) and saves it; with one
service stopped it serves that last complete copy (from memory, or from the data folder after a
restart), marked `X-OpenAPI-Stale`; without any copy it answers 503 problem+json naming the service."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from .conftest import ServiceProcess, free_port

PROBLEM = "application/problem+json"
PREFIXES = ("/customs/", "/claims/", "/offlabel/", "/inspections/")
COMMITTED = Path(__file__).resolve().parents[2] / "openapi" / "merged.json"


@pytest.fixture(scope="module")
def claims_and_inspections(platform, services) -> Iterator[dict[str, ServiceProcess]]:
    procs = {name: ServiceProcess(name, free_port(), platform.data_dir).start() for name in ("claims", "inspections")}
    try:
        for p in procs.values():
            p.wait_ready()
        yield procs
    finally:
        for p in procs.values():
            p.stop()


def test_a_stopped_service_leaves_the_last_complete_document(make_gateway, claims_and_inspections, tmp_path):
    claims = claims_and_inspections["claims"]
    urls = dict(claims_url=claims.url, inspections_url=claims_and_inspections["inspections"].url, openapi_seed="", openapi_cache_seconds=0)
    store = tmp_path / "store" / "merged.json"
    with make_gateway(openapi_store=store, **urls).client() as c:
        r = c.get("/openapi.json")
        assert r.status_code == 200 and "x-openapi-stale" not in r.headers
        complete = r.json()
        for prefix in PREFIXES:
            assert any(p.startswith(prefix) for p in complete["paths"]), prefix
        assert json.loads(store.read_text()) == complete, "the complete merge is saved under the data folder"
        assert complete == json.loads(COMMITTED.read_text()), "the gateway serves what `make openapi` committed (run `make openapi`)"

        claims.stop()
        try:
            r = c.get("/openapi.json")
            assert r.status_code == 200
            assert r.json() == complete, "the last complete copy, never one without the claims paths"
            assert r.headers["x-openapi-stale"] == "claims"
            # A gateway started afresh serves the copy saved on disk.
            with make_gateway(openapi_store=store, **urls).client() as fresh:
                r = fresh.get("/openapi.json")
                assert r.status_code == 200 and r.json() == complete and r.headers["x-openapi-stale"] == "claims"
            # Without any complete copy: 503 problem+json naming the service.
            with make_gateway(openapi_store=tmp_path / "none" / "merged.json", **urls).client() as bare:
                r = bare.get("/openapi.json")
                assert r.status_code == 503 and r.headers["content-type"].startswith(PROBLEM)
                assert r.json()["services"] == ["claims"] and "claims" in r.json()["detail"]
        finally:
            claims.start().wait_ready()
        r = c.get("/openapi.json")
        assert r.status_code == 200 and "x-openapi-stale" not in r.headers and r.json() == complete
