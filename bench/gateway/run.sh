#!/usr/bin/env bash
# The gateway's overhead, measured in one run: the same cheap request sent to one service directly,
# through the Python gateway, through HAProxy configured by gateway.haproxy (JWT checks, rate limit,
# circuit: the production data plane), and through nginx as a plain reverse proxy to the same
# service, with wrk on loopback. Prints requests/s, p50, p99, errors, CPU per request of the service
# and of each proxy, and the ratios against direct.
#
#   bench/gateway/run.sh                      # 15 s per target, 100 connections, GET /healthz, bearer token on
#   DURATION=30 CONNECTIONS=200 bench/gateway/run.sh
#   BENCH_PATH=/v1/regulations/1000%2F99%2F9958 bench/gateway/run.sh
#   BENCH_AUTH=0 bench/gateway/run.sh         # no token (HAProxy and the Python gateway then skip the JWT check)
#   TARGETS="direct haproxy" bench/gateway/run.sh
#
# Installs nginx, haproxy and wrk (Debian packages) when missing. Everything listens on 127.0.0.1
# only and every process it starts is stopped on exit. Exit status 1 when a gateway lost requests
# (non-2xx answers or socket errors).
set -euo pipefail

DURATION="${DURATION:-15}"
WARMUP="${WARMUP:-3}"
CONNECTIONS="${CONNECTIONS:-100}"
THREADS="${THREADS:-2}"
BENCH_PATH="${BENCH_PATH:-/healthz}"
BENCH_AUTH="${BENCH_AUTH:-1}"
TARGETS="${TARGETS:-direct gateway haproxy nginx}"
GATEWAY_WORKERS="${GATEWAY_WORKERS:-1}"
SERVICE=offlabel
PREFIX=/offlabel

if ! command -v nginx >/dev/null 2>&1 || ! command -v wrk >/dev/null 2>&1 || ! { command -v haproxy || [ -x /usr/sbin/haproxy ]; } >/dev/null 2>&1; then
  echo "installing nginx, haproxy and wrk (Debian packages) ..." >&2
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get install -y nginx haproxy wrk >/dev/null 2>&1 || { $SUDO apt-get update >/dev/null && $SUDO apt-get install -y nginx haproxy wrk >/dev/null; }
fi
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
HAPROXY="$(command -v haproxy || echo /usr/sbin/haproxy)"
BENCH_NAME=gateway
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"
read -r P_SVC P_GW P_NGX P_HAP < <("$PY" -c '
import socket
socks = [socket.socket() for _ in range(4)]
for s in socks: s.bind(("127.0.0.1", 0))
print(*(s.getsockname()[1] for s in socks))
for s in socks: s.close()')

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

# 4. HAProxy, configured by gateway.haproxy from the same GATEWAY_* settings as the Python gateway
#    (JWT checks, the allow-list, the rate limit with the same raised limit, circuit, problem+json),
#    one thread (as nginx's one worker), access log off; the Python gateway app behind it for its own routes.
GATEWAY_PORT="$P_HAP" GATEWAY_HOST=127.0.0.1 GATEWAY_OFFLABEL_URL="http://127.0.0.1:$P_SVC" GATEWAY_APP_URL="http://127.0.0.1:$P_GW" \
  GATEWAY_RATE_PER_MINUTE=1000000000 GATEWAY_ACCESS_LOG=false GATEWAY_HAPROXY_THREADS=1 \
  "$PY" -m gateway.haproxy --out "$WORK/haproxy" --check 2>>"$WORK/haproxy.log"
"$HAPROXY" -db -f "$WORK/haproxy/haproxy.cfg" >>"$WORK/haproxy.log" 2>&1 &
PIDS+=($!); PID_HAP=$!

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
VIA_HAP="http://127.0.0.1:$P_HAP$PREFIX$BENCH_PATH"
wait_http "http://127.0.0.1:$P_SVC/readyz" "$SERVICE"
wait_http "http://127.0.0.1:$P_GW/healthz" "gateway"
wait_http "$VIA_NGX" "nginx"
wait_http "$VIA_GW" "gateway -> $SERVICE"
wait_http "http://127.0.0.1:$P_HAP$PREFIX/healthz" "haproxy -> $SERVICE"

HDR=()
if [ "$BENCH_AUTH" = "1" ]; then
  TOKEN="$("$PY" -c "from shared.auth import mint_token; print(mint_token(open('$REGPLAT_DATA_DIR/keys/private.pem','rb').read(), role='admin', sub='bench'))")"
  HDR=(-H "Authorization: Bearer $TOKEN")
fi

echo "request: GET $BENCH_PATH (service $SERVICE; gateway and nginx: $PREFIX$BENCH_PATH)  auth: $([ "$BENCH_AUTH" = 1 ] && echo bearer || echo none)"
echo "load:    wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency --timeout 10s (after ${WARMUP} s warm-up each), loopback"
echo "machine: $(nproc) CPUs, load average before: $(cut -d' ' -f1-3 /proc/loadavg); service, gateway ($GATEWAY_WORKERS worker), haproxy (1 thread) and nginx (1 worker) each one process"
echo "versions: $("$HAPROXY" -v | head -1 | cut -d' ' -f1-3), $("$NGINX" -v 2>&1 | cut -d' ' -f3), $(wrk --version 2>&1 | head -1 | cut -d' ' -f1-2)"
for target in $TARGETS; do
  case $target in direct) url=$DIRECT ;; gateway) url=$VIA_GW ;; nginx) url=$VIA_NGX ;; haproxy) url=$VIA_HAP ;; esac
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" --timeout 10s "${HDR[@]}" "$url" >/dev/null
  before=("$(cpu_ticks "$PID_SVC")" "$(cpu_ticks "$PID_GW")" "$(cpu_ticks "$PID_NGX")" "$(cpu_ticks "$PID_HAP")")
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency --timeout 10s "${HDR[@]}" "$url" >"$WORK/$target.wrk"
  echo "$(( $(cpu_ticks "$PID_SVC") - before[0] )) $(( $(cpu_ticks "$PID_GW") - before[1] )) $(( $(cpu_ticks "$PID_NGX") - before[2] )) $(( $(cpu_ticks "$PID_HAP") - before[3] ))" >"$WORK/$target.cpu"
