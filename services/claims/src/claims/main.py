"""Claims: miscellaneous medical reimbursement: the service's identity and wiring (shared.app.ServiceEntry)."""

from shared.app import ServiceEntry

# verification_retry_seconds: SPEC X1/X2 periodic retry of lines pending verification (0 = off); a batch per round
entry = ServiceEntry(
    "claims",
    port=8002,
    title="Claims: miscellaneous medical reimbursement",
    description="Official agencies reviewing miscellaneous medical reimbursement claims for the Social Security Organization (circular 1000/99/9958).",
    settings_defaults=dict(verification_retry_seconds=30.0, verification_batch_size=50),
    periodic_tasks={"verification_retry_seconds": "claims.verification.service:retry_pending_verifications"},
)
Settings = entry.Settings
MIGRATIONS_DIR = entry.migrations_dir
get_settings = entry.get_settings
create_app = entry.create_app
main = entry.main

if __name__ == "__main__":
    main()
