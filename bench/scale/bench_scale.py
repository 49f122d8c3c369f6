"""Scale benchmark (issue 18, item 6): every list, deep page, filter, statement, report, search and per-row view timed
at a small and a national size in the same run, with the ratio and the PostgreSQL plan of each.

  .venv/bin/python bench/scale/bench_scale.py                       # quick: 1k vs 100k cases, 1k vs 20k declarations/centres
  SCALE_CASES=1000000 SCALE_DECLARATIONS=100000 SCALE_CENTRES=100000 .venv/bin/python bench/scale/bench_scale.py
  .venv/bin/python bench/scale/bench_scale.py --services claims --rounds 11
  SCALE_KEEP=1 ...    keep the loaded databases (scale_<service>_<rows>) after the run
  SCALE_REUSE=1 ...   reuse such kept databases: apply the migrations of this checkout to them (new indexes are then built
                      on the loaded rows, as in production) instead of loading again

For each service and size: a database of its own on PostgreSQL (BENCH_PG, default
postgresql://postgres@127.0.0.1:5432/postgres as the admin connection) with the service's own migrations
(shared.migrations.upgrade_head). A few template rows are created through the service's API (a claims case with its
lines, a customs declaration, an inspections centre with its approval and status history), so every stored column and
JSON document is what the service itself writes; the template is then cloned N times in SQL (INSERT ... SELECT over
generate_series) with the fields that lists filter and sort on varied: valid national codes (check digit computed in
SQL like shared.text.national_code_check_digit), states, dates spread over the twelve Jalali months of 1404 (one
month holds N/12 cases: 83k at 1M), offices, universities, kinds, names from a vocabulary (their search key checked
against shared.text.search_key). Claims: one agency holds all N cases; 65 % approved with their fee accrual, 25 % open
(and past their deadline), 2 % with a line held for verification.

The service app runs in this process under uvicorn (one worker, a free port on 127.0.0.1) and is asked over HTTP
with httpx, so a CSV's time to first byte is real. Each endpoint: one warm-up request (its SQL statements captured with
SQLAlchemy's before_cursor_execute and EXPLAINed (FORMAT JSON) afterwards), then the median of --rounds requests. The
deep page is reached by following `next` for --deep-pages pages (when the list answers a cursor), and for comparison
the same depth by offset (or page number). A Seq Scan on a table of more than LARGE_TABLE rows is marked `SEQ SCAN!`.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import httpx
import psycopg

ROOT = Path(__file__).resolve().parents[2]
ADMIN_URL = os.environ.get("BENCH_PG", "postgresql://postgres@127.0.0.1:5432/postgres")
LARGE_TABLE = 20_000  # rows: a Seq Scan on a table larger than this is reported
AGENCY, OFFICE = "AG-SCALE", "RO-SCALE"
YEAR, MONTH = 1404, 8  # the month of the fee statement and report
TARGET_RATIO, TARGET_JSON_MS, TARGET_TTFB_MS = 1.5, 150.0, 100.0


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# ---------------------------------------------------------------------------------------- databases


def db_url(name: str, driver: bool = False) -> str:
    base, _, _ = ADMIN_URL.rpartition("/")
    url = f"{base}/{name}"
    return url.replace("postgresql://", "postgresql+psycopg://") if driver else url


def sa_url(url: str) -> str:
    return url.replace("postgresql://", "postgresql+psycopg://")


def db_exists(name: str) -> bool:
    with psycopg.connect(ADMIN_URL, autocommit=True) as conn:
        return conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone() is not None


def create_db(name: str) -> None:
    with psycopg.connect(ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def drop_db(name: str) -> None:
    with psycopg.connect(ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


NATIONAL_CODE_SQL = """
CREATE FUNCTION pg_temp.national_code(n bigint) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT f || (CASE WHEN r < 2 THEN r ELSE 11 - r END)::text
  FROM (SELECT f, (SELECT sum(substr(f, i, 1)::int * (11 - i)) FROM generate_series(1, 9) i) % 11 AS r
        FROM (SELECT lpad((1 + n % 999999998)::text, 9, '0') AS f) a) b
