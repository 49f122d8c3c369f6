"""OFL-G: guidelines are versioned data files, validated on load; a new guideline is a new file, no code change."""

from __future__ import annotations

import copy
import datetime as dt
from pathlib import Path

import pytest
import yaml

from offlabel.guidelines.loader import GuidelineFileError, check_letters, load_guideline_file, load_guideline_files, shipped_folder
from offlabel.main import Settings
from shared.provenance import RegulationRegistry

SHIPPED = shipped_folder() / "bevacizumab-intravitreal.v1.yaml"


def shipped_data() -> dict:
    return yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))


def write(tmp_path: Path, data, name: str = "g.yaml") -> Path:
    p = tmp_path / name
    p.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False) if not isinstance(data, str) else data, encoding="utf-8")
    return p


def test_ofl_g_shipped_bevacizumab_loads_with_letter_and_effective_date():
    lg = load_guideline_file(SHIPPED)
    g = lg.guideline
    assert (g.code, g.version, g.drug.inn, g.route) == ("bevacizumab-intravitreal", 1, "bevacizumab", "intravitreal")
    assert g.approval.letter == "18300/400د" and g.approval.under == "400/7515"
    assert g.approval.date == dt.date(2023, 10, 14)  # 1402/07/22
    assert g.approval.under_date == dt.date(2023, 6, 25)  # 1402/04/04
    assert g.effective_from_jalali == "1402/07/22"
    assert {i.id for i in g.indications} == {"namd", "dme", "rvo-me", "pdr", "nvg", "mcnv", "rop"}
    rop = next(i for i in g.indications if i.id == "rop")
    namd = next(i for i in g.indications if i.id == "namd")
    assert rop.dose.max < namd.dose.max == 1.25 and str(namd.dose.volume_ml) == "0.05" and namd.dose.unit == "mg"
    assert (namd.course.administrations, namd.course.min_interval_days) == (3, 28) and g.body_site.values == ["right", "left"]
    assert "ocular-periocular-infection" in {c.code for c in g.contraindications.absolute}
    assert {p.code for p in g.preparation.allowed} == {"single-use-vial", "sterile-compounded-syringe"}
    assert lg.origin.startswith("file:") and len(lg.sha256) == 64


def test_ofl_g_every_clinical_criterion_of_shipped_guideline_names_a_declared_source():
    g = load_guideline_file(SHIPPED).guideline
    declared = {s.id for s in g.sources}
    criteria = [g.prescriber, g.care_setting, g.preparation, g.informed_consent, *g.indications, *g.documents]
    criteria += [*g.contraindications.absolute, *g.contraindications.relative]
    for c in criteria:
        assert c.sources and set(c.sources) <= declared
    # Published sources carry a DOI or a URL; platform choices say why; no criterion cites a letter.
    assert all(len(s.citation) > 10 for s in g.sources)
    assert all((s.doi or s.url) if s.kind != "platform_choice" else s.reason for s in g.sources)
    assert not any("18300" in s.citation or "400/7515" in s.citation for s in g.sources)


def test_shr_prov_shipped_guideline_letters_are_in_the_registry():
    check_letters(load_guideline_file(SHIPPED).guideline, RegulationRegistry.load(), "shipped")


def test_shr_prov_guideline_citing_an_unknown_letter_is_refused():
    data = shipped_data()
    data["approval"]["letter"] = "999/1"
    from offlabel.guidelines.loader import parse_guideline

    with pytest.raises(GuidelineFileError, match="999/1.*not in the regulation registry"):
        check_letters(parse_guideline(data, "t"), RegulationRegistry.load(), "t")


