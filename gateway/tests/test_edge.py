"""The edge (issue 15): /metrics not public, X-Forwarded-For believed only from trusted proxies (at the
gateway and at a service port), a connection reset before any answer byte retried once for
idempotent requests only, and idle upstream connections closed by the gateway before the service."""

from __future__ import annotations

import re
import shutil
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from gateway.haproxy import render
from gateway.settings import GatewaySettings
from gateway.transport import ShardedTransport
from shared.settings import ServiceSettings

from .conftest import ServiceProcess, free_port
from .test_headers import echo  # noqa: F401 - fixture

PROBLEM = "application/problem+json"


def test_metrics_are_not_public(make_gateway):
    with make_gateway(metrics_allow_from="10.0.0.0/8").client() as c:  # the scraper's network; we are 127.0.0.1
        r = c.get("/metrics")
        assert r.status_code == 403 and r.headers["content-type"].startswith(PROBLEM)
        assert "haproxy_" not in r.text and "http_requests_total" not in r.text
    with make_gateway().client() as c:  # default: loopback only (the scraper beside the gateway)
        assert c.get("/metrics").status_code == 200


def test_forwarded_for_from_an_untrusted_peer_is_not_believed(make_gateway, echo):  # noqa: F811
    with make_gateway(inspections_url=echo, trust_forwarded_for=True, trusted_proxies="10.0.0.1").client() as c:
        h = c.get("/inspections/v1/public/x", headers={"X-Forwarded-For": "10.1.2.3"}).json()["headers"]
        assert h["x-forwarded-for"] == "127.0.0.1"


def test_forwarded_for_from_an_untrusted_peer_does_not_choose_the_rate_limit_key(make_gateway):
    with make_gateway(rate_per_minute=2, trust_forwarded_for=True, trusted_proxies="10.0.0.1").client() as c:
        codes = [c.get("/offlabel/v1/guidelines", headers={"X-Forwarded-For": f"192.0.2.{i}"}).status_code for i in range(3)]
        assert codes == [200, 200, 429]


class _Flaky(BaseHTTPRequestHandler):
    """Closes the connection without a byte of answer on every other request (an idle connection the
    upstream dropped as the request went out); answers the others."""

    protocol_version = "HTTP/1.1"
    seen: list[str] = []
    lock = threading.Lock()

    def _answer(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        if length:
            self.rfile.read(length)
        with self.lock:
            self.seen.append(self.command)
            drop = len(self.seen) % 2 == 1
        if drop:
            self.close_connection = True
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"{}")

    do_GET = do_POST = do_HEAD = _answer

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def flaky() -> Iterator[type[_Flaky]]:
    handler = type("Flaky", (_Flaky,), {"seen": []})
    server = ThreadingHTTPServer(("127.0.0.1", free_port()), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    handler.url = f"http://127.0.0.1:{server.server_address[1]}"
    yield handler
    server.shutdown()
    server.server_close()


def test_reset_before_any_answer_byte_is_retried_once_for_get_only(make_gateway, flaky, platform, gateway_kind):
    with make_gateway(inspections_url=flaky.url).client() as c:
        r = c.get("/inspections/v1/things", headers=platform.auth("admin"))
        assert r.status_code == 200, r.text
        assert flaky.seen == ["GET", "GET"]
        # A POST is not repeated: the upstream may have acted on it. 502 problem, sent once.
        flaky.seen.clear()
        # (HAProxy, when a reused server connection closes without an answer, closes the caller's
        # connection the same way, so that the caller decides; the Python gateway answers 502.)
        try:
            r = c.post("/inspections/v1/things", json={"a": 1}, headers=platform.auth("admin"))
        except httpx.RemoteProtocolError:
            assert gateway_kind == "haproxy"
        else:
            assert r.status_code == 502 and r.headers["content-type"].startswith(PROBLEM)
        assert flaky.seen == ["POST"]


def test_idle_upstream_connections_are_closed_by_the_gateway_before_the_service(platform, tmp_path):
    service, gw = ServiceSettings(), GatewaySettings(environment="test", data_dir=platform.data_dir, jwks_path=platform.jwks_path, jwt_issuer="regplat-dev")
    assert gw.upstream_keepalive_expiry < service.keep_alive_seconds
    transport = ShardedTransport(8, keepalive_expiry=gw.upstream_keepalive_expiry)
    assert all(p._pool._keepalive_expiry == gw.upstream_keepalive_expiry for p in transport.pools)
    cfg = render(gw, tmp_path)["haproxy.cfg"].decode()
    assert re.search(rf"server customs .* pool-purge-delay {int(gw.upstream_keepalive_expiry * 1000)}ms", cfg)
    assert "retry-on conn-failure empty-response" in cfg
    assert cfg.count("http-request disable-l7-retry unless METH_GET || METH_OPTIONS") == 4


def test_service_port_ignores_forwarded_for_from_an_untrusted_peer(platform, monkeypatch, tmp_path):
    """Called directly (not through the gateway), a service counts the socket peer, whatever X-Forwarded-For says."""
    data = tmp_path / "direct"
    (data / "keys").mkdir(parents=True)
    shutil.copy(platform.jwks_path, data / "keys" / "jwks.json")
    monkeypatch.setenv("OFFLABEL_PUBLIC_RATE_PER_MINUTE", "2")
    monkeypatch.setenv("OFFLABEL_TRUSTED_PROXIES", "10.0.0.1")  # the gateway is elsewhere; we are not it
    proc = ServiceProcess("offlabel", free_port(), data).start()
    try:
        proc.wait_ready()
        codes = [httpx.get(proc.url + "/v1/guidelines", headers={"X-Forwarded-For": f"192.0.2.{i}"}, timeout=10).status_code for i in range(3)]
        assert codes == [200, 200, 429]
    finally:
        proc.stop()
