"""Customs: medicines with passengers and by post: the application factory and process entry point."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI

from shared.app import create_service_app, serve
from shared.settings import ServiceSettings, settings_class

SERVICE = "customs"
# verification_retry_seconds: how often the X3 verifications still waiting for inspections are retried (0 = never)
Settings = settings_class(SERVICE, "CUSTOMS_", port=8001, verification_retry_seconds=30.0)
MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def get_settings() -> ServiceSettings:
    return Settings()


def create_app(settings: ServiceSettings | None = None) -> FastAPI:
    from customs.models import register_models
    from customs.routers import ROUTERS, on_startup
    from customs.verification.service import retry_pending_verifications

    register_models()
    settings = settings or get_settings()
    retry = float(getattr(settings, "verification_retry_seconds", 30.0) or 0)
    return create_service_app(
        settings,
        title="Customs: medicines with passengers and by post",
        description="Clearing medicines that arrive with passengers or by post, and permits for medicines leaving the country (SOP-DPNA-GIO-020 rev. 04).",
        routers=ROUTERS,
        migrations_dir=MIGRATIONS_DIR,
        on_startup=on_startup,
        periodic=[(retry, retry_pending_verifications)] if retry > 0 else [],
    )


def main() -> None:
    settings = get_settings()
    serve("customs.main:create_app", settings.port, settings)


if __name__ == "__main__":
    main()
