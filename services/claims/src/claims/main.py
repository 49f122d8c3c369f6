"""Claims: miscellaneous medical reimbursement: the application factory and process entry point."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI

from shared.app import create_service_app, serve
from shared.settings import ServiceSettings, settings_class

SERVICE = "claims"
Settings = settings_class(SERVICE, "CLAIMS_", port=8002)
MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def get_settings() -> ServiceSettings:
    return Settings()


def create_app(settings: ServiceSettings | None = None) -> FastAPI:
    from claims.models import register_models
    from claims.routers import ROUTERS, on_startup

    register_models()
    return create_service_app(
        settings or get_settings(),
        title="Claims: miscellaneous medical reimbursement",
        description="Official agencies reviewing miscellaneous medical reimbursement claims for the Social Security Organization (circular 1000/99/9958).",
        routers=ROUTERS,
        migrations_dir=MIGRATIONS_DIR,
        on_startup=on_startup,
    )


def main() -> None:
    settings = get_settings()
    serve("claims.main:create_app", settings.port, settings)


if __name__ == "__main__":
    main()
