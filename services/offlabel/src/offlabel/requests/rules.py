"""The pure off-label evaluation engine (OFL-R): no I/O, so it is unit-tested and benchmarked on its own.

A request is evaluated against the guideline version in force on its planned date (OFL-G). Each
criterion is met, not met, missing or unclear, with a reason and the citations it rests on (published
evidence or a platform choice; the letters only for what they say). Outcome:
- no_guideline          no approved guideline for this drug and route on that date (OFL-R-NO-GUIDELINE):
                        not a denial on any clause;
- denied                a criterion that documents cannot cure is not met;
- pending_clarification a diagnosis is less specific than a guideline category, or not an ICD-10-CM code
                        (OFL-R-ICD): the specific code is asked for, never guessed;
- pending_documents     something is missing or a document-type criterion is not met;
- approved              every criterion met: a course of N administrations (OFL-R-COURSE).
Earlier administrations come from the physician's list AND the service's own history (OFL-R-HISTORY).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from typing import Any, Literal

from offlabel import basis, icd10
from offlabel.guidelines.citations import table
from offlabel.guidelines.schemas import Guideline, GuidelineIndication, normalize_icd10
from shared.jalali import to_jalali
from shared.provenance import Citation
from shared.text import search_key

RULES_VERSION = "ofl-r2"

Status = Literal["met", "not_met", "missing", "unclear"]
Outcome = Literal["approved", "denied", "pending_documents", "pending_clarification", "no_guideline"]


# Persian names of the criteria, for Persian answers (summary_fa); document criteria use the document's name_fa.
NAMES_FA = {
    "guideline_in_force": "راهنمای مصوب در تاریخ تجویز",
    "body_site": "محل تجویز",
    "indication": "اندیکاسیون (کد ICD-10)",
    "prescriber_specialty": "تخصص تجویزکننده",
    "care_setting": "محل انجام",
    "preparation": "آماده‌سازی دارو",
    "dose": "دوز",
    "interval": "فاصله از نوبت قبلی در همان محل",
    "cumulative_limit": "سقف نوبت‌ها در ۳۶۵ روز",
    "informed_consent": "رضایت آگاهانه",
    "absolute_contraindications": "منع مصرف مطلق",
    "relative_contraindications": "منع مصرف نسبی",
}
OUTCOMES_FA = {
    "approved": "تأیید شد",
    "denied": "رد شد",
    "pending_documents": "در انتظار مدارک",
    "pending_clarification": "در انتظار کد دقیق‌تر تشخیص",
    "no_guideline": "برای این مصرف در آن تاریخ راهنمای مصوبی وجود ندارد",
}


def summary_fa(outcome: str, decisive: list["CriterionResult"]) -> str:
    """The outcome in Persian, naming the decisive criteria (Persian answers show Persian text, SHR-PROV)."""
    if outcome in ("approved", "no_guideline"):
        return OUTCOMES_FA[outcome]
    pick = {"denied": lambda r: r.status == "not_met" and not r.curable, "pending_clarification": lambda r: r.status == "unclear"}
    decisive = [r for r in decisive if pick.get(outcome, lambda r: r.status in ("missing", "not_met"))(r)]
    names = "، ".join(dict.fromkeys(NAMES_FA.get(r.id, r.id.replace("document:", "مدرک: ")) for r in decisive))
    return f"{OUTCOMES_FA[outcome]}: {names}"


class UnknownContraindication(ValueError):
    """The request declares a contraindication code the guideline does not define (refused, never ignored)."""

    def __init__(self, codes: list[str], known: list[str]):
        super().__init__(f"unknown contraindication codes {codes}; this guideline defines {known}")
        self.codes, self.known = codes, known


# ------------------------------------------------------------------ inputs


@dataclass(frozen=True)
class Injection:
    """An earlier administration: listed by the physician, or found in the service's own records."""

    date: dt.date
    site: str | None
    drug: str | None = None
    origin: str = "physician"  # physician | request <id> | administration <id>


@dataclass(frozen=True)
class Document:
    kind: str
    date: dt.date
    reference: str | None = None


@dataclass(frozen=True)
class Consent:
    obtained: bool
    date: dt.date | None = None
    signed_by: str | None = None


