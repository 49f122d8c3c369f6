"""The OpenAPI document declares every route's problem statuses and has no dangling references."""

from __future__ import annotations

import json
import re


def test_shr_err_openapi_declares_statuses_and_resolves_refs(client):
    doc = client.get("/openapi.json").json()
    comps = set(doc["components"]["schemas"])
    refs = set(re.findall(r'"\$ref": "#/components/schemas/([^"]+)"', json.dumps(doc)))
    assert refs <= comps
    post = doc["paths"]["/v1/centers/{center_id}/inspections"]["post"]
    assert {"413", "422", "404"} <= set(post["responses"])
    assert {"application/json", "multipart/form-data"} <= set(post["requestBody"]["content"])
    assert "429" in doc["paths"]["/v1/public/centers"]["get"]["responses"]
    assert "412" in doc["paths"]["/v1/actions/{action_id}/transitions"]["post"]["responses"]
