"""`make openapi`: write openapi/<service>.json and openapi/merged.json from the code, deterministically.

Each service's document is built in-process from its app (no server is started), the merged one by
gateway.openapi.merge, the function the gateway serves /openapi.json with. Keys sorted, indent 2.
`--check` writes nothing and exits 1 when a committed document differs from the code's.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "openapi"


def documents() -> dict[str, dict[str, Any]]:
    """{service: document, ..., "merged": document} as the code builds them now."""
    for key in [k for k in os.environ if k.startswith(("GATEWAY_", "CUSTOMS_", "CLAIMS_", "OFFLABEL_", "INSPECTIONS_"))]:
        del os.environ[key]  # the documents must not depend on the caller's environment
    from gateway.main import create_app as gateway_app
    from gateway.main import own_document
    from gateway.openapi import merge
    from gateway.settings import UPSTREAMS, GatewaySettings

    docs: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in UPSTREAMS:
            main = importlib.import_module(f"{name}.main")
            docs[name] = main.create_app(main.Settings(data_dir=Path(tmp) / name)).openapi()
        gw_settings = GatewaySettings(data_dir=Path(tmp) / "gateway", openapi_seed="")
        own = own_document(gateway_app(gw_settings))
        docs["merged"] = merge(own, {name: (prefix, docs[name]) for name, (prefix, _url) in UPSTREAMS.items()}, rate_limited=gw_settings.rate_per_minute > 0)
    return docs


def main() -> int:
    from gateway.openapi import dump

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--check", action="store_true", help="compare with the committed documents, write nothing")
    args = ap.parse_args()
    stale = []
    OUT.mkdir(exist_ok=True)
    for name, doc in documents().items():
        path = OUT / f"{name}.json"
        text = dump(doc)
        if args.check:
            if not path.is_file() or path.read_text(encoding="utf-8") != text:
                stale.append(path.relative_to(ROOT))
        elif not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    if stale:
        print("differs from the code: " + ", ".join(map(str, stale)) + " - run `make openapi`", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
