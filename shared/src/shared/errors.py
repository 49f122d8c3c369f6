"""Errors as RFC 9457 problem details, in Persian or English (SHR-ERR): one base class, one set of handlers."""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("shared.errors")

PROBLEM_JSON = "application/problem+json"
TYPE_BASE = "https://regplat.ir/problems/"

# Titles per stable problem type, English and Persian.
TITLES: dict[str, tuple[str, str]] = {
    "validation": ("Invalid input", "ورودی نامعتبر"),
    "not-found": ("Not found", "یافت نشد"),
    "method-not-allowed": ("Method not allowed", "روش درخواست مجاز نیست"),
    "unauthorized": ("Authentication required", "احراز هویت لازم است"),
    "forbidden": ("Not permitted for this role", "برای این نقش مجاز نیست"),
    "conflict": ("Conflict with the current state", "ناسازگار با وضعیت فعلی"),
    "precondition-failed": ("The resource has changed (stale If-Match)", "منبع تغییر کرده است (If-Match قدیمی)"),
    "precondition-required": ("If-Match header required", "سرآیند If-Match لازم است"),
    "idempotency-mismatch": ("Idempotency-Key reused with another body", "کلید Idempotency-Key با بدنه دیگری استفاده شده است"),
    "idempotency-in-flight": ("A request with this Idempotency-Key is still in progress", "درخواستی با این کلید هنوز در جریان است"),
    "payload-too-large": ("Request body too large", "بدنه درخواست بیش از حد بزرگ است"),
    "rate-limited": ("Too many requests", "تعداد درخواست‌ها بیش از حد مجاز است"),
    "unsupported-media-type": ("Unsupported media type", "نوع محتوا پشتیبانی نمی‌شود"),
    "upstream-unavailable": ("Service temporarily unavailable", "سرویس موقتاً در دسترس نیست"),
    "upstream-timeout": ("Service did not answer in time", "سرویس به موقع پاسخ نداد"),
    "duplicate": ("Duplicate", "تکراری"),
    "internal": ("Internal error", "خطای داخلی"),
}


def wants_persian(request: Request | None) -> bool:
    """Accept-Language negotiation between fa and en (English by default)."""
    if request is None:
        return False
    header = request.headers.get("accept-language", "")
    best, best_q = "en", -1.0
    for part in header.split(","):
        bits = part.strip().split(";")
        lang = bits[0].strip().lower()
        q = 1.0
        for b in bits[1:]:
            if b.strip().startswith("q="):
                try:
                    q = float(b.strip()[2:])
                except ValueError:
                    q = 0.0
        if lang[:2] in ("fa", "en") and q > best_q:
            best, best_q = lang[:2], q
    return best == "fa"


class DomainError(Exception):
    """The one error base: subclasses set status and type; handlers render problem+json (SHR-ERR)."""

    status: int = 400
    type: str = "validation"

    def __init__(
        self,
        detail: str,
        *,
        detail_fa: str | None = None,
        errors: list[dict[str, Any]] | None = None,
        type: str | None = None,
        status: int | None = None,
        headers: dict[str, str] | None = None,
        **extra: Any,
    ):
        super().__init__(detail)
        self.detail = detail
        self.detail_fa = detail_fa
        self.errors = errors
        if type:
            self.type = type
        if status:
            self.status = status
        self.headers = headers or {}
        self.extra = extra


class ValidationProblem(DomainError):
    status, type = 422, "validation"


class NotFound(DomainError):
    status, type = 404, "not-found"


class Unauthorized(DomainError):
    status, type = 401, "unauthorized"


class Forbidden(DomainError):
    status, type = 403, "forbidden"


class Conflict(DomainError):
    status, type = 409, "conflict"


class PreconditionFailed(DomainError):
    status, type = 412, "precondition-failed"


class PreconditionRequired(DomainError):
    status, type = 428, "precondition-required"


class PayloadTooLarge(DomainError):
    status, type = 413, "payload-too-large"


class RateLimited(DomainError):
    status, type = 429, "rate-limited"


class ServiceUnavailable(DomainError):
    status, type = 503, "upstream-unavailable"


