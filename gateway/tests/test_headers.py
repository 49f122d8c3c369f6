"""What the gateway adds, removes and must never keep, seen by an upstream that echoes what it received.

The echo server is a stand-in for "any upstream" (the gateway must behave the same in front of
every service); the behaviour with the real services is in test_proxy.py.
"""

from __future__ import annotations

import gzip
import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from .conftest import free_port

BIG = bytes(range(256)) * 1200  # 300 KiB, above the gateway's small-body fast path


class _Echo(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def _special(self) -> bool:
        """/big, /chunked, /slow and /broken: the answers a proxy must also handle."""
        if self.path.endswith("/big"):
            self.send_response(200)
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("Content-Length", str(len(BIG)))
            self.end_headers()
            self.wfile.write(BIG)
        elif self.path.endswith("/chunked"):
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            for i in range(50):
                part = f"line {i}\n".encode() * 100
                self.wfile.write(f"{len(part):x}\r\n".encode() + part + b"\r\n")
            self.wfile.write(b"0\r\n\r\n")
        elif self.path.endswith("/gzip"):
            body = gzip.compress(b'{"compressed": true}' * 50)
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path.endswith("/slow"):
            time.sleep(2.5)
            self.send_response(204)
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path.endswith("/stalls"):
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", "100")
            self.end_headers()
            self.wfile.write(b'{"partial": ')
            self.wfile.flush()
            time.sleep(2.5)
        elif self.path.endswith("/broken"):
            self.wfile.write(b"this is not HTTP\r\n\r\n")
            self.close_connection = True
        else:
            return False
        return True

    def _answer(self) -> None:
        if self._special():
            return
        if "chunked" in self.headers.get("transfer-encoding", "").lower():
            body = b""
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass  # trailers
                    break
                body += self.rfile.read(size)
                self.rfile.readline()
        else:
            length = int(self.headers.get("content-length") or 0)
            body = self.rfile.read(length) if length else b""
        out = json.dumps(
            {"path": self.path, "method": self.command, "headers": {k.lower(): v for k, v in self.headers.items()}, "body_len": len(body)}
        ).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(out)))
        self.send_header("Set-Cookie", "session=upstream-secret; Path=/")
        self.send_header("Connection", "keep-alive")
        self.send_header("Keep-Alive", "timeout=5")
        self.end_headers()
        self.wfile.write(out)

    do_GET = do_POST = do_PUT = do_DELETE = _answer

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def echo() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", free_port()), _Echo)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_forwarded_headers_are_set_and_hop_by_hop_ones_dropped(make_gateway, echo, platform):
    with make_gateway(inspections_url=echo).client() as c:
        r = c.get(
            "/inspections/v1/public/centers?q=%D8%A7&page=2",
            headers={"X-Forwarded-For": "6.6.6.6", "Connection": "keep-alive, X-Secret-Hop", "X-Secret-Hop": "1", "Te": "trailers", "X-Request-ID": "rid-1"},
        )
        seen = r.json()
        assert seen["path"] == "/v1/public/centers?q=%D8%A7&page=2"
        h = seen["headers"]
        # The client cannot choose the address the services and the rate limits see.
        assert h["x-forwarded-for"] == "127.0.0.1"
        assert h["x-forwarded-prefix"] == "/inspections"
        assert h["x-forwarded-proto"] == "http"
        assert h["x-forwarded-host"] == c.base_url.netloc.decode()
        assert h["x-request-id"] == "rid-1"
        assert "te" not in h
        assert h["host"] == echo.removeprefix("http://")
        # Hop-by-hop headers of the upstream's answer stay between the gateway and the upstream.
        assert "keep-alive" not in r.headers


@pytest.mark.python_gateway
def test_headers_named_by_connection_are_dropped(make_gateway, echo):
    # HAProxy 2.6 drops the hop-by-hop headers it knows but not other names a Connection header lists.
    with make_gateway(inspections_url=echo).client() as c:
        h = c.get("/inspections/v1/public/x", headers={"Connection": "keep-alive, X-Secret-Hop", "X-Secret-Hop": "1"}).json()["headers"]
        assert "x-secret-hop" not in h


def test_trusted_forwarded_for_is_extended_not_replaced(make_gateway, echo):
    with make_gateway(inspections_url=echo, trust_forwarded_for=True).client() as c:
        h = c.get("/inspections/v1/public/x", headers={"X-Forwarded-For": "10.1.2.3"}).json()["headers"]
        assert h["x-forwarded-for"] == "10.1.2.3, 127.0.0.1"


