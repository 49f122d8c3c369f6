"""The customs decision engine (SOP-DPNA-GIO-020 rev. 04): pure, no I/O; unit-tested and benchmarked on its own.

Input: a declaration (schemas.DeclarationIn), the decision date, the reference-data snapshot and the
regulation registry. Output per item: outcome (refused | pending | out_of_scope; `cleared` only comes
from the human workflow, since every item needs a GIO expert's review and stamp, CUS-5/6.2/6.3.5),
the requirements still open, reasons with rule ids, the largest clearable quantity, and the basis.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from customs.declarations.basis import ALL_RULES, RULESET_VERSION, SOP, Rule, citation_fields
from customs.reference.lists import NO, X3_KINDS, ReferenceData
from customs.reference.substances import tokens
from shared.jalali import jalali_parts, jalali_to_gregorian, month_length, to_jalali
from shared.provenance import AUTHORITIES, Citation, RegulationRegistry
from shared.text import PERSIAN_DIGITS

ENGINE_VERSION = RULESET_VERSION  # the rule table and the engine are versioned together (customs.provenance)
SIX_MONTHS_DAYS = 180  # the shortest six calendar months (CUS-SIX-MONTHS: the engine counts calendar months from the decision date, 179-186 days)
THREE_MONTHS_DAYS = 90  # CUS-6.4.3
ONE_MONTH_DAYS = 30  # CUS-6.4.3 note
ORDER_REGISTRATION_USD = Decimal(1000)  # CUS-6.1.4
RAW_OR_STANDARD = frozenset({"raw_material", "reference_standard", "working_standard"})
FINISHED = frozenset({"finished_drug", "research_sample"})
READABLE_LABEL_LANGS = frozenset({"fa", "en"})

# requirement code -> (rule id, who closes it, English text, Persian text, discretionary)
REQUIREMENTS: dict[str, tuple[str, str, str, str, bool]] = {
    "gio_expert_review": ("CUS-5", "gio_expert", "GIO expert review of the consignment and documents", "بررسی کارشناس اداره بازرسی فنی", False),
    "medical_documents": ("CUS-6.2", "owner", "Medical documents supporting personal use", "مدارک و مستندات درمانی", False),
    "dosage_information": ("CUS-6.2", "gio_expert", "Daily dose, to estimate the supply (at most six months)", "دستور مصرف برای برآورد مصرف شش ماهه", False),
    "prescription": ("CUS-6.2-PRESCRIPTION", "owner", "The treating physician's prescription", "نسخه پزشک معالج", False),
    "official_translation": (
        "CUS-6.3-TRANSLATION",
        "owner",
        "Official translation of the label, if the GIO expert asks for it",
        "ترجمه رسمی برچسب در صورت درخواست کارشناس",
        True,
    ),
    "article_9_committee": (
        "CUS-6.3-FORMULARY",
        "gio_expert",
        "Opinion of the FDO Article 9 committee (drug outside the national formulary)",
        "نظر کمیته ماده ۹ سازمان غذا و دارو",
        False,
    ),
    "controlled_substances_office_referral": (
        "CUS-6.3.1",
        "gio_expert",
        "Referral to the controlled-substances office",
        "ارجاع به اداره مواد و داروهای تحت کنترل",
        False,
    ),
    "head_of_gio_approval": ("CUS-5-HEAD", "gio_head", "Approval of the head of GIO", "تایید رئیس اداره بازرسی فنی", False),
    "dg_release": ("CUS-5-DG", "dpna_dg", "Release permit of the DPNA Director General", "مجوز مدیر کل امور دارو و مواد تحت کنترل", False),
    "principle_approval": (
        "CUS-6.1.1",
        "owner",
        "Proof of a valid principle approval, or of drug production/import activity",
        "موافقت اصولی معتبر یا فعالیت در تولید یا واردات",
        False,
    ),
    "purpose_letter": ("CUS-6.1.2", "owner", "Letter to DPNA stating the purpose of the import", "نامه اعلام هدف از واردات", False),
    "commitment_letter": (
        "CUS-6.1.3-SAMPLES",
        "owner",
        "Commitment of the technical manager and CEO not to use the samples commercially",
        "تعهد مسئول فنی و مدیر عامل",
        False,
    ),
    "industrial_batch_size": (
        "CUS-6.1.3",
        "owner",
        "Industrial batch size of the lowest-dose form and the amount imported",
        "اندازه بچ صنعتی پایین ترین دوز",
        False,
    ),
    "order_registration": ("CUS-6.1.4", "owner", "Order registration (ثبت سفارش): declared value above 1,000 USD", "ثبت سفارش", False),
    "approved_research": (
        "CUS-X3",
        "owner",
        "Proof of the approval inspections' permission rests on: approved research (ethics committee approval and its ethics code) or an approved treatment's IRC (FDO registration code)",
        "مستندات تحقیقات مصوب (کد اخلاق) یا کد IRC درمان تأیید شده",
        False,
    ),
    "inspections_verification": (
        "CUS-X3",
        "system",
        "Inspections (INS-R) must answer whether importing this exosome / cell-therapy / regenerative product is permitted on the date; retried automatically and by POST /v1/declarations/{id}/verification",
        "استعلام از سامانه بازرسی درباره مجاز بودن واردات این فرآورده (در حال تکرار)",
        False,
    ),
    "product_kind_confirmation": (
        "CUS-X3",
        "gio_expert",
        "The name suggests a product whose import inspections prohibits on the date: the GIO expert confirms it is not one (else refuses the item with those letters)",
        "تایید کارشناس که فرآورده از نوع ممنوع نیست",
        False,
    ),
    "declared_value": ("CUS-6.1.4", "owner", "Declared value in USD", "ارزش اظهار شده به دلار", False),
    "substance_identification": (
        "CUS-ID",
        "gio_expert",
        "The name was not recognised: the GIO expert identifies the substance(s) (action `identify`), and the item is evaluated again on them",
        "نام دارو شناخته نشد: کارشناس اداره بازرسی فنی ماده یا مواد مؤثره را مشخص می کند (اقدام identify) و قلم دوباره ارزیابی می شود",
        False,
    ),
}
# Closed only by the expert's identification (action `identify`), never by confirming it in a review (issue 11).
IDENTIFICATION_REQUIREMENTS = frozenset({"substance_identification"})

# Requirements closed by the owner's documents: the expert confirms them in the review action.
DOCUMENT_REQUIREMENTS = frozenset(code for code, spec in REQUIREMENTS.items() if spec[1] == "owner") | {
    "dosage_information",
    "article_9_committee",
    "product_kind_confirmation",
}
# Requirements nobody closes by hand: only a verification with the other service does (SPEC X).
SYSTEM_REQUIREMENTS = frozenset(code for code, spec in REQUIREMENTS.items() if spec[1] == "system")

RESPONSIBILITY_EN = (
    "The GIO expert's opinion covers the entry of the goods only; it does not vouch for the manufacturer or the "
    "quality. The owner of the goods bears the responsibility for any adverse effects (SOP-DPNA-GIO-020 6.2)."
)
RESPONSIBILITY_FA = (
    "اظهار نظر کارشناس اداره بازرسی فنی صرفاً جهت ورود کالا بوده و صلاحیت تولید کننده و کیفیت آن مورد تایید قرار "
    "نمی گیرد؛ مسئولیت عوارض ناشی از مصرف به عهده صاحب کالا است (بند ۶.۲ دستورالعمل)."
)


def fa_digits(value: Any) -> str:
    """Persian digits for Persian text (dates in warnings are written in Jalali, issue 11)."""
    return str(value or "").translate(str.maketrans("0123456789", PERSIAN_DIGITS))


# ------------------------------------------------------------------ SPEC X3: the inspections answer as an input (pure)

PERMITTED, PROHIBITED, NOT_REGULATED = "permitted", "prohibited", "not_regulated_by_these_letters"
X3_OUTCOMES = frozenset({PERMITTED, PROHIBITED, NOT_REGULATED})
KIND_TEXT = {"exosome": ("exosome", "اگزوزوم"), "cell_therapy": ("cell-therapy", "سلول درمانی"), "regenerative": ("regenerative-medicine", "پزشکی بازساختی")}


@dataclass(frozen=True, slots=True)
class X3Question:
    """One question to inspections: may `kind` be imported with `approval` on `date`? (POST /v1/permissibility)"""

    kind: str
    approval: str  # research_approval | irc_code | none
    date: dt.date
    activity: str = "import"

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.kind, self.approval, self.date.isoformat())

    def payload(self) -> dict[str, str]:
        return {"activity": self.activity, "kind": self.kind, "approval": self.approval, "date": self.date.isoformat()}


@dataclass(frozen=True, slots=True)
class ProductRuling:
    """The inspections answer (INS-R ruling) reduced to what customs needs; its basis is kept as given."""

    outcome: str  # permitted | prohibited | not_regulated_by_these_letters
    basis: tuple[dict[str, Any], ...] = ()
    letters_applied: tuple[str, ...] = ()
    deciding_rule: str | None = None
    decision_id: str | None = None
    ruleset_version: str | None = None

    @classmethod
    def from_answer(cls, body: Any) -> "ProductRuling":
        """Parse the JSON answer of POST /inspections/v1/permissibility; ValueError if it is not one."""
        if not isinstance(body, dict) or body.get("outcome") not in X3_OUTCOMES:
            raise ValueError("not a permissibility ruling (no known outcome)")
        basis = body.get("basis") or []
        if not isinstance(basis, list) or not all(isinstance(c, dict) and c.get("number") for c in basis):
            raise ValueError("a permissibility ruling without a usable basis")
        if body["outcome"] == PROHIBITED and not basis:
            raise ValueError("a prohibition without letters")
        return cls(
            outcome=body["outcome"],
            basis=tuple(their_citation(c, body.get("decision_id")) for c in basis),
            letters_applied=tuple(str(x) for x in body.get("letters_applied") or ()),
            deciding_rule=body.get("deciding_rule"),
            decision_id=body.get("decision_id"),
            ruleset_version=body.get("ruleset_version"),
        )


def their_citation(c: dict[str, Any], decision_id: Any) -> dict[str, Any]:
    """A citation inspections gave, marked as theirs; one that does not say what it rests on is carried as an
    interpretation (customs applies inspections' ruling, SPEC X3, and cannot vouch for the clause itself)."""
    out = {**c, "source": "inspections"}
    if out.get("authority") not in AUTHORITIES:
        out["authority"] = "interpretation"
        out["reason"] = (f"cited by inspections' ruling {decision_id or ''} without saying what it rests on; customs applies that ruling (SPEC X3)").replace(
            "  ", " "
        )
        out["leans_on"] = [str(c.get("number"))]
        out.pop("quote", None)
    return out


@dataclass(frozen=True, slots=True)
class RulingUnavailable:
    """No answer could be had (down, slow, 5xx, refused question): the item waits; nothing is decided on it."""

    reason: str


ProductRulings = Mapping[tuple[str, str, str], "ProductRuling | RulingUnavailable"]


@dataclass(slots=True)
class X3Effect:
    """What one product kind's answers do to an item (the pure mapping of SPEC X3)."""

    effect: str  # refuse | require | note
    rule_ids: list[str]
    text: str
    text_fa: str
    requirements: list[str] = field(default_factory=list)
    basis: list[dict[str, Any]] = field(default_factory=list)
    verification: str = "verified"  # verified | pending
    check: dict[str, Any] = field(default_factory=dict)


def _letters(rulings: Iterable[ProductRuling]) -> str:
    seen: list[str] = []
    for r in rulings:
        for n in r.letters_applied or tuple(c["number"] for c in r.basis if c.get("kind", "rule") == "rule"):
            if n not in seen:
                seen.append(n)
    return ", ".join(seen)


def _dates(qs: Iterable[X3Question]) -> str:
    return ", ".join(to_jalali(q.date) or "" for q in qs)


def x3_effect(kind: str, purpose: str, certain: bool, answers: list[tuple[X3Question, "ProductRuling | RulingUnavailable | None"]]) -> X3Effect:
    """SPEC X3: map inspections' answers for one product kind (one per date asked) to the item's effect.

    - any `prohibited` answer: refused with the answer's letters (a name that only *may* be that kind:
      pending `product_kind_confirmation`, the expert confirms or refuses);
    - an answer missing (down, slow, refused question): pending `inspections_verification`, never decided;
    - an exosome product for personal use: refused whatever inspections answered (SPEC X3: never cleared);
    - all `permitted`: only as the ruling says, i.e. for the approval given: `approved_research` stays open
      until the GIO expert has seen the approval and its code (ethics code, or the FDO's IRC; the permission rests on them);
    - `not_regulated_by_these_letters` (the letters do not speak): X3 restricts nothing; a note, and the
      SOP rules and the expert's review apply as for any other item.
    """
    en, fa = KIND_TEXT[kind]
    personal_exosome = kind == "exosome" and purpose == "personal_use" and certain
    local = ["CUS-X3", "CUS-X3-10262", "CUS-X3-661"] if kind == "exosome" else ["CUS-X3-38754"]
    qs = [q for q, _ in answers]
    got = [(q, a) for q, a in answers if isinstance(a, ProductRuling)]
    missing = [(q, a) for q, a in answers if not isinstance(a, ProductRuling)]
    prohibited = [a for _, a in got if a.outcome == PROHIBITED]
    check = {
        "kind": kind,
        "activity": "import",
        "approval": qs[0].approval if qs else "none",
        "name_certain": certain,
        "answers": [
            {
                "date": q.date.isoformat(),
                "outcome": a.outcome if isinstance(a, ProductRuling) else None,
                "letters_applied": list(a.letters_applied) if isinstance(a, ProductRuling) else [],
                "deciding_rule": a.deciding_rule if isinstance(a, ProductRuling) else None,
                "inspections_decision_id": a.decision_id if isinstance(a, ProductRuling) else None,
                "inspections_ruleset_version": a.ruleset_version if isinstance(a, ProductRuling) else None,
                "unavailable_reason": (a.reason if isinstance(a, RulingUnavailable) else "not asked") if not isinstance(a, ProductRuling) else None,
            }
            for q, a in answers
        ],
    }
    their_basis = [c for _, a in got for c in a.basis]
    if prohibited:
        letters = _letters(prohibited)
        when = _dates(q for q, a in got if a.outcome == PROHIBITED)
        if not certain:
            check["verification"] = "verified"
            return X3Effect(
                "require",
                ["CUS-X3", *local],
                f"The name suggests a {en} product: inspections (INS-R) answers that importing one is prohibited on {when} ({letters}). "
                "The GIO expert confirms it is not such a product, or refuses the item with these letters.",
                f"نام فرآورده نشان دهنده محصول {fa} است و واردات آن طبق پاسخ سامانه بازرسی ممنوع است ({letters}): کارشناس نوع فرآورده را تایید کند.",
                ["product_kind_confirmation"],
                their_basis,
                "verified",
                {**check, "verification": "verified"},
            )
        return X3Effect(
            "refuse",
            ["CUS-X3", *local],
            f"Importing this {en} product is prohibited on {when}: inspections (INS-R) ruled so under {letters}.",
            f"واردات این فرآورده {fa} طبق حکم سامانه بازرسی ممنوع است ({letters}).",
            [],
            their_basis,
            "verified",
            {**check, "verification": "verified"},
        )
    if missing:
        why = "; ".join(dict.fromkeys(a.reason if isinstance(a, RulingUnavailable) else "not asked" for _, a in missing))
        floor = (
            (
                " Exosome products are never cleared for personal use (SPEC X3): this item cannot be cleared whatever the answer; "
                "the refusal waits for the letters inspections cites."
            )
            if personal_exosome
            else ""
        )
        floor_fa = " محصولات اگزوزوم برای مصرف شخصی هرگز ترخیص نمی شوند." if personal_exosome else ""
        return X3Effect(
            "require",
            ["CUS-X3", *local],
            f"Inspections (INS-R) could not be asked whether importing this {en} product is permitted on {_dates(q for q, _ in missing)} ({why}). "
            "The item stays pending, neither cleared nor refused on a guess, until the verification succeeds: it is retried automatically, "
            f"and by POST /v1/declarations/{{id}}/verification.{floor}",
            f"پاسخ سامانه بازرسی درباره مجاز بودن واردات این فرآورده {fa} دریافت نشد ({why}); قلم تا دریافت پاسخ در انتظار می ماند.{floor_fa}",
            ["inspections_verification"],
            [],
            "pending",
            {**check, "verification": "pending"},
        )
    outcomes = ", ".join(f"{a.outcome} on {to_jalali(q.date)}" for q, a in got)
    if personal_exosome:
        return X3Effect(
            "refuse",
            ["CUS-X3", "CUS-X3-10262", "CUS-X3-661"],
            f"Exosome products are never cleared for personal use (SPEC X3; 400/10262/د, 661/2897: no import permit has ever been issued). "
            f"Inspections answered {outcomes}, which cannot make a personal import lawful.",
            "محصولات اگزوزوم برای مصرف شخصی ترخیص نمی شوند.",
            [],
            their_basis,
            "verified",
            {**check, "verification": "verified"},
        )
    if all(a.outcome == PERMITTED for _, a in got):
        approval = check["approval"]
        reqs = ["approved_research"] if approval != "none" else []
        cond = (
            " The permission rests on the approval given: its documents and code (ethics code or IRC) are checked by the GIO expert (approved_research)."
            if reqs
            else ""
        )
        return X3Effect(
            "require" if reqs else "note",
            ["CUS-X3", *local],
            f"Inspections (INS-R) answers that importing this {en} product with approval {approval!r} is permitted ({outcomes}).{cond}",
            f"طبق پاسخ سامانه بازرسی واردات این فرآورده {fa} با مجوز اعلام شده مجاز است؛ مستندات آن بررسی می شود.",
            reqs,
            their_basis,
            "verified",
            {**check, "verification": "verified"},
        )
    return X3Effect(
        "note",
        ["CUS-X3", *local],
        f"Inspections (INS-R): the letters do not rule on importing this {en} product ({outcomes}); SPEC X3 restricts nothing here, "
        "the SOP rules and the GIO expert's review apply (other law, such as the FDO product authorisation, still applies).",
        f"طبق پاسخ سامانه بازرسی نامه ها درباره واردات این فرآورده {fa} حکمی ندارند؛ ضوابط دستورالعمل اعمال می شود.",
        [],
        their_basis,
        "verified",
        {**check, "verification": "verified"},
    )


@dataclass(slots=True)
class Reason:
    rule_id: str
    effect: str  # refuse | refuse_excess | out_of_scope | require | note | warning
    text: str
    text_fa: str

    def to_dict(self) -> dict[str, str]:
        return {"rule_id": self.rule_id, "effect": self.effect, "text": self.text, "text_fa": self.text_fa}


@dataclass(slots=True)
class ItemEvaluation:
    index: int
    name: str
    dosage_form: str
    category: str
    quantity: float
    quantity_unit: str
    outcome: str = "pending"
    requirements: list[str] = field(default_factory=list)
    reasons: list[Reason] = field(default_factory=list)
    matches: dict[str, list[str]] = field(default_factory=dict)
    supply_days: float | None = None
    max_clearable_quantity: float | None = None
    excess_quantity: float = 0
    rule_ids: list[str] = field(default_factory=list)
    limit_rule: str | None = None  # the rule behind max_clearable_quantity: CUS-6.2 (the expert may set another estimate) or CUS-6.1.3
    substances: list[str] = field(default_factory=list)  # what the name resolved to (or the expert identified)
    identified_by_expert: bool = False
    x3_checks: list[dict[str, Any]] = field(default_factory=list)  # SPEC X3: the inspections questions and answers
    extra_basis: list[dict[str, Any]] = field(default_factory=list)  # citations given by inspections
    verification: str = "not_required"  # not_required | verified | pending (an answer is missing)

    def require(self, code: str) -> None:
        if code not in self.requirements:
            self.requirements.append(code)
        rid = REQUIREMENTS[code][0]
        if rid not in self.rule_ids:
            self.rule_ids.append(rid)

    def cite(self, rule_id: str) -> None:
        """Add a rule's citation to the basis without a reason of its own (e.g. the list a match came from)."""
        if rule_id not in self.rule_ids:
            self.rule_ids.append(rule_id)

    def add(self, rule_id: str, effect: str, text: str, text_fa: str) -> None:
        self.reasons.append(Reason(rule_id, effect, text, text_fa))
        if rule_id not in self.rule_ids:
            self.rule_ids.append(rule_id)

    def settle(self) -> None:
        effects = {r.effect for r in self.reasons}
        if "out_of_scope" in effects:
            self.outcome, self.requirements = "out_of_scope", []
        elif "refuse" in effects:
            self.outcome, self.requirements = "refused", []
        elif self.requirements:
            self.outcome = "pending"
        else:
            self.outcome = "cleared"


@dataclass(slots=True)
class DeclarationEvaluation:
    outcome: str
    items: list[ItemEvaluation]
    decision_date: dt.date
    warnings: list[Reason]
    ruleset_version: str
    reference_version: str
    personal_use: bool
    citations: dict[str, dict[str, Any]]
    declaration_reasons: list[Reason] = field(default_factory=list)

    @property
    def needs_controlled_referral(self) -> bool:
        return any("controlled_substances_office_referral" in i.requirements for i in self.items)

    @property
    def needs_head_approval(self) -> bool:
        return any("head_of_gio_approval" in i.requirements for i in self.items)

    @property
    def needs_dg_release(self) -> bool:
        return any("dg_release" in i.requirements for i in self.items)

    def basis_for(self, rule_ids: list[str]) -> list[dict[str, Any]]:
        out = [self.citations[r] for r in rule_ids if r in self.citations]
        out.extend(self.citations[w.rule_id] for w in self.warnings)
        return out

    def to_dict(self) -> dict[str, Any]:
        """The evaluation as JSON: stored with the declaration and returned by the API."""
        items = []
        all_rules: list[str] = [r.rule_id for r in self.declaration_reasons]
        for it in self.items:
            rids = list(it.rule_ids)
            if self.personal_use and it.outcome not in ("out_of_scope",):
                rids.append("CUS-6.2-RESPONSIBILITY")
            for r in rids:
                if r not in all_rules:
                    all_rules.append(r)
            items.append(
                {
                    "index": it.index,
                    "name": it.name,
                    "dosage_form": it.dosage_form,
                    "category": it.category,
                    "quantity": it.quantity,
                    "quantity_unit": it.quantity_unit,
                    "outcome": it.outcome,
                    "requirements": [requirement_view(c) for c in it.requirements],
                    "reasons": [r.to_dict() for r in it.reasons],
                    "matches": it.matches,
                    "substances": it.substances,
                    "identified_by_expert": it.identified_by_expert,
                    "supply_days": it.supply_days,
                    "max_clearable_quantity": it.max_clearable_quantity,
                    "limit_rule": it.limit_rule,
                    "excess_quantity": it.excess_quantity,
                    "verification": it.verification,
                    "x3_checks": it.x3_checks,
                    "basis": merge_basis(self.basis_for(rids), it.extra_basis),
                }
            )
        extra = [c for it in self.items for c in it.extra_basis]
        open_reqs: list[str] = []
        for it in self.items:
            for c in it.requirements:
                if c not in open_reqs:
                    open_reqs.append(c)
        return {
            "outcome": self.outcome,
            "decision_date": self.decision_date.isoformat(),
            "items": items,
            "requirements": [requirement_view(c) for c in open_reqs],
            "reasons": [r.to_dict() for r in self.declaration_reasons],
            "warnings": [w.to_dict() for w in self.warnings],
            "owner_responsibility": {"en": RESPONSIBILITY_EN, "fa": RESPONSIBILITY_FA} if self.personal_use else None,
            "workflow": {
                "controlled_substances_office_referral": self.needs_controlled_referral,
                "head_of_gio_approval": self.needs_head_approval,
                "dg_release": self.needs_dg_release,
            },
            "verification": verification_summary(items),
            "basis": (basis := merge_basis(self.basis_for(all_rules), extra)),
            "provisional": bool(provisional_reasons(basis)),
            "provisional_reasons": provisional_reasons(basis),
            "ruleset_version": self.ruleset_version,
            "reference_version": self.reference_version,
        }


def merge_basis(*parts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Citations in order, each once (same letter, clause, text and kind)."""
    out, seen = [], set()
    for part in parts:
        for c in part:
            key = (c.get("number"), c.get("clause"), c.get("text"), c.get("kind"))
            if key not in seen:
                seen.add(key)
                out.append(c)
    return out


def identified_of(evaluation: dict[str, Any]) -> dict[int, list[str]]:
    """The substances GIO experts recorded per item index (CUS-ID), as the engine takes them."""
    return {int(k): list(v["substances"]) for k, v in (evaluation.get("identified") or {}).items()}


def provisional_reasons(basis: list[dict[str, Any]]) -> list[str]:
    """Why a decision is provisional (SHR-PROV): it rests on a list nobody at the FDO has confirmed."""
    return [f"{c.get('rule_id')}: {(c.get('configuration') or {}).get('published_by')} — not confirmed" for c in basis if c.get("provisional")]


def verification_summary(items: list[dict[str, Any]]) -> dict[str, Any]:
    """The declaration's SPEC X3 verification: pending if any item still waits for inspections' answer."""
    pending = [i["index"] for i in items if i.get("verification") == "pending"]
    checked = [i["index"] for i in items if i.get("verification") in ("verified", "pending")]
    reasons = [a["unavailable_reason"] for i in items for c in i.get("x3_checks", []) for a in c["answers"] if a.get("unavailable_reason")]
    return {
        "status": "pending" if pending else ("verified" if checked else "not_required"),
        "pending_items": pending,
        "checked_items": checked,
        "reason": "; ".join(dict.fromkeys(reasons)) or None,
    }


def requirement_view(code: str) -> dict[str, Any]:
    rule_id, by, text, text_fa, discretionary = REQUIREMENTS[code]
    return {"code": code, "rule_id": rule_id, "closed_by": by, "text": text, "text_fa": text_fa, "at_expert_discretion": discretionary}


def build_citations(registry: RegulationRegistry) -> dict[str, dict[str, Any]]:
    """Every rule's citation (SHR-PROV): its letter's record from the registry, and what the rule rests on (basis.RULES)."""
    return {rid: rule_citation(registry, rid, rule).model_dump(mode="json") for rid, rule in ALL_RULES.items()}


def rule_citation(registry: RegulationRegistry, rule_id: str, rule: Rule) -> Citation:
    fields = citation_fields(rule_id, rule)
    text = f"{rule_id}: {rule.text}"
    if rule.number is None:
        return Citation(clause=rule.clause, text=text, kind=rule.kind, **fields)  # type: ignore[arg-type]
    return registry.cite(rule.number, rule.clause, text, kind=rule.kind, **fields)


class Engine:
    """Evaluates declarations against SOP-DPNA-GIO-020 with one reference-data snapshot (pure)."""

    def __init__(self, registry: RegulationRegistry, reference: ReferenceData):
        self.reference = reference
        self.citations = build_citations(registry)
        sop = registry.get(SOP)
        self.sop_effective, self.sop_expiry = sop.effective, sop.expiry
        self.ruleset_version = f"{SOP}/{sop.revision or '?'}+{ENGINE_VERSION}+{registry.version}+{reference.version}"

    # ------------------------------------------------------------------ helpers
    def validity_warnings(self, on: dt.date) -> list[Reason]:
        """CUS-VALIDITY: a decision dated outside the SOP's validity says so in its basis (kind=warning)."""
        if (self.sop_effective and on < self.sop_effective) or (self.sop_expiry and on > self.sop_expiry):
            return [
                Reason(
                    "CUS-VALIDITY",
                    "warning",
                    f"Decision date {to_jalali(on)} ({on.isoformat()}) is outside the validity of SOP-DPNA-GIO-020 rev. 04 (1399/10/15-1401/10/15); "
                    "the rules are applied as last issued, pending a new revision.",
                    f"تاریخ تصمیم {fa_digits(to_jalali(on))} خارج از دوره اعتبار دستورالعمل (۱۳۹۹/۱۰/۱۵ تا ۱۴۰۱/۱۰/۱۵) است؛ ضوابط بر اساس آخرین ویرایش اعمال شده است.",
                )
            ]
        return []

    def classify(self, name: str, generic_name: str | None = None, identified: list[str] | None = None) -> dict[str, list[dict[str, str]]]:
        """Which lists name this item, by substance (issue 11): the name (and the owner's generic name) resolve to
        substances through the one index; each list row matches when the item has all of the row's substances.
        `identified`: the substances a GIO expert recorded for the item (they replace the name's reading).
        `unidentified` holds the name when nothing in it is recognised (the item then waits for the expert: CUS-ID)."""
        idx = self.reference.substances
        toks, gtoks = tokens(name), tokens(generic_name)
        own = idx.resolve_name(name, toks)
        subs = list(identified) if identified else idx.resolve_name(generic_name, gtoks, list(own))
        found = self.reference.match_lists(subs)
        if subs and not self.reference.covered_by("formulary", subs):
            found["formulary"] = []  # a combination is in the formulary only when every substance in it is
        found["regenerative_products"] = self.reference.x3_match(toks, gtoks)
        found["substances"] = [{"substance": s, "name_en": idx.display.get(s, {}).get("en", s), "name_fa": idx.display.get(s, {}).get("fa", "")} for s in subs]
        found["unidentified"] = [{"name_en": name}] if not identified and not own and not found["regenerative_products"] else []
        return found

    # ------------------------------------------------------------------ SPEC X3
    @staticmethod
    def x3_kinds(item: Any, found: dict[str, list[dict[str, str]]]) -> list[tuple[str, bool]]:
        """(kind, certain) for each exosome / cell-therapy / regenerative kind the item is, or may be (declared kind or list name)."""
        kinds: dict[str, bool] = {}
        declared = getattr(item, "product_kind", None)
        if declared:
            kinds[declared] = True
        for row in found.get("regenerative_products", []):
            k = row.get("kind")
            if k in X3_KINDS:
                kinds[k] = kinds.get(k, False) or row.get("certain", "").lower() not in NO
        return [(k, kinds[k]) for k in X3_KINDS if k in kinds]

    @staticmethod
    def x3_approval(decl: Any) -> str:
        approval = getattr(decl, "approval", None)
        return approval.type if approval is not None else "none"

    @staticmethod
    def x3_dates(decision_date: dt.date, as_of: dt.date | None) -> list[dt.date]:
        """The decision date, and the day of evaluation when later: both must allow the import (the stricter answer wins)."""
        return sorted({decision_date, as_of}) if as_of is not None and as_of > decision_date else [decision_date]

    def x3_questions(self, decl: Any, decision_date: dt.date, as_of: dt.date | None = None, indexes: Iterable[int] | None = None) -> list[X3Question]:
        """What customs must ask inspections before evaluating (the service layer asks, the engine gets the answers)."""
        wanted = set(indexes) if indexes is not None else None
        approval = self.x3_approval(decl)
        dates = self.x3_dates(decision_date, as_of)
        out: dict[tuple[str, str, str], X3Question] = {}
        for i, item in enumerate(decl.items):
            if (wanted is not None and i not in wanted) or _scope(decl, item) is not None:
                continue
            for kind, _certain in self.x3_kinds(item, self.classify(item.name, item.generic_name)):
                for d in dates:
                    q = X3Question(kind, approval, d)
                    out.setdefault(q.key, q)
        return list(out.values())

    # ------------------------------------------------------------------ declarations
    def evaluate(
        self,
        decl: Any,
        decision_date: dt.date,
        as_of: dt.date | None = None,
        product_rulings: ProductRulings | None = None,
        identified: Mapping[int, list[str]] | None = None,
    ) -> DeclarationEvaluation:
        """Evaluate for `decision_date`; with `as_of` (the day a stored declaration is evaluated) the expiry and
        principle-approval checks use the later of the two, so a back-dated declaration cannot clear an item
        that has expired since, and the validity warning also covers the real date."""
        warnings = self.validity_warnings(decision_date)
        if as_of is not None and not warnings:
            warnings = self.validity_warnings(as_of)
        check_date = max(decision_date, as_of) if as_of is not None else decision_date
        decl_reasons: list[Reason] = []
        owner = decl.owner
        legal = owner.kind == "legal"
        company = owner.company
        shared_reqs: list[str] = []
        shared_refusals: list[tuple[str, str, str]] = []

        if legal and decl.purpose not in ("donation", "commercial"):
            # CUS-6.1.1: valid principle approval, or production/import activity.
            active = bool(company.activities)
            approval = company.principle_approval_valid_until
            if not active:
                if company.has_principle_approval is False:
                    shared_refusals.append(
                        (
                            "CUS-6.1.1",
                            "The company states that it has no principle approval and no drug production or import activity: it is not an importer under 6.1.1.",
                            "شرکت اعلام کرده است که موافقت اصولی و فعالیت تولید یا واردات دارو ندارد؛ طبق بند ۶.۱.۱ وارد کننده حقوقی محسوب نمی شود.",
                        )
                    )
                elif approval is None:
                    shared_reqs.append("principle_approval")
                elif approval < check_date:
                    shared_refusals.append(
                        (
                            "CUS-6.1.1",
                            f"The company's principle approval expired on {to_jalali(approval)} and it declares no production or import activity.",
                            f"موافقت اصولی شرکت در {fa_digits(to_jalali(approval))} منقضی شده و فعالیت تولید یا واردات ندارد.",
                        )
                    )
            # CUS-6.1.2: a stated purpose, by letter; personal use is not a company's purpose.
            if decl.purpose == "personal_use":
                shared_refusals.append(
                    (
                        "CUS-6.1.2",
                        "A legal person imports samples for research or marketing; personal use is cleared for natural persons only (CUS-6.2).",
                        "شخص حقوقی برای مصرف شخصی واردات نمی کند.",
                    )
                )
            elif not company.purpose_letter_submitted:
                shared_reqs.append("purpose_letter")
            # CUS-6.1.4: declared value of the consignment.
            values = [i.value_usd for i in decl.items]
            if any(v is None for v in values):
                shared_reqs.append("declared_value")
            total = sum((v for v in values if v is not None), Decimal(0))
            if total > ORDER_REGISTRATION_USD and not company.order_registration_no:
                shared_reqs.append("order_registration")
                decl_reasons.append(
                    Reason(
                        "CUS-6.1.4",
                        "require",
                        f"Declared value {total} USD exceeds 1,000 USD: order registration required.",
                        f"ارزش اظهار شده {total} دلار بیش از یک هزار دلار است: ثبت سفارش لازم است.",
                    )
                )

        if not legal and decl.purpose in ("marketing_sample", "research_sample"):
            # CUS-6.1.3-SAMPLES: samples are for the pharmaceutical industry or research centres (legal persons); a purpose
            # label cannot turn a natural person's import into a sample, nor remove a control
            shared_refusals.append(
                (
                    "CUS-6.1.3-SAMPLES",
                    "Research and marketing samples are imported by pharmaceutical companies or research centres (legal persons, 6.1.3), not by natural persons; a natural person imports for personal use (6.2).",
                    "نمونه تحقیقاتی یا بازاریابی فقط برای صنایع داروسازی یا مراکز تحقیقاتی (شخص حقوقی) ترخیص می شود؛ شخص حقیقی فقط برای مصرف شخصی (بند ۶.۲).",
                )
            )

        x3 = (self.x3_approval(decl), self.x3_dates(decision_date, as_of), product_rulings or {})
        ids = identified or {}
        budget: dict[Any, float] = {}  # CUS-6.2: days of supply left per substance, across the lines
        items = [self._item(decl, it, i, check_date, shared_reqs, shared_refusals, (*x3, budget), ids.get(i)) for i, it in enumerate(decl.items)]
        outcomes = {it.outcome for it in items}
        if "pending" in outcomes:
            overall = "pending"
        elif "cleared" in outcomes:
            overall = "cleared"
        elif "refused" in outcomes:
            overall = "refused"
        else:
            overall = "out_of_scope"
        return DeclarationEvaluation(
            outcome=overall,
            items=items,
            decision_date=decision_date,
            warnings=warnings,
            ruleset_version=self.ruleset_version,
            reference_version=self.reference.version,
            personal_use=decl.purpose == "personal_use" and not legal,
            citations=self.citations,
            declaration_reasons=decl_reasons,
        )

    def _item(
        self,
        decl: Any,
        item: Any,
        index: int,
        on: dt.date,
        shared_reqs: list[str],
        shared_refusals: list[tuple[str, str, str]],
        x3: tuple[str, list[dt.date], ProductRulings, dict[Any, float]],
        identified: list[str] | None = None,
    ) -> ItemEvaluation:
        bulk = item.category in RAW_OR_STANDARD
        ev = ItemEvaluation(
            index=index,
            name=item.name,
            dosage_form=item.dosage_form,
            category=item.category,
            quantity=float(item.raw_material_amount_g) if bulk and item.raw_material_amount_g is not None else item.quantity,
            quantity_unit="g" if bulk and item.raw_material_amount_g is not None else "pack",
        )
        # ---- scope first: nothing else applies to what the SOP does not cover
        scope = _scope(decl, item)
        if scope is not None:
            ev.add(scope[0], "out_of_scope", scope[1], scope[2])
        if ev.reasons:
            ev.settle()
            return ev

        found = self.classify(item.name, item.generic_name, identified)
        ev.matches = {k: [_label(r) for r in v] for k, v in found.items() if v and k not in ("substances", "unidentified")}
        ev.substances = [r["substance"] for r in found["substances"]]
        ev.identified_by_expert = bool(identified)
        if found["unidentified"] and not getattr(item, "product_kind", None):
            # CUS-ID (a declared exosome / cell-therapy / regenerative product is not a substance: X3 handles it): an unrecognised name never takes a less controlled path: the expert identifies it first.
            ev.add(
                "CUS-ID",
                "require",
                f"The name {item.name!r} was not recognised as any substance: a GIO expert identifies the substance(s) and the item is evaluated again on them. "
                "Until then it cannot be cleared, stamped or given a permit.",
                f"نام «{item.name}» شناخته نشد: کارشناس اداره بازرسی فنی ماده مؤثره را مشخص می کند و قلم دوباره ارزیابی می شود؛ تا آن زمان ترخیص، مهر یا مجوز ممکن نیست.",
            )
            ev.require("substance_identification")

        for rid, text, text_fa in shared_refusals:
            ev.add(rid, "refuse", text, text_fa)
        for code in shared_reqs:
            ev.require(code)

        # ---- SPEC X3: exosome / cell-therapy / regenerative products: inspections' answer decides (INS-R)
        approval, dates, rulings, budget = x3
        for kind, certain in self.x3_kinds(item, found):
            _apply_x3(ev, x3_effect(kind, decl.purpose, certain, [(q, rulings.get(q.key)) for q in (X3Question(kind, approval, d) for d in dates)]))
        _withdrawn(ev, decl, item, found)  # CUS-6.3 abortion, CUS-6.3.3 recalls

        if item.category in FINISHED:
            self._finished_checks(ev, decl, item, on, found)

        _controls(ev, found)  # CUS-6.3.1, CUS-6.3.2

        # ---- CUS-6.2 natural person, personal use
        if decl.purpose == "personal_use" and decl.owner.kind == "natural":
            self._personal_use(ev, decl, item, found, budget, on)
        if decl.purpose in ("research_sample", "marketing_sample"):
            _samples(ev, decl, item)  # CUS-6.1.3

        # ---- every item is reviewed by a GIO expert, who stamps the warehouse receipt (CUS-5, CUS-6.3.5)
        ev.require("gio_expert_review")
        if decl.channel in ("passenger", "postal") and "CUS-6.3.5" not in ev.rule_ids:
            ev.rule_ids.append("CUS-6.3.5")
        ev.settle()
        if ev.outcome != "pending" and ev.verification == "pending":
            ev.verification = "not_required"  # refused by another rule: inspections' answer cannot change that
        return ev

    def _finished_checks(self, ev: ItemEvaluation, decl: Any, item: Any, on: dt.date, found: dict[str, list]) -> None:
        """CUS-6.3: formulary, packaging and label, translation, expiry, storage."""
        if item.expiry_date is not None and item.expiry_date < on:
            ev.add(
                "CUS-6.3-EXPIRED", "refuse", f"Expired on {to_jalali(item.expiry_date)}.", f"تاریخ انقضاء ({fa_digits(to_jalali(item.expiry_date))}) گذشته است."
            )
        if item.stored_as_labelled is False:
            ev.add(
                "CUS-6.3-STORAGE",
                "refuse",
                "Kept outside the storage conditions stated on the pack.",
                "خارج از شرایط نگهداری مندرج روی بسته بندی نگهداری شده است.",
            )
        if item.original_packaging is False or item.intact_packaging is False:
            ev.add("CUS-6.3-PACKAGING", "refuse", "Packaging is not original and intact.", "بسته بندی اصلی و سالم نیست.")
        missing = [
            w
            for w, v in (("drug name", item.label_has_name), ("manufacturer", item.label_has_manufacturer), ("expiry date", item.label_has_expiry))
            if v is False
        ]
        if missing:
            ev.add("CUS-6.3-PACKAGING", "refuse", f"The label lacks: {', '.join(missing)}.", "برچسب فاقد اطلاعات لازم (نام دارو، سازنده، تاریخ انقضاء) است.")
        if item.label_languages and not (set(item.label_languages) & READABLE_LABEL_LANGS):
            ev.add(
                "CUS-6.3-TRANSLATION",
                "require",
                f"Label in {', '.join(item.label_languages)}: an official translation is required if the GIO expert asks for it.",
                "برچسب به زبانی جز فارسی و انگلیسی است: ترجمه رسمی در صورت درخواست کارشناس.",
            )
            ev.require("official_translation")
        if decl.purpose == "personal_use" and item.category == "finished_drug" and not found["formulary"] and not found["unidentified"]:
            ev.add(
                "CUS-6.3-FORMULARY",
                "require",
                "Not found in the formulary list loaded in the platform (the GIO expert confirms against the official list): outside the formulary, clearance only by the FDO Article 9 committee (single-prescription mechanism).",
                "در فهرست دارویی بارگذاری‌شده یافت نشد (کارشناس با فهرست رسمی تطبیق می‌دهد): خارج از فهرست رسمی، ترخیص صرفاً با نظر کمیته ماده ۹.",
            )
            ev.cite("CUS-LIST-FORMULARY")
            ev.require("article_9_committee")

    def _personal_use(self, ev: ItemEvaluation, decl: Any, item: Any, found: dict[str, list], budget: dict[Any, float], on: dt.date) -> None:
        """CUS-6.2: at most a six-month supply per substance across all lines (six calendar months from the decision
        date); the engine proposes the quantity (CUS-6.2-ESTIMATE) and the GIO expert may set another, with a reason."""
        if "CUS-6.2" not in ev.rule_ids:
            ev.rule_ids.append("CUS-6.2")
        if not decl.medical_documents_attached:
            ev.require("medical_documents")
        special = bool(found["controlled"] or found["doping"])
        if special and not decl.prescription_attached:
            ev.add(
                "CUS-6.2-PRESCRIPTION",
                "require",
                "Controlled or doping-abusable medicine: the treating physician's prescription is required.",
                "نسخه پزشک معالج لازم است.",
            )
            ev.require("prescription")
        if item.daily_dose is None:
            ev.require("dosage_information")
            return
        limit = six_month_days(on)
        key = tuple(ev.substances) or ("name:" + item.name,)
        remaining = budget.get(key, float(limit))
        dose = float(item.daily_dose)
        ev.supply_days = round(item.quantity * item.units_per_pack / dose, 1)
        max_packs = max(0, math.floor(remaining * dose / item.units_per_pack + 1e-9))
        ev.max_clearable_quantity = min(item.quantity, max_packs)
        ev.limit_rule = "CUS-6.2"
        if not any(r.effect == "refuse" for r in ev.reasons):  # a refused line takes nothing from the six months
            budget[key] = remaining - ev.max_clearable_quantity * item.units_per_pack / dose
        ev.cite("CUS-6.2-ESTIMATE")
        ev.cite("CUS-SIX-MONTHS")
        if ev.supply_days <= remaining + 1e-9:
            return
        ev.excess_quantity = item.quantity - max_packs
        earlier = limit - remaining
        shared = f" ({earlier:g} days of it already taken by earlier lines of the same substance)" if earlier > 0 else ""
        shared_fa = f" ({earlier:g} روز آن را اقلام قبلی همین ماده گرفته اند)" if earlier > 0 else ""
        ev.add(
            "CUS-6.2",
            "refuse_excess",
            f"{item.quantity} packs last {ev.supply_days:g} days; six calendar months from {to_jalali(on)} are {limit} days{shared}: the engine proposes at most "
            f"{max_packs} packs and the excess ({ev.excess_quantity}) is not cleared, unless the GIO expert sets another estimate with a reason.",
            f"{item.quantity} بسته برای {ev.supply_days:g} روز است؛ شش ماه تقویمی {limit} روز است{shared_fa}: پیشنهاد سامانه حداکثر {max_packs} بسته است، مگر کارشناس با ذکر دلیل برآورد دیگری ثبت کند.",
        )


def six_month_days(on: dt.date, months: int = 6) -> int:
    """Days in `months` Jalali calendar months from `on` (CUS-SIX-MONTHS): 1400/03/11 -> 1400/09/11 is 184 days."""
    y, m, d = jalali_parts(on)
    m += months
    y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
    end = jalali_to_gregorian(y, m, min(d, month_length(y, m)))
    return (end - on).days


def _apply_x3(ev: ItemEvaluation, eff: X3Effect) -> None:
    """SPEC X3: one product kind's effect on the item (reason, requirements, inspections' basis, verification)."""
    ev.add(eff.rule_ids[0], eff.effect, eff.text, eff.text_fa)
    for rid in eff.rule_ids[1:]:
        ev.cite(rid)
    for code in eff.requirements:
        ev.require(code)
    ev.extra_basis.extend(eff.basis)
    ev.x3_checks.append(eff.check)
    if eff.verification == "pending" or ev.verification == "not_required":
        ev.verification = eff.verification


def _withdrawn(ev: ItemEvaluation, decl: Any, item: Any, found: dict[str, list]) -> None:
    """CUS-6.3 abortion (medicinal products; a company's raw material goes by 6.1) and CUS-6.3.3 recalls."""
    if found["abortifacients"] and item.category in RAW_OR_STANDARD and decl.owner.kind == "legal":
        ev.add(
            "CUS-6.3-ABORTION-RAW",
            "note",
            "Raw material or standard of an abortifacient substance imported by a company: the ban of 6.3 names medicinal products; judged under 6.1.",
            "ماده اولیه یا استاندارد داروی با قابلیت سقط جنین که شرکت وارد می کند: ممنوعیت بند ۶.۳ درباره فرآورده دارویی است و طبق بند ۶.۱ بررسی می شود.",
        )
        ev.cite("CUS-LIST-ABORTIFACIENTS")
    elif found["abortifacients"]:
        names = ", ".join(r["name_en"] for r in found["abortifacients"])
        ev.add("CUS-6.3-ABORTION", "refuse", f"Usable for abortion ({names}): not cleared.", f"دارای قابلیت مصرف در سقط جنین ({names}): ترخیص مجاز نیست.")
        ev.cite("CUS-LIST-ABORTIFACIENTS")
    # ---- CUS-6.3.3 recalls (batch-specific rows apply only to that batch)
    for r in found["recalls"]:
        batch = r.get("batch") or ""
        if not batch or (item.batch_no and batch.casefold() == item.batch_no.casefold()):
            ev.add(
                "CUS-6.3.3",
                "refuse",
                f"{r['name_en']} was declared unusable by {r['authority']} ({r['date']}: {r['reference']}).",
                f"{r['name_fa'] or r['name_en']} از سوی مراجع دارویی غیرقابل مصرف اعلام شده است.",
            )
            ev.cite("CUS-LIST-RECALLS")
            break


def _controls(ev: ItemEvaluation, found: dict[str, list]) -> None:
    """CUS-6.3.1 controlled (referral, head of GIO per SOP 5, DG) and CUS-6.3.2 doping (head of GIO, DG)."""
    if found["controlled"]:
        names = ", ".join(f"{r['name_en']} ({r['convention']} {r['schedule']})" for r in found["controlled"])
        ev.add(
            "CUS-6.3.1",
            "require",
            f"Controlled drug: {names}. GIO review, referral to the controlled-substances office, approval of the head of GIO (5), release by the DPNA Director General.",
            "داروی تحت کنترل: ارجاع به اداره مواد و داروهای تحت کنترل، تایید رئیس اداره بازرسی فنی و آزادسازی توسط مدیر کل.",
        )
        ev.cite("CUS-LIST-CONTROLLED")
        ev.require("controlled_substances_office_referral")
        ev.require("head_of_gio_approval")  # CUS-5-HEAD: the head of GIO approves controlled import permits too, before the DG
        ev.require("dg_release")
    if found["doping"]:
        names = ", ".join(f"{r['name_en']} (WADA {r['wada_class']})" for r in found["doping"])
        ev.add(
            "CUS-6.3.2",
            "require",
            f"Doping/bodybuilding-abusable: {names}. Approval of the head of GIO, permit by the DPNA Director General.",
            "قابلیت سوء مصرف در دوپینگ: تایید رئیس اداره و مجوز مدیر کل.",
        )
        ev.cite("CUS-LIST-DOPING")
        ev.require("head_of_gio_approval")
        ev.require("dg_release")


def _samples(ev: ItemEvaluation, decl: Any, item: Any) -> None:
    """CUS-6.1.3: the commitment letter of research and marketing samples; research raw material at most 1/10 of the batch."""
    if not decl.commitment_letter:
        ev.require("commitment_letter")
    if item.category == "raw_material" and decl.purpose == "research_sample":
        amount, batch = item.raw_material_amount_g, item.industrial_batch_size_g
        if amount is None or batch is None:
            ev.require("industrial_batch_size")
        else:
            limit = batch / 10
            ev.max_clearable_quantity = float(limit)
            ev.limit_rule = "CUS-6.1.3"
            if amount > limit:
                ev.excess_quantity = float(amount - limit)
                ev.add(
                    "CUS-6.1.3",
                    "refuse",
                    f"{amount} g exceeds 1/10 of the industrial batch ({batch} g): at most {limit} g may be imported for research.",
                    f"مقدار {amount} گرم بیش از یک دهم بچ صنعتی است؛ حداکثر {limit} گرم مجاز است.",
                )


def _scope(decl: Any, item: Any) -> tuple[str, str, str] | None:
    """CUS-3, 6.3.4, 6.3.5: why the SOP does not cover this item (None when it does)."""
    if decl.purpose == "donation":
        return ("CUS-3", "Donated drugs are outside SOP-DPNA-GIO-020.", "این ضابطه در مورد داروهای اهدایی کاربرد ندارد.")
    if decl.purpose == "commercial":
        return (
            "CUS-6.3.4",
            "Commercial imports are outside this SOP: they need the full legal process and the DPNA Director General's written permit.",
            "واردات تجاری موضوع این ضابطه نیست و مستلزم طی مراحل قانونی و مجوز کتبی اداره کل است.",
        )
    if decl.channel not in ("passenger", "postal") and decl.purpose != "research_sample":
        return (
            "CUS-6.3.5",
            "Only passenger and postal items (and research samples) are reviewed under this SOP.",
            "بررسی مدارک صرفاً برای اقلام همراه مسافر و مرسولات پستی انجام می شود.",
        )
    if item.category in RAW_OR_STANDARD and decl.purpose == "personal_use":
        return (
            "CUS-6.3.5",
            "Raw materials and reference/working standards are reviewed only as research (or marketing) samples, not for personal use.",
            "مواد اولیه و استانداردها فقط به عنوان نمونه تحقیقاتی بررسی می شوند.",
        )
    return None


def _label(row: dict[str, str]) -> str:
    return row.get("generic_en") or row.get("name_en") or row.get("name_fa") or row.get("generic_fa") or "?"
