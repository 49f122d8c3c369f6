"""The guideline catalogue (OFL-G, OFL-E): shipped/extra files loaded once per process plus versions published over the API."""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from offlabel import basis
from offlabel.guidelines.loader import GuidelineFileError, LoadedGuideline, check_letters, content_hash, load_guideline_files, parse_guideline
from offlabel.guidelines.models import GuidelineVersion
from offlabel.guidelines.schemas import Guideline
from offlabel.requests.rules import RULES_VERSION
from shared.decisions import record_decision
from shared.errors import Conflict, NotFound, ValidationProblem
from shared.jalali import date_pair, now_tehran
from shared.provenance import RegulationRegistry

log = logging.getLogger("offlabel.guidelines")

_COMPUTED = {"effective_from_jalali", "effective_until_jalali"}


def guideline_content(g: Guideline) -> dict[str, Any]:
    """The guideline as stored / served: the same shape as the YAML file (computed Jalali fields left out)."""
    return g.model_dump(mode="json", exclude=_COMPUTED)


def load_files_into(state: Any) -> None:
    """Load and check the shipped and extra guideline files once per process (refuses to start on a bad file)."""
    extra = getattr(state.settings, "guidelines_extra_path", "") or None
    files = load_guideline_files(extra)
    for lg in files:
        check_letters(lg.guideline, state.registry, lg.origin)
    state.guideline_files = files
    state.published_cache = {}


def catalog(session: Session, state: Any) -> list[LoadedGuideline]:
    """Every guideline version known now: files first, then versions published over the API."""
    out = list(state.guideline_files)
    cache: dict[tuple[str, int, str], LoadedGuideline] = state.published_cache
    file_keys = {lg.key for lg in out}
    for row in session.execute(select(GuidelineVersion).order_by(GuidelineVersion.code, GuidelineVersion.version)).scalars():
        if (row.code, row.version) in file_keys:
            # A file added after the same code+version was published: the file is ignored (never two texts for one version).
            log.warning("guideline %s v%s is both a file and a published version; the file is ignored", row.code, row.version)
            out = [lg for lg in out if lg.key != (row.code, row.version)]
        key = (row.code, row.version, row.content_sha256)
        if key not in cache:
            g = parse_guideline(row.content, f"published guideline {row.code} v{row.version}")
            cache[key] = LoadedGuideline(g, "published", row.content_sha256, row.published_by, row.published_at)
        out.append(cache[key])
    return out


def enrich(cites: list[Any], registry: RegulationRegistry) -> list[dict[str, Any]]:
    out = []
    for c in cites:
        reg = registry.find(c.number) if c.number else None
        out.append((c.model_copy(update={"issuer": reg.issuer}) if reg is not None and not c.issuer else c).model_dump(mode="json"))
    return out


def education(session: Session, state: Any, since: dt.date, until: dt.date) -> dict[str, Any]:
    """OFL-E: for universities and faculties, associations and the Medical Council: the guidelines in force on `until`
    and what changed between `since` and `until` (versions that entered into force or ended)."""
    items = catalog(session, state)
    in_force = [summary(lg, state.registry) for lg in _current(items, until).values()]
    changes = []
    for lg in items:
        g = lg.guideline
        if since < g.effective_from <= until:
            changes.append({"code": g.code, "version": g.version, "change": "entered_into_force", **date_pair("date", g.effective_from)})
        if g.effective_until and since <= g.effective_until < until:
            changes.append({"code": g.code, "version": g.version, "change": "ended", **date_pair("date", g.effective_until)})
    changes.sort(key=lambda c: (c["date"], c["code"], c["version"]))
    return {
        **date_pair("since", since),
        **date_pair("until", until),
        "addressees": ["universities and faculties of medical sciences", "associations (انجمن‌ها)", "Medical Council (سازمان نظام پزشکی)"],
        "in_force": in_force,
        "changes": changes,
        "basis": enrich([basis.education()], state.registry),
    }


def _current(items: list[LoadedGuideline], on: dt.date) -> dict[str, LoadedGuideline]:
    best: dict[str, LoadedGuideline] = {}
    for lg in items:
        g = lg.guideline
        cur = best.get(g.code)
        if g.in_force(on) and (cur is None or (g.effective_from, g.version) > (cur.guideline.effective_from, cur.guideline.version)):
            best[g.code] = lg
    return best


def _letter(registry: RegulationRegistry, number: str | None) -> dict[str, Any] | None:
    if not number:
        return None
    reg = registry.find(number)
    if reg is None:
        return {"number": number}
    return {"number": reg.number, **date_pair("date", reg.date), "issuer": reg.issuer, "subject": reg.subject, "subject_fa": reg.subject_fa}


