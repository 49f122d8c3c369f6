"""HAProxy as the data plane: its configuration generated from the gateway's own route table,
public allow-list, limits, timeouts and JWKS (one source of truth), and a helper that runs it.

`python -m gateway.haproxy --out DIR` (or `make gateway-config`) writes DIR/haproxy.cfg, the
JWKS's public keys as PEM files (what `jwt_verify` reads), the problem+json bodies and their
English and Persian texts (DIR/problems.map). HAProxy then does per request what
gateway/src/gateway/proxy.py does: request id, dot-segment and allow-list checks, RS256 token
checks (signature, exp, nbf, aud, iss), a per-client rate limit in a stick table (shared between
replicas with `peers`), body limits, a circuit per upstream (servers marked down after
consecutive connection errors, back after a good health check) and problem+json answers. Every
path that is not an upstream's goes to the Python gateway app (merged OpenAPI, docs, /readyz).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from urllib.parse import urlsplit

from gateway.routes import PUBLIC_ROUTES, _compile
from gateway.settings import UPSTREAMS, GatewaySettings
from shared.errors import TITLES, TYPE_BASE, DomainError

PROBLEM_JSON = "application/problem+json"
# The gateway app's own routes that stay in front of everything (the rest of its paths too).
APP_BACKEND = "gateway_app"
RATE_TABLE = "rate_clients"
# The access log line: client, backend/server, timers, status, bytes, request id, request line.
LOG_FORMAT = '"%ci:%cp [%tr] %b/%s %TR/%Tw/%Tc/%Tr/%Ta %ST %B %tsc rid=%[var(txn.rid)] %{+Q}r"'
# A chunked body is counted in HAProxy's buffer only up to this size; larger limits are left to
# the services, which count every body themselves (shared.middleware.BodySizeLimitMiddleware).
CHUNKED_CHECK_MAX = 8192
# How many entries of an `aud` list are compared with the audience.
AUD_LIST_MAX = 4


class HAProxyConfigError(DomainError):
    """The configuration cannot be generated (no keys, bad URL) or HAProxy refuses it."""

    status, type = 500, "internal"


@dataclass(frozen=True)
class Problem:
    """One problem+json answer HAProxy gives itself: status, type, English and Persian detail."""

    key: str
    status: int
    type: str
    detail: str
    detail_fa: str
    upstream: str | None = None


def _problems(s: GatewaySettings) -> list[Problem]:
    """Every answer HAProxy writes itself, with the texts the Python gateway uses."""
    out = [
        Problem("dot", 404, "not-found", "No route at this path (dot segments are refused).", "مسیری با این نشانی نیست."),
        Problem("scheme", 401, "unauthorized", "The Authorization header must be 'Bearer <token>'.", "سرآیند Authorization باید 'Bearer <token>' باشد."),
        Problem("token-required", 401, "unauthorized", "A bearer token is required for this route.", "برای این مسیر توکن لازم است."),
        Problem("malformed", 401, "unauthorized", "Malformed token.", "توکن نامعتبر است."),
        Problem("alg", 401, "unauthorized", "Only RS256 tokens are accepted.", "فقط توکن RS256 پذیرفته می‌شود."),
        Problem("signature", 401, "unauthorized", "Invalid token: the signature does not verify against any known key.", "توکن نامعتبر است."),
        Problem("expired", 401, "unauthorized", "The token has expired.", "توکن منقضی شده است."),
        Problem("claims", 401, "unauthorized", 'Invalid token: the "exp" and "sub" claims are required.', "توکن نامعتبر است."),
        Problem("immature", 401, "unauthorized", "Invalid token: the token is not yet valid (nbf or iat).", "توکن نامعتبر است."),
        Problem("audience", 401, "unauthorized", "Invalid token: Audience doesn't match.", "توکن نامعتبر است."),
        Problem("issuer", 401, "unauthorized", "Invalid token: Invalid issuer.", "توکن نامعتبر است."),
        Problem("metrics-forbidden", 403, "forbidden", "The metrics are not public.", "سنجه‌ها عمومی نیستند."),
        Problem("rate", 429, "rate-limited", "Too many requests from this client; retry later.", "درخواست‌های بیش از حد؛ بعداً دوباره تلاش کنید."),
        Problem(
            "too-large",
            413,
            "payload-too-large",
            f"The request body is larger than {s.max_body_bytes} bytes.",
            f"بدنه درخواست بیش از {s.max_body_bytes} بایت است.",
        ),
        Problem("bad-request", 400, "bad-request", "The request is not valid HTTP.", "درخواست نامعتبر است."),
        Problem("client-timeout", 408, "request-timeout", "The request did not arrive in time.", "درخواست به موقع نرسید."),
        Problem("internal", 500, "internal", "An internal error occurred in the gateway.", "خطای داخلی رخ داد."),
        Problem("no-upstream", 503, "upstream-unavailable", "The gateway's own application is unavailable.", "سرویس موقتاً در دسترس نیست."),
        Problem("app-timeout", 504, "upstream-timeout", "The gateway's own application did not answer in time.", "سرویس به موقع پاسخ نداد."),
        Problem("app-broken", 502, "bad-gateway", "The gateway's own application gave no valid answer.", "پاسخ معتبری نرسید."),
    ]
    for name in UPSTREAMS:
        out += _upstream_problems(s, name)
    return out


def _upstream_problems(s: GatewaySettings, name: str) -> list[Problem]:
    """The failures of one upstream, which name it (its routes only; the others are not affected)."""
    unavailable = f"The {name} service is unavailable: {{}}. Other services are not affected."
    fa = f"سرویس {name} موقتاً در دسترس نیست."
    return [
        Problem(f"{name}-circuit", 503, "upstream-unavailable", unavailable.format("its circuit is open after repeated failures"), fa, name),
        Problem(f"{name}-connect", 503, "upstream-unavailable", unavailable.format("it does not accept connections"), fa, name),
        Problem(
            f"{name}-timeout",
            504,
            "upstream-timeout",
            f"The {name} service did not answer within {s.timeout_for(name):g} s.",
            f"سرویس {name} به موقع پاسخ نداد.",
            name,
        ),
        Problem(f"{name}-broken", 502, "bad-gateway", f"The {name} service gave no valid answer.", f"سرویس {name} پاسخ معتبری نداد.", name),
    ]


def _jstr(text: str) -> str:
    """A JSON string's inside (no quotes): a map value, pasted into the body as it is (maps are not log-format)."""
    return json.dumps(text, ensure_ascii=False)[1:-1]


