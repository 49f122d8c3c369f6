"""The declaration state machine (CUS-5, 6.3.1, 6.3.2): which role may take which action in which state (pure)."""

from __future__ import annotations

from typing import Any

AWAITING_EXPERT = "awaiting_expert_review"
AWAITING_HEAD = "awaiting_head_approval"
AWAITING_DG = "awaiting_dg_release"
AWAITING_STAMP = "awaiting_stamp"
CLEARED = "cleared"
REFUSED = "refused"
STATES = (AWAITING_EXPERT, AWAITING_HEAD, AWAITING_DG, AWAITING_STAMP, CLEARED, REFUSED)
TERMINAL = frozenset({CLEARED, REFUSED})

# action -> {role: states it may act in}
ACTIONS: dict[str, dict[str, frozenset[str]]] = {
    "expert_review": {"gio_expert": frozenset({AWAITING_EXPERT})},
    "identify": {"gio_expert": frozenset({AWAITING_EXPERT})},  # CUS-ID: substances of unrecognised items
    "head_approval": {"gio_head": frozenset({AWAITING_HEAD})},
    "dg_release": {"dpna_dg": frozenset({AWAITING_DG})},
    "stamp": {"gio_expert": frozenset({AWAITING_STAMP})},
    "refuse": {
        "gio_expert": frozenset({AWAITING_EXPERT, AWAITING_STAMP}),
        "gio_head": frozenset({AWAITING_HEAD}),
        "dpna_dg": frozenset({AWAITING_DG}),
    },
}
# Requirements the workflow itself closes (the rest are documents the expert confirms in the review).
WORKFLOW_REQUIREMENTS = frozenset({"gio_expert_review", "controlled_substances_office_referral", "head_of_gio_approval", "dg_release"})


def allowed_roles(action: str) -> list[str]:
    return sorted(ACTIONS[action])


def may(action: str, role: str, state: str) -> bool:
    return state in ACTIONS.get(action, {}).get(role, frozenset())


def next_actions(state: str) -> list[dict[str, str]]:
    return [{"action": a, "role": r} for a, roles in ACTIONS.items() for r, states in roles.items() if state in states]


def after_review(items_state: list[dict[str, Any]]) -> str:
    """Where an accepted declaration goes next: head of GIO (doping), then DG (controlled, doping), then the stamp."""
    accepted = [i for i in items_state if i["status"] == "accepted"]
    if not accepted:
        return REFUSED
    if any("head_of_gio_approval" in i["open_requirements"] for i in accepted):
        return AWAITING_HEAD
    if any("dg_release" in i["open_requirements"] for i in accepted):
        return AWAITING_DG
    return AWAITING_STAMP
