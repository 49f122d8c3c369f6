"""What offlabel's decisions rest on (SHR-PROV): the letters only for what they say, quoted; every criterion
as published evidence or the platform's choice; insurers' policies as configuration.

Letters 400/7515 (seed 001) and 18300/400د (seed 000) say: the off-label instruction and the bevacizumab
guideline are approved and in force from communication; prescribing and insurers' strategic purchasing
rest on the ministry's instructions and guidelines; universities, associations and the Medical Council use
them in continuing education. They say nothing about ICD-10 codes, doses, intervals, documents or about
claim lines without an authorization: those citations are `evidence` or `interpretation` (SPEC corrections
3 and 4). Every citation is built here, from constants or guideline data, so that the catalogue
(offlabel.provenance) lists exactly what decisions can carry.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from shared.provenance import Citation, EvidenceRef, interpretation, source

INSTRUCTION = "400/7515"
INSTRUCTION_DATE = dt.date(2023, 6, 25)  # 1402/04/04
GUIDELINE_LETTER = "18300/400د"

# The letters' own words (seed 001 for 400/7515; seed 000 repeats the last two for 18300/400د).
PRESCRIBING_QUOTE = "مبنی بر اجازه تجویز خدمات و انجام خرید راهبردی سازمان های بیمه گر بر اساس دستورالعمل ها و راهنماهای بالینی توسط وزارت بهداشت"
PURCHASING_QUOTE = "سازمان های بیمه گر نیز بر اساس محصولات دانشی اقدام به خرید راهبردی نمایند"
EDUCATION_QUOTE = "دانشگاه/ دانشکده، انجمن ها و سازمان نظام پزشکی میبایست از این محصولات در آموزش های بازآموزی استفاده"


def instruction() -> Citation:
    """OFL-R: 400/7515 — prescribing and strategic purchasing on the basis of the ministry's guidelines (quoted)."""
    return source(
        INSTRUCTION,
        PRESCRIBING_QUOTE,
        "Prescribing services, and insurers' strategic purchasing, on the basis of the ministry's instructions and clinical guidelines",
        clause="off-label",
        rule_id="OFL-R",
        date=INSTRUCTION_DATE,
        text_fa="اجازه تجویز خدمات و خرید راهبردی سازمان‌های بیمه‌گر بر اساس دستورالعمل‌ها و راهنماهای بالینی وزارت بهداشت",
    )


def purchasing(number: str = INSTRUCTION, date: dt.date | None = INSTRUCTION_DATE) -> Citation:
    """OFL-I: insurers purchase strategically on the basis of the knowledge products (quoted from the letter)."""
    return source(
        number,
        PURCHASING_QUOTE,
        "Insurers purchase strategically on the basis of the knowledge products (approved guidelines)",
        clause="strategic-purchasing",
        rule_id="OFL-I-PURCHASING",
        date=date,
        text_fa="سازمان‌های بیمه‌گر بر اساس محصولات دانشی (راهنماهای مصوب) اقدام به خرید راهبردی می‌کنند",
    )


def education() -> Citation:
    """OFL-E: universities, associations and the Medical Council use the guidelines in continuing education."""
    return source(
        INSTRUCTION,
        EDUCATION_QUOTE,
        "Universities and faculties, associations and the Medical Council use the approved guidelines in continuing education",
        clause="continuing-education",
        rule_id="OFL-E",
        date=INSTRUCTION_DATE,
        text_fa="دانشگاه‌ها و دانشکده‌ها، انجمن‌ها و سازمان نظام پزشکی از راهنماهای مصوب در آموزش‌های بازآموزی استفاده می‌کنند",
    )


def no_guideline() -> Citation:
    """OFL-R-NO-GUIDELINE: no approved guideline on that date is not a denial on any clause."""
    return interpretation(
        "No approved guideline for this use on that date: the platform cannot place the use inside an approved guideline. "
        "For the insurer: 400/7515 asks it to purchase strategically on approved guidelines, and there is none for this use on that date; "
        "whether to pay is the insurer's own decision",
        "No letter denies a use before its guideline exists; the letters only tie prescribing and purchasing to approved guidelines",
        leans_on=[INSTRUCTION],
        rule_id="OFL-R-NO-GUIDELINE",
        clause="no-guideline",
        text_fa="برای این مصرف در آن تاریخ راهنمای مصوبی وجود ندارد؛ این پاسخ رد بر اساس بندی از نامه‌ها نیست. "
        "برای بیمه‌گر: دستورالعمل ۴۰۰/۷۵۱۵ خرید راهبردی را بر اساس راهنماهای مصوب می‌خواهد و برای این مصرف در آن تاریخ راهنمایی نیست؛ تصمیم پرداخت با خود بیمه‌گر است",
    )


def authorization_meaning() -> Citation:
    """OFL-I-AUTHORIZATION: what an authorization answer means, and what it does not (X1 is the insurer's policy)."""
    return interpretation(
        "An authorization says the administration was inside a course approved against the platform's encoding of an approved guideline, "
        "and whether the insurer recorded coverage. That a claim line without one is not reimbursable is the insurer's purchasing policy, not a clause of the letters",
        "400/7515 and 18300/400د oblige insurers to purchase strategically on approved guidelines; they set no condition on claim lines (SPEC correction 3)",
        leans_on=[INSTRUCTION, GUIDELINE_LETTER],
        rule_id="OFL-I-AUTHORIZATION",
        clause="authorization",
        text_fa="مجوز یعنی این نوبت تجویز در دوره‌ای بوده که بر اساس رمزگذاری پلتفرم از راهنمای مصوب تأیید شده، و اینکه بیمه‌گر پوشش را ثبت کرده است یا نه. "
        "پرداخت‌نشدن ردیف بدون مجوز سیاست خرید بیمه‌گر است، نه بندی از نامه‌ها",
    )


