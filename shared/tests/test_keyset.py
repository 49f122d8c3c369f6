"""Keyset pagination (issue 18): every row exactly once while rows are added, mixed directions, ties, refused cursors,
and a total counted only up to its cap; on SQLite and on PostgreSQL."""

from datetime import datetime, timedelta

import pytest
import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from shared.errors import ValidationProblem
from shared.pagination import Order, Page, capped_count, decode_cursor, encode_cursor, keyset, page_rows, page_total
from shared.testing import fresh_database, missing_component


class Base(DeclarativeBase):
    pass


class Row(Base):
    __tablename__ = "keyset_rows"
    id: Mapped[int] = mapped_column(primary_key=True)
    state: Mapped[str] = mapped_column(sa.String(10))
    created_at: Mapped[datetime] = mapped_column(sa.DateTime(timezone=False))


NEWEST = Order("rows.newest", ((Row.created_at, True), (Row.id, True)))
MIXED = Order("rows.state-then-oldest", ((Row.state, False), (Row.created_at, True), (Row.id, False)))
T0 = datetime(2026, 1, 1, 8, 0)


@pytest.fixture(params=["sqlite", "postgresql"])
def session(request):
    if request.param == "sqlite":
        engine = sa.create_engine("sqlite://")
        Base.metadata.create_all(engine)
        with Session(engine) as s:
            yield s
        return
    try:
        cm = fresh_database("keyset")
        url = cm.__enter__()
    except Exception as exc:  # noqa: BLE001 - no server: the one policy for a missing component
        missing_component(f"no PostgreSQL for the keyset tests ({exc})")
    engine = sa.create_engine(url)
    Base.metadata.create_all(engine)
    try:
        with Session(engine) as s:
            yield s
    finally:
        engine.dispose()
        cm.__exit__(None, None, None)


def _fill(session, n, start=0):
    # many equal timestamps: the unique tie-breaker decides
    session.add_all(Row(id=start + i, state="open" if i % 3 else "closed", created_at=T0 + timedelta(minutes=i // 4)) for i in range(n))
    session.commit()


def _walk(session, order, limit, during=None):
    seen, cursor, pages = [], None, 0
    while True:
        page = Page(limit=limit, cursor=cursor)
        rows, cursor = page_rows(session.execute(keyset(sa.select(Row), order, page)).scalars().all(), order, page)
        seen += [r.id for r in rows]
        pages += 1
        if during:
            during(pages)
        if cursor is None:
            return seen


@pytest.mark.parametrize("order", [NEWEST, MIXED], ids=["one-direction", "mixed-directions"])
def test_every_row_exactly_once_while_rows_are_added(session, order):
    _fill(session, 95)
    expected = [r.id for r in session.execute(sa.select(Row).order_by(*order.clauses())).scalars()]
    added = []

    def add(page_no):
        row = Row(id=1000 + page_no, state="open", created_at=T0 + timedelta(minutes=page_no * 3))
        session.add(row)
        session.commit()
        added.append(row.id)

    seen = _walk(session, order, 10, during=add)
    assert len(seen) == len(set(seen)), "a row came twice"
    assert set(expected) <= set(seen), "a row that was there from the start was skipped"
    assert set(seen) - set(expected) <= set(added)


def test_the_cursor_names_its_list_and_refuses_others(session):
    _fill(session, 3)
    cursor = encode_cursor(NEWEST, [T0, 2])
    assert decode_cursor(NEWEST, cursor) == [T0, 2]
    for bad in (encode_cursor(MIXED, ["open", T0, 1]), "not-a-cursor", "eyJvIjoxfQ", encode_cursor(NEWEST, [T0])):
        with pytest.raises(ValidationProblem):
            decode_cursor(NEWEST, bad)


def test_total_is_counted_only_up_to_the_cap(session):
    _fill(session, 30)
    assert capped_count(session, sa.select(Row), cap=50) == (30, False)
    assert capped_count(session, sa.select(Row), cap=10) == (10, True)
    assert capped_count(session, sa.select(Row).where(Row.state == "closed"), cap=10) == (10, False)


def test_page_total_counts_only_when_the_page_cannot_show_the_total(session):
    """issue 17: the last offset page shows the total (offset + rows); elsewhere the capped count is read."""
    _fill(session, 30)
    stmt = sa.select(Row)
    statements: list[str] = []
    sa.event.listen(session.get_bind(), "before_cursor_execute", lambda *a: statements.append(a[2]))
    for limit in (1, 7, 10, 29, 30, 31, 50):
        for offset in (0, 1, 9, 23, 29, 30, 31, 45):
            for cap in (10, 29, 50):
                page = Page(limit=limit, offset=offset, cursor=None)
                rows, nxt = page_rows(session.scalars(keyset(stmt, NEWEST, page)).all(), NEWEST, page)
                statements.clear()
                assert page_total(session, stmt, page, rows, nxt, cap=cap) == capped_count(session, stmt, cap=cap), (limit, offset, cap)
                counted = len(statements) == 2  # page_total's count (if any), then capped_count's
                assert counted == (nxt is not None or (not rows and offset > 0)), (limit, offset, cap)
    page = Page(limit=5, offset=0, cursor=encode_cursor(NEWEST, [T0, 3]))
    rows, nxt = page_rows(session.scalars(keyset(stmt, NEWEST, page)).all(), NEWEST, page)
    statements.clear()
    assert page_total(session, stmt, page, rows, nxt) == capped_count(session, stmt)
    assert len(statements) == 2, "a cursor page does not know how many rows came before it: counted"
