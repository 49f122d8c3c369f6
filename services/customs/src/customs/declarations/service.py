"""Declarations: evaluate and store, visibility, workflow actions (service functions only flush)."""

from __future__ import annotations

import copy
import uuid
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from fastapi import FastAPI
from sqlalchemy import select
from sqlalchemy.orm import Session

from customs.declarations import workflow as wf
from customs.declarations.letters import next_letter_number
from customs.declarations.models import Declaration, ExpertAssignment
from customs.declarations.rules import IDENTIFICATION_REQUIREMENTS, REQUIREMENTS, SYSTEM_REQUIREMENTS, Engine, merge_basis, verification_summary
from customs.declarations.schemas import CustomsActionIn, DeclarationIn
from customs.reference.lists import ReferenceData
from shared.auth import Actor
from shared.decisions import record_decision
from shared.errors import Conflict, DomainError, Forbidden, NotFound, ValidationProblem
from shared.jalali import date_pair, today_tehran
from shared.pagination import Order, Page, decode_cursor, keyset, page_rows, page_total

STAFF_ROLES = frozenset({"gio_expert", "gio_head", "dpna_dg", "admin"})


class WrongState(DomainError):
    status, type = 409, "wrong-state"


class RequirementsOpen(DomainError):
    status, type = 409, "requirements-open"


def check_office_and_forms(ref: ReferenceData, office: str | None, items: list[Any], field_prefix: str = "items") -> None:
    """Unknown customs office or dosage form: 422 with the field path and the accepted values."""
    errors = []
    if office is not None and ref.office(office) is None:
        errors.append(
            {
                "field": "customs_office",
                "message": f"unknown customs office {office!r}; known: {', '.join(sorted(ref.offices))}",
                "message_fa": f"اداره گمرک {office!r} شناخته نیست؛ اداره‌های شناخته‌شده: {'، '.join(sorted(ref.offices))}",
            }
        )
    for i, it in enumerate(items):
        code = ref.dosage_form_code(it.dosage_form)
        if code is None:
            known = ", ".join(r["code"] for r in ref.lists["dosage_forms"])
            errors.append(
                {
                    "field": f"{field_prefix}.{i}.dosage_form",
                    "message": f"unknown dosage form {it.dosage_form!r}; accepted: {known} (or their Persian names)",
                    "message_fa": f"شکل دارویی {it.dosage_form!r} شناخته نیست؛ مجاز: {known} (یا نام فارسی آن‌ها)",
                }
            )
        else:
            it.dosage_form = code
    if errors:
        summary = "; ".join(f"{e['field']}: {e['message']}" for e in errors[:3])
        raise ValidationProblem(f"The request is invalid: {summary}", detail_fa="اداره گمرک یا شکل دارویی نامعتبر است.", errors=errors)


def owner_matches(actor: Actor, national_code: str | None, passport_no: str | None) -> bool:
    nc, pp = actor.claim("national_code"), actor.claim("passport")
    return bool((nc and national_code and str(nc) == national_code) or (pp and passport_no and str(pp).upper() == passport_no))


