"""Shipped reference data (assessment defaults, minimum wages), read once per process."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml

from claims.assessment.rules import RuleData
from claims.fees.rules import Wage


def _load(name: str) -> dict[str, Any]:
    return yaml.safe_load(resources.files("claims.data").joinpath(name).read_text(encoding="utf-8")) or {}


@lru_cache(maxsize=1)
def default_rule_data() -> RuleData:
    """CLM-A4 defaults: CONFIGURATION, not regulation (data/assessment_defaults.yaml)."""
    return RuleData.from_mapping(_load("assessment_defaults.yaml"))


def default_rule_mapping() -> dict[str, Any]:
    return _load("assessment_defaults.yaml")


@lru_cache(maxsize=1)
def shipped_wages() -> dict[int, Wage]:
    """CLM-P note 1: the daily minimum wage per Jalali year, with its source (data/minimum_wages.yaml)."""
    raw = _load("minimum_wages.yaml")
    return {int(w["year"]): Wage(int(w["year"]), int(w["daily_rials"]), str(w["source"])) for w in raw.get("wages") or []}


def wages_version() -> str:
    return str(_load("minimum_wages.yaml").get("version", "wages-unknown"))


@lru_cache(maxsize=1)
def pilot_bounds():
    """CLM-H2: the pilot's bounds (data/rollout.yaml)."""
    from claims.agencies.rules import PilotBounds

    raw = _load("rollout.yaml")
    p = raw["pilot"]
    return PilotBounds(
        int(p["max_months"]),
        int(p["max_agencies"]),
        tuple(str(x) for x in p["provinces"]),
        tuple(str(x) for x in raw["beyond_pilot_approved_by"]),
        str(raw.get("version", "rollout-unknown")),
    )
