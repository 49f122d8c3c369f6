"""The service application factory: every service gets the same probes, metrics, errors and registry routes."""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator, Callable, Iterable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from anyio import to_thread
from fastapi import APIRouter, Depends, FastAPI, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy.orm import sessionmaker

from shared.auth import KeySet, TokenValidator, require_roles
from shared.checkpoints import DecisionLog, checkpoint_task
from shared.contract import describe_operations, operation_id
from shared.db import SessionDep, make_engine, ping, track_writes
from shared.decisions import DecisionRecord, decision_view
from shared.errors import NotFound, ServiceUnavailable, install_error_handlers, problem_responses
from shared.inputguard import refuse_nul
from shared.jalali import JDate
from shared.middleware import Metrics, ServiceMiddleware, configure_logging
from shared.migrations import upgrade_head
from shared.platform_schemas import ChainVerification, DecisionRecordView, Health, Readiness, RegulationDetail, RegulationList
from shared.provenance import Regulation, RegulationRegistry
from shared.ratelimit import RateLimiter
from shared.routing import ServiceRouter
from shared.settings import ServiceSettings

log = logging.getLogger("shared.app")

AUDIT_ROLES = ("admin", "auditor", "service")


def platform_router() -> APIRouter:
    """Routes every service serves: probes, metrics, the regulation registry, decision records."""
    r = ServiceRouter()

    @r.get("/healthz", tags=["ops"], summary="Process is up", response_model=Health)
    async def healthz() -> dict[str, str]:  # async: no thread-pool hop, most of the probe's CPU (bench/README.md)
        return {"status": "ok"}

    @r.get("/readyz", tags=["ops"], summary="Database reachable", response_model=Readiness, responses=problem_responses(503))
    async def readyz(request: Request) -> dict[str, str]:
        if not await run_in_threadpool(ping, request.app.state.engine):
            raise ServiceUnavailable("The database is not reachable.", headers={"Retry-After": "5"})
        return {"status": "ready", "service": request.app.state.settings.service_name}

    @r.get(
        "/metrics",
        tags=["ops"],
        summary="Prometheus metrics",
        response_class=Response,
        responses={
            200: {"description": "Prometheus text exposition", "content": {"text/plain": {"schema": {"type": "string"}}}},
            **problem_responses(401, 403),
        },
    )  # not public through the gateway (issue 15)
    def metrics(request: Request) -> Response:
        return Response(generate_latest(request.app.state.metrics.registry), media_type=CONTENT_TYPE_LATEST)

    @r.get("/v1/regulations", tags=["regulations"], summary="The regulation registry (SHR-PROV)", response_model=RegulationList)
    def list_regulations(
        request: Request,
        in_force_on: JDate | None = Query(None, description="Only regulations in force on this date (ISO or Jalali)"),
        service: str | None = Query(None, max_length=40, description="Only those a service applies"),
    ) -> dict[str, Any]:
        reg: RegulationRegistry = request.app.state.registry
        items = reg.in_force(in_force_on, service) if in_force_on else [r for r in reg.all() if service is None or service in r.services]
        return {
            "registry_version": reg.version,
            "items": [{**r.model_dump(mode="json"), "text_available": r.letter_text is not None} for r in items],
        }

    @r.get(
        "/v1/regulations/{number:path}",
        tags=["regulations"],
        summary="One regulation by its letter number in any accepted form, with the letter's own text (SHR-PROV)",
        response_model=RegulationDetail,
        responses=problem_responses(404),
    )
    def get_regulation(number: str, request: Request) -> dict[str, Any]:
        reg: RegulationRegistry = request.app.state.registry
        found: Regulation | None = reg.find(number)
        if found is None:
            raise NotFound(f"No regulation numbered {number!r} in the registry.", detail_fa=f"مقرره‌ای با شماره {number} ثبت نشده است.")
        return {
            **found.model_dump(mode="json"),
            **found.text_view(),
            "referenced_by": [{"type": t, "number": src.number} for t, src in reg.related(found.number)],
            "registry_version": reg.version,
        }

    @r.get(
        "/v1/decisions/verify",
        tags=["decisions"],
        summary="Whether the hash chain of decision records is intact and matches its signed checkpoints",
        description=(
            "Walks the chain and compares it with the signed checkpoints kept outside the database. "
            "When something was rewritten, `first_record_after_last_good_checkpoint` is the first record "
            "nothing vouches for; forged checkpoints are listed in `checkpoints.forged`."
        ),
        response_model=ChainVerification,
        responses=problem_responses(401, 403),
        dependencies=[Depends(require_roles(*AUDIT_ROLES))],
    )
    def verify_decision_chain(request: Request, session: SessionDep) -> dict[str, Any]:
        report: dict[str, Any] = request.app.state.decision_log.verify(session)
        return report

    @r.get(
        "/v1/decisions/{decision_id}",
        tags=["decisions"],
        summary="One stored decision record",
        response_model=DecisionRecordView,
        responses=problem_responses(401, 403, 404),
        dependencies=[Depends(require_roles(*AUDIT_ROLES))],
    )
    def get_decision(decision_id: str, session: SessionDep) -> dict[str, Any]:
        from sqlalchemy import select

        rec = session.execute(select(DecisionRecord).where(DecisionRecord.decision_id == decision_id)).scalar_one_or_none()
        if rec is None:
            raise NotFound(f"No decision {decision_id}.", detail_fa=f"تصمیمی با شناسه {decision_id} ثبت نشده است.")
        return decision_view(rec)

    return r


