"""Who may see and do what in the inspections service (roles from the platform brief)."""

from __future__ import annotations

from shared.auth import Actor, Roles
from shared.errors import Forbidden, NotFound

UNIVERSITY_ROLES = ("university_inspector", "university_deputy")
ALL_UNIVERSITIES = ("ministry_supervisor", "medical_council", "admin", "service")
WHAT_FA = {"university": "دانشگاه", "centre": "مرکز"}

# Read: every staff role; the university roles only see their own university.
Reader = Roles("university_inspector", "university_deputy", "ministry_supervisor", "medical_council", "admin", "service")
# Registry writes: the university (inspector, deputy for treatment), the Ministry supervisor, admin.
RegistryWriter = Roles("university_inspector", "university_deputy", "ministry_supervisor", "admin")
# Inspections are recorded by an inspector of the centre's university (or the Ministry supervisor).
Inspector = Roles("university_inspector", "ministry_supervisor", "admin")
# Enforcement (ordering and moving actions, status rulings): the deputy for treatment, the Ministry.
Enforcer = Roles("university_deputy", "ministry_supervisor", "admin")


def university_scope(actor: Actor) -> str | None:
    """The one university the actor may see, or None for all (only the roles in ALL_UNIVERSITIES).

    A university role whose token names no university (`org`) is refused (403): it is never read as
    "all universities". Any other role not listed as seeing every university is refused too.
    """
    if actor.role in UNIVERSITY_ROLES:
        if not (actor.org or "").strip():
            raise Forbidden(
                f"A {actor.role} token must name its university (org); without it nothing is visible.",
                detail_fa="توکن نقش دانشگاهی باید دانشگاه (org) را مشخص کند.",
            )
        return actor.org
    if actor.role not in ALL_UNIVERSITIES:
        raise Forbidden(f"Role {actor.role} may not read university records.", detail_fa="این نقش به سوابق دانشگاه‌ها دسترسی ندارد.")
    return None


def ensure_visible(actor: Actor, university: str, what: str, ident: str) -> None:
    """Another organisation's record answers 404, not 403 (platform rule)."""
    scope = university_scope(actor)
    if scope is not None and scope != university:
        raise NotFound(f"No {what} {ident}.", detail_fa=f"{WHAT_FA.get(what, what)} {ident} یافت نشد.")


def ensure_own_university(actor: Actor, university: str) -> None:
    scope = university_scope(actor)
    if scope is not None and scope != university:
        raise Forbidden(
            f"A {actor.role} of {scope} may not act for university {university}.",
            detail_fa="فقط برای دانشگاه خودتان مجاز است.",
        )
