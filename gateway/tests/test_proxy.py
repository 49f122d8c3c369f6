"""The gateway in front of real service processes: forwarding, request ids, auth, limits, merged OpenAPI."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import httpx
import pytest

from shared.testing import missing_component

PROBLEM = "application/problem+json"


def test_forwards_prefix_to_service_without_prefix(gw, services):
    via = gw.get("/offlabel/v1/regulations")
    direct = httpx.get(services["offlabel"].url + "/v1/regulations", trust_env=False)
    assert via.status_code == 200
    assert via.json() == direct.json()
    assert via.json()["items"], "the registry is not empty"
    # Another upstream through the same client, and a probe route below the prefix.
    assert gw.get("/customs/healthz").json() == {"status": "ok"}
    assert gw.get("/customs/readyz").json()["service"] == services["customs"].name  # customs, unless it could not start


def test_forwards_encoded_path_and_query_unchanged(gw):
    # The letter number's slashes travel percent-encoded and must reach the service as they were sent.
    r = gw.get("/offlabel/v1/regulations/1000%2F99%2F9958")
    assert r.status_code == 200 and r.json()["number"] == "1000/99/9958"
    r = gw.get("/offlabel/v1/regulations", params={"service": "offlabel"})
    assert r.status_code == 200
    assert r.json()["items"] and all("offlabel" in item["services"] for item in r.json()["items"])
    # Without the filter the registry holds letters of other services too, so the query string did arrive.
    assert any("offlabel" not in item["services"] for item in gw.get("/offlabel/v1/regulations").json()["items"])


def test_service_problem_passes_through_unchanged(gw):
    r = gw.get("/offlabel/v1/regulations/NO-SUCH-LETTER-1")
    assert r.status_code == 404
    assert r.headers["content-type"].startswith(PROBLEM)
    assert r.json()["instance"] == "/v1/regulations/NO-SUCH-LETTER-1"  # written by the service, which saw no prefix


def test_request_id_propagated_to_service_and_back(gw):
    r = gw.get("/offlabel/v1/regulations/NO-SUCH-LETTER-2", headers={"X-Request-ID": "trace-abc-123"})
    assert r.headers["x-request-id"] == "trace-abc-123"
    assert r.json()["request_id"] == "trace-abc-123"  # the service put the id it received in its problem body


def test_request_id_created_when_missing_and_the_service_sees_it(gw):
    r = gw.get("/offlabel/v1/regulations/NO-SUCH-LETTER-3")
    rid = r.headers["x-request-id"]
    assert re.fullmatch(r"[0-9a-f]{32}", rid)
    assert r.json()["request_id"] == rid
    assert len(r.headers.get_list("x-request-id")) == 1


def test_protected_route_without_token_is_401_at_the_gateway(gw):
    r = gw.get("/offlabel/v1/decisions/verify")
    assert r.status_code == 401
    assert r.headers["content-type"].startswith(PROBLEM)
    assert r.headers["www-authenticate"].startswith("Bearer")
    assert r.json()["instance"] == "/offlabel/v1/decisions/verify"  # the gateway answered, not the service
    # Unknown routes are protected too: no way around the token by guessing paths.
    assert gw.post("/customs/v1/declarations", json={}).status_code == 401


def test_protected_route_with_valid_token_passes(gw, platform):
    r = gw.get("/offlabel/v1/decisions/verify", headers=platform.auth("admin"))
    assert r.status_code == 200
    assert r.json()["intact"] is True
    # The service validates the token again and applies its role guard (403 is the service's answer).
    r = gw.get("/offlabel/v1/decisions/verify", headers=platform.auth("physician"))
    assert r.status_code == 403


def test_invalid_token_is_401_even_on_public_routes(gw, platform):
    assert gw.get("/offlabel/v1/regulations", headers={"Authorization": "Bearer not-a-jwt"}).status_code == 401
    wrong_aud = platform.token("admin", audience="someone-else")
    r = gw.get("/offlabel/v1/regulations", headers={"Authorization": f"Bearer {wrong_aud}"})
    assert r.status_code == 401 and "audience" in r.json()["detail"].lower()
    expired = platform.token("admin", ttl_seconds=-3600)
    assert gw.get("/offlabel/v1/regulations", headers={"Authorization": f"Bearer {expired}"}).status_code == 401
    assert gw.get("/offlabel/v1/regulations", headers={"Authorization": "Basic dXNlcjpwdw=="}).status_code == 401


def test_public_routes_need_no_token(gw):
    assert gw.get("/offlabel/v1/regulations").status_code == 200
    assert gw.get("/customs/v1/regulations/1000%2F99%2F9958").status_code == 200
    assert gw.get("/customs/healthz").status_code == 200
    # a newline or backslash in the parameter of a public route: the service's 404, not the gateway's 401 (fuzz, issue 16)
    assert gw.get("/offlabel/v1/guidelines/a%0Ab").status_code == 404
    assert gw.get("/offlabel/v1/regulations/1%0A2%5C3").status_code == 404  # (inspections is down in these tests)
    # A write to a public read route is not public.
    assert gw.post("/customs/v1/regulations", json={}).status_code == 401


def test_dot_segments_cannot_turn_a_public_prefix_into_a_protected_route(gateway):
    with httpx.Client(trust_env=False) as raw:
        req = raw.build_request("GET", gateway.url + "/x")
        req.url = req.url.copy_with(raw_path=b"/offlabel/v1/regulations/../decisions/verify")
        r = raw.send(req)
    assert r.status_code in (401, 404)
    assert r.status_code != 200


def test_body_over_limit_is_413_by_content_length(make_gateway, platform):
    with make_gateway(max_body_bytes=1024).client() as c:
        r = c.post("/offlabel/v1/requests", content=b"x" * 2048, headers={**platform.auth(), "Content-Type": "application/json"})
        assert r.status_code == 413
        assert r.headers["content-type"].startswith(PROBLEM)
        # At the limit the body is forwarded (the service answers, here 404/405/422 for the skeleton route).
        r = c.post("/offlabel/v1/requests", content=b"{" + b" " * 1000 + b"}", headers={**platform.auth(), "Content-Type": "application/json"})
        assert r.status_code != 413


def test_chunked_body_over_limit_is_413(make_gateway, platform):
    def chunks():
        for _ in range(8):
            yield b"y" * 512

    with make_gateway(max_body_bytes=1024).client() as c:
        r = c.post("/offlabel/v1/requests", content=chunks(), headers=platform.auth())
        assert r.request.headers.get("transfer-encoding") == "chunked"
        assert r.status_code == 413
        assert r.json()["status"] == 413


def test_rate_limit_429_with_retry_after_per_client(make_gateway, platform):
    with make_gateway(rate_per_minute=3).client() as c:
        codes = [c.get("/offlabel/v1/regulations/1000%2F99%2F9958").status_code for _ in range(3)]
        assert codes == [200, 200, 200]
        r = c.get("/offlabel/v1/regulations/1000%2F99%2F9958")
        assert r.status_code == 429
        assert r.headers["content-type"].startswith(PROBLEM)
        assert 1 <= int(r.headers["retry-after"]) <= 60
        # Another client (a token's subject) has its own allowance.
        other = platform.auth("admin", sub="someone-else")
        assert c.get("/offlabel/v1/regulations/1000%2F99%2F9958", headers=other).status_code == 200
        # The gateway's own probes are not rate limited.
        assert c.get("/healthz").status_code == 200


def test_merged_openapi_is_never_partial_503_names_the_missing_services(make_gateway, tmp_path):
    # claims and inspections are not running, no complete copy was ever saved and there is no seed.
    with make_gateway(openapi_store=tmp_path / "merged.json", openapi_seed="").client() as c:
        r = c.get("/openapi.json")
        assert r.status_code == 503, r.text[:300]
        assert r.headers["content-type"].startswith(PROBLEM)
        body = r.json()
        assert sorted(body["services"]) == ["claims", "inspections"]
        assert "claims" in body["detail"] and "inspections" in body["detail"]
        assert int(r.headers["retry-after"]) >= 1


def test_merged_openapi_serves_the_seed_while_a_service_is_missing(make_gateway, tmp_path):
    seed = Path(__file__).resolve().parents[2] / "openapi" / "merged.json"
    with make_gateway(openapi_store=tmp_path / "merged.json", openapi_seed=str(seed)).client() as c:
        r = c.get("/openapi.json")
        assert r.status_code == 200
        assert r.json() == json.loads(seed.read_text())
        assert any(p.startswith("/claims/") for p in r.json()["paths"])
        assert r.headers["x-openapi-stale"] == "claims, inspections"


def test_docs_and_redoc_use_only_same_origin_assets(gw):
    for page in ("/docs", "/redoc"):
        r = gw.get(page)
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
        assert "/openapi.json" in r.text
        urls = re.findall(r"""(?:src|href)\s*=\s*["']([^"']+)["']""", r.text) + re.findall(r"""url:\s*['"]([^'"]+)['"]""", r.text)
        assert urls, page
        assert not re.search(r"//[a-z0-9.-]+\.[a-z]{2,}", r.text, re.I), f"{page} names an external host"
        for url in urls:
            assert url.startswith("/") and not url.startswith("//"), f"{page}: {url} is not same-origin"
        assets = [u for u in urls if u.startswith("/static/")]
        assert assets, page
        for url in assets:
            a = gw.get(url)
            assert a.status_code == 200, url
            expected = {".js": "text/javascript", ".css": "text/css", ".png": "image/png"}[Path(url).suffix]
            assert a.headers["content-type"].startswith(expected), (url, a.headers["content-type"])
            assert len(a.content) > 1000, url
    assert "swagger-ui" in gw.get("/docs").text
    assert "redoc" in gw.get("/redoc").text.lower()
    assert gw.get("/static/docs/nothing.js").status_code == 404
    index = gw.get("/").json()
    assert index["docs"] == "/docs" and index["redoc"] == "/redoc" and index["openapi"] == "/openapi.json"


@pytest.mark.python_gateway
def test_metrics_count_requests_per_prefix_and_status(gw):
    gw.get("/offlabel/v1/regulations")
    gw.get("/offlabel/v1/decisions/verify")
    text = gw.get("/metrics").text
    assert re.search(r'http_requests_total\{method="GET",route="/offlabel",service="gateway",status="200"\} [1-9]', text)
    assert re.search(r'http_requests_total\{method="GET",route="/offlabel",service="gateway",status="401"\} [1-9]', text)
    assert 'gateway_circuit_state{upstream="offlabel"} 0.0' in text
    assert "http_request_duration_seconds_bucket" in text


def test_cors_is_configurable(make_gateway):
    with make_gateway(cors_origins="https://app.example.ir").client() as c:
        r = c.options(
            "/offlabel/v1/regulations",
            headers={"Origin": "https://app.example.ir", "Access-Control-Request-Method": "GET", "Access-Control-Request-Headers": "authorization"},
        )
        assert r.status_code == 200
        assert r.headers["access-control-allow-origin"] == "https://app.example.ir"
        r = c.get("/offlabel/v1/regulations", headers={"Origin": "https://evil.example.com"})
        assert "access-control-allow-origin" not in r.headers


def test_no_request_lost_at_100_concurrent_connections(gateway):
    import asyncio

    async def run() -> list[int]:
        limits = httpx.Limits(max_connections=100, max_keepalive_connections=100)
        async with httpx.AsyncClient(base_url=gateway.url, limits=limits, timeout=30, trust_env=False) as c:

            async def one(i: int) -> int:
                r = await c.get("/offlabel/v1/regulations/1000%2F99%2F9958", headers={"X-Request-ID": f"load-{i}"})
                assert r.headers["x-request-id"] == f"load-{i}"
                return r.status_code

            return await asyncio.gather(*(one(i) for i in range(150)))

    codes = asyncio.run(run())
    assert codes == [200] * 150


def test_tokens_verified_against_a_jwks_url(make_gateway, platform):
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    handler = functools.partial(SimpleHTTPRequestHandler, directory=str(platform.jwks_path.parent))
    handler.log_message = lambda *a: None  # type: ignore[method-assign]
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/jwks.json"
        with make_gateway(jwks_url=url, jwks_path=None).client() as c:
            assert c.get("/offlabel/v1/decisions/verify", headers=platform.auth("admin")).status_code == 200
            assert c.get("/offlabel/v1/decisions/verify", headers={"Authorization": "Bearer x.y.z"}).status_code == 401
    finally:
        server.shutdown()
        server.server_close()


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    missing_component("no headless Chromium to render /docs (apt-get install chromium)")


def test_docs_render_in_a_browser_with_the_network_cut_off(gateway):
    """Issue 16: Swagger UI and ReDoc render the merged document in a real headless browser whose every name
    resolution fails and whose every other connection goes to a closed proxy: only the gateway answers."""
    browser = _chromium()
    for page, rendered in (("/docs", "opblock"), ("/redoc", "operation-")):
        done = subprocess.run(
            [
                browser,
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--proxy-server=http://127.0.0.1:9",
                "--proxy-bypass-list=127.0.0.1",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
                "--virtual-time-budget=20000",
                "--dump-dom",
                gateway.url + page,
            ],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        dom = done.stdout
        assert "Regulatory platform API" in dom, f"{page} did not render: {done.stderr[-1500:]}"
        assert rendered in dom, f"{page} rendered no operation"
        assert "createDeclaration" in dom or "Submit a declaration" in dom, f"{page} lacks the customs operations"
