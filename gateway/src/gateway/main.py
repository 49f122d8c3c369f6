"""The gateway: the application factory and process entry point (port 8000, env prefix GATEWAY_)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from functools import partial
from http.cookiejar import CookieJar, DefaultCookiePolicy
from pathlib import Path
from typing import Any

import fastapi_offline
import httpx
from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.openapi.utils import get_openapi
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, Counter, Gauge, generate_latest
from starlette.middleware.cors import CORSMiddleware

from gateway.breaker import STATE_VALUE, CircuitBreaker
from gateway.openapi import TITLE, DocumentUnavailable, MergedOpenAPI
from gateway.proxy import ProxyMiddleware, Upstream
from gateway.routes import PublicRoutes
from gateway.settings import UPSTREAMS, GatewaySettings
from gateway.shared_state import SharedCircuits
from gateway.transport import ShardedTransport
from shared.auth import KeySet, TokenValidator
from shared.errors import install_error_handlers, problem, problem_responses
from shared.middleware import Metrics, MetricsMiddleware, RequestIdMiddleware, configure_logging
from shared.ratelimit import RateLimiter, RedisRateLimiter, is_trusted, make_limiter, parse_networks

Settings = GatewaySettings

# The documentation assets the gateway serves, from the installed fastapi-offline package: name -> media type.
DOC_ASSETS_DIR = Path(fastapi_offline.__file__).parent / "static"
DOC_ASSETS = {
    "swagger-ui-bundle.js": "text/javascript; charset=utf-8",
    "swagger-ui.css": "text/css; charset=utf-8",
    "redoc.standalone.js": "text/javascript; charset=utf-8",
    "favicon.png": "image/png",
}


def get_settings() -> GatewaySettings:
    return GatewaySettings()


@dataclass
class Gateway:
    """Everything the proxy needs, built once per process; `client` is the one pooled httpx client."""

    settings: GatewaySettings
    upstreams: list[Upstream]
    tokens: TokenValidator
    public: PublicRoutes
    limiter: RateLimiter | RedisRateLimiter | None
    metrics: Metrics
    upstream_errors: Counter
    openapi: MergedOpenAPI
    circuits: SharedCircuits | None = None  # open circuits shared through Redis (GATEWAY_REDIS_URL)
    trusted_proxies: tuple = ()  # peers whose X-Forwarded-For is believed (with GATEWAY_TRUST_FORWARDED_FOR)
    # set by the lifespan, before the first request
    client: httpx.AsyncClient = field(default=None)  # type: ignore[assignment]


def build_gateway(settings: GatewaySettings) -> Gateway:
    urls = settings.upstream_urls()
    upstreams = [
        Upstream(
            name=name,
            prefix=prefix,
            url=urls[name],
            timeout=httpx.Timeout(settings.timeout_for(name), connect=settings.upstream_connect_timeout),
            breaker=CircuitBreaker(settings.breaker_failures, settings.breaker_cooldown_seconds),
            slots=asyncio.Semaphore(settings.upstream_max_connections),
        )
        for name, (prefix, _default) in UPSTREAMS.items()
    ]
    metrics = Metrics("gateway")
    upstream_errors = Counter("gateway_upstream_errors_total", "Failed exchanges with an upstream, by kind", ["upstream", "kind"], registry=metrics.registry)
    circuit = Gauge("gateway_circuit_state", "Circuit per upstream: 0 closed, 1 open, 2 half-open", ["upstream"], registry=metrics.registry)
    for up in upstreams:
        circuit.labels(up.name).set_function(partial(_circuit_value, up.breaker))
    return Gateway(
        settings=settings,
        upstreams=upstreams,
        tokens=TokenValidator(KeySet(path=settings.effective_jwks_path, url=settings.jwks_url), settings.jwt_audience, settings.jwt_issuer),
        public=PublicRoutes(prefixes=[up.prefix for up in upstreams]),
        limiter=make_limiter(settings.rate_per_minute, settings.redis_url, settings.redis_prefix) if settings.rate_per_minute > 0 else None,
        metrics=metrics,
        upstream_errors=upstream_errors,
        openapi=MergedOpenAPI(
            settings.openapi_cache_seconds,
            store=settings.openapi_store_path(),
            seed=settings.openapi_seed_path(),
            rate_limited=settings.rate_per_minute > 0,
        ),
        circuits=SharedCircuits(settings.redis_url, settings.redis_prefix) if settings.redis_url else None,
        trusted_proxies=parse_networks(settings.trusted_proxies),
    )


def _circuit_value(breaker: Any) -> float:
    return float(STATE_VALUE[breaker.state])


def create_app(settings: GatewaySettings | None = None) -> FastAPI:  # noqa: C901 - one closure per gateway route; they share gw and settings
    """The gateway app: the proxy in front, the gateway's own routes (probes, metrics, merged OpenAPI, docs) behind."""
    settings = settings or get_settings()
    gw = build_gateway(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        n = settings.upstream_max_connections
        limits = httpx.Limits(max_connections=n, max_keepalive_connections=n)  # for any URL without a mount
        # One client; one connection pool per upstream origin, so the upstreams do not share (or scan) one pool.
        origins = {str(httpx.URL(up.url).copy_with(path="/", query=None, fragment=None)).rstrip("/") for up in gw.upstreams}
        tls = httpx.create_ssl_context()
        gw.client = httpx.AsyncClient(
            mounts={origin: ShardedTransport(n, ssl_context=tls, keepalive_expiry=settings.upstream_keepalive_expiry) for origin in origins},
            verify=tls,
            limits=limits,
            timeout=httpx.Timeout(settings.upstream_timeout, connect=settings.upstream_connect_timeout),
            follow_redirects=False,
            trust_env=False,
            # The client is shared by every caller: it must never keep a cookie from one response and
            # send it with another caller's request. Cookies travel only as the callers' own headers.
            cookies=CookieJar(policy=DefaultCookiePolicy(allowed_domains=[])),
        )
        # httpx adds its own User-Agent, Accept and Accept-Encoding to requests that lack them; a
        # proxy forwards the caller's headers only (an upstream must not gzip for a caller who
        # did not ask for it).
        for name in list(gw.client.headers):
            del gw.client.headers[name]
        try:
            yield
        finally:
            await gw.client.aclose()
            for shared in (gw.limiter, gw.circuits):
                aclose = getattr(shared, "aclose", None)
                if aclose is not None:
                    await aclose()

    app = FastAPI(
        title="Regulatory platform gateway",
        version="0.1.0",
        lifespan=lifespan,
        openapi_url=None,
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.gateway = gw
    install_error_handlers(app)

    def own_openapi() -> dict[str, Any]:
        return own_document(app)

    @app.get("/healthz", tags=["gateway"], summary="The gateway process is up", operation_id="getGatewayHealth")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get(
        "/readyz",
        tags=["gateway"],
        summary="Ready when every upstream's /readyz answers 200",
        responses=problem_responses(503),
        operation_id="getGatewayReadiness",
    )
    async def readyz(request: Request) -> Any:
        probe_timeout = httpx.Timeout(min(settings.upstream_timeout, 3.0), connect=settings.upstream_connect_timeout)

        async def probe(up: Upstream) -> dict[str, Any]:
            try:
                r = await gw.client.get(up.url + "/readyz", timeout=probe_timeout)
                return {"status": r.status_code, "ready": r.status_code == 200, "url": up.url, "circuit": up.breaker.state}
            except httpx.HTTPError as exc:
                return {"status": None, "ready": False, "error": type(exc).__name__, "url": up.url, "circuit": up.breaker.state}

        results = await asyncio.gather(*(probe(up) for up in gw.upstreams))
        upstreams = {up.name: res for up, res in zip(gw.upstreams, results, strict=True)}
        down = [name for name, res in upstreams.items() if not res["ready"]]
        if not down:
            return {"status": "ready", "upstreams": upstreams}
        return problem(
            request,
            503,
            "upstream-unavailable",
            f"Not ready: {', '.join(down)} not ready.",
            detail_fa=f"آماده نیست: {'، '.join(down)}",
            headers={"Retry-After": str(settings.retry_after_seconds)},
            extra={"status_text": "not-ready", "upstreams": upstreams},
        )

    metrics_from = parse_networks(settings.metrics_allow_from)

    @app.get(
        "/metrics",
        tags=["gateway"],
        summary="Prometheus metrics (only to GATEWAY_METRICS_ALLOW_FROM)",
        response_class=Response,
        responses=problem_responses(403),
        operation_id="getGatewayMetrics",
    )
    def metrics(request: Request) -> Response:
        if not is_trusted(request.client.host if request.client else "", metrics_from):
            return problem(request, 403, "forbidden", "The metrics are not public.", detail_fa="سنجه‌ها عمومی نیستند.")
        return Response(generate_latest(gw.metrics.registry), media_type=CONTENT_TYPE_LATEST)

    @app.get("/openapi.json", include_in_schema=False)
    async def openapi(request: Request) -> Response:
        """The merged document; never partial: the last complete copy while a service's is missing, else 503."""
        try:
            doc = await gw.openapi.get(gw.client, own_openapi(), gw.upstreams, timeout=settings.upstream_timeout)
        except DocumentUnavailable as exc:
            names = ", ".join(exc.missing)
            return problem(
                request,
                503,
                "upstream-unavailable",
                f"The API document is unavailable: the OpenAPI document of {names} cannot be had.",
                detail_fa=f"سند API در دسترس نیست: سند OpenAPI سرویس {names} در دسترس نیست.",
                headers={"Retry-After": str(settings.retry_after_seconds)},
                extra={"services": exc.missing},
            )
        stale = gw.openapi.stale
        return JSONResponse(doc, headers={"X-OpenAPI-Stale": ", ".join(stale)} if stale else None)

    # Swagger UI and ReDoc from the files of the fastapi-offline package: no CDN, no external host.
    assets = {name: DOC_ASSETS_DIR / name for name in DOC_ASSETS}

    @app.get("/static/docs/{name}", include_in_schema=False)
    def doc_asset(name: str, request: Request) -> Response:
        if name not in assets or not assets[name].is_file():
            return problem(request, 404, "not-found", f"No documentation asset {name}.")
        return FileResponse(assets[name], media_type=DOC_ASSETS[name], headers={"Cache-Control": "public, max-age=86400"})

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title=f"{TITLE} - Swagger UI",
            swagger_js_url="/static/docs/swagger-ui-bundle.js",
            swagger_css_url="/static/docs/swagger-ui.css",
            swagger_favicon_url="/static/docs/favicon.png",
        )

    @app.get("/redoc", include_in_schema=False)
    def redoc() -> HTMLResponse:
        return get_redoc_html(
            openapi_url="/openapi.json",
            title=f"{TITLE} - ReDoc",
            redoc_js_url="/static/docs/redoc.standalone.js",
            redoc_favicon_url="/static/docs/favicon.png",
            with_google_fonts=False,
        )

    @app.get("/", include_in_schema=False)
    def index() -> dict[str, Any]:
        return {
            "title": TITLE,
            "docs": "/docs",
            "redoc": "/redoc",
            "openapi": "/openapi.json",
            "services": {up.name: up.prefix for up in gw.upstreams},
        }

    # Added last = outermost: request id, CORS, the proxy, then metrics of the gateway's own routes.
    app.add_middleware(MetricsMiddleware, metrics=gw.metrics)
    app.add_middleware(ProxyMiddleware, gateway=gw)
    origins = [o.strip() for o in settings.cors_origins.split(",") if o.strip()]
    if origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=origins,
            allow_credentials=settings.cors_allow_credentials,
            allow_methods=["*"],
            allow_headers=["*"],
            expose_headers=["X-Request-ID", "Retry-After", "ETag", "Location"],
        )
    app.add_middleware(RequestIdMiddleware)
    return app


def own_document(app: FastAPI) -> dict[str, Any]:
    """The gateway's own routes (probes, metrics) as an OpenAPI document, the first part of the merged one."""
    return get_openapi(title=app.title, version=app.version, routes=app.routes)


def server_options(settings: GatewaySettings) -> dict[str, Any]:
    """uvicorn options of the gateway process (also used by the tests, so they run what production runs)."""
    return dict(
        log_config=None,
        access_log=settings.access_log,
        # The proxy reads X-Forwarded-For itself, and only when GATEWAY_TRUST_FORWARDED_FOR is set
        # (otherwise any caller could choose the address its rate limit is counted under); uvicorn
        # must leave the socket's peer address alone so that it can be appended to the chain.
        proxy_headers=False,
    )


def main() -> None:  # pragma: no cover - process entry
    import uvicorn

    settings = get_settings()
    configure_logging(settings.log_level)
    # httpx logs every forwarded request at INFO; the access log and /metrics already cover them.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    uvicorn.run(
        "gateway.main:create_app",
        factory=True,
        host=settings.host,
        port=settings.port,
        workers=settings.workers,
        **server_options(settings),
    )


if __name__ == "__main__":
    main()
