#!/usr/bin/env bash
# Mixed traffic through the gateway (issue 15, item 7): 100 concurrent connections for 60 s of
# authenticated reads, workflow writes and public pre-checks; prints throughput, p50/p99 overall and
# per kind of request, and answers by status. Exit status 1 on any 5xx or request without an answer.
#
#   bench/load/run.sh                                   # starts the e2e platform on PostgreSQL (127.0.0.1:5432), Python gateway
#   REGPLAT_GATEWAY=haproxy bench/load/run.sh           # HAProxy as the gateway (as in production and CI)
#   DURATION=20 CONNECTIONS=50 bench/load/run.sh
#   BASE_URL=http://127.0.0.1:8000 bench/load/run.sh    # a platform already running (`make run`); tokens signed
#                                                       # with $REGPLAT_DATA_DIR/keys/private.pem (default ./data)
#
# Without BASE_URL everything it starts listens on 127.0.0.1 (free ports), uses throwaway databases
# and is stopped on exit. The rate limits are raised: the driver is one client address.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PY="$ROOT/.venv/bin/python"
[ -x "$PY" ] || { echo "no $PY: run 'make install' first" >&2; exit 2; }
cd "$ROOT"
exec "$PY" bench/load/drive.py