@dataclass(frozen=True)
class RequestFacts:
    """What the engine needs from a request (validated and normalised by the API layer)."""

    drug: str
    diagnosis_icd10: str
    site: str | None
    dose: Decimal
    planned_date: dt.date
    specialty: str | None
    dose_unit: str = "mg"
    route: str | None = None
    care_setting: str | None = None
    preparation: str | None = None
    earlier_injections: tuple[Injection, ...] = ()
    history: tuple[Injection, ...] = ()
    documents: tuple[Document, ...] = ()
    contraindications: tuple[str, ...] | None = None
    comorbidities_icd10: tuple[str, ...] = ()
    informed_consent: Consent | None = None


# ------------------------------------------------------------------ outputs


@dataclass
class CriterionResult:
    id: str
    name: str
    status: Status
    reason: str
    curable: bool = False
    citations: list[Citation] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "name_fa": NAMES_FA.get(self.id),
            "status": self.status,
            "reason": self.reason,
            "curable_by_documents": self.curable,
            "citations": [c.model_dump(mode="json") for c in self.citations],
        }


@dataclass
class Evaluation:
    outcome: Outcome
    planned_date: dt.date
    guideline_code: str | None
    guideline_version: int | None
    criteria: list[CriterionResult]
    basis: list[Citation]
    ruleset_version: str
    summary: str
    matched_indications: list[str] = field(default_factory=list)
    course: dict[str, Any] | None = None

    def criterion(self, cid: str) -> CriterionResult:
        return next(c for c in self.criteria if c.id == cid)

    def as_dict(self) -> dict[str, Any]:
        return {
            "outcome": self.outcome,
            "summary": self.summary,
            "summary_fa": summary_fa(self.outcome, [c for c in self.criteria if c.status != "met"]),
            "planned_date": self.planned_date.isoformat(),
            "planned_date_jalali": to_jalali(self.planned_date),
            "guideline": {"code": self.guideline_code, "version": self.guideline_version} if self.guideline_code else None,
            "matched_indications": self.matched_indications,
            "course": self.course,
            "criteria": [c.as_dict() for c in self.criteria],
            "basis": [b.model_dump(mode="json") for b in self.basis],
            "ruleset_version": self.ruleset_version,
        }


# ------------------------------------------------------------------ helpers

_NAMES: dict[int, tuple[Guideline, frozenset[str], dict[str, str]]] = {}


def _lookups(g: Guideline) -> tuple[frozenset[str], dict[str, str]]:
    hit = _NAMES.get(id(g))
    if hit is None or hit[0] is not g:
        spec = {search_key(x): s.code for s in g.prescriber.specialties for x in (s.code, s.name, s.name_fa or "", *s.aliases) if x}
        if len(_NAMES) > 1024:
            _NAMES.clear()
        hit = _NAMES[id(g)] = (g, frozenset(search_key(n) for n in g.names()), spec)
    return hit[1], hit[2]


def drug_matches(g: Guideline, drug: str) -> bool:
    return search_key(drug) in _lookups(g)[0]


def select_guideline(guidelines: Sequence[Guideline], drug: str, route: str | None, on: dt.date) -> tuple[Guideline | None, Guideline | None]:
    """(the version in force on `on`, else None; the earliest version that takes effect later, else None) (OFL-G)."""
    key = search_key(drug)
    cands = [g for g in guidelines if key in _lookups(g)[0] and (route is None or g.route == route)]
    in_force = [g for g in cands if g.in_force(on)]
    current = max(in_force, key=lambda g: (g.effective_from, g.version)) if in_force else None
    later = [g for g in cands if g.effective_from > on]
    upcoming = min(later, key=lambda g: (g.effective_from, g.version)) if later else None
    return current, upcoming


def _n(d: Decimal) -> str:
    return format(d.normalize(), "f")


@lru_cache(maxsize=8192)
def _j(d: dt.date | None) -> str:
    return to_jalali(d) or "-"


def _cites(g: Guideline, *keys: str) -> list[Citation]:
    t = table(g)
    return [c for k in dict.fromkeys(keys) for c in t.get(k, [])]


# ------------------------------------------------------------------ criteria (one function each)


