"""Pagination for every list (issue 16's one envelope, issue 18's keyset cursor): bounded, and the same cost per page
at 1k and 1M rows.

A list is read in a stated order ending with a unique column (`Order`); a page is `limit` rows after the
position an opaque cursor names (`WHERE (order columns) > (the last row's values)`), so a deep page costs what
the first one does and rows added meanwhile are neither skipped nor repeated. `offset` (and `page`) stay for
clients that need them, bounded at MAX_OFFSET. The total is counted up to TOTAL_CAP: `total_capped` says
"more than 1,000" instead of counting a million rows on every page.
"""

import base64
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated, Any, Generic, TypeVar

from fastapi import Depends, Query
from pydantic import BaseModel, Field
from sqlalchemy import Select, and_, func, or_, select, tuple_
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnElement

from shared.errors import ValidationProblem

T = TypeVar("T")

# Offsets are the slow path (the database reads and drops every skipped row): bounded well below a list's size
# at national volume; deeper, the cursor. Far below a 64-bit overflow (9223372036854775808 was a 500).
MAX_OFFSET = 10_000
MAX_PAGE = 1_000
TOTAL_CAP = 1_000  # a count that stops here costs the same at 1k and 1M rows (bench/scale); "more than 1,000"
MAX_CURSOR = 512  # characters: a cursor holds a few values of one row (~150); 512 of the widest UTF-8 stay under 8 KB of URL (HAProxy and uvicorn refuse a request line over their buffers with a bare 400)


@dataclass(frozen=True)
class Page:
    """A validated window of a list: after `cursor` (or skipping `offset` rows), at most `limit` rows."""

    limit: int
    offset: int = 0
    cursor: str | None = None

    @property
    def number(self) -> int:
        """The page number (from 1) of a numbered page."""
        return self.offset // self.limit + 1

    def window(self, rows: list[Any]) -> list[Any]:
        """The same window over an in-memory list (small, bounded lists only)."""
        return rows[self.offset : self.offset + self.limit]


def _cursor_param() -> Any:
    return Query(max_length=MAX_CURSOR, description="The `next` of the previous page (opaque); leave out for the first page")


def _check(cursor: str | None, offset: int) -> None:
    if cursor is not None and offset:
        raise ValidationProblem(
            "Send either cursor or offset, not both.",
            detail_fa="فقط یکی از cursor یا offset را بفرستید.",
            errors=[{"field": "query.cursor", "message": "not with offset", "message_fa": "همراه offset مجاز نیست"}],
        )


def offset_page(default: int = 50, maximum: int = 100) -> Any:
    """`limit`, `cursor` (the previous page's `next`) or a bounded `offset` (0..MAX_OFFSET)."""

    async def _page(
        limit: Annotated[int, Query(ge=1, le=maximum, description=f"Page size, at most {maximum}")] = default,
        offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description=f"Rows to skip, at most {MAX_OFFSET} (deeper: use the cursor)")] = 0,
        cursor: Annotated[str | None, _cursor_param()] = None,
    ) -> Page:
        _check(cursor, offset)
        return Page(limit=limit, offset=offset, cursor=cursor)

    return Annotated[Page, Depends(_page)]


def numbered_page(default: int = 20, maximum: int = 100, size_name: str = "size") -> Any:
    """`page` (from 1, at most MAX_PAGE) and a page-size parameter named `size_name`, or `cursor`."""

    async def _page(
        page: Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Page number from 1, at most {MAX_PAGE} (deeper: use the cursor)")] = 1,
        size: Annotated[int, Query(alias=size_name, ge=1, le=maximum, description=f"Page size, at most {maximum}")] = default,
        cursor: Annotated[str | None, _cursor_param()] = None,
    ) -> Page:
        offset = (page - 1) * size
        _check(cursor, offset)
        return Page(limit=size, offset=offset, cursor=cursor)

    return Annotated[Page, Depends(_page)]


class Paginated(BaseModel, Generic[T]):
    """The one envelope of every list (issue 16), with a cursor to the next page (issue 18).

    Each list names its own subclass, so clients get a readable type:
    `class DeclarationList(Paginated[DeclarationSummary])` with a docstring.
    """

    items: list[T] = Field(description="This page's rows, in the list's stated order")
    total: int = Field(description=f"Rows matching the filters over all pages, counted up to {TOTAL_CAP:,}")
    total_capped: bool = Field(False, description=f"True when more than {TOTAL_CAP:,} rows match (`total` is then {TOTAL_CAP:,})")
    limit: int = Field(description="The page size asked for (the last page may hold fewer)")
    offset: int = Field(description="Rows skipped before this page (0 when paging by cursor)")
    next: str | None = Field(None, description="Opaque cursor of the next page: send it back as `cursor`; null on the last page")

    @classmethod
    def of(cls, items: list[Any], total: int | tuple[int, bool], page: Page, next: str | None = None) -> Any:
        """The envelope for a page of a list of `total` rows (an int, or `capped_count`'s (total, capped))."""
        count, capped = total if isinstance(total, tuple) else (total, False)
        return cls(items=items, total=count, total_capped=capped, limit=page.limit, offset=page.offset, next=next)


# ---------------------------------------------------------------------------------------- keyset


