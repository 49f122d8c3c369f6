"""Answers and requests of the customs-office routes (CUS-5)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from shared.pagination import Paginated


class AssignedExpert(BaseModel):
    """A GIO expert assigned to an office."""

    expert_sub: str = Field(description="The expert's token subject")
    expert_name: str | None = None


class CustomsOffice(BaseModel):
    """A customs office, whether GIO is represented there, and its assigned experts."""

    code: str = Field(description="The office code used in declarations (e.g. THR-IKA)")
    name_en: str
    name_fa: str
    kind: str = Field(description="air, land, sea, post, ...")
    has_gio_representative: bool = Field(description="true: the expert stamps the warehouse receipt; false: a clearance letter is written (CUS-5)")
    experts: list[AssignedExpert]


class CustomsOfficeList(Paginated[CustomsOffice]):
    """The customs offices, by code."""


class ExpertAssignmentRecord(BaseModel):
    """An expert's assignment to an office, as recorded."""

    office: str
    expert_sub: str
    expert_name: str | None = None
    active: bool = Field(description="true: assigned")
    decision_id: str = Field(description="The decision record of the assignment")


class ExpertWithdrawal(BaseModel):
    """An expert withdrawn from an office."""

    office: str
    expert_sub: str
    active: bool = Field(description="Always false after a withdrawal")
