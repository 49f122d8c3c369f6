"""OFL-R-HISTORY and OFL-R-COURSE over HTTP: the service's own records count whatever the physician lists, and an
approval covers a course, answered per administration date."""

from __future__ import annotations


def test_ofl_r_history_earlier_approval_counts_although_the_physician_lists_nothing(client, keys, h):
    first = client.post("/v1/requests", json=h.body(earlier_injections=[]), headers=h.physician(keys)).json()
    assert first["status"] == "approved"
    # another physician, same patient and eye, 10 days later, lists no earlier injection
    second = client.post("/v1/requests", json=h.body(planned_date="1403/02/25", earlier_injections=[]), headers=h.physician(keys, council_no="M-777")).json()
    interval = next(c for c in second["evaluation"]["criteria"] if c["id"] == "interval")
    assert second["status"] == "denied" and interval["status"] == "not_met" and "this service's records" in interval["reason"]
    # the other eye is not affected
    other = client.post(
        "/v1/requests", json=h.body(planned_date="1403/02/25", earlier_injections=[], eye="left"), headers=h.physician(keys, council_no="M-777")
    ).json()
    assert other["status"] == "approved"


def test_ofl_r_history_recorded_administration_counts_and_yearly_cap(client, keys, h):
    first = client.post("/v1/requests", json=h.body(earlier_injections=[]), headers=h.physician(keys)).json()
    svc = keys.headers("service", svc="claims")
    assert client.post(f"/v1/requests/{first['id']}/administrations", json={"date": "1403/02/20"}, headers=svc).status_code == 201
    later = client.post(
        "/v1/requests",
        json=h.body(
            planned_date="1403/03/10", earlier_injections=[], documents=[{"kind": "oct", "date": "1403/03/01"}, {"kind": "visual-acuity", "date": "1403/03/01"}]
        ),
        headers=h.physician(keys),
    ).json()
    interval = next(c for c in later["evaluation"]["criteria"] if c["id"] == "interval")
    assert interval["status"] == "not_met" and "1403/02/20" in interval["reason"]  # recorded, 20 days before
    many = [{"date": h.jdays_before(28 * k), "eye": "right"} for k in range(1, 14)]  # 13 in 364 days, each 28 days apart
    capped = client.post(
        "/v1/requests",
        json=h.body(planned_date="1403/02/15", earlier_injections=many, patient_national_code=h.national_code("008457598")),
        headers=h.physician(keys),
    ).json()
    cap = next(c for c in capped["evaluation"]["criteria"] if c["id"] == "cumulative_limit")
    assert cap["status"] == "not_met" and "would be 14 of at most 13" in cap["reason"] and capped["status"] == "denied"
    fewer = client.post(
        "/v1/requests", json=h.body(earlier_injections=many[:12], patient_national_code=h.national_code("008457599")), headers=h.physician(keys)
    ).json()
    assert fewer["status"] == "approved"


def test_ofl_r_course_consecutive_days_are_not_both_covered(client, keys, h):
    doc = client.post("/v1/requests", json=h.body(earlier_injections=[]), headers=h.physician(keys)).json()
    rid = doc["id"]
    svc = keys.headers("service", svc="claims")
    q = {"patient_national_code": h.national_code(), "drug": "bevacizumab", "eye": "right"}
    assert client.get("/v1/authorizations", params={**q, "date": "1403/02/15"}, headers=svc).json()["authorized"] is True
    nxt = client.get("/v1/authorizations", params={**q, "date": "1403/02/16"}, headers=svc).json()
    assert nxt["authorized"] is False and nxt["administration"]["covered"] is False
    r = client.post(f"/v1/requests/{rid}/administrations", json={"date": "1403/02/16"}, headers=h.physician(keys))
    assert r.status_code == 201 and r.json()["administration"]["number"] == 1  # recorded on the 16th: that one is the first
    assert client.post(f"/v1/requests/{rid}/administrations", json={"date": "1403/02/16"}, headers=svc).status_code == 409
    assert client.get("/v1/authorizations", params={**q, "date": "1403/02/15"}, headers=svc).json()["authorized"] is False
    assert client.get("/v1/authorizations", params={**q, "date": "1403/03/13"}, headers=svc).json()["administration"]["number"] == 2
    assert client.post(f"/v1/requests/{rid}/administrations", json={"date": "1403/02/20"}, headers=h.physician(keys, council_no="M-9")).status_code == 404
