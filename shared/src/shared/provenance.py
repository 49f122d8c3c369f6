"""Letter-number provenance and the regulation registry (SHR-PROV)."""

from __future__ import annotations

import hashlib
import re
import datetime as dt
from importlib import resources
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, computed_field

from shared.jalali import parse_date, to_jalali
from shared.text import normalize

_DOC_CODE = re.compile(r"^[A-Z]{2,}(?:-[A-Z0-9]+)+$")
_SPLIT = re.compile(r"\s*/\s*")
_PART = re.compile(r"^(?:\d+[\u0600-\u06FF]?|[\u0600-\u06FF]|\d+)$")
_DIGIT_LETTER = re.compile(r"^(\d+)([\u0600-\u06FF])$")


class InvalidLetterNumber(ValueError):
    """Text that is not a letter number or document code."""


class LetterNumber(BaseModel):
    """A letter number in canonical form, with the raw text it was read from (SHR-PROV)."""

    model_config = ConfigDict(frozen=True)

    canonical: str
    raw: str
    key: str

    def __str__(self) -> str:  # pragma: no cover - convenience
        return self.canonical


def parse_letter_number(raw: str, *, rtl_reversed: bool | None = None) -> LetterNumber:
    """Canonicalise a letter number or document code (SHR-PROV).

    Persian, Arabic-Indic and ASCII digits are accepted and letter suffixes (د, ص) kept.
    Text extracted from a right-to-left page shows the parts in reverse order with spaces
    around the slashes (`۲۶۴۰۶ / ۱۰ / ۱۰۰` is `100/10/26406`); that layout, or a lone
    letter in first place (`د/10262/400`), is read as reversed unless rtl_reversed says.
    """
    if not isinstance(raw, str) or not raw.strip():
        raise InvalidLetterNumber("a letter number must be non-empty text")
    text = normalize(raw)
    upper = text.upper().replace(" ", "")
    if _DOC_CODE.match(upper):
        return LetterNumber(canonical=upper, raw=raw, key=upper)
    parts = [p for p in _SPLIT.split(text)]
    if len(parts) < 1 or any(not _PART.match(p) for p in parts):
        raise InvalidLetterNumber(f"{raw!r} is not a letter number such as 100/10/74585 or 400/10262/د")
    if rtl_reversed is None:
        spaced = bool(re.search(r"\s/|/\s", text))
        letter_first = len(parts) > 1 and not parts[0][0].isdigit()
        rtl_reversed = (spaced and len(parts) > 1) or letter_first
    if rtl_reversed:
        parts = parts[::-1]
    if any(not p[0].isdigit() for p in parts[:-1]):
        raise InvalidLetterNumber(f"{raw!r}: only the last part of a letter number may be a letter")
    canonical = "/".join(parts)
    key_parts: list[str] = []
    for p in parts:
        m = _DIGIT_LETTER.match(p)
        key_parts.extend([m.group(1), m.group(2)] if m else [p])
    return LetterNumber(canonical=canonical, raw=raw, key="/".join(key_parts))


def letter_key(raw: str) -> str:
    """The lookup key of a letter number in any accepted form."""
    return parse_letter_number(raw).key


class Citation(BaseModel):
    """One element of a decision's basis: which letter and clause, and the rule applied (SHR-PROV)."""

    number: str
    date: dt.date | None = None
    clause: str | None = None
    text: str
    kind: Literal["rule", "warning", "note"] = "rule"
    issuer: str | None = None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def date_jalali(self) -> str | None:
        return to_jalali(self.date)


Basis = list[Citation]

RelationType = Literal["forwards", "references", "clarifies", "supersedes", "narrows", "registered_as", "annex_of", "implements"]


class Relation(BaseModel):
    type: RelationType
    target: str
    note: str | None = None


