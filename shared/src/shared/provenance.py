"""Letter-number provenance and the regulation registry (SHR-PROV)."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, computed_field, model_validator

from shared.jalali import parse_date, to_jalali
from shared.text import normalize

CitationKind = Literal["rule", "warning", "note"]

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


Authority = Literal["source", "interpretation", "evidence", "configuration"]
AUTHORITIES: tuple[str, ...] = ("source", "interpretation", "evidence", "configuration")
MAX_QUOTE_CHARS = 400


class EvidenceRef(BaseModel):
    """A published clinical or scientific source a rule rests on (authority `evidence`)."""

    title: str
    doi: str | None = None
    url: str | None = None
    year: int | None = None

    @model_validator(mode="after")
    def _locatable(self) -> EvidenceRef:
        if not (self.doi or self.url):
            raise ValueError("evidence needs a DOI or a URL")
        return self


class ConfigurationRef(BaseModel):
    """Figures an office or administrator entered (authority `configuration`), and whether anyone confirmed them."""

    published_by: str
    published_at: dt.datetime | dt.date | None = None
    version: str | None = None
    confirmed: bool = False
    note: str | None = None


class Citation(BaseModel):
    """One element of a decision's basis: which letter and clause, the rule applied, and what it rests on (SHR-PROV).

    `authority` says what the rule rests on:
    - `source`: a clause of a letter; `quote` holds the letter's own words (verbatim, a sentence or less);
    - `interpretation`: the platform's reading where the letters are silent or ambiguous; `reason` says why,
      `leans_on` names the letters it leans on;
    - `evidence`: published clinical or scientific evidence (`evidence`: title, DOI or URL);
    - `configuration`: figures an office or administrator entered (`configuration`: who, when, confirmed).
    """

    number: str | None = None
    date: dt.date | None = None
    clause: str | None = None
    text: str
    text_fa: str | None = None
    kind: CitationKind = "rule"
    issuer: str | None = None
    rule_id: str | None = None
    # None only on citations stored before authorities existed (read back "as decided then"); every new
    # decision sets it, which each service's provenance walk over its real decision endpoints proves.
    authority: Authority | None = None
    quote: str | None = None
    reason: str | None = None
    leans_on: list[str] = Field(default_factory=list)
    evidence: list[EvidenceRef] = Field(default_factory=list)
    configuration: ConfigurationRef | None = None

    @computed_field  # type: ignore[prop-decorator]
    @property
    def date_jalali(self) -> str | None:
        return to_jalali(self.date)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def provisional(self) -> bool:
        """True when the citation rests on configured figures that nobody has confirmed."""
        return self.authority == "configuration" and not (self.configuration and self.configuration.confirmed)

    @model_validator(mode="after")
    def _rests_on_something(self) -> Citation:
        problems = authority_problems(self)
        if problems:
            raise ValueError("; ".join(problems))
        return self


def authority_problems(c: Citation) -> list[str]:
    """What a citation lacks for its authority (a source without a quote, an interpretation without a reason, ...)."""
    if c.authority == "source":
        if not c.number:
            return ["a source citation names its letter (number)"]
        if not c.quote or not c.quote.strip():
            return ["a source citation carries the letter's own words (quote)"]
        if len(c.quote) > MAX_QUOTE_CHARS:
            return [f"a quote is a sentence or less (at most {MAX_QUOTE_CHARS} characters)"]
    elif c.authority == "interpretation" and not (c.reason and c.reason.strip()):
        return ["an interpretation says why (reason)"]
    elif c.authority == "evidence" and not c.evidence:
        return ["an evidence citation names its published source (evidence)"]
    elif c.authority == "configuration" and c.configuration is None:
        return ["a configuration citation says who published the figures (configuration)"]
    return []


def source(
    number: str,
    quote: str,
    text: str,
    *,
    clause: str | None = None,
    text_fa: str | None = None,
    rule_id: str | None = None,
    kind: CitationKind = "rule",
    date: dt.date | None = None,
    issuer: str | None = None,
) -> Citation:
    """A citation resting on a clause of a letter, with the letter's own words."""
    return Citation(
        number=number, quote=quote, text=text, clause=clause, text_fa=text_fa, rule_id=rule_id, kind=kind, date=date, issuer=issuer, authority="source"
    )


def interpretation(
    text: str,
    reason: str,
    *,
    leans_on: list[str] | None = None,
    number: str | None = None,
    clause: str | None = None,
    text_fa: str | None = None,
    rule_id: str | None = None,
    kind: CitationKind = "rule",
    date: dt.date | None = None,
    issuer: str | None = None,
) -> Citation:
    """A citation resting on the platform's reading of the letters, with its reason."""
    return Citation(
        number=number,
        text=text,
        reason=reason,
        leans_on=leans_on or [],
        clause=clause,
        text_fa=text_fa,
        rule_id=rule_id,
        kind=kind,
        date=date,
        issuer=issuer,
        authority="interpretation",
    )


