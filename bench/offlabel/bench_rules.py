"""Times the pure off-label engine (offlabel.requests.rules.evaluate, OFL-R): evaluations per second.

Run:  cd /work/main && .venv/bin/python bench/offlabel/bench_rules.py [--seconds 5] [--guidelines 1]
No database, no HTTP: the shipped guideline files (plus N-1 synthetic extra versions/drugs when
--guidelines > 1, to show the cost of a bigger catalogue) and a fixed mix of requests.
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import statistics
import sys
import time
from dataclasses import replace
from decimal import Decimal

from offlabel.guidelines.loader import load_guideline_files
from offlabel.requests.rules import Consent, Document, Injection, RequestFacts, evaluate
from shared.jalali import parse_date


def mix() -> list[RequestFacts]:
    """Approved, pending, unclear, denied, ROP, own-history and no-guideline requests (the shapes the service sees)."""
    planned = parse_date("1403/02/15")
    ago = lambda n: planned - dt.timedelta(days=n)  # noqa: E731
    base = RequestFacts(
        drug="bevacizumab",
        diagnosis_icd10="H35.32",
        site="right",
        dose=Decimal("1.25"),
        planned_date=planned,
        specialty="ophthalmology",
        route="intravitreal",
        care_setting="operating-room",
        preparation="single-use-vial",
        earlier_injections=(Injection(ago(35), "right"), Injection(ago(70), "right"), Injection(ago(20), "left")),
        documents=(Document("oct", ago(5)), Document("visual-acuity", ago(5))),
        contraindications=(),
        informed_consent=Consent(True, ago(1), "patient"),
    )
    return [
        base,
        replace(base, diagnosis_icd10="E11.3211", drug="Avastin"),
        replace(base, diagnosis_icd10="E11.3"),  # less specific than the indication: pending_clarification (OFL-R-ICD)
        replace(base, history=tuple(Injection(ago(35 + 28 * k), "right", "bevacizumab", "history") for k in range(10))),
        replace(base, documents=(Document("visual-acuity", ago(5)),), informed_consent=None),
        replace(base, dose=Decimal("2.5"), contraindications=("ocular-periocular-infection",)),
        replace(
            base,
            diagnosis_icd10="H35.14",
            dose=Decimal("0.625"),
            care_setting="nicu-sterile-bedside",
            documents=(Document("fundus-examination", ago(2)),),
            specialty="چشم‌پزشکی کودکان",
        ),
        replace(base, comorbidities_icd10=("I63.9", "E11.9")),
        replace(base, planned_date=parse_date("1402/07/01"), earlier_injections=()),
        replace(base, drug="ranibizumab"),
    ]


def catalogue(n: int):
    gs = [lg.guideline for lg in load_guideline_files()]
    first = gs[0]
    for i in range(1, n):
        gs.append(first.model_copy(update={"code": f"synthetic-{i}", "drug": first.drug.model_copy(update={"inn": f"synthumab-{i}", "names": []})}))
    return gs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=5.0, help="measuring time per round")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--guidelines", type=int, default=1, help="catalogue size (shipped + synthetic)")
    a = ap.parse_args()
    gs, requests = catalogue(a.guidelines), mix()
    outcomes = [evaluate(f, gs).outcome for f in requests]
    for _ in range(200):  # warm-up
        for f in requests:
            evaluate(f, gs)
    rates, cpu_rates = [], []
    for _ in range(a.rounds):
        n, start, cpu0 = 0, time.perf_counter(), time.process_time()
        while (elapsed := time.perf_counter() - start) < a.seconds:
            for f in requests:
                evaluate(f, gs)
            n += len(requests)
        rates.append(n / elapsed)
        cpu_rates.append(n / max(time.process_time() - cpu0, 1e-9))
    cmd = "cd /work/main && .venv/bin/python bench/offlabel/bench_rules.py " + " ".join(sys.argv[1:])
    print(
        f"offlabel rules.evaluate: {statistics.median(rates):,.0f} evaluations/s (median of {a.rounds} rounds of {a.seconds:g} s; "
        f"min {min(rates):,.0f}, max {max(rates):,.0f}); {1e6 / statistics.median(rates):.1f} us/evaluation"
    )
    print(f"per CPU-second (less sensitive to other load on a shared machine): {statistics.median(cpu_rates):,.0f} evaluations/s")
    print(f"request mix outcomes: {outcomes}; catalogue: {len(gs)} guideline version(s)")
    print(f"python {platform.python_version()} on {platform.machine()}, 1 process; command: {cmd.strip()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
