#!/usr/bin/env bash
# The gateway's overhead, measured in one run: the same cheap request sent to one service directly,
# through the gateway, and through nginx as a plain reverse proxy to the same service, with wrk on
# loopback. Prints requests/s, p50, p99, errors, and the ratios gateway/direct and gateway/nginx.
#
#   bench/gateway/run.sh                      # 15 s per target, 100 connections, GET /healthz
#   DURATION=30 CONNECTIONS=200 bench/gateway/run.sh
#   BENCH_PATH=/v1/regulations/1000%2F99%2F9958 bench/gateway/run.sh
#   BENCH_AUTH=1 bench/gateway/run.sh         # every request carries a signed bearer token
#
# Installs nginx and wrk (Debian packages) when missing. Everything listens on 127.0.0.1 only and
# every process it starts is stopped on exit. Exit status 1 when the gateway lost requests
# (non-2xx answers or socket errors).
set -euo pipefail

DURATION="${DURATION:-15}"
WARMUP="${WARMUP:-3}"
CONNECTIONS="${CONNECTIONS:-100}"
THREADS="${THREADS:-2}"
BENCH_PATH="${BENCH_PATH:-/healthz}"
BENCH_AUTH="${BENCH_AUTH:-0}"
GATEWAY_WORKERS="${GATEWAY_WORKERS:-1}"
SERVICE=offlabel
PREFIX=/offlabel

if ! command -v nginx >/dev/null 2>&1 || ! command -v wrk >/dev/null 2>&1; then
  echo "installing nginx and wrk (Debian packages) ..." >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get install -y nginx wrk >/dev/null 2>&1 || { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y nginx wrk >/dev/null; }
fi
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
BENCH_NAME=gateway
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
P_SVC="$(free_port)"; P_GW="$(free_port)"; P_NGX="$(free_port)"
while [ "$P_GW" = "$P_SVC" ] || [ "$P_NGX" = "$P_SVC" ] || [ "$P_NGX" = "$P_GW" ]; do P_GW="$(free_port)"; P_NGX="$(free_port)"; done

# 1. One service on the embedded default (SQLite), one uvicorn process, as `make run` starts it.
OFFLABEL_PORT="$P_SVC" OFFLABEL_LOG_LEVEL=WARNING "$PY" -m "$SERVICE" >"$WORK/service.log" 2>&1 &
PIDS+=($!); PID_SVC=$!
# 2. The gateway, one process; access log off (as for nginx), the rate limit raised so wrk's single
#    client address is not throttled (the limiter still runs on every request).
GATEWAY_PORT="$P_GW" GATEWAY_HOST=127.0.0.1 GATEWAY_OFFLABEL_URL="http://127.0.0.1:$P_SVC" \
  GATEWAY_RATE_PER_MINUTE=1000000000 GATEWAY_ACCESS_LOG=false GATEWAY_LOG_LEVEL=WARNING GATEWAY_WORKERS="$GATEWAY_WORKERS" \
  "$PY" -m gateway >"$WORK/gateway.log" 2>&1 &
PIDS+=($!); PID_GW=$!
# 3. nginx as a plain reverse proxy to the same service, same prefix, keep-alive to the upstream.
mkdir -p "$WORK/nginx"
cat >"$WORK/nginx.conf" <<NGINX_CONF
worker_processes 1;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/body;
  proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi;
  uwsgi_temp_path $WORK/nginx/uwsgi;
  scgi_temp_path $WORK/nginx/scgi;
  upstream service { server 127.0.0.1:$P_SVC; keepalive 128; }
  server {
    listen 127.0.0.1:$P_NGX;
    location $PREFIX/ {
      proxy_pass http://service/;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host \$host;
      proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
    }
  }
}
NGINX_CONF
"$NGINX" -p "$WORK/nginx" -c "$WORK/nginx.conf" -g 'daemon off;' >"$WORK/nginx.log" 2>&1 &
PIDS+=($!); PID_NGX=$!

