"""The offlabel service's domain routers, in the order they appear in the OpenAPI document."""

from __future__ import annotations

from fastapi import APIRouter, FastAPI

from offlabel.authorizations.router import router as authorizations_router
from offlabel.courses.router import router as courses_router
from offlabel.coverage.insurers import load_insurers
from offlabel.coverage.router import router as coverage_router
from offlabel.guidelines.router import router as guidelines_router
from offlabel.guidelines.service import load_files_into
from offlabel.requests.router import router as requests_router

ROUTERS: list[APIRouter] = [guidelines_router, requests_router, courses_router, coverage_router, authorizations_router]


def on_startup(app: FastAPI) -> None:
    """Load the guideline files (OFL-G; refuses to start on a malformed one) and the insurers list (OFL-I)."""
    load_files_into(app.state)
    app.state.insurers = load_insurers()
