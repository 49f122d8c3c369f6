"""Builders shared by the API tests."""

from __future__ import annotations

from typing import Any

from shared.text import national_code_check_digit

NC = "008457594" + str(national_code_check_digit("008457594"))
NC_OTHER = "123456789" + str(national_code_check_digit("123456789"))


def decl_body(*items: dict[str, Any], **over: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "channel": "passenger",
        "purpose": "personal_use",
        "owner": {"kind": "natural", "name": "Sara Ahmadi", "national_code": NC},
        "customs_office": "THR-IKA",
        "warehouse_receipt_no": "WR-1001",
        "decision_date": "1400/05/01",
        "medical_documents_attached": True,
        "prescription_attached": True,
        "items": list(items) or [{"name": "Losartan 50mg", "dosage_form": "tablet", "quantity": 3, "units_per_pack": 30, "daily_dose": 1}],
    }
    body.update(over)
    return body


def officer(keys, office: str = "THR-IKA") -> dict[str, str]:
    return keys.headers("customs_officer", org=office, sub=f"officer-{office}")


def expert(keys, sub: str = "expert-1", seal: str | None = "SEAL-77") -> dict[str, str]:
    return keys.headers("gio_expert", org="GIO", sub=sub, seal_id=seal)


def head(keys) -> dict[str, str]:
    return keys.headers("gio_head", org="GIO", sub="head-1")


def dg(keys) -> dict[str, str]:
    return keys.headers("dpna_dg", org="DPNA", sub="dg-1")


def traveller(keys, nc: str = NC) -> dict[str, str]:
    return keys.headers("traveller", sub=f"trav-{nc}", national_code=nc)


def act(client, decl_id: str, headers: dict[str, str], etag: str, **body: Any):
    return client.post(f"/v1/declarations/{decl_id}/actions", json=body, headers={**headers, "If-Match": etag})
