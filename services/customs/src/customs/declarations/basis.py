"""The customs rule table (SHR-PROV): every citation a customs decision can carry, and what it rests on.

Each rule says its authority:
- `source`: a clause of a letter, with `quote` — the letter's own words, copied verbatim from
  ../shared/seeds (OCR spellings included: the quote must be found in the served text of the letter);
- `interpretation`: the platform's reading where the letters are silent or ambiguous, with `reason`
  and `leans_on` (the letters it leans on);
- `evidence`: published sources (the UN conventions' schedules, the WADA list) behind a reference list;
- `configuration`: lists the platform ships or an administrator uploads, not confirmed by the FDO.

Changing a rule's text, authority or quote changes the catalogue's fingerprint: bump RULESET_VERSION
in customs.provenance and record it (`.venv/bin/python -m shared.catalogue lock customs`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

SOP = "SOP-DPNA-GIO-020"
FORM = "FRM-DPNA-GIO-057"
CIRCULAR = "8646/د"
ANNEXED = "21523"

# The version of this rule table (the rules part of every decision's ruleset_version): bump it when a rule's
# text, authority or quote changes, then record it in services/customs/ruleset.lock.
RULESET_VERSION = "cus-rules-5"
EXOSOME_LETTER = "400/10262/د"


@dataclass(frozen=True)
class Rule:
    """One rule's citation: letter, clause, English and Persian text, and what it rests on."""

    number: str | None
    clause: str | None
    text: str
    text_fa: str
    authority: str
    quote: str | None = None
    reason: str | None = None
    leans_on: tuple[str, ...] = ()
    evidence: tuple[dict[str, Any], ...] = ()
    configuration: dict[str, Any] | None = None
    kind: str = "rule"


def src(number: str, clause: str | None, text: str, text_fa: str, quote: str, kind: str = "rule") -> Rule:
    return Rule(number, clause, text, text_fa, "source", quote=quote, kind=kind)


def interp(
    text: str, text_fa: str, reason: str, leans_on: tuple[str, ...] = (SOP,), clause: str | None = None, number: str | None = SOP, kind: str = "rule"
) -> Rule:
    return Rule(number, clause, text, text_fa, "interpretation", reason=reason, leans_on=leans_on, kind=kind)


STARTER = {
    "published_by": "regplat (starter list shipped with the customs service, not an FDO list)",
    "version": "shipped",
    "confirmed": False,
    "note": "replace by the official list through POST /v1/reference/{list}",
}

