"""Inspections: regenerative, cell-therapy and exosome centres: the application factory and process entry point."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI

from shared.app import create_service_app, serve
from shared.settings import ServiceSettings, settings_class

SERVICE = "inspections"
Settings = settings_class(SERVICE, "INSPECTIONS_", port=8004)
MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def get_settings() -> ServiceSettings:
    return Settings()


def create_app(settings: ServiceSettings | None = None) -> FastAPI:
    from inspections.models import register_models
    from inspections.routers import ROUTERS, on_startup

    register_models()
    return create_service_app(
        settings or get_settings(),
        title="Inspections: regenerative, cell-therapy and exosome centres",
        description="Registry, monthly inspections, enforcement, quarterly reports and time-aware permissibility rulings (letters 400/10262/د, 100/70/38754, 100/10/74585, 661/2897).",
        routers=ROUTERS,
        migrations_dir=MIGRATIONS_DIR,
        on_startup=on_startup,
    )


def main() -> None:
    settings = get_settings()
    serve("inspections.main:create_app", settings.port, settings)


if __name__ == "__main__":
    main()