def _body(p: Problem, map_path: Path) -> str:
    """The lf-file body of one problem: texts looked up by language, instance and request id filled in per request."""
    text = f"%[var(txn.lang),concat(:{p.key}:{{}}),map({map_path})]"
    fields = [
        f'"type":"{TYPE_BASE}{p.type}"',
        f'"title":"{text.format("t")}"',
        f'"status":{p.status}',
        f'"detail":"{text.format("d")}"',
        '"instance":"%[var(txn.path),json(utf8s)]"',
        '"request_id":"%[var(txn.rid),json(utf8s)]"',
    ]
    if p.upstream:
        fields.append(f'"upstream":"{p.upstream}"')
    return "{" + ",".join(fields) + "}"


def _map_lines(problems: list[Problem]) -> list[str]:
    """problems.map: `<lang>:<key>:t <title>` and `<lang>:<key>:d <detail>` for en and fa."""
    lines = []
    for p in problems:
        en_title, fa_title = TITLES.get(p.type, (p.type.replace("-", " ").capitalize(), p.type))
        lines += [f"en:{p.key}:t {_jstr(en_title)}", f"fa:{p.key}:t {_jstr(fa_title)}"]
        lines += [f"en:{p.key}:d {_jstr(p.detail)}", f"fa:{p.key}:d {_jstr(p.detail_fa)}"]
    return lines


