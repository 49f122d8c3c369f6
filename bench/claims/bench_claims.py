"""Claims benchmarks (CLM-P fee statement, register-assess-submit throughput).

  .venv/bin/python bench/claims/bench_claims.py statement   [--cases 100000] [--one-month]
  .venv/bin/python bench/claims/bench_claims.py throughput  [--cases 300] [--concurrency 8]

statement: creates its own PostgreSQL database (BENCH_PG, default postgresql://postgres@127.0.0.1:5432/postgres
as the admin connection), applies the claims migrations, loads N cases of ONE agency with COPY (spread
over the 12 months of 1404, or all in Aban 1404 with --one-month), 90 % approved with their fee
accrual, then times the monthly fee statement of that agency (service function and HTTP route, JSON
and CSV). The database is dropped at the end.

throughput: starts the claims service (PostgreSQL, its own database) and the gateway on free ports,
then pushes N cases through register -> controls -> assessment -> submission via
http://127.0.0.1:<gateway>/claims/v1/..., with C concurrent clients. Prints cases/s and latencies.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parents[2]
ADMIN_URL = os.environ.get("BENCH_PG", "postgresql://postgres@127.0.0.1:5432/postgres")


def _db_url(name: str) -> str:
    base, _, _ = ADMIN_URL.rpartition("/")
    return f"{base}/{name}"


@contextmanager
def scratch_database(prefix: str):
    name = f"{prefix}_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    with psycopg.connect(ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield _db_url(name)
    finally:
        with psycopg.connect(ADMIN_URL, autocommit=True) as conn:
            conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()", (name,))
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        print(f"dropped database {name}")


def national_code(i: int) -> str:
    from shared.text import national_code_check_digit

    first9 = f"{i % 10**9:09d}"
    return first9 + str(national_code_check_digit(first9))


def timed(fn, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


def fmt(ts: list[float]) -> str:
    return f"min {min(ts) * 1000:.1f} ms, median {statistics.median(ts) * 1000:.1f} ms, max {max(ts) * 1000:.1f} ms (n={len(ts)})"


# ---------------------------------------------------------------------------------------- statement


def load_cases(url: str, n: int, one_month: bool) -> dict[int, int]:
    from claims.cases.rules import CaseType, duplicate_key
    from claims.fees.rules import SHARES, share_of_wage
    from claims.reference import shipped_wages
    from shared.jalali import TEHRAN, jalali_parts, jalali_to_gregorian

    wage = shipped_wages()[1404].daily_rials
    fee = {ct.value: share_of_wage(SHARES[ct], wage) for ct in CaseType}
    types = ["outpatient", "inpatient", "global"]
    now = datetime.now(TEHRAN)
    per_month: dict[int, int] = {}
    cases, accruals = io.StringIO(), io.StringIO()
    for i in range(n):
        month = 8 if one_month else (i % 12) + 1
        day = (i // 12) % 28 + 1
        reg = datetime.combine(jalali_to_gregorian(1404, month, day), datetime.min.time(), TEHRAN) + timedelta(hours=9, seconds=i % 3600)
        adm = reg.date() - timedelta(days=5)
        ct = types[(i // 12) % 3]
        cid = str(uuid.UUID(int=i + 1))
        total = 1_000_000 + (i % 997) * 1000
        approved = i % 10 != 0
        state = "approved" if approved else "registered"
        key = duplicate_key(national_code(i), "HOSP-1", adm, f"B{i}", total)
        due = (reg + timedelta(days=21)).date()
        due_at = datetime.combine(due, datetime.min.time(), TEHRAN) + timedelta(hours=14)
        jy, jm, _ = jalali_parts(reg.date())
        cases.write(
            "\t".join(
                map(
                    str,
                    [
                        cid,
                        "AG-BENCH",
                        state,
                        1,
                        national_code(i),
                        f"INS{i}",
                        "f",
                        "\\N",
                        ct,
                        "HOSP-1",
                        "centre",
                        adm.isoformat(),
                        "\\N",
                        f"B{i}",
                        total,
                        0,
                        total,
                        "\\N",
                        0,
                        "centre",
                        total,
                        reg.isoformat(),
                        reg.isoformat(),
                        jy,
                        jm,
                        key,
                        1,
                        reg.isoformat(),
                        due.isoformat(),
                        due_at.isoformat(),
                        reg.isoformat() if approved else "\\N",
                        reg.isoformat() if approved else "\\N",
                        now.isoformat() if approved else "\\N",
                        0,
                        "\\N",
                        total // 2 if approved else "\\N",
                        "defaults" if approved else "\\N",
                        "bench",
                    ],
                )
            )
            + "\n"
        )
        if approved:
            accruals.write(
                "\t".join(
                    map(
                        str,
                        [
                            cid,
                            "AG-BENCH",
                            ct,
                            jy,
                            jm,
                            reg.isoformat(),
                            "earned",
                            fee[ct],
                            "review_office",
                            "share_of_daily_minimum_wage",
                            now.isoformat(),
                            str(uuid.uuid4()),
                        ],
                    )
                )
                + "\n"
            )
            per_month[jm] = per_month.get(jm, 0) + 1
    cols = (
        "id, agency_code, state, version, national_code, insurance_number, is_pensioner, representative, case_type, centre_code, centre_name, "
        "admission_date, discharge_date, bill_number, bill_total_rials, prosthesis_rials, total_paid_rials, supplementary_insurer, "
        "supplementary_paid_rials, supplementary_paid_to, patient_paid_rials, documents_received_at, registered_at, reg_jyear, reg_jmonth, "
        "bill_key, cycle, cycle_started_at, due_date, due_at, submitted_at, delivery_counts_at, approved_at, returns_count, assessment, "
        "reimbursable_rials, rule_data_version, registered_by"
    )
    with psycopg.connect(url) as conn:
        conn.execute("INSERT INTO review_offices (code, name, province, created_at) VALUES ('RO-BENCH', 'bench office', 'THR', now())")
        conn.execute(
            "INSERT INTO agencies (code, name, province, review_office_code, licence_status, closes_thursday, office_closes, rollout, "
            "cooperation_review, version, created_at) VALUES ('AG-BENCH', 'bench agency', 'THR', 'RO-BENCH', 'active', true, '14:00', "
            "'enabled', false, 1, now())"
        )
        with conn.cursor().copy(f"COPY cases ({cols}) FROM STDIN") as cp:
            cp.write(cases.getvalue())
        with conn.cursor().copy(
            "COPY fee_accruals (case_id, agency_code, case_type, reg_jyear, reg_jmonth, registered_at, status, amount_rials, "
            "payer, schedule_method, accrued_at, decision_id) FROM STDIN"
        ) as cp:
            cp.write(accruals.getvalue())
        conn.execute("ANALYZE")
    return per_month


def bench_statement(args) -> None:
    from fastapi.testclient import TestClient
    from sqlalchemy.orm import sessionmaker

    from claims.agencies.models import Agency
    from claims.fees import service as fees
    from claims.main import MIGRATIONS_DIR, Settings, create_app
    from shared.db import make_engine
    from shared.migrations import upgrade_head
    from shared.testing import make_test_keys

    print(f"command: {' '.join([Path(sys.executable).name, *sys.argv])}")
    with scratch_database("claims_bench") as url:
        sa_url = url.replace("postgresql://", "postgresql+psycopg://")
        upgrade_head(MIGRATIONS_DIR, sa_url)
        t = time.perf_counter()
        per_month = load_cases(url, args.cases, args.one_month)
        print(f"loaded {args.cases:,} cases of one agency ({sum(per_month.values()):,} approved with a fee) in {time.perf_counter() - t:.1f} s")
        month = 8
        print(f"statement month: 1404/{month:02d} with {per_month.get(month, 0):,} fee lines")
        engine = make_engine(sa_url)
        Session = sessionmaker(engine)
        with Session() as s:
            ag = s.get(Agency, "AG-BENCH")
            res = (
                s.execute(
                    __import__("sqlalchemy").text(
                        "EXPLAIN ANALYZE SELECT case_type, count(*), sum(amount_rials) FROM fee_accruals WHERE agency_code='AG-BENCH' AND reg_jyear=1404 AND reg_jmonth=8 GROUP BY case_type"
                    )
                )
                .scalars()
                .all()
            )
            print("plan of the totals query:\n  " + "\n  ".join(res))
            fees.statement(s, ag, 1404, month, 1000, 0)  # warm-up
            st = fees.statement(s, ag, 1404, month, 1000, 0)
            print(
                f"total {st['total_rials']:,} rials over {st['cases_with_fee']:,} cases; by type {[(x['case_type'], x['cases']) for x in st['by_case_type']]}"
            )
            print("service function, JSON totals + first 1,000 lines: " + fmt(timed(lambda: fees.statement(s, ag, 1404, month, 1000, 0), args.repeat)))
            print(
                "service function, totals only:                    "
                + fmt(timed(lambda: fees.statement(s, ag, 1404, month, 1000, 0, with_lines=False), args.repeat))
            )
            print("service function, CSV of every line:              " + fmt(timed(lambda: fees.statement_csv(s, ag, 1404, month), args.repeat)))
        engine.dispose()
        with tempfile.TemporaryDirectory() as tmp:
            keys = make_test_keys(Path(tmp) / "keys")
            app = create_app(
                Settings(
                    environment="test", jwt_issuer="regplat-dev", database_url=sa_url, jwks_path=keys.jwks_path, data_dir=Path(tmp), migrate_on_start=False
                )
            )
            h = keys.headers("review_office", org="RO-BENCH")
            with TestClient(app) as client:
                path = f"/v1/agencies/AG-BENCH/fees?year=1404&month={month}"
                assert client.get(path, headers=h).status_code == 200
                print("HTTP GET .../fees (JSON, first 1,000 lines):      " + fmt(timed(lambda: client.get(path, headers=h), args.repeat)))
                r = client.get(path + "&format=csv", headers=h)
                assert r.status_code == 200
                print(
                    f"HTTP GET .../fees?format=csv ({len(r.content):,} bytes):  " + fmt(timed(lambda: client.get(path + "&format=csv", headers=h), args.repeat))
                )


# ---------------------------------------------------------------------------------------- throughput


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_ready(url: str, timeout: float = 60) -> None:
    import httpx

    end = time.time() + timeout
    while time.time() < end:
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise RuntimeError(f"{url} did not become ready")


def bench_throughput(args) -> None:
    import concurrent.futures as cf

    import httpx

    from shared.auth import ensure_dev_keys, mint_token

    print(f"command: {' '.join([Path(sys.executable).name, *sys.argv])}")
    if not (ROOT / "gateway" / "src" / "gateway" / "main.py").exists():
        print("no gateway in this checkout: throughput through the gateway not measured")
        return
    with scratch_database("claims_bench_tp") as url, tempfile.TemporaryDirectory() as tmp:
        priv, _ = ensure_dev_keys(Path(tmp) / "keys")
        pem = priv.read_bytes()
        cport, gport = free_port(), free_port()
        env = {
            **os.environ,
            "REGPLAT_DATA_DIR": tmp,
            "CLAIMS_PORT": str(cport),
            "CLAIMS_DATABASE_URL": url,
            "CLAIMS_LOG_LEVEL": "WARNING",
            "GATEWAY_PORT": str(gport),
            "GATEWAY_CLAIMS_URL": f"http://127.0.0.1:{cport}",
            "GATEWAY_ACCESS_LOG": "false",
            "GATEWAY_LOG_LEVEL": "WARNING",
            "GATEWAY_RATE_PER_MINUTE": "0",
        }
        procs = [subprocess.Popen([sys.executable, "-m", "claims"], env=env, cwd=ROOT), subprocess.Popen([sys.executable, "-m", "gateway"], env=env, cwd=ROOT)]
        try:
            wait_ready(f"http://127.0.0.1:{cport}/readyz")
            wait_ready(f"http://127.0.0.1:{gport}/healthz")
            base = f"http://127.0.0.1:{gport}/claims"
            admin = {"Authorization": "Bearer " + mint_token(pem, role="admin", org="SSO")}
            staff = {"Authorization": "Bearer " + mint_token(pem, role="agency_staff", org="AG-TP-1")}
            with httpx.Client(base_url=base, timeout=30) as c:
                assert c.post("/v1/review-offices", json={"code": "RO-TP", "name": "bench", "province": "THR"}, headers=admin).status_code == 201
                r = c.post(
                    "/v1/agencies",
                    json={"code": "AG-TP-1", "name": "bench", "province": "THR", "review_office_code": "RO-TP", "rollout": "enabled"},
                    headers=admin,
                )
                assert r.status_code == 201, r.text
            controls = {
                "controls": [
                    {"code": k, "result": "passed"}
                    for k in ("patient_identity", "admission_date", "medical_centre", "supplementary_insurance", "share_factors", "total_paid", "patient_paid")
                ]
            }
            today = datetime.now().date()
            received = datetime.now().replace(microsecond=0) - timedelta(hours=1)

            def one(i: int, client: httpx.Client) -> list[float]:
                lat = []
                body = {
                    "national_code": national_code(500_000 + i),
                    "insurance_number": f"INS{i}",
                    "case_type": ("outpatient", "inpatient", "global")[i % 3],
                    "centre_code": "HOSP-1",
                    "centre_name": "bench hospital",
                    "admission_date": (today - timedelta(days=3)).isoformat(),
                    "bill_number": f"TP-{os.getpid()}-{i}",
                    "lines": [
                        {"service_code": "901905", "description": "visit", "quantity": 1, "unit_price_rials": 2_000_000, "amount_rials": 2_000_000},
                        {"service_code": "802145", "description": "lab", "quantity": 2, "unit_price_rials": 1_500_000, "amount_rials": 3_000_000},
                    ],
                    "bill_total_rials": 5_000_000,
                    "total_paid_rials": 5_000_000,
                    "patient_paid_rials": 5_000_000,
                    "documents_received_at": received.isoformat(),
                    "attachments": [
                        {
                            "doc_type": "bill",
                            "file_name": "b.pdf",
                            "media_type": "application/pdf",
                            "size_bytes": 1000,
                            "sha256": hashlib.sha256(str(i).encode()).hexdigest(),
                        }
                    ],
                }
                t = time.perf_counter()
                r = client.post("/v1/cases", json=body, headers={**staff, "Idempotency-Key": f"tp-{i}"})
                lat.append(time.perf_counter() - t)
                assert r.status_code == 201, r.text
                cid, etag = r.json()["id"], r.headers["ETag"]
                for method, path, js in (
                    ("PUT", f"/v1/cases/{cid}/controls", controls),
                    ("POST", f"/v1/cases/{cid}/assessment", None),
                    ("POST", f"/v1/cases/{cid}/submission", None),
                ):
                    t = time.perf_counter()
                    r = client.request(method, path, json=js, headers={**staff, "If-Match": etag})
                    lat.append(time.perf_counter() - t)
                    assert r.status_code == 200, r.text
                    etag = r.headers["ETag"]
                return lat

            clients = [httpx.Client(base_url=base, timeout=30) for _ in range(args.concurrency)]
            for k in range(min(10, args.cases)):  # warm-up, not counted
                one(10_000_000 + k, clients[0])
            t0 = time.perf_counter()
            lats: list[float] = []
            with cf.ThreadPoolExecutor(args.concurrency) as ex:
                futs = [ex.submit(one, i, clients[i % args.concurrency]) for i in range(args.cases)]
                for f in cf.as_completed(futs):
                    lats.extend(f.result())
            wall = time.perf_counter() - t0
            for c in clients:
                c.close()
            lats.sort()
            print(f"{args.cases} cases x 4 requests (register, controls, assessment, submission) through the gateway, {args.concurrency} clients")
            print(f"wall {wall:.2f} s -> {args.cases / wall:.1f} cases/s, {4 * args.cases / wall:.1f} requests/s")
            print(
                f"request latency p50 {lats[len(lats) // 2] * 1000:.1f} ms, p95 {lats[int(len(lats) * 0.95)] * 1000:.1f} ms, p99 {lats[int(len(lats) * 0.99)] * 1000:.1f} ms"
            )
        finally:
            for p in procs:
                p.terminate()
            for p in procs:
                try:
                    p.wait(10)
                except subprocess.TimeoutExpired:
                    p.kill()


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("statement")
    s.add_argument("--cases", type=int, default=100_000)
    s.add_argument("--one-month", action="store_true")
    s.add_argument("--repeat", type=int, default=7)
    t = sub.add_parser("throughput")
    t.add_argument("--cases", type=int, default=300)
    t.add_argument("--concurrency", type=int, default=8)
    args = ap.parse_args()
    bench_statement(args) if args.cmd == "statement" else bench_throughput(args)


if __name__ == "__main__":
    main()
