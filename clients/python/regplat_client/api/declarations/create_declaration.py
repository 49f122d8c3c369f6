from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.declaration_detail import DeclarationDetail
from ...models.declaration_in import DeclarationIn
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: DeclarationIn,
    idempotency_key: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/customs/v1/declarations",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DeclarationDetail | Problem | None:
    if response.status_code == 201:
        response_201 = DeclarationDetail.from_dict(response.json())



        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())



        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())



        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())



        return response_413

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if response.status_code == 429:
        response_429 = Problem.from_dict(response.json())



        return response_429

    if response.status_code == 500:
        response_500 = Problem.from_dict(response.json())



        return response_500

    if response.status_code == 502:
        response_502 = Problem.from_dict(response.json())



        return response_502

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())



        return response_503

    if response.status_code == 504:
        response_504 = Problem.from_dict(response.json())



        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DeclarationDetail | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DeclarationIn,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[DeclarationDetail | Problem]:
    """ Submit a declaration: every item is evaluated against SOP-DPNA-GIO-020 and stored with its basis

     Evaluates every item (scope, formulary, controlled and doping lists, six months' supply, documents
    needed) and stores the
    declaration in `awaiting_expert_review` with a decision record. A customs officer files for their
    own office, a traveller in
    their own name (403 otherwise). Exosome, cell-therapy and regenerative items are asked about at
    inspections first (SPEC X3);
    when it cannot be asked they wait (`verification.status: pending`). `decision_date` (ISO or Jalali)
    may not be in the future.

    **Who may call:** a token whose role is one of `admin`, `customs_officer`, `gio_expert`,
    `traveller`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `ETag`, `Idempotent-Replayed`, `Location`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/customs/v1/declarations" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"channel": "passenger", "customs_office": "THR-IKA", "decision_date": "1404/05/01", "items":
    [{"daily_dose": 1, "dosage_form": "قرص", "expiry_date": "1406/01/01", "generic_name": "losartan",
    "name": "لوزارتان ۵۰ میلی‌گرم", "quantity": 3, "strength": "50 mg", "units_per_pack": 30}],
    "medical_documents_attached": true, "owner": {"kind": "natural", "name": "سارا احمدی",
    "national_code": "0084575948"}, "prescription_attached": true, "purpose": "personal_use",
    "warehouse_receipt_no": "WR-1001"}'
    ```

    Args:
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (DeclarationIn): A declaration as customs or the traveller submits it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeclarationDetail | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    body: DeclarationIn,
    idempotency_key: None | str | Unset = UNSET,

) -> DeclarationDetail | Problem | None:
    """ Submit a declaration: every item is evaluated against SOP-DPNA-GIO-020 and stored with its basis

     Evaluates every item (scope, formulary, controlled and doping lists, six months' supply, documents
    needed) and stores the
    declaration in `awaiting_expert_review` with a decision record. A customs officer files for their
    own office, a traveller in
    their own name (403 otherwise). Exosome, cell-therapy and regenerative items are asked about at
    inspections first (SPEC X3);
    when it cannot be asked they wait (`verification.status: pending`). `decision_date` (ISO or Jalali)
    may not be in the future.

    **Who may call:** a token whose role is one of `admin`, `customs_officer`, `gio_expert`,
    `traveller`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `ETag`, `Idempotent-Replayed`, `Location`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/customs/v1/declarations" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"channel": "passenger", "customs_office": "THR-IKA", "decision_date": "1404/05/01", "items":
    [{"daily_dose": 1, "dosage_form": "قرص", "expiry_date": "1406/01/01", "generic_name": "losartan",
    "name": "لوزارتان ۵۰ میلی‌گرم", "quantity": 3, "strength": "50 mg", "units_per_pack": 30}],
    "medical_documents_attached": true, "owner": {"kind": "natural", "name": "سارا احمدی",
    "national_code": "0084575948"}, "prescription_attached": true, "purpose": "personal_use",
    "warehouse_receipt_no": "WR-1001"}'
    ```

    Args:
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (DeclarationIn): A declaration as customs or the traveller submits it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeclarationDetail | Problem
     """


    return sync_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DeclarationIn,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[DeclarationDetail | Problem]:
    """ Submit a declaration: every item is evaluated against SOP-DPNA-GIO-020 and stored with its basis

     Evaluates every item (scope, formulary, controlled and doping lists, six months' supply, documents
    needed) and stores the
    declaration in `awaiting_expert_review` with a decision record. A customs officer files for their
    own office, a traveller in
    their own name (403 otherwise). Exosome, cell-therapy and regenerative items are asked about at
    inspections first (SPEC X3);
    when it cannot be asked they wait (`verification.status: pending`). `decision_date` (ISO or Jalali)
    may not be in the future.

    **Who may call:** a token whose role is one of `admin`, `customs_officer`, `gio_expert`,
    `traveller`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `ETag`, `Idempotent-Replayed`, `Location`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/customs/v1/declarations" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"channel": "passenger", "customs_office": "THR-IKA", "decision_date": "1404/05/01", "items":
    [{"daily_dose": 1, "dosage_form": "قرص", "expiry_date": "1406/01/01", "generic_name": "losartan",
    "name": "لوزارتان ۵۰ میلی‌گرم", "quantity": 3, "strength": "50 mg", "units_per_pack": 30}],
    "medical_documents_attached": true, "owner": {"kind": "natural", "name": "سارا احمدی",
    "national_code": "0084575948"}, "prescription_attached": true, "purpose": "personal_use",
    "warehouse_receipt_no": "WR-1001"}'
    ```

    Args:
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (DeclarationIn): A declaration as customs or the traveller submits it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeclarationDetail | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DeclarationIn,
    idempotency_key: None | str | Unset = UNSET,

) -> DeclarationDetail | Problem | None:
    """ Submit a declaration: every item is evaluated against SOP-DPNA-GIO-020 and stored with its basis

     Evaluates every item (scope, formulary, controlled and doping lists, six months' supply, documents
    needed) and stores the
    declaration in `awaiting_expert_review` with a decision record. A customs officer files for their
    own office, a traveller in
    their own name (403 otherwise). Exosome, cell-therapy and regenerative items are asked about at
    inspections first (SPEC X3);
    when it cannot be asked they wait (`verification.status: pending`). `decision_date` (ISO or Jalali)
    may not be in the future.

    **Who may call:** a token whose role is one of `admin`, `customs_officer`, `gio_expert`,
    `traveller`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `ETag`, `Idempotent-Replayed`, `Location`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/customs/v1/declarations" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"channel": "passenger", "customs_office": "THR-IKA", "decision_date": "1404/05/01", "items":
    [{"daily_dose": 1, "dosage_form": "قرص", "expiry_date": "1406/01/01", "generic_name": "losartan",
    "name": "لوزارتان ۵۰ میلی‌گرم", "quantity": 3, "strength": "50 mg", "units_per_pack": 30}],
    "medical_documents_attached": true, "owner": {"kind": "natural", "name": "سارا احمدی",
    "national_code": "0084575948"}, "prescription_attached": true, "purpose": "personal_use",
    "warehouse_receipt_no": "WR-1001"}'
    ```

    Args:
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (DeclarationIn): A declaration as customs or the traveller submits it.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeclarationDetail | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
