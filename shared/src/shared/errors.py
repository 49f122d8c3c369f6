"""Errors as RFC 9457 problem details, in Persian or English (SHR-ERR): one base class, one set of handlers."""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import partial
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from shared.contract import is_public

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
    "not-acceptable": ("None of the accepted media types can be served", "هیچ‌یک از قالب‌های پذیرفته‌شده در دسترس نیست"),
    "upstream-unavailable": ("Service temporarily unavailable", "سرویس موقتاً در دسترس نیست"),
    "upstream-timeout": ("Service did not answer in time", "سرویس به موقع پاسخ نداد"),
    "duplicate": ("Duplicate", "تکراری"),
    "internal": ("Internal error", "خطای داخلی"),
}


def wants_persian(request: Request | None) -> bool:
    """Accept-Language negotiation between fa and en: English by default, Persian by default on public routes (issue 16)."""
    if request is None:
        return False
    header = request.headers.get("accept-language", "")
    if not header.strip():
        return is_public(request.scope.get("route"))
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


class InvalidValue(ValueError):
    """A validator's refusal in both languages: `raise InvalidValue("not a national code", "کد ملی معتبر نیست")`."""

    def __init__(self, message: str, message_fa: str):
        super().__init__(message)
        self.message_fa = message_fa


# Persian for pydantic's error types (issue 16 item 7); {name} are the error's ctx values.
FIELD_MESSAGES_FA: dict[str, str] = {
    "missing": "این مورد لازم است",
    "extra_forbidden": "این مورد شناخته نیست",
    "string_type": "باید متن باشد",
    "string_too_short": "دست‌کم {min_length} نویسه لازم است",
    "string_too_long": "حداکثر {max_length} نویسه مجاز است",
    "string_pattern_mismatch": "با قالب مجاز ({pattern}) نمی‌خواند",
    "int_type": "باید عدد صحیح باشد",
    "int_parsing": "باید عدد صحیح باشد",
    "int_from_float": "باید عدد صحیح باشد، بدون اعشار",
    "int_parsing_size": "عدد بیش از حد بزرگ است",
    "float_type": "باید عدد باشد",
    "float_parsing": "باید عدد باشد",
    "decimal_type": "باید عدد باشد",
    "decimal_parsing": "باید عدد باشد",
    "decimal_max_digits": "حداکثر {max_digits} رقم مجاز است",
    "decimal_max_places": "حداکثر {decimal_places} رقم اعشار مجاز است",
    "finite_number": "باید عددی متناهی باشد",
    "bool_type": "باید true یا false باشد",
    "bool_parsing": "باید true یا false باشد",
    "greater_than": "باید بزرگ‌تر از {gt} باشد",
    "greater_than_equal": "باید دست‌کم {ge} باشد",
    "less_than": "باید کوچک‌تر از {lt} باشد",
    "less_than_equal": "باید حداکثر {le} باشد",
    "multiple_of": "باید مضربی از {multiple_of} باشد",
    "literal_error": "باید یکی از این‌ها باشد: {expected}",
    "enum": "باید یکی از این‌ها باشد: {expected}",
    "list_type": "باید فهرست باشد",
    "tuple_type": "باید فهرست باشد",
    "set_type": "باید فهرست باشد",
    "dict_type": "باید شیء JSON باشد",
    "model_type": "باید شیء JSON باشد",
    "model_attributes_type": "باید شیء JSON باشد",
    "too_short": "دست‌کم {min_length} مورد لازم است",
    "too_long": "حداکثر {max_length} مورد مجاز است",
    "json_invalid": "JSON نامعتبر است",
    "json_type": "باید JSON باشد",
    "date_type": "باید تاریخ باشد",
    "date_parsing": "تاریخ نامعتبر است",
    "date_from_datetime_parsing": "تاریخ نامعتبر است",
    "date_from_datetime_inexact": "تاریخ نباید ساعت داشته باشد",
    "datetime_type": "باید تاریخ و ساعت باشد",
    "datetime_parsing": "تاریخ و ساعت نامعتبر است",
    "datetime_from_date_parsing": "تاریخ و ساعت نامعتبر است",
    "time_parsing": "ساعت نامعتبر است",
    "uuid_type": "شناسه UUID نامعتبر است",
    "uuid_parsing": "شناسه UUID نامعتبر است",
    "url_parsing": "نشانی نامعتبر است",
    "url_type": "نشانی نامعتبر است",
    "string_unicode": "متن باید UTF-8 باشد",
    "union_tag_invalid": "نوع مشخص‌شده ({tag}) شناخته نیست؛ مجاز: {expected_tags}",
    "union_tag_not_found": "نوع ({discriminator}) مشخص نشده است",
    "assertion_error": "مقدار نامعتبر است",
    "value_error": "مقدار نامعتبر است",
}


