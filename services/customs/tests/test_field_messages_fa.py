"""Issue 16 item 7: a field error speaks the answer's language (message_fa under Accept-Language: fa)."""

from __future__ import annotations

from .helpers import decl_body


def _errors(r) -> dict[str, str]:
    assert r.status_code == 422, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    assert all("message_fa" not in e for e in r.json()["errors"])  # the Persian is the message, never a second key
    return {e["field"]: e["message"] for e in r.json()["errors"]}


def test_unknown_office_and_dosage_form_messages_in_persian_and_english(client, keys):
    body = decl_body({"name": "Losartan", "dosage_form": "elixir of youth"}, customs_office="XYZ")
    fa = client.post("/v1/declarations", json=body, headers={**keys.headers("admin"), "Accept-Language": "fa"})
    assert fa.headers["content-language"] == "fa"
    msgs = _errors(fa)
    assert msgs["customs_office"].startswith("اداره گمرک 'XYZ' شناخته نیست؛") and "THR-IKA" in msgs["customs_office"]
    assert msgs["items.0.dosage_form"].startswith("شکل دارویی 'elixir of youth' شناخته نیست؛ مجاز:") and "tablet" in msgs["items.0.dosage_form"]
    en = _errors(client.post("/v1/declarations", json=body, headers={**keys.headers("admin"), "Accept-Language": "en"}))
    assert en["customs_office"].startswith("unknown customs office 'XYZ'; known:")
    assert en["items.0.dosage_form"].startswith("unknown dosage form 'elixir of youth'; accepted:")


def test_bad_verification_code_message_in_persian_and_english(client):
    fa = _errors(client.get("/v1/documents/NOT-A-CODE/verify", headers={"Accept-Language": "fa"}))
    assert fa == {"code": "۱۶ نویسه از حروف A تا Z و ارقام ۲ تا ۷"}
    en = _errors(client.get("/v1/documents/NOT-A-CODE/verify", headers={"Accept-Language": "en"}))
    assert en == {"code": "16 characters A-Z, 2-7"}


def test_precheck_item_errors_in_both_languages(client):
    body = {"items": [{"name": "Losartan", "dosage_form": "tablet", "quantity": -1}]}
    fa = client.post("/v1/precheck", json=body, headers={"Accept-Language": "fa"})
    assert "درخواست نامعتبر است: items.0.quantity: باید بزرگ‌تر از 0 باشد" == fa.json()["detail"]
    assert _errors(fa) == {"items.0.quantity": "باید بزرگ‌تر از 0 باشد"}
    en = client.post("/v1/precheck", json=body, headers={"Accept-Language": "en"})
    assert _errors(en)["items.0.quantity"].startswith("Input should be greater than 0")
