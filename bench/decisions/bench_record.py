"""Cost of record_decision with signed checkpoints vs without, in the same run (SHR-PROV).

Each decision is appended and committed in its own session, as a request does. "unsigned" has
no decision log attached (the chain only); "signed" has the log attached with a checkpoint every
N decisions (signing and the fsync'd append happen only at those). Rounds alternate between the
two so machine load hits both alike.

Run: .venv/bin/python bench/decisions/bench_record.py [--decisions 2000] [--every 100] [--rounds 5] [--database-url URL]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy.orm import Session, sessionmaker

from shared.checkpoints import DecisionLog, FileCheckpointStore
from shared.db import make_engine
from shared.decisions import DecisionChainHead, DecisionRecord, record_decision

BASIS = [{"number": "400/10262/د", "clause": "1", "rule_id": "INS-R-400", "authority": "source", "text": "x" * 200}]


def fresh_engine(url: str | None, folder: Path):
    engine = make_engine(url or f"sqlite:///{folder / 'bench.sqlite3'}")
    for t in (DecisionRecord.__table__, DecisionChainHead.__table__):
        t.drop(engine, checkfirst=True)
        t.create(engine)
    return engine


def run(factory, n: int) -> tuple[float, float]:
    """Wall and CPU seconds (this process) per decision: append and commit n decisions, one session each."""
    t0, c0 = time.perf_counter(), time.process_time()
    for i in range(n):
        with factory() as s:
            record_decision(
                s,
                kind="bench",
                subject_type="thing",
                subject_id=str(i),
                inputs={"i": i, "date": "1404/09/01"},
                outcome={"outcome": "permitted"},
                basis=BASIS,
                ruleset_version="bench-1",
            )
            s.commit()
    return (time.perf_counter() - t0) / n, (time.process_time() - c0) / n


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--decisions", type=int, default=2000)
    ap.add_argument("--every", type=int, default=100)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--database-url", default=None, help="a PostgreSQL database to use instead of a SQLite file (its decision tables are dropped)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        engine = fresh_engine(args.database_url, folder)
        dlog = DecisionLog("bench", Ed25519PrivateKey.generate(), FileCheckpointStore(folder / "cp", "bench"), every=args.every)
        plain = sessionmaker(engine, expire_on_commit=False)
        signed = sessionmaker(engine, expire_on_commit=False)
        dlog.attach(signed)
        times: dict[str, list[tuple[float, float]]] = {"unsigned": [], "signed": []}
        for _ in range(args.rounds):
            times["unsigned"].append(run(plain, args.decisions))
            times["signed"].append(run(signed, args.decisions))
        with Session(engine) as s:
            report = dlog.verify(s)
        spare = DecisionLog("spare", dlog.key, FileCheckpointStore(folder / "spare", "spare"))
        t0 = time.perf_counter()
        for i in range(200):
            spare.checkpoint(i, "0" * 64)
        per_cp = (time.perf_counter() - t0) / 200
        engine.dispose()
    u, g = (statistics.median(w for w, _ in times[k]) for k in ("unsigned", "signed"))
    uc, gc = (statistics.median(c for _, c in times[k]) for k in ("unsigned", "signed"))
    print(f"database: {engine.url.get_backend_name()}, {args.decisions} decisions x {args.rounds} rounds each, checkpoint every {args.every}")
    print(f"record_decision + commit, unsigned: {u * 1e3:.3f} ms/decision wall, {uc * 1e3:.3f} ms CPU (medians of rounds)")
    print(f"record_decision + commit, signed:   {g * 1e3:.3f} ms/decision wall, {gc * 1e3:.3f} ms CPU (medians of rounds)")
    print(f"ratio signed/unsigned: wall {g / u:.3f}, CPU {gc / uc:.3f}")
    print(f"one checkpoint (Ed25519 sign + fsync'd append): {per_cp * 1e3:.3f} ms")
    print(f"verify after the run: intact={report['intact']} checked={report['checked']} last good checkpoint={report['checkpoints']['last_good']['seq']}")


if __name__ == "__main__":
    main()
