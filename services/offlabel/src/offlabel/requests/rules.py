"""The pure off-label evaluation engine (OFL-R): no I/O, so it is unit-tested and benchmarked on its own.

A request is evaluated against the guideline version in force on its planned date (OFL-G): every
criterion is met, not met or missing, with a reason, the published sources it rests on and a
citation of the approving letter. Outcome (OFL-R):
- denied            a criterion that cannot be cured by adding documents is not met
                    (no guideline in force, indication, prescriber, setting, preparation, dose,
                    interval, absolute contraindication);
- pending_documents otherwise, when something is missing or a document-type criterion is not met
                    (consent, imaging / visual acuity out of date, relative contraindication without
                    a risk-benefit justification);
- approved          every criterion met.
Before 1402/07/22 no approved guideline exists (letter 18300/400د) and the answer says so.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
import fnmatch
import re
from functools import lru_cache
from typing import Any, Literal

from shared.jalali import to_jalali
from shared.provenance import Citation
from shared.text import search_key

from offlabel.guidelines.schemas import Guideline, Indication, normalize_icd10

RULES_VERSION = "ofl-r1"
# The executive instruction every off-label guideline is approved under (seed 001; date from seed 000).
INSTRUCTION_NUMBER = "400/7515"
INSTRUCTION_DATE = dt.date(2023, 6, 25)  # 1402/04/04
INSTRUCTION_RULE = "Off-label prescribing, and insurers' strategic purchasing, only on the basis of a guideline approved by the MoH Deputy for Treatment"

Status = Literal["met", "not_met", "missing"]
Outcome = Literal["approved", "denied", "pending_documents"]


class UnknownContraindication(ValueError):
    """The request declares a contraindication code the guideline does not define (refused, never ignored)."""

    def __init__(self, codes: list[str], known: list[str]):
        super().__init__(f"unknown contraindication codes {codes}; this guideline defines {known}")
        self.codes, self.known = codes, known


# ------------------------------------------------------------------ inputs


@dataclass(frozen=True)
class Injection:
    date: dt.date
    eye: str
    drug: str | None = None


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
    eye: str
    dose_mg: Decimal
    planned_date: dt.date
    specialty: str | None
    route: str | None = None
    care_setting: str | None = None
    preparation: str | None = None
    earlier_injections: tuple[Injection, ...] = ()
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
    sources: list[dict[str, Any]] = field(default_factory=list)
    citation: Citation | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "status": self.status,
            "reason": self.reason,
            "curable_by_documents": self.curable,
            "sources": self.sources,
            "citation": self.citation.model_dump(mode="json") if self.citation else None,
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

    def criterion(self, cid: str) -> CriterionResult:
        return next(c for c in self.criteria if c.id == cid)

    def as_dict(self) -> dict[str, Any]:
        return {
            "outcome": self.outcome,
            "summary": self.summary,
            "planned_date": self.planned_date.isoformat(),
            "planned_date_jalali": to_jalali(self.planned_date),
            "guideline": {"code": self.guideline_code, "version": self.guideline_version} if self.guideline_code else None,
            "matched_indications": self.matched_indications,
            "criteria": [c.as_dict() for c in self.criteria],
            "basis": [b.model_dump(mode="json") for b in self.basis],
            "ruleset_version": self.ruleset_version,
        }


# ------------------------------------------------------------------ helpers


@dataclass
class _Compiled:
    """Per-guideline lookups computed once (names, specialties, sources) so an evaluation does no repeated work."""

    guideline: Guideline
    name_keys: frozenset[str]
    specialty_keys: dict[str, str]
    sources: dict[str, dict[str, Any]]
    citations: dict[tuple[str, str], Citation] = field(default_factory=dict)


_COMPILED: dict[int, _Compiled] = {}


def _compiled(g: Guideline) -> _Compiled:
    c = _COMPILED.get(id(g))
    if c is None or c.guideline is not g:
        if len(_COMPILED) > 1024:
            _COMPILED.clear()
        spec = {search_key(x): s.code for s in g.prescriber.specialties for x in (s.code, s.name, s.name_fa or "", *s.aliases) if x}
        srcs = {s.id: {"id": s.id, "kind": s.kind, "citation": s.citation, **({"doi": s.doi} if s.doi else {})} for s in g.sources}
        c = _COMPILED[id(g)] = _Compiled(g, frozenset(search_key(n) for n in g.names()), spec, srcs)
    return c


def drug_matches(g: Guideline, drug: str) -> bool:
    return search_key(drug) in _compiled(g).name_keys


def select_guideline(guidelines: Sequence[Guideline], drug: str, route: str | None, on: dt.date) -> tuple[Guideline | None, Guideline | None]:
    """(the version in force on `on`, else None; the earliest version that takes effect later, else None) (OFL-G)."""
    key = search_key(drug)
    cands = [g for g in guidelines if key in _compiled(g).name_keys and (route is None or g.route == route)]
    in_force = [g for g in cands if g.in_force(on)]
    current = max(in_force, key=lambda g: (g.effective_from, g.version)) if in_force else None
    later = [g for g in cands if g.effective_from > on]
    upcoming = min(later, key=lambda g: (g.effective_from, g.version)) if later else None
    return current, upcoming


@lru_cache(maxsize=4096)
def _pattern(p: str):
    return re.compile(fnmatch.translate(p)).match


def icd10_matches(code: str, patterns: Sequence[str]) -> bool:
    """Shell-style globs over the dotted code, case-sensitive (codes and patterns are upper case)."""
    return any(_pattern(p)(code) is not None for p in patterns)


def _sources(g: Guideline, ids: Sequence[str]) -> list[dict[str, Any]]:
    table = _compiled(g).sources
    return [dict(table[sid]) for sid in dict.fromkeys(ids)]


def _cite(g: Guideline, cid: str, text: str) -> Citation:
    """The approving letter's citation for one criterion (built once per guideline and text; never mutated)."""
    cache = _compiled(g).citations
    c = cache.get((cid, text))
    if c is None:
        c = cache[(cid, text)] = Citation(number=g.approval.letter, date=g.approval.date, clause=f"{g.code}@v{g.version}:{cid}", text=text)
    return c