done
echo "$TARGETS" >"$WORK/targets"
getconf CLK_TCK >"$WORK/clk_tck"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

"$PY" - "$WORK" <<'PYEOF'
import re, sys
from pathlib import Path

work = Path(sys.argv[1])
UNIT = {"us": 0.001, "ms": 1.0, "s": 1000.0}
PROXY_COLUMN = {"direct": None, "gateway": 1, "nginx": 2, "haproxy": 3}


def ms(text):
    m = re.fullmatch(r"([\d.]+)(us|ms|s)", text)
    return float(m.group(1)) * UNIT[m.group(2)]


def parse(target):
    """requests/s, p50, p99, errors and CPU per request (service, proxy) of one wrk run."""
    out = (work / f"{target}.wrk").read_text()
    total = int(re.search(r"(\d+) requests in", out).group(1))
    sock = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    non2xx = int(m.group(1)) if (m := re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)) else 0
    tick_ms = 1000.0 / int((work / "clk_tck").read_text())
    ticks = [int(x) for x in (work / f"{target}.cpu").read_text().split()]
    col = PROXY_COLUMN[target]
    return dict(
        rps=float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)), total=total,
        p50=ms(re.search(r"^\s+50%\s+(\S+)", out, re.M).group(1)), p99=ms(re.search(r"^\s+99%\s+(\S+)", out, re.M).group(1)),
        non2xx=non2xx, sock=sock.group(0) if sock else "none", lost=non2xx + (sum(int(x) for x in sock.groups()) if sock else 0),
        svc_cpu=ticks[0] * tick_ms / total, proxy_cpu=None if col is None else ticks[col] * tick_ms / total,
    )


rows = {t: parse(t) for t in (work / "targets").read_text().split()}
print(f"\n{'target':<9} {'requests/s':>11} {'requests':>9} {'p50 ms':>8} {'p99 ms':>8} {'non-2xx':>8} {'CPU ms/req service':>19} {'CPU ms/req proxy':>17}  socket errors")
for t, r in rows.items():
    proxy = "-" if r["proxy_cpu"] is None else f"{r['proxy_cpu']:.3f}"
    print(f"{t:<9} {r['rps']:>11.0f} {r['total']:>9} {r['p50']:>8.2f} {r['p99']:>8.2f} {r['non2xx']:>8} {r['svc_cpu']:>19.3f} {proxy:>17}  {r['sock']}")
d = rows.get("direct")
print()
for t, r in rows.items():
    if t != "direct" and d:
        print(f"{t + '/direct:':<16} throughput {r['rps'] / d['rps']:.2f}x, p50 {r['p50'] / d['p50']:.2f}x ({r['p50'] - d['p50']:+.2f} ms), p99 {r['p99'] / d['p99']:.2f}x, proxy CPU {r['proxy_cpu']:.3f} ms/request")
if "haproxy" in rows and d:
    h = rows["haproxy"]
    checks = [("throughput >= 0.9x direct", h["rps"] >= 0.9 * d["rps"]), ("p50 within 1 ms of direct", h["p50"] - d["p50"] <= 1.0), ("<= 0.2 ms CPU/request", h["proxy_cpu"] <= 0.2)]
    print("\nHAProxy targets: " + "; ".join(f"{name}: {'met' if ok else 'NOT met'}" for name, ok in checks))
lost = {t: r["lost"] for t, r in rows.items() if t in ("gateway", "haproxy")}
print(f"\nrequests lost by a gateway: {lost}" + ("" if not any(lost.values()) else "  <-- FAIL"))
sys.exit(1 if any(lost.values()) else 0)
PYEOF
