"""ASGI middleware every process uses: request ids, body-size limit, Prometheus metrics.

Services use ServiceMiddleware, the three in one plain ASGI layer (one header scan, one wrapped
send); the gateway composes the separate classes it needs.
"""

from __future__ import annotations

import contextvars
import logging
import time
import uuid

from prometheus_client import CollectorRegistry, Counter, Histogram
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from shared.errors import problem

request_id_var: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="-")


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.request_id = request_id_var.get()
        return True


def configure_logging(level: str = "INFO") -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"))
    handler.addFilter(RequestIdFilter())
    root = logging.getLogger()
    root.handlers = [handler]
    root.setLevel(level)


class RequestIdMiddleware:
    """Propagate X-Request-ID (or create one) into logs and the response."""

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = dict(scope.get("headers") or [])
        rid = headers.get(b"x-request-id", b"").decode("latin-1")[:128] or uuid.uuid4().hex
        if b"x-request-id" not in headers:
            scope["headers"] = [*(scope.get("headers") or []), (b"x-request-id", rid.encode())]
        token = request_id_var.set(rid)

        async def _send(message: Message) -> None:
            if message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = [h for h in message["headers"] if h[0].lower() != b"x-request-id"] + [(b"x-request-id", rid.encode())]
            await send(message)

        try:
            await self.app(scope, receive, _send)
        finally:
            request_id_var.reset(token)


class _TooLarge(HTTPException):
    """The body grew past the limit while streaming; an HTTPException so FastAPI's body parsing re-raises it
    as is instead of answering 400 "error parsing the body" (a chunked body has no Content-Length to check first)."""

    def __init__(self) -> None:
        super().__init__(status_code=413)


class BodySizeLimitMiddleware:
    """413 problem+json for bodies over the limit, by Content-Length or while streaming."""

    def __init__(self, app: ASGIApp, max_bytes: int):
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = dict(scope.get("headers") or [])
        length = headers.get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.max_bytes:
            return await self._reject(scope, receive, send)
        seen = 0
        started = too_large = False

        async def _receive() -> Message:
            nonlocal seen, too_large
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    too_large = True
                    raise _TooLarge
            return message

        async def _send(message: Message) -> None:
            nonlocal started
            if too_large:  # whatever the app answered to the cut-off body, the client gets our 413 (once)
                if not started and message["type"] == "http.response.start":
                    started = True
                    await self._reject(scope, receive, send)
                return
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, _receive, _send)
        except _TooLarge:
            if not started:
                await self._reject(scope, receive, send)

    async def _reject(self, scope: Scope, receive: Receive, send: Send) -> None:
        from starlette.requests import Request

        resp = problem(
            Request(scope),
            413,
            "payload-too-large",
            f"The request body is larger than {self.max_bytes} bytes.",
            detail_fa=f"بدنه درخواست بیش از {self.max_bytes} بایت است.",
        )
        await resp(scope, receive, send)


class Metrics:
    """Per-app Prometheus registry: requests and latency per route template and status."""

    def __init__(self, service: str):
        self.registry = CollectorRegistry()
        self.requests = Counter("http_requests_total", "HTTP requests", ["service", "method", "route", "status"], registry=self.registry)
        self.latency = Histogram(
            "http_request_duration_seconds",
            "HTTP request latency",
            ["service", "method", "route"],
            registry=self.registry,
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10),
        )
        self.service = service


class MetricsMiddleware:
    def __init__(self, app: ASGIApp, metrics: Metrics):
        self.app, self.metrics = app, metrics

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        start = time.perf_counter()
        status = 500

        async def _send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, _send)
        finally:
            route = scope.get("route")
            template = getattr(route, "path", None) or "unmatched"
            m = self.metrics
            m.requests.labels(m.service, scope["method"], template, str(status)).inc()
            m.latency.labels(m.service, scope["method"], template).observe(time.perf_counter() - start)


class ServiceMiddleware:
    """Request id, body-size limit and metrics of a service in one plain ASGI layer (cheaper than three nested ones)."""

    def __init__(self, app: ASGIApp, metrics: Metrics, max_bytes: int):
        self.app, self.metrics, self.max_bytes = app, metrics, max_bytes
        self._limit = BodySizeLimitMiddleware(app, max_bytes)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        rid, length = self._scan(scope)
        token = request_id_var.set(rid)
        start = time.perf_counter()
        status = 500
        rid_header = (b"x-request-id", rid.encode("latin-1"))

        async def _send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [h for h in message.get("headers") or () if h[0].lower() != b"x-request-id"] + [rid_header]
            await send(message)

        try:
            if length is None or not length.isdigit():  # no usable Content-Length (chunked): count while it streams
                await self._limit(scope, receive, _send)
            elif int(length) > self.max_bytes:
                await self._limit._reject(scope, receive, _send)
            else:  # the server holds the body to its Content-Length
                await self.app(scope, receive, _send)
        finally:
            request_id_var.reset(token)
            self._observe(scope, status, start)

    @staticmethod
    def _scan(scope: Scope) -> tuple[str, bytes | None]:
        """The request id (kept from the caller, at most 128 characters, else new) and Content-Length, in one pass."""
        rid = length = None
        for k, v in scope["headers"]:
            if k == b"x-request-id":
                rid = v.decode("latin-1")[:128] or None
            elif k == b"content-length":
                length = v
        if rid is None:
            rid = uuid.uuid4().hex
            scope["headers"] = [*scope["headers"], (b"x-request-id", rid.encode())]
        return rid, length

    def _observe(self, scope: Scope, status: int, start: float) -> None:
        route = scope.get("route")
        template = getattr(route, "path", None) or "unmatched"
        m = self.metrics
        m.requests.labels(m.service, scope["method"], template, str(status)).inc()
        m.latency.labels(m.service, scope["method"], template).observe(time.perf_counter() - start)