def basis_provisional(basis: list[Citation]) -> list[str]:
    """Why a decision is provisional: one line per citation resting on unconfirmed configuration (empty: final)."""
    return [
        f"{c.clause or c.rule_id or c.number or 'configuration'}: figures of {c.configuration.published_by if c.configuration else 'nobody'}"
        f"{' (' + c.configuration.version + ')' if c.configuration and c.configuration.version else ''} are not confirmed"
        for c in basis
        if c.provisional
    ]


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
    text_from: str | None = Field(None, description="First words of this letter in its seed file, where the file holds several letters")
    text_to: str | None = Field(None, description="Last words of this letter in its seed file")
    notes: str | None = None
    _text: str | None = PrivateAttr(None)
    _text_origin: str | None = PrivateAttr(None)

    @property
    def letter_text(self) -> str | None:
        """The letter's own words, verbatim, when its source document is available."""
        return self._text

    def text_view(self) -> dict:
        """The letter's text as the API serves it: verbatim, normalised for matching, and where it was read."""
        from shared.sources import match_form

        return {
            "text": self._text,
            "text_normalized": match_form(self._text) if self._text else None,
            "text_origin": self._text_origin,
            "text_available": self._text is not None,
        }

    def has_quote(self, quote: str) -> bool | None:
        """Whether a quote occurs in this letter's text; None when the text is not available."""
        from shared.sources import quote_in

        return None if self._text is None else quote_in(self._text, quote)

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

    def cite(self, clause: str | None, text: str, kind: CitationKind = "rule", **fields: Any) -> Citation:
        """A citation of this letter; pass quote= (a source) or authority/reason (an interpretation) with it."""
        if fields.get("quote") and "authority" not in fields:
            fields["authority"] = "source"
        return Citation(number=self.number, date=self.date, clause=clause, text=text, kind=kind, issuer=self.issuer, **fields)


def _coerce(entry: dict) -> dict:
    out = dict(entry)
    out.pop("text", None)
    for f in ("date", "effective", "expiry"):
        if out.get(f) not in (None, ""):
            out[f] = parse_date(str(out[f]))
    raw = str(out["number"])
    out["raw_number"] = out.get("raw_number") or raw
    out["number"] = parse_letter_number(raw, rtl_reversed=False).canonical
    out["relations"] = [{**r, "target": parse_letter_number(str(r["target"]), rtl_reversed=False).canonical} for r in out.get("relations") or []]
    return out


def _attach_text(reg: Regulation, inline: str | None, folder: Path | None) -> None:
    """Give a regulation its letter's text: inline in its record, or cut from its seed file (SHR-PROV)."""
    from shared.sources import cut_letter, read_seed

    if inline:
        reg._text, reg._text_origin = str(inline).strip(), "record"
        return
    if not reg.seed:
        return
    document = read_seed(folder, reg.seed)
    if document is None:
        return
    reg._text = cut_letter(document, reg.text_from, reg.text_to)
    reg._text_origin = f"seed {reg.seed}" + (" (this letter's part)" if reg.text_from or reg.text_to else "")


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
        self.sources_dir: Path | None = None

    @classmethod
    def load(cls, extra_paths: list[str | Path] | None = None, sources_dir: Path | Literal["default"] | None = "default") -> RegulationRegistry:
        """The shipped registry plus extra files; each letter's text read from sources_dir (default: ../shared/seeds)."""
        from shared.sources import default_sources_dir

        texts = [resources.files("shared.data").joinpath("regulations.yaml").read_text(encoding="utf-8")]
        for p in extra_paths or []:
            path = Path(p)
            files = sorted(path.glob("*.yaml")) if path.is_dir() else [path]
            texts.extend(f.read_text(encoding="utf-8") for f in files)
        folder = default_sources_dir() if sources_dir == "default" else sources_dir
        regs: list[Regulation] = []
        for t in texts:
            for entry in (yaml.safe_load(t) or {}).get("regulations") or []:
                reg = Regulation.model_validate(_coerce(entry))
                _attach_text(reg, entry.get("text"), folder)
                regs.append(reg)
        version = "reg-" + hashlib.sha256("\n".join(texts).encode()).hexdigest()[:12]
        registry = cls(regs, version)
        registry.sources_dir = folder
        return registry

    def quote_found(self, number: str | None, quote: str) -> bool | None:
        """Whether quote occurs in the text of letter number (None: its text is not available here)."""
        reg = self.find(number) if number else None
        return None if reg is None else reg.has_quote(quote)

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

    def cite(self, number: str, clause: str | None, text: str, kind: CitationKind = "rule", **fields: Any) -> Citation:
        return self.get(number).cite(clause, text, kind, **fields)