def create(session: Session, app: FastAPI, body: DeclarationIn, actor: Actor) -> tuple[Declaration, str]:
    """Evaluate a declaration with the current engine and store it with its evaluation (CUS-3 ... 6.3.5)."""
    engine: Engine = app.state.customs_engine
    ref = engine.reference
    if actor.role == "customs_officer" and (actor.org or "").upper() != body.customs_office.upper():
        raise Forbidden("A customs officer files declarations for their own office only.", detail_fa="مامور گمرک فقط برای گمرک خود اظهارنامه ثبت می کند.")
    if actor.role == "traveller" and not (body.owner.kind == "natural" and owner_matches(actor, body.owner.national_code, body.owner.passport_no)):
        raise Forbidden("A traveller files declarations in their own name only.", detail_fa="مسافر فقط به نام خود اظهارنامه ثبت می کند.")
    check_office_and_forms(ref, body.customs_office, body.items)
    today = today_tehran()
    on = body.decision_date or today
    if on > today:
        raise ValidationProblem(
            "decision_date cannot be in the future for a stored declaration (use the public pre-check for what-if questions).",
            detail_fa="تاریخ تصمیم نمی تواند در آینده باشد.",
            errors=[{"field": "decision_date", "message": f"after today ({today.isoformat()})", "message_fa": f"پس از امروز ({today.isoformat()}) است"}],
        )
    # SPEC X3: ask inspections (through the gateway) before evaluating; the engine takes the answers as input.
    from customs.verification.client import fetch_rulings
    from customs.verification.service import record_columns

    questions = engine.x3_questions(body, on, as_of=today)
    rulings = fetch_rulings(app, questions)
    evaluation = engine.evaluate(body, on, as_of=today, product_rulings=rulings).to_dict()
    now = datetime.now(UTC)
    items_state = [
        {
            "index": it["index"],
            "status": {"refused": "refused", "out_of_scope": "out_of_scope"}.get(it["outcome"], "pending"),
            "open_requirements": [r["code"] for r in it["requirements"]],
            "cleared_quantity": None,
            "reason": None,
        }
        for it in evaluation["items"]
    ]
    decl = Declaration(
        id=str(uuid.uuid4()),
        channel=body.channel,
        purpose=body.purpose,
        customs_office=ref.office(body.customs_office)["code"],
        owner_kind=body.owner.kind,
        owner_national_code=body.owner.national_code,
        owner_passport_no=body.owner.passport_no,
        warehouse_receipt_no=body.warehouse_receipt_no,
        decision_date=on,
        state=wf.AWAITING_EXPERT,
        version=1,
        payload=body.model_dump(mode="json"),
        evaluation=evaluation,
        items_state=items_state,
        steps=[],
        ruleset_version=engine.ruleset_version,
        reference_version=ref.version,
        reference_versions=dict(ref.versions),
        created_by=actor.sub,
        created_by_role=actor.role,
        created_at=now,
        updated_at=now,
    )
    record_columns(decl, evaluation, asked=bool(questions), now=now)
    session.add(decl)
    session.flush()
    rec = record_decision(
        session,
        kind="customs.declaration.evaluated",
        subject_type="declaration",
        subject_id=decl.id,
        inputs={**decl.payload, "decision_date": on.isoformat(), "reference_versions": decl.reference_versions},
        outcome={
            "outcome": evaluation["outcome"],
            "verification": evaluation["verification"]["status"],
            "items": [
                {
                    "index": i["index"],
                    "outcome": i["outcome"],
                    "requirements": [r["code"] for r in i["requirements"]],
                    "max_clearable_quantity": i["max_clearable_quantity"],
                    **({"x3_checks": i["x3_checks"]} if i["x3_checks"] else {}),
                }
                for i in evaluation["items"]
            ],
        },
        basis=evaluation["basis"],
        ruleset_version=engine.ruleset_version,
        actor=actor,
    )
    decl.steps = [_step("submitted", actor, None, wf.AWAITING_EXPERT, rec.decision_id, None, now)]
    session.flush()
    return decl, rec.decision_id


def get_visible(session: Session, decl_id: str, actor: Actor, *, lock: bool = False) -> Declaration:
    """A traveller sees their own declarations, a customs officer their office's; others' answer 404."""
    q = select(Declaration).where(Declaration.id == decl_id)
    if lock:
        q = q.with_for_update()
    decl = session.execute(q).scalar_one_or_none()
    if decl is None or not visible(decl, actor):
        raise NotFound(f"No declaration {decl_id}.", detail_fa="اظهارنامه یافت نشد.")
    return decl


def visible(decl: Declaration, actor: Actor) -> bool:
    if actor.role in STAFF_ROLES:
        return True
    if actor.role == "customs_officer":
        return (actor.org or "").upper() == decl.customs_office.upper()
    if actor.role == "traveller":
        return owner_matches(actor, decl.owner_national_code, decl.owner_passport_no)
    return False


# Newest first; `id` breaks ties. Indexes (migration 0005): (customs_office, created_at desc, id),
# (state, created_at desc, id), (created_at desc, id) and the owner's (owner_national_code | owner_passport_no, created_at desc, id).
DECLARATION_ORDER = Order("declarations", ((Declaration.created_at, True), (Declaration.id, True)))


