#!/usr/bin/env bash
# POST /customs/v1/precheck through the gateway at 50 concurrent connections (goal: >= 500 requests/s,
# p99 < 100 ms), and the same request sent to the customs service directly, with wrk on loopback.
#
#   bench/customs/bench_precheck.sh                 # 15 s per target, 50 connections
#   DURATION=30 CONNECTIONS=50 bench/customs/bench_precheck.sh
#
# Starts its own customs service (embedded SQLite in a temporary folder; the pre-check touches no
# database) and its own gateway on free ports; every process it starts is stopped on exit. The public
# rate limits (customs 120/min per client, gateway 6000/min) are raised for the run: the load comes
# from one address. Exit status 1 when requests were lost (non-2xx or socket errors).
set -euo pipefail

DURATION="${DURATION:-15}"
CONNECTIONS="${CONNECTIONS:-50}"
THREADS="${THREADS:-2}"
LUA="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/precheck.lua"
command -v wrk >/dev/null 2>&1 || { echo "wrk is needed (apt-get install wrk)" >&2; exit 2; }

BENCH_NAME=customs
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
P_SVC="$(free_port)"; P_GW="$(free_port)"
while [ "$P_GW" = "$P_SVC" ]; do P_GW="$(free_port)"; done

CUSTOMS_PORT="$P_SVC" CUSTOMS_PUBLIC_RATE_PER_MINUTE=1000000000 CUSTOMS_LOG_LEVEL=WARNING \
  "$PY" -m customs >"$WORK/customs.log" 2>&1 &
PIDS+=($!)
GATEWAY_PORT="$P_GW" GATEWAY_CUSTOMS_URL="http://127.0.0.1:$P_SVC" GATEWAY_RATE_PER_MINUTE=0 GATEWAY_ACCESS_LOG=false GATEWAY_LOG_LEVEL=WARNING \
  "$PY" -m gateway >"$WORK/gateway.log" 2>&1 &
PIDS+=($!)
wait_http "http://127.0.0.1:$P_SVC/healthz" customs
wait_http "http://127.0.0.1:$P_GW/healthz" gateway

# one request first: the answer must be a real evaluation, not an error page
"$PY" - "http://127.0.0.1:$P_GW/customs/v1/precheck" <<'PY'
import json, sys, urllib.request
body = json.dumps({"items": [{"name": "Xanax", "dosage_form": "tablet"}]}).encode()
r = urllib.request.urlopen(urllib.request.Request(sys.argv[1], data=body, headers={"Content-Type": "application/json"}), timeout=5)
out = json.load(r)
assert out["items"][0]["outcome"] == "pending" and out["stored"] is False, out
print("smoke: precheck through the gateway answers", out["items"][0]["outcome"], "with", len(out["items"][0]["basis"]), "citations")
PY

run() {  # label url
  wrk -t"$THREADS" -c"$CONNECTIONS" -d2s -s "$LUA" "$2" >/dev/null 2>&1 || true   # warm-up
  local line
  line="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$LUA" "$2" | grep '^RESULT')"
  echo "$1 $line"
}

echo "command: bench/customs/bench_precheck.sh (DURATION=$DURATION CONNECTIONS=$CONNECTIONS THREADS=$THREADS); cpus: $(nproc); load average: $(cut -d' ' -f1 /proc/loadavg)"
GW="$(run "through-gateway" "http://127.0.0.1:$P_GW/customs/v1/precheck")"
echo "$GW"
DIRECT="$(run "direct-to-service" "http://127.0.0.1:$P_SVC/v1/precheck")"
echo "$DIRECT"
"$PY" - "$GW" <<'PY'
import sys
kv = dict(p.split("=") for p in sys.argv[1].split()[2:])
rps, p99 = float(kv["rps"]), float(kv["p99_ms"])
print(f"goal through the gateway: >= 500 requests/s and p99 < 100 ms -> {rps:.0f} requests/s, p99 {p99:.1f} ms: {'met' if rps >= 500 and p99 < 100 else 'NOT met'}")
lost = int(kv["errors_socket"]) + int(kv["status_non2xx"])
sys.exit(1 if lost else 0)
PY
