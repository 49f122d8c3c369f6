#!/usr/bin/env bash
# Format the Python code with ruff: sort imports (ruff's isort rules, `I`) and apply `ruff format`.
# `scripts/format.sh` rewrites the files; `scripts/format.sh --check` changes nothing and fails if any
# file would change (what `make lint` runs). Both work on exactly the paths below, so the check covers
# what the formatter formats. Configuration: [tool.ruff] in the root pyproject.toml.
set -euo pipefail
cd "$(dirname "$0")/.."
RUFF="${RUFF:-.venv/bin/ruff}"
PATHS=(shared gateway services tests scripts bench conftest.py)

if [ "${1:-}" = "--check" ]; then
  "$RUFF" check --select I --no-fix --quiet "${PATHS[@]}"
  "$RUFF" format --check "${PATHS[@]}"
else
  "$RUFF" check --select I --fix-only --quiet "${PATHS[@]}"
  "$RUFF" format "${PATHS[@]}"
fi
