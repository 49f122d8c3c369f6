"""`python -m shared.devtoken --role ROLE [--org ORG] [--claims JSON]`: a development token (local keys, never committed)."""

from __future__ import annotations

import argparse
import json
import sys

from shared.auth import ensure_dev_keys, mint_token
from shared.settings import default_data_dir


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--role", required=True)
    p.add_argument("--org", default=None)
    p.add_argument("--sub", default=None)
    p.add_argument("--claims", default="{}", help='extra claims as JSON, e.g. {"seal_id": "S-12"}')
    p.add_argument("--ttl", type=int, default=8 * 3600, help="seconds")
    a = p.parse_args(argv)
    try:
        extra = json.loads(a.claims or "{}")
    except json.JSONDecodeError as exc:
        print(f"--claims is not JSON: {exc}", file=sys.stderr)
        return 2
    priv, _jwks = ensure_dev_keys(default_data_dir() / "keys")
    print(mint_token(priv.read_bytes(), role=a.role, org=a.org or None, sub=a.sub, ttl_seconds=a.ttl, **extra))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