def list_visible(session: Session, actor: Actor, state: str | None, office: str | None, page: Page) -> tuple[list[Declaration], tuple[int, bool], str | None]:
    """A page of the declarations the actor may see (filters in SQL, keyset on DECLARATION_ORDER), the capped total and
    the next page's cursor."""
    from sqlalchemy import or_

    q = select(Declaration)
    if actor.role == "customs_officer":
        q = q.where(Declaration.customs_office == (actor.org or "").upper())
    elif actor.role == "traveller":
        nc, pp = actor.claim("national_code"), actor.claim("passport")
        conds = []
        if nc:
            conds.append(Declaration.owner_national_code == str(nc))
        if pp:
            conds.append(Declaration.owner_passport_no == str(pp).upper())
        if not conds:
            if page.cursor is not None:
                decode_cursor(DECLARATION_ORDER, page.cursor)
            return [], (0, False), None
        q = q.where(or_(*conds))
    if state:
        q = q.where(Declaration.state == state)
    if office:
        q = q.where(Declaration.customs_office == office.upper())
    rows, nxt = page_rows(session.execute(keyset(q, DECLARATION_ORDER, page)).scalars().all(), DECLARATION_ORDER, page)
    return rows, page_total(session, q, page, rows, nxt), nxt


def summary(decl: Declaration) -> dict[str, Any]:
    """A declaration as a row of the list."""
    return {
        "id": decl.id,
        "state": decl.state,
        "version": decl.version,
        "customs_office": decl.customs_office,
        "channel": decl.channel,
        "purpose": decl.purpose,
        "outcome": decl.evaluation["outcome"],
        "decision_date": decl.decision_date.isoformat(),
        "created_at": decl.created_at.isoformat(),
    }


def _step(action: str, actor: Actor, state_from: str | None, state_to: str, decision_id: str, note: str | None, at: datetime) -> dict[str, Any]:
    return {
        "action": action,
        "actor": actor.sub,
        "role": actor.role,
        "state_from": state_from,
        "state_to": state_to,
        "decision_id": decision_id,
        "note": note,
        "at": at.isoformat(),
    }


def _assigned(session: Session, office: str, sub: str) -> bool:
    row = session.execute(
        select(ExpertAssignment).where(ExpertAssignment.office_code == office, ExpertAssignment.expert_sub == sub, ExpertAssignment.active.is_(True))
    ).scalar_one_or_none()
    return row is not None


