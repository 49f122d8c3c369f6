#!/usr/bin/env bash
# Scale benchmark (issue 18): every list, deep page, filter, fee statement, report, search and per-row view of claims,
# customs and inspections timed at a small and a national size in the same run (PostgreSQL at BENCH_PG, default
# postgresql://postgres@127.0.0.1:5432/postgres; its own databases, dropped afterwards unless SCALE_KEEP=1).
#   bench/scale/run.sh                                            # quick: 1k vs 100k cases, 1k vs 20k declarations and centres
#   SCALE_CASES=1000000 SCALE_DECLARATIONS=100000 SCALE_CENTRES=100000 bench/scale/run.sh   # the issue's sizes (bench/README.md)
#   SCALE_SERVICES=claims SCALE_ROUNDS=11 SCALE_DEEP_PAGES=50 bench/scale/run.sh
#   SCALE_KEEP=1 ... then SCALE_REUSE=1 ...                       # keep the loaded databases; reuse them (this checkout's migrations applied)
#   SCALE_STRICT=1 ...                                            # exit 1 when a target of the issue is not met
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PY="$ROOT/.venv/bin/python"
[ -x "$PY" ] || { echo "no $PY: run 'make install' first" >&2; exit 2; }
cd "$ROOT"
exec "$PY" -W ignore bench/scale/bench_scale.py "$@"
