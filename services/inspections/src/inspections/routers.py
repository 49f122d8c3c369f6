"""The inspections service's domain routers, in the order they appear in the OpenAPI document."""

from __future__ import annotations

from fastapi import APIRouter, FastAPI

ROUTERS: list[APIRouter] = []


def on_startup(app: FastAPI) -> None:
    """Load reference data and anything else the service needs once per process."""
