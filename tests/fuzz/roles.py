"""The tokens the fuzz run presents: for each service the roles that act on it, each with the claims
the e2e stories give it (organisation, seal, council number, national code), plus no token at all."""

from __future__ import annotations

from shared.testing import TestKeys

ANONYMOUS = "anonymous"

# (role, org, extra claims) per service prefix; the organisations are the ones the e2e stories use.
SERVICE_ROLES: dict[str, list[tuple[str, str | None, dict]]] = {
    "customs": [
        ("customs_officer", "THR-IKA", {}),
        ("gio_expert", "GIO", {"seal_id": "SEAL-FUZZ"}),
        ("gio_head", "GIO", {}),
        ("dpna_dg", "DPNA", {}),
        ("traveller", None, {"national_code": "0499370899"}),
        ("auditor", None, {}),
        ("service", "claims", {"svc": "claims"}),
    ],
    "claims": [
        ("agency_staff", "AG-FUZZ-1", {}),
        ("review_office", "RO-FUZZ-1", {}),
        ("insurer", "SSO", {}),
        ("admin", "SSO", {}),
        ("insured", None, {"national_code": "0499370899"}),
        ("auditor", None, {}),
        ("service", "customs", {"svc": "customs"}),
    ],
    "offlabel": [
        ("physician", None, {"council_no": "12345", "specialty": "ophthalmology"}),
        ("insurer", "SSO", {}),
        ("admin", "MOH", {}),
        ("auditor", None, {}),
        ("service", "claims", {"svc": "claims"}),
    ],
    "inspections": [
        ("university_inspector", "QUMS", {}),
        ("university_deputy", "QUMS", {}),
        ("ministry_supervisor", None, {}),
        ("ministry_admin", "MOH", {}),
        ("auditor", None, {}),
        ("service", "claims", {"svc": "claims"}),
    ],
}


def role_headers(keys: TestKeys) -> dict[str, list[tuple[str, dict[str, str]]]]:
    """Per service prefix: (label, headers) for every role, and the anonymous caller with no header."""
    out: dict[str, list[tuple[str, dict[str, str]]]] = {}
    for service, roles in SERVICE_ROLES.items():
        signed = [(f"{role}@{org or '-'}", keys.headers(role, org, sub=f"fuzz-{role}", **claims)) for role, org, claims in roles]
        out[service] = [(ANONYMOUS, {}), *signed]
    return out
