"""The committed client is what `make client` generates from the committed document, and it has every operation
(issue 16 item 5: openapi-python-client used to drop operations silently)."""

from __future__ import annotations

import filecmp
import importlib.util
import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("make_client", ROOT / "scripts" / "client.py")
make_client = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_client)


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _differences(cmp: filecmp.dircmp) -> list[str]:
    out = [f"{cmp.left}/{n}" for n in cmp.left_only + cmp.right_only + cmp.diff_files if n != "__pycache__"]
    for sub in cmp.subdirs.values():
        out += _differences(sub)
    return out


def test_committed_client_is_generated_from_the_committed_document_without_warnings(tmp_path):
    out = tmp_path / "regplat_client"
    make_client.generate(make_client.DOC, out)  # raises on any generator warning
    assert _differences(filecmp.dircmp(out, make_client.TARGET, ignore=["__pycache__"])) == [], "run `make client` and commit"


def test_every_operation_of_the_document_is_in_the_client():
    doc = json.loads(make_client.DOC.read_text(encoding="utf-8"))
    ids = {op["operationId"] for item in doc["paths"].values() for op in item.values() if isinstance(op, dict)}
    modules = {p.stem for p in (make_client.TARGET / "api").rglob("*.py") if p.stem != "__init__"}
    assert {_snake(i) for i in ids} - modules == set(), "operations the generated client lacks"