class Regulation(BaseModel):
    """A letter, circular or controlled document in the registry (SHR-PROV)."""

    number: str
    raw_number: str | None = None
    revision: str | None = None
    date: dt.date | None = None
    issuer: str
    issuer_fa: str | None = None
    subject: str
    subject_fa: str | None = None
    services: list[str] = Field(default_factory=list)
    relations: list[Relation] = Field(default_factory=list)
    effective: dt.date | None = None
    expiry: dt.date | None = None
    seed: str | None = None
    notes: str | None = None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def date_jalali(self) -> str | None:
        return to_jalali(self.date)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def effective_jalali(self) -> str | None:
        return to_jalali(self.effective)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def expiry_jalali(self) -> str | None:
        return to_jalali(self.expiry)

    def in_force(self, on: dt.date) -> bool:
        start = self.effective or self.date
        if start and on < start:
            return False
        return not (self.expiry and on > self.expiry)

    def cite(self, clause: str | None, text: str, kind: str = "rule") -> Citation:
        return Citation(number=self.number, date=self.date, clause=clause, text=text, kind=kind, issuer=self.issuer)


def _coerce(entry: dict) -> dict:
    out = dict(entry)
    for f in ("date", "effective", "expiry"):
        if out.get(f) not in (None, ""):
            out[f] = parse_date(str(out[f]))
    raw = str(out["number"])
    out["raw_number"] = out.get("raw_number") or raw
    out["number"] = parse_letter_number(raw, rtl_reversed=False).canonical
    out["relations"] = [
        {**r, "target": parse_letter_number(str(r["target"]), rtl_reversed=False).canonical} for r in out.get("relations") or []
    ]
    return out


class RegulationRegistry:
    """The regulations the platform applies, loaded from data files at start-up (SHR-PROV).

    A new letter is a new record in a YAML file: the shipped file plus any files in
    extra_paths (a file or a folder of *.yaml), without code changes.
    """

    def __init__(self, regulations: list[Regulation], version: str):
        self._by_key: dict[str, Regulation] = {}
        for r in regulations:
            key = letter_key(r.number)
            if key in self._by_key:
                raise ValueError(f"regulation {r.number} is defined twice")
            self._by_key[key] = r
        self.version = version

    @classmethod
    def load(cls, extra_paths: list[str | Path] | None = None) -> "RegulationRegistry":
        texts = [resources.files("shared.data").joinpath("regulations.yaml").read_text(encoding="utf-8")]
        for p in extra_paths or []:
            path = Path(p)
            files = sorted(path.glob("*.yaml")) if path.is_dir() else [path]
            texts.extend(f.read_text(encoding="utf-8") for f in files)
        regs: list[Regulation] = []
        for t in texts:
            for entry in (yaml.safe_load(t) or {}).get("regulations") or []:
                regs.append(Regulation.model_validate(_coerce(entry)))
        version = "reg-" + hashlib.sha256("\n".join(texts).encode()).hexdigest()[:12]
        return cls(regs, version)

    def all(self) -> list[Regulation]:
        return sorted(self._by_key.values(), key=lambda r: (r.date or dt.date.min, r.number))

    def find(self, number: str) -> Regulation | None:
        try:
            return self._by_key.get(letter_key(number))
        except InvalidLetterNumber:
            return None

    def get(self, number: str) -> Regulation:
        reg = self.find(number)
        if reg is None:
            raise KeyError(number)
        return reg

    def in_force(self, on: dt.date, service: str | None = None) -> list[Regulation]:
        return [r for r in self.all() if r.in_force(on) and (service is None or service in r.services)]

    def related(self, number: str) -> list[tuple[str, Regulation]]:
        """Regulations that point at this one (type, source), e.g. letters that forward or clarify it."""
        key = letter_key(number)
        return [(rel.type, r) for r in self.all() for rel in r.relations if letter_key(rel.target) == key]

    def cite(self, number: str, clause: str | None, text: str, kind: str = "rule") -> Citation:
        return self.get(number).cite(clause, text, kind)
