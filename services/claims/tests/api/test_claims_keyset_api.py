"""Issue 18: every claims list pages by an opaque keyset cursor, through the real app on PostgreSQL.

For each list: walking the `next` cursors returns every row that was there exactly once, in the list's order, while
rows are added between pages; a cursor that is not the list's own (garbage, another list's, with an offset) is 422;
the total is counted up to its cap. The fee statement CSV streams (a StreamingResponse, in chunks) and is complete for
a month with more rows than one chunk. The query plans of the lists use the indexes of claims_0009 (PostgreSQL).
"""

from __future__ import annotations

import csv
import io
import uuid
from datetime import datetime, timedelta
from itertools import count

import anyio
import pytest
from sqlalchemy import text

from claims.cases.models import OPEN_STATES_SQL, Case, FeeAccrual
from claims.cases.rules import OPEN_STATES
from shared.jalali import TEHRAN
from shared.pagination import Order, encode_cursor
from shared.streaming import CHUNK_ROWS
from shared.testing import assert_walked_once, walk_all_pages

from .conftest import AG, AG2, ALL_PASSED, RO, case_body, national_code

_seq = count(1000)


def _walk(client, path, headers, params=None, between=None, key="id", items="items"):
    """walk_all_pages over `path`; `items` names the list's field when it is not `items` (the statement's `lines`)."""
    return walk_all_pages(lambda p: client.get(path, params=p, headers=headers), params, between, key=key, items=items)


def _bad_cursors(client, path, headers, params=None, other_list_cursor=None):
    params = dict(params or {})
    for bad in ("not-a-cursor", "eyJvIjoxfQ", other_list_cursor or encode_cursor(Order("claims.some-other-list", ((None, False),)), ["x"])):
        r = client.get(path, params={**params, "cursor": bad}, headers=headers)
        assert r.status_code == 422, (bad, r.text)
        assert r.json()["errors"][0]["field"] == "query.cursor"
    first = client.get(path, params={**params, "limit": 1}, headers=headers).json()
    assert first["next"], "a list of more than one row gives a cursor"
    r = client.get(path, params={**params, "limit": 1, "cursor": first["next"], "offset": 1}, headers=headers)
    assert r.status_code == 422


def _register(client, headers, **over):
    r = client.post("/v1/cases", json=case_body(next(_seq), **over), headers=headers)
    assert r.status_code == 201, r.text
    return r.json()["id"]


# ------------------------------------------------------------------------------------------------ lists


def test_agency_cases_every_row_once_while_cases_are_registered(client, setup, staff, keys):
    ids = [_register(client, staff, documents_received_at=f"1404/08/0{1 + i % 3} 09:00") for i in range(7)]
    path = f"/v1/agencies/{AG}/cases"
    full = client.get(path, params={"limit": 100}, headers=staff).json()
    assert full["total"] == 7 and full["total_capped"] is False and full["next"] is None
    order = [x["id"] for x in full["items"]]
    assert sorted(order) == sorted(ids)
    added = []
    seen = _walk(client, path, staff, {"limit": 2}, lambda n: added.append(_register(client, staff, documents_received_at="1404/08/02 09:00")))
    assert_walked_once(seen, ids, added, in_order=order)
    _bad_cursors(client, path, staff)
    # another list's real cursor is refused, not misread
    other = client.get("/v1/agencies", params={"limit": 1}, headers=keys.headers("admin", org="SSO")).json()["next"]
    assert client.get(path, params={"cursor": other}, headers=staff).status_code == 422


@pytest.mark.parametrize("flt", [{"state": "registered"}, {"overdue": "true"}, {"held": "false"}])
def test_agency_cases_filtered_every_row_once(client, setup, staff, flt):
    ids = [_register(client, staff) for _ in range(5)]
    other_state = _register(client, staff)
    r = client.put(f"/v1/cases/{other_state}/controls", json=ALL_PASSED, headers={**staff, "If-Match": '"1"'})
    assert r.status_code == 200 and r.json()["state"] == "controlled", r.text  # in the overdue and held lists, not in state=registered
    if flt != {"state": "registered"}:
        ids.append(other_state)
    setup.set(2025, 12, 20, 10, 30)  # long after the 15 working days: every open case is overdue
    path = f"/v1/agencies/{AG}/cases"
    added = []
    seen = _walk(client, path, staff, {"limit": 2, **flt}, lambda n: added.append(_register(client, staff)))
    assert_walked_once(seen, ids, added)
    assert other_state not in seen if flt == {"state": "registered"} else other_state in seen
    assert client.get(path, params={"limit": 100, **flt}, headers=staff).json()["total"] == len(ids) + len(added)
    _bad_cursors(client, path, staff, flt)


