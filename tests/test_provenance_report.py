"""SHR-PROV: `make provenance` finds the tests named by a rule id, and fails on a quote its letter does not hold."""

import importlib.util
from pathlib import Path

import pytest

from shared.catalogue import CatalogueEntry
from shared.provenance import source

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def report():
    spec = importlib.util.spec_from_file_location("provenance_report", ROOT / "scripts" / "provenance.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_shr_prov_report_slugs_and_test_names(report):
    assert report.slug("CUS-6.3.1") == "cus_6_3_1" and report.slug("CLM-A5") == "clm_a5"
    tests = [
        ("a::test_cus_6_3_1_controlled", "test_cus_6_3_1_controlled"),
        ("b::test_cus_6_3_refused", "test_cus_6_3_refused"),
        ("c::test_other", "test_other CLM-A5 counts from receipt"),
        ("d::test_clm_a50", "test_clm_a50"),
    ]
    assert report.tests_for("CUS-6.3.1", tests) == ["a::test_cus_6_3_1_controlled"]
    assert report.tests_for("CUS-6.3", tests) == ["b::test_cus_6_3_refused"]  # not the 6.3.1 test
    assert report.tests_for("CLM-A5", tests) == ["c::test_other"]  # by docstring, not clm_a50


def test_shr_prov_report_finds_rule_ids_in_code(report):
    ids = report.code_rule_ids()
    assert {"SHR-PROV", "INS-R"} <= ids


def test_shr_prov_report_fails_on_a_quote_not_in_its_letter(report, monkeypatch, capsys, tmp_path):
    good = CatalogueEntry("INS-R", source("100/10/74585", "همچنان مجاز و ضروری میباشد", "remain permitted"), "x")
    bad = CatalogueEntry("INS-R", source("100/70/38754", "همچنان مجاز و ضروری میباشد", "remain permitted"), "y")
    from shared.catalogue import record_lock

    lock = tmp_path / "ruleset.lock"
    record_lock(lock, "v1", [good])
    monkeypatch.setattr(report, "SERVICES", ("inspections",))
    monkeypatch.setattr(report, "service_catalogue", lambda s: ([good], "v1", lock))
    assert report.main(["--quiet"]) == 0
    monkeypatch.setattr(report, "service_catalogue", lambda s: ([good, bad], "v1", lock))
    assert report.main([]) == 1
    out = capsys.readouterr().out
    assert "not in the text of 100/70/38754" in out and "not bumped" in out


def test_shr_prov_every_service_catalogue_is_clean(report, capsys):
    """The real catalogues of the four services: every quote in its letter, every rule set recorded (what CI runs)."""
    assert report.main(["--quiet"]) == 0, capsys.readouterr().out
    out = capsys.readouterr().out
    assert "0 problem(s)" in out and "in 4 catalogues" in out
