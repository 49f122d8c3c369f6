"""The inspections service's domain routers, in the order they appear in the OpenAPI document."""

from __future__ import annotations

from fastapi import APIRouter, FastAPI

from inspections.centres.router import router as centres_router
from inspections.enforcement.router import router as enforcement_router
from inspections.inspections.checklists import load_checklists
from inspections.inspections.router import router as inspections_router
from inspections.permissibility.router import router as permissibility_router
from inspections.permissibility.ruleset import load_ruleset
from inspections.plans.router import router as plans_router
from inspections.public.router import router as public_router
from inspections.reports.router import router as reports_router

ROUTERS: list[APIRouter] = [
    permissibility_router,
    centres_router,
    inspections_router,
    enforcement_router,
    plans_router,
    reports_router,
    public_router,
]


def on_startup(app: FastAPI) -> None:
    """Load reference data once per process: the INS-R rule set and the checklists."""
    app.state.ruleset = load_ruleset()
    app.state.checklists = load_checklists()
