"""Input robustness of claims (SHR-ERR): nulls, huge offsets and NUL characters are 422 problem+json and store nothing."""

import pytest
from sqlalchemy import func, select

from claims.agencies.models import Agency, ReviewOffice
from claims.cases.models import Case

from .conftest import AG


def _problem(r, status=422):
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith("application/problem+json")
    return r.json()


@pytest.mark.parametrize("field", ["office_closes", "licence_status", "closes_thursday", "review_office_code"])
def test_shr_err_agency_patch_null_is_422_and_changes_nothing(client, setup, admin, db_session, field):
    r = client.get(f"/v1/agencies/{AG}", headers=admin)
    before = r.json()
    p = _problem(client.patch(f"/v1/agencies/{AG}", json={field: None}, headers={**admin, "If-Match": r.headers["etag"]}))
    assert any(e["field"] == field for e in p["errors"]), p
    after = client.get(f"/v1/agencies/{AG}", headers=admin)
    assert after.json() == before and after.headers["etag"] == r.headers["etag"]


def test_agency_patch_of_one_field_keeps_the_others(client, setup, admin):
    r = client.get(f"/v1/agencies/{AG}", headers=admin)
    ok = client.patch(f"/v1/agencies/{AG}", json={"office_closes": "15:30"}, headers={**admin, "If-Match": r.headers["etag"]})
    assert ok.status_code == 200, ok.text
    assert ok.json()["office_closes"] == "15:30" and ok.json()["licence_status"] == r.json()["licence_status"]


@pytest.mark.parametrize("path", ["/v1/agencies", f"/v1/agencies/{AG}/cases", f"/v1/agencies/{AG}/trainings", "/v1/insured/cases"])
@pytest.mark.parametrize("query", ["offset=9223372036854775808", "offset=10000000", "offset=-1", "limit=0", "limit=100000"])
def test_shr_err_list_offset_and_limit_out_of_bounds_are_422(client, setup, keys, path, query):
    h = keys.headers("insured", national_code="0012345679") if "insured" in path else keys.headers("admin", org="SSO")
    p = _problem(client.get(f"{path}?{query}", headers=h))
    assert p["errors"][0]["field"] in ("query.offset", "query.limit"), p


def test_shr_err_fees_offset_beyond_bound_is_422(client, setup, admin):
    _problem(client.get(f"/v1/agencies/{AG}/fees?year=1404&month=8&offset=9223372036854775808", headers=admin))


def test_shr_err_nul_in_body_is_422_and_nothing_stored(client, setup, admin, db_session):
    _problem(client.post("/v1/review-offices", json={"code": "RO-NUL-1", "name": "office\u0000x", "province": "THR"}, headers=admin))
    body = {"code": "AG-NUL-1", "name": "agency\x00", "province": "THR", "review_office_code": "RO-THR-1"}
    _problem(client.post("/v1/agencies", json=body, headers=admin))
    assert db_session.get(ReviewOffice, "RO-NUL-1") is None and db_session.get(Agency, "AG-NUL-1") is None


def test_shr_err_nul_in_case_and_query_is_422(client, setup, staff, body, db_session):
    _problem(client.post("/v1/cases", json=body(7, centre_name="بیمارستان\x00"), headers=staff))
    assert db_session.scalar(select(func.count()).select_from(Case)) == 0
    _problem(client.get("/v1/agencies?province=TH%00R", headers=staff))
    _problem(client.get("/v1/agencies/AG%00X", headers=staff))


def test_escaped_backslash_u0000_text_is_not_a_nul(client, setup, admin, db_session):
    r = client.post("/v1/review-offices", json={"code": "RO-BSL-1", "name": "office \\u0000 literal", "province": "THR"}, headers=admin)
    assert r.status_code == 201, r.text
    assert db_session.get(ReviewOffice, "RO-BSL-1").name == "office \\u0000 literal"


def test_fees_csv_has_rfc6266_filename(client, setup, admin):
    r = client.get(f"/v1/agencies/{AG}/fees?year=1404&month=8&format=csv", headers=admin)
    assert r.status_code == 200, r.text
    cd = r.headers["content-disposition"]
    assert 'filename="fees-AG-THR-001-1404-08.csv"' in cd and "filename*=UTF-8''fees-AG-THR-001-1404-08.csv" in cd


def test_shr_err_case_correction_with_each_field_null_is_never_a_500(client, setup, staff, reviewer, register, advance):
    """CLM-A7 corrections: a null either clears a nullable field or is 422; none is a 500."""
    from claims.cases.schemas import CaseCorrection

    c = register(61)
    s = advance(c)
    ret = client.post(
        f"/v1/cases/{c['id']}/review",
        json={"outcome": "returned", "reason_codes": ["data_entry_error"], "text": "اصلاح لازم است"},
        headers={**reviewer, "If-Match": f'"{s["version"]}"'},
    )
    assert ret.status_code == 200, ret.text
    version = ret.json()["version"]
    for field in sorted(set(CaseCorrection.model_fields) - {"note"}):
        r = client.patch(f"/v1/cases/{c['id']}", json={"note": f"{field} cleared", field: None}, headers={**staff, "If-Match": f'"{version}"'})
        assert r.status_code in (200, 422), (field, r.status_code, r.text)
        assert r.headers["content-type"].startswith("application/problem+json" if r.status_code == 422 else "application/json")
        version = client.get(f"/v1/cases/{c['id']}", headers=staff).json()["version"]
