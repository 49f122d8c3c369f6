"""ICD-10 codes as a hierarchy (OFL-R-ICD): categories with their descendants, explicit exclusions, and
diagnoses less specific than a category recognised as such.

The code set is ICD-10-CM as shipped by the maintained `simple-icd-10-cm` package (CDC/NCHS data); the
package is the only place the hierarchy comes from, so a code is matched by what it is, not by its
spelling. WHO ICD-10 codes that ICD-10-CM does not have (e.g. H36.0) are `unknown`: the engine asks for
the ICD-10-CM code instead of guessing.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from importlib.metadata import version
from typing import Literal

import simple_icd_10_cm as cm

CODE_SET = "ICD-10-CM"
CODE_SET_PACKAGE = f"simple-icd-10-cm {version('simple-icd-10-cm')}"

Relation = Literal["within", "excluded", "broader", "outside", "unknown"]


@lru_cache(maxsize=65536)
def known(code: str) -> bool:
    """Whether the code is a category, subcategory or code of the code set (blocks and chapters are not codes)."""
    try:
        return bool(cm.is_valid_item(code)) and (cm.is_category_or_subcategory(code) or cm.is_extended_subcategory(code))
    except (ValueError, KeyError):
        return False


@lru_cache(maxsize=65536)
def description(code: str) -> str | None:
    return cm.get_description(code) if known(code) else None


@lru_cache(maxsize=262144)
def _under(code: str, category: str) -> bool:
    """code is the category itself or one of its descendants (both must be known)."""
    return cm.remove_dot(code) == cm.remove_dot(category) or bool(cm.is_descendant(code, category))


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