def test_insured_cases_every_row_once_newest_first(client, setup, staff, keys):
    nc = national_code(777)
    me = keys.headers("insured", national_code=nc)
    mine = []
    for day in range(1, 6):
        setup.set(2025, 10, 26, 9 + day, 0)
        mine.append(_register(client, staff, national_code=nc))
    _register(client, staff)  # someone else's
    full = client.get("/v1/insured/cases", params={"limit": 100}, headers=me).json()
    assert [x["id"] for x in full["items"]] == mine[::-1] and full["total"] == 5
    added = []

    def add(n):
        setup.set(2025, 10, 26, 15, n)
        added.append(_register(client, staff, national_code=nc))

    seen = _walk(client, "/v1/insured/cases", me, {"limit": 2}, add)
    assert_walked_once(seen, mine, added, in_order=mine[::-1])
    _bad_cursors(client, "/v1/insured/cases", me)


def test_agencies_every_row_once_while_agencies_are_added(client, setup, admin):
    before = [a["code"] for a in client.get("/v1/agencies", params={"limit": 500}, headers=admin).json()["items"]]
    for i in range(4):
        body = {"code": f"AG-THR-1{i}0", "name": f"agency {i}", "province": "THR", "review_office_code": RO}
        assert client.post("/v1/agencies", json=body, headers=admin).status_code == 201
    before += [f"AG-THR-1{i}0" for i in range(4)]
    added = []

    def add(n):
        code = f"AG-THR-0{n:02d}5"  # sorts before some and after other pages' codes
        body = {"code": code, "name": f"agency {code}", "province": "THR", "review_office_code": RO}
        assert client.post("/v1/agencies", json=body, headers=admin).status_code == 201
        added.append(code)

    seen = _walk(client, "/v1/agencies", admin, {"limit": 2}, add, key="code")
    assert_walked_once(seen, before, added, in_order=sorted(before))
    _bad_cursors(client, "/v1/agencies", admin)
    # a filter keeps the cursor working
    thr = _walk(client, "/v1/agencies", admin, {"limit": 1, "province": "THR"}, key="code")
    assert set(thr) == set(before + added) - {"AG-ISF-001"}


def _training(n: int) -> dict:
    return {
        "agency_code": AG,
        "representative_name": f"نماینده {n}",
        "topic": f"topic {n}",
        "held_on": f"1404/07/{10 + n % 3:02d}",  # equal days: created_at, then id decide
        "hours": 1.5,
        "coordinated_with": ["secretariat"],
    }


def test_trainings_every_row_once_while_trainings_are_recorded(client, setup, reviewer, staff):
    ids = []
    for n in range(6):
        r = client.post(f"/v1/review-offices/{RO}/trainings", json=_training(n), headers=reviewer)
        assert r.status_code == 201, r.text
        ids.append(r.json()["id"])
    path = f"/v1/agencies/{AG}/trainings"
    full = client.get(path, params={"limit": 100}, headers=staff).json()
    assert full["count"] == full["total"] == 6 and full["total_hours"] == 9.0
    added = []

    def add(n):
        r = client.post(f"/v1/review-offices/{RO}/trainings", json=_training(100 + n), headers=reviewer)
        added.append(r.json()["id"])

    seen = _walk(client, path, staff, {"limit": 2}, add)
    assert_walked_once(seen, ids, added, in_order=[x["id"] for x in full["items"]])
    page = client.get(path, params={"limit": 2}, headers=staff).json()
    assert page["count"] == 6 + len(added) and page["total_hours"] == 1.5 * (6 + len(added))  # totals over every page
    _bad_cursors(client, path, staff)


