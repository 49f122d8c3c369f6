"""Centre registry request and response shapes."""

from __future__ import annotations

import datetime as dt
import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from shared.errors import InvalidValue
from shared.jalali import JDate
from shared.pagination import Paginated
from shared.provenance import Citation
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
        raise InvalidValue(
            "a licence number has 2-40 letters or digits, '/' or '-' (Persian digits are accepted)",
            "شماره پروانه ۲ تا ۴۰ حرف یا رقم، «/» یا «-» دارد (ارقام فارسی پذیرفته می‌شود)",
        )
    return text


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class CentreLicenceIn(Strict):
    number: str = Field(min_length=2, max_length=60, examples=["QUMS-1404-0012"])
    valid_from: JDate
    valid_to: JDate

    _norm = field_validator("number")(classmethod(lambda cls, v: normalize_licence(v)))

    @model_validator(mode="after")
    def _order(self):
        if self.valid_to < self.valid_from:
            raise InvalidValue("valid_to is before valid_from", "تاریخ پایان اعتبار پیش از تاریخ شروع آن است")
        return self


class CentreTechnicalManagerIn(Strict):
    name: str = Field(min_length=2, max_length=200)
    national_code: str | None = Field(default=None, description="10-digit Iranian national code (check digit verified)")

    @field_validator("national_code")
    @classmethod
    def _code(cls, v: str | None) -> str | None:
        if v is None:
            return v
        v = to_ascii_digits(normalize(v))
        if not is_valid_national_code(v):
            raise InvalidValue("not a valid Iranian national code", "کد ملی معتبر نیست")
        return v


class CentrePhysicalSpaceIn(Strict):
    certified: bool = False
    certificate_ref: str | None = Field(default=None, max_length=100)
    certified_on: JDate | None = None


def normalize_code(value: str) -> str:
    return to_ascii_digits(normalize(value)).replace(" ", "").replace("\u200c", "").upper()


class CentreApprovalIn(Strict):
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

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "type": "ethics",
                    "kind": "cell_therapy",
                    "ethics_code": "IR.QUMS.REC.1404.123",
                    "committee": "کمیته اخلاق دانشگاه علوم پزشکی قم",
                    "title": "کارآزمایی سلول‌درمانی زخم پای دیابتی",
                    "valid_from": "1404/07/01",
                    "valid_to": "1405/06/31",
                },
            ]
        }
    )

    @model_validator(mode="after")
    def _shape(self):
        if self.type in ("research", "treatment"):
            self._from_old_shape()
        if self.type == "ethics":
            self._check_ethics()
        else:
            self._check_irc()
        if self.valid_to and self.valid_to < self.valid_from:
            raise InvalidValue("valid_to is before valid_from", "تاریخ پایان اعتبار پیش از تاریخ شروع آن است")
        return self

    def _from_old_shape(self) -> None:
        """The old shape put every code in irc_code: the ethics-code shape is an ethics approval (SPEC correction 1)."""
        code = normalize_code(self.irc_code or self.ethics_code or "")
        self.type = "ethics" if ETHICS_RE.match(code) else "irc"
        self.ethics_code, self.irc_code = (code, None) if self.type == "ethics" else (None, code)

    def _check_ethics(self) -> None:
        self.ethics_code = normalize_code(self.ethics_code or "")
        if not ETHICS_RE.match(self.ethics_code) or self.irc_code:
            raise InvalidValue(
                "an ethics approval has an ethics code like IR.QUMS.REC.1404.123 (ethics_code) and no IRC",
                "مصوبه اخلاق یک کد اخلاق مانند IR.QUMS.REC.1404.123 (ethics_code) دارد و کد IRC ندارد",
            )
        if self.verified:
            raise InvalidValue("verified applies to an FDO registration (type irc) only", "«تأییدشده» فقط برای ثبت سازمان غذا و دارو (نوع irc) است")

    def _check_irc(self) -> None:
        self.irc_code = normalize_code(self.irc_code or "")
        if ETHICS_RE.match(self.irc_code):
            raise InvalidValue(
                f"{self.irc_code} is an ethics code (کد اخلاق), not an IRC: register it as type ethics",
                f"{self.irc_code} کد اخلاق است، نه کد IRC: آن را با نوع ethics ثبت کنید",
            )
        if not IRC_RE.match(self.irc_code):
            raise InvalidValue(
                "an IRC (the FDO's product registration code) has 6-24 letters or digits",
                "کد IRC (کد ثبت فرآورده در سازمان غذا و دارو) ۶ تا ۲۴ حرف یا رقم دارد",
            )


class CentreIn(Strict):
    name: str = Field(min_length=2, max_length=300)
    university: str | None = Field(default=None, max_length=40, description="University code; defaults to the caller's university")
    province: str = Field(min_length=2, max_length=80)
    status: InitialStatus = "applicant"
    kinds: list[Kind] = Field(min_length=1)
    registered_on: JDate | None = None
    licence: CentreLicenceIn | None = None
    technical_manager: CentreTechnicalManagerIn | None = None
    physical_space: CentrePhysicalSpaceIn = Field(default_factory=CentrePhysicalSpaceIn)
    approvals: list[CentreApprovalIn] = Field(default_factory=list, max_length=50)

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {
                    "name": "مرکز سلول‌درمانی یاس",
                    "university": "QUMS",
                    "province": "قم",
                    "status": "active",
                    "kinds": ["cell_therapy", "regenerative"],
                    "registered_on": "1404/06/20",
                    "licence": {"number": "QUMS-1404-0012", "valid_from": "1404/01/01", "valid_to": "1406/12/29"},
                    "technical_manager": {"name": "دکتر مریم احمدی", "national_code": "0061234567"},
                    "physical_space": {"certified": True, "certificate_ref": "ف-۱۴۰۴-۳۳", "certified_on": "1404/05/10"},
                },
            ]
        }
    )

    @field_validator("kinds")
    @classmethod
    def _unique(cls, v: list[str]) -> list[str]:
        return sorted(set(v))


