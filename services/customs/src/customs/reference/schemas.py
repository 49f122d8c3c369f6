"""Answers of the reference-list routes (issue 16: every answer a named model)."""

from __future__ import annotations

import builtins
from typing import Any

from pydantic import BaseModel, Field

from shared.pagination import Paginated


class ReferenceListInfo(BaseModel):
    """One reference list and its current version."""

    list: str = Field(description="The list's name, as in /v1/reference/{list_name}")
    title: str
    version: str = Field(description="`shipped-…` for the list the service ships, `v<n>-…` after an upload")
    rows: int = Field(description="How many rows the list has")
    columns: builtins.list[str]


class ReferenceCatalogue(BaseModel):
    """The reference lists the engine uses, and the version of the whole set."""

    reference_version: str = Field(description="Names the set of list versions; stored with every decision")
    lists: builtins.list[ReferenceListInfo]


class ReferenceListPage(Paginated[dict[str, Any]]):
    """A page of one reference list's rows (each row: column -> value), with the list's version."""

    list: str
    title: str
    version: str
    reference_version: str
    columns: builtins.list[str] = Field(description="The list's columns, in CSV order")


class ReferenceUpload(BaseModel):
    """The new version of a list just loaded; stored decisions keep the version they used."""

    list: str
    version: str
    rows: int
    reference_version: str = Field(description="The new version of the whole set")
