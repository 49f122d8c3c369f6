"""SHR-PROV for offlabel: every citation its rules can produce says what it rests on, quotes are found in the
letters, the rule-set version is locked, and REAL decisions of every decision endpoint carry honest citations."""

from __future__ import annotations

import pytest

from offlabel.provenance import LOCK_PATH, RULESET_VERSION, catalogue
from shared.catalogue import check_entries, ruleset_lock_problem


@pytest.fixture(scope="module")
def registry(letters_registry):
    return letters_registry


def test_shr_prov_offlabel_catalogue_entries_are_sound_and_quotes_found(registry):
    entries = catalogue()
    assert len(entries) > 40
    assert check_entries(entries, registry) == []
    kinds = {e.citation.authority for e in entries}
    assert kinds == {"source", "interpretation", "evidence", "configuration"}
    assert all(e.citation.text and e.citation.text_fa for e in entries)


def test_shr_prov_offlabel_ruleset_version_is_locked():
    assert ruleset_lock_problem(LOCK_PATH, RULESET_VERSION, catalogue()) is None


def test_shr_prov_offlabel_no_clinical_criterion_or_policy_is_cited_as_source():
    # Only the letters' own statements are `source`: the approval, prescribing/purchasing on guidelines, education.
    sources = [e for e in catalogue() if e.citation.authority == "source"]
    assert {e.rule_id for e in sources} == {"OFL-R", "OFL-G-APPROVAL", "OFL-I-PURCHASING", "OFL-E"}
    clinical = (
        "OFL-R-ICD",
        "OFL-R-DOSE",
        "OFL-R-COURSE",
        "OFL-R-HISTORY",
        "OFL-R-PRESCRIBER",
        "OFL-R-SETTING",
        "OFL-R-PREPARATION",
        "OFL-R-CONSENT",
        "OFL-R-DOCUMENTS",
        "OFL-R-CONTRA",
    )
    for e in catalogue():
        if e.rule_id in clinical:
            assert e.citation.authority in ("evidence", "interpretation"), e.where
            assert e.citation.number is None, e.where  # never a letter clause it is not
        if e.rule_id in ("OFL-I-AUTHORIZATION", "OFL-R-NO-GUIDELINE", "OFL-R-CRITERIA"):
            assert e.citation.authority == "interpretation" and e.citation.leans_on
        if e.rule_id == "OFL-I-POLICY":
            assert e.citation.authority == "configuration" and e.citation.provisional  # shipped defaults: nobody confirmed them