def no_guideline_answer(facts: RequestFacts, upcoming: Guideline | None) -> Evaluation:
    """OFL-R-NO-GUIDELINE: before a guideline is in force there is nothing to approve or deny under."""
    route = f" by the {facts.route} route" if facts.route else ""
    reason = f"No approved guideline for this use ({facts.drug}{route}) on {_j(facts.planned_date)}."
    if upcoming is not None:
        reason += (
            f" The first approved one, {upcoming.code} v{upcoming.version} (letter {upcoming.approval.letter} of "
            f"{_j(upcoming.approval.date)}), is in force from {_j(upcoming.effective_from)}."
        )
    reason += " This is not a denial under any clause; for the insurer it means there is no approved guideline to purchase on for this use on that date."
    cites = [basis.no_guideline(), basis.instruction()]
    crit = CriterionResult("guideline_in_force", "An approved guideline is in force on the planned date", "not_met", reason, citations=cites)
    return Evaluation("no_guideline", facts.planned_date, None, None, [crit], cites, f"{RULES_VERSION}/no-guideline", reason)


def indication(g: Guideline, code: str) -> tuple[CriterionResult, list[GuidelineIndication]]:
    """OFL-R-ICD: categories with descendants and exclusions; a less specific code asks for the specific one."""
    rel = {i.id: icd10.relation(code, i.icd10, i.icd10_exclude) for i in g.indications}
    matched = [i for i in g.indications if rel[i.id] == "within"]
    name = "Diagnosis is an approved indication"
    if matched:
        return CriterionResult(
            "indication",
            name,
            "met",
            f"{code} ({icd10.description(code)}) is {', '.join(i.name for i in matched)}.",
            citations=_cites(g, *(f"indication:{i.id}" for i in matched)),
        ), matched
    broader = [i for i in g.indications if rel[i.id] == "broader"]
    if broader:
        cats = "; ".join(f"{i.name}: {', '.join(i.icd10)}" for i in broader)
        return CriterionResult(
            "indication",
            name,
            "unclear",
            f"{code} ({icd10.description(code)}) is less specific than the indication ({cats}): it also covers conditions "
            "the guideline does not; give the specific ICD-10-CM code.",
            True,
            _cites(g, *(f"indication:{i.id}" for i in broader)),
        ), []
    if all(r == "unknown" for r in rel.values()):
        return CriterionResult(
            "indication",
            name,
            "unclear",
            f"{code} is not an {icd10.CODE_SET} code; give the {icd10.CODE_SET} code of the diagnosis.",
            True,
            _cites(g, *(f"indication:{i.id}" for i in g.indications)),
        ), []
    excluded = [i.name for i in g.indications if rel[i.id] == "excluded"]
    why = f" (excluded from {', '.join(excluded)})" if excluded else ""
    return CriterionResult(
        "indication",
        name,
        "not_met",
        f"{code} ({icd10.description(code)}) is not among the guideline's indications{why}.",
        citations=_cites(g, *(f"indication:{i.id}" for i in g.indications)),
    ), []


def prescriber(g: Guideline, specialty: str | None) -> CriterionResult:
    name, cites = "Eligible prescriber specialty", _cites(g, "prescriber_specialty")
    if not specialty:
        return CriterionResult("prescriber_specialty", name, "missing", "The prescriber's specialty is not known.", citations=cites)
    hit = _lookups(g)[1].get(search_key(specialty))
    codes = ", ".join(s.code for s in g.prescriber.specialties)
    return CriterionResult(
        "prescriber_specialty",
        name,
        "met" if hit else "not_met",
        f"Specialty {specialty!r} is {hit}." if hit else f"Specialty {specialty!r} is not one of: {codes}.",
        citations=cites,
    )


def care_setting(g: Guideline, setting: str | None, ids: set[str]) -> CriterionResult:
    name, cites = "Accepted care setting", _cites(g, "care_setting")
    if not setting:
        return CriterionResult("care_setting", name, "missing", "The care setting is not stated.", True, cites)
    allowed = [s.code for s in g.care_setting.allowed if s.indications is None or ids & set(s.indications)]
    ok = setting in allowed
    return CriterionResult(
        "care_setting",
        name,
        "met" if ok else "not_met",
        f"{setting} is an accepted setting." if ok else f"{setting!r} is not accepted here; accepted: {', '.join(allowed)}.",
        citations=cites,
    )


def preparation(g: Guideline, prep: str | None) -> CriterionResult:
    name, cites = "Accepted preparation", _cites(g, "preparation")
    if not prep:
        return CriterionResult("preparation", name, "missing", "The preparation is not stated.", True, cites)
    allowed = [p.code for p in g.preparation.allowed]
    ok = prep in allowed
    return CriterionResult(
        "preparation",
        name,
        "met" if ok else "not_met",
        f"{prep} is accepted." if ok else f"{prep!r} is not accepted; accepted: {', '.join(allowed)}.",
        citations=cites,
    )


