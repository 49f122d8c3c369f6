"""Persian text and identifiers (SHR-TEXT): normalisation, search keys, national codes."""

from __future__ import annotations

import re
import unicodedata

PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
ZWNJ = "\u200c"
# Bidi controls that right-to-left extraction leaves behind (LRM, RLM, ALM, embeddings, isolates).
_BIDI = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

_DIGITS = str.maketrans(PERSIAN_DIGITS + ARABIC_INDIC_DIGITS, "0123456789" * 2)
_LETTERS = str.maketrans(
    {
        "ي": "ی",  # Arabic yeh -> Persian yeh
        "ى": "ی",  # alef maksura
        "ك": "ک",  # Arabic kaf -> Persian keheh
        "ة": "ه",
        "ۀ": "هٔ",
    }
)
_STRIP_BIDI = {ord(c): None for c in _BIDI}
# Harakat and tatweel: dropped from search keys only.
_DIACRITICS = re.compile("[\u064b-\u065f\u0670\u0640]")
_SPACES = re.compile(r"\s+")


def to_ascii_digits(value: str) -> str:
    """Persian and Arabic-Indic digits to ASCII (SHR-TEXT)."""
    return value.translate(_DIGITS)


def normalize(value: str) -> str:
    """Canonical stored form: NFC, ي/ك to ی/ک, ASCII digits, bidi marks removed, ZWNJ kept (SHR-TEXT)."""
    value = unicodedata.normalize("NFC", value)
    value = value.translate(_LETTERS).translate(_DIGITS).translate(_STRIP_BIDI)
    return _SPACES.sub(" ", value).strip()


def search_key(value: str) -> str:
    """A key blind to letter variants, digits, ZWNJ, diacritics, case and spacing (SHR-TEXT)."""
    value = normalize(value).replace(ZWNJ, "")
    value = _DIACRITICS.sub("", value).replace("آ", "ا").replace("أ", "ا").replace("إ", "ا")
    value = value.casefold()
    value = re.sub(r"[\s\-_.,/()]+", "", value)
    return value


def is_valid_national_code(code: str) -> bool:
    """Iranian national code (کد ملی): 10 digits, check digit, not one repeated digit (SHR-TEXT)."""
    code = normalize(code)
    if not re.fullmatch(r"\d{10}", code) or len(set(code)) == 1:
        return False
    digits = [int(c) for c in code]
    total = sum(d * (10 - i) for i, d in enumerate(digits[:9]))
    rem = total % 11
    check = rem if rem < 2 else 11 - rem
    return check == digits[9]


def national_code_check_digit(first9: str) -> int:
    """The check digit that completes nine digits into a valid national code (used by demo data and tests)."""
    total = sum(int(d) * (10 - i) for i, d in enumerate(first9))
    rem = total % 11
    return rem if rem < 2 else 11 - rem


PASSPORT_RE = re.compile(r"^[A-Z0-9]{6,12}$")


def is_valid_passport(number: str) -> bool:
    """Passport numbers of foreigners (SHR-TEXT): 6-12 letters or digits."""
    return bool(PASSPORT_RE.fullmatch(normalize(number).upper()))


NUL = "\x00"


def has_nul(value: str) -> bool:
    """Whether text carries a NUL character, which no field accepts (PostgreSQL cannot store it in text)."""
    return NUL in value
