"""The letters' own text (SHR-PROV): read from a configured folder of source documents, never copied into the project.

The official documents the platform applies live beside the project (`../shared/seeds/`) or in the
folder named by `REGPLAT_SOURCES_DIR`. A regulation record names its seed file and, where one file
holds several letters, the first and last words of its own letter (`text_from`, `text_to`), so that a
quote is checked against that letter and not against its neighbours.
"""

from __future__ import annotations

import os
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

from shared.text import ZWNJ, normalize

SOURCES_ENV = "REGPLAT_SOURCES_DIR"
_SPACES = re.compile(r"\s+")
# Harakat and tatweel carry no meaning for matching a quote.
_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")


class SourceTextError(ValueError):
    """A regulation's text cannot be cut from its seed file (a marker is missing or out of order)."""


def match_form(value: str) -> str:
    """The form a quote and a letter are compared in: ی/ک, ASCII digits, ZWNJ as a space, one space per run (SHR-TEXT)."""
    value = normalize(unicodedata.normalize("NFC", value)).replace(ZWNJ, " ")
    value = _MARKS.sub("", value)
    return _SPACES.sub(" ", value).strip()


def default_sources_dir() -> Path | None:
    """REGPLAT_SOURCES_DIR, else `../shared/seeds` beside the project checkout (or the working directory), else None."""
    configured = os.environ.get(SOURCES_ENV)
    if configured:
        return Path(configured)
    project = Path(__file__).resolve().parents[3]
    for base in (project, Path.cwd(), *Path.cwd().parents[:2]):
        candidate = base.parent / "shared" / "seeds"
        if candidate.is_dir():
            return candidate
    return None


@lru_cache(maxsize=64)
def _read(path: str, mtime: float) -> str:
    return Path(path).read_text(encoding="utf-8")


def read_seed(sources_dir: Path | None, seed: str) -> str | None:
    """The text of one seed file, or None when the folder or the file is not there."""
    if sources_dir is None:
        return None
    path = (sources_dir / seed).resolve()
    if not path.is_file():
        return None
    return _read(str(path), path.stat().st_mtime)


def cut_letter(document: str, text_from: str | None, text_to: str | None) -> str:
    """The part of a seed document from the first marker to the end of the second, verbatim."""
    start = 0
    if text_from:
        start = document.find(text_from)
        if start < 0:
            raise SourceTextError(f"text_from {text_from[:40]!r} is not in the document")
    end = len(document)
    if text_to:
        at = document.find(text_to, start)
        if at < 0:
            raise SourceTextError(f"text_to {text_to[:40]!r} is not in the document after text_from")
        end = at + len(text_to)
    return document[start:end].strip()


def quote_in(text: str, quote: str) -> bool:
    """Whether a quote occurs in a letter's text, compared in match form."""
    q = match_form(quote)
    return bool(q) and q in match_form(text)