RULES: dict[str, Rule] = {
    "CUS-VALIDITY": src(
        SOP,
        "cover",
        "SOP-DPNA-GIO-020 rev. 04 is valid from 1399/10/15 to 1401/10/15: a decision dated outside applies it as last issued, and says so",
        "اعتبار دستورالعمل از ۱۳۹۹/۱۰/۱۵ تا ۱۴۰۱/۱۰/۱۵ است؛ تصمیم خارج از این بازه بر اساس آخرین ویرایش گرفته شده است",
        "1401/10/15	تاریخ اعتبار",
        kind="warning",
    ),
    "CUS-3": src(
        SOP,
        "3",
        "Scope: passenger and postal items (raw materials, standards, chemical and biological drugs, research samples) for natural or legal persons; donated drugs are out of scope",
        "دامنه کاربرد: این ضابطه در مورد داروهای اهدایی کاربرد ندارد",
        "این ضابطه در مورد داروهای اهدایی کاربرد ندارد",
    ),
    "CUS-5": src(
        SOP,
        "5",
        "The GIO expert inspects the consignment and stamps the warehouse receipt with a personal seal",
        "کارشناس اداره بازرسی فنی پس از بررسی محموله قبض انبار را با مهر شخصی ممهور می کند",
        "ممهور نمودن قبض انبار با مهر شخصی پس از بررسی محموله",
    ),
    "CUS-5-HEAD": src(
        SOP,
        "5",
        "The head of GIO approves the import and clearance permit of doping-abusable and controlled (narcotic, psychotropic, anaesthetic) items, and the exit permit of expensive, high-value drugs",
        "رئیس اداره بازرسی فنی مجوز ورود و ترخیص اقلام دوپینگ و داروهای تحت کنترل و مجوز خروج داروهای گران قیمت را تایید می کند",
        "تایید مجوز ورود و ترخیص اقلام دارویی با قابلیت سوء مصرف در دوپینگ و بدنسازی (نظیر هورمون آنابولیک)، داروهای تحت کنترل (مخدر، روانگردان و بیپهوشی) و تایید مجوز خروج داروهای گران قیمت و با ارزشی بالا از کشور",
    ),
    "CUS-5-DG": src(
        SOP,
        "5",
        "The DPNA Director General issues the import and clearance permit of doping-abusable and controlled items, and the exit permit of expensive, high-value drugs",
        "مدیر کل امور دارو و مواد تحت کنترل مجوز ورود و ترخیص اقلام دوپینگ و داروهای تحت کنترل و مجوز خروج داروهای گران قیمت را صادر می کند",
        "صدور مجوز ورود و ترخیص اقلام دارویی با قابلیت سوء مصرف در دوپینگ و بدنسازی (نظیر هورمون آنابولیک)، داروهای تحت کنترل (مخدر، روانگردان و بیهوشی) و صدور مجوز خروج داروهای گران قیمت و با ارزشی بالا از کشور",
    ),
    "CUS-5-LETTER": src(
        SOP,
        "5",
        "The GIO expert writes the clearance letter for customs offices where GIO has no representative",
        "کارشناس اداره بازرسی فنی نامه ترخیص گمرک هایی را که نماینده اداره در آنها حضور ندارد تهیه می کند",
        "تهیه نامه ترخیص از گمرک هایی که نماینده اداره در آنها حضور ندارد",
    ),
    "CUS-5-EXIT": src(
        SOP,
        "5",
        "The GIO expert writes the exit-permit letter for medicines leaving with a traveller or by post",
        "کارشناس اداره بازرسی فنی نامه مجوز خروج داروهای همراه مسافر یا ارسال پستی را تهیه می کند",
        "تهیه نامه مجوز خروج از کشور داروهای همراه مسافر یا ارسال پستی به خارج از کشور",
    ),
    "CUS-5-ASSIGN": src(
        SOP,
        "5",
        "The head of GIO chooses the expert who attends each postal customs office and supervises them through their reports",
        "رئیس اداره بازرسی فنی کارشناس حاضر در گمرکات پست را انتخاب و بر عملکرد وی نظارت می کند",
        "انتخاب کارشناس مورد نظر جهت حضور در گمرکات پست و نظارت بر عملکرد وی با بررسی گزارش مربوطه",
    ),
    "CUS-6.1.1": src(
        SOP,
        "6.1.1",
        "A legal-person importer is a pharmaceutical company with a valid principle approval for importing raw materials and standards, or active in drug production or import",
        "شرکت دارویی دارای موافقت اصولی معتبر در زمینه واردات مواد اولیه و استاندارد، یا فعال در تولید یا واردات دارو",
        "شرکت های دارویی هستند که دارای موافقت اصولی در زمینه واردات مواد اولیه و استاندارد با تاریخ معتبر از اداره کل دارو بوده و یا در زمینه تولید دارو یا واردات دارو فعالیت داشته باشد",
    ),
    "CUS-6.1.2": src(
        SOP,
        "6.1.2",
        "The purpose of the import (marketing, research, ...) is stated in a letter to DPNA",
        "هدف از واردات طی نامه ای به اداره دارو اعلام شود",
        "هدف از واردات طی نامه ای به اداره دارو اعلام شود",
    ),
    "CUS-6.1.3": src(
        SOP,
        "6.1.3",
        "Raw material imported for research: at most 1/10 of the industrial batch of the lowest-dose form",
        "مقدار مواد اولیه تحقیقاتی حداکثر یک دهم بچ صنعتی پایین ترین دوز شکل دارویی",
        "مقدار واردات مواد اولیه برای امور تحقیقاتی نباید از ۱/۱۰ بیج صنعتی مربوط به پایین ترین دوز شکل دارویی بیشتر باشد",
    ),
    "CUS-6.1.3-SAMPLES": src(
        SOP,
        "6.1.3",
        "Samples for research in the pharmaceutical industry or research centres, or for marketing, are cleared on the commitment of the technical manager and CEO of the company or centre that they will not be used commercially",
        "ترخیص نمونه تحقیقاتی یا بازاریابی صنایع داروسازی و مراکز تحقیقاتی با تعهد مسئول فنی و مدیر عامل مبنی بر عدم استفاده تجاری",
        "به عنوان نمونه جهت مصارف تحقیقاتی در صنایع داروسازی یا مراکز تحقیقاتی و پژوهشی دارویی و یا بازاریابی با ارائه تعهد مسئول فنی و مدیر عامل شرکت یا مرکز ذینفع مبنی بر عدم استفاده تجاری امکان پذیر می باشد",
    ),
    "CUS-6.1.4": src(
        SOP,
        "6.1.4",
        "Declared value above 1,000 USD requires an order registration",
        "ارزش اظهار شده بیش از یک هزار دلار نیاز به ثبت سفارش دارد",
        "ارزش اظهار شده کالا از یک هزار دلار بیشتر نباشد در غیر اینصورت نیاز به ثبت سفارش دارد",
    ),
    "CUS-6.2": src(
        SOP,
        "6.2",
        "Personal use: cleared on the GIO expert's opinion after reviewing the medical documents, and the expert's estimate of at most a six-month use",
        "ترخیص به عنوان مصرف شخصی با نظر کارشناس، بررسی مدارک درمانی و برآورد مصرف حداکثر شش ماهه",
        "ترخیص دارو به عنوان مصرف شخصی با نظر کارشناس اداره بازرسی فنی و بررسی مدارک و مستندات درمانی ارسالی و برآورد مصرف حداکثر شش ماهه مجاز می باشد",
    ),
    "CUS-6.2-ESTIMATE": interp(
        "The engine proposes the six-month quantity per substance over all lines (six calendar months from the decision date); the GIO expert may set another estimate, with a reason",
        "سامانه مقدار شش ماهه را برای هر ماده در همه اقلام پیشنهاد می کند؛ برآورد نهایی با کارشناس است",
        "6.2 leaves the estimate to the expert («با نظر کارشناس ... برآورد مصرف حداکثر شش ماهه», SPEC correction 8); the per-substance sum and calendar months are the platform's way of computing a proposal",
        clause="6.2",
    ),
    "CUS-6.2-PRESCRIPTION": interp(
        "Controlled or doping-abusable medicines for personal use: the expert asks for the treating physician's prescription (the platform treats them as the 'special cases' of 6.2)",
        "داروهای تحت کنترل یا دوپینگ برای مصرف شخصی: نسخه پزشک معالج درخواست می شود (موارد خاص بند ۶.۲)",
        "6.2 lets the expert ask for the prescription «در موارد خاص» without naming the cases; the platform names controlled and doping items as such cases",
        clause="6.2",
    ),
    "CUS-6.2-RESPONSIBILITY": src(
        SOP,
        "6.2",
        "The expert's opinion covers entry only, not the manufacturer or the quality; the owner bears responsibility for adverse effects",
        "اظهار نظر کارشناس صرفاً جهت ورود کالا است و مسئولیت عوارض به عهده صاحب کالا است",
        "در صورت بروز عوارض ناشی از مصرف داروی ترخیص شده، مسئولیت آن به عهده صاحب کالا خواهد بود",
        kind="note",
    ),
    "CUS-6.3-FORMULARY": src(
        SOP,
        "6.3",
        "Clearance against the national formulary; a drug outside it only by the FDO Article 9 committee (single-prescription mechanism)",
        "ترخیص بر اساس فهرست رسمی دارویی؛ خارج از فهرست صرفاً با نظر کمیته ماده ۹",
        "ترخیص فرآورده های دارویی همراه مسافر براساس فهرست رسمی دارویی کشور انجام می گیرد ولی در خصوص داروهای خارج از این فهرست، ملاک ترخیص صرفاً نظر کمیته ماده ۹ سازمان غذا و دارو خواهد بود",
    ),
    "CUS-6.3-PACKAGING": src(
        SOP,
        "6.3",
        "Packaging original and intact, the label showing drug name, manufacturer and expiry date",
        "بسته بندی اصلی، سالم و دارای نام دارو، نام سازنده و تاریخ انقضاء",
        "بسته بندی کلیه اقلام دارویی همراه مسافریاید اصلی، سالم و دارای اطلاعات لازم (نام دارو، نام سازنده، تاریخ انقضاء) به روی برجسب باشد",
    ),
    "CUS-6.3-TRANSLATION": src(
        SOP,
        "6.3",
        "A label in a language other than Persian or English needs an official translation if the GIO expert asks for one",
        "ترجمه رسمی برچسب به زبانی جز فارسی یا انگلیسی در صورت درخواست کارشناس",
        "اگر این اطلاعات به زبانی جز فارسی و یا انگلیسی درج شده باشد در صورت درخواست کارشناس اداره بازرسی و فنی، ارائه ترجمه رسمی آن الزامی خواهد بود",
    ),
    "CUS-6.3-EXPIRED": src(
        SOP,
        "6.3",
        "Expired items are not cleared",
        "ترخیص فرآورده با تاریخ منقضی شده مجاز نیست",
        "ترخیص فرآورده دارویی همراه مسافر با تاریخ منقضی شده و یا مواردی که خارج از شرایط نگهداری مندرج روی بسته بندی دارو نگهداری شده اند، مجاز نمی باشد",
    ),
    "CUS-6.3-STORAGE": src(
        SOP,
        "6.3",
        "Items kept outside the storage conditions on their pack are not cleared",
        "مواردی که خارج از شرایط نگهداری مندرج روی بسته بندی نگهداری شده اند ترخیص نمی شوند",
        "مواردی که خارج از شرایط نگهداری مندرج روی بسته بندی دارو نگهداری شده اند، مجاز نمی باشد",
    ),
    "CUS-6.3-ABORTION": src(
        SOP,
        "6.3",
        "Medicinal products usable for abortion (e.g. prostaglandins) are not cleared",
        "ترخیص فرآورده های دارویی با قابلیت مصرف در سقط جنین مجاز نیست",
        "ترخیص فرآورده های دارویی با قابلیت مصرف در سقط جنین (نظیر پروستاگلاندین ها) مجاز نمی باشد",
    ),
    "CUS-6.3-ABORTION-RAW": interp(
        "The abortion ban names medicinal products (فرآورده های دارویی): a raw material or standard of an abortifacient imported by a licensed company is judged under 6.1, not refused",
        "ممنوعیت سقط جنین درباره فرآورده های دارویی است؛ ماده اولیه یا استاندارد وارداتی شرکت دارای مجوز طبق بند ۶.۱ بررسی می شود",
        "6.3 says «فرآورده های دارویی»; raw materials and standards are a separate category in 3 and 6.3.5",
        clause="6.3",
    ),
    "CUS-6.3.1": src(
        SOP,
        "6.3.1",
        "Controlled drugs (the three UN conventions, annex 1): GIO review, referral to the controlled-substances office, final release by the DPNA Director General",
        "داروهای تحت کنترل: بررسی اداره بازرسی فنی، ارجاع به اداره مواد و داروهای تحت کنترل، آزادسازی توسط مدیر کل",
        "مجوز ورود و ترخیص داروهای تحت کنترل (مطابق فهرست کنوانسیون های سه گانه)، پس از بررسی در اداره بازرسی فنی به اداره مواد و داروهای تحت کنترل ارجاع داده می شود و مجوز آزادسازی نهایی توسط مدیر کل امور دارو و مواد تحت کنترل صادر خواهد گردید",
    ),
    "CUS-6.3.2": src(
        SOP,
        "6.3.2",
        "Doping/bodybuilding-abusable items: GIO review, approval of the head of GIO, permit by the DPNA Director General",
        "اقلام با قابلیت سوء مصرف در دوپینگ: بررسی، تایید رئیس اداره، صدور توسط مدیر کل",
        "مجوز ورود و ترخیص اقلام دارویی با قابلیت سوء مصرف در دوپینگ و بدنسازی (نظیر هورمون آنابولیک) باید پس از بررسی در اداره بازرسی فنی و تایید رئیس اداره، توسط مدیر کل امور دارو و مواد تحت کنترل صادر شود",
    ),
    "CUS-6.3.3": src(
        SOP,
        "6.3.3",
        "Items declared unusable by national or international drug authorities are not cleared",
        "اقلامی که از سوی مراجع ملی و بین المللی غیرقابل مصرف اعلام شده اند ترخیص نمی شوند",
        "ورود و ترخیص اقلام دارویی که به دلیل بروز مشکلات یا عوارض جدی از سوی مراجع ملی و بین المللی دارویی غیرقابل مصرف اعلام شده است، مجاز نمی باشد",
    ),
    "CUS-6.3.4": src(
        SOP,
        "6.3.4",
        "Commercial imports are outside this SOP: they need the full legal process and a written permit of the DPNA Director General",
        "واردات با مقاصد تجاری موضوع این ضابطه نیست",
        "مجوز واردات دارو با مقاصد تجاری و غیر از مصرف شخصی موضوع این ضابطه نبوده و مستلزم طی مراحل قانونی و صدور مجوز کتبی این اداره کل است",
    ),
    "CUS-6.3.5": src(
        SOP,
        "6.3.5",
        "Documents from customs are reviewed only for passenger and postal items and for research samples (raw materials, reference and working standards)",
        "بررسی مدارک صرفا برای داروهای همراه مسافر و مرسولات پستی و نمونه های تحقیقاتی",
        "بررسی مدارک ارسالی از سوی گمرکات کشور برای صدور مجوز ترخیص از گمرکات صرفا در خصوص داروهای همراه مسافر و مرسولات پستی و همچنین نمونه های تحقیقاتی (مواد اولیه دارویی، رفرانس استاندارد و ورکینگ استاندارد) صورت خواهد گرفت",
    ),
    "CUS-6.4.1": src(
        SOP,
        "6.4.1",
        "Exit permit on form FRM-DPNA-GIO-057 with the physician's prescription",
        "فرم درخواست خروج دارو به انضمام نسخه پزشک",
        "بررسی مدارک ارسالی از سوی متقاضی شامل فرم درخواست خروج دارو از کشور (پیوست ۲ - FRM-DPNA-GIO-057) به اضمام نسخه پزشک جهت صدور مجوز خروج داروهای شخصی",
    ),
    "CUS-6.4.1-FORM": src(
        FORM,
        None,
        "The form names the applicant, the customs office, the destination country, a phone number, an address and the signature",
        "فرم: نام متقاضی، گمرک، کشور مقصد، شماره تماس، آدرس و امضا",
        "خواستار ارسال داروهای نسخه پیوست از گمرک",
    ),
    "CUS-6.4.2": src(
        SOP,
        "6.4.2",
        "Small quantities of non-narcotic drugs are sent by customs under circular 8646/د (annex 3), by dosage form and count",
        "اقلام دارویی با تعداد کم و داروهای غیر مخدر طبق بخشنامه ۸۶۴۶/د بلامانع است",
        "برای اقلام دارویی با تعداد کم و داروهای غیر مخدر، ارسال داروها توسط گمرک مطابق بخشنامه شماره ۸۶۴۶/د مورخ ۱۳۸۲/۸/۷ (پیوست ۳) بر اساس شکل دارویی و تعداد تعریف شده پلامتاع است",
    ),
    "CUS-6.4.2-ANNEX": src(
        ANNEXED,
        None,
        "The annexed letter's table: up to 3 packs of tablets/capsules, 10 ampoules/vials, 5 syrups/suspensions, 5 creams/ointments/gels, 5 of the last form",
        "جدول نامه پیوست: تا ۳ بسته قرص/کپسول، ۱۰ عدد آمپول/ویال، ۵ عدد شربت/سوسپانسیون، ۵ عدد کرم/پماد/ژل، ۵ عدد از شکل آخر",
        "در حد ۳ بسته (قرص، کیسول) ۱۰ عدد آمپول، ویال،",
    ),
    "CUS-6.4.2-CIRCULAR": src(
        CIRCULAR,
        None,
        "Circular 8646/د is annex 3 of the SOP: the small-quantity table of the annexed letter",
        "بخشنامه ۸۶۴۶/د پیوست ۳ دستورالعمل است",
        "۵ عدد اشربت، سرپانسیون، ۵ عدد اکرم، پماد، ژل) ۵ عدد (قرصه)",
    ),
    "CUS-6.4.2-DROPS": interp(
        "The scan reads «قرصه» for the last form of the table; the platform reads it as drops (قطره)",
        "متن اسکن شده «قرصه» است؛ سامانه آن را «قطره» می خواند",
        "«قرصه» is not a dosage form; tablets are already in the first group, drops are the common form missing from the list",
        leans_on=(ANNEXED, CIRCULAR),
        number=ANNEXED,
    ),
    "CUS-6.4.2-CONTROLLED": interp(
        "The small-quantity allowance is not applied to any controlled item (narcotic, psychotropic or anaesthetic)",
        "معافیت مقدار کم برای هیچ داروی تحت کنترل (مخدر، روانگردان، بیهوشی) اعمال نمی شود",
        "6.4.2 exempts «داروهای غیر مخدر» only; the platform conservatively also excludes psychotropics and anaesthetics, which 5 and 6.3.1 treat with narcotics",
        clause="6.4.2",
    ),
    "CUS-6.4.2-HIGH-VALUE": interp(
        "The small-quantity allowance does not cover high-value, expensive or shortage drugs: their exit needs the head of GIO's amount and the DG's permit whatever the count",
        "معافیت مقدار کم شامل داروهای با ارزش بالا، گران قیمت و کمبود نمی شود؛ خروج آنها با تشخیص رئیس اداره و تایید مدیر کل است",
        "5 gives the exit permit of expensive, high-value drugs to the head of GIO and the DG, and the 6.4.3 note sets their amount, without a count threshold",
        clause="6.4.2",
        leans_on=(SOP, CIRCULAR),
    ),
    "CUS-6.4.3": src(
        SOP,
        "6.4.3",
        "Medicines leave for at most a 3-month personal supply by the prescription and dosage",
        "خروج دارو نهایتا برای مصرف ۳ ماه بر اساس نسخه و دستور مصرف پزشک",
        "خروج داروهای همراه مسافر و یا از طریق پست نهایتا برای مصرف ۳ ماه شخص بر اساس نسخه و دستور مصرف پزشک مجاز می باشد",
    ),
    "CUS-6.4.3-NOTE": src(
        SOP,
        "6.4.3 note",
        "High-value, shortage and expensive drugs: at most a 1-month supply, the amount set by the head of GIO and approved by the DPNA Director General",
        "داروهای با ارزش بالا، کمبود و گران قیمت: نهایتا یک ماه با تشخیص رئیس اداره و تایید مدیر کل",
        "در خصوص داروهایی با ارزیابی بالا، داروهایی که دچار کمبود هستند و نیز داروهای گران قیمت مقدار مجوز صادره با تشخیص رئیس اداره بازرسی فنی و تایید مدیر کل امور دارو و مواد تحت کنترل، نهایتا برای مصرف یک ماه شخص بر اساس نسخه و دستور مصرف پزشک مجاز می باشد",
    ),
    "CUS-ID": interp(
        "An item whose name the platform cannot resolve to a substance is not evaluated on a guess: the GIO expert identifies the substance(s), and the item is evaluated again on them; until then it cannot be cleared, stamped or given a permit",
        "قلمی که نام آن به ماده ای شناخته شده برنگردد بر اساس حدس ارزیابی نمی شود: کارشناس ماده را مشخص می کند و قلم دوباره ارزیابی می شود",
        "6.3 and 6.3.1-6.3.3 apply by substance; an unrecognised name must not take a less controlled path than the substance it is",
        leans_on=(SOP,),
    ),
    "CUS-X3": interp(
        "SPEC X3: customs asks inspections (INS-R) whether importing an exosome, cell-therapy or regenerative product is permitted on the date and applies its ruling; exosome products are never cleared for personal use",
        "طبق X3 گمرک از سامانه بازرسی درباره مجاز بودن واردات فرآورده های اگزوزوم، سلول درمانی و بازساختی استعلام می کند؛ محصولات اگزوزوم برای مصرف شخصی ترخیص نمی شوند",
        "a cross-service policy of the platform (SPEC X3) resting on the letters inspections applies; the SOP itself does not name these products",
        leans_on=(EXOSOME_LETTER, "100/70/38754", "100/10/74585"),
        number=None,
    ),
    "CUS-X3-10262": src(
        EXOSOME_LETTER,
        None,
        "Production, import, sale, prescription and advertising of exosome products are illegal",
        "هر گونه تولید، واردات، فروش، تجویز و تبلیغات فرآورده های آگزوزومی غیر قانونی است",
        "هر گونه تولید، واردات، فروش، تجویز و تبلیغات آن ها در فضای مجازی و حقیقی غیر قانونی محسوب",
    ),
    "CUS-X3-661": src(
        EXOSOME_LETTER,
        None,
        "Letter 661/2897 of the FDO, as reported by 400/10262/د: no permit for producing or importing an exosome product has been issued to any natural or legal person",
        "طبق نامه ۶۶۱/۲۸۹۷ (به نقل نامه ۴۰۰/۱۰۲۶۲/د) تاکنون هیچ مجوزی برای تولید یا واردات فرآورده های آگزوزومی صادر نشده است",
        "تا کنون هیچ گونه مجوزی برای تولید و واردات فرآورده های آگزوزومی توسط سازمان غذا و دارو برای هیچ فرد حقیقی و حقوقی صادر نگردیده",
    ),
    "CUS-X3-38754": src(
        "100/70/38754",
        None,
        "Forwards 400/10262/د, which it words as a ban on producing, importing, selling, prescribing and advertising regenerative, cell-therapy and exosome services (it issues no ban of its own)",
        "نامه ۴۰۰/۱۰۲۶۲/د را ارسال می کند و آن را ممنوعیت خدمات بازساختی، سلول درمانی و آگزوزوم درمانی می خواند",
        "مبنی بر ممنوعیت تولید، واردات، فروش، تجویز و تبلیغات خدمات بازساختی، سلول درمانی و آگزوزوم درمانی",
    ),
    "CUS-X3-74585": src(
        "100/10/74585",
        None,
        "Only unauthorised, unapproved activity is banned: approved research (ethics committee approval) and approved treatments having an IRC (FDO registration code) remain permitted",
        "صرفاً فعالیت های غیرمجاز ممنوع است؛ تحقیقات مصوب و درمان های تأیید شده دارای IRC همچنان مجاز است",
        "صرفاً فعالیتهای غیرمجاز و فاقد تاییدیه ممنوع میباشد و تحقیقات مصوب و درمانهای تأیید شده دارای IRC در حوزه خدمات بازساختی، سلول درمانی و اگزوزم درمانی همچنان مجاز و ضروری میباشد",
    ),
    "CUS-SIX-MONTHS": interp(
        "Six months are six calendar months from the decision date; three months and one month likewise (6.4.3)",
        "شش ماه، شش ماه تقویمی از تاریخ تصمیم است؛ سه ماه و یک ماه نیز به همین ترتیب",
        "the SOP says «شش ماهه» and «۳ ماه» without counting days; calendar months of the Jalali calendar are the plain reading",
        clause="6.2",
    ),
}

