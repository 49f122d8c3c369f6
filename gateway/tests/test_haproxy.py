"""HAProxy as the data plane: what only it has (limits shared between replicas through `peers`, its
Prometheus exporter), what the configuration is made from (the JWKS's keys by kid, the settings),
and token checks both data planes must agree on (issuer, a key that is not in the JWKS)."""

from __future__ import annotations

import json
import re
import subprocess
import time

import httpx
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from gateway.haproxy import check_config, render, start_haproxy, wait_listening, write_config
from gateway.settings import GatewaySettings
from shared.auth import mint_token

from .conftest import GatewayServer, free_port, require_haproxy

PROBLEM = "application/problem+json"


def _settings(platform, services, **overrides) -> GatewaySettings:
    values = dict(
        environment="test",
        jwt_issuer="regplat-dev",
        data_dir=platform.data_dir,
        jwks_path=platform.jwks_path,
        host="127.0.0.1",
        customs_url=services["customs"].url,
        offlabel_url=services["offlabel"].url,
        access_log=False,
    )
    return GatewaySettings(**{**values, **overrides})


def test_configuration_is_made_from_the_settings_the_allow_list_and_every_key_of_the_jwks(platform, services, tmp_path):
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    jwks = json.loads(platform.jwks_path.read_text())
    from jwt.algorithms import RSAAlgorithm

    extra = json.loads(RSAAlgorithm.to_jwk(other.public_key()))
    jwks["keys"].append({**extra, "kid": "next-1", "use": "sig", "alg": "RS256"})
    path = tmp_path / "jwks.json"
    path.write_text(json.dumps(jwks))
    s = _settings(
        platform,
        services,
        jwks_path=path,
        rate_per_minute=77,
        max_body_bytes=4096,
        jwt_issuer="https://idp.example.ir",
        upstream_timeouts={"claims": 30},
        haproxy_peers="a=127.0.0.1:10001,b=127.0.0.1:10002",
        cors_origins="https://app.example.ir",
    )
    files = render(s, tmp_path / "out")
    cfg = files["haproxy.cfg"].decode()
    assert sorted(k for k in files if k.startswith("keys/")) == ["keys/0.pem", "keys/1.pem"]
    assert any(f.startswith(b"-----BEGIN PUBLIC KEY-----") for k, f in files.items() if k.startswith("keys/"))
    assert "var(txn.kid) -m str dev-1" in cfg and "var(txn.kid) -m str next-1" in cfg
    assert "sc_gpc0_rate(0) ge 77" in cfg and "req.hdr_val(content-length) gt 4096" in cfg
    assert "var(txn.iss) -m str https://idp.example.ir" in cfg
    assert re.search(r"backend claims\n    timeout server 30000ms", cfg)
    assert "peer a 127.0.0.1:10001" in cfg and "peers regplat" in cfg.split("backend rate_clients")[1]
    assert "^(?:/customs/v1/precheck)$" in cfg and "|/inspections/v1/centers/[^/]+/public\\-status|" in cfg
    assert "fa:offlabel-connect:t سرویس موقتاً در دسترس نیست" in files["problems.map"].decode()
    if not require_haproxy_soft():
        return
    check_config(write_config(s, tmp_path / "written"))  # haproxy -c accepts it


def require_haproxy_soft() -> bool:
    from gateway.haproxy import haproxy_binary

    return haproxy_binary() is not None


def test_issuer_is_checked_when_set_and_an_unknown_key_is_refused(make_gateway, platform):
    with make_gateway(jwt_issuer="regplat-dev").client() as c:
        assert c.get("/offlabel/v1/decisions/verify", headers=platform.auth("admin")).status_code == 200
        r = c.get("/offlabel/v1/decisions/verify", headers=platform.auth("admin", issuer="someone-else"))
        assert r.status_code == 401 and r.headers["content-type"].startswith(PROBLEM) and "issuer" in r.json()["detail"].lower()
        stranger = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        pem = stranger.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
        forged = mint_token(pem, role="admin")  # right kid, wrong key
        r = c.get("/offlabel/v1/regulations", headers={"Authorization": f"Bearer {forged}"})
        assert r.status_code == 401 and r.headers["www-authenticate"].startswith("Bearer")
        assert c.get("/offlabel/v1/regulations", headers=platform.auth("admin", kid="unknown-kid")).status_code == 401


