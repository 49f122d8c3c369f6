"""Public lookup answer shapes: only what a patient needs (no technical manager, national codes or approval codes)."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from shared.pagination import Paginated


class PublicCentreActivity(BaseModel):
    """Whether the letters permit an activity of one kind at the centre today."""

    kind: str
    activity: str = Field(description="treatment or research")
    outcome: str = Field(description="permitted, prohibited, not_regulated_by_these_letters or requires_verification")
    permitted: bool | None = Field(description="None when the letters neither permit nor ban it")
    letters_applied: list[str]


class PublicCentreStatus(BaseModel):
    """Is this centre licensed and open today, and for what?"""

    id: str
    name: str
    university: str
    province: str
    status: str = Field(description="Status today: active, inactive, applicant, suspended or closed")
    status_since: dt.date | None
    status_since_jalali: str | None
    licensed: bool = Field(description="Holds a licence valid today")
    licence_number: str | None
    licence_valid_to: dt.date | None
    licence_valid_to_jalali: str | None
    open: bool = Field(description="Active and licensed today")
    kinds: list[str]
    permitted_activities: list[PublicCentreActivity] = Field(description="Only for an open, licensed centre")
    activities: list[PublicCentreActivity]
    as_of: dt.date
    as_of_jalali: str | None
    ruleset_version: str
    note: str


class PublicCentreSearch(Paginated[PublicCentreStatus]):
    """Centres matching a licence number or name, by name."""
