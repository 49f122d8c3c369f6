"""The claims service's domain routers, in the order they appear in the OpenAPI document."""

from __future__ import annotations

from fastapi import APIRouter, FastAPI

from claims.agencies.router import router as agencies_router
from claims.cases.router import router as cases_router
from claims.fees.router import router as fees_router
from claims.reports.router import router as reports_router
from claims.training.router import router as training_router
from claims.verification.router import router as verification_router

ROUTERS: list[APIRouter] = [cases_router, verification_router, agencies_router, fees_router, reports_router, training_router]


def on_startup(app: FastAPI) -> None:
    """Load reference data once per process (fails fast on a malformed data file)."""
    from claims.reference import default_rule_data, shipped_wages

    default_rule_data()
    shipped_wages()
