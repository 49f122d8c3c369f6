"""Checking provenance (SHR-PROV): every rule table's citations, and every decision's basis, against the letters.

Each service exposes `<service>.provenance.catalogue()`: one `CatalogueEntry` per citation its rule
tables and data files can produce. Tests and `make provenance` check that each entry says what it
rests on, that each `source` quote occurs in its letter's text, and that the rule-set version was
bumped when a rule's text, authority or quote changed (the `ruleset.lock` file of the service).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from shared.provenance import Citation, RegulationRegistry, authority_problems

BASIS_KEYS = ("basis", "citations")


@dataclass(frozen=True)
class CatalogueEntry:
    """One citation a service's rules can produce, with the rule id it belongs to and where it is defined."""

    rule_id: str
    citation: Citation
    where: str


def citation_problems(c: Citation, registry: RegulationRegistry, *, require_text: bool = True) -> list[str]:
    """What is wrong with one citation: no authority, a missing field, or a quote not in its letter."""
    label = f"{c.rule_id or c.clause or c.number}"
    if c.authority is None:
        return [f"{label}: says nothing of what it rests on (authority)"]
    problems = [f"{label}: {p}" for p in authority_problems(c)]
    if c.authority == "source" and c.quote:
        found = registry.quote_found(c.number, c.quote)
        if found is False:
            problems.append(f"{label}: quote {c.quote[:60]!r} is not in the text of {c.number}")
        elif found is None and require_text:
            problems.append(f"{label}: the text of {c.number} is not available to check the quote (sources: {registry.sources_dir})")
    return problems


def check_entries(entries: Iterable[CatalogueEntry], registry: RegulationRegistry, *, require_text: bool = True) -> list[str]:
    """Problems of every catalogue entry, each prefixed by where the rule is defined."""
    return [f"{e.where}: {p}" for e in entries for p in citation_problems(e.citation, registry, require_text=require_text)]


def walk_citations(payload: Any) -> Iterator[dict[str, Any]]:
    """Every citation object in a JSON answer: the items of any `basis` / `*_basis` / `citations` list, at any depth."""
    if isinstance(payload, dict):
        for key, value in payload.items():
            if isinstance(value, list) and (key in BASIS_KEYS or key.endswith("_basis")):
                yield from (item for item in value if isinstance(item, dict))
            yield from walk_citations(value)
    elif isinstance(payload, list):
        for item in payload:
            yield from walk_citations(item)


def check_payload(payload: Any, registry: RegulationRegistry) -> tuple[int, list[str]]:
    """How many citations a decision answer holds, and what is wrong with them (SHR-PROV)."""
    problems: list[str] = []
    count = 0
    for raw in walk_citations(payload):
        count += 1
        try:
            c = Citation.model_validate({k: v for k, v in raw.items() if k in Citation.model_fields})
        except ValidationError as exc:
            problems.append(f"{raw.get('clause') or raw.get('number')}: invalid citation: {exc.errors()[0]['msg']}")
            continue
        problems.extend(citation_problems(c, registry))
    return count, problems


def fingerprint(entries: Iterable[CatalogueEntry]) -> str:
    """A digest of what the rules say and rest on: changes when a rule's text, authority, quote or reason changes."""
    rows = sorted(
        json.dumps(
            [
                e.rule_id,
                e.where,
                e.citation.model_dump(
                    mode="json",
                    include={
                        "number",
                        "clause",
                        "text",
                        "text_fa",
                        "kind",
                        "authority",
                        "quote",
                        "reason",
                        "leans_on",
                        "evidence",
                    },
                ),
            ],
            ensure_ascii=False,
            sort_keys=True,
        )
        for e in entries
    )
    return hashlib.sha256("\n".join(rows).encode()).hexdigest()[:16]


def read_lock(path: Path) -> dict[str, str]:
    """The rule-set lock: each released rule-set version and the fingerprint of its rules."""
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def ruleset_lock_problem(path: Path, version: str, entries: Iterable[CatalogueEntry]) -> str | None:
    """Why the rule-set version does not match its rules (None: it does). A changed rule needs a new version."""
    recorded = read_lock(path).get(version)
    current = fingerprint(entries)
    if recorded is None:
        return f"rule-set version {version} is not recorded in {path.name}: run `make ruleset-lock` after bumping it"
    if recorded != current:
        return (
            f"the rules changed (fingerprint {current}, recorded {recorded} for {version}) but the rule-set version "
            f"was not bumped: bump it, then run `make ruleset-lock`"
        )
    return None


def record_lock(path: Path, version: str, entries: Iterable[CatalogueEntry]) -> bool:
    """Record the fingerprint of a new rule-set version; refuse to rewrite a released one. True when written."""
    lock = read_lock(path)
    current = fingerprint(entries)
    if lock.get(version) == current:
        return False
    if version in lock:
        raise ValueError(f"rule-set version {version} is already recorded with other rules: bump the version")
    lock[version] = current
    path.write_text(json.dumps(lock, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return True


SERVICES = ("customs", "claims", "offlabel", "inspections")


def service_catalogue(service: str) -> tuple[list[CatalogueEntry], str, Path] | None:
    """A service's catalogue, rule-set version and lock path, from `<service>.provenance` (None if it has none)."""
    import importlib

    try:
        mod = importlib.import_module(f"{service}.provenance")
    except ModuleNotFoundError:
        return None
    return list(mod.catalogue()), str(mod.RULESET_VERSION), Path(mod.LOCK_PATH)


def main(argv: list[str] | None = None) -> int:
    """`python -m shared.catalogue lock [service ...]`: record each service's rule-set version in its lock file."""
    import sys

    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] != "lock":
        print("usage: python -m shared.catalogue lock [customs|claims|offlabel|inspections ...]", file=sys.stderr)
        return 2
    status = 0
    for service in args[1:] or SERVICES:
        found = service_catalogue(service)
        if found is None:
            print(f"{service}: no {service}.provenance module")
            continue
        entries, version, path = found
        try:
            written = record_lock(path, version, entries)
            print(f"{service}: {version} {'recorded' if written else 'already recorded'} ({fingerprint(entries)})")
        except ValueError as exc:
            print(f"{service}: {exc}")
            status = 1
    return status


if __name__ == "__main__":
    raise SystemExit(main())
