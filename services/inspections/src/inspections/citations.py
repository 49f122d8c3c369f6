"""The citations this service's registry, plans, inspections, enforcement and reports produce (SHR-PROV).

Each is a `Cite` with what it rests on: `source` only where the letter's own words are quoted
verbatim (from seed 002), `interpretation` with its reason where the platform reads beyond them.
The permissibility rules and the checklist items are data files (data/*.yaml); these are the rest.
"""

from __future__ import annotations

from inspections.permissibility.rules import Cite

L400 = "400/10262/د"
L38754 = "100/70/38754"

# INS-LIST: letter 400/10262/د clause 1
CENTRE_LIST = Cite(
    L400,
    "1",
    "List every active, inactive and applicant centre in this field and send the list to the Centre for Supervision and Accreditation of Treatment.",
    rule_id="INS-LIST",
    authority="source",
    quote="فهرستی از نام کلیه مراکز فعال، غیر فعال و مراکزی که درخواست فعالیت در این حوزه به آن دانشگاه / دانشکده داده اند تهیه و به این معاونت ارسال نمایند",
    text_fa="فهرست کلیه مراکز فعال، غیرفعال و متقاضی این حوزه تهیه و به معاونت ارسال شود.",
)
# INS-LIST-INACTIVE: suspended and closed centres are listed as inactive
LIST_INACTIVE = Cite(
    L400,
    "1",
    "Suspended and closed centres are listed among the inactive centres (the letter asks for every active, inactive and applicant centre).",
    rule_id="INS-LIST-INACTIVE",
    kind="note",
    authority="interpretation",
    reason="the letter's three groups are active, inactive and applicant; a suspended or closed centre is not active and must not drop out of the list",
    leans_on=(L400,),
    text_fa="مراکز تعلیق‌شده و تعطیل‌شده در گروه مراکز غیرفعال فهرست می‌شوند.",
)
# INS-PLAN: letter 400/10262/د clause 2 (monthly inspections)
MONTHLY = Cite(
    L400,
    "2",
    "Inspect every centre under the university's supervision monthly and continuously against the attached checklist.",
    rule_id="INS-PLAN",
    authority="source",
    quote="طبق چک لیست پیوست تمامی مراکز تحت پوشش آن دانشگاه / دانشکده تحت نظارت، بصورت مستمر و ماهیانه بازرسی",
    text_fa="تمامی مراکز تحت پوشش دانشگاه طبق چک لیست پیوست به صورت مستمر و ماهیانه بازرسی شوند.",
)
# INS-PLAN-START: no month before the letter's date is overdue
PLAN_START = Cite(
    L400,
    "2",
    "Months that end before 1404/06/12 (the letter's date) are not due: the monthly inspection duty applies only from the letter's own date.",
    rule_id="INS-PLAN-START",
    kind="note",
    authority="interpretation",
    reason="a letter applies only from its own date (SPEC INS-R); the monthly duty starts with 400/10262/د of 1404/06/12",
    leans_on=(L400,),
    text_fa="ماه‌هایی که پیش از ۱۴۰۴/۰۶/۱۲ (تاریخ نامه) پایان یافته‌اند موعد بازرسی ندارند.",
)
# INS-QUARTERLY: letter 400/10262/د clause 2 (report at each season's end)
QUARTERLY = Cite(
    L400,
    "2",
    "Act legally against violators and report the results to the Centre at the end of each season.",
    rule_id="INS-QUARTERLY",
    authority="source",
    quote="ضمن برخورد جدی قانونی با متخلفین، نتیجه اقدامات در پایان هر فصل به این مرکز گزارش فرمایید",
    text_fa="ضمن برخورد قانونی با متخلفین، نتیجه اقدامات در پایان هر فصل به مرکز گزارش شود.",
)
# INS-QUARTERLY-HOLIDAY: the season's last day is not a working day
QUARTERLY_HOLIDAY = Cite(
    L400,
    "2",
    "The season's last day is not a working day of the university: a report sent on the next working day still counts as sent at the season's end.",
    rule_id="INS-QUARTERLY-HOLIDAY",
    kind="note",
    authority="interpretation",
    reason="the letter says 'at the end of each season' and gives no rule for holidays; an office cannot send on a day it is closed, so the next working day is accepted",
    leans_on=(L400,),
    text_fa="آخرین روز فصل روز کاری دانشگاه نیست؛ گزارش ارسال‌شده در نخستین روز کاری بعد به موقع محسوب می‌شود.",
)
# INS-ENF-*: legal action named by 400/10262/د's closing paragraph (and repeated by 100/70/38754)
ENFORCEMENT = {
    "closure": Cite(
        L400,
        "closing paragraph",
        "Violations lead to legal action: closure of the premises.",
        rule_id="INS-ENF-CLOSURE",
        authority="source",
        quote="تعطیلی محل فعالیت",
        text_fa="برخورد قانونی: تعطیلی محل فعالیت.",
    ),
    "seizure": Cite(
        L400,
        "closing paragraph",
        "Violations lead to legal action: seizure of the products.",
        rule_id="INS-ENF-SEIZURE",
        authority="source",
        quote="ضبط محصولات",
        text_fa="برخورد قانونی: ضبط محصولات.",
    ),
    "referral": Cite(
        L400,
        "closing paragraph",
        "Violations lead to legal action: referral to the judiciary, the government punishment organisation and the Medical Council disciplinary board.",
        rule_id="INS-ENF-REFERRAL",
        authority="source",
        quote="معرفی به مراجع قضایی و تعزیراتی و هیات انتظامی نظام پزشکی",
        text_fa="برخورد قانونی: معرفی به مراجع قضایی و تعزیراتی و هیات انتظامی نظام پزشکی.",
    ),
}
ENFORCEMENT_38754 = Cite(
    L38754,
    "body",
    "The Medical Council's forwarding letter repeats the legal action: closure, seizure and referral.",
    kind="note",
    rule_id="INS-ENF-38754",
    authority="source",
    quote="برخورد قانونی شامل تعطیلی محل فعالیت، ضبط محصولات و معرفی به مراجع قضایی و تعزیراتی و هیأت های انتظامی نظام پزشکی",
    text_fa="نامه نظام پزشکی برخورد قانونی (تعطیلی، ضبط محصولات و معرفی به مراجع) را تکرار می‌کند.",
)
# INS-ENF-DECISION: lifting or concluding an action rests on a recorded decision
ENFORCEMENT_DECISION = Cite(
    L400,
    "closing paragraph",
    "The action is lifted or concluded by the recorded decision of the deputy for treatment or the Ministry:",
    rule_id="INS-ENF-DECISION",
    kind="note",
    authority="interpretation",
    reason="the letter names the legal actions but not how they end; lifting or concluding one rests on a recorded decision of the authority that ordered it",
    leans_on=(L400,),
    text_fa="رفع یا مختومه شدن اقدام به موجب تصمیم ثبت‌شده معاونت درمان یا وزارت:",
)
# INS-INSPECT: every inspection is against the checklist in effect, violators are acted against
INSPECTION = Cite(
    L400,
    "2",
    "Inspect every centre monthly and continuously against the attached checklist and act legally against violators.",
    rule_id="INS-INSPECT",
    authority="source",
    quote="طبق چک لیست پیوست تمامی مراکز تحت پوشش آن دانشگاه / دانشکده تحت نظارت، بصورت مستمر و ماهیانه بازرسی",
    text_fa="بازرسی ماهیانه و مستمر همه مراکز طبق چک لیست پیوست و برخورد قانونی با متخلفین.",
)

ALL: dict[str, Cite] = {
    c.rule_id or "": c
    for c in (
        CENTRE_LIST,
        LIST_INACTIVE,
        MONTHLY,
        PLAN_START,
        QUARTERLY,
        QUARTERLY_HOLIDAY,
        *ENFORCEMENT.values(),
        ENFORCEMENT_38754,
        ENFORCEMENT_DECISION,
        INSPECTION,
    )
}