class CentreStatusRulingIn(Strict):
    status: RulingStatus
    effective_on: JDate
    reason: str = Field(min_length=3, max_length=2000)
    act_ref: str | None = Field(default=None, max_length=200, description="The letter or minute that decided it")

    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"status": "suspended", "effective_on": "1404/09/15", "reason": "تعلیق تا تکمیل مدارک فضای فیزیکی", "act_ref": "۴۰۰/۱۲۳۴۵/د"},
            ]
        }
    )


# ------------------------------------------------------------------------------------------------ answers


class CentreLicence(BaseModel):
    """The centre's operating licence (پروانه)."""

    number: str = Field(description="Licence number, normalised (ASCII digits, upper case)")
    valid_from: dt.date | None
    valid_from_jalali: str | None
    valid_to: dt.date | None
    valid_to_jalali: str | None
    valid_today: bool = Field(description="Whether the licence is valid today (Asia/Tehran)")


class CentreTechnicalManager(BaseModel):
    """The centre's technical manager (visible to staff only, never on the public routes)."""

    name: str
    national_code: str | None


class CentrePhysicalSpace(BaseModel):
    """Whether the centre's premises are certified."""

    certified: bool
    certificate_ref: str | None
    certified_on: dt.date | None
    certified_on_jalali: str | None


class CentreApproval(BaseModel):
    """An ethics approval of a research project (`ethics`) or a product's FDO registration (`irc`) held by the centre."""

    id: str
    type: str = Field(description="`ethics` or `irc`")
    kind: Kind
    ethics_code: str | None = Field(description="Ethics code (کد اخلاق) of an `ethics` approval")
    committee: str | None
    irc_code: str | None = Field(description="The FDO's product registration code of an `irc` approval")
    product: str | None
    holder: str | None
    verified: bool = Field(description="An FDO registration checked with the FDO by a Ministry role")
    verified_by: str | None = Field(description="`role:subject` of whoever recorded it as verified")
    migrated_from: str | None = Field(description="Set on approvals converted from the old shape (SPEC correction 1)")
    title: str | None
    valid_from: dt.date
    valid_from_jalali: str | None
    valid_to: dt.date | None = Field(description="None: open-ended")
    valid_to_jalali: str | None
    valid_today: bool


class CentreStatusRecord(BaseModel):
    """One change of the centre's status, with the act that caused it (each is a recorded decision)."""

    status: Status
    previous_status: str | None = Field(description="None for the registration")
    effective_on: dt.date
    effective_on_jalali: str | None
    act_type: str = Field(description="registration, status_ruling, closure_action or closure_lifted")
    act_ref: str | None = Field(description="The letter, minute or action id that decided it")
    reason: str | None
    decision_id: str = Field(description="The decision record of this change")
    recorded_at: dt.datetime
    recorded_at_jalali: str | None


class CentreSummary(BaseModel):
    """A centre as listed: identity, status, licence, technical manager, premises (no approvals or history)."""

    id: str
    name: str
    university: str = Field(description="University code (e.g. QUMS)")
    province: str
    status: Status = Field(description="Status today; `closed` only by a closure action")
    kinds: list[Kind]
    licence: CentreLicence | None
    technical_manager: CentreTechnicalManager | None
    physical_space: CentrePhysicalSpace
    registered_on: dt.date
    registered_on_jalali: str | None
    version: int = Field(description="The centre's version; its ETag is this number quoted")


class CentreDetail(CentreSummary):
    """A centre with its approvals and its whole status history."""

    approvals: list[CentreApproval]
    status_history: list[CentreStatusRecord] = Field(description="Oldest first")


class CentreList(Paginated[CentreSummary]):
    """Centres visible to the caller, by university, name and id."""


class CentreTreatmentOnDate(BaseModel):
    """Whether treatment of one kind was permitted at the centre on the date asked (INS-R)."""

    outcome: str = Field(description="permitted, prohibited, not_regulated_by_these_letters or requires_verification")
    banned: bool
    permitted: bool | None = Field(description="None when the letters in force do not rule on it")
    effective_approval: str
    basis: list[Citation]


class CentreStatusOn(BaseModel):
    """X2/X3: the centre's status on a date and whether treatment of each kind was banned there then."""

    center_id: str
    date: dt.date
    date_jalali: str | None
    registered: bool = Field(description="False when the date is before the centre's registration")
    status: Status | None
    closed: bool = Field(description="Closed or suspended on that date")
    status_since: str | None = Field(description="Jalali date since which that status held")
    status_act: CentreStatusRecord | None = Field(description="The change in force on that date")
    licence_valid: bool
    treatment: dict[str, CentreTreatmentOnDate] = Field(description="By kind (the one asked for, or each of the centre's kinds)")
    ruleset_version: str
    as_of: dt.date = Field(description="Today (Asia/Tehran) when answered")
