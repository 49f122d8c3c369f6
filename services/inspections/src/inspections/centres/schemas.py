"""Centre registry request and response shapes."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from shared.jalali import JDate
from shared.text import is_valid_national_code, normalize, to_ascii_digits

Kind = Literal["regenerative", "cell_therapy", "exosome"]
Status = Literal["active", "inactive", "applicant", "suspended", "closed"]
InitialStatus = Literal["active", "inactive", "applicant"]
# Set by a status ruling; "closed" only comes from a closure action (and leaves it only by lifting).
RulingStatus = Literal["active", "inactive", "applicant", "suspended"]

# Licence numbers: Persian / Arabic-Indic digits are normalised to ASCII and accepted (SHR-TEXT);
# letters (Latin or Persian), '/' and '-' are kept; anything else is rejected.
LICENCE_RE = re.compile(r"^[0-9A-Za-z\u0621-\u06CC/\-]{2,40}$")
IRC_RE = re.compile(r"^IR\.[A-Z0-9]+(?:\.[A-Z0-9]+)*$")


def normalize_licence(value: str) -> str:
    """The stored form of a licence number: SHR-TEXT normalisation, ASCII digits, no spaces, upper case."""
    text = to_ascii_digits(normalize(value)).replace(" ", "").replace("\u200c", "").upper()
    if not LICENCE_RE.match(text):
        raise ValueError("a licence number has 2-40 letters or digits, '/' or '-' (Persian digits are accepted)")
    return text


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class LicenceIn(Strict):
    number: str = Field(min_length=2, max_length=60, examples=["QUMS-1404-0012"])
    valid_from: JDate
    valid_to: JDate

    _norm = field_validator("number")(classmethod(lambda cls, v: normalize_licence(v)))

    @model_validator(mode="after")
    def _order(self):
        if self.valid_to < self.valid_from:
            raise ValueError("valid_to is before valid_from")
        return self


class TechnicalManagerIn(Strict):
    name: str = Field(min_length=2, max_length=200)
    national_code: str | None = Field(default=None, description="10-digit Iranian national code (check digit verified)")

    @field_validator("national_code")
    @classmethod
    def _code(cls, v: str | None) -> str | None:
        if v is None:
            return v
        v = to_ascii_digits(normalize(v))
        if not is_valid_national_code(v):
            raise ValueError("not a valid Iranian national code")
        return v


class PhysicalSpaceIn(Strict):
    certified: bool = False
    certificate_ref: str | None = Field(default=None, max_length=100)
    certified_on: JDate | None = None


class ApprovalIn(Strict):
    type: Literal["research", "treatment"]
    kind: Kind
    irc_code: str = Field(min_length=4, max_length=80, description="IRC ethics code, e.g. IR.QUMS.REC.1404.123")
    title: str | None = Field(default=None, max_length=300)
    valid_from: JDate
    valid_to: JDate | None = None

    @field_validator("irc_code")
    @classmethod
    def _irc(cls, v: str) -> str:
        v = to_ascii_digits(normalize(v)).replace(" ", "").upper()
        if not IRC_RE.match(v):
            raise ValueError("an IRC ethics code looks like IR.QUMS.REC.1404.123")
        return v

    @model_validator(mode="after")
    def _order(self):
        if self.valid_to and self.valid_to < self.valid_from:
            raise ValueError("valid_to is before valid_from")
        return self


class CentreIn(Strict):
    name: str = Field(min_length=2, max_length=300)
    university: str | None = Field(default=None, max_length=40, description="University code; defaults to the caller's university")
    province: str = Field(min_length=2, max_length=80)
    status: InitialStatus = "applicant"
    kinds: list[Kind] = Field(min_length=1)
    registered_on: JDate | None = None
    licence: LicenceIn | None = None
    technical_manager: TechnicalManagerIn | None = None
    physical_space: PhysicalSpaceIn = Field(default_factory=PhysicalSpaceIn)
    approvals: list[ApprovalIn] = Field(default_factory=list, max_length=50)

    @field_validator("kinds")
    @classmethod
    def _unique(cls, v: list[str]) -> list[str]:
        return sorted(set(v))


class StatusRulingIn(Strict):
    status: RulingStatus
    effective_on: JDate
    reason: str = Field(min_length=3, max_length=2000)
    act_ref: str | None = Field(default=None, max_length=200, description="The letter or minute that decided it")