def dose(g: Guideline, facts: RequestFacts, matched: list[GuidelineIndication]) -> CriterionResult:
    """OFL-R-DOSE: in the indication's unit, above zero and at most its maximum (the lowest if several match)."""
    cites = _cites(g, *(f"dose:{i.id}" for i in matched))
    units = {i.dose.unit for i in matched}
    name = "Dose within the indication's dose"
    if facts.dose_unit not in units:
        return CriterionResult(
            "dose", name, "not_met", f"The dose is given in {facts.dose_unit}; this guideline limits it in {', '.join(sorted(units))}.", citations=cites
        )
    limit = min((i.dose for i in matched if i.dose.unit == facts.dose_unit), key=lambda d: d.max)
    ok = Decimal(0) < facts.dose <= limit.max
    vol = f" / {_n(limit.volume_ml)} mL" if limit.volume_ml else ""
    return CriterionResult(
        "dose",
        name,
        "met" if ok else "not_met",
        f"{_n(facts.dose)} {facts.dose_unit} {'is within' if ok else 'exceeds'} {_n(limit.max)} {limit.unit}{vol} "
        f"for {', '.join(sorted(i.id for i in matched))}.",
        citations=cites,
    )


def _same_site(facts: RequestFacts) -> list[Injection]:
    return [x for x in (*facts.earlier_injections, *facts.history) if x.site == facts.site]


def interval(g: Guideline, facts: RequestFacts, matched: list[GuidelineIndication]) -> CriterionResult:
    """OFL-R-HISTORY: no administration on the same site within the minimum interval, whoever listed it."""
    days = max(i.course.min_interval_days for i in matched)
    cites = _cites(g, *(f"course:{i.id}" for i in matched))
    on, where = facts.planned_date, f" in the {facts.site} {g.body_site.kind}" if facts.site and g.body_site else ""
    name = "Minimum interval since the last administration on this site"
    close = sorted((x for x in _same_site(facts) if abs((on - x.date).days) < days), key=lambda x: abs((on - x.date).days))
    if not close:
        known = len(_same_site(facts))
        return CriterionResult(
            "interval", name, "met", f"No administration{where} within {days} days ({known} earlier found, listed or recorded).", citations=cites
        )
    x = close[0]
    gap = (on - x.date).days
    who = "listed by the physician" if x.origin == "physician" else f"found in this service's records ({x.origin})"
    return CriterionResult(
        "interval",
        name,
        "not_met",
        f"An administration{where} on {_j(x.date)}, {who}, is {abs(gap)} days {'before' if gap >= 0 else 'after'} the planned date (at least {days} required).",
        citations=cites,
    )


def cumulative(g: Guideline, facts: RequestFacts, matched: list[GuidelineIndication]) -> CriterionResult | None:
    """OFL-R-HISTORY: the yearly cap on one site counts every earlier administration, listed or recorded."""
    caps = [(i.limits.max_administrations_per_365_days, i) for i in matched if i.limits.max_administrations_per_365_days]
    if not caps:
        return None
    cap, ind = min(caps, key=lambda c: c[0])
    on = facts.planned_date
    dates = {x.date for x in _same_site(facts) if 0 <= (on - x.date).days < 365}
    ok = len(dates) + 1 <= cap
    return CriterionResult(
        "cumulative_limit",
        "Cumulative limit on this site",
        "met" if ok else "not_met",
        f"{len(dates)} administrations on this site in the 365 days before the planned date; this one would be {len(dates) + 1} of at most {cap}.",
        citations=_cites(g, f"limits:{ind.id}"),
    )


def consent(g: Guideline, c: Consent | None, on: dt.date) -> CriterionResult:
    name, cites = "Informed consent", _cites(g, "informed_consent")
    if not g.informed_consent.required:
        return CriterionResult("informed_consent", name, "met", "Not required by this guideline.", True, cites)
    if c is None:
        return CriterionResult("informed_consent", name, "missing", "No informed consent recorded.", True, cites)
    if not c.obtained:
        return CriterionResult("informed_consent", name, "not_met", "Informed consent has not been obtained.", True, cites)
    if c.date is not None and c.date > on:
        return CriterionResult("informed_consent", name, "not_met", f"Consent dated {_j(c.date)} is after the planned date.", True, cites)
    who = f" by the {c.signed_by}" if c.signed_by else ""
    return CriterionResult("informed_consent", name, "met", f"Informed consent obtained{who} on {_j(c.date)}.", True, cites)