def test_the_shared_client_never_keeps_an_upstream_cookie(make_gateway, echo, platform):
    with make_gateway(inspections_url=echo).client() as alice:
        r = alice.get("/inspections/v1/public/a")
        assert "session=upstream-secret" in r.headers["set-cookie"]  # passed through to its caller
    gwy = make_gateway(inspections_url=echo)
    with gwy.client() as c:
        c.get("/inspections/v1/public/a")
        # Another caller, without cookies: the upstream must see none.
        with gwy.client() as bob:
            bob.cookies.clear()
            h = bob.get("/inspections/v1/public/b", headers={}).json()["headers"]
        assert "cookie" not in h
        # A caller's own Cookie header is forwarded as it was sent.
        h = c.get("/inspections/v1/public/c", headers={"Cookie": "mine=1"}).json()["headers"]
        assert h["cookie"] == "mine=1"


def test_request_body_is_streamed_to_the_upstream(make_gateway, echo, platform):
    def chunks():
        for _ in range(10):
            yield b"z" * 1000

    with make_gateway(inspections_url=echo).client() as c:
        seen = c.post("/inspections/v1/centers", content=b"a" * 5000, headers=platform.auth("admin")).json()
        assert seen["method"] == "POST" and seen["body_len"] == 5000
        seen = c.post("/inspections/v1/centers", content=chunks(), headers=platform.auth("admin")).json()
        assert seen["headers"].get("transfer-encoding") == "chunked" and seen["body_len"] == 10_000
        assert "authorization" in seen["headers"]  # services validate the token again


def test_large_and_chunked_answers_are_streamed_back_intact(make_gateway, echo):
    with make_gateway(inspections_url=echo).client() as c:
        r = c.get("/inspections/v1/public/big")
        assert r.status_code == 200 and r.content == BIG
        assert r.headers["content-length"] == str(len(BIG))
        r = c.get("/inspections/v1/public/chunked")
        assert r.status_code == 200
        assert r.text == "".join(f"line {i}\n" * 100 for i in range(50))


def test_slow_upstream_is_504_within_its_own_timeout(make_gateway, echo):
    # The timeout is per upstream: inspections gets 0.5 s, the others keep the default.
    gwy = make_gateway(inspections_url=echo, upstream_timeouts={"inspections": 0.5})
    with gwy.client() as c:
        t0 = time.monotonic()
        r = c.get("/inspections/v1/public/slow")
        elapsed = time.monotonic() - t0
        assert r.status_code == 504
        assert r.headers["content-type"].startswith("application/problem+json")
        assert r.json()["type"].endswith("/upstream-timeout") and "retry-after" in r.headers
        assert elapsed < 2.0, f"{elapsed:.2f} s"
        assert c.get("/offlabel/v1/regulations").status_code == 200


def test_broken_upstream_answer_is_502_problem(make_gateway, echo):
    with make_gateway(inspections_url=echo).client() as c:
        r = c.get("/inspections/v1/public/broken")
        assert r.status_code == 502
        assert r.json()["upstream"] == "inspections"
        assert c.get("/inspections/v1/public/ok").status_code == 200  # the pool recovers


def test_only_the_callers_headers_are_forwarded(make_gateway, echo):
    with make_gateway(inspections_url=echo).client() as c:
        for name in list(c.headers):
            del c.headers[name]
        h = c.get("/inspections/v1/public/h", headers={"Accept-Language": "fa"}).json()["headers"]
        assert "accept-encoding" not in h  # the upstream must not compress for a caller who did not ask
        assert "python-httpx" not in h.get("user-agent", "")
        assert h["accept-language"] == "fa"
        h = c.get("/inspections/v1/public/h", headers={"User-Agent": "mobile-app/2.1", "Accept-Encoding": "br"}).json()["headers"]
        assert h["user-agent"] == "mobile-app/2.1" and h["accept-encoding"] == "br"


def test_encoded_answer_is_passed_on_as_encoded(make_gateway, echo):
    with make_gateway(inspections_url=echo).client() as c:
        r = c.get("/inspections/v1/public/gzip", headers={"Accept-Encoding": "gzip"})
        assert r.headers["content-encoding"] == "gzip"
        assert int(r.headers["content-length"]) == len(gzip.compress(b'{"compressed": true}' * 50))
        assert r.content == b'{"compressed": true}' * 50  # httpx decoded what the gateway passed on


@pytest.mark.python_gateway
def test_upstream_that_stalls_mid_answer_is_504_problem(make_gateway, echo):
    with make_gateway(inspections_url=echo, upstream_timeouts={"inspections": 0.5}).client() as c:
        r = c.get("/inspections/v1/public/stalls")
        assert r.status_code == 504
        assert r.headers["content-type"].startswith("application/problem+json")
        assert r.json()["upstream"] == "inspections"


def test_upstream_that_stalls_mid_answer_never_passes_for_a_complete_answer(make_gateway, echo):
    # The Python gateway reads small answers whole (504); HAProxy has sent the status already and
    # cuts the body short: either way the client cannot take the partial body for the answer.
    with make_gateway(inspections_url=echo, upstream_timeouts={"inspections": 0.5}).client() as c:
        try:
            r = c.get("/inspections/v1/public/stalls")
        except httpx.RemoteProtocolError:
            return
        assert r.status_code == 504 and r.json()["upstream"] == "inspections"
