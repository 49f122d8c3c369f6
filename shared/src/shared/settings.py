"""Settings: one pydantic-settings class per service, each with its own env prefix."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from shared.decision_settings import DecisionLogSettings


def default_data_dir() -> Path:
    """One data folder for the embedded default (REGPLAT_DATA_DIR, else ./data)."""
    return Path(os.environ.get("REGPLAT_DATA_DIR", "data")).resolve()


DEV_AUDIENCE = "regplat"


EMBEDDED_WORKER_THREADS = 2


class ServiceSettings(DecisionLogSettings, BaseSettings):
    """Common settings of a service; subclasses set `service_name` and an env prefix (CUSTOMS_, CLAIMS_, ...)."""

    model_config = SettingsConfigDict(extra="ignore")

    service_name: str = "service"
    environment: Literal["development", "test", "production"] = "development"
    data_dir: Path = Field(default_factory=default_data_dir)
    database_url: str | None = None
    migrate_on_start: bool = True
    jwks_path: Path | None = None
    jwks_url: str | None = None
    jwt_audience: str = DEV_AUDIENCE
    jwt_issuer: str | None = None
    max_body_bytes: int = 1_048_576
    public_rate_per_minute: int = 120
    # Peers whose X-Forwarded-For is believed (the gateway): addresses or networks, comma-separated.
    trusted_proxies: str = "127.0.0.1,::1"
    # uvicorn's keep-alive (s): above the gateway's pool idle expiry (GATEWAY_UPSTREAM_KEEPALIVE_EXPIRY)
    # and HAProxy's, so the gateway always closes an idle connection first (no reset on reuse).
    keep_alive_seconds: float = 15.0
    regulations_extra_path: Path | None = None
    gateway_url: str = "http://127.0.0.1:8000"
    service_token: str | None = None
    log_level: str = "INFO"
    # Threads that run the blocking (`def`) endpoints. 0: 2 on the embedded SQLite (local, CPU-bound work: more threads
    # only contend for the GIL, bench/README.md "CPU per request of a service"), anyio's 40 on PostgreSQL (threads wait
    # on the network there).
    worker_threads: int = Field(0, ge=0, le=1000)
    # Bind address of the service process; unset: 127.0.0.1 in development (nothing but this machine reaches a
    # service around the gateway), 0.0.0.0 otherwise (containers: the gateway calls it by name).
    host: str | None = None

    @property
    def effective_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.data_dir / (self.service_name + '.sqlite3')}"

    @property
    def effective_worker_threads(self) -> int:
        if self.worker_threads:
            return self.worker_threads
        return EMBEDDED_WORKER_THREADS if self.effective_database_url.startswith("sqlite") else 40

    @property
    def bind_host(self) -> str:
        """Where the process listens: HOST when set, else loopback in development and every interface otherwise."""
        if self.host and self.host.strip():
            return self.host.strip()
        return "127.0.0.1" if self.environment == "development" else "0.0.0.0"  # noqa: S104 - containers, behind the gateway

    @property
    def effective_jwks_path(self) -> Path | None:
        if self.jwks_url:
            return None
        return self.jwks_path or (self.data_dir / "keys" / "jwks.json")

    def _production_problems(self) -> list[str]:
        """What production refuses: the embedded database, the development keys, the default password."""
        problems = []
        if not self.database_url or self.database_url.startswith("sqlite"):
            problems.append("DATABASE_URL must point at PostgreSQL in production")
        if not (self.jwks_url or self.jwks_path):
            problems.append("JWKS_URL or JWKS_PATH must be set in production (development keys are refused)")
        if self.jwks_path and "keys/jwks.json" in str(self.jwks_path) and str(self.jwks_path).startswith(str(self.data_dir)):
            problems.append("the development JWKS under the data folder is refused in production")
        if self.database_url and ":postgres@" in self.database_url:
            problems.append("the default database password is refused in production")
        return problems

    @model_validator(mode="after")
    def _refuse_dev_defaults(self) -> ServiceSettings:
        """Outside development the token issuer must be set (it is checked); in production the dev defaults are refused."""
        problems = self._production_problems() if self.environment == "production" else []
        if self.environment != "development" and not (self.jwt_issuer or "").strip():
            problems.append(f"JWT_ISSUER must be set when ENVIRONMENT={self.environment} (a token's iss is checked outside development)")
        if not (self.jwt_audience or "").strip():
            problems.append("JWT_AUDIENCE must not be empty (a token's aud is always checked)")
        if problems:
            raise ValueError("; ".join(problems))
        return self


def settings_class(name: str, prefix: str, **defaults: Any) -> type[ServiceSettings]:
    """A ServiceSettings subclass for one service, reading env vars with the given prefix."""
    annotations: dict[str, Any] = {"service_name": str}
    attrs: dict[str, Any] = {"model_config": SettingsConfigDict(env_prefix=prefix, extra="ignore"), "__annotations__": annotations}
    attrs["service_name"] = name
    for k, v in defaults.items():
        annotations[k] = type(v)
        attrs[k] = v
    return type(f"{name.capitalize()}Settings", (ServiceSettings,), attrs)
