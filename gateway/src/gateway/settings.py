"""Gateway settings (env prefix GATEWAY_): upstream URLs, limits, timeouts, circuit breaker, CORS."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, model_validator
from pydantic_settings import SettingsConfigDict

from shared.settings import ServiceSettings

# The four upstreams: name -> (gateway prefix, default URL). ARCHITECTURE.md, "Ports and routes".
UPSTREAMS: dict[str, tuple[str, str]] = {
    "customs": ("/customs", "http://127.0.0.1:8001"),
    "claims": ("/claims", "http://127.0.0.1:8002"),
    "offlabel": ("/offlabel", "http://127.0.0.1:8003"),
    "inspections": ("/inspections", "http://127.0.0.1:8004"),
}


class GatewaySettings(ServiceSettings):
    """Settings of the gateway process; every field is read from GATEWAY_<FIELD>."""

    model_config = SettingsConfigDict(env_prefix="GATEWAY_", extra="ignore")

    service_name: str = "gateway"
    host: str = "0.0.0.0"  # noqa: S104 - the public entry point; containers publish it on every interface
    port: int = 8000
    workers: int = 1
    access_log: bool = True
    customs_url: str = UPSTREAMS["customs"][1]
    claims_url: str = UPSTREAMS["claims"][1]
    offlabel_url: str = UPSTREAMS["offlabel"][1]
    inspections_url: str = UPSTREAMS["inspections"][1]
    # Requests per minute per client (token subject, else address); 0 disables the limit.
    rate_per_minute: int = 6000
    # Trust an incoming X-Forwarded-For (only behind a trusted load balancer), and then only from a peer
    # in GATEWAY_TRUSTED_PROXIES (the load balancer's addresses); else the socket peer is the client.
    trust_forwarded_for: bool = False
    # Who may read /metrics: addresses or networks (the Prometheus scraper); everyone else gets 403.
    metrics_allow_from: str = "127.0.0.1,::1"
    # Redis shared by every gateway replica (rate limits, open circuits); unset = in-process state.
    redis_url: str | None = None
    redis_prefix: str = "regplat:gateway"
    # Seconds an idle upstream connection is kept: below the services' keep-alive (<SVC>_KEEP_ALIVE_SECONDS,
    # 15 s), so the gateway, not the service, closes an idle connection (no reset of a reused one).
    upstream_keepalive_expiry: float = 4.0
    # Seconds: whole-request timeout per upstream (read/write/pool) and the connect timeout.
    upstream_timeout: float = 10.0
    upstream_connect_timeout: float = 2.0
    # Per-upstream override of upstream_timeout, e.g. GATEWAY_UPSTREAM_TIMEOUTS='{"claims": 30}'.
    upstream_timeouts: dict[str, float] = Field(default_factory=dict)
    # Keep-alive connections per upstream in the one httpx client (held in pools of 4, see
    # gateway/transport.py); requests beyond it wait for a free one, at most upstream_queue_timeout
    # seconds, then 503. 128 rather than 32: with 100 concurrent clients a 32-connection limit made
    # requests queue here and raised p99 from ~0.26 s to ~1.2 s (bench/README.md, 2026-11-22).
    upstream_max_connections: int = 128
    upstream_queue_timeout: float = 5.0
    # Circuit breaker: open after N consecutive transport failures, half-open after the cool-down.
    breaker_failures: int = 5
    breaker_cooldown_seconds: float = 10.0
    # Retry-After (seconds) sent with a 503 when an upstream refused the connection.
    retry_after_seconds: int = 5
    # Seconds the merged OpenAPI document is cached (then rebuilt from the services' documents).
    openapi_cache_seconds: float = 30.0
    # The last complete merged document is saved here (default <data dir>/openapi/merged.json) and
    # served while a service's document cannot be had; before the first complete merge the seed is
    # served instead (default: the committed openapi/merged.json of a source checkout; "" = none).
    openapi_store: Path | None = None
    openapi_seed: str | None = None
    # CORS: comma-separated origins ("*" for any); empty disables CORS headers.
    cors_origins: str = ""
    cors_allow_credentials: bool = False
    # HAProxy as the data plane (gateway/src/gateway/haproxy.py, `make gateway-config`): where this
    # Python app (merged OpenAPI, docs, /readyz, /metrics) listens behind HAProxy, HAProxy's threads,
    # and its peers ("name=host:port,...") that share the
    # rate-limit table between replicas; the local peer's name defaults to the host name.
    app_url: str = "http://127.0.0.1:8005"
    haproxy_threads: int = 1
    haproxy_maxconn: int = 4096
    haproxy_peers: str = ""
    haproxy_local_peer: str = ""
    haproxy_health_interval: float = 5.0

    def upstream_urls(self) -> dict[str, str]:
        return {name: getattr(self, f"{name}_url").rstrip("/") for name in UPSTREAMS}

    def openapi_store_path(self) -> Path:
        return self.openapi_store or (self.data_dir / "openapi" / "merged.json")

    def openapi_seed_path(self) -> Path | None:
        if self.openapi_seed is None:
            from gateway.openapi import seed_path

            return seed_path()
        return Path(self.openapi_seed) if self.openapi_seed else None

    def timeout_for(self, name: str) -> float:
        return float(self.upstream_timeouts.get(name, self.upstream_timeout))

    @model_validator(mode="after")
    def _refuse_dev_defaults(self) -> GatewaySettings:
        """The gateway has no database; in production only the development keys are refused."""
        if self.environment == "production":
            if not (self.jwks_url or self.jwks_path):
                raise ValueError("GATEWAY_JWKS_URL or GATEWAY_JWKS_PATH must be set in production (development keys are refused)")
            if self.jwks_path and Path(self.jwks_path).resolve() == (self.data_dir / "keys" / "jwks.json").resolve():
                raise ValueError("the development JWKS under the data folder is refused in production")
        return self
