"""Customs: medicines with passengers and by post: the service's identity and wiring (shared.app.ServiceEntry)."""

from fastapi import FastAPI

from shared.app import ServiceEntry
from shared.statebus import FreshStateMiddleware

# verification_retry_seconds: how often the X3 verifications still waiting for inspections are retried (0 = never)
# redis_url: where replicas learn of each other's reference-list uploads ("" = REGPLAT_REDIS_URL, else the database)
# state_poll_seconds: how often an idle replica checks for another replica's upload (0 = only on requests)
# document_key: HMAC key of the printed documents' verification codes (required in production); public_url: the
# gateway's public address, printed in the documents' verification URL and QR code
entry = ServiceEntry(
    "customs",
    port=8001,
    title="Customs: medicines with passengers and by post",
    description="Clearing medicines that arrive with passengers or by post, and permits for medicines leaving the country (SOP-DPNA-GIO-020 rev. 04).",
    settings_defaults=dict(verification_retry_seconds=30.0, redis_url="", state_poll_seconds=2.0, document_key="", public_url="http://localhost:8000"),
    periodic_tasks={
        "verification_retry_seconds": "customs.verification.service:retry_pending_verifications",
        "state_poll_seconds": "customs.reference.service:poll",
    },
)
Settings = entry.Settings
MIGRATIONS_DIR = entry.migrations_dir
get_settings = entry.get_settings


def create_app(settings=None) -> FastAPI:
    """The customs app; every request first brings the reference lists up to date (shared.statebus)."""
    app = entry.create_app(settings)
    app.add_middleware(FreshStateMiddleware, topics=lambda: [t for t in [getattr(app.state, "reference_state", None)] if t])
    return app


main = entry.main

if __name__ == "__main__":
    main()
