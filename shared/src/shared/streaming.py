"""Streaming downloads (issue 18): a CSV is written while it is read from the database, in constant memory.

The request's own session ends when the route returns, before a streamed body is sent; the rows are read in
a session of their own, opened when the body starts and closed when it ends (or the client goes away).
`rows(session)` is the service's generator of CSV rows (lists of cells), typically over a query executed
with `execution_options(yield_per=...)`, so the driver fetches in batches (a server-side cursor on PostgreSQL).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from typing import Any

from fastapi.responses import StreamingResponse
from sqlalchemy.orm import Session

from shared.http import content_disposition

BOM = "\ufeff"  # Excel reads UTF-8 (Persian) only with it
CHUNK_ROWS = 500


def csv_chunks(rows: Iterator[list[Any]], chunk_rows: int = CHUNK_ROWS) -> Iterator[bytes]:
    """UTF-8 CSV text (with BOM) of `rows`, in chunks of `chunk_rows` rows."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    buffer.write(BOM)
    for n, row in enumerate(rows, start=1):
        writer.writerow(row)
        if n % chunk_rows == 0:
            yield buffer.getvalue().encode("utf-8")
            buffer.seek(0)
            buffer.truncate()
    if buffer.tell():
        yield buffer.getvalue().encode("utf-8")


def stream_csv(
    sessionmaker: Callable[[], Session], rows: Callable[[Session], Iterator[list[Any]]], filename: str, headers: dict[str, str] | None = None
) -> StreamingResponse:
    """A text/csv download of `rows(session)`, read in its own session while it is sent."""

    def body() -> Iterator[bytes]:
        with sessionmaker() as session:
            yield from csv_chunks(rows(session))

    return StreamingResponse(body(), media_type="text/csv; charset=utf-8", headers={"Content-Disposition": content_disposition(filename), **(headers or {})})
