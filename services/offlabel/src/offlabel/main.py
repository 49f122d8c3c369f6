"""Off-label prescribing: the application factory and process entry point."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI

from shared.app import create_service_app, serve
from shared.settings import ServiceSettings, settings_class

SERVICE = "offlabel"
# guidelines_extra_path (OFFLABEL_GUIDELINES_EXTRA_PATH): a file or folder of extra guideline YAML files (OFL-G).
Settings = settings_class(SERVICE, "OFFLABEL_", port=8003, guidelines_extra_path="")
MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def get_settings() -> ServiceSettings:
    return Settings()


def create_app(settings: ServiceSettings | None = None) -> FastAPI:
    from offlabel.models import register_models
    from offlabel.routers import ROUTERS, on_startup

    register_models()
    return create_service_app(
        settings or get_settings(),
        title="Off-label prescribing",
        description="Computable off-label prescribing guidelines, physicians' requests evaluated against them, insurers' coverage decisions (instruction 400/7515, letter 18300/400د).",
        routers=ROUTERS,
        migrations_dir=MIGRATIONS_DIR,
        on_startup=on_startup,
    )


def main() -> None:
    settings = get_settings()
    serve("offlabel.main:create_app", settings.port, settings)


if __name__ == "__main__":
    main()
