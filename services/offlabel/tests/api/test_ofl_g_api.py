"""OFL-G / OFL-E over HTTP: public catalogue, versions in force on a date, publishing by the ministry, extra files."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from offlabel.guidelines.loader import GuidelineFileError, shipped_folder
from offlabel.guidelines.models import GuidelineVersion
from offlabel.main import Settings, create_app
from shared.testing import rollback_per_test, service_settings

SHIPPED = shipped_folder() / "bevacizumab-intravitreal.v1.yaml"


def shipped() -> dict:
    return yaml.safe_load(SHIPPED.read_text(encoding="utf-8"))


def test_ofl_e_guidelines_in_force_on_a_date_with_their_letters_public(client):
    r = client.get("/v1/guidelines", params={"in_force_on": "۱۴۰۲/۰۷/۲۲"})
    assert r.status_code == 200
    items = r.json()["items"]
    assert [i["code"] for i in items] == ["bevacizumab-intravitreal"]
    g = items[0]
    assert g["effective_from_jalali"] == "1402/07/22" and g["approval"]["letter"] == "18300/400د"
    letters = {x["number"]: x for x in g["letters"]}
    assert set(letters) == {"18300/400د", "400/7515", "100/10/26406"}
    assert letters["400/7515"]["date_jalali"] == "1402/04/04" and letters["18300/400د"]["issuer"]
    assert client.get("/v1/guidelines", params={"in_force_on": "1402/07/21"}).json()["items"] == []


def test_ofl_g_guideline_detail_versions_and_provenance(client):
    r = client.get("/v1/guidelines/bevacizumab-intravitreal")
    assert r.status_code == 200
    v = r.json()["versions"][0]
    assert v["provenance"]["origin"] == "file:bevacizumab-intravitreal.v1.yaml" and len(v["provenance"]["sha256"]) == 64
    assert v["content"]["sources"] and v["content"]["indications"][0]["sources"]
    assert client.get("/v1/guidelines/no-such").status_code == 404
    assert client.get("/v1/guidelines", params={"in_force_on": "1402/13/01"}).status_code == 422


def test_ofl_g_ministry_publishes_a_new_version_used_from_its_effective_date(client, keys, h, app):
    v2 = shipped()
    v2.update(version=2, effective_from="1405/01/01")
    v2["indications"][0]["course"] = {**v2["indications"][0]["course"], "min_interval_days": 35}
    admin = keys.headers("ministry_admin", org="MOH")
    assert client.post("/v1/guidelines", json=v2, headers=h.physician(keys)).status_code == 403
    r = client.post("/v1/guidelines", json=v2, headers=admin)
    assert r.status_code == 201, r.text
    assert r.json()["provenance"]["origin"] == "published" and r.json()["decision_id"]
    assert client.post("/v1/guidelines", json=v2, headers=admin).status_code == 409
    assert client.post("/v1/guidelines", json=shipped(), headers=admin).status_code == 409
    versions = client.get("/v1/guidelines/bevacizumab-intravitreal").json()["versions"]
    assert [v["version"] for v in versions] == [2, 1]
    # A request for 1405/01/10 is evaluated under v2 (35-day interval); one for 1404/12/20 under v1.
    late = h.body(
        planned_date="1405/01/10",
        earlier_injections=[{"date": h.jdays_before(30, "1405/01/10"), "eye": "right"}],
        documents=[{"kind": "oct", "date": "1405/01/05"}, {"kind": "visual-acuity", "date": "1405/01/05"}],
        informed_consent={"obtained": True, "date": "1405/01/09"},
    )
    ev = client.post("/v1/requests", json=late, headers=h.physician(keys)).json()["evaluation"]
    assert ev["guideline"]["version"] == 2 and ev["outcome"] == "denied"
    assert next(c for c in ev["criteria"] if c["id"] == "interval")["status"] == "not_met"
    early = {
        **late,
        "planned_date": "1404/12/20",
        "earlier_injections": [{"date": h.jdays_before(30, "1404/12/20"), "eye": "right"}],
        "documents": [{"kind": "oct", "date": "1404/12/15"}, {"kind": "visual-acuity", "date": "1404/12/15"}],
        "informed_consent": {"obtained": True, "date": "1404/12/19"},
    }
    ev = client.post("/v1/requests", json=early, headers=h.physician(keys)).json()["evaluation"]
    assert ev["guideline"]["version"] == 1 and ev["outcome"] == "approved"
    assert client.get("/v1/guidelines", params={"in_force_on": "1405/02/01"}).json()["items"][0]["version"] == 2


def test_ofl_g_malformed_publication_is_422_and_nothing_stored(client, keys, app):
    admin = keys.headers("ministry_admin", org="MOH")
    bad = shipped()
    bad.update(version=3)
    bad["indications"][0]["sources"] = ["made-up-trial"]
    r = client.post("/v1/guidelines", json=bad, headers=admin)
    assert r.status_code == 422 and "unknown source ids" in r.text
    letter = shipped()
    letter.update(version=3)
    letter["approval"]["letter"] = "12345/999"
    r = client.post("/v1/guidelines", json=letter, headers=admin)
    assert r.status_code == 422 and "not in the regulation registry" in r.json()["detail"]
    with app.state.sessionmaker() as s:
        assert s.execute(select(func.count()).select_from(GuidelineVersion)).scalar_one() == 0


def _app_with_extra(db_url, keys, tmp_path: Path, extra: Path):
    return create_app(service_settings(Settings, db_url, keys, tmp_path, guidelines_extra_path=str(extra)))


def test_ofl_g_guideline_written_only_for_this_test_is_served_and_applied_without_code_change(db_url, keys, tmp_path, h):
    folder = tmp_path / "guidelines"
    folder.mkdir()
    data = shipped()
    data.update(code="testumab-intravitreal", title="Test-only guideline", effective_from="1403/01/01")
    data["drug"] = {"inn": "testumab", "names": []}
    data["indications"] = [{**data["indications"][0], "dose": {"max": 0.5, "unit": "mg"}}]
    data["documents"] = [{**d, "applies_to": ["namd"]} for d in data["documents"][:2]]
    data["care_setting"]["allowed"] = data["care_setting"]["allowed"][:2]
    (folder / "testumab.v1.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    app2 = _app_with_extra(db_url, keys, tmp_path, folder)
    with TestClient(app2) as c2, rollback_per_test(app2):
        codes = {i["code"] for i in c2.get("/v1/guidelines").json()["items"]}
        assert codes == {"bevacizumab-intravitreal", "testumab-intravitreal"}
        ev = c2.post("/v1/requests", json=h.body(drug="testumab", dose_mg="1.25"), headers=h.physician(keys)).json()["evaluation"]
        assert ev["guideline"]["code"] == "testumab-intravitreal"
        assert next(c for c in ev["criteria"] if c["id"] == "dose")["status"] == "not_met"  # 0.5 mg in the test file
        ev = c2.post("/v1/requests", json=h.body(drug="testumab", dose_mg="0.5"), headers=h.physician(keys)).json()["evaluation"]
        assert ev["outcome"] == "approved"


def test_ofl_g_service_refuses_to_start_with_a_malformed_extra_guideline(db_url, keys, tmp_path):
    folder = tmp_path / "bad"
    folder.mkdir()
    data = shipped()
    data.update(code="broken", version=1)
    del data["prescriber"]
    (folder / "broken.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    app2 = _app_with_extra(db_url, keys, tmp_path, folder)
    with pytest.raises(GuidelineFileError, match=r"broken\.yaml.*prescriber: Field required"):
        with TestClient(app2):
            pass


def test_ofl_g_file_colliding_with_a_published_version_is_ignored_never_two_texts(db_url, keys, tmp_path, h):
    """A version published over the API stays authoritative if a file with the same code+version appears later."""
    from datetime import datetime, timezone

    from offlabel.guidelines.loader import content_hash, parse_guideline
    from offlabel.guidelines.service import guideline_content

    folder = tmp_path / "collide"
    folder.mkdir()
    file_v2 = shipped()
    file_v2.update(version=2, effective_from="1404/01/01", title="v2 from a file")
    (folder / "v2.yaml").write_text(yaml.safe_dump(file_v2, allow_unicode=True), encoding="utf-8")
    app2 = _app_with_extra(db_url, keys, tmp_path, folder)
    with TestClient(app2) as c2, rollback_per_test(app2):
        published = shipped()
        published.update(version=2, effective_from="1404/01/01", title="v2 as published")
        g = parse_guideline(published, "test")
        content = guideline_content(g)
        with app2.state.sessionmaker() as s:
            s.add(
                GuidelineVersion(
                    code=g.code,
                    version=2,
                    drug_inn="bevacizumab",
                    effective_from=g.effective_from,
                    content=content,
                    content_sha256=content_hash(content),
                    published_by="ministry",
                    published_at=datetime.now(timezone.utc),
                )
            )
            s.commit()
        versions = c2.get("/v1/guidelines/bevacizumab-intravitreal").json()["versions"]
        v2 = [v for v in versions if v["version"] == 2]
        assert len(v2) == 1 and v2[0]["title"] == "v2 as published" and v2[0]["provenance"]["origin"] == "published"
