"""SHR-PROV: the letters' own text in the registry, citations that say what they rest on, quotes checked."""

import pytest
from pydantic import ValidationError

from shared.catalogue import CatalogueEntry, check_entries, check_payload, fingerprint, record_lock, ruleset_lock_problem
from shared.provenance import Citation, RegulationRegistry, basis_provisional, interpretation, source
from shared.sources import cut_letter, match_form, quote_in

SEED_LETTERS = [
    "SOP-DPNA-GIO-020",
    "FRM-DPNA-GIO-057",
    "665/19454",
    "00/201848/ص",
    "1400/684248",
    "8646/د",
    "21523",
    "1000/99/9958",
    "400/7515",
    "18300/400د",
    "100/10/26406",
    "400/10262/د",
    "100/10/34573",
    "100/70/38754",
    "100/10/74585",
    "28/36/222849",
]


@pytest.fixture(scope="module")
def registry(letters_registry):
    return letters_registry


def test_shr_prov_every_seed_letter_has_its_own_text(registry):
    for number in SEED_LETTERS:
        reg = registry.get(number)
        assert reg.letter_text, number
        view = reg.text_view()
        assert view["text_available"] and view["text_origin"].startswith("seed ")
        assert view["text_normalized"] == match_form(reg.letter_text)


def test_shr_prov_letters_known_only_through_others_have_no_text(registry):
    # 661/2897 and 512/1805/د are cited by other letters; their own text is not in the seeds.
    for number in ("661/2897", "512/1805/د", "00/201206/ص"):
        assert registry.get(number).letter_text is None


def test_shr_prov_a_quote_is_checked_against_its_own_letter_not_its_neighbours(registry):
    words = "همچنان مجاز و ضروری میباشد"
    assert registry.quote_found("100/10/74585", words) is True
    # the same seed file holds 100/70/38754, which does not say this
    assert registry.quote_found("100/70/38754", words) is False
    assert registry.quote_found("661/2897", "هیچ گونه مجوزی") is None  # text not available: cannot be checked


def test_shr_prov_matching_ignores_letter_variants_zwnj_digits_and_line_breaks(registry):
    # seed 001 writes Arabic kaf and yeh and breaks lines inside sentences
    assert registry.quote_found("400/7515", "سازمان های بیمه گر نیز بر اساس محصولات دانشی اقدام به خرید راهبردی نمایند")
    assert quote_in("بیمه\u200cگر ۱۲", "بيمه گر 12")
    assert not quote_in("بیمه گر", "")


def test_shr_prov_cut_letter_refuses_missing_markers():
    with pytest.raises(ValueError):
        cut_letter("alpha beta gamma", "delta", None)
    with pytest.raises(ValueError):
        cut_letter("alpha beta gamma", "beta", "alpha")
    assert cut_letter("alpha beta gamma", "beta", "gamma") == "beta gamma"


def test_shr_prov_a_letter_added_as_data_carries_its_text(tmp_path):
    (tmp_path / "new.yaml").write_text(
        "regulations:\n  - number: '۱۲۳/۴۵۶/د'\n    date: 1405/02/01\n    issuer: Test ministry\n    subject: a new letter\n"
        "    text: |\n      متن نامه: ارسال دارو ممنوع است.\n",
        encoding="utf-8",
    )
    reg = RegulationRegistry.load([tmp_path], sources_dir=None)
    assert reg.quote_found("123/456/د", "ارسال دارو ممنوع است") is True
    assert reg.get("123/456/د").text_view()["text_origin"] == "record"


def test_shr_prov_a_source_citation_needs_a_quote_and_an_interpretation_a_reason():
    with pytest.raises(ValidationError):
        Citation(number="100/10/74585", text="x", authority="source")
    with pytest.raises(ValidationError):
        Citation(text="x", authority="interpretation")
    with pytest.raises(ValidationError):
        Citation(text="x", authority="evidence")
    with pytest.raises(ValidationError):
        Citation(text="x", authority="evidence", evidence=[{"title": "a trial"}])  # neither DOI nor URL
    with pytest.raises(ValidationError):
        Citation(text="x", authority="configuration")
    with pytest.raises(ValidationError):
        Citation(number="1", text="x", authority="source", quote="و" * 401)  # a sentence or less
    c = Citation(text="x", authority="evidence", evidence=[{"title": "a trial", "doi": "10.1/abc"}])
    assert c.evidence[0].doi == "10.1/abc"


def test_shr_prov_unconfirmed_configuration_is_provisional():
    draft = Citation(clause="P1", text="fee", authority="configuration", configuration={"published_by": "platform defaults"})
    confirmed = Citation(
        clause="P1", text="fee", authority="configuration", configuration={"published_by": "review office 12", "confirmed": True, "version": "v3"}
    )
    letter = source("1000/99/9958", "کارگزاری", "the circular")
    assert draft.provisional and not confirmed.provisional and not letter.provisional
    reasons = basis_provisional([letter, draft, confirmed])
    assert len(reasons) == 1 and "platform defaults" in reasons[0]


def test_shr_prov_check_entries_reports_each_kind_of_fault(registry):
    good = CatalogueEntry("INS-R", source("100/10/74585", "همچنان مجاز و ضروری میباشد", "remain permitted"), "t:1")
    wrong_letter = CatalogueEntry("INS-R", source("100/70/38754", "همچنان مجاز و ضروری میباشد", "remain permitted"), "t:2")
    no_text = CatalogueEntry("INS-R", source("661/2897", "هیچ گونه مجوزی", "no permit"), "t:3")
    silent = CatalogueEntry("X1", Citation(number="400/7515", text="policy"), "t:4")
    reading = CatalogueEntry("X1", interpretation("policy", "the letters oblige strategic purchasing", leans_on=["400/7515"]), "t:5")
    problems = check_entries([good, wrong_letter, no_text, silent, reading], registry)
    assert len(problems) == 3
    assert problems[0].startswith("t:2") and "not in the text of 100/70/38754" in problems[0]
    assert problems[1].startswith("t:3") and "not available" in problems[1]
    assert problems[2].startswith("t:4") and "authority" in problems[2]


def test_shr_prov_check_payload_walks_every_basis_in_an_answer(registry):
    answer = {
        "outcome": "permitted",
        "basis": [source("100/10/74585", "همچنان مجاز و ضروری میباشد", "remain permitted").model_dump(mode="json")],
        "items": [{"item_basis": [{"number": "100/70/38754", "text": "ban", "authority": "source", "quote": "همچنان مجاز"}]}],
    }
    count, problems = check_payload(answer, registry)
    assert count == 2
    assert len(problems) == 1 and "100/70/38754" in problems[0]


def test_shr_prov_a_changed_rule_needs_a_new_ruleset_version(tmp_path):
    lock = tmp_path / "ruleset.lock"
    v1 = [CatalogueEntry("INS-R", source("100/10/74585", "همچنان مجاز", "remain permitted"), "t")]
    changed = [CatalogueEntry("INS-R", source("100/10/74585", "همچنان مجاز و ضروری", "remain permitted"), "t")]
    assert "not recorded" in ruleset_lock_problem(lock, "r1", v1)
    assert record_lock(lock, "r1", v1)
    assert ruleset_lock_problem(lock, "r1", v1) is None
    assert fingerprint(v1) != fingerprint(changed)
    assert "not bumped" in ruleset_lock_problem(lock, "r1", changed)
    with pytest.raises(ValueError):
        record_lock(lock, "r1", changed)  # a released version is never rewritten
    assert record_lock(lock, "r2", changed) and ruleset_lock_problem(lock, "r2", changed) is None
