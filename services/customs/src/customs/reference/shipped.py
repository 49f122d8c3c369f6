"""The reference lists shipped with the service (src/customs/data/*.csv), read once at start-up."""

from __future__ import annotations

from importlib import resources

from customs.reference.lists import LIST_SPECS, ReferenceData, parse_csv, rows_digest


def read_shipped(name: str) -> str:
    return resources.files("customs.data").joinpath(f"{name}.csv").read_text(encoding="utf-8")


def shipped_reference() -> ReferenceData:
    """Every list from the shipped CSV files; each list's version is `shipped-<digest>`."""
    lists, versions = {}, {}
    for name in LIST_SPECS:
        rows = parse_csv(name, read_shipped(name))
        lists[name] = rows
        versions[name] = f"shipped-{rows_digest(rows)}"
    return ReferenceData.build(lists, versions)
