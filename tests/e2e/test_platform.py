"""Issue 2's definition of done, through the gateway: all five processes ready, one merged OpenAPI
document, and a stopped service turning only its own routes into 503 problem+json."""

import pytest

pytestmark = pytest.mark.e2e

PREFIXES = ["/customs", "/claims", "/offlabel", "/inspections"]


def test_readyz_and_merged_openapi(gw):
    assert gw.get("/readyz").status_code == 200
    paths = gw.get("/openapi.json").json()["paths"]
    for prefix in PREFIXES:
        assert any(p.startswith(prefix + "/v1/") for p in paths), prefix


def test_regulations_through_the_gateway_any_digits(gw):
    r = gw.get("/offlabel/v1/regulations/۲۶۴۰۶ / ۱۰ / ۱۰۰")
    assert r.status_code == 200 and r.json()["number"] == "100/10/26406"
    assert r.headers.get("x-request-id")


def test_shr_prov_a_letter_is_served_with_its_own_text(gw):
    body = gw.get("/inspections/v1/regulations/100/10/74585").json()
    assert body["text_available"] and body["text_origin"].startswith("seed 002")
    assert "همچنان مجاز و ضروری" in body["text"]
    assert "ممنوعیت خدمات بازساختی" not in body["text"]  # the neighbouring letter 100/70/38754 is not part of it
    assert "همچنان مجاز و ضروری" in body["text_normalized"]


def test_stopped_service_only_its_routes_503(platform, gw):
    platform.stop("offlabel")
    try:
        r = gw.get("/offlabel/v1/regulations")
        assert r.status_code == 503
        assert r.headers["content-type"].startswith("application/problem+json")
        assert "retry-after" in {k.lower() for k in r.headers}
        for prefix in ["/customs", "/claims", "/inspections"]:
            assert gw.get(prefix + "/v1/regulations").status_code == 200, prefix
        assert gw.get("/readyz").status_code == 503
    finally:
        platform.start("offlabel")
    assert gw.get("/offlabel/v1/regulations").status_code == 200
