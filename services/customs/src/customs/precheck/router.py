"""POST /v1/precheck: the same engine as declarations, public, rate-limited, answers in Persian or English."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from fastapi import Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from pydantic import TypeAdapter

from customs.declarations.schemas import DeclarationItemIn
from customs.declarations.service import check_office_and_forms
from customs.exports.rules import evaluate_export
from customs.exports.schemas import ExportItemIn
from customs.precheck.schemas import PrecheckAnswer, PrecheckIn
from customs.verification.client import fetch_rulings
from shared.errors import field_message_fa, problem_responses, wants_persian
from shared.jalali import today_tehran
from shared.ratelimit import public_rate_limit
from shared.routing import ServiceRouter

router = ServiceRouter(prefix="/v1/precheck", tags=["pre-check (public)"])

PRECHECK_CACHE_SECONDS = 60.0  # SPEC X3 answers reused for anonymous pre-checks (declarations always ask afresh)

VERDICT = {
    "refused": ("Not allowed", "مجاز نیست"),
    "out_of_scope": ("Not handled under this procedure", "خارج از شمول این دستورالعمل"),
    "pending": ("Allowed only after the steps listed", "پس از انجام مراحل ذکرشده مجاز است"),
    "cleared": ("Allowed", "مجاز است"),
    "verification_pending": (
        "Cannot be answered now: the inspections service could not be asked whether this product may be imported; try again later",
        "فعلاً قابل پاسخ نیست: استعلام از سامانه بازرسی ممکن نشد؛ بعداً دوباره امتحان کنید",
    ),
    "no_permit_needed": ("May leave without a permit", "بدون مجوز قابل ارسال است"),
    "unidentified": (
        "The name was not recognised: a GIO expert will identify the medicine at customs before anything is decided; it is not known to be allowed",
        "نام دارو شناخته نشد: کارشناس اداره بازرسی فنی در گمرک دارو را شناسایی می کند و پیش از آن درباره مجاز بودن آن نظری داده نمی شود",
    ),
}


def _verdict_key(it: dict[str, Any]) -> str:
    """The traveller's verdict: an unrecognised name is never 'allowed after the steps' (CUS-ID)."""
    if it["outcome"] == "pending" and any(r["code"] == "substance_identification" for r in it["requirements"]):
        return "unidentified"
    return "verification_pending" if it.get("verification") == "pending" else it["outcome"]


def _localise(ev: dict[str, Any], fa: bool) -> dict[str, Any]:
    items = []
    for it in ev["items"]:
        items.append(
            {
                "index": it["index"],
                "name": it["name"],
                "outcome": it["outcome"],
                "verdict": VERDICT[_verdict_key(it)][1 if fa else 0],
                "verification": it.get("verification", "not_required"),
                "x3_checks": it.get("x3_checks", []),
                "substances": it.get("substances", []),
                "reasons": [{"rule_id": r["rule_id"], "effect": r["effect"], "text": r["text_fa"] if fa else r["text"]} for r in it["reasons"]],
                "requirements": [{"code": r["code"], "text": r["text_fa"] if fa else r["text"]} for r in it["requirements"]],
                "supply_days": it["supply_days"],
                "max_clearable_quantity": it["max_clearable_quantity"],
                "excess_quantity": it["excess_quantity"],
                "basis": it["basis"],
            }
        )
    resp = ev.get("owner_responsibility")
    return {
        "outcome": ev["outcome"],
        "verdict": VERDICT["unidentified" if any(_verdict_key(i) == "unidentified" for i in ev["items"]) else ev["outcome"]][1 if fa else 0],
        "language": "fa" if fa else "en",
        "items": items,
        "warnings": [{"rule_id": w["rule_id"], "text": w["text_fa"] if fa else w["text"]} for w in ev["warnings"]],
        "verification": ev.get("verification") or {"status": "not_required", "pending_items": [], "checked_items": [], "reason": None},
        "owner_responsibility": (resp["fa"] if fa else resp["en"]) if resp else None,
        "basis": ev["basis"],
        "ruleset_version": ev["ruleset_version"],
        "reference_version": ev["reference_version"],
        "stored": False,
        "notice": "پیش‌بررسی است و جای بررسی کارشناس اداره بازرسی فنی را نمی‌گیرد." if fa else "A pre-check only: the GIO expert's review decides.",
    }


# Built once: a TypeAdapter per request cost ~0.1 ms of the pre-check's CPU (issue 17).
_ITEMS = {m: TypeAdapter(list[m]) for m in (DeclarationItemIn, ExportItemIn)}


@router.post(
    "",
    response_model=PrecheckAnswer,
    summary="Public pre-check: may I bring / send this? (no token; nothing personal stored; fa/en by Accept-Language)",
    dependencies=[Depends(public_rate_limit)],
    responses=problem_responses(413, 422, 429),
)
async def precheck_medicines(body: PrecheckIn, request: Request) -> Response:
    """Runs the same engine as declarations over the items, without storing anything or asking who the traveller is.

    `direction: import` takes items as in declarations, `export` as in export permits. The answer is in Persian unless
    `Accept-Language: en` is sent (`language` and Content-Language say which), with a plain-words `verdict` per item and
    overall; an exosome, cell-therapy or regenerative item asks inspections (SPEC X3, answers reused for 60 s) and says
    `verification: pending` when it could not be asked. Rate-limited per client (429 with Retry-After).
    """
    from pydantic import ValidationError

    from shared.errors import ValidationProblem

    engine = request.app.state.customs_engine
    on = body.decision_date or today_tehran()
    model = DeclarationItemIn if body.direction == "import" else ExportItemIn
    try:
        items = _ITEMS[model].validate_python(body.items)
    except ValidationError as exc:
        errors = [
            {
                "field": "items." + ".".join(str(p) for p in e["loc"]),
                "message": e["msg"].removeprefix("Value error, "),
                "message_fa": field_message_fa(e),
                "code": e["type"],
            }
            for e in exc.errors()
        ]
        summary = "; ".join(f"{e['field']}: {e['message']}" for e in errors[:3])
        summary_fa = "؛ ".join(f"{e['field']}: {e['message_fa']}" for e in errors[:3])
        raise ValidationProblem("The request is invalid: " + summary, detail_fa="درخواست نامعتبر است: " + summary_fa, errors=errors) from None
    check_office_and_forms(engine.reference, body.customs_office, items)
    if body.direction == "import":
        decl = SimpleNamespace(
            channel=body.channel,
            purpose=body.purpose,
            owner=SimpleNamespace(kind="natural", company=None),
            items=items,
            prescription_attached=body.prescription_attached,
            medical_documents_attached=body.medical_documents_attached,
            commitment_letter=False,
            approval=body.approval,
        )
        # SPEC X3: exosome / cell-therapy / regenerative items: ask inspections (in a worker thread, bounded by the
        # client's timeouts); when it cannot be asked the item is pending and says why, never cleared or refused.
        questions = engine.x3_questions(decl, on)
        rulings = await run_in_threadpool(fetch_rulings, request.app, questions, cache_seconds=PRECHECK_CACHE_SECONDS) if questions else {}
        ev = engine.evaluate(decl, on, product_rulings=rulings).to_dict()
    else:
        ev = evaluate_export(engine, items, body.prescription_attached, on)
        ev.setdefault("owner_responsibility", None)
    fa = wants_persian(request)
    answer = PrecheckAnswer.model_validate(_localise(ev, fa)).model_dump_json().encode()  # pydantic's serializer: no json.dumps pass
    return Response(answer, media_type="application/json", headers={"Content-Language": "fa" if fa else "en", "Cache-Control": "no-store"})
