"""Off-label prescribing: the service's identity and wiring (shared.app.ServiceEntry)."""

from shared.app import ServiceEntry

# guidelines_extra_path (OFFLABEL_GUIDELINES_EXTRA_PATH): a file or folder of extra guideline YAML files (OFL-G).
entry = ServiceEntry(
    "offlabel",
    port=8003,
    title="Off-label prescribing",
    description="Computable off-label prescribing guidelines, physicians' requests evaluated against them, insurers' coverage decisions (instruction 400/7515, letter 18300/400د).",
    settings_defaults=dict(guidelines_extra_path=""),
)
Settings = entry.Settings
MIGRATIONS_DIR = entry.migrations_dir
get_settings = entry.get_settings
create_app = entry.create_app
main = entry.main

if __name__ == "__main__":
    main()
