"""SHR-PROV: letter-number canonicalisation and the regulation registry."""

import pytest

from shared.jalali import parse_date
from shared.provenance import InvalidLetterNumber, RegulationRegistry, parse_letter_number


@pytest.mark.parametrize(
    "raw, canonical",
    [
        ("100/10/74585", "100/10/74585"),
        ("۱۰۰/۱۰/۷۴۵۸۵", "100/10/74585"),
        ("400/10262/د", "400/10262/د"),
        ("۴۰۰/۱۰۲۶۲/د", "400/10262/د"),
        ("18300/400د", "18300/400د"),
        ("۰۰/۲۰۱۸۴۸/ص", "00/201848/ص"),
        ("٠٠/٢٠١٨٤٨/ص", "00/201848/ص"),
        ("۲۶۴۰۶ / ۱۰ / ۱۰۰", "100/10/26406"),  # right-to-left extraction, reversed
        ("د/10262/400", "400/10262/د"),
        ("sop-dpna-gio-020", "SOP-DPNA-GIO-020"),
        ("1400/684248", "1400/684248"),
    ],
)
def test_shr_prov_canonical_letter_numbers(raw, canonical):
    n = parse_letter_number(raw)
    assert n.canonical == canonical
    assert n.raw == raw  # the raw text is kept beside the canonical form


def test_shr_prov_suffix_forms_share_a_key():
    assert parse_letter_number("18300/400د").key == parse_letter_number("18300/400/د").key


@pytest.mark.parametrize("raw", ["", "   ", "hello world", "12/د/34", "100//10"])
def test_shr_prov_rejects_non_numbers(raw):
    with pytest.raises(InvalidLetterNumber):
        parse_letter_number(raw)


@pytest.fixture(scope="module")
def registry():
    return RegulationRegistry.load()


def test_shr_prov_registry_holds_every_letter_spec_names(registry):
    for number in [
        "SOP-DPNA-GIO-020",
        "FRM-DPNA-GIO-057",
        "665/19454",
        "00/201848/ص",
        "1400/684248",
        "8646/د",
        "21523",
        "1000/99/9958",
        "1100/99/1236",
        "1100/93/435",
        "1000/93/5193",
        "1000/98/13476",
        "400/7515",
        "18300/400د",
        "100/10/26406",
        "661/2897",
        "400/10262/د",
        "100/10/34573",
        "100/70/38754",
        "100/10/74585",
        "512/1805/د",
        "28/36/222849",
    ]:
        assert registry.find(number) is not None, number


def test_shr_prov_in_force_on_a_date(registry):
    sop = registry.get("SOP-DPNA-GIO-020")
    assert sop.in_force(parse_date("1400/05/31"))
    assert not sop.in_force(parse_date("1401/10/16"))  # past its validity date
    assert not sop.in_force(parse_date("1399/10/14"))
    before = {r.number for r in registry.in_force(parse_date("1404/11/19"), "inspections")}
    after = {r.number for r in registry.in_force(parse_date("1404/11/20"), "inspections")}
    assert "100/10/74585" not in before and "100/10/74585" in after


def test_shr_prov_relations_and_reverse_lookup(registry):
    clarifier = registry.get("100/10/74585")
    assert {(r.type, r.target) for r in clarifier.relations} >= {("clarifies", "100/70/38754"), ("narrows", "400/10262/د")}
    pointing = {(t, r.number) for t, r in registry.related("400/10262/د")}
    assert ("forwards", "100/70/38754") in pointing


def test_shr_prov_registry_extendable_without_code(tmp_path):
    (tmp_path / "new.yaml").write_text(
        "regulations:\n  - {number: '۱۲۳/۴۵۶/د', date: 1405/02/01, issuer: Test ministry, subject: a new letter}\n", encoding="utf-8"
    )
    reg = RegulationRegistry.load([tmp_path])
    assert reg.get("123/456/د").subject == "a new letter"
    assert reg.version != RegulationRegistry.load().version


def test_shr_prov_citation_carries_jalali_date(registry):
    c = registry.cite("100/10/74585", "INS-R", "approved research stays permitted")
    assert c.model_dump(mode="json")["date_jalali"] == "1404/11/20"