@pytest.mark.parametrize(
    "mutate, message",
    [
        (lambda d: d["indications"][0].update(sources=[]), r"indications\.0\.sources"),
        (lambda d: d["indications"][0].update(sources=["no-such-source"]), r"unknown source ids \['no-such-source'\]"),
        (lambda d: d["indications"][0].update(icd10=["not a code"]), r"not an ICD-10 code"),
        (lambda d: d.update(effective_from="1402/12/30"), r"effective_from: .*not a day of the Jalali calendar"),
        (lambda d: d.update(dosage="1.25 mg"), r"dosage: Extra inputs are not permitted"),
        (lambda d: d.pop("approval"), r"approval: Field required"),
        (lambda d: d["documents"][0].update(applies_to=["glaucoma-x"]), r"unknown indications \['glaucoma-x'\]"),
        (lambda d: d["indications"][0].update(max_dose_mg=-1), r"max_dose_mg"),
    ],
)
def test_ofl_g_malformed_guideline_file_is_refused_with_a_clear_message(tmp_path, mutate, message):
    data = copy.deepcopy(shipped_data())
    mutate(data)
    path = write(tmp_path, data)
    with pytest.raises(GuidelineFileError, match=message) as exc:
        load_guideline_file(path)
    assert str(path) in str(exc.value)


def test_ofl_g_not_a_mapping_or_not_yaml_is_refused(tmp_path):
    with pytest.raises(GuidelineFileError, match="must be a mapping"):
        load_guideline_file(write(tmp_path, "- just\n- a list\n"))
    with pytest.raises(GuidelineFileError, match="cannot read a YAML guideline"):
        load_guideline_file(write(tmp_path, "code: [unclosed\n", "bad.yaml"))


def test_ofl_g_the_same_code_and_version_twice_is_refused(tmp_path):
    write(tmp_path, shipped_data(), "copy.yaml")
    with pytest.raises(GuidelineFileError, match="already defined"):
        load_guideline_files(tmp_path)


def test_ofl_g_new_guideline_written_only_for_this_test_loads_from_extra_path_setting(tmp_path, monkeypatch):
    """A new guideline (another drug) and a new version of the shipped one are files in a folder: no code change."""
    data = shipped_data()
    data.update(code="ranibizumab-test-only", version=1, title="Test-only guideline")
    data["drug"] = {"inn": "testumab", "names": ["تست‌اومب"]}
    write(tmp_path, data, "testumab.v1.yaml")
    v2 = shipped_data()
    v2.update(version=2, effective_from="1405/01/01")
    write(tmp_path, v2, "bevacizumab-intravitreal.v2.yaml")
    monkeypatch.setenv("OFFLABEL_GUIDELINES_EXTRA_PATH", str(tmp_path))
    loaded = load_guideline_files(Settings().guidelines_extra_path)
    keys = {lg.key for lg in loaded}
    assert keys == {("bevacizumab-intravitreal", 1), ("bevacizumab-intravitreal", 2), ("ranibizumab-test-only", 1)}
    test_only = next(lg for lg in loaded if lg.key[0] == "ranibizumab-test-only")
    assert test_only.guideline.drug.inn == "testumab" and test_only.origin == "file:testumab.v1.yaml"


def test_ofl_g_extra_path_that_does_not_exist_is_refused(tmp_path):
    with pytest.raises(GuidelineFileError, match="does not exist"):
        load_guideline_files(tmp_path / "nope")


def test_ofl_r_icd_shipped_code_set_is_exactly_the_locked_maintained_package():
    """OFL-R-ICD: data/icd10cm.tsv.gz is what `python -m offlabel.icd10 build` makes from simple-icd-10-cm (uv.lock)."""
    from importlib import resources

    from offlabel import icd10

    shipped = resources.files("offlabel.data").joinpath(icd10.DATA_FILE).read_bytes()
    assert shipped == icd10.build(), "rebuild with: .venv/bin/python -m offlabel.icd10 build"
    assert icd10.origin().startswith("simple-icd-10-cm ")
    assert icd10.relation("H35.3211", ["H35.32"]) == "within" and icd10.relation("H35.3", ["H35.32"]) == "broader"
    assert icd10.relation("H44.131", ["H44.1"], ["H44.13"]) == "excluded" and icd10.relation("H36.0", ["H35.32"]) == "unknown"
