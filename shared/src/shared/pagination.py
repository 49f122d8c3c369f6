"""One bounded pagination dependency for every list (offset/limit or page/size): out-of-range values are 422, never a database overflow."""

from dataclasses import dataclass
from typing import Annotated, Any, Generic, TypeVar

from fastapi import Depends, Query
from pydantic import BaseModel, Field

T = TypeVar("T")

# Deeper than any list the platform serves, far below a 64-bit overflow (9223372036854775808 was a 500).
MAX_OFFSET = 1_000_000
MAX_PAGE = 10_000


@dataclass(frozen=True)
class Page:
    """A validated window of a list: skip `offset` rows, return at most `limit`."""

    limit: int
    offset: int

    @property
    def number(self) -> int:
        """The page number (from 1) of a numbered page."""
        return self.offset // self.limit + 1

    def window(self, rows: list[Any]) -> list[Any]:
        """The same window over an in-memory list."""
        return rows[self.offset : self.offset + self.limit]


def offset_page(default: int = 50, maximum: int = 100) -> Any:
    """`limit`/`offset` query parameters, bounded: limit 1..maximum, offset 0..MAX_OFFSET."""

    def _page(
        limit: Annotated[int, Query(ge=1, le=maximum, description=f"Page size, at most {maximum}")] = default,
        offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description=f"Rows to skip, at most {MAX_OFFSET}")] = 0,
    ) -> Page:
        return Page(limit=limit, offset=offset)

    return Annotated[Page, Depends(_page)]


def numbered_page(default: int = 20, maximum: int = 100, size_name: str = "size") -> Any:
    """`page` (from 1) and a page-size parameter named `size_name`, bounded: page 1..MAX_PAGE, size 1..maximum."""

    def _page(
        page: Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Page number from 1, at most {MAX_PAGE}")] = 1,
        size: Annotated[int, Query(alias=size_name, ge=1, le=maximum, description=f"Page size, at most {maximum}")] = default,
    ) -> Page:
        return Page(limit=size, offset=(page - 1) * size)

    return Annotated[Page, Depends(_page)]


class Paginated(BaseModel, Generic[T]):
    """The one envelope of every list (issue 16): a page of items and where it sits in the whole list.

    Each list names its own subclass, so clients get a readable type:
    `class DeclarationList(Paginated[DeclarationSummary])` with a docstring.
    """

    items: list[T] = Field(description="This page's rows, in the list's stated order")
    total: int = Field(description="Rows matching the filters, over all pages")
    limit: int = Field(description="The page size asked for (the last page may hold fewer)")
    offset: int = Field(description="Rows skipped before this page")

    @classmethod
    def of(cls, items: list[Any], total: int, page: Page) -> Any:
        """The envelope for a window `page` of a list of `total` rows."""
        return cls(items=items, total=total, limit=page.limit, offset=page.offset)
