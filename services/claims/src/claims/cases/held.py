"""Issue 18: `cases.held`, whether a case has a line held for SPEC X1/X2, kept in step with its lines on every flush.

The agency's case list filters `held=` on an indexed column (ix_cases_held_agency_due) instead of an EXISTS over
case_lines per case. Whatever code adds, changes or deletes a line (registration, verification, correction), the
cases it touched get `held` recomputed from their lines in the same transaction, after the flush.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, exists, select, update
from sqlalchemy.orm import Session

from claims.cases.models import Case, CaseLine
from claims.verification.rules import HELD

_PENDING = "claims.held_cases"


def _collect(session: Session, _ctx: Any, _instances: Any) -> None:
    touched = {obj.case_id for obj in (*session.new, *session.dirty, *session.deleted) if isinstance(obj, CaseLine) and obj.case_id}
    if touched:
        session.info.setdefault(_PENDING, set()).update(touched)


def _apply(session: Session, _ctx: Any) -> None:
    touched = session.info.pop(_PENDING, None)
    if not touched:
        return
    any_held = exists(select(CaseLine.id).where(CaseLine.case_id == Case.id, CaseLine.verification_status.in_(sorted(HELD))))
    session.connection().execute(update(Case).where(Case.id.in_(sorted(touched))).values(held=any_held).execution_options(synchronize_session=False))
    for obj in list(session.identity_map.values()):
        if isinstance(obj, Case) and obj.id in touched:
            session.expire(obj, ["held"])


def install() -> None:
    """Listen on every session (idempotent); other services' sessions never hold a CaseLine."""
    if not event.contains(Session, "before_flush", _collect):
        event.listen(Session, "before_flush", _collect)
        event.listen(Session, "after_flush_postexec", _apply)