def jwks_pems(settings: GatewaySettings) -> dict[str, bytes]:
    """The JWKS's RS256 public keys as PEM (SubjectPublicKeyInfo), by kid; from the file or the URL."""
    import jwt
    from cryptography.hazmat.primitives import serialization

    if settings.jwks_url:
        import httpx

        data = httpx.get(settings.jwks_url, timeout=10, trust_env=False).raise_for_status().json()
    else:
        path = settings.effective_jwks_path
        if path is None or not path.exists():
            raise HAProxyConfigError(f"No JWKS at {path} (run `make dev-token` once in development, or set GATEWAY_JWKS_PATH/GATEWAY_JWKS_URL).")
        data = json.loads(path.read_text())
    pems = {}
    for k in data.get("keys", []):
        if k.get("kty") != "RSA" or k.get("use", "sig") != "sig":
            continue
        key = jwt.PyJWK(k, algorithm="RS256").key
        pems[str(k.get("kid", ""))] = key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    if not pems:
        raise HAProxyConfigError("The JWKS holds no RS256 signing key.")
    return pems


def _hostport(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme != "http" or not parts.hostname:
        raise HAProxyConfigError(f"Upstream URL {url!r}: HAProxy is configured for http://host:port upstreams.")
    return f"{parts.hostname}:{parts.port or 80}"


def _sources(spec: str) -> str:
    """Addresses or networks (comma-separated setting) as the operands of an HAProxy `src` ACL."""
    from shared.ratelimit import parse_networks

    return " ".join(str(n) for n in parse_networks(spec)) or "0.0.0.0/32"


def _ms(seconds: float) -> str:
    return f"{max(1, int(seconds * 1000))}ms"


class _Writer:
    """Collects the configuration text and knows the output folder (problem bodies are files there)."""

    def __init__(self, s: GatewaySettings, out: Path, problems: list[Problem]) -> None:
        self.s, self.out = s, out
        self.lines: list[str] = []
        self.map_path = out / "problems.map"
        self.problems = {p.key: p for p in problems}

    def add(self, *lines: str) -> None:
        self.lines.extend(lines)

    def ret(self, key: str, cond: str, headers: tuple[str, ...] = ()) -> str:
        """An `http-request return` of a problem+json answer under a condition."""
        p = self.problems[key]
        hdrs = "".join(f" hdr {h}" for h in ("Content-Language %[var(txn.lang)]", *headers))
        return f"    http-request return status {p.status} content-type {PROBLEM_JSON} lf-file {self.out / 'problems' / key}.json{hdrs} if {cond}"

    def error(self, key: str, status: int | None = None, headers: tuple[str, ...] = ()) -> str:
        """An `http-error` (HAProxy's own error of that status) answered with a problem body."""
        p = self.problems[key]
        hdrs = "".join(f" hdr {h}" for h in ("Content-Language %[var(txn.lang)]", *headers))
        return f"    http-error status {status or p.status} content-type {PROBLEM_JSON} lf-file {self.out / 'problems' / key}.json{hdrs}"


def _global(w: _Writer) -> None:
    s = w.s
    w.add(
        "# Generated by `python -m gateway.haproxy` (make gateway-config) from the gateway's settings,",
        "# route table (gateway/settings.py), allow-list (gateway/routes.py) and JWKS. Do not edit.",
        "global",
        f"    maxconn {s.haproxy_maxconn}",
        f"    nbthread {max(1, s.haproxy_threads)}",
        "    hard-stop-after 15s",
        f"    log stderr format raw local0 {'info' if s.access_log else 'notice'}",
        "",
    )
    if s.haproxy_peers:
        w.add("peers regplat")
        for entry in s.haproxy_peers.split(","):
            name, _, addr = entry.strip().partition("=")
            w.add(f"    peer {name} {addr}")
        w.add("")


def _defaults(w: _Writer) -> None:
    s = w.s
    w.add(
        "defaults",
        "    mode http",
        "    log global",
        *([f"    log-format {LOG_FORMAT}"] if s.access_log else ["    option dontlog-normal", "    option dontlognull"]),
        f"    timeout connect {_ms(s.upstream_connect_timeout)}",
        "    timeout client 60s",
        f"    timeout server {_ms(s.upstream_timeout)}",
        f"    timeout queue {_ms(s.upstream_queue_timeout)}",
        "    timeout http-request 15s",
        "    timeout http-keep-alive 60s",
        "    timeout check 2s",
        "    # Tried once more: a refused connection (nothing was sent, so any method), and for GET/HEAD/OPTIONS",
        "    # (see disable-l7-retry in each backend) a connection the upstream closed before any answer byte.",
        "    retries 1",
        "    retry-on conn-failure empty-response",
        "    option http-keep-alive",
        w.error("bad-request"),
        w.error("client-timeout"),
        w.error("internal"),
        w.error("no-upstream", headers=(f"Retry-After {s.retry_after_seconds}",)),
        w.error("app-timeout"),
        w.error("app-broken"),
        "",
    )


def _frontend_head(w: _Writer) -> None:
    """Request id, language, own /healthz, routing to an upstream, dot segments, forwarded headers."""
    s = w.s
    w.add(
        "frontend gateway",
        f"    bind {s.host}:{s.port}",
        "    unique-id-format %[uuid(4),regsub(-,,g)]",
        "    http-request set-var(txn.rid) req.fhdr(x-request-id),bytes(0,128) if { req.fhdr(x-request-id) -m len gt 0 }",
        "    http-request set-var(txn.rid) unique-id unless { var(txn.rid) -m found }",
        "    http-request set-header X-Request-ID %[var(txn.rid)]",
        "    http-after-response set-header X-Request-ID %[var(txn.rid)]",
        "    http-request set-var(txn.path) path",
        "    http-request set-var(txn.lang) str(en)",
        "    # Persian when the first language the caller lists is Persian.",
        "    http-request set-var(txn.lang) str(fa) if { req.fhdr(accept-language) -m reg -i ^[[:space:]]*fa }",
        '    http-request return status 200 content-type application/json string \'{"status":"ok"}\' if { path /healthz } METH_GET',
        "    # The data plane's metrics (Prometheus): requests and answers per backend (= upstream), server states;",
        "    # only to GATEWAY_METRICS_ALLOW_FROM (the scraper), 403 to everyone else.",
        f"    acl metrics_ok src {_sources(s.metrics_allow_from)}",
        w.ret("metrics-forbidden", "{ path /metrics } !metrics_ok"),
        "    http-request use-service prometheus-exporter if { path /metrics } METH_GET",
    )
    for name, (prefix, _url) in UPSTREAMS.items():
        w.add(f"    acl to_{name} path {prefix}", f"    acl to_{name} path_beg {prefix}/")
        w.add(f"    http-request set-var(txn.up) str({name}) if to_{name}")
    w.add(
        "    acl upstream var(txn.up) -m found",
        "    acl dot_segment path -m reg -i /(\\.|%2e)(\\.|%2e)?(/|$)",
        w.ret("dot", "upstream dot_segment"),
        "    http-request del-header X-Forwarded-Proto",
        "    http-request del-header X-Forwarded-Host",
        "    http-request del-header X-Forwarded-Prefix",
        "    http-request del-header X-Real-IP",
        "    # Hop-by-hop headers (RFC 9110 7.6.1) stay between the caller and HAProxy.",
        "    http-request del-header TE",
        "    http-request del-header Trailer",
        "    http-request del-header Keep-Alive",
        "    http-request del-header Proxy-Connection",
        "    http-request del-header Proxy-Authorization",
        "    http-request del-header Connection",
        "    http-response del-header Keep-Alive",
        "    http-response del-header Proxy-Authenticate",
        "    http-request set-header X-Forwarded-Proto http",
        "    http-request set-header X-Forwarded-Proto https if { ssl_fc }",
        "    http-request set-header X-Forwarded-Host %[req.hdr(host)] if { req.hdr(host) -m found }",
    )
    if s.trust_forwarded_for:
        w.add(
            f"    acl from_proxy src {_sources(s.trusted_proxies)}",
            "    http-request set-var(txn.client_ip) req.hdr(x-forwarded-for,1) if from_proxy { req.hdr(x-forwarded-for) -m found }",
            "    http-request set-var(txn.client_ip) src unless { var(txn.client_ip) -m found }",
            "    http-request set-header X-Forwarded-For %[req.fhdr(x-forwarded-for)],\\ %[src] if from_proxy { req.hdr(x-forwarded-for) -m found }",
            "    http-request set-header X-Forwarded-For %[src] unless from_proxy { req.hdr(x-forwarded-for) -m found }",
        )
    else:
        w.add("    http-request set-var(txn.client_ip) src", "    http-request set-header X-Forwarded-For %[src]")


def _public(w: _Writer) -> None:
    """The allow-list of gateway/routes.py as one regular expression on the decoded path per method set."""
    prefixes = [p for p, _ in UPSTREAMS.values()]
    groups: dict[tuple[str, ...], list[str]] = {}
    for methods, pattern in PUBLIC_ROUTES:
        expanded = [pattern.replace("{prefix}", p) for p in prefixes] if "{prefix}" in pattern else [pattern]
        groups.setdefault(tuple(methods), []).extend(_compile(p).pattern for p in expanded)
    # One alternation per method set (one JIT-compiled match), looked at only for requests without a token.
    w.add("    acl has_authz req.hdr(authorization) -m found")
    for i, (methods, regexes) in enumerate(groups.items()):
        joined = "^(?:" + "|".join(rx[1:-1] for rx in regexes) + ")$"
        w.add(f"    acl public_{i} path,url_dec -m reg {joined.replace(' ', '[ ]')}")
        w.add(f"    http-request set-var(txn.public) bool(true) if upstream !has_authz {{ method {' '.join(methods)} }} public_{i}")
    w.add("    acl public var(txn.public) -m bool")


def _auth(w: _Writer, pems: dict[str, Path]) -> None:
    """The checks of shared.auth.decode_token: RS256 signature by kid, exp, nbf and iat (30 s leeway), sub, aud, iss."""
    s = w.s
    w.add(
        w.ret("token-required", "upstream !has_authz !public", ("WWW-Authenticate Bearer",)),
        "    http-request set-var(txn.bearer) http_auth_bearer if upstream has_authz",
        "    acl bearer var(txn.bearer) -m len gt 0",
        w.ret("scheme", "upstream has_authz !bearer", ("WWW-Authenticate Bearer",)),
        "    acl jwt_shape var(txn.bearer) -m reg ^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$",
        w.ret("malformed", "bearer !jwt_shape", ("WWW-Authenticate 'Bearer error=\"invalid_token\"'",)),
        "    http-request set-var(txn.alg) var(txn.bearer),jwt_header_query('$.alg') if bearer",
        w.ret("alg", "bearer !{ var(txn.alg) -m str RS256 }", ("WWW-Authenticate 'Bearer error=\"invalid_token\"'",)),
        "    http-request set-var(txn.kid) var(txn.bearer),jwt_header_query('$.kid') if bearer",
    )
    for kid, pem in pems.items():
        cond = f"{{ var(txn.kid) -m str {kid} }}" if kid else "!{ var(txn.kid) -m found }"
        w.add(f'    http-request set-var(txn.sig) var(txn.bearer),jwt_verify("RS256","{pem}") if bearer {cond}')
    if len(pems) == 1 and "" not in pems:
        pem = next(iter(pems.values()))
        w.add(f'    http-request set-var(txn.sig) var(txn.bearer),jwt_verify("RS256","{pem}") if bearer !{{ var(txn.kid) -m found }}')
    invalid = ("WWW-Authenticate 'Bearer error=\"invalid_token\"'",)
    w.add(
        w.ret("signature", "bearer !{ var(txn.sig) -m int 1 }", invalid),
        "    http-request set-var(txn.now) date if bearer",
        "    http-request set-var(txn.exp) var(txn.bearer),jwt_payload_query('$.exp','int') if bearer",
        "    http-request set-var(txn.sub) var(txn.bearer),jwt_payload_query('$.sub') if bearer",
        w.ret("claims", "bearer !{ var(txn.exp) -m found } || bearer !{ var(txn.sub) -m len gt 0 }", invalid),
        "    http-request set-var(txn.left) var(txn.exp),add(30),sub(txn.now) if bearer",
        w.ret("expired", "bearer !{ var(txn.left) -m int gt 0 }", invalid),
        "    http-request set-var(txn.nbf) var(txn.bearer),jwt_payload_query('$.nbf','int') if bearer",
        "    http-request set-var(txn.early) var(txn.now),add(30),sub(txn.nbf) if bearer { var(txn.nbf) -m found }",
        "    http-request set-var(txn.iat) var(txn.bearer),jwt_payload_query('$.iat','int') if bearer",
        "    http-request set-var(txn.early_iat) var(txn.now),add(30),sub(txn.iat) if bearer { var(txn.iat) -m found }",
        w.ret("immature", "bearer { var(txn.early) -m int lt 0 } || bearer { var(txn.early_iat) -m int lt 0 }", invalid),
    )
    _audience(w, invalid)
    if s.jwt_issuer:
        w.add(
            "    http-request set-var(txn.iss) var(txn.bearer),jwt_payload_query('$.iss') if bearer",
            w.ret("issuer", f"bearer !{{ var(txn.iss) -m str {s.jwt_issuer} }}", invalid),
        )


def _audience(w: _Writer, invalid: tuple[str, ...]) -> None:
    """`aud` is our audience, or a list holding it (as PyJWT accepts; its first AUD_LIST_MAX entries are looked at)."""
    aud = w.s.jwt_audience
    w.add(f"    http-request set-var(txn.aud_ok) bool(true) if bearer {{ var(txn.bearer),jwt_payload_query('$.aud') -m str {aud} }}")
    for i in range(AUD_LIST_MAX):
        w.add(
            f"    http-request set-var(txn.aud_ok) bool(true) if bearer !{{ var(txn.aud_ok) -m bool }} {{ var(txn.bearer),jwt_payload_query('$.aud[{i}]') -m str {aud} }}"
        )
    w.add(w.ret("audience", "bearer !{ var(txn.aud_ok) -m bool }", invalid))


def _limits(w: _Writer) -> None:
    """Per-client rate limit (token subject, else address) counting accepted requests only; body limits."""
    s = w.s
    if s.rate_per_minute > 0:
        n = s.rate_per_minute
        w.add(
            "    http-request set-var(txn.client) str(sub:),concat(,txn.sub,) if bearer",
            "    http-request set-var(txn.client) str(ip:),concat(,txn.client_ip,) unless bearer",
            f"    http-request track-sc0 var(txn.client) table {RATE_TABLE} if upstream",
            w.ret("rate", f"upstream {{ sc_gpc0_rate(0) ge {n} }}", (f"Retry-After %[sc_gpc0_rate(0),sub({n - 1}),mul(60),div({n}),add(1)]",)),
            "    http-request sc-inc-gpc0(0) if upstream",
        )
    m = s.max_body_bytes
    w.add(w.ret("too-large", f"upstream {{ req.hdr_val(content-length) gt {m} }}"))
    if m < CHUNKED_CHECK_MAX:
        w.add(
            f"    http-request wait-for-body time 2s at-least {m + 1} if upstream {{ req.hdr(transfer-encoding) -m sub -i chunked }}",
            w.ret("too-large", f"upstream {{ req.body_size gt {m} }}"),
        )


def _cors(w: _Writer) -> None:
    """CORS as the Python gateway's CORSMiddleware answers it: allowed origins only, preflight answered here."""
    origins = [o.strip() for o in w.s.cors_origins.split(",") if o.strip()]
    if not origins:
        return
    match = "-m found" if "*" in origins else "-m str " + " ".join(origins)
    cred = "true" if w.s.cors_allow_credentials else None
    w.add(
        f"    http-request set-var(txn.origin) req.hdr(origin) if {{ req.hdr(origin) {match} }}",
        "    acl preflight method OPTIONS",
        "    acl preflight_req req.hdr(access-control-request-method) -m found",
        "    http-request return status 200 content-type text/plain string OK hdr Access-Control-Allow-Origin %[var(txn.origin)]"
        " hdr Access-Control-Allow-Methods 'DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT'"
        " hdr Access-Control-Allow-Headers %[req.hdr(access-control-request-headers)] hdr Access-Control-Max-Age 600"
        + (f" hdr Access-Control-Allow-Credentials {cred}" if cred else "")
        + " hdr Vary Origin if preflight preflight_req { var(txn.origin) -m found }",
        "    http-after-response set-header Access-Control-Allow-Origin %[var(txn.origin)] if { var(txn.origin) -m found }",
        "    http-after-response set-header Access-Control-Expose-Headers 'X-Request-ID, Retry-After, ETag, Location' if { var(txn.origin) -m found }",
    )
    if cred:
        w.add("    http-after-response set-header Access-Control-Allow-Credentials true if { var(txn.origin) -m found }")


def _backends(w: _Writer) -> None:
    """One backend per upstream: prefix stripped, Host and X-Forwarded-Prefix set, its circuit, its errors."""
    s = w.s
    urls = s.upstream_urls()
    w.add("    use_backend %[var(txn.up)] if upstream", f"    default_backend {APP_BACKEND}", "")
    for name, (prefix, _default) in UPSTREAMS.items():
        hostport = _hostport(urls[name])
        retry = f"Retry-After {s.retry_after_seconds}"
        w.add(
            f"backend {name}",
            f"    timeout server {_ms(s.timeout_for(name))}",
            "    option httpchk GET /healthz",
            "    http-check expect status 200",
            w.ret(f"{name}-circuit", "{ nbsrv lt 1 }", (f"Retry-After {max(1, math.ceil(s.breaker_cooldown_seconds))}",)),
            f"    http-request replace-path ^{prefix}$ /",
            f"    http-request replace-path ^{prefix}(/.*)$ \\1",
            f"    http-request set-header Host {hostport}",
            f"    http-request set-header X-Forwarded-Prefix {prefix}",
            "    http-request disable-l7-retry unless METH_GET || METH_OPTIONS",
            w.error(f"{name}-connect", headers=(retry,)),
            w.error(f"{name}-timeout", headers=(retry,)),
            w.error(f"{name}-broken", headers=(retry,)),
            f"    server {name} {hostport} maxconn {s.upstream_max_connections} check inter {_ms(s.haproxy_health_interval)}"
            f" downinter {_ms(s.breaker_cooldown_seconds)} fall {s.breaker_failures} rise 1"
            f" observe layer4 error-limit {s.breaker_failures} on-error mark-down pool-purge-delay {_ms(s.upstream_keepalive_expiry)}",
            "",
        )
    w.add(f"backend {APP_BACKEND}", f"    server app {_hostport(s.app_url)}", "")
    table_peers = " peers regplat" if s.haproxy_peers else ""
    w.add(f"backend {RATE_TABLE}", f"    stick-table type string len 200 size 1m expire 2m store gpc0,gpc0_rate(60s){table_peers}", "")


def render(settings: GatewaySettings, out: Path) -> dict[str, bytes]:
    """Every file of the configuration folder, by relative path (haproxy.cfg, keys, problem bodies, texts)."""
    out = out.resolve()
    problems = _problems(settings)
    pems = jwks_pems(settings)
    pem_paths = {kid: out / "keys" / f"{i}.pem" for i, kid in enumerate(pems)}
    w = _Writer(settings, out, problems)
    _global(w)
    _defaults(w)
    _frontend_head(w)
    _cors(w)
    _public(w)
    _auth(w, pem_paths)
    _limits(w)
    _backends(w)
    files = {"haproxy.cfg": ("\n".join(w.lines) + "\n").encode()}
    files["problems.map"] = ("\n".join(_map_lines(problems)) + "\n").encode()
    for kid, path in pem_paths.items():
        files[str(path.relative_to(out))] = pems[kid]
    for p in problems:
        files[f"problems/{p.key}.json"] = _body(p, w.map_path).encode()
    return files


def write_config(settings: GatewaySettings, out: Path) -> Path:
    """Write the configuration folder; return the path of haproxy.cfg."""
    out = out.resolve()
    for rel, data in render(settings, out).items():
        path = out / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return out / "haproxy.cfg"


def haproxy_binary() -> str | None:
    """The haproxy executable (HAPROXY_BIN, else the PATH, else /usr/sbin/haproxy), or None."""
    found = os.environ.get("HAPROXY_BIN") or shutil.which("haproxy")
    if found:
        return found
    return "/usr/sbin/haproxy" if Path("/usr/sbin/haproxy").exists() else None


def check_config(cfg: Path) -> None:
    """`haproxy -c`: refuse a configuration HAProxy would not load."""
    binary = haproxy_binary()
    if binary is None:
        raise HAProxyConfigError("haproxy is not installed (apt-get install haproxy)")
    r = subprocess.run([binary, "-c", "-q", "-f", str(cfg)], capture_output=True, text=True)
    if r.returncode != 0:
        raise HAProxyConfigError(f"haproxy refuses {cfg}:\n{r.stdout}{r.stderr}")


def start_haproxy(cfg: Path, log_path: Path | None = None, local_peer: str = "") -> subprocess.Popen:
    """Start HAProxy in the foreground mode (-db) on a generated configuration; the caller stops it."""
    binary = haproxy_binary()
    if binary is None:
        raise HAProxyConfigError("haproxy is not installed (apt-get install haproxy)")
    cmd = [binary, "-db", "-f", str(cfg)] + (["-L", local_peer] if local_peer else [])
    out = log_path.open("ab") if log_path else subprocess.DEVNULL
    return subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT)


