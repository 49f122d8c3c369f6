"""The forwarding core: an ASGI middleware that sends `/<prefix>/...` to its upstream as `/...`.

Per request: path check, JWT (unless allow-listed public), rate limit per client, body-size
limit, circuit breaker, then one streamed request through the pooled httpx client, with a
single retry of idempotent bodiless requests on a refused or reset connection (nothing of an answer
had arrived). Upstream failures become
problem+json (503 with Retry-After, 504 on timeout, 502 on a broken answer) for that
upstream's routes only.
"""

from __future__ import annotations

import asyncio
import importlib.util
import logging
import math
import sys
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import httpx
from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from gateway.breaker import OPEN, CircuitBreaker
from shared.errors import DomainError, problem
from shared.ratelimit import is_trusted

if TYPE_CHECKING:
    from starlette.types import Message

    from gateway.main import Gateway

log = logging.getLogger("gateway.proxy")

# httpcore calls `import sniffio` on every lock and event it creates (several per request). The
# current anyio no longer installs sniffio, and a failed import is not cached: each call searched
# sys.path on disk, a third of the gateway's CPU time under load (bench/README.md). Record the
# absence once so the import fails at once; httpcore then assumes asyncio, which is what runs.
if importlib.util.find_spec("sniffio") is None:
    sys.modules.setdefault("sniffio", None)  # type: ignore[arg-type]

IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS"})
KNOWN_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "POST", "PUT", "PATCH", "DELETE"})
# Hop-by-hop headers (RFC 9110 7.6.1) and the ones the gateway sets itself.
HOP_BY_HOP = frozenset(
    {b"connection", b"keep-alive", b"proxy-authenticate", b"proxy-authorization", b"te", b"trailer", b"trailers", b"transfer-encoding", b"upgrade"}
)
# Expect: 100-continue is answered by the gateway's own server; the body then streams on as usual.
REQUEST_DROP = HOP_BY_HOP | {b"host", b"expect", b"x-forwarded-for", b"x-forwarded-proto", b"x-forwarded-host", b"x-forwarded-prefix", b"x-real-ip"}
# uvicorn adds its own Date and Server headers; the upstream's would be duplicates.
RESPONSE_DROP = HOP_BY_HOP | {b"date", b"server"}
SMALL_BODY = 64 * 1024
# The upstream dropped the connection before any byte of an answer (an idle keep-alive connection it
# closed as the request went out, or a reset): an idempotent request is sent once more.
RESET = (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError)


@dataclass
class Upstream:
    name: str
    prefix: str
    url: str
    timeout: httpx.Timeout
    breaker: CircuitBreaker
    slots: asyncio.Semaphore  # in-flight requests to this upstream (= its pool size)
    prefix_slash: str = field(init=False)

    def __post_init__(self) -> None:
        self.prefix_slash = self.prefix + "/"


class _TooLarge(Exception):
    pass


class _ClientGone(Exception):
    pass