def apply_action(session: Session, app: FastAPI, decl: Declaration, body: CustomsActionIn, actor: Actor) -> tuple[Declaration, str]:
    """One workflow step by its role in an allowed state (403 wrong role, 409 wrong state); each a decision record."""
    action = body.action
    roles = wf.ACTIONS[action]
    if actor.role not in roles:
        raise Forbidden(f"Only {', '.join(wf.allowed_roles(action))} may {action}.", detail_fa="این اقدام برای این نقش مجاز نیست.")
    if not wf.may(action, actor.role, decl.state):
        raise WrongState(
            f"{action} by {actor.role} is not allowed in state {decl.state}; allowed next: {', '.join(a['action'] + ' (' + a['role'] + ')' for a in wf.next_actions(decl.state)) or 'none (final)'}.",
            detail_fa=f"این اقدام در وضعیت {decl.state} مجاز نیست.",
            state=decl.state,
        )
    ref: ReferenceData = app.state.reference
    has_gio = ref.office_has_gio(decl.customs_office)
    if actor.role == "gio_expert" and has_gio and not _assigned(session, decl.customs_office, actor.sub):
        raise Forbidden(
            f"The head of GIO has not assigned you to {decl.customs_office} (CUS-5).",
            detail_fa="رئیس اداره بازرسی فنی شما را برای این گمرک تعیین نکرده است.",
        )
    items = copy.deepcopy(decl.items_state)
    ev = decl.evaluation
    state_from = decl.state
    basis_rules: list[str] = ["CUS-5"]
    extra: dict[str, Any] = {}
    if action == "refuse":
        state_to = _refuse(items, actor.role, body.reason or "")
        basis_rules += [{"gio_head": "CUS-5-HEAD", "dpna_dg": "CUS-5-DG"}.get(actor.role, "CUS-5")]
    elif action == "identify":
        ev = identify(app, decl, body, actor, items)
        decl.evaluation = ev
        state_to = wf.AWAITING_EXPERT
        basis_rules.append("CUS-ID")
    elif action == "expert_review":
        state_to = _review(items, ev, body)
        basis_rules += ["CUS-6.2", "CUS-6.3.5"]
    elif action == "head_approval":
        for it in items:
            if it["status"] == "accepted" and "head_of_gio_approval" in it["open_requirements"]:
                it["open_requirements"].remove("head_of_gio_approval")
        state_to = wf.AWAITING_DG if any("dg_release" in i["open_requirements"] for i in items if i["status"] == "accepted") else wf.AWAITING_STAMP
        basis_rules += ["CUS-5-HEAD", *_control_rules(ev)]
    elif action == "dg_release":
        for it in items:
            if it["status"] == "accepted" and "dg_release" in it["open_requirements"]:
                it["open_requirements"].remove("dg_release")
        state_to = wf.AWAITING_STAMP
        basis_rules += ["CUS-5-DG", *_control_rules(ev)]
    else:  # stamp
        seal = actor.claim("seal_id")
        if not seal:
            raise Forbidden(
                "The token carries no seal_id: only an expert with a personal seal stamps the warehouse receipt (CUS-5).",
                detail_fa="توکن فاقد شماره مهر کارشناس است.",
            )
        if body.seal_id and body.seal_id != str(seal):
            raise ValidationProblem(
                "seal_id differs from your own seal.",
                detail_fa="شماره مهر (seal_id) با مهر شخصی شما یکی نیست.",
                errors=[{"field": "seal_id", "message": "must be the seal_id of the token", "message_fa": "باید همان شماره مهر (seal_id) توکن باشد"}],
            )
        receipt = body.warehouse_receipt_no or decl.warehouse_receipt_no
        if not receipt:
            raise ValidationProblem(
                "The warehouse receipt number (قبض انبار) is needed for the stamp.",
                detail_fa="برای مهر کردن، شماره قبض انبار لازم است.",
                errors=[{"field": "warehouse_receipt_no", "message": "required", "message_fa": "لازم است"}],
            )
        decl.warehouse_receipt_no = receipt
        decl.seal_id, decl.stamped_by, decl.stamped_at = str(seal), actor.sub, datetime.now(UTC)
        for it in items:
            if it["status"] == "accepted":
                it["status"] = "cleared"
                it["open_requirements"] = []
        if not has_gio:
            on = today_tehran()
            decl.clearance_letter_no = next_letter_number(session, "GIO-CL", on)
            decl.clearance_letter_date = on
            extra["clearance_letter_no"] = decl.clearance_letter_no
            basis_rules.append("CUS-5-LETTER")
        state_to = wf.CLEARED
    now = datetime.now(UTC)
    basis = [ev_cite for r in basis_rules for ev_cite in [_cite(app, r)] if ev_cite]
    basis += [c for c in ev["basis"] if c["kind"] == "warning"]
    rec = record_decision(
        session,
        kind=f"customs.declaration.{action}",
        subject_type="declaration",
        subject_id=decl.id,
        inputs={**body.model_dump(mode="json", exclude_none=True), "state": state_from, "version": decl.version},
        outcome={
            "state": state_to,
            "items": [
                {"index": i["index"], "status": i["status"], "cleared_quantity": i["cleared_quantity"], "open_requirements": i["open_requirements"]}
                for i in items
            ],
            **extra,
        },
        basis=basis,
        ruleset_version=decl.ruleset_version,
        actor=actor,
    )
    decl.items_state = items
    if decl.verification_status == "pending" and not any(i["status"] == "pending" and "inspections_verification" in i["open_requirements"] for i in items):
        decl.verification_status = "not_required"  # the waiting items were refused by a person: nothing left to verify (SPEC X3)
    decl.state = state_to
    decl.version += 1
    decl.updated_at = now
    decl.steps = [*decl.steps, _step(action, actor, state_from, state_to, rec.decision_id, body.note or body.reason, now)]
    session.flush()
    return decl, rec.decision_id


