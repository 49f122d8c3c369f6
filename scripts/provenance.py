"""`make provenance`: which clauses of which letters the rules quote, the rules that quote them, their tests (SHR-PROV).

Prints, per letter: each clause quoted by at least one rule, with the quote, the rule ids that quote it and
the tests named by those ids; then the citations that rest on something else (interpretation, evidence,
configuration) per service; then the rule ids that appear in code but in no test's name or docstring.
Exits 1 when a `source` quote is not found in its letter (or a citation says nothing of what it rests on),
or when a service's rule-set version was not bumped after its rules changed.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
from collections import defaultdict
from pathlib import Path

from shared.catalogue import SERVICES, CatalogueEntry, check_entries, ruleset_lock_problem, service_catalogue
from shared.provenance import RegulationRegistry

ROOT = Path(__file__).resolve().parents[1]
RULE_ID = re.compile(r"\b(?:CUS|CLM|OFL|INS|SHR)-[A-Za-z0-9]+(?:\.[0-9]+)*\b|\bX[1-3]\b")
CODE_DIRS = ["shared/src", "gateway/src", *(f"services/{s}/src" for s in SERVICES)]


def slug(rule_id: str) -> str:
    """The form a rule id takes in a test name: CUS-6.3.1 -> cus_6_3_1."""
    return re.sub(r"[^a-z0-9]+", "_", rule_id.lower()).strip("_")


def collect_tests() -> list[tuple[str, str]]:
    """Every test function as (file::name, name + docstring text)."""
    tests: list[tuple[str, str]] = []
    for path in sorted(ROOT.glob("**/tests/**/test_*.py")):
        if ".venv" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith("test"):
                text = node.name + " " + (ast.get_docstring(node) or "")
                tests.append((f"{path.relative_to(ROOT)}::{node.name}", text))
    return tests


def tests_for(rule_id: str, tests: list[tuple[str, str]]) -> list[str]:
    """Tests whose name carries the rule id's slug as whole words, or whose docstring names the id."""
    name_re = re.compile(rf"(?:^|_){re.escape(slug(rule_id))}(?:_(?!\d)|\s|$)")
    return [t for t, text in tests if name_re.search(text.split(" ", 1)[0]) or re.search(rf"\b{re.escape(rule_id)}\b(?![.\d])", text)]


def code_rule_ids() -> set[str]:
    """Rule ids named in the code and data of every member (comments included)."""
    ids: set[str] = set()
    for d in CODE_DIRS:
        for path in (ROOT / d).glob("**/*"):
            if path.suffix in {".py", ".yaml", ".yml", ".csv"} and "migrations" not in path.parts:
                ids.update(RULE_ID.findall(path.read_text(encoding="utf-8", errors="replace")))
    return ids


def print_letters(entries: list[CatalogueEntry], registry: RegulationRegistry, tests: list[tuple[str, str]]) -> None:
    """Per letter: each quoted clause, the rules that quote it, and their tests."""
    by_letter: dict[str, dict[tuple[str, str], set[str]]] = defaultdict(lambda: defaultdict(set))
    for e in entries:
        if e.citation.authority == "source" and e.citation.number:
            key = registry.find(e.citation.number).number if registry.find(e.citation.number) else e.citation.number
            by_letter[key][(e.citation.clause or "-", e.citation.quote or "")].add(e.rule_id)
    for reg in registry.all():
        clauses = by_letter.get(reg.number)
        status = "text available" if reg.letter_text else "no text in the sources"
        print(f"\n## {reg.number} ({reg.date_jalali or 'undated'}) - {status}: {len(clauses or {})} clause(s) quoted")
        for (clause, quote), rule_ids in sorted((clauses or {}).items()):
            print(f"  - clause {clause}: «{quote[:90]}»")
            for rid in sorted(rule_ids):
                named = tests_for(rid, tests)
                print(f"      {rid}: {len(named)} test(s){': ' + ', '.join(n.split('::')[1] for n in named[:3]) if named else ' - NONE'}")


def print_other_authorities(per_service: dict[str, list[CatalogueEntry]]) -> None:
    """Counts of the citations that rest on something other than a clause, per service and authority."""
    print("\n## Citations resting on something other than a clause")
    for service, entries in per_service.items():
        counts: dict[str, int] = defaultdict(int)
        for e in entries:
            counts[e.citation.authority or "NONE"] += 1
        print(f"  {service}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quiet", action="store_true", help="print only problems and the summary")
    args = parser.parse_args(argv)
    registry = RegulationRegistry.load()
    if registry.sources_dir is None:
        print("provenance: the source documents are not available (../shared/seeds or REGPLAT_SOURCES_DIR)", file=sys.stderr)
        return 1
    problems: list[str] = []
    per_service: dict[str, list[CatalogueEntry]] = {}
    for service in SERVICES:
        found = service_catalogue(service)
        if found is None:
            problems.append(f"{service}: no {service}.provenance catalogue")
            continue
        entries, version, lock = found
        per_service[service] = entries
        problems.extend(f"{service}: {p}" for p in check_entries(entries, registry))
        lock_problem = ruleset_lock_problem(lock, version, entries)
        if lock_problem:
            problems.append(f"{service}: {lock_problem}")
    tests = collect_tests()
    everything = [e for entries in per_service.values() for e in entries]
    if not args.quiet:
        print(f"# Provenance coverage (sources: {registry.sources_dir}; registry {registry.version})")
        print_letters(everything, registry, tests)
        print_other_authorities(per_service)
    untested = sorted(rid for rid in code_rule_ids() if not tests_for(rid, tests))
    print(f"\n## Rule ids in code with no test named by them ({len(untested)})")
    print("  " + (", ".join(untested) if untested else "none"))
    print(f"\n{len(everything)} citations in {len(per_service)} catalogues, {len(tests)} tests; {len(problems)} problem(s)")
    for p in problems:
        print(f"  PROBLEM {p}")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
