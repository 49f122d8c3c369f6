"""Pure enforcement logic (no I/O): the action state machine and what each transition does to the centre."""

from __future__ import annotations

ACTION_TYPES = ("closure", "seizure", "referral")
REFERRAL_BODIES = ("judiciary", "punishment_organisation", "disciplinary_board")
STATES = ("ordered", "executed", "lifted", "concluded")

# (type, from, to) allowed. Lifting (a closure unsealed, seized products released) needs a recorded decision.
# A referral is not "lifted": it is executed (sent) and concluded (the body's verdict recorded).
TRANSITIONS: dict[str, dict[str, tuple[str, ...]]] = {
    "closure": {"ordered": ("executed", "lifted"), "executed": ("lifted", "concluded"), "lifted": ("concluded",), "concluded": ()},
    "seizure": {"ordered": ("executed", "lifted"), "executed": ("lifted", "concluded"), "lifted": ("concluded",), "concluded": ()},
    "referral": {"ordered": ("executed",), "executed": ("concluded",), "concluded": ()},
}
NEEDS_DECISION = {"lifted", "concluded"}


def allowed(action_type: str, current: str, target: str) -> bool:
    return target in TRANSITIONS[action_type].get(current, ())


def centre_effect(action_type: str, target: str) -> str | None:
    """What a transition does to the centre's status: a closure closes it (on order); lifting the closure reopens it."""
    if action_type != "closure":
        return None
    if target == "ordered":
        return "close"
    if target == "lifted":
        return "reopen"
    return None