def _identified_substances(engine: Engine, body: CustomsActionIn, items: list[dict[str, Any]], actor: Actor) -> dict[str, dict[str, Any]]:
    """Each identification checked: an item that exists and still waits, substances the index knows (422 otherwise)."""
    out: dict[str, dict[str, Any]] = {}
    errors: list[dict[str, str]] = []
    for k, ident in enumerate(body.identifications):
        if ident.index >= len(items) or items[ident.index]["status"] != "pending":
            errors.append(
                {
                    "field": f"identifications.{k}.index",
                    "message": "no such item waiting for a decision",
                    "message_fa": "قلمی با این شماره در انتظار تصمیم نیست",
                }
            )
            continue
        subs: list[str] = []
        for j, name in enumerate(ident.substances):
            found = engine.reference.substances.resolve(name)
            if not found:
                errors.append(
                    {
                        "field": f"identifications.{k}.substances.{j}",
                        "message": f"{name!r} is not a substance of the index: add it to the substances list first",
                        "message_fa": f"{name!r} در فهرست مواد نیست: نخست آن را به فهرست مواد (substances) بیفزایید",
                    }
                )
            subs += [s for s in found if s not in subs]
        out[str(ident.index)] = {"substances": subs, "by": actor.sub, "reason": ident.reason, "at": datetime.now(UTC).isoformat()}
    if errors:
        raise ValidationProblem("Identification invalid: " + "; ".join(e["message"] for e in errors[:3]), detail_fa="شناسایی ماده نامعتبر است.", errors=errors)
    return out


def identify(app: FastAPI, decl: Declaration, body: CustomsActionIn, actor: Actor, items: list[dict[str, Any]]) -> dict[str, Any]:
    """CUS-ID: record the substances of unrecognised items and evaluate the waiting items again on them.
    Items an inspections answer decided (X3) keep their evaluation; items refused or decided by a person too."""
    engine: Engine = app.state.customs_engine
    ev = copy.deepcopy(decl.evaluation)
    known = {**(ev.get("identified") or {}), **_identified_substances(engine, body, items, actor)}
    fresh = engine.evaluate(
        DeclarationIn.model_validate(decl.payload), decl.decision_date, as_of=today_tehran(), identified={int(k): v["substances"] for k, v in known.items()}
    ).to_dict()
    for i, item in enumerate(fresh["items"]):
        if items[i]["status"] != "pending" or item["x3_checks"] or ev["items"][i].get("x3_checks"):
            continue
        ev["items"][i] = item
        items[i]["status"] = {"refused": "refused", "out_of_scope": "out_of_scope"}.get(item["outcome"], "pending")
        items[i]["open_requirements"] = [r["code"] for r in item["requirements"]] if items[i]["status"] == "pending" else []
    outcomes = {i["outcome"] for i in ev["items"]}
    ev["outcome"] = next((o for o in ("pending", "cleared", "refused") if o in outcomes), "out_of_scope")
    reqs: dict[str, dict[str, Any]] = {}
    for i in ev["items"]:
        for r in i["requirements"]:
            reqs.setdefault(r["code"], r)
    ev["requirements"] = list(reqs.values())
    ev["basis"] = merge_basis(fresh["basis"], *(i["basis"] for i in ev["items"]))
    ev["verification"] = verification_summary(ev["items"])
    ev["identified"] = known
    return ev


def _refuse(items: list[dict[str, Any]], role: str, reason: str) -> str:
    """A refusal by the head of GIO or the DG applies to the items in their competence (those waiting for their
    approval or release), not to the other items of the declaration; the expert's refusal applies to every open item."""
    competence = {"gio_head": "head_of_gio_approval", "dpna_dg": "dg_release"}.get(role)
    for it in items:
        if it["status"] not in ("pending", "accepted"):
            continue
        if competence is None or competence in it["open_requirements"]:
            it["status"], it["reason"], it["open_requirements"] = "refused", reason, []
    return wf.after_review(items) if competence else wf.REFUSED