$$"""


def national_code_fn(conn: psycopg.Connection) -> None:
    """pg_temp.national_code(n): a valid national code (check digit as shared.text.national_code_check_digit)."""
    from shared.text import is_valid_national_code

    conn.execute(NATIONAL_CODE_SQL)
    for n in (0, 7, 123456, 998877665, 31337):
        code = conn.execute("SELECT pg_temp.national_code(%s)", (n,)).fetchone()[0]
        assert is_valid_national_code(code), code


def columns(conn: psycopg.Connection, table: str) -> list[str]:
    """The insertable columns of a table (not generated, not filled by a sequence)."""
    rows = conn.execute(
        "SELECT column_name, coalesce(column_default, ''), is_generated, is_identity FROM information_schema.columns "
        "WHERE table_schema = 'public' AND table_name = %s ORDER BY ordinal_position",
        (table,),
    ).fetchall()
    return [c for c, default, generated, identity in rows if generated != "ALWAYS" and identity != "YES" and not default.startswith("nextval(")]


def clone(conn: psycopg.Connection, table: str, template_where: str, series: str, overrides: dict[str, str], params: dict[str, Any]) -> int:
    """INSERT INTO table SELECT the template rows once per row of `series` (a CTE body yielding `s.*`), with the
    columns of `overrides` computed from s and t (the template row) and every other column copied from t."""
    cols = columns(conn, table)
    unknown = set(overrides) - set(cols)
    assert not unknown, f"{table}: no columns {unknown}"
    select = ", ".join(overrides.get(c, f"t.{c}") for c in cols)
    sql = f"WITH s AS ({series}) INSERT INTO {table} ({', '.join(cols)}) SELECT {select} FROM s CROSS JOIN (SELECT * FROM {table} WHERE {template_where}) t"  # noqa: S608 (SQL built from this file's constants)
    return conn.execute(sql, params).rowcount


# ---------------------------------------------------------------------------------------- in-process server


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Captured:
    """The SELECT statements a request runs (before_cursor_execute), while `on`."""

    def __init__(self) -> None:
        self.on = False
        self.statements: list[tuple[str, Any]] = []

    def hook(self, conn, cursor, statement, parameters, context, executemany) -> None:
        if self.on and not threading.current_thread().name.startswith("periodic") and statement.lstrip()[:6].upper() in ("SELECT", "WITH ("):
            self.statements.append((statement, parameters))


@contextmanager
def serve(create_app: Callable[..., Any], settings_cls: Callable[..., Any], url: str, tmp: Path, keys: Any, **overrides: Any):
    """The service app under uvicorn in a thread of this process; yields (base url, app)."""
    import uvicorn

    from shared.testing import service_settings

    app = create_app(service_settings(settings_cls, url, keys, tmp, **overrides))
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False, lifespan="on"))
    thread = threading.Thread(target=server.run, daemon=True, name="uvicorn")
    thread.start()
    end = time.time() + 60
    while not server.started:
        if time.time() > end or not thread.is_alive():
            raise RuntimeError("the service did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}", app
    finally:
        server.should_exit = True
        thread.join(timeout=30)


# ---------------------------------------------------------------------------------------- plans


def plan_nodes(plan: dict[str, Any], out: list[tuple[str, str | None, str | None]]) -> None:
    out.append((plan["Node Type"], plan.get("Relation Name"), plan.get("Index Name")))
    for p in plan.get("Plans", []):
        plan_nodes(p, out)


def explain(engine: Any, statements: list[tuple[str, Any]], sizes: dict[str, int]) -> tuple[str, bool, list[str]]:
    """The node types of every captured statement's plan: (summary, a Seq Scan on a large table?, per-statement lines)."""
    seen: list[str] = []
    seq_large = False
    detail = []
    counts: dict[str, int] = {}
    unique = []
    for stmt, params in statements:  # the same statement once per row (N+1): EXPLAINed once, counted
        counts[stmt] = counts.get(stmt, 0) + 1
        if counts[stmt] == 1:
            unique.append((stmt, params))
    with engine.connect() as conn:
        for stmt, params in unique:
            try:
                plan = conn.exec_driver_sql("EXPLAIN (FORMAT JSON) " + stmt, params).scalar()
            except Exception as exc:  # a statement EXPLAIN cannot take: say so, go on  # noqa: BLE001
                conn.rollback()
                detail.append(f"    (no plan: {type(exc).__name__}) {' '.join(stmt.split())[:100]}")
                continue
            plan = plan if isinstance(plan, list) else json.loads(plan)
            nodes: list[tuple[str, str | None, str | None]] = []
            plan_nodes(plan[0]["Plan"], nodes)
            names = []
            for node, rel, index in nodes:
                if node == "Seq Scan" and rel and sizes.get(rel, 0) > LARGE_TABLE:
                    seq_large = True
                    name = f"SEQ SCAN! {rel} ({sizes[rel]:,} rows)"
                elif index:
                    name = f"{node} {index}"
                elif rel:
                    name = f"{node} {rel}"
                else:
                    name = node
                names.append(name)
                if name not in seen:
                    seen.append(name)
            times = f" (x{counts[stmt]})" if counts[stmt] > 1 else ""
            detail.append(f"    {' > '.join(names)}{times}  <- {' '.join(stmt.split())[:110]}")
    return ", ".join(seen), seq_large, detail


def table_sizes(engine: Any) -> dict[str, int]:
    from sqlalchemy import text

    with engine.connect() as conn:
        return {
            r[0]: int(r[1]) for r in conn.execute(text("SELECT relname, reltuples FROM pg_class WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace"))
        }


# ---------------------------------------------------------------------------------------- timing


@dataclass
class Figure:
    ms: float | None = None  # median total
    ttfb_ms: float | None = None  # median time to the first byte of the body
    status: int = 0
    note: str = ""
    plan: str = ""
    seq_large: bool = False
    detail: list[str] = field(default_factory=list)


@dataclass
class Endpoint:
    key: str  # one row of the table
    kind: str  # list | page | filter | search | view | statement | report | csv
    run: Callable[[Any], Figure]  # given the Ctx


@dataclass
class Ctx:
    client: httpx.Client
    headers: dict[str, str]
    app: Any
    captured: Captured
    sizes: dict[str, int]
    rounds: int
    deep_pages: int
    ids: dict[str, str]


def one(ctx: Ctx, path: str, params: dict[str, Any], headers: dict[str, str] | None = None) -> tuple[float, float, httpx.Response, bytes]:
    t0 = time.perf_counter()
    with ctx.client.stream("GET", path, params=params, headers=ctx.headers if headers is None else headers) as r:
        first = None
        chunks = []
        for chunk in r.iter_raw():
            if first is None:
                first = time.perf_counter()
            chunks.append(chunk)
        total = time.perf_counter()
    body = b"".join(chunks)
    return (total - t0) * 1000, ((first or total) - t0) * 1000, r, body


def measure(ctx: Ctx, path: str, params: dict[str, Any] | None = None, headers: dict[str, str] | None = None, note: str = "") -> Figure:
    params = dict(params or {})
    ctx.captured.statements.clear()
    ctx.captured.on = True
    try:
        ms, _, r, body = one(ctx, path, params, headers)  # warm-up; its statements are EXPLAINed
    finally:
        ctx.captured.on = False
    if r.status_code != 200:
        return Figure(status=r.status_code, note=f"HTTP {r.status_code}: {body[:200]!r}")
    statements = list(ctx.captured.statements)
    rounds = ctx.rounds if ms < 2000 else min(ctx.rounds, 3)  # a request of seconds: three rounds are enough to say so
    totals, firsts = [], []
    for _ in range(rounds):
        t, f, r, _ = one(ctx, path, params, headers)
        assert r.status_code == 200, r.status_code
        totals.append(t)
        firsts.append(f)
    plan, seq_large, detail = explain(ctx.app.state.engine, statements, ctx.sizes)
    n = f"n={rounds}, {len(statements)} SQL statements" + (f"; {note}" if note else "")
    return Figure(statistics.median(totals), statistics.median(firsts), 200, n, plan, seq_large, detail)


