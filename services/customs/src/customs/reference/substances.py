"""Substance identification (issue 11): one index from every name people write to the substance(s) it is (pure).

A name as written on a pack or a declaration ("قرص زاناکس ۰٫۵", "Xanax 0.5mg tab", "Percocet") is cut into
tokens; strengths, numbers and pack words («قرص», «آمپول», mg, tab, ...) are dropped; the remaining tokens are
matched as whole runs (1-5 tokens, longest first) against the names of the index: INN with salts, Latin brands,
Persian generic and brand spellings, misspellings and transliterations, and combination products (which resolve
to every substance in them). A short word never matches inside another word: only whole tokens are compared.

Every reference list is keyed by substance: a row belongs to the substances its own name resolves to, so an
item matches a row when it contains all of the row's substances, whatever the item was called.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from shared.text import normalize, search_key

_SPLIT = re.compile(r"[\s\-_.,/()+&:;®™*\[\]«»\"'،؛٫]+")
_NUMBERISH = re.compile(r"^[\d.,/٫%]+[a-zµ%\u0600-\u06ff]{0,6}$", re.IGNORECASE)
MAX_RUN = 5
MIN_KEY = 3

# Words that say how a medicine is packed, dosed or given, not what it is (search keys: ی/ک, no ZWNJ, casefolded).
PACK_WORDS = frozenset(
    search_key(w)
    for w in (
        "tab tabs tablet tablets cap caps capsule capsules amp amps ampoule ampoules ampul ampule vial vials syrup syrups "
        "susp suspension cream ointment oint gel drop drops eye ear nasal inj injection injectable pen pens prefilled "
        "pre-filled syringe syringes inhaler inhalers inhalation spray powder sachet sachets supp suppository suppositories "
        "patch patches solution oral sr xr er cr la mr xl retard forte film coated chewable dispersible effervescent "
        "mg mcg µg ug g gr ml iu unit units pack packs box boxes strip strips pcs pc x no of for and with in "
        "قرص قرصهای کپسول آمپول ویال شربت سوسپانسیون کرم پماد ژل قطره قطرهی محلول اسپری افشانه پودر ساشه شیاف چسب "
        "قلم سرنگ تزریقی تزریق خوراکی میلی گرم میلیگرم میکروگرم واحد عدد بسته جعبه ورق روکش دار روکشدار جویدنی جوشان "
        "آهسته رهش پیوسته پوستی چشمی گوشی بینی استنشاقی"
    ).split()
)


def tokens(name: str | None) -> list[str]:
    """The search keys of a name's tokens, without strengths, numbers and pack words.

    The name is split first, then given to search_key once (joined by "|", which search_key keeps), so the
    letter-variant, digit and case folding runs once per name."""
    if not name:
        return []
    joined = "|".join(t for t in _SPLIT.split(name) if t)
    out: list[str] = []
    for key in search_key(joined).split("|"):
        if key and key not in PACK_WORDS and not _NUMBERISH.match(key):
            out.append(key)
    return out


def name_key(name: str | None) -> str:
    """The index key of a listed name: its tokens joined (so "Methyl phenidate" = "methylphenidate")."""
    return "".join(tokens(name))


def split_names(value: str | None) -> list[str]:
    return [p.strip() for p in (value or "").split("|") if p.strip()]


@dataclass
class SubstanceIndex:
    """Name keys -> substance ids (lower-case INN), with each substance's display names."""

    by_key: dict[str, frozenset[str]] = field(default_factory=dict)
    display: dict[str, dict[str, str]] = field(default_factory=dict)  # substance id -> {"en": INN, "fa": Persian}
    longest: int = 1
    prefix: bool = False  # also match a token that begins with a one-token key of 6+ letters (exosomes, اگزوزومی)

    def add(self, names: Iterable[str], substances: Iterable[str]) -> None:
        subs = frozenset(substances)
        for n in names:
            toks = tokens(n)
            key = "".join(toks)
            if len(key) < MIN_KEY:
                continue
            self.by_key[key] = self.by_key.get(key, frozenset()) | subs
            self.longest = max(self.longest, min(MAX_RUN, len(toks)))

    def resolve(self, *names: str | None) -> list[str]:
        """Every substance the names contain (whole-token runs, longest first); [] when none is recognised."""
        found: list[str] = []
        for name in names:
            self.resolve_name(name, tokens(name), found)
        return found

    def resolve_name(self, name: str | None, toks: list[str], found: list[str] | None = None) -> list[str]:
        """A name listed exactly as written ("RU-486") first, else its tokens."""
        found = [] if found is None else found
        exact = self.by_key.get(search_key(name)) if name else None
        if exact:
            found.extend(s for s in sorted(exact) if s not in found)
            return found
        return self.resolve_tokens(toks, found)

    def resolve_tokens(self, toks: list[str], found: list[str] | None = None) -> list[str]:
        """resolve() on a name already cut into tokens; appends to `found`."""
        found = [] if found is None else found
        if toks:
            i, n = 0, len(toks)
            while i < n:
                size, subs = self._longest_run(toks, i)
                if subs:
                    found.extend(s for s in sorted(subs) if s not in found)
                i += size
        return found

    def _longest_run(self, toks: list[str], i: int) -> tuple[int, frozenset[str]]:
        for size in range(min(self.longest, len(toks) - i), 0, -1):
            subs = self.by_key.get("".join(toks[i : i + size]))
            if subs:
                return size, subs
        if self.prefix:
            tok = toks[i]
            return 1, frozenset(s for k, subs in self.by_key.items() if len(k) >= 6 and tok.startswith(k) for s in subs)
        return 1, frozenset()

    def unrecognised(self, name: str | None) -> bool:
        return bool(tokens(name)) and not self.resolve(name)

    def known(self, substance: str) -> bool:
        return substance in self.display


def substance_id(name: str) -> str:
    return normalize(name).casefold().strip()


def build_index(substances: list[dict[str, str]], combinations: list[dict[str, str]]) -> SubstanceIndex:
    """The index of the shipped/uploaded `substances` and `combinations` lists."""
    idx = SubstanceIndex()
    for r in substances:
        sid = substance_id(r["substance"])
        idx.display[sid] = {"en": r["substance"], "fa": r.get("name_fa", "")}
        idx.add([r["substance"], r.get("name_fa", ""), *split_names(r.get("names")), *split_names(r.get("brands"))], [sid])
    for r in combinations:
        subs = [substance_id(s) for s in split_names(r.get("substances"))]
        for s in subs:
            idx.display.setdefault(s, {"en": s, "fa": ""})
        idx.add([r["name"], *split_names(r.get("names"))], subs)
    return idx


def row_substances(idx: SubstanceIndex, primary: str, other_names: list[str]) -> frozenset[str]:
    """The substances a list row is about: what its primary name resolves to, else a substance of its own."""
    subs = sorted(idx.by_key[name_key(primary)]) if name_key(primary) in idx.by_key else []
    if not subs:
        sid = substance_id(primary)
        idx.display.setdefault(sid, {"en": primary, "fa": ""})
        subs = [sid]
    idx.add([primary, *other_names], subs)
    return frozenset(subs)
