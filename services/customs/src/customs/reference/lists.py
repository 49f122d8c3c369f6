"""Reference lists: their CSV schemas, parsing, and the immutable in-memory snapshot the engine reads (pure, no I/O)."""

from __future__ import annotations

import csv
import hashlib
import io
import re
from dataclasses import dataclass, field
from typing import Any

from customs.reference.substances import SubstanceIndex, build_index, row_substances
from shared.text import normalize, search_key

# The lists, their required columns, and the columns holding names ("|"-separated alternatives).
LIST_SPECS: dict[str, dict[str, Any]] = {
    "substances": {
        "columns": ["substance", "name_fa", "names", "brands", "atc", "source"],
        "names": [],
        "title": "Substance index: INN (with salts), Persian spellings, misspellings and transliterations, Latin and Persian brands (issue 11)",
    },
    "combinations": {
        "columns": ["name", "names", "substances", "source"],
        "names": [],
        "title": "Combination products: each name resolves to every substance in it",
    },
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
# The lists keyed by substance (issue 11): the column naming the row's substance, then its other names.
SUBSTANCE_LISTS: dict[str, str] = {
    "formulary": "generic_en",
    "controlled": "name_en",
    "doping": "name_en",
    "abortifacients": "name_en",
    "recalls": "name_en",
    "high_value": "name_en",
    "shortage": "name_en",
}
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
            [{"field": "header", "message": f"missing column {c}", "message_fa": f"ستون {c} وجود ندارد"} for c in missing],
        )
    rows: list[dict[str, str]] = []
    errors: list[dict[str, str]] = []
    for i, raw in enumerate(reader, start=2):
        if len(rows) >= MAX_ROWS:
            raise ReferenceFormatError(
                f"At most {MAX_ROWS} rows per list.", [{"field": "body", "message": f"more than {MAX_ROWS} rows", "message_fa": f"بیش از {MAX_ROWS} ردیف"}]
            )
        row = {k.strip(): normalize(v or "") for k, v in raw.items() if k is not None}
        if not any(row.values()):
            continue
        if not row.get("source"):
            errors.append(
                {"field": f"row {i}.source", "message": "every row needs its source (provenance)", "message_fa": "هر ردیف باید منبع خود (source) را داشته باشد"}
            )
        names = spec["names"]
        if names and not any(row.get(n) for n in names):
            errors.append({"field": f"row {i}", "message": "a row needs at least one name", "message_fa": "هر ردیف دست‌کم یک نام لازم دارد"})
        if list_name == "substances" and not row.get("substance"):
            errors.append(
                {"field": f"row {i}.substance", "message": "a row needs its substance (INN)", "message_fa": "هر ردیف باید ماده خود (نام INN) را داشته باشد"}
            )
        if list_name == "combinations" and (not row.get("name") or len(split(row.get("substances"))) < 2):
            errors.append(
                {"field": f"row {i}.substances", "message": "a combination names at least two substances", "message_fa": "هر ترکیب دست‌کم دو ماده را نام می‌برد"}
            )
        if list_name == "customs_offices" and not row.get("code"):
            errors.append({"field": f"row {i}.code", "message": "a customs office needs a code", "message_fa": "هر اداره گمرک کد لازم دارد"})
        if list_name == "regenerative_products":
            if row.get("kind") not in X3_KINDS:
                errors.append(
                    {
                        "field": f"row {i}.kind",
                        "message": f"kind must be one of {', '.join(X3_KINDS)}",
                        "message_fa": f"kind باید یکی از این‌ها باشد: {'، '.join(X3_KINDS)}",
                    }
                )
            if row.get("certain", "").lower() not in YES | NO:
                errors.append(
                    {
                        "field": f"row {i}.certain",
                        "message": "certain must be yes (the name is that kind of product) or no (it may be)",
                        "message_fa": "certain باید yes (این نام همان نوع فرآورده است) یا no (ممکن است باشد) باشد",
                    }
                )
        if list_name == "export_small_quantity":
            if not re.fullmatch(r"\d+", row.get("max_count", "")):
                errors.append({"field": f"row {i}.max_count", "message": "max_count must be a whole number", "message_fa": "max_count باید عدد صحیح باشد"})
            if row.get("counted_in") not in ("packs", "units"):
                errors.append(
                    {
                        "field": f"row {i}.counted_in",
                        "message": "counted_in must be packs or units",
                        "message_fa": "counted_in باید packs (بسته) یا units (واحد) باشد",
                    }
                )
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
    substances: SubstanceIndex = field(default_factory=SubstanceIndex)
    row_subs: dict[str, tuple[frozenset[str], ...]] = field(default_factory=dict)  # list -> each row's substances
    by_substance: dict[str, dict[str, tuple[int, ...]]] = field(default_factory=dict)  # list -> substance -> rows
    x3_index: SubstanceIndex = field(default_factory=SubstanceIndex)  # regenerative products: name -> row numbers

    def match_lists(self, subs: list[str] | frozenset[str]) -> dict[str, list[dict[str, str]]]:
        """Rows of every substance-keyed list the substances name (a row matches when the item has all its substances)."""
        have = frozenset(subs)
        out: dict[str, list[dict[str, str]]] = {}
        for name, by_sub in self.by_substance.items():
            hits = sorted({i for s in have for i in by_sub.get(s, ())})
            out[name] = [self.lists[name][i] for i in hits if self.row_subs[name][i] <= have]
        return out

    def covered_by(self, list_name: str, subs: list[str]) -> bool:
        """Whether every substance is in some row of the list that the item fully contains (a combination is in the
        formulary only when each of its substances is)."""
        have = frozenset(subs)
        rows = self.by_substance.get(list_name, {})
        return all(any(self.row_subs[list_name][i] <= have for i in rows.get(s, ())) for s in have)

    def x3_match(self, *token_lists: list[str]) -> list[dict[str, str]]:
        """Regenerative-product rows named by the tokens (whole tokens, or a token beginning with a long name)."""
        rows = self.lists.get("regenerative_products", [])
        found: list[str] = []
        for toks in token_lists:
            self.x3_index.resolve_tokens(toks, found)
        return [rows[int(i)] for i in sorted({int(x) for x in found})]

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
                small[f] = {
                    "group": r["group"],
                    "max_count": int(r["max_count"]),
                    "counted_in": r["counted_in"],
                    "forms": split(r["forms"]),
                    "note": r.get("note", ""),
                }
        subs_idx = build_index(lists.get("substances", []), lists.get("combinations", []))
        row_subs: dict[str, tuple[frozenset[str], ...]] = {}
        by_sub: dict[str, dict[str, tuple[int, ...]]] = {}
        for name, primary in SUBSTANCE_LISTS.items():
            rows = lists.get(name, [])
            others = [c for c in LIST_SPECS[name]["names"] if c != primary]
            row_subs[name] = tuple(row_substances(subs_idx, r.get(primary, ""), [n for c in others for n in split(r.get(c))]) for r in rows)
            acc: dict[str, list[int]] = {}
            for i, ss in enumerate(row_subs[name]):
                for s in ss:
                    acc.setdefault(s, []).append(i)
            by_sub[name] = {k: tuple(v) for k, v in acc.items()}
        x3 = SubstanceIndex(prefix=True)
        for i, r in enumerate(lists.get("regenerative_products", [])):
            x3.add([n for c in LIST_SPECS["regenerative_products"]["names"] for n in split(r.get(c))], [str(i)])
        return cls(
            lists=lists,
            versions=versions,
            indexes=indexes,
            offices=offices,
            dosage_forms=forms,
            small_quantity=small,
            substances=subs_idx,
            row_subs=row_subs,
            by_substance=by_sub,
            x3_index=x3,
        )

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