def field_message_fa(error: dict[str, Any]) -> str:
    """A pydantic error in Persian: the validator's own Persian, else the type's template, else a generic phrase."""
    ctx = error.get("ctx") or {}
    cause = ctx.get("error")
    if isinstance(cause, InvalidValue):
        return cause.message_fa
    template = FIELD_MESSAGES_FA.get(str(error.get("type")), "مقدار نامعتبر است")
    try:
        return template.format(**{k: v for k, v in ctx.items() if k != "error"})
    except (KeyError, IndexError, ValueError):
        return template.split("{", 1)[0].strip(" :()")


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


def _in_language(error: dict[str, Any], fa: bool) -> dict[str, Any]:
    """A field error in the answer's language: `message_fa`, when given, is the message under Persian."""
    out = {k: v for k, v in error.items() if k != "message_fa"}
    if fa and error.get("message_fa"):
        out["message"] = error["message_fa"]
    return out


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
        body["errors"] = [_in_language(e, fa) for e in errors]
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
        return problem(request, exc.status, exc.type, exc.detail, detail_fa=exc.detail_fa, errors=exc.errors, headers=exc.headers, extra=exc.extra)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        fa = wants_persian(request)
        errors = [
            {
                "field": _loc(e.get("loc", ())),
                "message": field_message_fa(e) if fa else _clean_msg(str(e.get("msg", ""))),
                "code": e.get("type"),
            }
            for e in exc.errors()
        ]
        summary = "; ".join(f"{e['field']}: {e['message']}" for e in errors[:5])
        return problem(request, 422, "validation", f"The request is invalid: {summary}", detail_fa=f"درخواست نامعتبر است: {summary}", errors=errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        type_ = {
            404: "not-found",
            405: "method-not-allowed",
            401: "unauthorized",
            403: "forbidden",
            413: "payload-too-large",
            415: "unsupported-media-type",
            429: "rate-limited",
        }.get(exc.status_code, "http-error")
        detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and detail == "Not Found":
            detail = f"No route or resource at {request.url.path}"
        return problem(request, exc.status_code, type_, detail, headers=getattr(exc, "headers", None) or None)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.error("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
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


class ProblemFieldError(BaseModel):
    """One invalid field of a 422 `validation` problem."""

    field: str = Field(description="Dotted path of the field (`items.0.quantity`, `query.limit`)")
    message: str = Field(description="What is wrong, in the answer's language (Content-Language)")
    code: str | None = Field(None, description="A stable machine-readable code (pydantic's error type)")


class Problem(BaseModel):
    """RFC 9457 problem details: every error of the platform, in Persian or English (SHR-ERR)."""

    model_config = ConfigDict(
        extra="allow",
        json_schema_extra={
            "examples": [
                {"type": TYPE_BASE + "not-found", "title": "Not found", "status": 404, "detail": "No declaration D-1.", "instance": "/v1/declarations/D-1"}
            ]
        },
    )

    type: str = Field(description=f"A stable URI naming the kind of problem: {TYPE_BASE}<type>; the list is in the document's description")
    title: str = Field(description="A short summary of the type, in the answer's language")
    status: int = Field(description="The HTTP status")
    detail: str = Field(description="What happened to this request, in the answer's language")
    instance: str | None = Field(None, description="The request path")
    request_id: str | None = Field(None, description="X-Request-ID of the request, for support")
    errors: list[ProblemFieldError] | None = Field(None, description="The invalid fields (422 validation)")


def problem_components() -> dict[str, Any]:
    """The Problem schema and what it refers to, as OpenAPI components."""
    schema = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
    defs = schema.pop("$defs", {})
    return {"Problem": schema, **defs}


PROBLEM_SCHEMA = {"$ref": "#/components/schemas/Problem"}

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
    return {s: {"description": _DESCRIPTIONS.get(s, "Problem"), "content": {PROBLEM_JSON: {"schema": PROBLEM_SCHEMA}}} for s in statuses}
