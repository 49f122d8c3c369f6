#!/usr/bin/env bash
# Claims benchmarks: the monthly fee statement of one agency holding 100,000 cases (PostgreSQL,
# own scratch database, dropped afterwards), then register-assess-submit throughput through the gateway.
#   bench/claims/run.sh                 # both
#   CASES=100000 TP_CASES=300 CONCURRENCY=8 bench/claims/run.sh
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PY="$ROOT/.venv/bin/python"
cd "$ROOT"
"$PY" -W ignore bench/claims/bench_claims.py statement --cases "${CASES:-100000}"
"$PY" -W ignore bench/claims/bench_claims.py throughput --cases "${TP_CASES:-300}" --concurrency "${CONCURRENCY:-8}"
