"""Centre registry: registration, status history (each change a decision record), approvals, facts on a date."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ColumnElement, Select, exists, false, func, literal, or_, select, type_coerce
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Session, aliased

from inspections.access import university_scope
from inspections.centres.models import Approval, Centre, CentreStatusChange
from inspections.centres.schemas import CentreApprovalIn, CentreIn, normalize_licence
from inspections.citations import CENTRE_LIST
from inspections.common import basis_json, dates, new_id, ruleset_version
from inspections.permissibility.rules import CentreFacts
from shared.auth import Actor
from shared.decisions import record_decision
from shared.errors import Conflict, Forbidden, NotFound, ValidationProblem
from shared.jalali import today_tehran
from shared.pagination import Order, Page, capped_count, keyset, page_rows
from shared.provenance import RegulationRegistry
from shared.text import search_key

# Roles that may record an FDO registration (IRC) as verified (SPEC INS-R: a claimed exosome IRC is never taken on trust).
IRC_VERIFIERS = ("ministry_supervisor", "admin")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def get_centre(session: Session, actor: Actor | None, centre_id: str) -> Centre:
    """The centre, or 404 (also when it belongs to another university than the actor's)."""
    centre = session.get(Centre, centre_id)
    scope = university_scope(actor) if actor else None
    if centre is None or (scope is not None and centre.university != scope):
        raise NotFound(f"No centre {centre_id}.", detail_fa=f"مرکز {centre_id} یافت نشد.")
    return centre


def record_status_change(
    session: Session,
    registry: RegulationRegistry,
    actor: Actor | None,
    centre: Centre,
    status: str,
    effective_on: dt.date,
    act_type: str,
    act_ref: str | None,
    reason: str | None,
    basis: list | None = None,
) -> CentreStatusChange:
    """Every status change is a decision record with the act that caused it."""
    previous = None if act_type == "registration" else centre.status
    basis = basis or basis_json(registry, CENTRE_LIST)
    decision = record_decision(
        session,
        kind="centre_status_change",
        subject_type="centre",
        subject_id=centre.id,
        inputs={"status": status, "previous_status": previous, "effective_on": effective_on, "act_type": act_type, "act_ref": act_ref, "reason": reason},
        outcome={"status": status, "effective_on": effective_on},
        basis=basis,
        ruleset_version=ruleset_version(registry),
        actor=actor,
    )
    change = CentreStatusChange(
        centre_id=centre.id,
        status=status,
        previous_status=previous,
        effective_on=effective_on,
        act_type=act_type,
        act_ref=act_ref,
        reason=reason,
        decision_id=decision.decision_id,
        actor_sub=getattr(actor, "sub", None),
        recorded_at=_now(),
    )
    session.add(change)
    centre.status = status
    session.flush()
    return change


def _approval(centre_id: str, a: CentreApprovalIn, actor: Actor | None) -> Approval:
    if a.verified and getattr(actor, "role", None) not in IRC_VERIFIERS:
        raise Forbidden(
            "Only a Ministry role may record an FDO registration (IRC) as verified.", detail_fa="فقط نقش‌های وزارت بهداشت می‌توانند ثبت IRC را تاییدشده ثبت کنند."
        )
    return Approval(
        id=new_id(),
        centre_id=centre_id,
        type=a.type,
        kind=a.kind,
        ethics_code=a.ethics_code,
        committee=a.committee,
        irc_code=a.irc_code,
        product=a.product,
        holder=a.holder,
        verified=a.verified,
        verified_by=f"{actor.role}:{actor.sub}" if a.verified and actor is not None else None,
        title=a.title,
        valid_from=a.valid_from,
        valid_to=a.valid_to,
        created_at=_now(),
    )


def create_centre(session: Session, registry: RegulationRegistry, actor: Actor, data: CentreIn, university: str) -> Centre:
    if data.licence is not None:
        clash = session.scalar(select(Centre.id).where(Centre.licence_number == data.licence.number))
        if clash:
            raise Conflict(f"Licence number {data.licence.number} is already registered (centre {clash}).", detail_fa="این شماره پروانه قبلاً ثبت شده است.")
    for a in data.approvals:
        if a.kind not in data.kinds:
            raise Conflict(
                f"An approval for {a.kind} needs the centre to be registered for that kind.",
                detail_fa="مصوبه فقط برای نوع فعالیتی ثبت می‌شود که مرکز برای آن ثبت شده است.",
                errors=[{"field": "approvals", "message": "kind not among the centre's kinds", "message_fa": "این نوع فعالیت در میان انواع ثبت‌شده مرکز نیست"}],
            )
    registered_on = data.registered_on or today_tehran()
    if registered_on > today_tehran():
        raise ValidationProblem(
            "registered_on is in the future.",
            detail_fa="تاریخ ثبت (registered_on) در آینده است.",
            errors=[{"field": "registered_on", "message": "in the future", "message_fa": "در آینده است"}],
        )
    centre = Centre(
        id=new_id(),
        name=data.name,
        name_key=search_key(data.name),
        university=university,
        province=data.province,
        status=data.status,
        kinds=list(data.kinds),
        licence_number=data.licence.number if data.licence else None,
        licence_valid_from=data.licence.valid_from if data.licence else None,
        licence_valid_to=data.licence.valid_to if data.licence else None,
        technical_manager_name=data.technical_manager.name if data.technical_manager else None,
        technical_manager_national_code=data.technical_manager.national_code if data.technical_manager else None,
        space_certified=data.physical_space.certified,
        space_certificate_ref=data.physical_space.certificate_ref,
        space_certified_on=data.physical_space.certified_on,
        registered_on=registered_on,
        created_at=_now(),
        version=1,
    )
    session.add(centre)
    session.flush()
    for a in data.approvals:
        session.add(_approval(centre.id, a, actor))
    record_status_change(session, registry, actor, centre, data.status, registered_on, "registration", None, "registered in the centre list")
    return centre


def add_approval(session: Session, actor: Actor, centre: Centre, data: CentreApprovalIn) -> Approval:
    if data.kind not in centre.kinds:
        raise Conflict(f"Centre {centre.id} is not registered for {data.kind}.", detail_fa="مرکز برای این نوع فعالیت ثبت نشده است.")
    approval = _approval(centre.id, data, actor)
    session.add(approval)
    centre.version += 1
    session.flush()
    return approval


def history(session: Session, centre_id: str) -> list[CentreStatusChange]:
    return list(
        session.scalars(
            select(CentreStatusChange).where(CentreStatusChange.centre_id == centre_id).order_by(CentreStatusChange.effective_on, CentreStatusChange.id)
        )
    )


def approvals(session: Session, centre_id: str) -> list[Approval]:
    return list(session.scalars(select(Approval).where(Approval.centre_id == centre_id).order_by(Approval.valid_from, Approval.id)))


def status_on(changes: list[CentreStatusChange], on: dt.date) -> CentreStatusChange | None:
    """The change in force on a date: the last one effective on or before it (history ordered)."""
    current = None
    for c in changes:
        if c.effective_on <= on:
            current = c
    return current


def licence_valid(centre: Centre, on: dt.date) -> bool:
    return bool(centre.licence_number and centre.licence_valid_from and centre.licence_valid_to and centre.licence_valid_from <= on <= centre.licence_valid_to)


def approval_valid(a: Approval, on: dt.date) -> bool:
    return a.valid_from <= on and (a.valid_to is None or on <= a.valid_to)


APPROVAL_OF = {"ethics": "research_approval", "irc": "irc_code"}


def facts_from(centre: Centre, changes: list[CentreStatusChange], held_approvals: list[Approval], kind: str, on: dt.date) -> CentreFacts:
    """What the engine needs to know about the centre on that date (INS-R with a centre), from loaded rows."""
    change = status_on(changes, on)
    valid = [a for a in held_approvals if a.kind == kind and approval_valid(a, on)]
    return CentreFacts(
        centre_id=centre.id,
        registered=change is not None,
        status=change.status if change else None,
        status_act=f"{change.act_type} {change.act_ref or ''} decision {change.decision_id}".replace("  ", " ") if change else None,
        licence_valid=licence_valid(centre, on),
        kinds=frozenset(centre.kinds),
        approvals=frozenset(APPROVAL_OF[a.type] for a in valid if a.type in APPROVAL_OF),
        irc_verified=any(a.type == "irc" and a.verified for a in valid),
    )


def facts(session: Session, centre: Centre, kind: str, on: dt.date) -> CentreFacts:
    return facts_from(centre, history(session, centre.id), approvals(session, centre.id), kind, on)


def irc_verified(session: Session, irc_code: str | None, kind: str, on: dt.date) -> bool:
    """Whether the registry holds this IRC as an FDO registration for that kind, valid on the date, verified by a Ministry role."""
    if not irc_code:
        return False
    rows = session.scalars(select(Approval).where(Approval.type == "irc", Approval.irc_code == irc_code, Approval.kind == kind, Approval.verified.is_(True)))
    return any(approval_valid(a, on) for a in rows)


def approval_view(a: Approval, on: dt.date | None = None) -> dict[str, Any]:
    on = on or today_tehran()
    return {
        "id": a.id,
        "type": a.type,
        "kind": a.kind,
        "ethics_code": a.ethics_code,
        "committee": a.committee,
        "irc_code": a.irc_code,
        "product": a.product,
        "holder": a.holder,
        "verified": a.verified,
        "verified_by": a.verified_by,
        "migrated_from": a.migrated_from,
        "title": a.title,
        **dates(valid_from=a.valid_from, valid_to=a.valid_to),
        "valid_today": approval_valid(a, on),
    }


def change_view(c: CentreStatusChange) -> dict[str, Any]:
    return {
        "status": c.status,
        "previous_status": c.previous_status,
        **dates(effective_on=c.effective_on),
        "act_type": c.act_type,
        "act_ref": c.act_ref,
        "reason": c.reason,
        "decision_id": c.decision_id,
        **dates(recorded_at=c.recorded_at),
    }


def centre_view(session: Session, centre: Centre, *, full: bool = True) -> dict[str, Any]:
    today = today_tehran()
    out: dict[str, Any] = {
        "id": centre.id,
        "name": centre.name,
        "university": centre.university,
        "province": centre.province,
        "status": centre.status,
        "kinds": centre.kinds,
        "licence": {
            "number": centre.licence_number,
            **dates(valid_from=centre.licence_valid_from, valid_to=centre.licence_valid_to),
            "valid_today": licence_valid(centre, today),
        }
        if centre.licence_number
        else None,
        "technical_manager": {"name": centre.technical_manager_name, "national_code": centre.technical_manager_national_code}
        if centre.technical_manager_name
        else None,
        "physical_space": {
            "certified": centre.space_certified,
            "certificate_ref": centre.space_certificate_ref,
            **dates(certified_on=centre.space_certified_on),
        },
        **dates(registered_on=centre.registered_on),
        "version": centre.version,
    }
    if full:
        out["approvals"] = [approval_view(a, today) for a in approvals(session, centre.id)]
        out["status_history"] = [change_view(c) for c in history(session, centre.id)]
    return out


# By university, name and id. Indexes (migration 0004): (university, name, id); (university, status, name, id);
# (status, university, name, id); GIN on kinds (jsonb_path_ops) and a trigram index on name_key (PostgreSQL).
CENTRE_ORDER = Order("centres", ((Centre.university, False), (Centre.name, False), (Centre.id, False)))


def has_kind(kind: str, dialect: str) -> ColumnElement[bool]:
    """Centres whose JSON list of kinds holds `kind`, in SQL: `kinds @> '["kind"]'` on PostgreSQL (JSONB, served by the
    GIN index), json_each on SQLite."""
    if dialect == "postgresql":
        return type_coerce(Centre.kinds, JSONB).contains([kind])
    each = func.json_each(Centre.kinds).table_valued("value")
    return exists(select(literal(1)).select_from(each).where(each.c.value == kind))


def centres_filtered(scope: str | None, university: str | None, status: str | None, kind: str | None, q: str | None, dialect: str) -> Select:
    """The centres matching the list's filters, every one in SQL."""
    stmt = select(Centre)
    if scope is not None:
        stmt = stmt.where(Centre.university == scope)
    if university:
        stmt = stmt.where(Centre.university == university)
    if status:
        stmt = stmt.where(Centre.status == status)
    if kind:
        stmt = stmt.where(has_kind(kind, dialect))
    if q:
        stmt = stmt.where(name_or_licence(q))
    return stmt


def list_centres(
    session: Session, scope: str | None, university: str | None, status: str | None, kind: str | None, q: str | None, page: Page
) -> tuple[tuple[int, bool], list[Centre], str | None]:
    """(the capped total, this page's centres, the next page's cursor): filters in SQL, keyset on CENTRE_ORDER."""
    stmt = centres_filtered(scope, university, status, kind, q, session.get_bind().dialect.name)
    total = capped_count(session, stmt)
    rows, nxt = (
        search_page(session, stmt, CENTRE_ORDER, page, total) if q else page_rows(session.scalars(keyset(stmt, CENTRE_ORDER, page)).all(), CENTRE_ORDER, page)
    )
    return total, rows, nxt


# A name search matching at most this many centres is read through the trigram index and sorted; more, and the
# list's order index is walked (the matches are dense enough to fill a page quickly).
SEARCH_SORT_MAX = 2_000


def search_page(session: Session, stmt: Select, order: Order, page: Page, total: tuple[int, bool]) -> tuple[list[Centre], str | None]:
    """A page of a name search (`stmt`, with its capped total). On PostgreSQL a search matching few centres is read as
    a MATERIALIZED set (the trigram index's bitmap) and sorted, whatever the planner guesses about LIKE's selectivity:
    walking the order index for matches that sit together late in the order would read most of the table."""
    if session.get_bind().dialect.name == "postgresql" and not total[1] and total[0] <= SEARCH_SORT_MAX:
        matches = aliased(Centre, stmt.cte("matches").prefix_with("MATERIALIZED"))
        over = Order(order.name, tuple((getattr(matches, c.key), desc) for c, desc in order.columns))
        return page_rows(session.scalars(keyset(select(matches), over, page)).all(), over, page)
    return page_rows(session.scalars(keyset(stmt, order, page)).all(), order, page)


def count_centres(session: Session, university: str) -> int:
    return session.scalar(select(func.count()).select_from(Centre).where(Centre.university == university)) or 0


def name_or_licence(q: str):
    """Centres whose name contains q (name_matches) or whose licence number is q."""
    conditions = [name_matches(q)]
    try:
        conditions.append(Centre.licence_number == normalize_licence(q))
    except ValueError:
        pass
    return or_(*conditions)


def name_matches(q: str):
    """Centres whose name contains q (SHR-TEXT key), with LIKE's `%`, `_` and escape character taken literally;
    a q with nothing left after normalising matches no name (it is not a wildcard for every centre)."""
    key = search_key(q)
    if not key:
        return false()
    return Centre.name_key.contains(key, autoescape=True)
