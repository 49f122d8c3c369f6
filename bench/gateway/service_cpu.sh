#!/usr/bin/env bash
# CPU time a service spends per request (utime+stime from /proc, so it does not depend on how busy the
# shared machine is), for three requests sent directly to the service with wrk on loopback:
#   GET /healthz of offlabel            the cheapest request: what the middleware stack costs
#   GET /v1/requests of offlabel        an authenticated GET (a physician's token, RS256 checked by the service)
#   POST /v1/precheck of customs        the public pre-check (three items, bench/customs/precheck.lua)
#
#   bench/gateway/service_cpu.sh                 # 10 s per request, 50 connections
#   DURATION=20 CONNECTIONS=100 bench/gateway/service_cpu.sh
set -euo pipefail

DURATION="${DURATION:-10}"
CONNECTIONS="${CONNECTIONS:-50}"
# The authenticated GET reads the embedded SQLite database: every request session is BEGIN IMMEDIATE
# (shared/db.py), so concurrent requests queue for the one writer and, past the pool of 15
# connections, time out after 30 s. It is measured with a few connections only.
AUTH_CONNECTIONS="${AUTH_CONNECTIONS:-4}"
THREADS="${THREADS:-2}"
command -v wrk >/dev/null 2>&1 || { echo "wrk is needed (apt-get install wrk)" >&2; exit 2; }
BENCH_NAME=service-cpu
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
P_OFF="$(free_port)"; P_CUS="$(free_port)"
while [ "$P_CUS" = "$P_OFF" ]; do P_CUS="$(free_port)"; done

OFFLABEL_PORT="$P_OFF" OFFLABEL_LOG_LEVEL=WARNING "$PY" -m offlabel >"$WORK/offlabel.log" 2>&1 &
PIDS+=($!); PID_OFF=$!
CUSTOMS_PORT="$P_CUS" CUSTOMS_LOG_LEVEL=WARNING CUSTOMS_PUBLIC_RATE_PER_MINUTE=1000000000 "$PY" -m customs >"$WORK/customs.log" 2>&1 &
PIDS+=($!); PID_CUS=$!
wait_http "http://127.0.0.1:$P_OFF/readyz" offlabel
wait_http "http://127.0.0.1:$P_CUS/readyz" customs

TOKEN="$("$PY" -c "from shared.auth import mint_token; print(mint_token(open('$REGPLAT_DATA_DIR/keys/private.pem','rb').read(), role='physician', sub='bench-physician', council_no='M-12345', specialty='ophthalmology'))")"
cat >"$WORK/status.lua" <<'LUA'
local non2xx = 0
response = function(status, headers, body) if status < 200 or status > 299 then non2xx = non2xx + 1 end end
done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d rps=%.1f p50_ms=%.2f p99_ms=%.2f non2xx=%d\n", summary.requests,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.errors.status))
end
LUA
# The pre-check body of bench/customs, with the status counter of this script.
sed -n '1,5p' "$ROOT/bench/customs/precheck.lua" >"$WORK/precheck.lua"
cat "$WORK/status.lua" >>"$WORK/precheck.lua"

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
TICK_MS="$("$PY" -c "import os; print(1000 / os.sysconf('SC_CLK_TCK'))")"

measure() {  # label, connections, pid, script, url, [header]
  local label="$1" conns="$2" pid="$3" script="$4" url="$5"; shift 5
  wrk -t"$THREADS" -c"$conns" -d2s -s "$script" "$@" "$url" >/dev/null 2>&1 || true
  local before; before="$(cpu_ticks "$pid")"
  local line; line="$(wrk -t"$THREADS" -c"$conns" -d"${DURATION}s" --latency -s "$script" "$@" "$url" | grep '^RESULT')"
  local ticks=$(( $(cpu_ticks "$pid") - before ))
  local n; n="$(sed -E 's/.*requests=([0-9]+).*/\1/' <<<"$line")"
  printf '%-34s c=%-3s %s  cpu_ms_per_request=%s\n' "$label" "$conns" "${line#RESULT }" "$("$PY" -c "print(f'{$ticks * $TICK_MS / max($n, 1):.3f}')")"
}

echo "wrk -t$THREADS -d${DURATION}s per request, loopback; load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) CPUs"
measure "offlabel GET /healthz" "$CONNECTIONS" "$PID_OFF" "$WORK/status.lua" "http://127.0.0.1:$P_OFF/healthz"
measure "offlabel GET /v1/requests (token)" "$AUTH_CONNECTIONS" "$PID_OFF" "$WORK/status.lua" "http://127.0.0.1:$P_OFF/v1/requests" -H "Authorization: Bearer $TOKEN"
measure "customs POST /v1/precheck (public)" "$CONNECTIONS" "$PID_CUS" "$WORK/precheck.lua" "http://127.0.0.1:$P_CUS/v1/precheck"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
