"""ICD-10 codes as a hierarchy (OFL-R-ICD): categories with their descendants, explicit exclusions, and
diagnoses less specific than a category recognised as such.

The code set is ICD-10-CM from the maintained `simple-icd-10-cm` package (CDC/NCHS data). Importing that
package parses the whole classification (2.4-5 s and ~200 MB per process), so the service ships what it
needs from it in a compact file, `data/icd10cm.tsv.gz` (code, parent, description; ~0.8 MB, loaded in
~0.3 s), regenerated from the installed package with `python -m offlabel.icd10 build`; a test checks
that the shipped file is exactly what the locked package version gives. The hierarchy is the package's:
a code is matched by what it is, not by its spelling. WHO ICD-10 codes that ICD-10-CM does not have
(e.g. H36.0) are `unknown`: the engine asks for the ICD-10-CM code instead of guessing.
"""

from __future__ import annotations

import gzip
import sys
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Literal

CODE_SET = "ICD-10-CM"
DATA_FILE = "icd10cm.tsv.gz"

Relation = Literal["within", "excluded", "broader", "outside", "unknown"]


@lru_cache(maxsize=1)
def _table() -> tuple[str, dict[str, tuple[str, str]]]:
    """(the code set's origin line, code -> (parent, description)) from the shipped file."""
    raw = gzip.decompress(resources.files("offlabel.data").joinpath(DATA_FILE).read_bytes()).decode("utf-8")
    header, _, body = raw.partition("\n")
    table: dict[str, tuple[str, str]] = {}
    for line in body.split("\n"):
        code, parent, desc = line.split("\t", 2)
        table[code] = (parent, desc)
    return header.removeprefix("# ").strip(), table


def origin() -> str:
    """Where the code set comes from (package and version), as recorded in the shipped file."""
    return _table()[0]


def known(code: str) -> bool:
    """Whether the code is a category, subcategory or code of the code set (blocks and chapters are not codes)."""
    return code in _table()[1]


def description(code: str) -> str | None:
    hit = _table()[1].get(code)
    return hit[1] if hit else None


@lru_cache(maxsize=262144)
def _under(code: str, category: str) -> bool:
    """code is the category itself or one of its descendants (both known)."""
    table = _table()[1]
    seen = 0
    while code != category and code in table and seen < 10:
        parent = table[code][0]
        if parent == code:
            break
        code, seen = parent, seen + 1
    return code == category


def is_within(code: str, category: str) -> bool:
    return known(code) and known(category) and _under(code, category)


def relation(code: str, includes: Sequence[str], excludes: Sequence[str] = ()) -> Relation:
    """Where a diagnosis stands against a set of categories with exclusions (OFL-R-ICD).

    within   the code is one of the categories or a descendant, and not under an exclusion;
    excluded the code is under an included category but also under an exclusion;
    broader  the code is an ancestor of an included category: it includes conditions the set does not
             cover, so the specific code must be asked for (never treated as a match);
    outside  none of these;
    unknown  the code is not in the code set.
    """
    if not known(code):
        return "unknown"
    if any(is_within(code, c) for c in includes):
        return "excluded" if any(is_within(code, x) for x in excludes) else "within"
    if any(is_within(c, code) for c in includes):
        return "broader"
    return "outside"


def unknown_codes(codes: Sequence[str]) -> list[str]:
    return [c for c in codes if not known(c)]


# ------------------------------------------------------------------ building the shipped file


def build() -> bytes:
    """The shipped file's bytes, from the installed simple-icd-10-cm package (deterministic: gzip mtime 0)."""
    import warnings
    from importlib.metadata import version

    with warnings.catch_warnings():  # the package reads its data with importlib.resources' deprecated helpers
        warnings.simplefilter("ignore", DeprecationWarning)
        import simple_icd_10_cm as cm

    rows = [f"# simple-icd-10-cm {version('simple-icd-10-cm')} ({CODE_SET}, CDC/NCHS); columns: code, parent, description"]
    for c in cm.get_all_codes(True):
        if cm.is_category_or_subcategory(c) or cm.is_extended_subcategory(c):
            rows.append(f"{c}\t{cm.get_parent(c)}\t{cm.get_description(c)}")
    return gzip.compress("\n".join(rows).encode("utf-8"), compresslevel=9, mtime=0)


def main(argv: list[str] | None = None) -> int:
    """`python -m offlabel.icd10 build`: regenerate data/icd10cm.tsv.gz from the installed package."""
    args = sys.argv[1:] if argv is None else argv
    if args != ["build"]:
        print("usage: python -m offlabel.icd10 build", file=sys.stderr)
        return 2
    target = Path(__file__).resolve().parent / "data" / DATA_FILE
    target.write_bytes(build())
    print(f"wrote {target} ({target.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
