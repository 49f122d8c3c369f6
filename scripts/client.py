"""`make client`: generate the typed Python client from the committed merged OpenAPI document (issue 16 item 5).

openapi-python-client (pinned in the dev group) writes clients/python/regplat_client from openapi/merged.json.
A warning of the generator (an operation it had to skip, a schema it could not read) fails the command: a
client that silently lacks operations is what this is here to prevent.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "openapi" / "merged.json"
CONFIG = ROOT / "clients" / "python" / "config.yaml"
TARGET = ROOT / "clients" / "python" / "regplat_client"
GENERATOR = Path(sys.executable).parent / "openapi-python-client"


def generate(doc: Path, out: Path) -> str:
    """Generate the package into `out` (which must not exist); the generator's output, raising on a warning."""
    done = subprocess.run(
        [str(GENERATOR), "generate", "--path", str(doc), "--meta", "none", "--config", str(CONFIG), "--output-path", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    text = done.stdout + done.stderr
    if done.returncode != 0 or "Warning" in text or "Error" in text:
        raise RuntimeError(f"openapi-python-client did not generate a complete client:\n{text}")
    return text


def main() -> int:
    if not DOC.exists():
        print(f"{DOC.relative_to(ROOT)} is missing: run `make openapi` first", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "regplat_client"
        try:
            generate(DOC, out)
        except RuntimeError as exc:
            print(exc, file=sys.stderr)
            return 1
        shutil.rmtree(TARGET, ignore_errors=True)
        shutil.copytree(out, TARGET)
    print(f"wrote {TARGET.relative_to(ROOT)} from {DOC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
