#!/usr/bin/env bash
# Both customs benchmarks: the pure engine, then the public pre-check through the gateway (see README.md).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
"$ROOT/.venv/bin/python" "$ROOT/bench/customs/bench_engine.py"
"$ROOT/bench/customs/bench_precheck.sh"
