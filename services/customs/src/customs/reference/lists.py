"""Reference lists: their CSV schemas, parsing, and the immutable in-memory snapshot the engine reads (pure, no I/O)."""

from __future__ import annotations

import csv
import hashlib
import io
import re
from dataclasses import dataclass, field
from typing import Any

from shared.text import normalize, search_key

# The lists, their required columns, and the columns holding names ("|"-separated alternatives).
LIST_SPECS: dict[str, dict[str, Any]] = {
    "formulary": {
        "columns": ["generic_en", "generic_fa", "brands", "synonyms", "dosage_forms", "atc", "source"],
        "names": ["generic_en", "generic_fa", "brands", "synonyms"],
        "title": "Starter national formulary (CUS-6.3)",
    },
    "controlled": {
        "columns": ["name_en", "name_fa", "synonyms", "brands", "class", "convention", "schedule", "in_annex_1", "annex_spelling", "source"],
        "names": ["name_en", "name_fa", "synonyms", "brands"],
        "title": "Controlled drugs: annex 1 of SOP-DPNA-GIO-020 and the UN conventions (CUS-6.3.1)",
    },
    "doping": {
        "columns": ["name_en", "name_fa", "synonyms", "brands", "wada_class", "source"],
        "names": ["name_en", "name_fa", "synonyms", "brands"],
        "title": "Doping/bodybuilding-abusable substances, WADA S1 and S2 (CUS-6.3.2)",
    },
    "abortifacients": {
        "columns": ["name_en", "name_fa", "synonyms", "brands", "class", "source"],
        "names": ["name_en", "name_fa", "synonyms", "brands"],
        "title": "Drugs usable for abortion (CUS-6.3)",
    },
    "recalls": {
        "columns": ["name_en", "name_fa", "batch", "authority", "date", "reference", "source"],
        "names": ["name_en", "name_fa"],
        "title": "Items declared unusable by national or international authorities (CUS-6.3.3)",
    },
    "regenerative_products": {
        "columns": ["name_en", "name_fa", "synonyms", "kind", "certain", "source"],
        "names": ["name_en", "name_fa", "synonyms"],
        "title": "Exosome, cell-therapy and regenerative products: customs asks inspections whether their import is permitted (SPEC X3)",
    },
    "high_value": {
        "columns": ["name_en", "name_fa", "kind", "source"],
        "names": ["name_en", "name_fa"],
        "title": "High-value and expensive drugs (CUS-6.4.3 note)",
    },
    "shortage": {
        "columns": ["name_en", "name_fa", "since", "source"],
        "names": ["name_en", "name_fa"],
        "title": "Drugs in shortage (CUS-6.4.3 note)",
    },
    "customs_offices": {
        "columns": ["code", "name_en", "name_fa", "city", "kind", "has_gio_representative", "source"],
        "names": [],
        "title": "Customs offices, with or without a GIO representative (CUS-5)",
    },
    "dosage_forms": {
        "columns": ["code", "name_en", "aliases", "source"],
        "names": [],
        "title": "Dosage forms accepted on items",
    },
    "export_small_quantity": {
        "columns": ["group", "forms", "max_count", "counted_in", "source", "note"],
        "names": [],
        "title": "Small quantities leaving without a permit, circular 8646/د (CUS-6.4.2)",
    },
}

MAX_ROWS = 20_000
YES = {"yes", "true", "1", "y", "بله"}
NO = {"no", "false", "0", "n", "خیر"}
X3_KINDS = ("exosome", "cell_therapy", "regenerative")  # the kinds inspections rules on (INS-R)


class ReferenceFormatError(ValueError):
    """A CSV that does not fit its list's schema; `errors` lists field paths and messages."""

    def __init__(self, message: str, errors: list[dict[str, str]]):
        super().__init__(message)
        self.errors = errors