@dataclass(frozen=True)
class Order:
    """A list's stated order: columns with their direction, the last one unique (the tie-breaker).

    `name` goes into the cursor, so a cursor of another list or order is refused, not misread.
    """

    name: str
    columns: tuple[tuple[Any, bool], ...]  # (column, descending)

    def clauses(self) -> list[Any]:
        return [c.desc() if desc else c.asc() for c, desc in self.columns]

    def after(self, values: Sequence[Any]) -> ColumnElement[bool]:
        """Rows strictly after the row whose order values are `values`."""
        cols = [c for c, _ in self.columns]
        directions = {desc for _, desc in self.columns}
        if len(directions) == 1:  # one direction: a row-value comparison, which an index on the columns serves
            left, right = tuple_(*cols), tuple_(*values)
            return left < right if directions == {True} else left > right
        ors = []
        for i, (col, desc) in enumerate(self.columns):
            equal = [c == v for (c, _), v in zip(self.columns[:i], values[:i], strict=True)]
            ors.append(and_(*equal, col < values[i] if desc else col > values[i]))
        return or_(*ors)

    def values_of(self, row: Any) -> list[Any]:
        """The order values of an ORM row (by column key)."""
        return [getattr(row, c.key) for c, _ in self.columns]


def _encode(value: Any) -> Any:
    if isinstance(value, datetime):
        return {"t": value.isoformat()}
    if isinstance(value, date):
        return {"d": value.isoformat()}
    if isinstance(value, Decimal):
        return {"n": str(value)}
    return value


def _decode(value: Any) -> Any:
    if isinstance(value, dict) and len(value) == 1:
        ((kind, text),) = value.items()
        parsers: dict[str, Callable[[str], Any]] = {"t": datetime.fromisoformat, "d": date.fromisoformat, "n": Decimal}
        return parsers[kind](text)
    if isinstance(value, (str, int, float, bool)) or value is None:
        return value
    raise ValueError("not a cursor value")


def encode_cursor(order: Order, values: Sequence[Any]) -> str:
    raw = json.dumps({"o": order.name, "v": [_encode(v) for v in values]}, separators=(",", ":"), ensure_ascii=False)
    return base64.urlsafe_b64encode(raw.encode("utf-8")).decode("ascii").rstrip("=")


def decode_cursor(order: Order, cursor: str) -> list[Any]:
    """The order values a cursor names; 422 for a cursor that is not one of this list's."""
    try:
        raw = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)).decode("utf-8"))
        if raw["o"] != order.name or len(raw["v"]) != len(order.columns):
            raise ValueError("another list's cursor")
        return [_decode(v) for v in raw["v"]]
    except (ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError) as exc:
        raise ValidationProblem(
            "The cursor is not one this list gave out (send the `next` of the previous page as it is).",
            detail_fa="این cursor از این فهرست نیست؛ مقدار next صفحه قبل را بی‌تغییر بفرستید.",
            errors=[{"field": "query.cursor", "message": "invalid cursor", "message_fa": "cursor نامعتبر است"}],
        ) from exc


def keyset(stmt: Select[Any], order: Order, page: Page) -> Select[Any]:
    """`stmt` in the list's order, from the cursor's position (or the bounded offset), one row more than the page."""
    if page.cursor is not None:
        stmt = stmt.where(order.after(decode_cursor(order, page.cursor)))
    elif page.offset:
        stmt = stmt.offset(page.offset)
    return stmt.order_by(*order.clauses()).limit(page.limit + 1)


def page_rows(rows: Sequence[Any], order: Order, page: Page, values_of: Callable[[Any], Sequence[Any]] | None = None) -> tuple[list[Any], str | None]:
    """This page's rows (of `keyset`'s limit + 1) and the cursor of the next page, None on the last."""
    rows = list(rows)
    if len(rows) <= page.limit:
        return rows, None
    rows = rows[: page.limit]
    return rows, encode_cursor(order, (values_of or order.values_of)(rows[-1]))


def capped_count(session: Session, stmt: Select[Any], cap: int = TOTAL_CAP) -> tuple[int, bool]:
    """Rows `stmt` matches, counted up to `cap` (a bounded read however large the table): (total, more than cap)."""
    sub = stmt.order_by(None).limit(cap + 1).subquery()
    n = int(session.execute(select(func.count()).select_from(sub)).scalar_one())
    return min(n, cap), n > cap


def page_total(session: Session, stmt: Select[Any], page: Page, rows: Sequence[Any], next_cursor: str | None, cap: int = TOTAL_CAP) -> tuple[int, bool]:
    """`capped_count` of a list whose page `rows` (with `next_cursor`, from `page_rows`) was just read, without the count
    when the page itself shows the total: an offset page (no cursor) that is the last and not past the end holds the
    list's last rows, so the total is its offset plus its rows (most lists of one physician, agency or centre fit in
    their first page: one statement instead of two, issue 17)."""
    if page.cursor is None and next_cursor is None and (rows or not page.offset):
        n = page.offset + len(rows)
        return min(n, cap), n > cap
    return capped_count(session, stmt, cap)


def page_list(items: Sequence[Any], name: str, key: Callable[[Any], Any], page: Page) -> tuple[list[Any], str | None]:
    """A page of a small list held in memory (reference data), already in its order with unique `key`s: the same
    cursor contract as `keyset` (the cursor names the last key given), so clients page every list one way."""
    start = page.offset
    if page.cursor is not None:
        (last,) = decode_cursor(Order(name, ((None, False),)), page.cursor)
        keys = [key(x) for x in items]
        start = keys.index(last) + 1 if last in keys else next((i for i, k in enumerate(keys) if str(k) > str(last)), len(keys))
    rows = list(items[start : start + page.limit + 1])
    if len(rows) <= page.limit:
        return rows, None
    rows = rows[: page.limit]
    return rows, encode_cursor(Order(name, ((None, False),)), [key(rows[-1])])
