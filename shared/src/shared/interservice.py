"""Calls from one service to another, always through the gateway, with a service token (SPEC X).

A dependency that is down, slow or answering 5xx raises DependencyUnavailable: the caller turns
the dependent line or item into `pending_verification` with this reason, never into a decision.
"""

from __future__ import annotations

import logging
import threading
from typing import Any

import httpx

from shared.middleware import request_id_var
from shared.settings import ServiceSettings

log = logging.getLogger("shared.interservice")


class DependencyUnavailable(Exception):
    """The other service could not give an answer now; retry later."""

    def __init__(self, service: str, reason: str):
        super().__init__(f"{service}: {reason}")
        self.service, self.reason = service, reason


class DependencyRefused(Exception):
    """The other service answered with a 4xx: our request is wrong (not retryable as is)."""

    def __init__(self, service: str, status: int, body: Any):
        super().__init__(f"{service} answered {status}")
        self.service, self.status, self.body = service, status, body


class ServiceClient:
    """A pooled, thread-safe client of the gateway for one calling service."""

    def __init__(self, settings: ServiceSettings, timeout: float = 3.0, transport: httpx.BaseTransport | None = None):
        self.settings = settings
        self._client = httpx.Client(
            base_url=settings.gateway_url.rstrip("/"),
            timeout=httpx.Timeout(timeout, connect=min(1.0, timeout)),
            limits=httpx.Limits(max_connections=50, max_keepalive_connections=20),
            transport=transport,
        )
        self._token: str | None = settings.service_token
        self._lock = threading.Lock()

    def _bearer(self) -> str:
        with self._lock:
            if self._token is None:
                if self.settings.environment == "production":
                    raise DependencyUnavailable("auth", "no service token configured (<SVC>_SERVICE_TOKEN)")
                from shared.auth import ensure_dev_keys, mint_token

                priv, _ = ensure_dev_keys(self.settings.data_dir / "keys")
                self._token = mint_token(
                    priv.read_bytes(), role="service", svc=self.settings.service_name, sub=f"service:{self.settings.service_name}", ttl_seconds=30 * 24 * 3600
                )
            return self._token

    def request(self, method: str, path: str, *, service: str, **kwargs: Any) -> Any:
        """`path` is the gateway path (`/offlabel/v1/authorizations`); returns parsed JSON."""
        headers = {"Authorization": f"Bearer {self._bearer()}", "Accept": "application/json"}
        rid = request_id_var.get()
        if rid and rid != "-":
            headers["X-Request-ID"] = rid
        try:
            resp = self._client.request(method, path, headers=headers, **kwargs)
        except httpx.TimeoutException:
            raise DependencyUnavailable(service, "did not answer in time") from None
        except httpx.TransportError as exc:
            raise DependencyUnavailable(service, f"unreachable ({exc.__class__.__name__})") from None
        if resp.status_code >= 500 or resp.status_code == 429:
            raise DependencyUnavailable(service, f"answered {resp.status_code}")
        try:
            body = resp.json()
        except ValueError:
            raise DependencyUnavailable(service, "answered with a body that is not JSON") from None
        if resp.status_code >= 400:
            raise DependencyRefused(service, resp.status_code, body)
        return body

    def get(self, path: str, *, service: str, params: dict[str, Any] | None = None) -> Any:
        return self.request("GET", path, service=service, params=params)

    def post(self, path: str, *, service: str, json: Any = None) -> Any:
        return self.request("POST", path, service=service, json=json)

    def close(self) -> None:
        self._client.close()
