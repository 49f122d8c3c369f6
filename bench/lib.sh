# Shared by the benchmark scripts (source it after `set -euo pipefail`): the venv's python, a work
# folder removed on exit with every process the script started, free ports, waiting for a URL,
# and development keys in the work folder's data dir.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY="$ROOT/.venv/bin/python"
[ -x "$PY" ] || { echo "no $PY: run 'make install' (uv sync --frozen --all-packages) first" >&2; exit 2; }

WORK="$(mktemp -d -t "regplat-bench-${BENCH_NAME:-run}.XXXXXX")"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

free_port() { "$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }

wait_http() {  # url, what
  for _ in $(seq 1 300); do
    if "$PY" -c "import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=1)" "$1" 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  echo "$2 did not answer at $1" >&2; tail -20 "$WORK"/*.log >&2 || true; exit 2
}

export REGPLAT_DATA_DIR="$WORK/data"
mkdir -p "$REGPLAT_DATA_DIR"
"$PY" -c "from pathlib import Path; from shared.auth import ensure_dev_keys; ensure_dev_keys(Path('$REGPLAT_DATA_DIR/keys'))"
