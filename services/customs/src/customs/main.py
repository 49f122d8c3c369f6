"""Customs: medicines with passengers and by post: the service's identity and wiring (shared.app.ServiceEntry)."""

from shared.app import ServiceEntry

# verification_retry_seconds: how often the X3 verifications still waiting for inspections are retried (0 = never)
entry = ServiceEntry(
    "customs",
    port=8001,
    title="Customs: medicines with passengers and by post",
    description="Clearing medicines that arrive with passengers or by post, and permits for medicines leaving the country (SOP-DPNA-GIO-020 rev. 04).",
    settings_defaults=dict(verification_retry_seconds=30.0),
    periodic_tasks={"verification_retry_seconds": "customs.verification.service:retry_pending_verifications"},
)
Settings = entry.Settings
MIGRATIONS_DIR = entry.migrations_dir
get_settings = entry.get_settings
create_app = entry.create_app
main = entry.main

if __name__ == "__main__":
    main()
