"""The inspections service's domain routers, in the order they appear in the OpenAPI document."""

from __future__ import annotations

from fastapi import APIRouter, FastAPI

from inspections.centres.router import router as centres_router
from inspections.permissibility.router import router as permissibility_router
from inspections.permissibility.ruleset import load_ruleset
from inspections.public.router import router as public_router
from inspections.reports.router import router as reports_router

ROUTERS: list[APIRouter] = [permissibility_router, centres_router, reports_router, public_router]


def on_startup(app: FastAPI) -> None:
    """Load reference data and anything else the service needs once per process."""
    app.state.ruleset = load_ruleset()