def parse_csv(list_name: str, text: str) -> list[dict[str, str]]:
    """Rows of a list's CSV, checked against its schema (required columns, non-empty source, known codes)."""
    spec = LIST_SPECS[list_name]
    text = text.lstrip("\ufeff")
    reader = csv.DictReader(io.StringIO(text))
    header = [h.strip() for h in (reader.fieldnames or [])]
    missing = [c for c in spec["columns"] if c not in header]
    if missing:
        raise ReferenceFormatError(
            f"The CSV for {list_name} lacks the columns {', '.join(missing)}.",
            [{"field": "header", "message": f"missing column {c}"} for c in missing],
        )
    rows: list[dict[str, str]] = []
    errors: list[dict[str, str]] = []
    for i, raw in enumerate(reader, start=2):
        if len(rows) >= MAX_ROWS:
            raise ReferenceFormatError(f"At most {MAX_ROWS} rows per list.", [{"field": "body", "message": f"more than {MAX_ROWS} rows"}])
        row = {k.strip(): normalize(v or "") for k, v in raw.items() if k is not None}
        if not any(row.values()):
            continue
        if not row.get("source"):
            errors.append({"field": f"row {i}.source", "message": "every row needs its source (provenance)"})
        names = spec["names"]
        if names and not any(row.get(n) for n in names):
            errors.append({"field": f"row {i}", "message": "a row needs at least one name"})
        if list_name == "customs_offices" and not row.get("code"):
            errors.append({"field": f"row {i}.code", "message": "a customs office needs a code"})
        if list_name == "regenerative_products":
            if row.get("kind") not in X3_KINDS:
                errors.append({"field": f"row {i}.kind", "message": f"kind must be one of {', '.join(X3_KINDS)}"})
            if row.get("certain", "").lower() not in YES | NO:
                errors.append({"field": f"row {i}.certain", "message": "certain must be yes (the name is that kind of product) or no (it may be)"})
        if list_name == "export_small_quantity":
            if not re.fullmatch(r"\d+", row.get("max_count", "")):
                errors.append({"field": f"row {i}.max_count", "message": "max_count must be a whole number"})
            if row.get("counted_in") not in ("packs", "units"):
                errors.append({"field": f"row {i}.counted_in", "message": "counted_in must be packs or units"})
        rows.append(row)
    if errors:
        raise ReferenceFormatError(f"The CSV for {list_name} has {len(errors)} invalid rows.", errors[:50])
    return rows


def rows_digest(rows: list[dict[str, str]]) -> str:
    h = hashlib.sha256()
    for r in rows:
        h.update(repr(sorted(r.items())).encode("utf-8"))
    return h.hexdigest()[:10]


def split(value: str | None) -> list[str]:
    return [p.strip() for p in (value or "").split("|") if p.strip()]


_TOKEN_SPLIT = re.compile(r"[\s\-_.,/()+&:;®™*\[\]]+")
_HAS_DIGIT = re.compile(r"\d")


def name_candidates(*names: str | None) -> set[str]:
    """Search keys of every run of 1-3 words of the names (strength and numbers dropped), and of each whole name.

    "Alprazolam 0.5 mg tab", "آلپرازولام ۰٫۵", "Methyl phenidate" and "دی هیدروکدئین" all yield a key that
    matches the list entry, so a controlled substance or an exosome product is found wherever it stands in the name.
    Each word's key is computed once; a run's key is the concatenation of its words' keys (search_key drops
    spaces and punctuation, so this equals search_key of the run).
    """
    keys: set[str] = set()
    for name in names:
        if not name:
            continue
        text = normalize(name)
        whole = search_key(text)
        if whole:
            keys.add(whole)
        tks = [search_key(t) for t in _TOKEN_SPLIT.split(text) if t and not _HAS_DIGIT.search(t)]
        tks = [t for t in tks if t]
        n = len(tks)
        for i in range(n):
            k = tks[i]
            if len(k) >= 3:
                keys.add(k)
            for j in range(i + 1, min(n, i + 3)):
                k = k + tks[j]
                keys.add(k)
    return keys


