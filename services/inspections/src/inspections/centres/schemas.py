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
ETHICS_RE = re.compile(r"^IR\.[A-Z0-9]+\.REC\.[0-9]{4}\.[0-9A-Z.]+$")
IRC_RE = re.compile(r"^[0-9A-Z]{6,24}$")


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


def normalize_code(value: str) -> str:
    return to_ascii_digits(normalize(value)).replace(" ", "").replace("\u200c", "").upper()


class ApprovalIn(Strict):
    """An ethics approval of a research project (type `ethics`) or a product's FDO registration (type `irc`).

    SPEC correction 1: IRC is the FDO's product registration code, not an ethics approval. The old shape
    (`type` research / treatment with `irc_code`) is still accepted: a code with the ethics-code shape is an
    ethics approval, any other code an FDO registration.
    """

    type: Literal["ethics", "irc", "research", "treatment"] = Field(description="ethics | irc (research / treatment: the old shape)")
    kind: Kind
    ethics_code: str | None = Field(default=None, max_length=80, description="Ethics code (کد اخلاق), e.g. IR.QUMS.REC.1404.123")
    committee: str | None = Field(default=None, max_length=200, description="The ethics committee that approved the research")
    irc_code: str | None = Field(default=None, max_length=80, description="The FDO's product registration code (IRC); the old shape also put ethics codes here")
    product: str | None = Field(default=None, max_length=300)
    holder: str | None = Field(default=None, max_length=300, description="The registration holder")
    verified: bool = Field(default=False, description="An FDO registration checked with the FDO; only a Ministry role may set it")
    title: str | None = Field(default=None, max_length=300)
    valid_from: JDate
    valid_to: JDate | None = None

    @model_validator(mode="after")
    def _shape(self):
        if self.type in ("research", "treatment"):
            self._from_old_shape()
        if self.type == "ethics":
            self._check_ethics()
        else:
            self._check_irc()
        if self.valid_to and self.valid_to < self.valid_from:
            raise ValueError("valid_to is before valid_from")
        return self

    def _from_old_shape(self) -> None:
        """The old shape put every code in irc_code: the ethics-code shape is an ethics approval (SPEC correction 1)."""
        code = normalize_code(self.irc_code or self.ethics_code or "")
        self.type = "ethics" if ETHICS_RE.match(code) else "irc"
        self.ethics_code, self.irc_code = (code, None) if self.type == "ethics" else (None, code)

    def _check_ethics(self) -> None:
        self.ethics_code = normalize_code(self.ethics_code or "")
        if not ETHICS_RE.match(self.ethics_code) or self.irc_code:
            raise ValueError("an ethics approval has an ethics code like IR.QUMS.REC.1404.123 (ethics_code) and no IRC")
        if self.verified:
            raise ValueError("verified applies to an FDO registration (type irc) only")

    def _check_irc(self) -> None:
        self.irc_code = normalize_code(self.irc_code or "")
        if ETHICS_RE.match(self.irc_code):
            raise ValueError(f"{self.irc_code} is an ethics code (کد اخلاق), not an IRC: register it as type ethics")
        if not IRC_RE.match(self.irc_code):
            raise ValueError("an IRC (the FDO's product registration code) has 6-24 letters or digits")


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