def create_service_app(
    settings: ServiceSettings,
    *,
    title: str,
    description: str,
    version: str = "0.1.0",
    routers: Iterable[APIRouter] = (),
    migrations_dir: Path | None = None,
    on_startup: Callable[[FastAPI], Any] | None = None,
    periodic: Iterable[tuple[float, Callable[[FastAPI], Any]]] = (),
    openapi_tags: list[dict[str, str]] | None = None,
) -> FastAPI:
    """A FastAPI app with the platform's conventions wired in; the service adds its domain routers."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        url = settings.effective_database_url
        if url.startswith("sqlite"):
            settings.data_dir.mkdir(parents=True, exist_ok=True)
        if settings.migrate_on_start and migrations_dir is not None:
            await run_in_threadpool(upgrade_head, migrations_dir, url)
        to_thread.current_default_thread_limiter().total_tokens = settings.effective_worker_threads  # this event loop's pool
        app.state.engine = make_engine(url)
        app.state.sessionmaker = track_writes(sessionmaker(app.state.engine, expire_on_commit=False))
        app.state.decision_log.attach(app.state.sessionmaker)  # signed checkpoints after commits (shared.checkpoints)
        if on_startup is not None:
            await run_in_threadpool(on_startup, app)
        stop = threading.Event()
        workers = []
        for interval, fn in [*periodic, *_decision_checkpoints(app)]:
            t = threading.Thread(target=_run_periodic, args=(app, interval, fn, stop), daemon=True, name=f"periodic-{fn.__name__}")
            t.start()
            workers.append(t)
        log.info("%s ready on %s", settings.service_name, url.split("@")[-1])
        yield
        stop.set()
        for t in workers:
            t.join(timeout=5)
        client = getattr(app.state, "_gateway_client", None)
        if client is not None:
            client.close()
        app.state.engine.dispose()

    app = FastAPI(
        title=title,
        description=description,
        version=version,
        lifespan=lifespan,
        openapi_tags=openapi_tags,
        dependencies=[Depends(refuse_nul)],
        generate_unique_id_function=operation_id,
    )
    app.state.settings = settings
    app.state.keys = KeySet(path=settings.effective_jwks_path, url=settings.jwks_url)
    app.state.tokens = TokenValidator(app.state.keys, settings.jwt_audience, settings.jwt_issuer)
    app.state.registry = RegulationRegistry.load([settings.regulations_extra_path] if settings.regulations_extra_path else None)
    app.state.metrics = Metrics(settings.service_name)
    app.state.public_limiter = RateLimiter(settings.public_rate_per_minute)
    app.state.decision_log = DecisionLog.from_settings(settings)
    install_error_handlers(app)
    app.include_router(platform_router())
    for router in routers:
        app.include_router(router)
    problem_openapi(app)
    app.add_middleware(ServiceMiddleware, metrics=app.state.metrics, max_bytes=settings.max_body_bytes)
    return app


def _decision_checkpoints(app: FastAPI) -> list[tuple[float, Callable[[FastAPI], Any]]]:
    """The periodic decision checkpoint, unless its interval is 0."""
    seconds = app.state.decision_log.seconds
    return [(seconds, checkpoint_task)] if seconds > 0 else []


def _run_periodic(app: FastAPI, interval: float, fn: Callable[[FastAPI], Any], stop: threading.Event) -> None:
    """Run fn(app) every interval seconds until shutdown; a failure is logged and retried next time."""
    while not stop.wait(interval):
        try:
            fn(app)
        except Exception:  # pragma: no cover - logged, never fatal
            log.exception("periodic task %s failed", fn.__name__)


def gateway_client(app: FastAPI) -> Any:
    """The process's one client for calls to other services through the gateway (SPEC X)."""
    from shared.interservice import ServiceClient

    with _client_lock:
        client = getattr(app.state, "_gateway_client", None)
        if client is None:
            client = app.state._gateway_client = ServiceClient(app.state.settings)
        return client


_client_lock = threading.Lock()