# CPU time (user+system clock ticks) of a process and its children: what each request cost each
# process, independent of how busy the (shared) machine was.
cpu_ticks() {
  local total=0 p
  for p in "$1" $(cat /proc/"$1"/task/*/children 2>/dev/null); do
    [ -r "/proc/$p/stat" ] && total=$(( total + $(awk '{print $14 + $15}' "/proc/$p/stat") ))
  done
  echo "$total"
}

DIRECT="http://127.0.0.1:$P_SVC$BENCH_PATH"
VIA_GW="http://127.0.0.1:$P_GW$PREFIX$BENCH_PATH"
VIA_NGX="http://127.0.0.1:$P_NGX$PREFIX$BENCH_PATH"
wait_http "http://127.0.0.1:$P_SVC/readyz" "$SERVICE"
wait_http "http://127.0.0.1:$P_GW/healthz" "gateway"
wait_http "$VIA_NGX" "nginx"
wait_http "$VIA_GW" "gateway -> $SERVICE"

HDR=()
if [ "$BENCH_AUTH" = "1" ]; then
  TOKEN="$("$PY" -c "from shared.auth import mint_token; print(mint_token(open('$REGPLAT_DATA_DIR/keys/private.pem','rb').read(), role='admin', sub='bench'))")"
  HDR=(-H "Authorization: Bearer $TOKEN")
fi

echo "request: GET $BENCH_PATH (service $SERVICE; gateway and nginx: $PREFIX$BENCH_PATH)  auth: $([ "$BENCH_AUTH" = 1 ] && echo bearer || echo none)"
echo "load:    wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency --timeout 10s (after ${WARMUP} s warm-up each), loopback"
echo "machine: $(nproc) CPUs, load average before: $(cut -d' ' -f1-3 /proc/loadavg); service, gateway ($GATEWAY_WORKERS worker) and nginx (1 worker) each one process"
for target in direct gateway nginx; do
  case $target in direct) url=$DIRECT ;; gateway) url=$VIA_GW ;; nginx) url=$VIA_NGX ;; esac
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 10s "${HDR[@]}" "$url" >/dev/null
  before=("$(cpu_ticks "$PID_SVC")" "$(cpu_ticks "$PID_GW")" "$(cpu_ticks "$PID_NGX")")
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency --timeout 10s "${HDR[@]}" "$url" >"$WORK/$target.wrk"
  echo "$(( $(cpu_ticks "$PID_SVC") - before[0] )) $(( $(cpu_ticks "$PID_GW") - before[1] )) $(( $(cpu_ticks "$PID_NGX") - before[2] ))" >"$WORK/$target.cpu"
done
getconf CLK_TCK >"$WORK/clk_tck"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

"$PY" - "$WORK" <<'PYEOF'
import re, sys
from pathlib import Path

work = Path(sys.argv[1])
UNIT = {"us": 0.001, "ms": 1.0, "s": 1000.0}

def ms(text):
    m = re.fullmatch(r"([\d.]+)(us|ms|s)", text)
    return float(m.group(1)) * UNIT[m.group(2)]

rows = {}
for target in ("direct", "gateway", "nginx"):
    out = (work / f"{target}.wrk").read_text()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    total = int(re.search(r"(\d+) requests in", out).group(1))
    p50 = ms(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1))
    p99 = ms(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1))
    non2xx = int(m.group(1)) if (m := re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)) else 0
    sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    sock_total = sum(int(x) for x in sock.groups()) if sock else 0
    rows[target] = dict(rps=rps, total=total, p50=p50, p99=p99, non2xx=non2xx, sock=sock.group(0) if sock else "none", sock_total=sock_total)
    tick_ms = 1000.0 / int((work / "clk_tck").read_text())
    svc, gw, ngx = (int(x) * tick_ms / total for x in (work / f"{target}.cpu").read_text().split())
    rows[target]["cpu"] = {"direct": (svc, None), "gateway": (svc, gw), "nginx": (svc, ngx)}[target]

print(f"\n{'target':<9} {'requests/s':>11} {'requests':>9} {'p50 ms':>8} {'p99 ms':>8} {'non-2xx':>8} {'CPU ms/req service':>19} {'CPU ms/req proxy':>17}  socket errors")
for t, r in rows.items():
    svc_cpu, proxy_cpu = r["cpu"]
    proxy = "-" if proxy_cpu is None else f"{proxy_cpu:.3f}"
    print(f"{t:<9} {r['rps']:>11.0f} {r['total']:>9} {r['p50']:>8.2f} {r['p99']:>8.2f} {r['non2xx']:>8} {svc_cpu:>19.3f} {proxy:>17}  {r['sock']}")
g, d, n = rows["gateway"], rows["direct"], rows["nginx"]
print(f"\ngateway/direct: throughput {g['rps'] / d['rps']:.2f}x, p50 {g['p50'] / d['p50']:.2f}x, p99 {g['p99'] / d['p99']:.2f}x")
print(f"gateway/nginx:  throughput {g['rps'] / n['rps']:.2f}x, p50 {g['p50'] / n['p50']:.2f}x, p99 {g['p99'] / n['p99']:.2f}x")
print(f"proxy CPU per request: gateway {g['cpu'][1]:.3f} ms, nginx {n['cpu'][1]:.3f} ms ({g['cpu'][1] / max(n['cpu'][1], 1e-9):.0f}x)")
lost = g["non2xx"] + g["sock_total"]
print(f"\ngateway lost requests: {lost}" + ("" if lost == 0 else "  <-- FAIL"))
sys.exit(1 if lost else 0)
PYEOF
