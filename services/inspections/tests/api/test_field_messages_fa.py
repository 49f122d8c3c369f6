"""Issue 16 item 7: field errors speak the answer's language (message_fa under Accept-Language: fa)."""

from __future__ import annotations


def _messages(r) -> dict[str, str]:
    assert r.status_code == 422, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    assert all("message_fa" not in e for e in r.json()["errors"])
    return {e["field"]: e["message"] for e in r.json()["errors"]}


def test_checklist_answer_errors_in_persian_and_english(client, keys, make_centre, answers):
    c = make_centre()
    given = answers()[:-1] + [{"item": "operating_licence", "result": "compliant", "severity": "minor"}]
    body = {"inspected_on": "1404/07/10", "summary": "monthly inspection", "answers": given, "evidence": []}
    url, who = f"/v1/centers/{c['id']}/inspections", keys.headers("university_inspector", org="QUMS", sub="insp-1")
    fa = client.post(url, json=body, headers={**who, "Accept-Language": "fa"})
    assert fa.headers["content-language"] == "fa"
    assert _messages(fa) == {"answers.8.item": "به operating_licence دو بار پاسخ داده شده است", "answers": "بندهای بی‌پاسخ: patient_records"}
    en = client.post(url, json=body, headers={**who, "Accept-Language": "en"})
    assert _messages(en) == {"answers.8.item": "operating_licence answered twice", "answers": "items not answered: patient_records"}


def test_status_on_bad_date_in_persian_and_english(client, keys, make_centre):
    c = make_centre()
    url, who = f"/v1/centers/{c['id']}/status-on", keys.headers("service", svc="claims")
    fa = client.get(url, params={"date": "next week"}, headers={**who, "Accept-Language": "fa"})
    assert _messages(fa) == {"date": "'next week' تاریخ معتبری نیست: تاریخ میلادی (2026-02-09) یا شمسی (۱۴۰۴/۱۱/۲۰) بفرستید"}
    en = client.get(url, params={"date": "next week"}, headers={**who, "Accept-Language": "en"})
    assert _messages(en)["date"].startswith("'next week' is not a date")