def wait_listening(host: str, port: int, proc: subprocess.Popen, timeout: float = 15.0, log_path: Path | None = None) -> None:
    """Wait until HAProxy accepts connections (or fail with its exit code and the tail of its log)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            tail = log_path.read_text(errors="replace")[-3000:] if log_path and log_path.exists() else ""
            raise HAProxyConfigError(f"haproxy exited with {proc.returncode}\n{tail}")
        try:
            with socket.create_connection((host, port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise HAProxyConfigError(f"haproxy is not listening on {host}:{port} after {timeout} s")


def generate_for_env(env: dict[str, str], out: Path) -> Path:
    """Write and check the configuration the way `make gateway-config` does, from another process's environment."""
    r = subprocess.run([sys.executable, "-m", "gateway.haproxy", "--out", str(out), "--check"], env=env, capture_output=True, text=True)
    if r.returncode != 0:
        raise HAProxyConfigError(f"gateway.haproxy failed:\n{r.stdout}{r.stderr}")
    return out.resolve() / "haproxy.cfg"


def wait_for_peers(settings: GatewaySettings, timeout: float = 120.0) -> None:
    """HAProxy resolves peer names once, at start: wait until every peer's name resolves (replicas start together)."""
    hosts = [e.partition("=")[2].rpartition(":")[0] for e in settings.haproxy_peers.split(",") if e.strip()]
    deadline = time.monotonic() + timeout
    for host in hosts:
        while True:
            try:
                socket.getaddrinfo(host, None)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise HAProxyConfigError(f"peer {host} does not resolve after {timeout} s") from None
                time.sleep(1)


