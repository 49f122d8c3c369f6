"""What the claims domain packages share: the clock, calendars, access scoping, errors, ruleset version."""

from __future__ import annotations

from datetime import datetime, time
from functools import lru_cache
from typing import Annotated

from fastapi import Depends, Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from claims.citations import RULES_VERSION
from shared.auth import Actor
from shared.errors import DomainError, NotFound
from shared.jalali import TEHRAN, now_tehran
from shared.workdays import WorkingCalendar

STAFF_ROLES = ("agency_staff", "review_office", "secretariat", "admin", "service")
ALL_SEEING = frozenset({"secretariat", "admin", "service"})


async def current_time() -> datetime:
    """The service clock (Asia/Tehran); a dependency so tests can pin the time of day (CLM-A5 office hours)."""
    return now_tehran()


NowDep = Annotated[datetime, Depends(current_time)]


class WrongState(DomainError):
    status, type = 409, "wrong-state"


class Duplicate(DomainError):
    status, type = 409, "duplicate"


class NotEnabled(DomainError):
    status, type = 409, "not-enabled"


class BeyondPilot(DomainError):
    """CLM-H2: the change goes beyond the pilot's bounds and no approval to go beyond it is recorded."""

    status, type = 409, "beyond-pilot"


class OutsideRollout(DomainError):
    """CLM-H2: the process is not switched on for this agency: it may not register cases (forbidden, not a conflict)."""

    status, type = 403, "outside-rollout"


class ProvisionalAssessment(DomainError):
    """SHR-PROV: an assessment on rule data nobody confirmed is shown but not approved."""

    status, type = 409, "provisional-assessment"


@lru_cache(maxsize=256)
def calendar(closes_thursday: bool, province: str | None, closes: str) -> WorkingCalendar:
    """The agency's working-day calendar (SHR-DATE): Thursday closing, province closures, closing time."""
    hh, mm = (int(x) for x in closes.split(":"))
    return WorkingCalendar.for_org(closes_thursday=closes_thursday, province=province, closes=time(hh, mm))


def calendar_for(agency) -> WorkingCalendar:
    return calendar(bool(agency.closes_thursday), agency.province, agency.office_closes)


def office_calendar(session: Session, agency) -> WorkingCalendar:
    """CLM-A5: the review office's working days and hours: delivery happens there (its province's closures apply)."""
    from claims.agencies.models import ReviewOffice

    ro = session.get(ReviewOffice, agency.review_office_code)
    if ro is None:  # pragma: no cover - an agency always has its office (foreign key)
        return calendar_for(agency)
    return calendar(bool(ro.closes_thursday), ro.province, ro.office_closes)


def ruleset_version(request_or_app, rule_data_version: str | None = None) -> str:
    """The rules version of a decision; takes the request, or the app (periodic tasks have no request)."""
    app = request_or_app.app if isinstance(request_or_app, Request) else request_or_app
    parts = [RULES_VERSION]
    if rule_data_version:
        parts.append(f"rule-data={rule_data_version}")
    parts.append(app.state.registry.version)
    return ";".join(parts)


class VerificationPending(DomainError):
    """SPEC X1/X2: lines are held until offlabel / inspections answer; the case cannot be approved yet."""

    status, type = 409, "verification-pending"


def visible_agency_codes(session: Session, actor: Actor) -> set[str] | None:
    """None = every agency (secretariat, admin, service); else the codes the actor may see."""
    from claims.agencies.models import Agency

    if actor.role in ALL_SEEING:
        return None
    if actor.role == "agency_staff":
        return {actor.org} if actor.org else set()
    if actor.role == "review_office":
        return set(session.scalars(select(Agency.code).where(Agency.review_office_code == actor.org)).all())
    return set()


def ensure_agency_visible(session: Session, actor: Actor, agency_code: str):
    """The agency, or 404 when it does not exist or is not the actor's (existence does not leak)."""
    from claims.agencies.models import Agency

    agency = session.get(Agency, agency_code)
    visible = visible_agency_codes(session, actor)
    if agency is None or (visible is not None and agency_code not in visible):
        raise NotFound(f"No agency {agency_code}.", detail_fa=f"کارگزاری {agency_code} یافت نشد.")
    return agency


def aware(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=TEHRAN)


def iso(value: datetime | None) -> str | None:
    """An instant as ISO 8601 with its offset, in Tehran time (every timestamp in every answer carries its offset)."""
    value = aware(value)
    return value.astimezone(TEHRAN).isoformat() if value else None


def ascii_int(value):
    """A query parameter's integer written with Persian or Arabic-Indic digits (?year=۱۴۰۴) as ASCII first (SHR-DATE)."""
    if isinstance(value, str):
        from shared.text import normalize

        return normalize(value).strip()
    return value


# query parameters that accept Persian / Arabic-Indic digits (?year=۱۴۰۴&month=۸)
def _year_month():
    from fastapi import Query
    from pydantic import BeforeValidator

    year = Annotated[int, BeforeValidator(ascii_int), Query(ge=1390, le=1500, description="Jalali year (any digits)")]
    month = Annotated[int, BeforeValidator(ascii_int), Query(ge=1, le=12, description="Jalali month (any digits)")]
    return year, month


YearQ, MonthQ = _year_month()


def _citations_as_dicts(value):
    """A decision's basis as stored (dicts) or as just computed (Citation models): the same JSON either way."""
    from pydantic import BaseModel

    if isinstance(value, (list, tuple)):
        return [c.model_dump(mode="json") if isinstance(c, BaseModel) else c for c in value]
    return value


def _basis_type():
    from typing import Any

    from pydantic import BeforeValidator, Field

    return Annotated[
        list[dict[str, Any]],
        BeforeValidator(_citations_as_dicts),
        Field(
            description="The citations the decision rests on (SHR-PROV): number, clause, rule_id, authority (source | interpretation | "
            "configuration | evidence), quote or reason, text, text_fa"
        ),
    ]


# a response model's `basis` field: citations as JSON objects
Basis = _basis_type()