# The reference lists a decision can rest on (a match, or the absence of one): what each list rests on.
LIST_RULES: dict[str, Rule] = {
    "CUS-LIST-CONTROLLED": Rule(
        None,
        None,
        "Controlled list: annex 1 of the SOP plus the substances of the 1961 Convention (Schedules I, II), the 1971 Convention (Schedules I-IV) and medicinal precursors of the 1988 Convention, with common brands",
        "فهرست داروهای تحت کنترل: پیوست ۱ دستورالعمل و مواد کنوانسیون های ۱۹۶۱، ۱۹۷۱ و پیش سازهای دارویی ۱۹۸۸",
        "evidence",
        evidence=(
            {
                "title": "INCB Yellow List: narcotic drugs under international control (1961 Convention)",
                "url": "https://www.incb.org/incb/en/narcotic-drugs/Yellowlist/yellow-list.html",
            },
            {
                "title": "INCB Green List: psychotropic substances under international control (1971 Convention)",
                "url": "https://www.incb.org/incb/en/psychotropics/green-list.html",
            },
            {
                "title": "INCB Red List: precursors under international control (1988 Convention)",
                "url": "https://www.incb.org/incb/en/precursors/Red_Forms/red-list.html",
            },
        ),
    ),
    "CUS-LIST-DOPING": Rule(
        None,
        None,
        "Doping list: the classes of the WADA Prohibited List that medicines fall in (S1 anabolic agents, S2 peptide hormones and growth factors, S3 beta-2 agonists, S4 hormone and metabolic modulators, S5 diuretics)",
        "فهرست دوپینگ: گروه های فهرست ممنوعه وادا که داروها در آن قرار دارند",
        "evidence",
        evidence=({"title": "World Anti-Doping Agency: The Prohibited List", "url": "https://www.wada-ama.org/en/prohibited-list"},),
    ),
    "CUS-LIST-ABORTIFACIENTS": Rule(
        None,
        None,
        "Abortifacient list: prostaglandins and antiprogestogens used to terminate pregnancy, with brands",
        "فهرست داروهای با قابلیت سقط جنین: پروستاگلاندین ها و آنتی پروژسترون ها",
        "evidence",
        evidence=({"title": "WHO Abortion care guideline (2022)", "url": "https://www.who.int/publications/i/item/9789240039483"},),
    ),
    "CUS-LIST-RECALLS": Rule(
        None,
        None,
        "Recall list: products withdrawn by national or international drug authorities, each row with its notice",
        "فهرست فرآورده های فراخوان شده با مرجع هر ردیف",
        "configuration",
        configuration=STARTER,
    ),
    "CUS-LIST-FORMULARY": Rule(
        None,
        None,
        "Formulary list used to check 6.3: a starter list of medicines travellers commonly carry, not the official FDO formulary; the expert confirms against the official list",
        "فهرست دارویی بارگذاری شده: فهرست اولیه، نه فهرست رسمی سازمان غذا و دارو",
        "configuration",
        configuration=STARTER,
    ),
    "CUS-LIST-HIGH-VALUE": Rule(
        None,
        None,
        "High-value / expensive / shortage lists used for the 6.4.3 note: compiled for this service, not FDO lists",
        "فهرست داروهای با ارزش بالا، گران قیمت و کمبود: فهرست اولیه، نه فهرست سازمان غذا و دارو",
        "configuration",
        configuration=STARTER,
    ),
}

ALL_RULES: dict[str, Rule] = {**RULES, **LIST_RULES}


def citation_fields(rule_id: str, rule: Rule) -> dict[str, Any]:
    """The fields of shared.provenance.Citation for one rule (number, date and issuer come from the registry)."""
    out: dict[str, Any] = {"rule_id": rule_id, "text_fa": rule.text_fa, "authority": rule.authority}
    if rule.authority == "source":
        out["quote"] = rule.quote
    elif rule.authority == "interpretation":
        out["reason"] = rule.reason
        out["leans_on"] = list(rule.leans_on)
    elif rule.authority == "evidence":
        out["evidence"] = [dict(e) for e in rule.evidence]
    else:
        out["configuration"] = dict(rule.configuration or {})
    return out