def problem_openapi(app: FastAPI) -> None:
    """Declare problem+json in the OpenAPI document: 422 instead of FastAPI's default, 413/500 on every operation, 403 wherever 401."""
    from fastapi.openapi.utils import get_openapi

    from shared.errors import PROBLEM_JSON, problem_components

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        doc = get_openapi(title=app.title, version=app.version, description=app.description, routes=app.routes, tags=app.openapi_tags)
        doc.setdefault("components", {}).setdefault("schemas", {}).update(problem_components())
        ref = {"$ref": "#/components/schemas/Problem"}
        for path_item in doc.get("paths", {}).values():
            for method, op in path_item.items():
                if not isinstance(op, dict) or "responses" not in op:
                    continue
                responses = op["responses"]
                for code, resp in list(responses.items()):
                    if code.startswith(("4", "5")):
                        resp["content"] = {PROBLEM_JSON: {"schema": ref}}
                if method in ("post", "put", "patch"):
                    responses.setdefault("413", {"description": "Body too large", "content": {PROBLEM_JSON: {"schema": ref}}})
                if "requestBody" in op:
                    # a body that cannot be read as its declared media type (not JSON, broken encoding)
                    responses.setdefault("400", {"description": "The body could not be parsed", "content": {PROBLEM_JSON: {"schema": ref}}})
                if "401" in responses:
                    # issue 15: a token that lacks a claim its role needs (org, svc) is refused before any route runs
                    responses.setdefault("403", {"description": "The token's role or scope does not allow this", "content": {PROBLEM_JSON: {"schema": ref}}})
                responses.setdefault("500", {"description": "Unexpected error (logged)", "content": {PROBLEM_JSON: {"schema": ref}}})
        schemas = doc["components"]["schemas"]
        schemas.pop("HTTPValidationError", None)
        schemas.pop("ValidationError", None)
        describe_operations(doc, app.routes, app.state.settings.service_name)
        app.openapi_schema = doc
        return doc

    app.openapi = openapi  # type: ignore[method-assign]


class ServiceEntry:
    """A service's identity and wiring, declared once in its main.py: settings, migrations, app factory, process.

    The service package provides `<name>.models.register_models()` and `<name>.routers` with
    `ROUTERS` and `on_startup(app)`. periodic_tasks maps a settings field holding an interval in
    seconds (0 = off) to the dotted path of a task `fn(app)` run that often.
    """

    def __init__(
        self,
        name: str,
        *,
        port: int,
        title: str,
        description: str,
        settings_defaults: dict[str, Any] | None = None,
        periodic_tasks: dict[str, str] | None = None,
    ):
        from importlib import resources

        from shared.settings import settings_class

        self.name, self.title, self.description = name, title, description
        self.Settings = settings_class(name, f"{name.upper()}_", port=port, **(settings_defaults or {}))
        self.migrations_dir = Path(str(resources.files(name).joinpath("migrations")))
        self.periodic_tasks = periodic_tasks or {}

    def get_settings(self) -> ServiceSettings:
        return self.Settings()

    def create_app(self, settings: ServiceSettings | None = None) -> FastAPI:
        import importlib

        importlib.import_module(f"{self.name}.models").register_models()
        routers = importlib.import_module(f"{self.name}.routers")
        settings = settings or self.get_settings()
        periodic = []
        for field, target in self.periodic_tasks.items():
            interval = float(getattr(settings, field, 0) or 0)
            if interval > 0:
                module, _, fn = target.partition(":")
                periodic.append((interval, getattr(importlib.import_module(module), fn)))
        return create_service_app(
            settings,
            title=self.title,
            description=self.description,
            routers=routers.ROUTERS,
            migrations_dir=self.migrations_dir,
            on_startup=routers.on_startup,
            periodic=periodic,
        )

    def main(self) -> None:  # pragma: no cover - process entry
        settings = self.get_settings()
        serve(f"{self.name}.main:create_app", settings.port, settings)  # type: ignore[attr-defined]  # settings_class adds port


def serve(app_path: str, port: int, settings: ServiceSettings) -> None:  # pragma: no cover - process entry
    import uvicorn

    configure_logging(settings.log_level)
    # bind 127.0.0.1 in development (<SVC>_HOST); X-Forwarded-For / -Proto believed only from the trusted proxies
    # (the gateway); keep-alive above the gateway's idle expiry, so an idle upstream connection is closed by the gateway.
    uvicorn.run(
        app_path,
        host=settings.bind_host,
        port=port,
        factory=True,
        log_config=None,
        proxy_headers=True,
        forwarded_allow_ips=settings.trusted_proxies,
        timeout_keep_alive=int(max(1, settings.keep_alive_seconds)),
    )


def json_response(body: Any, status_code: int = 200, headers: dict[str, str] | None = None) -> JSONResponse:
    from fastapi.encoders import jsonable_encoder

    return JSONResponse(jsonable_encoder(body), status_code=status_code, headers=headers)