def problem(
    request: Request | None,
    status: int,
    type_: str,
    detail: str,
    *,
    detail_fa: str | None = None,
    errors: list[dict[str, Any]] | None = None,
    headers: dict[str, str] | None = None,
    extra: dict[str, Any] | None = None,
) -> JSONResponse:
    """Build an application/problem+json response in the caller's language."""
    fa = wants_persian(request)
    en_title, fa_title = TITLES.get(type_, (type_.replace("-", " ").capitalize(), type_))
    body: dict[str, Any] = {
        "type": TYPE_BASE + type_,
        "title": fa_title if fa else en_title,
        "status": status,
        "detail": (detail_fa or detail) if fa else detail,
    }
    if request is not None:
        body["instance"] = request.url.path
        rid = request.headers.get("x-request-id")
        if rid:
            body["request_id"] = rid
    if errors:
        body["errors"] = errors
    if extra:
        body.update(extra)
    h = {"Content-Language": "fa" if fa else "en", **(headers or {})}
    return JSONResponse(body, status_code=status, media_type=PROBLEM_JSON, headers=h)


def _loc(loc: tuple | list) -> str:
    parts = [str(p) for p in loc if p not in ("body",)]
    return ".".join(parts) if parts else "body"


def _clean_msg(msg: str) -> str:
    return msg.removeprefix("Value error, ")


def install_error_handlers(app: FastAPI) -> None:
    """Register the handlers: DomainError, request validation, HTTP errors (404, 405, ...), anything else."""

    @app.exception_handler(DomainError)
    async def _domain(request: Request, exc: DomainError) -> JSONResponse:
        return problem(
            request, exc.status, exc.type, exc.detail, detail_fa=exc.detail_fa, errors=exc.errors, headers=exc.headers, extra=exc.extra
        )

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = [
            {"field": _loc(e.get("loc", ())), "message": _clean_msg(str(e.get("msg", ""))), "code": e.get("type")}
            for e in exc.errors()
        ]
        summary = "; ".join(f"{e['field']}: {e['message']}" for e in errors[:5])
        return problem(
            request, 422, "validation", f"The request is invalid: {summary}", detail_fa=f"درخواست نامعتبر است: {summary}", errors=errors
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        type_ = {404: "not-found", 405: "method-not-allowed", 401: "unauthorized", 403: "forbidden", 413: "payload-too-large", 415: "unsupported-media-type", 429: "rate-limited"}.get(
            exc.status_code, "http-error"
        )
        detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"No route or resource at {request.url.path}"
        return problem(request, exc.status_code, type_, detail, headers=getattr(exc, "headers", None) or None)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s %s", request.method, request.url.path)
        return problem(request, 500, "internal", "An internal error occurred; it has been logged.", detail_fa="خطای داخلی رخ داد و ثبت شد.")

    app.build_middleware_stack = partial(_keep_connection, app.build_middleware_stack)  # type: ignore[method-assign]


def _keep_connection(build: Callable[[], ASGIApp]) -> ASGIApp:
    """Wrap Starlette's stack so an error already answered with a 500 problem does not drop the kept-alive connection."""
    return KeepConnectionOnError(build())


class KeepConnectionOnError:
    """Outside ServerErrorMiddleware: swallow the exception it re-raises once its 500 problem+json was sent in full.

    Starlette re-raises after the handler's response; uvicorn then closes the connection, and the
    requests a proxy queued on that kept-alive connection fail with 502. The error is logged by the
    handler; an exception before or during the response still propagates (the server closes then).
    """

    def __init__(self, app: ASGIApp):
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        complete = False

        async def _send(message: Message) -> None:
            nonlocal complete
            await send(message)
            if message["type"] == "http.response.body" and not message.get("more_body", False):
                complete = True

        try:
            await self.app(scope, receive, _send)
        except Exception:
            if not complete:
                raise


PROBLEM_SCHEMA = {
    "type": "object",
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "instance": {"type": "string"},
        "errors": {
            "type": "array",
            "items": {"type": "object", "properties": {"field": {"type": "string"}, "message": {"type": "string"}, "code": {"type": "string"}}},
        },
    },
    "required": ["type", "title", "status", "detail"],
}

_DESCRIPTIONS = {
    400: "Bad request",
    401: "No or invalid bearer token",
    403: "The token's role may not do this",
    404: "Not found (or not visible to this organisation)",
    409: "Conflict with the current state",
    412: "Stale If-Match",
    413: "Body too large",
    422: "Invalid input",
    428: "If-Match required",
    429: "Rate limited",
    503: "A dependency is unavailable; retry later",
}


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` entries declaring problem+json for the given statuses."""
    return {
        s: {"description": _DESCRIPTIONS.get(s, "Problem"), "content": {PROBLEM_JSON: {"schema": PROBLEM_SCHEMA}}} for s in statuses
    }