def documents(g: Guideline, facts: RequestFacts, ids: set[str]) -> list[CriterionResult]:
    """OFL-R-DOCUMENTS: each required document of the matched indications, within its window before the planned date."""
    out = []
    on = facts.planned_date
    for req in g.documents:
        if req.applies_to is not None and not ids & set(req.applies_to):
            continue
        cid = f"document:{req.id}"
        cites = _cites(g, cid)
        usable = [d for d in facts.documents if d.kind in req.kinds and d.date <= on]
        if not any(d.kind in req.kinds for d in facts.documents):
            out.append(CriterionResult(cid, req.name, "missing", f"No document of kind {', '.join(req.kinds)}.", True, cites))
        elif not usable:
            out.append(CriterionResult(cid, req.name, "not_met", f"Every {req.name.lower()} is dated after the planned date {_j(on)}.", True, cites))
        else:
            latest = max(usable, key=lambda d: d.date)
            age = (on - latest.date).days
            ok = age <= req.within_days
            out.append(
                CriterionResult(
                    cid,
                    req.name,
                    "met" if ok else "not_met",
                    f"{latest.kind} of {_j(latest.date)} is {age} days before the planned date ({'within' if ok else 'older than'} {req.within_days}).",
                    True,
                    cites,
                )
            )
    return out


def _contra_hits(items: Sequence[Any], declared: Sequence[str], others: Sequence[str]) -> tuple[list[Any], list[tuple[Any, str]]]:
    """(present contraindications; (contraindication, diagnosis) pairs where a diagnosis is less specific or unknown)."""
    present, unclear = [], []
    for x in items:
        rels = {o: icd10.relation(o, x.icd10, x.icd10_exclude) for o in others} if x.icd10 else {}
        if x.code in declared or "within" in rels.values():
            present.append(x)
        else:
            unclear += [(x, o) for o, r in rels.items() if r == "broader"]
    return present, unclear


def contraindications(g: Guideline, facts: RequestFacts, kind: str) -> CriterionResult:
    """OFL-R-CONTRA: declared codes plus other diagnoses under the contraindication's ICD-10 categories."""
    ci = g.contraindications
    items = ci.absolute if kind == "absolute" else ci.relative
    others = [normalize_icd10(x) for x in facts.comorbidities_icd10]
    present, unclear = _contra_hits(items, list(facts.contraindications or ()), others)
    cid, name = f"{kind}_contraindications", ("No absolute contraindication" if kind == "absolute" else "Relative contraindications justified")
    cites = _cites(g, *(f"{kind}:{x.code}" for x in (present or items)))
    if present:
        return _present(cid, name, kind, present, facts, ci.relative_requires_document, cites)
    unknown = [o for o in others if not icd10.known(o)] if kind == "absolute" else []
    if unclear or unknown:
        pairs = "; ".join(
            [f"{o} may be {x.name} ({', '.join(x.icd10)})" for x, o in unclear]
            + [f"{o} is not an {icd10.CODE_SET} code and cannot be checked against the contraindications" for o in unknown]
        )
        return CriterionResult(cid, name, "unclear", f"{pairs}: give the specific ICD-10-CM code.", True, cites)
    if facts.contraindications is None:
        return CriterionResult(cid, name, "missing", "The physician has not declared contraindications (send an empty list when there are none).", True, cites)
    return CriterionResult(cid, name, "met", "None declared or diagnosed.", kind == "relative", cites)


def _present(cid: str, name: str, kind: str, present: list[Any], facts: RequestFacts, doc_kind: str, cites: list[Citation]) -> CriterionResult:
    names = "; ".join(x.name for x in present)
    if kind == "absolute":
        return CriterionResult(cid, name, "not_met", f"Present: {names}.", citations=cites)
    just = [d for d in facts.documents if d.kind == doc_kind and d.date <= facts.planned_date]
    if just:
        return CriterionResult(cid, name, "met", f"Present: {names}; justified by {doc_kind} of {_j(max(d.date for d in just))}.", True, cites)
    return CriterionResult(cid, name, "not_met", f"Present: {names}; add a {doc_kind} document.", True, cites)