def _violation(day: int) -> dict:
    return {
        "kind": "upheld_complaint",
        "description": f"complaint {day}",
        "proven_on": f"1404/07/{day:02d}",
        "proof": {"summary": "complaint upheld", "documents": ["C-1"]},
        "compensation_client_rials": 1000,
    }


def test_violations_page_by_cursor_every_row_once(client, setup, reviewer, keys):
    ids = [client.post(f"/v1/agencies/{AG}/violations", json=_violation(1 + n % 3), headers=reviewer).json()["id"] for n in range(6)]
    path = f"/v1/agencies/{AG}/violations"
    full = client.get(path, headers=reviewer).json()
    assert full["total"] == 6 and full["next"] is None and len(full["items"]) == 6
    added = []
    seen = _walk(client, path, reviewer, {"limit": 2}, lambda n: added.append(client.post(path, json=_violation(2), headers=reviewer).json()["id"]))
    assert_walked_once(seen, ids, added, in_order=[x["id"] for x in full["items"]])
    _bad_cursors(client, path, reviewer)
    hq = keys.headers("licensing_hq", org="HQ")
    assert len(_walk(client, path, hq, {"limit": 3})) == 6 + len(added)


# ------------------------------------------------------------------------------------- the fee statement


def _bulk_month(db_session, n: int, agency: str = AG, start: datetime | None = None) -> list[str]:
    """`n` approved cases of Aban 1404 with their fee accrual, inserted directly (the statement's volume)."""
    start = start or datetime(2025, 10, 23, 9, 0, tzinfo=TEHRAN)  # 1404/08/01
    ids = []
    for i in range(n):
        cid = str(uuid.uuid4())
        reg = start + timedelta(minutes=i // 3)  # ties: case_id decides
        db_session.add(
            Case(
                id=cid,
                agency_code=agency,
                state="approved",
                national_code=national_code(900_000 + i),
                insurance_number=f"I{i}",
                case_type="inpatient" if i % 2 else "outpatient",
                centre_code="C",
                centre_name="c",
                admission_date=reg.date(),
                bill_number=f"BULK-{cid}",
                bill_total_rials=1,
                total_paid_rials=1,
                patient_paid_rials=1,
                documents_received_at=reg,
                registered_at=reg,
                reg_jyear=1404,
                reg_jmonth=8,
                bill_key=cid,
                cycle_started_at=reg,
                due_date=reg.date(),
                due_at=reg,
            )
        )
        ids.append(cid)
    db_session.flush()
    for i, cid in enumerate(ids):
        db_session.add(
            FeeAccrual(
                case_id=cid,
                agency_code=agency,
                case_type="inpatient" if i % 2 else "outpatient",
                reg_jyear=1404,
                reg_jmonth=8,
                registered_at=start + timedelta(minutes=i // 3),
                status="earned",
                amount_rials=1000 + i,
                accrued_at=start,
                decision_id=cid,
            )
        )
    db_session.commit()
    return ids


def test_fee_statement_lines_page_by_cursor_every_line_once(client, setup, staff, db_session):
    ids = _bulk_month(db_session, 9)
    path = f"/v1/agencies/{AG}/fees"
    month = {"year": 1404, "month": 8}
    full = client.get(path, params={**month, "limit": 1000}, headers=staff).json()
    assert full["cases_with_fee"] == 9 and full["known_total_rials"] == sum(1000 + i for i in range(9)) and full["next"] is None
    order = [x["case_id"] for x in full["lines"]]
    added = []

    def add(n):
        added.extend(_bulk_month(db_session, 1, start=datetime(2025, 10, 23, 9, n, tzinfo=TEHRAN)))

    seen = _walk(client, path, staff, {**month, "limit": 2}, add, key="case_id", items="lines")
    assert_walked_once(seen, ids, added, in_order=order)
    page = client.get(path, params={**month, "limit": 2}, headers=staff).json()
    assert page["cases_with_fee"] == 9 + len(added)  # the totals cover the whole month on every page
    _bad_cursors(client, path, staff, month)


def test_fee_statement_csv_streams_every_line_of_a_month_larger_than_a_chunk(client, setup, staff, admin, app, db_session):
    from fastapi.responses import StreamingResponse

    from claims.agencies.models import Agency
    from claims.fees import service

    n = 2 * CHUNK_ROWS + 37
    ids = _bulk_month(db_session, n)
    _bulk_month(db_session, 3, agency=AG2)  # another agency's month: not in this statement
    r = client.get(f"/v1/agencies/{AG}/fees", params={"year": 1404, "month": 8, "format": "csv"}, headers=staff)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert "content-length" not in r.headers  # streamed, not built whole
    rows = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert len(rows) == n + 1
    lines, total = rows[:-1], rows[-1]
    assert [x["row_type"] for x in lines] == ["case"] * n and total["row_type"] == "total"
    expected = [c.case_id for c in db_session.query(FeeAccrual).filter_by(agency_code=AG).order_by(FeeAccrual.registered_at, FeeAccrual.case_id)]
    assert [x["case_id"] for x in lines] == expected and set(expected) == set(ids)
    assert int(total["fee_rials"]) == sum(1000 + i for i in range(n))
    # the response is a StreamingResponse that yields the CSV in chunks of CHUNK_ROWS rows, read in its own session
    resp = service.statement_csv(app.state.sessionmaker, db_session, db_session.get(Agency, AG), 1404, 8)
    assert isinstance(resp, StreamingResponse)

    async def collect():
        return [c async for c in resp.body_iterator]

    chunks = anyio.run(collect)
    assert len(chunks) == 3 and b"".join(chunks) == r.content


# ------------------------------------------------------------------------------------------------ plans


def test_the_partial_index_predicate_is_the_open_states():
    assert sorted(str(OPEN_STATES_SQL).split("(")[1].rstrip(")").replace("'", "").replace(" ", "").split(",")) == sorted(s.value for s in OPEN_STATES)


def _plan(db_session, sql, params):
    db_session.execute(text("SET LOCAL enable_seqscan = off"))  # tiny tables: ask whether an index CAN serve the query
    try:
        return "\n".join(r[0] for r in db_session.execute(text("EXPLAIN " + sql), params))
    finally:
        db_session.execute(text("SET LOCAL enable_seqscan = on"))


def test_the_lists_query_plans_use_their_indexes(client, setup, db_session):
    """PostgreSQL: each list's page is an index scan in the list's order (no Sort), the month from the covering index."""
    from sqlalchemy.dialects import postgresql

    from claims.cases import service as cases
    from claims.fees import service as fees
    from shared.pagination import Page, keyset

    def sql(stmt):
        return str(stmt.compile(dialect=postgresql.dialect(), compile_kwargs={"literal_binds": True}))

    now = datetime(2025, 12, 20, tzinfo=TEHRAN)
    page = Page(limit=50, cursor=encode_cursor(cases.AGENCY_CASES, [now, "x"]))
    from sqlalchemy import select

    base = select(Case).where(Case.agency_code == AG)
    plans = {
        "ix_cases_agency_due": keyset(base, cases.AGENCY_CASES, page),
        "ix_cases_agency_state_due": keyset(base.where(Case.state == "submitted"), cases.AGENCY_CASES, page),
        "ix_cases_open_agency_due": keyset(base.where(Case.state.in_([s.value for s in OPEN_STATES]), Case.due_at < now), cases.AGENCY_CASES, page),
        "ix_cases_national_registered": keyset(
            select(Case).where(Case.national_code == "0012345679"), cases.INSURED_CASES, Page(limit=20, cursor=encode_cursor(cases.INSURED_CASES, [now, "x"]))
        ),
        "ix_fee_accruals_month_lines": keyset(
            select(FeeAccrual.case_id).where(FeeAccrual.agency_code == AG, FeeAccrual.reg_jyear == 1404, FeeAccrual.reg_jmonth == 8),
            fees.STATEMENT_LINES,
            Page(limit=1000, cursor=encode_cursor(fees.STATEMENT_LINES, [now, "x"])),
        ),
    }
    for index, stmt in plans.items():
        plan = _plan(db_session, sql(stmt), {})
        assert index in plan and "Sort" not in plan, (index, plan)
    report = _plan(
        db_session,
        "SELECT case_type, state, count(*), sum(total_paid_rials) FROM cases WHERE agency_code = :a AND reg_jyear = 1404 AND reg_jmonth = 8 GROUP BY case_type, state",
        {"a": AG},
    )
    assert "Index Only Scan using ix_cases_month_report" in report, report
