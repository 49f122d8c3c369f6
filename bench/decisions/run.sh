#!/usr/bin/env sh
# Cost of signed decision checkpoints vs the plain chain (make bench runs every bench/*/run.sh).
cd "$(dirname "$0")/../.." && exec .venv/bin/python bench/decisions/bench_record.py "$@"