def _cleared_quantity(engine_item: dict[str, Any], d: Any) -> tuple[Decimal, dict[str, Any] | None]:
    """The quantity the expert clears: the engine's proposal by default; more only for a CUS-6.2 limit, with the
    expert's estimate and its reason (SPEC correction 8), and never more than declared; the 1/10 batch of 6.1.3 is the letter's."""
    limit = engine_item["max_clearable_quantity"]
    declared = Decimal(str(engine_item["quantity"]))
    bound = Decimal(str(limit)) if limit is not None else declared
    qty = d.cleared_quantity if d is not None and d.cleared_quantity is not None else bound
    if qty <= bound:
        return qty, None
    own = engine_item.get("limit_rule") == "CUS-6.2" and d is not None and d.estimate_reason and qty <= declared
    if not own:
        why = (
            "give estimate_reason to set your own six-month estimate (CUS-6.2), at most the declared quantity"
            if engine_item.get("limit_rule") == "CUS-6.2"
            else "the limit is the letter's (CUS-6.1.3)"
        )
        why_fa = (
            "برای برآورد شش‌ماهه خود estimate_reason را بنویسید (بند ۶.۲)، حداکثر به اندازه مقدار اظهارشده"
            if engine_item.get("limit_rule") == "CUS-6.2"
            else "این سقف حکم دستورالعمل است (بند ۶.۱.۳)"
        )
        raise ValidationProblem(
            f"Item {engine_item['index']}: the engine proposes at most {bound}; {why}.",
            detail_fa=f"قلم {engine_item['index']}: حداکثر مقدار قابل ترخیص {bound} است؛ "
            + (
                "برای برآورد مصرف شش ماهه خود، دلیل آن را در estimate_reason بنویسید (حداکثر به اندازه مقدار اظهار شده)."
                if engine_item.get("limit_rule") == "CUS-6.2"
                else "این سقف حکم دستورالعمل است (بند ۶.۱.۳)."
            ),
            errors=[
                {"field": f"items.{engine_item['index']}.cleared_quantity", "message": f"at most {bound} ({why})", "message_fa": f"حداکثر {bound} ({why_fa})"}
            ],
        )
    return qty, {"quantity": float(qty), "engine_proposal": float(bound), "reason": d.estimate_reason, "rule_id": "CUS-6.2-ESTIMATE"}


def _control_rules(ev: dict[str, Any]) -> list[str]:
    """The control rules (CUS-6.3.1 controlled, 6.3.2 doping) the evaluation applied to some item."""
    return [r for r in ("CUS-6.3.1", "CUS-6.3.2") if any(x["rule_id"] == r for i in ev["items"] for x in i["reasons"])]


def _cite(app: FastAPI, rule_id: str) -> dict[str, Any] | None:
    return app.state.customs_engine.citations.get(rule_id)


def _review(items: list[dict[str, Any]], ev: dict[str, Any], body: CustomsActionIn) -> str:
    """The expert's review: per-item accept/refuse, document requirements confirmed, quantities within the rules."""
    unknown = [c for c in body.requirements_met if c not in REQUIREMENTS]
    if unknown:
        raise ValidationProblem(
            f"Unknown requirement codes: {', '.join(unknown)}.",
            detail_fa=f"کد الزام ناشناخته: {'، '.join(unknown)}.",
            errors=[{"field": "requirements_met", "message": f"unknown: {', '.join(unknown)}", "message_fa": f"ناشناخته: {'، '.join(unknown)}"}],
        )
    ident = [c for c in body.requirements_met if c in IDENTIFICATION_REQUIREMENTS]
    if ident:
        raise ValidationProblem(
            "substance_identification is closed only by the action identify (the expert records the substances and the item is evaluated again on them); "
            "an unidentified item cannot be accepted (CUS-ID).",
            detail_fa="شناسایی ماده فقط با اقدام identify بسته می شود.",
            errors=[
                {
                    "field": "requirements_met",
                    "message": "substance_identification: use the action identify",
                    "message_fa": "substance_identification: با اقدام identify بسته می‌شود",
                }
            ],
        )
    system = [c for c in body.requirements_met if c in SYSTEM_REQUIREMENTS]
    if system:
        raise ValidationProblem(
            f"{', '.join(system)} is closed only by a verification with inspections (SPEC X3: POST /v1/declarations/{{id}}/verification), not by the reviewer; refuse the item or wait.",
            detail_fa="این الزام فقط با پاسخ سامانه بازرسی بسته می شود.",
            errors=[
                {
                    "field": "requirements_met",
                    "message": f"{c}: closed by the verification only",
                    "message_fa": f"{c}: فقط با پاسخ استعلام از سامانه بازرسی بسته می‌شود",
                }
                for c in system
            ],
        )
    met = set(body.requirements_met)
    decisions = {}
    for d in body.items:
        if d.index >= len(items):
            raise ValidationProblem(
                f"The declaration has {len(items)} items; index {d.index} does not exist.",
                detail_fa=f"اظهارنامه {len(items)} قلم دارد؛ قلم با شماره {d.index} وجود ندارد.",
                errors=[{"field": f"items.{d.index}.index", "message": "no such item", "message_fa": "چنین قلمی وجود ندارد"}],
            )
        decisions[d.index] = d
    still_open: dict[int, list[str]] = {}
    for it in items:
        engine_item = ev["items"][it["index"]]
        d = decisions.get(it["index"])
        if it["status"] in ("refused", "out_of_scope"):
            if d is not None and d.decision == "accept":
                rules = ", ".join(r["rule_id"] for r in engine_item["reasons"] if r["effect"] in ("refuse", "out_of_scope"))
                raise Conflict(f"Item {it['index']} was refused by rule ({rules}); a reviewer cannot accept it.", detail_fa="این قلم طبق ضوابط رد شده است.")
            continue
        if d is not None and d.decision == "refuse":
            it["status"], it["reason"], it["open_requirements"] = "refused", d.reason or "refused by the GIO expert", []
            continue
        open_docs = [c for c in it["open_requirements"] if c not in wf.WORKFLOW_REQUIREMENTS and c not in met]
        if open_docs:
            still_open[it["index"]] = open_docs
            continue
        qty, estimate = _cleared_quantity(engine_item, d)
        if estimate:
            it["expert_estimate"] = estimate
        if qty <= 0:
            raise ValidationProblem(
                f"Item {it['index']}: nothing is clearable; refuse the item instead.",
                detail_fa=f"قلم {it['index']}: مقداری قابل ترخیص نیست؛ قلم را رد کنید.",
                errors=[{"field": f"items.{it['index']}.decision", "message": "refuse", "message_fa": "قلم را رد کنید"}],
            )
        it["status"] = "accepted"
        it["cleared_quantity"] = float(qty)
        # The expert's review closes the review and, for controlled drugs, is the referral to the controlled-substances office (CUS-6.3.1).
        it["open_requirements"] = [c for c in it["open_requirements"] if c in ("head_of_gio_approval", "dg_release")]
        if "controlled_substances_office_referral" in [r["code"] for r in engine_item["requirements"]]:
            it["referred_to_controlled_substances_office"] = True
    if still_open:
        detail = "; ".join(f"item {i}: {', '.join(c)}" for i, c in still_open.items())
        raise RequirementsOpen(
            f"Requirements still open ({detail}): confirm them in requirements_met, or refuse those items.",
            detail_fa="الزامات باز است: مدارک را تایید کنید یا قلم را رد کنید.",
            open_requirements={str(i): c for i, c in still_open.items()},
        )
    return wf.after_review(items)