def test_haproxy_metrics_count_answers_per_upstream(platform, services, tmp_path):
    require_haproxy()
    s = _settings(platform, services, port=free_port())
    app = GatewayServer(s.model_copy(update={"port": free_port()})).start()
    proc = start_haproxy(write_config(s.model_copy(update={"app_url": app.url}), tmp_path), tmp_path / "haproxy.log")
    try:
        wait_listening("127.0.0.1", s.port, proc, log_path=tmp_path / "haproxy.log")
        with httpx.Client(base_url=f"http://127.0.0.1:{s.port}", trust_env=False, timeout=10) as c:
            for _ in range(3):
                assert c.get("/offlabel/v1/regulations").status_code == 200
            assert c.get("/offlabel/v1/decisions/verify").status_code == 401
            text = c.get("/metrics").text
        m = re.search(r'haproxy_backend_http_responses_total\{proxy="offlabel",code="2xx"\} (\d+)', text)
        assert m and int(m.group(1)) >= 3
        assert re.search(r'haproxy_backend_active_servers\{proxy="offlabel"\} 1', text)
    finally:
        proc.terminate()
        proc.wait(10)
        app.stop()


def test_rate_limit_holds_across_two_replicas_through_peers(platform, services, tmp_path):
    """Two HAProxy replicas share one stick table: a client's requests on both count against one limit."""
    require_haproxy()
    app = GatewayServer(_settings(platform, services, port=free_port())).start()
    pa, pb, peer_a, peer_b = (free_port() for _ in range(4))
    peers = f"a=127.0.0.1:{peer_a},b=127.0.0.1:{peer_b}"
    procs: list[subprocess.Popen] = []
    try:
        for name, port in (("a", pa), ("b", pb)):
            s = _settings(platform, services, port=port, app_url=app.url, rate_per_minute=4, haproxy_peers=peers)
            proc = start_haproxy(write_config(s, tmp_path / name), tmp_path / f"{name}.log", local_peer=name)
            procs.append(proc)
            wait_listening("127.0.0.1", port, proc, log_path=tmp_path / f"{name}.log")
        time.sleep(3.5)  # the peers connect to each other (a retries its connection to b, started after it)
        url = "/offlabel/v1/regulations/1000%2F99%2F9958"
        with httpx.Client(trust_env=False, timeout=10) as c:
            assert [c.get(f"http://127.0.0.1:{pa}{url}").status_code for _ in range(2)] == [200, 200]
            time.sleep(0.5)  # replica a pushes its counters to b
            assert [c.get(f"http://127.0.0.1:{pb}{url}").status_code for _ in range(2)] == [200, 200]
            time.sleep(0.5)
            r = c.get(f"http://127.0.0.1:{pa}{url}")
            assert r.status_code == 429, "the limit of 4 per minute was spent on two replicas"
            assert r.headers["content-type"].startswith(PROBLEM) and 1 <= int(r.headers["retry-after"]) <= 60
            assert c.get(f"http://127.0.0.1:{pb}{url}").status_code == 429
            # Another client (a token's subject) has its own allowance on both.
            assert c.get(f"http://127.0.0.1:{pb}{url}", headers=platform.auth("admin", sub="other")).status_code == 200
    finally:
        for proc in procs:
            proc.terminate()
            proc.wait(10)
        app.stop()


def test_audience_may_be_a_list_that_holds_ours(make_gateway, platform):
    # PyJWT accepts an `aud` list that contains the audience; identity providers often send one.
    with make_gateway().client() as c:
        ok = platform.auth("admin", audience=["account", "regplat"])
        assert c.get("/offlabel/v1/decisions/verify", headers=ok).status_code == 200
        other = platform.auth("admin", audience=["account", "regplat-other"])
        assert c.get("/offlabel/v1/decisions/verify", headers=other).status_code == 401


def test_a_token_from_the_future_is_refused(make_gateway, platform):
    # PyJWT refuses nbf or iat later than now + the 30 s leeway; HAProxy checks the same claims.
    later = int(time.time()) + 3600
    with make_gateway().client() as c:
        assert c.get("/offlabel/v1/regulations", headers=platform.auth("admin", nbf=later)).status_code == 401
        assert c.get("/offlabel/v1/regulations", headers=platform.auth("admin", iat=later)).status_code == 401
        assert c.get("/offlabel/v1/regulations", headers=platform.auth("admin", nbf=int(time.time()) - 10)).status_code == 200
