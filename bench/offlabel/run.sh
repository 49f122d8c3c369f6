#!/usr/bin/env bash
# Off-label engine benchmark (OFL-R): evaluations per second of the pure rules, no database, no HTTP.
#   bench/offlabel/run.sh                    # 3 rounds of 5 s, shipped guideline
#   SECONDS_PER_ROUND=3 GUIDELINES=50 bench/offlabel/run.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
"$ROOT/.venv/bin/python" -W ignore bench/offlabel/bench_rules.py --seconds "${SECONDS_PER_ROUND:-5}" --guidelines "${GUIDELINES:-1}"
