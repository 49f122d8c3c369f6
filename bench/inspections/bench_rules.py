"""Time the pure INS-R permissibility engine (inspections.permissibility.rules.decide).

Run: .venv/bin/python bench/inspections/bench_rules.py [--rounds N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import statistics
import sys
import time

from inspections.permissibility.rules import ACTIVITIES, APPROVALS, KINDS, CentreFacts, decide
from inspections.permissibility.ruleset import load_ruleset
from shared.jalali import parse_date

DATES = [parse_date(d) for d in ("1404/05/01", "1404/06/20", "1404/09/01", "1404/12/01")]
CELLS = [(a, k, ap, d) for d in DATES for k in KINDS for a in ACTIVITIES for ap in APPROVALS]
CENTRE = CentreFacts("C1", True, "active", None, True, frozenset(KINDS), frozenset({"irc_code"}))


def run(rounds: int, centre: CentreFacts | None) -> list[float]:
    rs = load_ruleset()
    per_call = []
    for _ in range(rounds):
        t0 = time.perf_counter()
        for a, k, ap, d in CELLS:
            decide(rs, a, k, ap, d, centre)
        per_call.append((time.perf_counter() - t0) / len(CELLS))
    return per_call


def report(label: str, samples: list[float]) -> None:
    us = sorted(s * 1e6 for s in samples)
    p95 = us[int(0.95 * (len(us) - 1))]
    print(
        f"{label:<28} median {statistics.median(us):7.2f} us/ruling   p95 {p95:7.2f}   min {us[0]:7.2f}   "
        f"~{1e6 / statistics.median(us):,.0f} rulings/s (one core)"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=200, help="passes over the 252-cell grid")
    args = ap.parse_args()
    t0 = time.perf_counter()
    load_ruleset.cache_clear()
    load_ruleset()
    load_ms = (time.perf_counter() - t0) * 1000
    print(f"command: {sys.executable} bench/inspections/bench_rules.py --rounds {args.rounds}")
    print(f"python {platform.python_version()} on {platform.machine()}, {dt.datetime.now(dt.UTC).isoformat(timespec='seconds')}")
    print(f"rule set load (YAML parse): {load_ms:.1f} ms; grid: {len(CELLS)} cells x {args.rounds} rounds")
    run(5, None)  # warm-up
    report("no centre", run(args.rounds, None))
    report("with centre facts", run(args.rounds, CENTRE))


if __name__ == "__main__":
    main()