def list_endpoints(prefix: str, path: str, params: dict[str, Any], paging: str, limit: int) -> list[Endpoint]:
    """First page, a deep page by cursor (after following `next`), the same depth by offset/page number."""

    def first(ctx: Ctx) -> Figure:
        return measure(ctx, path, params)

    def deep_cursor(ctx: Ctx) -> Figure:
        p = dict(params)
        r = ctx.client.get(path, params=p, headers=ctx.headers)
        body = r.json()
        if not body.get("next") and body["total"] > len(body["items"]):
            return Figure(note="no `next` cursor in this version's answer")
        depth = max(0, min(ctx.deep_pages, body["total"] // limit - 1))  # pages skipped: the page reached is a full one at both sizes
        pages = 1
        while pages <= depth:
            nxt = r.json().get("next")
            if not nxt:
                break
            p = {**params, "cursor": nxt}
            pages += 1
            r = ctx.client.get(path, params=p, headers=ctx.headers)
            assert r.status_code == 200, r.text[:300]
        return measure(ctx, path, p, note=f"page {pages} by cursor")

    def deep_offset(ctx: Ctx) -> Figure:
        body = ctx.client.get(path, params=params, headers=ctx.headers).json()
        total = body["total"]
        depth = max(0, min(ctx.deep_pages, total // limit - 1))  # pages skipped (as by cursor: a full page)
        if paging == "offset":
            return measure(ctx, path, {**params, "offset": depth * limit}, note=f"offset {depth * limit}")
        return measure(ctx, path, {**params, "page": depth + 1}, note=f"page {depth + 1}")

    return [
        Endpoint(f"{prefix}, first page", "list", first),
        Endpoint(f"{prefix}, deep page (cursor)", "page", deep_cursor),
        Endpoint(f"{prefix}, deep page ({paging})", "page", deep_offset),
    ]


FILTER_PAGE = 20


def simple(
    key: str, kind: str, path: str | Callable[[Ctx], str], params: dict[str, Any] | None = None, headers: Callable[[Ctx], dict[str, str]] | None = None
) -> Endpoint:
    if kind == "filter" and not {"limit", "page_size"} & set(params or {}):
        # a page the small data set fills too (2 % of 1,000 cases are held): the two sizes answer as many rows
        params = {"limit": FILTER_PAGE, **(params or {})}

    def run(ctx: Ctx) -> Figure:
        return measure(ctx, path(ctx) if callable(path) else path, params, headers(ctx) if headers else None)

    return Endpoint(key, kind, run)


# ---------------------------------------------------------------------------------------- claims


def jalali_months(year: int) -> list[tuple[int, str, int]]:
    from shared.jalali import TEHRAN, jalali_to_gregorian

    out = []
    for m in range(1, 13):
        start = jalali_to_gregorian(year, m, 1)
        end = jalali_to_gregorian(year + 1, 1, 1) if m == 12 else jalali_to_gregorian(year, m + 1, 1)
        out.append((m, datetime.combine(start, datetime.min.time(), TEHRAN).isoformat(), (end - start).days))
    return out


CASE_SERIES = """
SELECT g, md5('case-' || g)::uuid::text AS id, mo.m,
       mo.start + make_interval(days => ((g / 12) %% mo.days)::int, hours => 8 + (g %% 6)::int, secs => (g %% 3600)::int) AS reg,
       (ARRAY['registered','registered','controlled','assessed','submitted','returned','withdrawn'])[(abs(hashtext('state-' || g)) %% 20) + 1] AS st0,
       (ARRAY['outpatient','inpatient','global'])[((g / 12) %% 3) + 1] AS ct
FROM generate_series(1, %(n)s) g JOIN pg_temp.months mo ON mo.m = (g %% 12) + 1
"""
CASE_S = "SELECT g, id, m, reg, coalesce(st0, 'approved') AS st, ct FROM s0"  # 13 of 20 hash buckets: approved (65 %)


def load_claims(n: int, url: str, tmp: Path, keys: Any) -> dict[str, str]:
    from claims.fees.rules import SHARES, share_of_wage
    from claims.main import Settings, create_app
    from claims.reference import shipped_wages
    from shared.text import national_code_check_digit

    # the template case, through the API (its lines, attachment, controls and decision record as the service stores them)
    nc = "123456789" + str(national_code_check_digit("123456789"))
    with serve(create_app, Settings, sa_url(url), tmp, keys) as (base, _app), httpx.Client(base_url=base, timeout=60) as c:
        admin = keys.headers("admin", org="SSO")
        r = c.post("/v1/review-offices", json={"code": OFFICE, "name": "scale office", "province": "THR"}, headers=admin)
        assert r.status_code == 201, r.text
        r = c.post(
            "/v1/agencies", json={"code": AGENCY, "name": "scale agency", "province": "THR", "review_office_code": OFFICE, "rollout": "enabled"}, headers=admin
        )
        assert r.status_code == 201, r.text
        received = datetime.now().replace(microsecond=0) - timedelta(hours=1)  # noqa: DTZ005 (the API takes a naive local time)
        body = {
            "national_code": nc,
            "insurance_number": "INS-TEMPLATE",
            "case_type": "outpatient",
            "centre_code": "HOSP-1",
            "centre_name": "بیمارستان نمونه",
            "admission_date": (date.today() - timedelta(days=3)).isoformat(),  # noqa: DTZ011
            "bill_number": "TEMPLATE-1",
            "lines": [
                {"service_code": "901905", "description": "visit", "quantity": 1, "unit_price_rials": 2_000_000, "amount_rials": 2_000_000},
                {"service_code": "802145", "description": "lab", "quantity": 2, "unit_price_rials": 1_500_000, "amount_rials": 3_000_000},
            ],
            "bill_total_rials": 5_000_000,
            "total_paid_rials": 5_000_000,
            "patient_paid_rials": 5_000_000,
            "documents_received_at": received.isoformat(),
            "attachments": [{"doc_type": "bill", "file_name": "b.pdf", "media_type": "application/pdf", "size_bytes": 1000, "sha256": "a" * 64}],
        }
        r = c.post("/v1/cases", json=body, headers={**keys.headers("agency_staff", org=AGENCY), "Idempotency-Key": "scale-template"})
        assert r.status_code == 201, r.text
        template = r.json()["id"]
    wage = shipped_wages()[YEAR].daily_rials
    fee = {ct.value: share_of_wage(SHARES[ct], wage) for ct in SHARES}
    series = f"WITH s0 AS ({CASE_SERIES}) {CASE_S}"
    with psycopg.connect(url) as conn:
        national_code_fn(conn)
        conn.execute("CREATE TEMP TABLE months (m int, start timestamptz, days int)")
        with conn.cursor().copy("COPY pg_temp.months FROM STDIN") as cp:
            for row in jalali_months(YEAR):
                cp.write_row(row)
        tz = "'Asia/Tehran'"
        due = f"((s.reg + interval '21 days') AT TIME ZONE {tz})::date"
        done = "s.st IN ('submitted', 'approved')"
        t0 = time.perf_counter()
        k = clone(
            conn,
            "cases",
            "id = %(template)s",
            series,
            {
                "id": "s.id",
                "state": "s.st",
                "version": "1",
                "national_code": "pg_temp.national_code(s.g::bigint * 7919)",
                "insurance_number": "'INS' || s.g",
                "case_type": "s.ct",
                "admission_date": f"(s.reg AT TIME ZONE {tz})::date - 5",
                "bill_number": "'B' || s.g",
                "bill_key": "md5('bill-' || s.g) || md5('key-' || s.g)",
                "documents_received_at": "s.reg - interval '1 hour'",
                "registered_at": "s.reg",
                "reg_jyear": str(YEAR),
                "reg_jmonth": "s.m",
                "cycle_started_at": "s.reg",
                "due_date": due,
                "due_at": f"({due} + time '14:00') AT TIME ZONE {tz}",
                "submitted_at": f"CASE WHEN {done} THEN s.reg + interval '2 days' END",
                "delivery_counts_at": f"CASE WHEN {done} THEN s.reg + interval '2 days' END",
                "approved_at": "CASE WHEN s.st = 'approved' THEN s.reg + interval '10 days' END",
                "returns_count": "CASE WHEN s.st = 'returned' THEN 1 ELSE 0 END",
                "reimbursable_rials": "CASE WHEN s.st = 'approved' THEN t.total_paid_rials / 2 ELSE t.reimbursable_rials END",
                "withdrawn_at": "CASE WHEN s.st = 'withdrawn' THEN s.reg + interval '3 days' END",
                "withdrawal_reason": "CASE WHEN s.st = 'withdrawn' THEN 'scale benchmark' END",
                # cases.held (claims_0010) follows the lines below: line 1 of every 50th case is held
                **({"held": "(s.g %% 50 = 7)"} if "held" in columns(conn, "cases") else {}),
            },
            {"n": n, "template": template},
        )
        log(f"  cases: {k:,} in {time.perf_counter() - t0:.1f} s")
        t0 = time.perf_counter()
        k = clone(
            conn,
            "case_lines",
            "case_id = %(template)s",
            series,
            {"case_id": "s.id", "verification_status": "CASE WHEN s.g %% 50 = 7 AND t.line_no = 1 THEN 'pending_verification' ELSE t.verification_status END"},
            {"n": n, "template": template},
        )
        log(f"  case_lines: {k:,} in {time.perf_counter() - t0:.1f} s")
        t0 = time.perf_counter()
        for table in ("case_attachments", "case_controls"):
            if conn.execute(f"SELECT count(*) FROM {table} WHERE case_id = %s", (template,)).fetchone()[0]:  # noqa: S608 (SQL built from this file's constants)
                cols = columns(conn, table)
                over = {"case_id": "s.id", "id": "md5(t.id || s.id)::uuid::text"} if "id" in cols else {"case_id": "s.id"}
                k = clone(conn, table, "case_id = %(template)s", series, over, {"n": n, "template": template})
                log(f"  {table}: {k:,} in {time.perf_counter() - t0:.1f} s")
        t0 = time.perf_counter()
        fees = "CASE s.ct " + " ".join(f"WHEN '{ct}' THEN {amount}" for ct, amount in fee.items()) + " END"
        k = conn.execute(
            f"WITH s0 AS ({CASE_SERIES}), s AS ({CASE_S}) INSERT INTO fee_accruals (case_id, agency_code, case_type, reg_jyear, reg_jmonth, "  # noqa: S608 (SQL built from this file's constants)
            "registered_at, status, amount_rials, payer, schedule_method, accrued_at, decision_id) "
            f"SELECT s.id, %(agency)s, s.ct, {YEAR}, s.m, s.reg, 'earned', {fees}, 'review_office', 'share_of_daily_minimum_wage', "
            "s.reg + interval '10 days', md5('decision-' || s.g)::uuid::text FROM s WHERE s.st = 'approved'",
            {"n": n, "agency": AGENCY},
        ).rowcount
        log(f"  fee_accruals: {k:,} in {time.perf_counter() - t0:.1f} s")
        conn.commit()
        conn.autocommit = True
        conn.execute("VACUUM ANALYZE")
        view = conn.execute("SELECT id FROM cases WHERE state = 'registered' ORDER BY id OFFSET %s LIMIT 1", (n // 20,)).fetchone()[0]
    return {"case": view}


def claims_endpoints() -> list[Endpoint]:
    path = f"/v1/agencies/{AGENCY}/cases"
    fees = f"/v1/agencies/{AGENCY}/fees"
    return [
        *list_endpoints("claims case list", path, {}, "offset", 100),
        simple("claims overdue=true", "filter", path, {"overdue": "true"}),
        simple("claims state=submitted", "filter", path, {"state": "submitted"}),
        simple("claims held=true", "filter", path, {"held": "true"}),
        simple(f"fee statement {YEAR}/{MONTH:02d} JSON", "statement", fees, {"year": YEAR, "month": MONTH}),
        simple(f"fee statement {YEAR}/{MONTH:02d} CSV", "csv", fees, {"year": YEAR, "month": MONTH, "format": "csv"}),
        simple(f"monthly report {YEAR}/{MONTH:02d}", "report", "/v1/reports/monthly", {"year": YEAR, "month": MONTH, "agency": AGENCY}),
        simple("claims case view", "view", lambda ctx: f"/v1/cases/{ctx.ids['case']}"),
    ]


# ---------------------------------------------------------------------------------------- customs

CUSTOMS_OFFICES = ("THR-IKA", "THR-POST", "THR-MEH", "MHD-AIR", "SHZ-AIR", "TBZ-AIR", "BND-SRJ", "ISF-AIR", "KISH-AIR", "BUS-PORT")


def load_customs(n: int, url: str, tmp: Path, keys: Any) -> dict[str, str]:
    from customs.declarations import workflow as wf
    from customs.main import Settings, create_app
    from shared.text import national_code_check_digit

    nc = "008457594" + str(national_code_check_digit("008457594"))
    with serve(create_app, Settings, sa_url(url), tmp, keys) as (base, _app), httpx.Client(base_url=base, timeout=60) as c:
        body = {
            "channel": "passenger",
            "purpose": "personal_use",
            "owner": {"kind": "natural", "name": "Sara Ahmadi", "national_code": nc},
            "customs_office": "THR-IKA",
            "warehouse_receipt_no": "WR-1001",
            "decision_date": "1404/05/01",
            "medical_documents_attached": True,
            "prescription_attached": True,
            "items": [{"name": "Losartan 50mg", "dosage_form": "tablet", "quantity": 3, "units_per_pack": 30, "daily_dose": 1}],
        }
        r = c.post("/v1/declarations", json=body, headers=keys.headers("customs_officer", org="THR-IKA", sub="officer-THR-IKA"))
        assert r.status_code == 201, r.text
        template = r.json()["id"]
    states = "ARRAY[" + ", ".join(f"'{s}'" for s in wf.STATES) + "]"
    offices = "ARRAY[" + ", ".join(f"'{o}'" for o in CUSTOMS_OFFICES) + "]"
    series = (
        f"SELECT g, md5('decl-' || g)::uuid::text AS id, ({states})[(g %% {len(wf.STATES)}) + 1] AS st, ({offices})[(g %% {len(CUSTOMS_OFFICES)}) + 1] AS office, "  # noqa: S608 (SQL built from this file's constants)
        "timestamptz '2023-03-21 08:00+03:30' + make_interval(mins => (g::bigint * 3 * 365 * 24 * 60 / %(n)s)::int) AS at FROM generate_series(1, %(n)s) g"
    )
    with psycopg.connect(url) as conn:
        national_code_fn(conn)
        t0 = time.perf_counter()
        k = clone(
            conn,
            "declarations",
            "id = %(template)s",
            series,
            {
                "id": "s.id",
                "customs_office": "s.office",
                "owner_national_code": "pg_temp.national_code(s.g::bigint * 104729)",
                "warehouse_receipt_no": "'WR-' || s.g",
                "decision_date": "(s.at AT TIME ZONE 'Asia/Tehran')::date",
                "state": "s.st",
                "clearance_letter_no": "CASE WHEN s.st = 'cleared' THEN 'CL-' || s.g END",
                "clearance_letter_date": "CASE WHEN s.st = 'cleared' THEN (s.at AT TIME ZONE 'Asia/Tehran')::date + 3 END",
                "created_at": "s.at",
                "updated_at": "s.at",
            },
            {"n": n, "template": template},
        )
        log(f"  declarations: {k:,} in {time.perf_counter() - t0:.1f} s")
        conn.commit()
        conn.autocommit = True
        conn.execute("VACUUM ANALYZE")
        view = conn.execute("SELECT id FROM declarations WHERE id <> %s ORDER BY created_at OFFSET %s LIMIT 1", (template, n // 2)).fetchone()[0]
    return {"declaration": view}


def customs_endpoints() -> list[Endpoint]:
    return [
        *list_endpoints("customs declaration list", "/v1/declarations", {}, "offset", 50),
        simple("customs state=awaiting_head_approval", "filter", "/v1/declarations", {"state": "awaiting_head_approval"}),
        simple("customs office=MHD-AIR", "filter", "/v1/declarations", {"office": "MHD-AIR"}),
        simple("customs declaration view", "view", lambda ctx: f"/v1/declarations/{ctx.ids['declaration']}"),
    ]


# ---------------------------------------------------------------------------------------- inspections

UNIVERSITIES = tuple(
    [
        "TUMS",
        "SBMU",
        "IUMS",
        "QUMS",
        "MUI",
        "SUMS",
        "TBZMED",
        "MUMS",
        "KUMS",
        "AJUMS",
        "GUMS",
        "UMSHA",
        "ARUMS",
        "BUMS",
        "HUMS",
        "IAUMS",
        "JUMS",
        "KAUMS",
        "KMU",
        "LUMS",
        "MAZUMS",
        "MUK",
        "MUBABOL",
        "NKUMS",
        "RUMS",
        "SEMUMS",
        "SKUMS",
        "SSU",
        "TBZUMS",
        "YUMS",
        "ZUMS",
        "ZAUMS",
        "BPUMS",
        "DUMS",
        "FUMS",
        "GMU",
        "IRSHUMS",
        "JAUMS",
        "KHUMS",
        "MUQ",
        "ABZUMS",
        "ALBUMS",
        "BMSU",
        "SHUMS",
        "SRUMS",
        "TABAS",
        "UMSU",
        "USWR",
        "VANA",
    ]
)
CITIES = [
    "تهران",
    "مشهد",
    "اصفهان",
    "شیراز",
    "تبریز",
    "کرج",
    "اهواز",
    "قم",
    "کرمانشاه",
    "ارومیه",
    "رشت",
    "زاهدان",
    "کرمان",
    "همدان",
    "یزد",
    "اردبیل",
    "بندرعباس",
    "اراک",
    "زنجان",
    "سنندج",
    "قزوین",
    "خرم\u200cآباد",
    "گرگان",
    "ساری",
    "بیرجند",
    "بجنورد",
    "بوشهر",
    "ایلام",
    "شهرکرد",
    "یاسوج",
    "سمنان",
]
CENTRE_KINDS = ('["cell_therapy"]', '["exosome"]', '["regenerative"]', '["cell_therapy", "exosome"]', '["regenerative", "exosome"]')
CENTRE_STATUSES = ("active", "active", "active", "inactive", "applicant", "suspended", "closed")
SEARCH_Q = "مشهد"  # one city of 32: ~3 % of the names


def load_inspections(n: int, url: str, tmp: Path, keys: Any) -> dict[str, str]:
    from inspections.main import Settings, create_app
    from shared.text import search_key

    with serve(create_app, Settings, sa_url(url), tmp, keys) as (base, _app), httpx.Client(base_url=base, timeout=60) as c:
        body = {
            "name": "مرکز سلول درمانی نمونه",
            "province": "Qazvin",
            "status": "active",
            "kinds": ["cell_therapy", "exosome"],
            "registered_on": "1404/06/01",
            "licence": {"number": "QUMS-0001", "valid_from": "1403/01/01", "valid_to": "1406/01/01"},
            "technical_manager": {"name": "دکتر نمونه", "national_code": "0499370899"},
            "physical_space": {"certified": True, "certificate_ref": "SP-1", "certified_on": "1403/02/01"},
            "approvals": [
                {
                    "type": "irc",
                    "kind": "cell_therapy",
                    "irc_code": "1228054657201497",
                    "product": "Autologous MSC kit",
                    "holder": "Yas Cell Co.",
                    "valid_from": "1404/01/01",
                    "valid_to": "1405/12/29",
                }
            ],
        }
        r = c.post("/v1/centers", json=body, headers=keys.headers("university_deputy", org="QUMS"))
        assert r.status_code == 201, r.text
        template = r.json()["id"]
    # names from a vocabulary whose search keys are known: name_key is built in SQL from the words' keys
    prefixes = ("مرکز سلول درمانی", "کلینیک پزشکی بازساختی", "مرکز درمان با اگزوزوم", "درمانگاه تخصصی سلولی")
    words = "ARRAY[" + ", ".join(f"'{w}'" for w in CITIES) + "]"
    keys_ = "ARRAY[" + ", ".join(f"'{search_key(w)}'" for w in CITIES) + "]"
    pre = "ARRAY[" + ", ".join(f"'{p}'" for p in prefixes) + "]"
    pre_keys = "ARRAY[" + ", ".join(f"'{search_key(p)}'" for p in prefixes) + "]"
    unis = "ARRAY[" + ", ".join(f"'{u}'" for u in UNIVERSITIES) + "]"
    kinds = "ARRAY[" + ", ".join(f"'{k}'" for k in CENTRE_KINDS) + "]"
    statuses = "ARRAY[" + ", ".join(f"'{s}'" for s in CENTRE_STATUSES) + "]"
    series = (
        f"SELECT g, md5('centre-' || g)::uuid::text AS id, ({pre})[(g %% 4) + 1] || ' ' || ({words})[((g / 4) %% {len(CITIES)}) + 1] || ' ' || g AS name, "  # noqa: S608 (SQL built from this file's constants)
        f"({pre_keys})[(g %% 4) + 1] || ({keys_})[((g / 4) %% {len(CITIES)}) + 1] || g AS name_key, "
        f"({unis})[(g %% {len(UNIVERSITIES)}) + 1] AS uni, ({kinds})[(g %% {len(CENTRE_KINDS)}) + 1] AS kinds, "
        f"({statuses})[(g %% {len(CENTRE_STATUSES)}) + 1] AS st FROM generate_series(1, %(n)s) g"
    )
    with psycopg.connect(url) as conn:
        national_code_fn(conn)
        t0 = time.perf_counter()
        k = clone(
            conn,
            "ins_centres",
            "id = %(template)s",
            series,
            {
                "id": "s.id",
                "name": "s.name",
                "name_key": "s.name_key",
                "university": "s.uni",
                "status": "s.st",
                "kinds": "s.kinds::json",
                "licence_number": "s.uni || '-' || s.g",
                "technical_manager_national_code": "pg_temp.national_code(s.g::bigint * 15485863)",
                "registered_on": "date '2020-01-01' + (s.g %% 2000)::int",
            },
            {"n": n, "template": template},
        )
        log(f"  ins_centres: {k:,} in {time.perf_counter() - t0:.1f} s")
        for name, sample in conn.execute("SELECT name, name_key FROM ins_centres WHERE id <> %s LIMIT 50", (template,)).fetchall():
            assert search_key(name) == sample, (name, sample, search_key(name))
        k = clone(
            conn,
            "ins_centre_status_changes",
            "centre_id = %(template)s",
            series,
            {"centre_id": "s.id", "status": "s.st", "decision_id": "md5('status-' || s.g)::uuid::text"},
            {"n": n, "template": template},
        )
        log(f"  ins_centre_status_changes: {k:,}")
        k = clone(
            conn,
            "ins_approvals",
            "centre_id = %(template)s",
            series,
            {"id": "md5(t.id || s.id)::uuid::text", "centre_id": "s.id", "irc_code": "lpad((s.g * 7)::text, 16, '1')"},
            {"n": n, "template": template},
        )
        log(f"  ins_approvals: {k:,}")
        if conn.execute("SELECT to_regclass('public.ins_centre_kinds')").fetchone()[0]:  # one row per kind (inspections_0004)
            k = conn.execute(
                "INSERT INTO ins_centre_kinds (centre_id, kind) SELECT DISTINCT c.id, k.value FROM ins_centres c "
                "CROSS JOIN LATERAL json_array_elements_text(c.kinds) AS k(value) ON CONFLICT DO NOTHING"
            ).rowcount
            log(f"  ins_centre_kinds: {k:,}")
        conn.commit()
        conn.autocommit = True
        conn.execute("VACUUM ANALYZE")
        view = conn.execute("SELECT id FROM ins_centres WHERE id <> %s ORDER BY name OFFSET %s LIMIT 1", (template, n // 2)).fetchone()[0]
    return {"centre": view}


def inspections_endpoints() -> list[Endpoint]:
    return [
        *list_endpoints("inspections centre list", "/v1/centers", {}, "page", 50),
        simple("inspections kind=exosome", "filter", "/v1/centers", {"kind": "exosome", "page_size": FILTER_PAGE}),
        simple("inspections status=suspended", "filter", "/v1/centers", {"status": "suspended", "page_size": FILTER_PAGE}),
        simple("inspections university=MUMS", "filter", "/v1/centers", {"university": "MUMS", "page_size": FILTER_PAGE}),
        simple(f"public centre search q={SEARCH_Q}", "search", "/v1/public/centers", {"q": SEARCH_Q}, headers=lambda ctx: {}),
        simple("inspections centre view", "view", lambda ctx: f"/v1/centers/{ctx.ids['centre']}"),
    ]


# ---------------------------------------------------------------------------------------- the run


@dataclass
class Service:
    name: str
    load: Callable[[int, str, Path, Any], dict[str, str]]
    endpoints: Callable[[], list[Endpoint]]
    reader: Callable[[Any], dict[str, str]]
    main_table: str


SERVICES = {
    "claims": Service("claims", load_claims, claims_endpoints, lambda k: k.headers("review_office", org=OFFICE), "cases"),
    "customs": Service("customs", load_customs, customs_endpoints, lambda k: k.headers("gio_head", org="GIO", sub="head-1"), "declarations"),
    "inspections": Service("inspections", load_inspections, inspections_endpoints, lambda k: k.headers("ministry_supervisor", org="MOH"), "ins_centres"),
}


def prepare(svc: Service, n: int, tmp: Path, keys: Any, reuse: bool) -> tuple[str, dict[str, str]]:
    """The loaded database of `svc` at `n` rows (reused when asked and present); its name and the ids to view."""
    import importlib

    from shared.migrations import upgrade_head

    migrations = importlib.import_module(f"{svc.name}.main").MIGRATIONS_DIR
    name = f"scale_{svc.name}_{n}"
    ids_file = f"scale_ids_{svc.name}_{n}"
    if reuse and db_exists(name):
        t0 = time.perf_counter()
        upgrade_head(migrations, db_url(name, True))  # this checkout's migrations over the loaded rows
        with psycopg.connect(db_url(name), autocommit=True) as conn:
            conn.execute("ANALYZE")
            row = conn.execute("SELECT obj_description('public.alembic_version'::regclass)").fetchone()
        if row and row[0] and row[0].startswith(ids_file):
            log(f"{name}: reused, migrations applied and analysed in {time.perf_counter() - t0:.1f} s")
            return name, json.loads(row[0][len(ids_file) + 1 :])
    t0 = time.perf_counter()
    create_db(name)
    upgrade_head(migrations, db_url(name, True))
    log(f"{name}: loading {n:,} rows")
    ids = svc.load(n, db_url(name), tmp / f"{svc.name}-{n}", keys)
    with psycopg.connect(db_url(name), autocommit=True) as conn:  # remembered for SCALE_REUSE
        conn.execute(f"COMMENT ON TABLE alembic_version IS '{ids_file} {json.dumps(ids)}'")
    log(f"{name}: loaded in {time.perf_counter() - t0:.1f} s")
    return name, ids


def run_service(svc: Service, sizes: tuple[int, int], args: argparse.Namespace, tmp: Path, keys: Any) -> list[tuple[Endpoint, Figure, Figure]]:
    from sqlalchemy import event

    results: dict[int, dict[str, Figure]] = {}
    endpoints = svc.endpoints()
    names = []
    for n in sizes:
        name, ids = prepare(svc, n, tmp, keys, args.reuse)
        names.append(name)
        settings = {"public_rate_per_minute": 10**9}
        create_app = __import__(f"{svc.name}.main", fromlist=["create_app"]).create_app
        settings_cls = __import__(f"{svc.name}.main", fromlist=["Settings"]).Settings
        with serve(create_app, settings_cls, db_url(name, True), tmp / f"run-{svc.name}-{n}", keys, **settings) as (base, app):
            captured = Captured()
            event.listen(app.state.engine, "before_cursor_execute", captured.hook)
            with httpx.Client(base_url=base, timeout=600) as client:
                ctx = Ctx(client, svc.reader(keys), app, captured, table_sizes(app.state.engine), args.rounds, args.deep_pages, ids)
                log(f"{name}: timing {len(endpoints)} endpoints ({ctx.sizes.get(svc.main_table, 0):,} rows in {svc.main_table})")
                results[n] = {}
                for ep in endpoints:
                    t0 = time.perf_counter()
                    results[n][ep.key] = fig = ep.run(ctx)
                    log(f"  {ep.key}: {fmt(fig.ms)} ms ({fig.note}) [{time.perf_counter() - t0:.1f} s]")
    if not args.keep:
        for name in names:
            drop_db(name)
    return [(ep, results[sizes[0]][ep.key], results[sizes[1]][ep.key]) for ep in endpoints]


def fmt(ms: float | None) -> str:
    if ms is None:
        return "-"
    return f"{ms:,.0f}" if ms >= 100 else f"{ms:.1f}"


def verdict(ep: Endpoint, small: Figure, large: Figure) -> str:
    """The issue's target for this row: met / NOT MET (or '' when it has none)."""
    if large.ms is None or small.ms is None:
        return ""
    if ep.kind in ("statement", "report"):
        return "met" if large.ms < TARGET_JSON_MS else "NOT MET"
    if ep.kind == "csv":
        return "met" if large.ttfb_ms is not None and large.ttfb_ms < TARGET_TTFB_MS else "NOT MET"
    return "met" if large.ms / small.ms <= TARGET_RATIO else "NOT MET"


def report(rows: list[tuple[str, Endpoint, Figure, Figure]], sizes: dict[str, tuple[int, int]], args: argparse.Namespace) -> int:
    print()
    print(f"median of {args.rounds} rounds (3 when a request takes more than 2 s), milliseconds; deep page = {args.deep_pages} pages in")
    print("| endpoint | small | large | ratio | target | plan nodes (large) |")
    print("|---|---:|---:|---:|---|---|")
    missed = 0
    for svc, ep, small, large in rows:
        a, b = sizes[svc]
        ratio = f"{large.ms / small.ms:.2f}x" if small.ms and large.ms else "-"
        s, l_ = fmt(small.ms), fmt(large.ms)
        if ep.kind == "csv":
            s = f"{fmt(small.ttfb_ms)} / {fmt(small.ms)}"
            l_ = f"{fmt(large.ttfb_ms)} / {fmt(large.ms)}"
        v = verdict(ep, small, large)
        missed += v == "NOT MET"
        plan = large.plan or large.note or small.note
        print(f"| {ep.key} ({a:,} -> {b:,}) | {s} | {l_} | {ratio} | {v} | {plan} |")
    print()
    print(
        f"targets (issue 18): every list, page, filter, search, view within {TARGET_RATIO}x of its small figure; fee statement and report JSON "
        f"< {TARGET_JSON_MS:.0f} ms; CSV first byte < {TARGET_TTFB_MS:.0f} ms (CSV cells: first byte / total)."
    )
    print(f"{missed} row(s) NOT MET; a 'SEQ SCAN!' is a sequential scan of a table of more than {LARGE_TABLE:,} rows.")
    print()
    print("plans, per statement (large size):")
    for _svc, ep, _small, large in rows:
        print(f"  {ep.key}:")
        for line in large.detail:
            print(line)
    return missed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    env = os.environ.get
    ap.add_argument("--services", default=env("SCALE_SERVICES", "claims,customs,inspections"))
    ap.add_argument("--small", type=int, default=int(env("SCALE_SMALL", "1000")))
    ap.add_argument("--cases", type=int, default=int(env("SCALE_CASES", "100000")))
    ap.add_argument("--declarations", type=int, default=int(env("SCALE_DECLARATIONS", "20000")))
    ap.add_argument("--centres", type=int, default=int(env("SCALE_CENTRES", "20000")))
    ap.add_argument("--rounds", type=int, default=int(env("SCALE_ROUNDS", "7")))
    ap.add_argument("--deep-pages", type=int, default=int(env("SCALE_DEEP_PAGES", "50")))
    ap.add_argument("--keep", action="store_true", default=env("SCALE_KEEP", "") not in ("", "0"))
    ap.add_argument("--reuse", action="store_true", default=env("SCALE_REUSE", "") not in ("", "0"))
    args = ap.parse_args()
    from shared.testing import make_test_keys

    large = {"claims": args.cases, "customs": args.declarations, "inspections": args.centres}
    chosen = [s.strip() for s in args.services.split(",") if s.strip()]
    import subprocess

    git = subprocess.run(["git", "-C", str(ROOT), "log", "-1", "--format=%h %s"], capture_output=True, text=True).stdout.strip()
    branch = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--abbrev-ref", "HEAD"], capture_output=True, text=True).stdout.strip()
    print(f"command: {' '.join([Path(sys.executable).name, *sys.argv])}")
    print(f"checkout: {branch} at {git}")
    print(
        f"sizes: {', '.join(f'{s} {args.small:,} and {large[s]:,}' for s in chosen)}; {datetime.now().astimezone():%Y-%m-%d %H:%M %Z}; load average {os.getloadavg()[0]:.1f}"
    )
    rows: list[tuple[str, Endpoint, Figure, Figure]] = []
    sizes = {}
    with tempfile.TemporaryDirectory() as tmp_:
        tmp = Path(tmp_)
        keys = make_test_keys(tmp / "keys")
        for s in chosen:
            sizes[s] = (args.small, large[s])
            for ep, small, big in run_service(SERVICES[s], sizes[s], args, tmp, keys):
                rows.append((s, ep, small, big))
    missed = report(rows, sizes, args)
    print(f"load average at the end {os.getloadavg()[0]:.1f}")
    return 1 if os.environ.get("SCALE_STRICT") and missed else 0


if __name__ == "__main__":
    sys.exit(main())
