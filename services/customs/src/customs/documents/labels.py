"""The Persian words of the printed documents (pure data): dosage forms, states, what each rule id is about."""

from __future__ import annotations

# One Persian name per dosage form code of data/dosage_forms.csv (tests/unit/test_documents.py checks none is missing).
DOSAGE_FORM_FA = {
    "tablet": "قرص",
    "capsule": "کپسول",
    "ampoule": "آمپول",
    "vial": "ویال",
    "syrup": "شربت",
    "suspension": "سوسپانسیون",
    "cream": "کرم",
    "ointment": "پماد",
    "gel": "ژل",
    "drops": "قطره",
    "lotion": "لوسیون",
    "solution": "محلول",
    "injection_pen": "قلم تزریق پرشده",
    "prefilled_syringe": "سرنگ پرشده",
    "inhaler": "اسپری استنشاقی",
    "spray": "اسپری",
    "powder": "پودر",
    "sachet": "ساشه",
    "suppository": "شیاف",
    "patch": "چسب پوستی",
    "bulk": "ماده اولیه یا استاندارد (وزنی)",
}

PURPOSE_FA = {"personal_use": "مصرف شخصی", "research_sample": "نمونه تحقیقاتی", "marketing_sample": "نمونه بازاریابی"}
CHANNEL_FA = {"passenger": "همراه مسافر", "postal": "مرسوله پستی"}
OWNER_KIND_FA = {"natural": "شخص حقیقی", "legal": "شخص حقوقی"}
UNIT_FA = {"g": "گرم", "pack": "بسته"}

DECLARATION_STATE_FA = {
    "awaiting_expert_review": "در انتظار بررسی کارشناس",
    "awaiting_head_approval": "در انتظار تایید رئیس اداره بازرسی فنی",
    "awaiting_dg_release": "در انتظار مجوز مدیرکل",
    "awaiting_stamp": "در انتظار مهر کارشناس",
    "cleared": "ترخیص شده",
    "refused": "رد شده",
}
PERMIT_STATE_FA = {
    "awaiting_expert_review": "در انتظار بررسی کارشناس",
    "awaiting_head_approval": "در انتظار تایید رئیس اداره بازرسی فنی",
    "awaiting_dg_release": "در انتظار مجوز مدیرکل",
    "issued": "صادر شده",
    "refused": "رد شده",
    "no_permit_needed": "بدون نیاز به مجوز",
}
STATE_EN = {
    "awaiting_expert_review": "awaiting the GIO expert's review",
    "awaiting_head_approval": "awaiting the head of GIO's approval",
    "awaiting_dg_release": "awaiting the DG's release",
    "awaiting_stamp": "awaiting the expert's stamp",
    "cleared": "cleared",
    "refused": "refused",
    "issued": "issued",
    "no_permit_needed": "no permit needed",
}

KIND_FA = {"clearance_letter": "نامه ترخیص دارو", "export_permit": "مجوز خروج دارو"}
KIND_EN = {"clearance_letter": "clearance letter", "export_permit": "export permit"}

AUTHORITY_FA = {
    "source": "متن نامه",
    "interpretation": "برداشت سامانه از ضوابط",
    "evidence": "منبع منتشرشده",
    "configuration": "فهرست تنظیمی",
}
CITATION_KIND_FA = {"warning": "هشدار", "note": "توجه"}

# What a rule id is about, in Persian (the id itself is printed as a code beside it). Longest prefix wins.
RULE_TOPIC_FA = {
    "CUS-3": "داروهای اهدایی",
    "CUS-5": "وظایف اداره بازرسی فنی",
    "CUS-5-ASSIGN": "تعیین کارشناس گمرک",
    "CUS-5-DG": "مجوز مدیرکل",
    "CUS-5-EXIT": "مجوز خروج دارو",
    "CUS-5-HEAD": "تایید رئیس اداره بازرسی فنی",
    "CUS-5-LETTER": "نامه ترخیص",
    "CUS-6.1": "واردات توسط شخص حقوقی",
    "CUS-6.1.3": "مواد اولیه و نمونه های تحقیقاتی",
    "CUS-6.2": "مصرف شخصی و سقف شش ماهه",
    "CUS-6.2-ESTIMATE": "برآورد کارشناس از مصرف شش ماهه",
    "CUS-6.2-PRESCRIPTION": "نسخه پزشک",
    "CUS-6.2-RESPONSIBILITY": "مسئولیت صاحب کالا",
    "CUS-6.3": "شرایط عمومی ترخیص",
    "CUS-6.3-ABORTION": "داروهای سقط جنین",
    "CUS-6.3-EXPIRED": "تاریخ انقضا",
    "CUS-6.3-FORMULARY": "فهرست رسمی داروهای کشور",
    "CUS-6.3-PACKAGING": "بسته بندی و برچسب",
    "CUS-6.3-STORAGE": "شرایط نگهداری",
    "CUS-6.3-TRANSLATION": "ترجمه رسمی برچسب",
    "CUS-6.3.1": "داروهای تحت کنترل",
    "CUS-6.3.2": "داروهای دوپینگ",
    "CUS-6.3.3": "داروهای فراخوان شده",
    "CUS-6.3.4": "واردات تجاری",
    "CUS-6.3.5": "مسیرهای خارج از شمول",
    "CUS-6.4": "خروج دارو از کشور",
    "CUS-6.4.2": "مقادیر کم بدون نیاز به مجوز",
    "CUS-6.4.3": "سقف مقدار خروج",
    "CUS-ID": "شناسایی ماده موثره",
    "CUS-SIX-MONTHS": "محاسبه شش ماه",
    "CUS-VALIDITY": "مدت اعتبار دستورالعمل",
    "CUS-X3": "فرآورده های اگزوزومی، سلولی و بازساختی",
    "CUS-LIST": "فهرست مرجع",
}


def rule_topic_fa(rule_id: str | None) -> str:
    """The Persian topic of a rule id: the longest known prefix ("CUS-6.3.1-X" -> that of "CUS-6.3.1"), else a generic label."""
    if not rule_id:
        return "ضابطه"
    best = ""
    for prefix in RULE_TOPIC_FA:
        if (rule_id == prefix or rule_id.startswith(prefix + "-") or rule_id.startswith(prefix + ".")) and len(prefix) > len(best):
            best = prefix
    return RULE_TOPIC_FA[best] if best else "ضابطه"


# Words of clause references that are English in the rule table ("cover", "6.4.3 note"), in Persian.
CLAUSE_WORDS_FA = {"closing paragraph": "بند پایانی", "cover": "صفحه نخست", "note": "تبصره", "annex": "پیوست", "paragraph": "بند", "table": "جدول"}


def clause_fa(clause: str | None) -> str | None:
    """A clause reference in Persian words ("6.4.3 note" -> "6.4.3 تبصره"); digits are made Persian by the template."""
    if not clause:
        return clause
    out = clause
    for en, fa in CLAUSE_WORDS_FA.items():
        out = out.replace(en, fa)
    return out
