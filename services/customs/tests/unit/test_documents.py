"""customs.documents, the pure parts: Persian vocabulary, verification codes, content negotiation (no database)."""

from __future__ import annotations

import csv
from pathlib import Path
from types import SimpleNamespace

import pytest

from customs.documents import rules
from customs.documents.labels import DOSAGE_FORM_FA, clause_fa, rule_topic_fa
from customs.documents.router import HTML, PDF, NotAcceptable, choose_media

DATA = Path(__file__).resolve().parents[2] / "src" / "customs" / "data"


def test_every_dosage_form_the_service_knows_has_a_persian_name():
    codes = {row["code"] for row in csv.DictReader((DATA / "dosage_forms.csv").open(encoding="utf-8"))}
    assert codes and codes <= set(DOSAGE_FORM_FA)


def test_rule_topics_take_the_longest_prefix_and_clauses_lose_their_english_words():
    assert rule_topic_fa("CUS-6.3.1") == "داروهای تحت کنترل"
    assert rule_topic_fa("CUS-6.2-PRESCRIPTION") == "نسخه پزشک"
    assert rule_topic_fa("CUS-6.1.4") == "واردات توسط شخص حقوقی"
    assert rule_topic_fa("XYZ-1") == "ضابطه"
    assert clause_fa("6.4.3 note") == "6.4.3 تبصره" and clause_fa("cover") == "صفحه نخست"


def test_code_is_an_hmac_of_the_canonical_content():
    content = {"kind": "clearance_letter", "number": "GIO-CL/1404/00001", "items": [{"name": "قرص", "quantity": 3}]}
    a = rules.document_code(b"k1", content)
    assert rules.CODE_RE.match(a)
    assert rules.document_code(b"k1", dict(reversed(list(content.items())))) == a  # key order does not matter
    assert rules.document_code(b"k2", content) != a  # another key, another code
    assert rules.document_code(b"k1", {**content, "items": [{"name": "قرص", "quantity": 4}]}) != a


@pytest.mark.parametrize(
    ("raw", "parsed"),
    [
        ("ABCD-EFGH-IJKL-MNOP", "ABCDEFGHIJKLMNOP"),
        ("abcd efgh ijkl mnop", "ABCDEFGHIJKLMNOP"),
        ("ABCD-EFGH-IJKL-MN۲۳", "ABCDEFGHIJKLMN23"),
        ("ABCD-EFGH-IJKL-MN01", None),  # 0 and 1 are not base32
        ("ABCD", None),
        ("", None),
    ],
)
def test_parse_code(raw, parsed):
    assert rules.parse_code(raw) == parsed


def _req(accept: str | None):
    return SimpleNamespace(headers={"accept": accept} if accept is not None else {})


@pytest.mark.parametrize(
    ("accept", "media"),
    [
        (None, HTML),
        ("", HTML),
        ("*/*", HTML),
        ("text/html,application/xhtml+xml,*/*;q=0.8", HTML),
        ("application/pdf", PDF),
        ("application/*", PDF),
        ("text/html;q=0.4, application/pdf;q=0.9", PDF),
        ("text/*", HTML),
    ],
)
def test_negotiation(accept, media):
    assert choose_media(_req(accept), None) == media


def test_negotiation_refuses_what_it_cannot_give_and_format_wins():
    with pytest.raises(NotAcceptable):
        choose_media(_req("application/json"), None)
    with pytest.raises(NotAcceptable):
        choose_media(_req("text/html;q=0, application/pdf;q=0"), None)
    assert choose_media(_req("application/json"), "pdf") == PDF


def test_public_view_masks_the_owner():
    content = {
        "kind": "export_permit",
        "number": "GIO-EX/1404/00001",
        "date": "2025-11-01",
        "office": "THR-IKA",
        "state": "issued",
        "owner": {"national_code": "0084575948"},
        "items": [{"index": 0, "name": "x", "dosage_form": "tablet", "quantity": 2, "unit": "pack"}],
    }
    fa, en = rules.public_view(content, True), rules.public_view(content, False)
    assert fa["owner_identity_masked"] == "00******48" and fa["state_label"] == "صادر شده" and en["state_label"] == "issued"
    assert fa["items"][0]["dosage_form_label"] == "قرص" and fa["date_jalali"] == "1404/08/10"
