#!/usr/bin/env sh
# Benchmark of the pure INS-R engine (make bench runs every bench/*/run.sh).
cd "$(dirname "$0")/../.." && exec .venv/bin/python bench/inspections/bench_rules.py "$@"