class ProxyMiddleware:
    """Intercepts the upstream prefixes; everything else goes to the gateway's own routes."""

    def __init__(self, app: ASGIApp, gateway: Gateway) -> None:
        self.app, self.gw = app, gateway

    def _match(self, path: str) -> Upstream | None:
        for up in self.gw.upstreams:
            if path.startswith(up.prefix_slash) or path == up.prefix:
                return up
        return None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        up = self._match(scope["path"])
        if up is None:
            return await self.app(scope, receive, send)
        start = time.perf_counter()
        status = [499]  # client went away before any answer

        async def _send(message: Message) -> None:
            if message["type"] == "http.response.start":
                status[0] = message["status"]
            await send(message)

        try:
            await self._forward(up, scope, receive, _send)
        finally:
            m = self.gw.metrics
            method = scope["method"] if scope["method"] in KNOWN_METHODS else "OTHER"
            m.requests.labels("gateway", method, up.prefix, str(status[0])).inc()
            m.latency.labels("gateway", method, up.prefix).observe(time.perf_counter() - start)

    # ------------------------------------------------------------------ the steps

    async def _reject(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        status: int,
        type_: str,
        detail: str,
        *,
        detail_fa: str | None = None,
        headers: dict[str, str] | None = None,
        upstream: str | None = None,
    ) -> None:
        extra = {"upstream": upstream} if upstream else None
        resp = problem(Request(scope), status, type_, detail, detail_fa=detail_fa, headers=headers, extra=extra)
        await resp(scope, receive, send)

    async def _forward(self, up: Upstream, scope: Scope, receive: Receive, send: Send) -> None:  # noqa: C901 - the hot path of every request (auth, limit, size, breaker, retries, streaming) in one frame; splitting it is its own change
        gw = self.gw
        path: str = scope["path"]
        method: str = scope["method"]
        if "/./" in path + "/" or "/../" in path + "/":
            # Dot segments would be normalised by the client library after the allow-list check.
            return await self._reject(scope, receive, send, 404, "not-found", f"No route at {path}")

        auth = content_length = transfer_encoding = host = xff = connection = None
        for k, v in scope["headers"]:
            if k == b"connection":
                connection = v
            elif k == b"authorization":
                auth = v
            elif k == b"content-length":
                content_length = v
            elif k == b"transfer-encoding":
                transfer_encoding = v
            elif k == b"host":
                host = v
            elif k == b"x-forwarded-for":
                xff = v

        # 1. Authentication: a present token is always checked; a missing one only passes on public routes.
        subject = None
        if auth is not None:
            scheme, _, token = auth.decode("latin-1").partition(" ")
            if scheme.lower() != "bearer" or not token.strip():
                return await self._reject(
                    scope, receive, send, 401, "unauthorized", "The Authorization header must be 'Bearer <token>'.", headers={"WWW-Authenticate": "Bearer"}
                )
            try:
                claims = await gw.tokens.claims(token.strip())
            except DomainError as exc:
                return await self._reject(
                    scope,
                    receive,
                    send,
                    exc.status,
                    exc.type,
                    exc.detail,
                    detail_fa=exc.detail_fa,
                    headers={"WWW-Authenticate": 'Bearer error="invalid_token"'},
                )
            subject = str(claims.get("sub") or "")
        elif not gw.public.is_public(method, path):
            return await self._reject(
                scope,
                receive,
                send,
                401,
                "unauthorized",
                "A bearer token is required for this route.",
                detail_fa="برای این مسیر توکن لازم است.",
                headers={"WWW-Authenticate": "Bearer"},
            )

        # 2. Rate limit per client: the token's subject, else the address.
        peer, trust_xff, client_ip = self._client(scope, xff)
        if gw.limiter is not None:
            wait = await gw.limiter.ahit(f"sub:{subject}" if subject else f"ip:{client_ip}")
            if wait is not None:
                return await self._reject(
                    scope,
                    receive,
                    send,
                    429,
                    "rate-limited",
                    "Too many requests from this client; retry later.",
                    detail_fa="درخواست‌های بیش از حد؛ بعداً دوباره تلاش کنید.",
                    headers={"Retry-After": str(max(1, math.ceil(wait)))},
                )

        # 3. Body size by Content-Length (streamed bodies are counted below).
        max_bytes = gw.settings.max_body_bytes
        if content_length is not None:
            if not content_length.isdigit():
                return await self._reject(scope, receive, send, 400, "bad-request", "Invalid Content-Length.")
            if int(content_length) > max_bytes:
                return await self._too_large(scope, receive, send, max_bytes)
        has_body = (content_length is not None and content_length != b"0") or (transfer_encoding is not None and b"chunked" in transfer_encoding.lower())

        # 4. Circuit breaker.
        breaker = up.breaker
        open_for = await self._circuit_open_for(up)
        if open_for is not None:
            gw.upstream_errors.labels(up.name, "circuit_open").inc()
            return await self._unavailable(scope, receive, send, up, open_for, "its circuit is open after repeated failures")

        # 5. The upstream request.
        rest = scope.get("raw_path") or path.encode()
        rest = rest.split(b"?", 1)[0][len(up.prefix) :] or b"/"
        url = up.url + rest.decode("latin-1")
        if scope.get("query_string"):
            url += "?" + scope["query_string"].decode("latin-1")
        drop = REQUEST_DROP
        if connection is not None:  # headers the Connection header names are hop-by-hop too
            drop = drop | {t.strip().lower() for t in connection.split(b",")}
        headers = [(k, v) for k, v in scope["headers"] if k not in drop]
        fwd_for = (xff.decode("latin-1") + ", " + peer) if trust_xff and xff is not None else peer
        headers.append((b"x-forwarded-for", fwd_for.encode("latin-1")))
        headers.append((b"x-forwarded-proto", scope.get("scheme", "http").encode()))
        headers.append((b"x-forwarded-prefix", up.prefix.encode()))
        if host is not None:
            headers.append((b"x-forwarded-host", host))
        seen = [0]

        async def body() -> AsyncIterator[bytes]:
            more = True
            while more:
                message = await receive()
                if message["type"] == "http.disconnect":
                    raise _ClientGone
                chunk = message.get("body", b"")
                seen[0] += len(chunk)
                if seen[0] > max_bytes:
                    raise _TooLarge
                more = message.get("more_body", False)
                if chunk:
                    yield chunk

        attempts = 2 if (method in IDEMPOTENT and not has_body) else 1
        response: httpx.Response | None = None
        settled = False  # whether the breaker has been told the outcome
        # Wait for a free connection slot here (cheap) rather than in httpcore's pool queue (scanned per request).
        try:
            async with asyncio.timeout(gw.settings.upstream_queue_timeout):
                await up.slots.acquire()
        except TimeoutError:
            breaker.release()
            gw.upstream_errors.labels(up.name, "queue").inc()
            return await self._unavailable(scope, receive, send, up, 1, "too many requests are waiting for it")
        try:
            for attempt in range(attempts):
                request = gw.client.build_request(method, url, headers=headers, content=body() if has_body else None, timeout=up.timeout)
                try:
                    response = await gw.client.send(request, stream=True)
                    break
                except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
                    # A refused connection is retried once (a restarting replica); a connect timeout is
                    # not, so that the caller has its answer within the upstream's timeout.
                    if attempt + 1 < attempts and isinstance(exc, httpx.ConnectError):
                        gw.upstream_errors.labels(up.name, "connect_retry").inc()
                        continue
                    await self._failed(up)
                    settled = True
                    gw.upstream_errors.labels(up.name, "connect").inc()
                    log.warning("upstream %s unreachable: %r", up.name, exc)
                    return await self._unavailable(scope, receive, send, up, gw.settings.retry_after_seconds, "it does not accept connections")
                except httpx.PoolTimeout:
                    gw.upstream_errors.labels(up.name, "pool").inc()
                    return await self._unavailable(scope, receive, send, up, 1, "the gateway has no free connection to it")
                except httpx.TimeoutException:
                    await self._failed(up)
                    settled = True
                    gw.upstream_errors.labels(up.name, "timeout").inc()
                    return await self._reject(
                        scope,
                        receive,
                        send,
                        504,
                        "upstream-timeout",
                        f"The {up.name} service did not answer within {up.timeout.read} s.",
                        detail_fa=f"سرویس {up.name} به موقع پاسخ نداد.",
                        headers={"Retry-After": str(gw.settings.retry_after_seconds)},
                        upstream=up.name,
                    )
                except _TooLarge:
                    return await self._too_large(scope, receive, send, max_bytes)
                except _ClientGone:
                    return
                except RESET as exc:
                    if attempt + 1 < attempts:
                        gw.upstream_errors.labels(up.name, "reset_retry").inc()
                        continue
                    await self._failed(up)
                    settled = True
                    gw.upstream_errors.labels(up.name, "transport").inc()
                    log.warning("upstream %s broke the exchange: %r", up.name, exc)
                    return await self._bad_gateway(scope, receive, send, up)
                except httpx.TransportError as exc:
                    await self._failed(up)
                    settled = True
                    gw.upstream_errors.labels(up.name, "transport").inc()
                    log.warning("upstream %s broke the exchange: %r", up.name, exc)
                    return await self._reject(
                        scope,
                        receive,
                        send,
                        502,
                        "bad-gateway",
                        f"The {up.name} service gave no valid answer.",
                        detail_fa=f"سرویس {up.name} پاسخ معتبری نداد.",
                        headers={"Retry-After": str(gw.settings.retry_after_seconds)},
                        upstream=up.name,
                    )
            assert response is not None  # noqa: S101 - narrowing: every path of the loop above sets it or returns
            resp_drop = RESPONSE_DROP
            if "connection" in response.headers:
                resp_drop = resp_drop | {t.strip().lower().encode("latin-1") for t in response.headers["connection"].split(",")}
            out = [(k, v) for k, v in response.headers.raw if k.lower() not in resp_drop]
            length = response.headers.get("content-length")
            if method == "HEAD" or (length is not None and length.isdigit() and int(length) <= SMALL_BODY):
                # Raw bytes: the body goes on exactly as encoded (aread() would decompress it).
                try:
                    data = b"" if method == "HEAD" else b"".join([chunk async for chunk in response.aiter_raw()])
                except httpx.TransportError as exc:  # nothing sent yet: still a clean problem answer
                    await self._failed(up)
                    settled = True
                    gw.upstream_errors.labels(up.name, "body").inc()
                    log.warning("upstream %s broke off a response body: %r", up.name, exc)
                    timeout = isinstance(exc, httpx.TimeoutException)
                    return await self._reject(
                        scope,
                        receive,
                        send,
                        504 if timeout else 502,
                        "upstream-timeout" if timeout else "bad-gateway",
                        f"The {up.name} service did not finish its answer.",
                        detail_fa=f"سرویس {up.name} پاسخ خود را کامل نکرد.",
                        headers={"Retry-After": str(gw.settings.retry_after_seconds)},
                        upstream=up.name,
                    )
                breaker.success()
                settled = True
                await send({"type": "http.response.start", "status": response.status_code, "headers": out})
                await send({"type": "http.response.body", "body": data, "more_body": False})
                return
            breaker.success()
            settled = True
            await send({"type": "http.response.start", "status": response.status_code, "headers": out})
            try:
                async for chunk in response.aiter_raw():
                    if chunk:
                        await send({"type": "http.response.body", "body": chunk, "more_body": True})
            except httpx.TransportError as exc:  # status already sent: all we can do is cut the body short
                gw.upstream_errors.labels(up.name, "body").inc()
                log.warning("upstream %s broke off a response body: %r", up.name, exc)
            await send({"type": "http.response.body", "body": b"", "more_body": False})
        finally:
            if not settled:
                breaker.release()
            if response is not None:
                await response.aclose()
            up.slots.release()

    def _client(self, scope: Scope, xff: bytes | None) -> tuple[str, bool, str]:
        """The socket peer, whether its X-Forwarded-For is believed (setting on, peer a trusted proxy), and the client address."""
        peer = scope["client"][0] if scope.get("client") else "unknown"
        trust = bool(xff) and self.gw.settings.trust_forwarded_for and is_trusted(peer, self.gw.trusted_proxies)
        return peer, trust, (xff.decode("latin-1").split(",")[0].strip() if trust and xff is not None else peer)

    async def _circuit_open_for(self, up: Upstream) -> int | None:
        """Seconds the upstream's circuit stays open (shared through Redis, else this replica's), None when a request may go."""
        shared_open = await self.gw.circuits.remaining(up.name) if self.gw.circuits is not None else 0.0
        if shared_open > 0:  # opened by another replica (or this one): refused on every replica
            return math.ceil(shared_open)
        if not up.breaker.allow():
            return math.ceil(up.breaker.retry_after()) or 1
        return None

    async def _failed(self, up: Upstream) -> None:
        """A transport failure: count it, and when it opened the circuit tell the other replicas (Redis)."""
        up.breaker.failure()
        if self.gw.circuits is not None and up.breaker.state == OPEN:
            await self.gw.circuits.opened(up.name, up.breaker.retry_after())

    async def _bad_gateway(self, scope: Scope, receive: Receive, send: Send, up: Upstream) -> None:
        await self._reject(
            scope,
            receive,
            send,
            502,
            "bad-gateway",
            f"The {up.name} service gave no valid answer.",
            detail_fa=f"سرویس {up.name} پاسخ معتبری نداد.",
            headers={"Retry-After": str(self.gw.settings.retry_after_seconds)},
            upstream=up.name,
        )

    async def _too_large(self, scope: Scope, receive: Receive, send: Send, max_bytes: int) -> None:
        await self._reject(
            scope,
            receive,
            send,
            413,
            "payload-too-large",
            f"The request body is larger than {max_bytes} bytes.",
            detail_fa=f"بدنه درخواست بیش از {max_bytes} بایت است.",
        )

    async def _unavailable(self, scope: Scope, receive: Receive, send: Send, up: Upstream, retry_after: int, why: str) -> None:
        await self._reject(
            scope,
            receive,
            send,
            503,
            "upstream-unavailable",
            f"The {up.name} service is unavailable: {why}. Other services are not affected.",
            detail_fa=f"سرویس {up.name} موقتاً در دسترس نیست.",
            headers={"Retry-After": str(max(1, int(retry_after)))},
            upstream=up.name,
        )
