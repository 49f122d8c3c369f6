"""The claims rule table (SHR-PROV): every citation the claims rules can produce, with what it rests on.

Pure: no I/O. Each entry has a rule id (SPEC CLM-...), the clause, the rule in English (`text`) and in
Persian (`text_fa`) and its authority:
- `source`: a clause of circular 1000/99/9958 (or another letter), with `quote`, the letter's own words
  copied verbatim from ../shared/seeds/004_df8eaac4c59f2318.txt (checked by tests against the registry);
- `interpretation`: the platform's reading where the circular is silent, with `reason` and `leans_on`;
- `configuration`: figures an office or administrator entered (assessment rule data, minimum wages), built
  at decision time by `configuration(...)` with who published them and whether they are confirmed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from shared.provenance import Citation, ConfigurationRef

CIRCULAR_NUMBER = "1000/99/9958"
CIRCULAR_DATE = date(2021, 1, 13)  # 1399/10/24
ISSUER = "Social Security Organization, Managing Director"
# bumped whenever a rule's outcome, text, authority or quote changes (then `python -m shared.catalogue lock claims`)
RULES_VERSION = "clm-rules-2026.12.1"
C = CIRCULAR_NUMBER


@dataclass(frozen=True)
class Rule:
    """One row of the rule table: a citation the claims service can produce."""

    key: str
    rule_id: str
    clause: str
    text: str
    text_fa: str
    quote: str | None = None  # source: the letter's own words
    reason: str | None = None  # interpretation: why
    leans_on: tuple[str, ...] = ()
    number: str | None = C
    kind: str = "rule"

    @property
    def authority(self) -> str:
        return "source" if self.quote else "interpretation"


def _src(key: str, rule_id: str, clause: str, quote: str, text: str, text_fa: str, kind: str = "rule", number: str = C) -> Rule:
    return Rule(key, rule_id, clause, text, text_fa, quote=quote, kind=kind, number=number)


def _int(key: str, rule_id: str, clause: str, reason: str, text: str, text_fa: str, kind: str = "rule", leans_on: tuple[str, ...] = (C,)) -> Rule:
    # a reading of the circular names it; the insurer's cross-service policy (X1, X2) is no clause of it
    number = C if C in leans_on else None
    return Rule(key, rule_id, clause, text, text_fa, reason=reason, leans_on=leans_on, kind=kind, number=number)


RULES: tuple[Rule, ...] = (
    # ------------------------------------------------------------------ part A: workflow
    _src(
        "A1",
        "CLM-A1",
        "A1",
        "نسبت به اخذ اسناد و مدارک و بررسی و ثبت درخواست در سامانه متمرکز اسناد خسارت متفرقه اقدام نماید",
        "The agency takes the documents of the insured, pensioner or representative, checks them and registers the request in the central system.",
        "کارگزاری اسناد و مدارک بیمه‌شده، مستمری‌بگیر یا نماینده ایشان را اخذ و بررسی و درخواست را در سامانه متمرکز ثبت می‌کند.",
    ),
    _src(
        "A2",
        "CLM-A2",
        "A2",
        "نسبت به تفکیک پروندهها به سه نوع سرپایی، بستری و گلوبال اقدام نماید",
        "The agency classifies each case as outpatient, inpatient or global.",
        "کارگزاری پرونده‌ها را به سه نوع سرپایی، بستری و گلوبال تفکیک می‌کند.",
    ),
    _src(
        "A3",
        "CLM-A3",
        "A3",
        "در خصوص هر سه نوع پرونده ابتدا میبایست کنترلهای ذیل صورت پذیرد",
        "For all three case types the agency first runs the seven controls 3-1 to 3-7.",
        "برای هر سه نوع پرونده ابتدا کنترل‌های ۳-۱ تا ۳-۷ انجام می‌شود.",
    ),
    _src(
        "A3.missing",
        "CLM-A3",
        "A3",
        "در خصوص هر سه نوع پرونده ابتدا میبایست کنترلهای ذیل صورت پذیرد",
        "Controls not yet recorded: the assessment waits for them.",
        "کنترل‌هایی که هنوز ثبت نشده‌اند: محاسبه منتظر آن‌ها می‌ماند.",
        kind="warning",
    ),
    _src(
        "A3.failed",
        "CLM-A3",
        "A3",
        "در خصوص هر سه نوع پرونده ابتدا میبایست کنترلهای ذیل صورت پذیرد",
        "Controls failed: the case must be corrected before the assessment.",
        "کنترل‌های ناموفق: پرونده پیش از محاسبه باید اصلاح شود.",
        kind="warning",
    ),
    _int(
        "A3.cap",
        "CLM-A4",
        "A3-4/A3-7",
        "the circular has the supplementary insurer's payment and the patient's payment checked and recorded (3-4, 3-7) but states no cap; "
        "the platform never reimburses more than the patient bore after the supplementary insurer",
        "Never more than the patient actually paid after the supplementary insurer.",
        "هرگز بیش از آنچه بیمار پس از بیمه تکمیلی پرداخته است بازپرداخت نمی‌شود.",
    ),
    _src(
        "A4",
        "CLM-A4",
        "A4",
        "بررسی اسناد و مدارک مطابق ضوابط و مقررات مربوطه (که توسط حوزه درمان غیر مستقیم/ دفتر رسیدگی به اسناد پزشکی تهیه و ارائه خواهد شد) رسیدگی و محاسبه و تایید میگردد",
        "After the controls the documents are reviewed under the rules supplied by the indirect-treatment / medical-document review office, and the amount is computed and approved.",
        "پس از کنترل‌ها، اسناد مطابق ضوابطی که درمان غیرمستقیم / دفتر رسیدگی به اسناد پزشکی ارائه می‌کند رسیدگی، محاسبه و تأیید می‌شود.",
    ),
    _int(
        "A4.held",
        "CLM-A4",
        "A4 / X1 / X2",
        "a line whose cross-service question is unanswered is neither paid nor refused: the platform does not decide on a guess",
        "Lines awaiting cross-service verification (X1 offlabel authorization, X2 centre / treatment status) are held: not paid, not refused.",
        "ردیف‌هایی که پاسخ استعلام از سامانه‌های دیگر را ندارند نگه داشته می‌شوند: نه پرداخت و نه رد.",
        kind="warning",
    ),
    _int(
        "A4.provisional",
        "CLM-A4",
        "A4",
        "the circular leaves the review rules to the review office (A4); figures nobody at that office confirmed are the platform's placeholders, "
        "so a decision on them is provisional and is not approved",
        "An assessment under unconfirmed rule data is provisional: it is computed and shown but cannot be approved until the review office publishes confirmed rule data.",
        "محاسبه بر پایه داده‌های تأییدنشده موقت است: نمایش داده می‌شود اما تا انتشار داده‌های تأییدشده دفتر رسیدگی قابل تأیید نیست.",
        kind="warning",
    ),
    _src(
        "A5",
        "CLM-A5",
        "A5",
        "کارگزاری باید پس از دریافت اسناد خسارت متفرقه و رسیدگی و ثبت اطلاعات در سامانه متمرکز اسناد خسارت متفرقه، حداکثر پس از ۱۵ روز کاری در ساعات اداری (۱۰ صبح لغایت پایان وقت اداری) به دفاتر رسیدگی به اسناد پزشکی تحویل نماید",
        "The agency delivers the documents to the review office at most 15 working days after receiving them, between 10:00 and the end of office hours.",
        "کارگزاری اسناد را حداکثر ۱۵ روز کاری پس از دریافت، در ساعات اداری (۱۰ صبح تا پایان وقت اداری) به دفتر رسیدگی تحویل می‌دهد.",
    ),
    _src(
        "A5.window",
        "CLM-A5",
        "A5",
        "در ساعات اداری (۱۰ صبح لغایت پایان وقت اداری)",
        "Delivery happens between 10:00 and the end of office hours; this submission counts from the next delivery window.",
        "تحویل در ساعات ۱۰ صبح تا پایان وقت اداری است؛ این ارسال از نوبت بعدی تحویل حساب می‌شود.",
        kind="note",
    ),
    _int(
        "A5.calendar",
        "CLM-A5",
        "A5",
        "the circular counts working days without naming a calendar; delivery happens at the review office, so its working days and hours are used, "
        "and the count starts the day after receipt",
        "The 15 working days are counted from the day after receipt, in the review office's calendar (its weekly days off, holidays and closing time).",
        "۱۵ روز کاری از روز پس از دریافت اسناد و بر اساس تقویم کاری دفتر رسیدگی شمرده می‌شود.",
        kind="note",
    ),
    _src(
        "A6.approved",
        "CLM-A6",
        "A6",
        "اقدامات صورت گرفته توسط کارگزاری را تایید نمایند",
        "The review office audits the documents against the Organization's obligations and approves the agency's work.",
        "دفتر رسیدگی پس از ممیزی مدارک و مطابقت با تعهدات سازمان، اقدامات کارگزاری را تأیید می‌کند.",
    ),
    _src(
        "A6.returned",
        "CLM-A6",
        "A6",
        "مواردی که دارای نقص بوده و یا عملیات رسیدگی و یا ثبت اطلاعات به درستی صورت نگرفته را با ذکر دلایل به ایشان اعاده نماید",
        "The review office returns defective cases, or cases reviewed or recorded incorrectly, with reasons.",
        "دفتر رسیدگی موارد دارای نقص یا رسیدگی و ثبت نادرست را با ذکر دلایل به کارگزاری اعاده می‌کند.",
    ),
    _src(
        "A7",
        "CLM-A7",
        "A7",
        "پس از تکمیل مدارک و ویرایش اطلاعات مجدداً طبق مفاد بند (۵) به دفاتر رسیدگی به اسناد پزشکی ارائه نماید",
        "The agency completes the documents and corrects the data of a returned case and delivers it again under A5 (a new 15-working-day deadline).",
        "کارگزاری پس از تکمیل مدارک و ویرایش اطلاعات، پرونده اعاده‌شده را دوباره طبق بند ۵ تحویل می‌دهد.",
    ),
    _int(
        "A7.rerun",
        "CLM-A7",
        "A7",
        "the controls of A3 check the corrected fields; the platform clears them so that they are recorded again on the new data",
        "A correction of a field a control checks clears that control (and the assessment): it is recorded again on the corrected data.",
        "اصلاح هر فیلدی که یک کنترل بررسی می‌کند آن کنترل و محاسبه را پاک می‌کند تا روی داده اصلاح‌شده دوباره ثبت شود.",
        kind="note",
    ),
    _int(
        "A7.withdrawal",
        "CLM-A7",
        "A1/A7",
        "the circular has no withdrawal; a request the insured withdraws, or one that cannot proceed, is closed before approval without a fee (P3) and kept in the history",
        "A case withdrawn before approval is closed: no fee, excluded from deadlines, kept in the history with its reason.",
        "پرونده‌ای که پیش از تأیید مسترد شود بسته می‌شود: بدون حق‌الزحمه، خارج از مهلت‌ها و با دلیل در سابقه می‌ماند.",
    ),
    # ------------------------------------------------------------------ part B: review offices
    _src(
        "B1",
        "CLM-B1",
        "B1",
        "بطور مستمر نسبت به بازنگری و ارائه مستندات و بخشنامهها و ضوابط مرتبط با رسیدگی به اسناد پزشکی",
        "The review offices continuously revise and supply the documents, circulars and rules for the review of medical documents.",
        "دفاتر رسیدگی به‌طور مستمر مستندات، بخشنامه‌ها و ضوابط رسیدگی را بازنگری و به کارگزاری‌ها ارائه می‌کنند.",
    ),
    _src(
        "B2",
        "CLM-B2",
        "B2",
        "نسبت به برگزاری دورههای آموزشی با هماهنگی اداره کل درمان غیرمستقیم و دبیرخانه امور کارگزاریهای رسمی برای نماینده یا نمایندگان کارگزاری اقدام نمایند",
        "The review offices train the agencies' representatives, in coordination with the indirect-treatment directorate and the official-agencies secretariat.",
        "دفاتر رسیدگی با هماهنگی اداره کل درمان غیرمستقیم و دبیرخانه کارگزاری‌ها برای نمایندگان کارگزاری دوره آموزشی برگزار می‌کنند.",
    ),
    _src(
        "B3",
        "CLM-B3",
        "B3",
        "آمار عملیات اجرایی کارگزاریها را هر ماه حداکثر تا روز پنجم ماه بعد",
        "The review offices send the agencies' operating statistics every month, by the 5th of the following month, to the official-agencies secretariat.",
        "دفاتر رسیدگی آمار عملیات کارگزاری‌ها را هر ماه حداکثر تا پنجم ماه بعد به دبیرخانه ارسال می‌کنند.",
    ),
    # ------------------------------------------------------------------ part P: fees
    _src(
        "P",
        "CLM-P",
        "P",
        "که توسط دفاتر رسیدگی به اسناد پزشکی پرداخت خواهد شد",
        "Review fee per case for 1399, paid by the medical-document review office: outpatient 87,335, global 103,638, inpatient 142,065 rials.",
        "حق‌الزحمه هر پرونده در ۱۳۹۹ که دفتر رسیدگی می‌پردازد: سرپایی ۸۷٬۳۳۵، گلوبال ۱۰۳٬۶۳۸، بستری ۱۴۲٬۰۶۵ ریال.",
    ),
    _src(
        "P1",
        "CLM-P1",
        "P note 1",
        "مبالغ مذکور بر اساس میزان افزایش حداقل حقوق و دستمزد هر سال افزایش خواهد یافت",
        "The amounts rise each year by the rate of the minimum-wage increase: fee(year) = fee(1399) x wage(year) / wage(1399), rounded once.",
        "مبالغ هر سال به نسبت افزایش حداقل دستمزد افزایش می‌یابد: حق‌الزحمه سال = حق‌الزحمه ۱۳۹۹ × دستمزد سال / دستمزد ۱۳۹۹.",
    ),
    _int(
        "P1.unknown",
        "CLM-P1",
        "P note 1",
        "without the year's minimum wage the rate of increase is unknown; the platform gives no figure rather than a guess",
        "The fee of a year whose daily minimum wage is not recorded is unknown (no figure, never 0 or a guess).",
        "حق‌الزحمه سالی که حداقل دستمزد آن ثبت نشده نامعلوم است (نه صفر و نه حدس).",
        kind="warning",
    ),
    _src(
        "P2",
        "CLM-P2",
        "P note 2",
        "اخذ هرگونه وجهی تحت هر عنوانی از بیمه شده و مستمری بگیر ممنوع خواهد بود",
        "Taking any money from the insured or pensioner, under any title, is forbidden.",
        "دریافت هرگونه وجه تحت هر عنوان از بیمه‌شده و مستمری‌بگیر ممنوع است.",
        kind="note",
    ),
    _src(
        "P3",
        "CLM-P3",
        "P note 3",
        "پرداخت حق الزحمه بابت پروندههایی انجام خواهد شد که مطابق چک لیستهای اعلام شده و آموزشهای ارائه شده توسط دفاتر رسیدگی به اسناد پزشکی تکمیل شده",
        "A fee is paid only for cases completed according to the announced checklists (and the training given); otherwise no fee.",
        "حق‌الزحمه فقط برای پرونده‌هایی پرداخت می‌شود که مطابق چک‌لیست‌ها (و آموزش‌های داده‌شده) تکمیل شده باشند.",
    ),
    _int(
        "P3.training",
        "CLM-P3",
        "P note 3",
        "the circular does not say how training is measured or checked against a case; a fee refused on a guessed rule would be a confident wrong answer",
        "Training is recorded but is not a fee condition: only the checklist is checked.",
        "آموزش ثبت می‌شود اما شرط حق‌الزحمه نیست: فقط چک‌لیست بررسی می‌شود.",
        kind="note",
    ),
    _src(
        "P4",
        "CLM-P4",
        "P note 4",
        "پرداخت حق الزحمه برای هر پرونده فقط یکبار صورت گرفته",
        "One fee per case, once: cases that need repeated visits (returns) earn nothing more.",
        "حق‌الزحمه هر پرونده فقط یک بار پرداخت می‌شود؛ مراجعات مکرر پرداخت دوباره ندارد.",
    ),
    _src(
        "P5",
        "CLM-P5",
        "P note 5",
        "ملاک پرداخت حق الزحمه متعلقه، زمان ثبت اسناد در سیستم خواهد بود",
        "The fee follows the time the documents were registered in the system.",
        "ملاک پرداخت حق‌الزحمه زمان ثبت اسناد در سیستم است.",
        kind="note",
    ),
    # ------------------------------------------------------------------ parts C, CH, H: supervision and enforcement
    _src(
        "C",
        "CLM-C",
        "C",
        "نسبت به انعکاس آن به مبادی ذیمدخل و نیز دبیرخانه امور کارگزاریهای رسمی جهت طرح موضوع در ستاد صدور جواز کارگزاریهای رسمی اقدام نمایند",
        "The review office reports a breach to the relevant authorities and to the secretariat, for the licensing headquarters.",
        "دفتر رسیدگی تخلف را به مبادی ذی‌مدخل و دبیرخانه کارگزاری‌ها برای طرح در ستاد صدور جواز منعکس می‌کند.",
    ),
    _src(
        "CH",
        "CLM-CH",
        "CH",
        'سازمان علاوه بر اعمال مجازاتهای مندرج در "دستورالعمل رسیدگی به تخلفات کارگزاریهای رسمی"',
        "The Organization applies the penalties of the agencies' violations instruction to a proven error, abuse, violation or upheld complaint.",
        "سازمان مجازات‌های دستورالعمل رسیدگی به تخلفات کارگزاری‌های رسمی را اعمال می‌کند.",
    ),
    _src(
        "CH.fine",
        "CLM-CH",
        "CH",
        "نسبت به اعمال جرایم نقدی با پیشنهاد دبیرخانه امور کارگزاریهای رسمی به ستاد صدور جواز اقدام خواهد نمود",
        "Cash fines are the Organization's, on the secretariat's proposal, through the licensing headquarters.",
        "جریمه نقدی را سازمان با پیشنهاد دبیرخانه کارگزاری‌ها و از طریق ستاد صدور جواز اعمال می‌کند.",
    ),
    _int(
        "CH.suspension",
        "CLM-CH",
        "CH",
        "the circular gives the review office reporting only (C) and the Organization the penalties (CH); the licence is the licensing headquarters' "
        "(ستاد صدور جواز), so suspension is decided there",
        "Licence suspension is decided by the licensing headquarters, not by a review office.",
        "تعلیق مجوز با ستاد صدور جواز است، نه دفتر رسیدگی.",
    ),
    _src(
        "CH.note1",
        "CLM-CH",
        "CH note 1",
        "دفاتر رسیدگی به اسناد پزشکی مجاز به بازنگری در همکاری با کارگزاری موصوف خواهند بود",
        "Repeated errors that prolong cases allow the review office to reconsider cooperation with the agency.",
        "تکرار اشتباهات که به اطاله پرونده‌ها بینجامد به دفتر رسیدگی اجازه بازنگری در همکاری با کارگزاری را می‌دهد.",
    ),
    _int(
        "CH.note1.threshold",
        "CLM-CH",
        "CH note 1",
        "the circular names no number of repeated errors; 3 proven delay-causing errors within 365 days is the platform's threshold",
        "Threshold (platform choice): 3 proven delay-causing errors within 365 days.",
        "آستانه (انتخاب سامانه): ۳ اشتباه اثبات‌شده موجب تأخیر در ۳۶۵ روز.",
        kind="note",
    ),
    _src(
        "H1",
        "CLM-H1",
        "H1",
        "ایشان مکلف به جبران تمامی خسارت های وارده حداکثر ۱۵ روز پس از اثبات سهل انگاری، قصور و یا تخلفات به مراجعین و سازمان می باشد",
        "The agency compensates every proven damage, to clients and to the Organization, within at most 15 days of proof.",
        "کارگزاری تمام خسارات وارده به مراجعین و سازمان را حداکثر ۱۵ روز پس از اثبات جبران می‌کند.",
    ),
    _int(
        "H1.days",
        "CLM-H1",
        "H1",
        "the circular says 15 days, not 15 working days: calendar days are counted",
        "The 15 days of H1 are calendar days.",
        "۱۵ روز بند ح-۱ روز تقویمی است.",
        kind="note",
    ),
    _src(
        "H2",
        "CLM-H2",
        "H2",
        "محدوده فعالیت جغرافیایی این بخشنامه در مرحله اول حداکثر تا سه ماه در ۱۰ کارگزاری منتخب در سطح استان تهران به صورت پایلوت مورد ارزیابی قرار خواهد گرفت",
        "Pilot: at first at most 3 months, in 10 selected agencies of Tehran province.",
        "مرحله پایلوت: حداکثر سه ماه در ۱۰ کارگزاری منتخب استان تهران.",
    ),
    _src(
        "H2.approval",
        "CLM-H2",
        "H2",
        "با تأیید اداره کل درمان غیرمستقیم و دبیرخانه امور کارگزاری های رسمی صورت پذیرد",
        "Rollout beyond the pilot, to other review offices and agencies, needs the approval of the indirect-treatment directorate and the secretariat.",
        "تسری فرایند پس از پایلوت با تأیید اداره کل درمان غیرمستقیم و دبیرخانه کارگزاری‌ها انجام می‌شود.",
    ),
    _src(
        "H2.training",
        "CLM-H2",
        "H2",
        "سایر دفاتر رسیدگی به اسناد پزشکی نیز در مدت مزبور می بایست مطابق بند (ب-۲) در خصوص آموزش نماینده یا نمایندگان کارگزاری ها اقدام نمایند",
        "Review offices outside the pilot also train the agencies' representatives under B-2 during the pilot.",
        "سایر دفاتر رسیدگی نیز در دوره پایلوت طبق بند ب-۲ نمایندگان کارگزاری‌ها را آموزش می‌دهند.",
    ),
    _src(
        "H3",
        "CLM-H3",
        "H3",
        "در صورت عملیاتی شدن رسیدگی سیستمی به اسناد خسارت متفرقه، تغییرات ایجاد شده در بخشنامه و فرایند انجام کار جهت اقدام لازم ابلاغ خواهد شد",
        "If systemic review becomes operational the process changes: the rules are kept as versioned data.",
        "در صورت عملیاتی شدن رسیدگی سیستمی، تغییرات ابلاغ می‌شود: ضوابط به صورت داده نسخه‌دار نگه داشته می‌شوند.",
        kind="note",
    ),
    # ------------------------------------------------------------------ cross-service rules (the insurer's policy, SPEC correction 3)
    _int(
        "X1",
        "CLM-X1",
        "X1",
        "400/7515 and 18300/400د oblige insurers to purchase strategically on approved guidelines; neither makes a platform authorization a "
        "condition of reimbursement: this is the insurer's purchasing policy resting on them (SPEC correction 3)",
        "X1: an off-label drug line is reimbursable only with an approved authorization that the insurer covered, valid on the treatment date.",
        "X1: ردیف داروی خارج از دستور فقط با مجوز تأییدشده‌ای که بیمه‌گر پوشش داده و در تاریخ درمان معتبر است قابل پرداخت است.",
        leans_on=("400/7515", "18300/400د"),
    ),
    _int(
        "X2",
        "CLM-X2",
        "X2",
        "the letters order closure of unauthorised centres and ban unapproved treatment; that such services are not reimbursed is the insurer's "
        "policy resting on them, applied with inspections' ruling for the treatment date",
        "X2: a line is not reimbursable when the medical centre was closed or the treatment banned on the treatment date.",
        "X2: اگر مرکز درمانی در تاریخ درمان تعطیل یا درمان ممنوع بوده باشد، ردیف قابل پرداخت نیست.",
        leans_on=("400/10262/د", "100/10/74585"),
    ),
    _src(
        "X1.purchasing",
        "CLM-X1",
        "off-label",
        "سازمان های بیمه گر نیز بر اساس محصولات دانشی اقدام به خرید راهبردی نمایند",
        "Insurers purchase strategically on the basis of approved knowledge products (guidelines).",
        "سازمان‌های بیمه‌گر بر اساس محصولات دانشی خرید راهبردی می‌کنند.",
        number="400/7515",
    ),
    _src(
        "X1.guideline",
        "CLM-X1",
        "approval",
        "«راهنمای تجویز داروی بواسیزومب در ویتره Off Label» به تصویب رسیده و از تاریخ ابلاغ قابل اجرا است",
        "The guideline for off-label intravitreal bevacizumab is approved and in force (authorizations are issued under it).",
        "راهنمای تجویز داروی بواسیزومب داخل زجاجیه (Off Label) تصویب شده و قابل اجراست.",
        number="18300/400د",
    ),
    _src(
        "X2.enforcement",
        "CLM-X2",
        "2",
        "با هرگونه فعالیت غیر مجاز در این زمینه و نیز مراکز آگزوزوم درمانی برخورد جدی به عمل آید",
        "Unauthorised activity in this field, and exosome-therapy centres, are to be dealt with seriously.",
        "با هرگونه فعالیت غیرمجاز در این حوزه و مراکز اگزوزوم درمانی برخورد جدی شود.",
        kind="warning",
        number="400/10262/د",
    ),
    _int(
        "X.relayed",
        "CLM-X1",
        "X1/X2",
        "the answering service gave this citation without saying what it rests on; claims relays it as that service's reading, not as a clause",
        "A citation relayed from offlabel / inspections.",
        "استنادی که از سامانه دیگر نقل شده است.",
        kind="note",
        leans_on=(),
    ),
)
BY_KEY: dict[str, Rule] = {r.key: r for r in RULES}


def _issuer(number: str | None) -> str | None:
    return ISSUER if number == C else None


def citation_of(rule: Rule, *, text: str | None = None, text_fa: str | None = None, kind: str | None = None) -> Citation:
    """The citation of one rule-table row; text / text_fa may add the figures of this decision."""
    fields: dict[str, Any] = dict(
        number=rule.number,
        date=CIRCULAR_DATE if rule.number == C else None,
        clause=rule.clause,
        rule_id=rule.rule_id,
        text=text or rule.text,
        text_fa=text_fa or rule.text_fa,
        kind=kind or rule.kind,
        issuer=_issuer(rule.number),
        authority=rule.authority,
    )
    if rule.quote:
        fields["quote"] = rule.quote
    else:
        fields["reason"], fields["leans_on"] = rule.reason, list(rule.leans_on)
    return Citation(**fields)


def cite(key: str, text: str | None = None, kind: str | None = None, text_fa: str | None = None) -> Citation:
    """A citation from the rule table by its key (e.g. 'A5', 'P1'); text may carry this decision's figures."""
    return citation_of(BY_KEY[key], text=text, text_fa=text_fa, kind=kind)


