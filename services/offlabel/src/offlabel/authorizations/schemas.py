"""Answers of the authorization look-ups (OFL-I): facts another service needs, not the patient's record."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from offlabel.courses.schemas import AdministrationCheck
from offlabel.guidelines.schemas import OffLabelCitation
from offlabel.requests.schemas import ApprovedCourse, EvaluatedGuideline


class RecordedAdministrationDate(BaseModel):
    """A day an administration was recorded under the approval."""

    date: dt.date
    date_jalali: str | None = None


class OffLabelAuthorization(BaseModel):
    """One authorization (the approved request's facts): approved, covered, the course and, with a date, that administration."""

    authorization_id: str = Field(description="The request's id")
    status: str = Field(description="The request's status (approved, denied, pending_documents, ...)")
    approved: bool
    covered: bool | None = Field(description="The insurer's decision; null while none is recorded")
    authorized_and_covered: bool = Field(description="Approved, the administration (if a date was given) inside the course, and covered")
    administration: AdministrationCheck | None = Field(description="The administration on the date asked about; null without a date")
    course: ApprovedCourse | None = None
    administrations_recorded: list[RecordedAdministrationDate]
    patient_national_code_masked: str = Field(description="e.g. 008*****48")
    drug: str = Field(description="The drug's INN")
    route: str | None = None
    eye: str | None = None
    site: str | None = None
    insurer: str | None = None
    valid_from: dt.date | None = None
    valid_from_jalali: str | None = None
    valid_until: dt.date | None = None
    valid_until_jalali: str | None = None
    guideline: EvaluatedGuideline | None = None
    evaluation_decision_id: str
    coverage_decision_id: str | None = None
    coverage_reason: str | None = None
    basis: list[OffLabelCitation]
    ruleset_version: str
    answered_at: dt.datetime
    answered_at_jalali: str | None = None


class AuthorizationQuery(BaseModel):
    """What was asked (the national code masked)."""

    patient_national_code_masked: str
    drug: str
    site: str | None = None
    eye: str | None = None
    date: dt.date
    date_jalali: str | None = None


class AuthorizationCheck(BaseModel):
    """Whether this patient's treatment on this date had an approved course covering it, and whether it is covered."""

    query: AuthorizationQuery
    authorized: bool = Field(description="An approved course covers the administration on this date")
    covered: bool = Field(description="The insurer recorded `covered` on that approval")
    authorized_and_covered: bool
    authorization: OffLabelAuthorization | None = Field(description="The best matching approval; null when none")
    administration: AdministrationCheck | None = None
    reason: str
    basis: list[OffLabelCitation]