def site(g: Guideline, value: str | None) -> CriterionResult | None:
    """OFL-G-DATA: a guideline that counts per body site needs one of its sites; one without needs none."""
    if g.body_site is None:
        return (
            None
            if value is None
            else CriterionResult("body_site", "Body site", "not_met", f"This guideline has no body site; {value!r} does not apply (leave it out).")
        )
    ok = value in g.body_site.values
    reason = f"{g.body_site.kind}: {value}." if ok else f"A {g.body_site.kind} is required: one of {', '.join(g.body_site.values)}."
    return CriterionResult("body_site", "Body site", "met" if ok else "missing", reason, True)


# ------------------------------------------------------------------ the engine


def course_terms(g: Guideline, matched: list[GuidelineIndication], start: dt.date) -> dict[str, Any]:
    """OFL-R-COURSE: what an approval covers (the strictest terms when the code matches several indications)."""
    n = min(i.course.administrations for i in matched)
    gap = max(i.course.min_interval_days for i in matched)
    window = min(i.course.window_days for i in matched)
    end = start + dt.timedelta(days=window - 1)
    return {
        "administrations": n,
        "min_interval_days": gap,
        "window_days": window,
        "start": start.isoformat(),
        "start_jalali": _j(start),
        "end": end.isoformat(),
        "end_jalali": _j(end),
    }


def _criteria(g: Guideline, facts: RequestFacts) -> tuple[list[CriterionResult], list[GuidelineIndication]]:
    results: list[CriterionResult] = []
    s = site(g, facts.site)
    if s is not None:
        results.append(s)
    ind, matched = indication(g, normalize_icd10(facts.diagnosis_icd10))
    ids = {i.id for i in matched}
    results += [ind, prescriber(g, facts.specialty), care_setting(g, facts.care_setting, ids), preparation(g, facts.preparation)]
    if matched:
        results += [dose(g, facts, matched), interval(g, facts, matched)]
        cap = cumulative(g, facts, matched)
        if cap is not None:
            results.append(cap)
    results.append(consent(g, facts.informed_consent, facts.planned_date))
    if matched:
        results += documents(g, facts, ids)
    results += [contraindications(g, facts, "absolute"), contraindications(g, facts, "relative")]
    return results, matched


def _outcome(g: Guideline, results: list[CriterionResult]) -> tuple[Outcome, str, list[CriterionResult]]:
    hard = [r for r in results if r.status == "not_met" and not r.curable]
    unclear = [r for r in results if r.status == "unclear"]
    soft = [r for r in results if r.status == "missing" or (r.status == "not_met" and r.curable)]
    if hard:
        return "denied", "Denied: " + "; ".join(r.reason for r in hard), hard
    if unclear:
        return "pending_clarification", "Pending clarification: " + "; ".join(r.reason for r in unclear), unclear + soft
    if soft:
        return "pending_documents", "Pending: " + "; ".join(r.reason for r in soft), soft
    return "approved", f"Approved under {g.code} v{g.version} (letter {g.approval.letter} of {_j(g.approval.date)}).", results


def evaluate(facts: RequestFacts, guidelines: Sequence[Guideline]) -> Evaluation:
    """Evaluate one request against the guideline version in force on its planned date (OFL-R)."""
    g, upcoming = select_guideline(guidelines, facts.drug, facts.route, facts.planned_date)
    if g is None:
        return no_guideline_answer(facts, upcoming)
    known = [x.code for x in g.contraindications.absolute + g.contraindications.relative]
    unknown = [x for x in facts.contraindications or () if x not in known]
    if unknown:
        raise UnknownContraindication(unknown, known)
    in_force = CriterionResult(
        "guideline_in_force",
        "An approved guideline is in force on the planned date",
        "met",
        f"{g.code} v{g.version} is in force on {_j(facts.planned_date)} (from {_j(g.effective_from)}, letter {g.approval.letter}).",
        citations=_cites(g, "approval"),
    )
    results, matched = _criteria(g, facts)
    results.insert(0, in_force)
    outcome, summary, decisive = _outcome(g, results)
    cites = [basis.instruction(), *_cites(g, "approval", "criteria")]
    seen = {(c.clause, c.authority) for c in cites}
    for r in decisive:
        for c in r.citations:
            if (c.clause, c.authority) not in seen:
                seen.add((c.clause, c.authority))
                cites.append(c)
    course = course_terms(g, matched, facts.planned_date) if outcome == "approved" else None
    return Evaluation(
        outcome, facts.planned_date, g.code, g.version, results, cites, f"{RULES_VERSION}/{g.code}@v{g.version}", summary, [i.id for i in matched], course
    )
