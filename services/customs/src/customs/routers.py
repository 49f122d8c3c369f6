"""The customs service's domain routers, in the order they appear in the OpenAPI document."""

from __future__ import annotations

from fastapi import APIRouter, FastAPI

from customs.declarations.router import router as declarations_router
from customs.documents.router import router as documents_router
from customs.exports.router import router as exports_router
from customs.offices.router import router as offices_router
from customs.precheck.router import router as precheck_router
from customs.reference.router import router as reference_router
from customs.verification.router import router as verification_router

ROUTERS: list[APIRouter] = [declarations_router, verification_router, offices_router, exports_router, documents_router, precheck_router, reference_router]


def on_startup(app: FastAPI) -> None:
    """Load reference data once per process: the shipped lists, then the latest uploaded version of each."""
    from customs.documents.service import check_settings
    from customs.reference.service import load_at_startup

    check_settings(app)
    load_at_startup(app)