def relayed(item: dict[str, Any], service: str) -> Citation | None:
    """A citation from another service's answer: kept as given when it says what it rests on, else relayed as that
    service's reading (an interpretation), never turned into a source of our own."""
    fields = {k: item.get(k) for k in Citation.model_fields if item.get(k) not in (None, [], "")}
    if not fields.get("text"):
        return None
    if fields.get("authority"):
        try:
            return Citation.model_validate(fields)
        except ValueError:
            pass
    base = {k: fields[k] for k in ("number", "date", "clause", "text", "text_fa", "kind", "issuer", "rule_id") if k in fields}
    try:
        return Citation.model_validate(
            {
                **base,
                "authority": "interpretation",
                "leans_on": [base["number"]] if base.get("number") else [],
                "reason": f"given by {service} without saying what it rests on; claims relays it as {service}'s reading, not as a clause",
            }
        )
    except ValueError:
        return None


def configuration(
    rule_id: str,
    clause: str,
    text: str,
    text_fa: str,
    *,
    published_by: str,
    published_at: Any = None,
    version: str | None = None,
    confirmed: bool = False,
    note: str | None = None,
    kind: str = "rule",
) -> Citation:
    """A citation of entered figures (rule data, minimum wages): who published them and whether anyone confirmed them."""
    return Citation(
        clause=clause,
        rule_id=rule_id,
        text=text,
        text_fa=text_fa,
        kind=kind,
        authority="configuration",
        configuration=ConfigurationRef(published_by=published_by, published_at=published_at, version=version, confirmed=confirmed, note=note),
    )