def run_data_plane(settings: GatewaySettings, cfg: Path, with_app: bool) -> int:
    """Containers: HAProxy in the foreground and, with --with-app, the Python gateway app on GATEWAY_APP_URL's port
    in the same container; SIGTERM goes to both, and when one exits the other is stopped."""
    import signal

    wait_for_peers(settings)
    procs = []
    if with_app:
        port = urlsplit(settings.app_url).port or 80
        env = {**os.environ, "GATEWAY_PORT": str(port), "GATEWAY_HOST": "127.0.0.1"}
        procs.append(subprocess.Popen([sys.executable, "-m", "gateway"], env=env))
    binary = haproxy_binary() or "haproxy"
    procs.append(subprocess.Popen([binary, "-db", "-f", str(cfg), "-L", settings.haproxy_local_peer or socket.gethostname()]))

    def forward(signum: int, _frame: FrameType | None) -> None:
        for p in procs:
            if p.poll() is None:
                p.send_signal(signum)

    signal.signal(signal.SIGTERM, forward)
    signal.signal(signal.SIGINT, forward)
    while all(p.poll() is None for p in procs):
        time.sleep(0.5)
    forward(signal.SIGTERM, None)
    codes = [p.wait() for p in procs]
    return next((c for c in codes if c), 0)


def main(argv: list[str] | None = None) -> int:
    """`python -m gateway.haproxy [--out DIR] [--check] [--run [--with-app]]`: write (check, run) the configuration."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=None, help="output folder (default: $REGPLAT_DATA_DIR/haproxy)")
    ap.add_argument("--check", action="store_true", help="validate with `haproxy -c` after writing")
    ap.add_argument("--run", action="store_true", help="then run haproxy in the foreground (containers)")
    ap.add_argument("--with-app", action="store_true", help="with --run: also run the Python gateway app on GATEWAY_APP_URL's port")
    args = ap.parse_args(argv)
    settings = GatewaySettings()
    cfg = write_config(settings, args.out or settings.data_dir / "haproxy")
    print(f"wrote {cfg}", file=sys.stderr)
    if args.check or args.run:
        check_config(cfg)
    if args.run:
        return run_data_plane(settings, cfg, args.with_app)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
