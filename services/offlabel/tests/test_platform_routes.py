"""The platform routes every service serves, on a real PostgreSQL (SHR-PROV, SHR-ERR)."""


def test_healthz_and_readyz(client):
    assert client.get("/healthz").json() == {"status": "ok"}
    r = client.get("/readyz")
    assert r.status_code == 200 and r.json()["service"] == "offlabel"


def test_shr_prov_regulations_served(client):
    r = client.get("/v1/regulations", params={"service": "offlabel"})
    assert r.status_code == 200
    assert r.json()["items"], "the registry lists the letters this service applies"


def test_shr_err_unknown_route_is_problem_json(client):
    r = client.get("/v1/no-such-thing", headers={"Accept-Language": "fa"})
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("application/problem+json")
    assert r.json()["title"] == "یافت نشد"