@dataclass(frozen=True)
class NameIndex:
    """Rows of one list by the search keys of all their names (generic, Persian, brands, synonyms)."""

    rows: tuple[dict[str, str], ...]
    by_key: dict[str, tuple[int, ...]]
    substrings: tuple[tuple[str, int], ...] = ()

    @classmethod
    def build(cls, rows: list[dict[str, str]], name_columns: list[str], substring_match: bool = False) -> "NameIndex":
        by_key: dict[str, list[int]] = {}
        subs: list[tuple[str, int]] = []
        for i, r in enumerate(rows):
            for col in name_columns:
                for name in split(r.get(col)):
                    k = search_key(name)
                    if len(k) >= 3:
                        by_key.setdefault(k, [])
                        if i not in by_key[k]:
                            by_key[k].append(i)
                        if substring_match and len(k) >= 5:
                            subs.append((k, i))
        return cls(tuple(rows), {k: tuple(v) for k, v in by_key.items()}, tuple(subs))

    def match(self, candidates: set[str]) -> list[dict[str, str]]:
        """Every row one of the candidate keys names (and, for substring lists, any row whose key occurs inside one)."""
        hits: list[int] = []
        for k in self.by_key.keys() & candidates:
            for i in self.by_key[k]:
                if i not in hits:
                    hits.append(i)
        if self.substrings:
            joined = "\x00".join(candidates)  # one scan per key (keys never contain NUL): `sub in joined` == any(sub in c)
            for sub, i in self.substrings:
                if i not in hits and sub in joined:
                    hits.append(i)
        return [self.rows[i] for i in sorted(hits)]


@dataclass(frozen=True)
class ReferenceData:
    """One consistent snapshot of every list, with the version of each; what a decision records it used."""

    lists: dict[str, list[dict[str, str]]]
    versions: dict[str, str]
    indexes: dict[str, NameIndex] = field(default_factory=dict)
    offices: dict[str, dict[str, str]] = field(default_factory=dict)
    dosage_forms: dict[str, str] = field(default_factory=dict)  # alias key -> code
    small_quantity: dict[str, dict[str, Any]] = field(default_factory=dict)  # form code -> group row

    @property
    def version(self) -> str:
        """The combined version: a short hash over every list's version."""
        joined = ";".join(f"{k}={v}" for k, v in sorted(self.versions.items()))
        return "ref-" + hashlib.sha256(joined.encode()).hexdigest()[:12]

    @classmethod
    def build(cls, lists: dict[str, list[dict[str, str]]], versions: dict[str, str]) -> "ReferenceData":
        indexes = {
            name: NameIndex.build(rows, LIST_SPECS[name]["names"], substring_match=name in ("regenerative_products",))
            for name, rows in lists.items()
            if LIST_SPECS[name]["names"]
        }
        offices = {r["code"].upper(): r for r in lists.get("customs_offices", [])}
        forms: dict[str, str] = {}
        for r in lists.get("dosage_forms", []):
            for alias in [r["code"], r.get("name_en", ""), *split(r.get("aliases"))]:
                if alias:
                    forms[search_key(alias)] = r["code"]
        small: dict[str, dict[str, Any]] = {}
        for r in lists.get("export_small_quantity", []):
            for f in split(r.get("forms")):
                small[f] = {"group": r["group"], "max_count": int(r["max_count"]), "counted_in": r["counted_in"], "forms": split(r["forms"]), "note": r.get("note", "")}
        return cls(lists=lists, versions=versions, indexes=indexes, offices=offices, dosage_forms=forms, small_quantity=small)

    def with_list(self, name: str, rows: list[dict[str, str]], version: str) -> "ReferenceData":
        lists = {**self.lists, name: rows}
        versions = {**self.versions, name: version}
        return ReferenceData.build(lists, versions)

    def dosage_form_code(self, value: str) -> str | None:
        return self.dosage_forms.get(search_key(value))

    def office(self, code: str) -> dict[str, str] | None:
        return self.offices.get(normalize(code).upper())

    def office_has_gio(self, code: str) -> bool:
        o = self.office(code)
        return bool(o and o.get("has_gio_representative", "").lower() in YES)
