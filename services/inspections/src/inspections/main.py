"""Inspections: regenerative, cell-therapy and exosome centres: the service's identity and wiring (shared.app.ServiceEntry)."""

from shared.app import ServiceEntry

entry = ServiceEntry(
    "inspections",
    port=8004,
    title="Inspections: regenerative, cell-therapy and exosome centres",
    description="Registry, monthly inspections, enforcement, quarterly reports and time-aware permissibility rulings (letters 400/10262/د, 100/70/38754, 100/10/74585, 661/2897).",
)
Settings = entry.Settings
MIGRATIONS_DIR = entry.migrations_dir
get_settings = entry.get_settings
create_app = entry.create_app
main = entry.main

if __name__ == "__main__":
    main()