def _mg(d: Decimal) -> str:
    return format(d.normalize(), "f")


@lru_cache(maxsize=8192)
def _j(d: dt.date | None) -> str:
    return to_jalali(d) or "-"


# ------------------------------------------------------------------ the engine


def evaluate(facts: RequestFacts, guidelines: Sequence[Guideline]) -> Evaluation:
    """Evaluate one request against the guideline version in force on its planned date (OFL-R)."""
    on = facts.planned_date
    g, upcoming = select_guideline(guidelines, facts.drug, facts.route, on)
    instruction = Citation(number=INSTRUCTION_NUMBER, date=INSTRUCTION_DATE, clause="off-label", text=INSTRUCTION_RULE)
    if g is None:
        route = f" by the {facts.route} route" if facts.route else ""
        reason = f"No approved off-label guideline for {facts.drug}{route} is in force on {_j(on)}."
        if upcoming is not None:
            reason += (
                f" The first approved one, {upcoming.code} v{upcoming.version} (letter {upcoming.approval.letter} of "
                f"{_j(upcoming.approval.date)}), is in force from {_j(upcoming.effective_from)}."
            )
        crit = CriterionResult("guideline_in_force", "An approved guideline is in force on the planned date", "not_met", reason, citation=instruction)
        return Evaluation("denied", on, None, None, [crit], [instruction], f"{RULES_VERSION}/no-guideline", reason)

    results: list[CriterionResult] = []
    add = results.append
    basis: list[Citation] = [instruction]
    approved_by = _cite(g, "approval", f"{g.title}: approved by letter {g.approval.letter} of {_j(g.approval.date)}, in force from {_j(g.effective_from)}")
    basis.append(approved_by)
    add(CriterionResult(
        "guideline_in_force", "An approved guideline is in force on the planned date", "met",
        f"{g.code} v{g.version} is in force on {_j(on)} (from {_j(g.effective_from)}, letter {g.approval.letter}).",
        sources=_sources(g, []), citation=approved_by,
    ))

    # Indication: the diagnosis code must match one of the guideline's ICD-10 patterns.
    code = normalize_icd10(facts.diagnosis_icd10)
    matched: list[Indication] = [i for i in g.indications if icd10_matches(code, i.icd10)]
    all_patterns = ", ".join(f"{i.id}: {' '.join(i.icd10)}" for i in g.indications)
    ind_cite = _cite(g, "indications", f"Indications (ICD-10): {all_patterns}")
    if matched:
        add(CriterionResult("indication", "Diagnosis is an approved indication", "met",
                            f"{code} is {', '.join(i.name for i in matched)}.",
                            sources=_sources(g, [s for i in matched for s in i.sources]), citation=ind_cite))
    else:
        add(CriterionResult("indication", "Diagnosis is an approved indication", "not_met",
                            f"{code} is not among the guideline's indications ({all_patterns}).",
                            sources=_sources(g, [s for i in g.indications for s in i.sources]), citation=ind_cite))
    ids = {i.id for i in matched}

    # Prescriber: by or under an ophthalmologist (the specialty comes from the token).
    sp = g.prescriber
    sp_names = ", ".join(s.code for s in sp.specialties)
    sp_cite = _cite(g, "prescriber", f"Prescriber specialty: {sp_names}")
    if not facts.specialty:
        add(CriterionResult("prescriber_specialty", "Eligible prescriber specialty", "missing", "The prescriber's specialty is not known.",
                            sources=_sources(g, sp.sources), citation=sp_cite))
    else:
        hit = _compiled(g).specialty_keys.get(search_key(facts.specialty))
        add(CriterionResult(
            "prescriber_specialty", "Eligible prescriber specialty", "met" if hit else "not_met",
            f"Specialty {facts.specialty!r} is {hit}." if hit else f"Specialty {facts.specialty!r} is not one of: {sp_names}.",
            sources=_sources(g, sp.sources), citation=sp_cite,
        ))

    # Care setting: sterile setting; some settings only for some indications.
    cs = g.care_setting
    allowed = [s for s in cs.allowed if s.indications is None or ids & set(s.indications)]
    cs_cite = _cite(g, "care_setting", "Care setting: " + ", ".join(s.code for s in cs.allowed))
    if not facts.care_setting:
        add(CriterionResult("care_setting", "Sterile care setting", "missing", "The care setting is not stated.", True, _sources(g, cs.sources), cs_cite))
    else:
        ok = any(s.code == facts.care_setting for s in allowed)
        add(CriterionResult(
            "care_setting", "Sterile care setting", "met" if ok else "not_met",
            f"{facts.care_setting} is an accepted setting." if ok else f"{facts.care_setting!r} is not accepted here; accepted: {', '.join(s.code for s in allowed)}.",
            sources=_sources(g, cs.sources), citation=cs_cite,
        ))

    # Preparation: single-use vial or sterile compounding.
    pr = g.preparation
    pr_cite = _cite(g, "preparation", "Preparation: " + ", ".join(p.code for p in pr.allowed))
    if not facts.preparation:
        add(CriterionResult("preparation", "Single-use or sterile-compounded preparation", "missing", "The preparation is not stated.", True,
                            _sources(g, pr.sources), pr_cite))
    else:
        ok = any(p.code == facts.preparation for p in pr.allowed)
        add(CriterionResult(
            "preparation", "Single-use or sterile-compounded preparation", "met" if ok else "not_met",
            f"{facts.preparation} is accepted." if ok else f"{facts.preparation!r} is not accepted; accepted: {', '.join(p.code for p in pr.allowed)}.",
            sources=_sources(g, pr.sources), citation=pr_cite,
        ))

    if matched:
        # Dose: at most the indication's dose (the most restrictive if the code matches several).
        max_dose = min(i.max_dose_mg for i in matched)
        vol = min(i.volume_ml for i in matched)
        d_cite = _cite(g, "dose", "Dose per eye: " + ", ".join(f"{i.id} {_mg(i.max_dose_mg)} mg / {_mg(i.volume_ml)} mL" for i in g.indications))
        ok = Decimal(0) < facts.dose_mg <= max_dose
        add(CriterionResult(
            "dose", "Dose within the indication's dose", "met" if ok else "not_met",
            f"{_mg(facts.dose_mg)} mg {'is within' if ok else 'exceeds'} {_mg(max_dose)} mg / {_mg(vol)} mL for {', '.join(sorted(ids))}.",
            sources=_sources(g, [s for i in matched for s in i.sources]), citation=d_cite,
        ))

        # Interval: per eye, since the last intravitreal injection in the same eye.
        min_days = max(i.min_interval_days for i in matched)
        i_cite = _cite(g, "interval", f"Minimum interval per eye: {min_days} days")
        same_eye = [inj.date for inj in facts.earlier_injections if inj.eye == facts.eye and inj.date <= on]
        i_sources = _sources(g, [s for i in matched for s in (i.interval_sources or i.sources)])
        if not same_eye:
            add(CriterionResult("interval", "Minimum interval since the last injection in this eye", "met",
                                f"No earlier injection in the {facts.eye} eye.", sources=i_sources, citation=i_cite))
        else:
            last = max(same_eye)
            gap = (on - last).days
            ok = gap >= min_days
            add(CriterionResult(
                "interval", "Minimum interval since the last injection in this eye", "met" if ok else "not_met",
                f"Last injection in the {facts.eye} eye on {_j(last)}: {gap} days before the planned date ({'at least' if ok else 'fewer than'} {min_days}).",
                sources=i_sources, citation=i_cite,
            ))

    # Informed consent.
    ic = g.informed_consent
    ic_cite = _cite(g, "informed_consent", "Informed consent recorded before the injection")
    c = facts.informed_consent
    if not ic.required:
        add(CriterionResult("informed_consent", "Informed consent", "met", "Not required by this guideline.", True, _sources(g, ic.sources), ic_cite))
    elif c is None:
        add(CriterionResult("informed_consent", "Informed consent", "missing", "No informed consent recorded.", True, _sources(g, ic.sources), ic_cite))
    elif not c.obtained:
        add(CriterionResult("informed_consent", "Informed consent", "not_met", "Informed consent has not been obtained.", True, _sources(g, ic.sources), ic_cite))
    elif c.date is not None and c.date > on:
        add(CriterionResult("informed_consent", "Informed consent", "not_met", f"Consent dated {_j(c.date)} is after the planned date.", True,
                            _sources(g, ic.sources), ic_cite))
    else:
        who = f" by the {c.signed_by}" if c.signed_by else ""
        add(CriterionResult("informed_consent", "Informed consent", "met", f"Informed consent obtained{who} on {_j(c.date)}.", True,
                            _sources(g, ic.sources), ic_cite))

    # Required documents, each within its window before the planned date.
    if matched:
        for req in g.documents:
            if req.applies_to is not None and not ids & set(req.applies_to):
                continue
            cid = f"document:{req.id}"
            r_cite = _cite(g, cid, f"{req.name} ({', '.join(req.kinds)}) dated within {req.within_days} days before the injection")
            docs = [d for d in facts.documents if d.kind in req.kinds]
            usable = [d for d in docs if d.date <= on]
            if not docs:
                add(CriterionResult(cid, req.name, "missing", f"No document of kind {', '.join(req.kinds)}.", True, _sources(g, req.sources), r_cite))
            elif not usable:
                add(CriterionResult(cid, req.name, "not_met", f"Every {req.name.lower()} is dated after the planned date {_j(on)}.", True,
                                    _sources(g, req.sources), r_cite))
            else:
                latest = max(usable, key=lambda d: d.date)
                age = (on - latest.date).days
                ok = age <= req.within_days
                add(CriterionResult(
                    cid, req.name, "met" if ok else "not_met",
                    f"{latest.kind} of {_j(latest.date)} is {age} days before the planned date ({'within' if ok else 'older than'} {req.within_days}).",
                    True, _sources(g, req.sources), r_cite,
                ))

    # Contraindications: declared codes plus other diagnoses matching their ICD-10 patterns.
    ci = g.contraindications
    known = [x.code for x in ci.absolute + ci.relative]
    declared = list(facts.contraindications or ())
    unknown = [x for x in declared if x not in known]
    if unknown:
        raise UnknownContraindication(unknown, known)
    others = [normalize_icd10(x) for x in facts.comorbidities_icd10]

    def present(items):
        return [x for x in items if x.code in declared or any(icd10_matches(o, x.icd10) for o in others if x.icd10)]

    abs_present, rel_present = present(ci.absolute), present(ci.relative)
    a_cite = _cite(g, "absolute_contraindications", "Absolute contraindications: " + ", ".join(x.code for x in ci.absolute))
    a_src = _sources(g, [s for x in ci.absolute for s in x.sources])
    if abs_present:
        add(CriterionResult("absolute_contraindications", "No absolute contraindication", "not_met",
                            "Present: " + "; ".join(x.name for x in abs_present) + ".", sources=_sources(g, [s for x in abs_present for s in x.sources]),
                            citation=a_cite))
    elif facts.contraindications is None:
        add(CriterionResult("absolute_contraindications", "No absolute contraindication", "missing",
                            "The physician has not declared contraindications (send an empty list when there are none).", True, a_src, a_cite))
    else:
        add(CriterionResult("absolute_contraindications", "No absolute contraindication", "met", "None declared or diagnosed.", sources=a_src, citation=a_cite))

    r_cite = _cite(g, "relative_contraindications",
                   f"Relative contraindications ({', '.join(x.code for x in ci.relative)}) need a {ci.relative_requires_document} document")
    r_src = _sources(g, [s for x in ci.relative for s in x.sources])
    if rel_present:
        just = [d for d in facts.documents if d.kind == ci.relative_requires_document and d.date <= on]
        names = "; ".join(x.name for x in rel_present)
        if just:
            add(CriterionResult("relative_contraindications", "Relative contraindications justified", "met",
                                f"Present: {names}; justified by {ci.relative_requires_document} of {_j(max(d.date for d in just))}.", True, r_src, r_cite))
        else:
            add(CriterionResult("relative_contraindications", "Relative contraindications justified", "not_met",
                                f"Present: {names}; add a {ci.relative_requires_document} document.", True, r_src, r_cite))
    elif facts.contraindications is None:
        add(CriterionResult("relative_contraindications", "Relative contraindications justified", "missing",
                            "The physician has not declared contraindications.", True, r_src, r_cite))
    else:
        add(CriterionResult("relative_contraindications", "Relative contraindications justified", "met", "None declared or diagnosed.", True, r_src, r_cite))

    hard = [r for r in results if r.status == "not_met" and not r.curable]
    soft = [r for r in results if r.status == "missing" or (r.status == "not_met" and r.curable)]
    if hard:
        outcome: Outcome = "denied"
        summary = "Denied: " + "; ".join(r.reason for r in hard)
    elif soft:
        outcome = "pending_documents"
        summary = "Pending: " + "; ".join(r.reason for r in soft)
    else:
        outcome = "approved"
        summary = f"Approved under {g.code} v{g.version} (letter {g.approval.letter} of {_j(g.approval.date)})."
    decisive = hard or soft or results
    seen = {b.clause for b in basis}
    for r in decisive:
        if r.citation is not None and r.citation.clause not in seen:
            seen.add(r.citation.clause)
            basis.append(r.citation)
    return Evaluation(outcome, on, g.code, g.version, results, basis, f"{RULES_VERSION}/{g.code}@v{g.version}", summary, [i.id for i in matched])
