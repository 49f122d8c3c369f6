"""Claims: miscellaneous medical reimbursement: the application factory and process entry point."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI

from shared.app import create_service_app, serve
from shared.settings import ServiceSettings, settings_class

SERVICE = "claims"
# verification_retry_seconds: SPEC X1/X2 periodic retry of lines pending verification (0 = off); a batch per round
Settings = settings_class(SERVICE, "CLAIMS_", port=8002, verification_retry_seconds=30.0, verification_batch_size=50)
MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def get_settings() -> ServiceSettings:
    return Settings()


def create_app(settings: ServiceSettings | None = None) -> FastAPI:
    from claims.models import register_models
    from claims.routers import ROUTERS, on_startup

    from claims.verification.service import retry_pending_verifications

    register_models()
    settings = settings or get_settings()
    retry = float(getattr(settings, "verification_retry_seconds", 30.0) or 0)
    return create_service_app(
        settings,
        title="Claims: miscellaneous medical reimbursement",
        description="Official agencies reviewing miscellaneous medical reimbursement claims for the Social Security Organization (circular 1000/99/9958).",
        routers=ROUTERS,
        migrations_dir=MIGRATIONS_DIR,
        on_startup=on_startup,
        periodic=[(retry, retry_pending_verifications)] if retry > 0 else [],
    )


def main() -> None:
    settings = get_settings()
    serve("claims.main:create_app", settings.port, settings)


if __name__ == "__main__":
    main()