# ------------------------------------------------------------------ guideline data


def approval(g: Any) -> Citation:
    """OFL-G-APPROVAL: the approving letter, quoted when the guideline data carries its words, else an interpretation."""
    a = g.approval
    clause = f"{g.code}@v{g.version}:approval"
    if a.quote:
        return source(a.letter, a.quote, a.text, clause=clause, rule_id="OFL-G-APPROVAL", date=a.date, text_fa=a.text_fa or a.quote)
    return interpretation(
        f"{g.title}: approved by letter {a.letter} (the registry has no text of that letter to quote)",
        "the guideline data names its approving letter but carries none of its words",
        leans_on=[a.letter],
        number=a.letter,
        date=a.date,
        clause=clause,
        rule_id="OFL-G-APPROVAL",
        text_fa=f"{g.title_fa or g.title}: مصوب نامه {a.letter} (متن نامه برای نقل در دسترس نیست)",
    )


def criteria_data(g: Any) -> Citation:
    """OFL-R-CRITERIA: approval here means the criteria the platform encoded, not the guideline's own text."""
    return interpretation(
        f"The guideline's clinical text is not among the letters: approval here means the request meets the criteria encoded in {g.code} v{g.version} "
        "from published evidence and platform choices, each cited with it",
        f"letter {g.approval.letter} approves the guideline but its clinical text (an attachment) is not in the platform's sources (SPEC correction 4)",
        leans_on=[x for x in (g.approval.letter, g.approval.under) if x],
        rule_id="OFL-R-CRITERIA",
        clause=f"{g.code}@v{g.version}:criteria",
        text_fa=f"متن بالینی راهنما در نامه‌ها نیست: تأیید در اینجا یعنی درخواست با معیارهای رمزگذاری‌شده در {g.code} نسخه {g.version} "
        "(شواهد منتشرشده و انتخاب‌های پلتفرم، هر یک با منبع خود) مطابقت دارد",
    )


def criterion(g: Any, cid: str, rule_id: str, text: str, text_fa: str, source_ids: Sequence[str]) -> list[Citation]:
    """A criterion's citations: one `evidence` citation for its published sources, one `interpretation` for platform choices."""
    clause = f"{g.code}@v{g.version}:{cid}"
    srcs = [g.source(s) for s in dict.fromkeys(source_ids)]
    published = [s for s in srcs if s.kind != "platform_choice"]
    chosen = [s for s in srcs if s.kind == "platform_choice"]
    out: list[Citation] = []
    if published:
        refs = [EvidenceRef(title=s.citation, doi=s.doi, url=s.url, year=s.year) for s in published]
        out.append(Citation(text=text, text_fa=text_fa, clause=clause, rule_id=rule_id, authority="evidence", evidence=refs))
    if chosen:
        out.append(
            interpretation(
                text + " (" + "; ".join(s.citation for s in chosen) + ")",
                " ".join(s.reason or "" for s in chosen).strip(),
                clause=clause + ":platform",
                rule_id=rule_id,
                text_fa=text_fa,
            )
        )
    return out


def insurer_policy(insurer: Any, policy: Any | None, guideline_code: str) -> Citation:
    """OFL-I-POLICY: the insurer's coverage policy for one guideline, as entered (configuration)."""
    if policy is None:
        text = f"{insurer.code} has entered no coverage policy for {guideline_code}"
        return Citation(
            text=text,
            text_fa=f"{insurer.name_fa or insurer.code} برای {guideline_code} سیاست پوششی ثبت نکرده است",
            clause=f"{insurer.code}:{guideline_code}",
            rule_id="OFL-I-POLICY",
            authority="configuration",
            configuration={"published_by": f"{insurer.code} (none entered)", "confirmed": False},
        )
    covered = ", ".join(policy.covered_indications) or "none"
    conditions = "; ".join(policy.conditions)
    return Citation(
        text=f"{insurer.code} coverage policy for {guideline_code}: covered indications {covered}" + (f"; conditions: {conditions}" if conditions else ""),
        text_fa=f"سیاست پوشش {insurer.name_fa or insurer.code} برای {guideline_code}: اندیکاسیون‌های تحت پوشش {covered}",
        clause=f"{insurer.code}:{guideline_code}",
        rule_id="OFL-I-POLICY",
        authority="configuration",
        configuration={"published_by": policy.published_by, "published_at": policy.published_at, "version": policy.version, "confirmed": policy.confirmed},
    )


@lru_cache(maxsize=1)
def letter_citations() -> tuple[Citation, ...]:
    """The letter-level citations offlabel can produce (for the catalogue)."""
    return (instruction(), purchasing(), purchasing(GUIDELINE_LETTER, dt.date(2023, 10, 14)), education(), no_guideline(), authorization_meaning())