def summary(lg: LoadedGuideline, registry: RegulationRegistry) -> dict[str, Any]:
    g = lg.guideline
    a = g.approval
    return {
        "code": g.code,
        "version": g.version,
        "title": g.title,
        "title_fa": g.title_fa,
        "drug": g.drug.inn,
        "route": g.route,
        **date_pair("effective_from", g.effective_from),
        **date_pair("effective_until", g.effective_until),
        "approval": {
            "letter": a.letter,
            **date_pair("date", a.date),
            "under": a.under,
            **date_pair("under_date", a.under_date),
            "registered_as": a.registered_as,
        },
        "letters": [x for x in (_letter(registry, a.letter), _letter(registry, a.under), _letter(registry, a.registered_as)) if x],
        "body_site": g.body_site.model_dump() if g.body_site else None,
        "indications": [
            {
                "id": i.id,
                "name": i.name,
                "name_fa": i.name_fa,
                "icd10": i.icd10,
                "icd10_exclude": i.icd10_exclude,
                "dose": i.dose.model_dump(mode="json"),
                "course": i.course.model_dump(mode="json", exclude={"sources"}),
            }
            for i in g.indications
        ],
        "provenance": {
            "origin": lg.origin,
            "sha256": lg.sha256,
            "published_by": lg.published_by,
            "published_at": lg.published_at.isoformat() if lg.published_at else None,
        },
    }


def list_guidelines(session: Session, state: Any, in_force_on: dt.date | None, drug: str | None) -> list[dict[str, Any]]:
    from offlabel.requests.rules import drug_matches

    items = catalog(session, state)
    if drug:
        items = [lg for lg in items if drug_matches(lg.guideline, drug)]
    if in_force_on is not None:
        # OFL-E: per guideline code, the one version in force on that date.
        items = list(_current(items, in_force_on).values())
    items.sort(key=lambda lg: (lg.guideline.code, -lg.guideline.version))
    return [summary(lg, state.registry) for lg in items]


def get_guideline(session: Session, state: Any, code: str) -> dict[str, Any]:
    versions = [lg for lg in catalog(session, state) if lg.guideline.code == code]
    if not versions:
        raise NotFound(f"No guideline with code {code!r}.", detail_fa=f"راهنمایی با کد {code} وجود ندارد.")
    versions.sort(key=lambda lg: -lg.guideline.version)
    return {
        "code": code,
        "versions": [{**summary(lg, state.registry), "content": guideline_content(lg.guideline)} for lg in versions],
    }


def publish(session: Session, state: Any, g: Guideline, actor: Any) -> dict[str, Any]:
    """A ministry administrator publishes a new guideline version (OFL-G): validated, never overwriting one."""
    try:
        check_letters(g, state.registry, f"guideline {g.code} v{g.version}")
    except GuidelineFileError as exc:
        raise ValidationProblem(
            str(exc),
            detail_fa="نامه تصویب این راهنما (یا دستورالعملی که زیر آن است) در فهرست مقررات ثبت نشده است.",
            errors=[
                {
                    "field": "approval",
                    "message": str(exc),
                    "message_fa": "نامه تصویب (یا دستورالعمل بالادست آن) در فهرست مقررات ثبت نشده است؛ نخست آن را در فهرست مقررات ثبت کنید",
                }
            ],
        ) from None
    same_code = [lg.guideline.version for lg in catalog(session, state) if lg.guideline.code == g.code]
    if g.version in same_code:
        raise Conflict(
            f"Guideline {g.code} version {g.version} already exists; publish a higher version.",
            detail_fa=f"نسخه {g.version} راهنمای {g.code} قبلاً منتشر شده است.",
        )
    if same_code and g.version < max(same_code):
        raise Conflict(
            f"Guideline {g.code} is already at version {max(same_code)}; a new version must be higher.",
            detail_fa=f"راهنمای {g.code} اکنون در نسخه {max(same_code)} است؛ نسخه تازه باید بالاتر باشد.",
        )
    content = guideline_content(g)
    sha = content_hash(content)
    now = now_tehran()
    session.add(
        GuidelineVersion(
            code=g.code,
            version=g.version,
            drug_inn=g.drug.inn,
            effective_from=g.effective_from,
            effective_until=g.effective_until,
            content=content,
            content_sha256=sha,
            published_by=actor.sub,
            published_at=now,
        )
    )
    session.flush()
    rec = record_decision(
        session,
        kind="offlabel.guideline_published",
        subject_type="guideline",
        subject_id=f"{g.code}@v{g.version}",
        inputs={"code": g.code, "version": g.version, "content_sha256": sha},
        outcome={"published": True, "effective_from": g.effective_from.isoformat()},
        basis=enrich([basis.approval(g)], state.registry),
        ruleset_version=RULES_VERSION,
        actor=actor,
    )
    lg = LoadedGuideline(g, "published", sha, actor.sub, now)
    return {**summary(lg, state.registry), "decision_id": rec.decision_id}