def verification_view(decl: Declaration, retry_seconds: float | None) -> dict[str, Any]:
    from customs.verification.service import view as _view

    return _view(decl, retry_seconds)


def view(decl: Declaration, app: FastAPI, decision_id: str | None = None) -> dict[str, Any]:
    ref: ReferenceData = app.state.reference
    ev = decl.evaluation
    items = []
    for st in decl.items_state:
        e = ev["items"][st["index"]]
        items.append(
            {
                "verification": "not_required",
                "x3_checks": [],
                **e,
                "workflow_status": st["status"],
                "cleared_quantity": st["cleared_quantity"],
                "open_requirements": st["open_requirements"],
                "review_reason": st.get("reason"),
                "expert_estimate": st.get("expert_estimate"),
            }
        )
    return {
        "id": decl.id,
        "state": decl.state,
        "version": decl.version,
        "next_actions": wf.next_actions(decl.state),
        "channel": decl.channel,
        "purpose": decl.purpose,
        "customs_office": decl.customs_office,
        "office_has_gio_representative": ref.office_has_gio(decl.customs_office),
        "owner": decl.payload["owner"],
        "warehouse_receipt_no": decl.warehouse_receipt_no,
        **date_pair("decision_date", decl.decision_date),
        "outcome": ev["outcome"],
        "items": items,
        "requirements": ev["requirements"],
        "reasons": ev["reasons"],
        "warnings": ev["warnings"],
        "owner_responsibility": ev["owner_responsibility"],
        "verification": verification_view(decl, getattr(app.state.settings, "verification_retry_seconds", None)),
        "basis": ev["basis"],
        "ruleset_version": decl.ruleset_version,
        "reference_version": decl.reference_version,
        "reference_versions": decl.reference_versions,
        "seal_id": decl.seal_id,
        "stamped_by": decl.stamped_by,
        **date_pair("stamped_at", decl.stamped_at),
        "clearance_letter_no": decl.clearance_letter_no,
        **date_pair("clearance_letter_date", decl.clearance_letter_date),
        "steps": decl.steps,
        **date_pair("created_at", decl.created_at),
        "decision_id": decision_id or (decl.steps[-1]["decision_id"] if decl.steps else None),
    }
