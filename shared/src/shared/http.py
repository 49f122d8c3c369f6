"""HTTP helpers usable by any route: Idempotency-Key and ETag / If-Match."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any, cast
from urllib.parse import quote

from fastapi import Depends, Header, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse
from sqlalchemy import JSON, DateTime, Integer, String, delete
from sqlalchemy.engine import CursorResult
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, Session, mapped_column, sessionmaker

from shared.db import Base, SessionDep
from shared.errors import DomainError, PreconditionFailed, PreconditionRequired

log = logging.getLogger("shared.http")

IN_FLIGHT_STALE_AFTER = timedelta(seconds=60)


class IdempotencyKey(Base):
    """A stored response for a (caller, method, path, key); in_flight while the first request runs."""

    __tablename__ = "idempotency_keys"

    scope: Mapped[str] = mapped_column(String(400), primary_key=True)
    request_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    state: Mapped[str] = mapped_column(String(16), nullable=False)  # in_flight | done
    status_code: Mapped[int | None] = mapped_column(Integer)
    body: Mapped[Any | None] = mapped_column(JSON, nullable=True)
    headers: Mapped[Any | None] = mapped_column(JSON, nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


class IdempotencyMismatch(DomainError):
    status, type = 422, "idempotency-mismatch"


class IdempotencyInFlight(DomainError):
    status, type = 409, "idempotency-in-flight"


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)


class Idempotency:
    """Per-request handle: `replay` (the stored response, if any) and `respond` (store and return)."""

    def __init__(self, scope: str | None, request_hash: str, factory: sessionmaker[Session] | None) -> None:
        self.scope, self.request_hash, self._factory = scope, request_hash, factory
        self.replay: JSONResponse | None = None

    def _claim(self) -> None:
        """Take the key in its own short transaction, so a concurrent duplicate sees it in flight."""
        assert self._factory is not None  # noqa: S101 - narrowing: only claimed when a key (and so a factory) was given
        with self._factory() as s:
            row = s.get(IdempotencyKey, self.scope)
            now = datetime.now(UTC)
            if row is None:
                s.add(IdempotencyKey(scope=self.scope, request_hash=self.request_hash, state="in_flight", created_at=now))
                try:
                    s.commit()
                    return
                except IntegrityError:
                    s.rollback()
                    row = s.get(IdempotencyKey, self.scope)
                    if row is None:  # pragma: no cover - vanished between the two reads
                        raise IdempotencyInFlight("A request with this Idempotency-Key is in progress.") from None
            if row.request_hash != self.request_hash:
                raise IdempotencyMismatch(
                    "This Idempotency-Key was used with a different request body.",
                    detail_fa="این کلید با بدنه دیگری به کار رفته است.",
                )
            if row.state == "done":
                self.replay = JSONResponse(row.body, status_code=row.status_code or 200, headers={**(row.headers or {}), "Idempotent-Replayed": "true"})
                return
            if now - _aware(row.created_at) < IN_FLIGHT_STALE_AFTER:
                raise IdempotencyInFlight("A request with this Idempotency-Key is still in progress; retry shortly.", headers={"Retry-After": "2"})
            row.created_at = now  # an abandoned claim (the first request died): take it over
            s.commit()

    def _release(self, session: Session) -> None:
        """Free the claim of a failed request in the request's own session, after rolling its work back.

        A second session would wait for the write lock the request's session still holds (SQLite:
        BEGIN IMMEDIATE, 30 s busy timeout) and stall every other request of the service.
        """
        try:
            session.rollback()
            session.execute(delete(IdempotencyKey).where(IdempotencyKey.scope == self.scope, IdempotencyKey.state == "in_flight"))
            session.commit()
        except Exception:  # the database is gone: the claim goes stale after IN_FLIGHT_STALE_AFTER
            session.rollback()
            log.warning("could not release Idempotency-Key claim %s", self.scope, exc_info=True)

    def respond(self, session: Session, body: Any, status_code: int = 200, headers: dict[str, str] | None = None) -> JSONResponse:
        """Store the response with the request's own transaction and return it."""
        content = jsonable_encoder(body)
        if self.scope:
            row = session.get(IdempotencyKey, self.scope)
            if row is not None:
                row.state, row.status_code, row.body, row.headers = "done", status_code, content, headers or {}
        return JSONResponse(content, status_code=status_code, headers=headers)


async def get_idempotency(
    request: Request,
    session: SessionDep,
    idempotency_key: Annotated[
        str | None,
        Header(alias="Idempotency-Key", max_length=200, description="Retry-safe key: the same key and body return the stored response"),
    ] = None,
) -> AsyncIterator[Idempotency]:
    body = await request.body()
    digest = hashlib.sha256(request.method.encode() + b" " + request.url.path.encode() + b"\n" + body).hexdigest()
    if not idempotency_key:
        yield Idempotency(None, digest, None)
        return
    actor = getattr(request.state, "actor", None)
    caller = getattr(actor, "sub", None) or request.headers.get("authorization", "")[-32:] or (request.client.host if request.client else "-")
    scope = f"{caller}|{request.method}|{request.url.path}|{idempotency_key}"
    idem = Idempotency(scope, digest, request.app.state.sessionmaker)
    await run_in_threadpool(idem._claim)
    try:
        yield idem
    except BaseException:
        if idem.replay is None:
            await run_in_threadpool(idem._release, session)
        raise


IdempotencyDep = Annotated[Idempotency, Depends(get_idempotency, scope="function")]


def etag_of(version: int | str) -> str:
    """A strong ETag for a workflow object's version counter."""
    return f'"{version}"'


def check_if_match(if_match: str | None, version: int | str, *, required: bool = True) -> None:
    """412 when If-Match names another version; 428 when it is missing and required."""
    if if_match is None:
        if required:
            raise PreconditionRequired(
                "This update needs an If-Match header with the ETag from your last read.",
                detail_fa="این به‌روزرسانی سرآیند If-Match لازم دارد.",
            )
        return
    current = etag_of(version)
    tags = [t.strip().removeprefix("W/") for t in if_match.split(",")]
    if "*" not in tags and current not in tags:
        raise PreconditionFailed(
            f"The resource is at version {current}, not {if_match}; read it again and retry.",
            detail_fa="منبع تغییر کرده است؛ دوباره بخوانید.",
            current_etag=current,
        )


async def _if_match(  # async: no thread-pool hop
    if_match: Annotated[str | None, Header(alias="If-Match", description="ETag from the last read (missing: 428, stale: 412)")] = None,
) -> str | None:
    return if_match


IfMatch = Annotated[str | None, Depends(_if_match)]


def with_etag(response: Response, version: int | str) -> None:
    response.headers["ETag"] = etag_of(version)


def content_disposition(filename: str, disposition: str = "attachment") -> str:
    """RFC 6266 Content-Disposition: an ASCII fallback `filename` plus `filename*=UTF-8''...` for any name (Persian too)."""
    fallback = "".join(c if 32 <= ord(c) < 127 and c not in '"\\%' else "_" for c in filename) or "download"
    return f"{disposition}; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename, safe='')}"


def purge_idempotency(session: Session, older_than: timedelta = timedelta(days=1)) -> int:
    cutoff = datetime.now(UTC) - older_than
    res = cast("CursorResult[Any]", session.execute(delete(IdempotencyKey).where(IdempotencyKey.created_at < cutoff)))
    return res.rowcount or 0


__all__ = ["Idempotency", "IdempotencyDep", "IfMatch", "check_if_match", "content_disposition", "etag_of", "with_etag"]
