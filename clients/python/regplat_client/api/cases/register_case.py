from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.case_in import CaseIn
from ...models.claim_case import ClaimCase
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: CaseIn,
    idempotency_key: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/claims/v1/cases",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ClaimCase | Problem | None:
    if response.status_code == 201:
        response_201 = ClaimCase.from_dict(response.json())



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

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())



        return response_404

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ClaimCase | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CaseIn,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[ClaimCase | Problem]:
    """ Register Case

     CLM-A1: register a case. Duplicate bills are refused in any agency, with a pointer to the first
    case.

    **Who may call:** a token whose role is one of `admin`, `agency_staff`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `ETag`, `Idempotent-Replayed`, `Location`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/claims/v1/cases" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"admission_date": "1404/07/20", "attachments": [{"doc_type": "bill", "file_name":
    "صورتحساب.pdf", "media_type": "application/pdf", "sha256":
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "size_bytes": 120000}],
    "bill_number": "B-140407-0815", "bill_total_rials": 65000000, "case_type": "بستری", "centre_code":
    "HOSP-THR-17", "centre_name": "بیمارستان امام خمینی تهران", "discharge_date": "1404/07/23",
    "documents_received_at": "1404/08/04 09:00", "insurance_number": "1234567890", "is_pensioner":
    false, "lines": [{"amount_rials": 60000000, "description": "تخت بستری", "quantity": 3,
    "service_code": "500100", "unit_price_rials": 20000000}, {"amount_rials": 5000000, "description":
    "آزمایش خون", "quantity": 1, "service_code": "802145", "unit_price_rials": 5000000}],
    "national_code": "0012345679", "patient_paid_rials": 45000000, "prosthesis_rials": 0,
    "supplementary_insurer": "بیمه دانا", "supplementary_paid_rials": 20000000, "supplementary_paid_to":
    "centre", "total_paid_rials": 65000000}'
    ```

    Args:
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (CaseIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClaimCase | Problem]
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
    body: CaseIn,
    idempotency_key: None | str | Unset = UNSET,

) -> ClaimCase | Problem | None:
    """ Register Case

     CLM-A1: register a case. Duplicate bills are refused in any agency, with a pointer to the first
    case.

    **Who may call:** a token whose role is one of `admin`, `agency_staff`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `ETag`, `Idempotent-Replayed`, `Location`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/claims/v1/cases" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"admission_date": "1404/07/20", "attachments": [{"doc_type": "bill", "file_name":
    "صورتحساب.pdf", "media_type": "application/pdf", "sha256":
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "size_bytes": 120000}],
    "bill_number": "B-140407-0815", "bill_total_rials": 65000000, "case_type": "بستری", "centre_code":
    "HOSP-THR-17", "centre_name": "بیمارستان امام خمینی تهران", "discharge_date": "1404/07/23",
    "documents_received_at": "1404/08/04 09:00", "insurance_number": "1234567890", "is_pensioner":
    false, "lines": [{"amount_rials": 60000000, "description": "تخت بستری", "quantity": 3,
    "service_code": "500100", "unit_price_rials": 20000000}, {"amount_rials": 5000000, "description":
    "آزمایش خون", "quantity": 1, "service_code": "802145", "unit_price_rials": 5000000}],
    "national_code": "0012345679", "patient_paid_rials": 45000000, "prosthesis_rials": 0,
    "supplementary_insurer": "بیمه دانا", "supplementary_paid_rials": 20000000, "supplementary_paid_to":
    "centre", "total_paid_rials": 65000000}'
    ```

    Args:
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (CaseIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClaimCase | Problem
     """


    return sync_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CaseIn,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[ClaimCase | Problem]:
    """ Register Case

     CLM-A1: register a case. Duplicate bills are refused in any agency, with a pointer to the first
    case.

    **Who may call:** a token whose role is one of `admin`, `agency_staff`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `ETag`, `Idempotent-Replayed`, `Location`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/claims/v1/cases" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"admission_date": "1404/07/20", "attachments": [{"doc_type": "bill", "file_name":
    "صورتحساب.pdf", "media_type": "application/pdf", "sha256":
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "size_bytes": 120000}],
    "bill_number": "B-140407-0815", "bill_total_rials": 65000000, "case_type": "بستری", "centre_code":
    "HOSP-THR-17", "centre_name": "بیمارستان امام خمینی تهران", "discharge_date": "1404/07/23",
    "documents_received_at": "1404/08/04 09:00", "insurance_number": "1234567890", "is_pensioner":
    false, "lines": [{"amount_rials": 60000000, "description": "تخت بستری", "quantity": 3,
    "service_code": "500100", "unit_price_rials": 20000000}, {"amount_rials": 5000000, "description":
    "آزمایش خون", "quantity": 1, "service_code": "802145", "unit_price_rials": 5000000}],
    "national_code": "0012345679", "patient_paid_rials": 45000000, "prosthesis_rials": 0,
    "supplementary_insurer": "بیمه دانا", "supplementary_paid_rials": 20000000, "supplementary_paid_to":
    "centre", "total_paid_rials": 65000000}'
    ```

    Args:
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (CaseIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClaimCase | Problem]
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
    body: CaseIn,
    idempotency_key: None | str | Unset = UNSET,

) -> ClaimCase | Problem | None:
    """ Register Case

     CLM-A1: register a case. Duplicate bills are refused in any agency, with a pointer to the first
    case.

    **Who may call:** a token whose role is one of `admin`, `agency_staff`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `ETag`, `Idempotent-Replayed`, `Location`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/claims/v1/cases" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"admission_date": "1404/07/20", "attachments": [{"doc_type": "bill", "file_name":
    "صورتحساب.pdf", "media_type": "application/pdf", "sha256":
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "size_bytes": 120000}],
    "bill_number": "B-140407-0815", "bill_total_rials": 65000000, "case_type": "بستری", "centre_code":
    "HOSP-THR-17", "centre_name": "بیمارستان امام خمینی تهران", "discharge_date": "1404/07/23",
    "documents_received_at": "1404/08/04 09:00", "insurance_number": "1234567890", "is_pensioner":
    false, "lines": [{"amount_rials": 60000000, "description": "تخت بستری", "quantity": 3,
    "service_code": "500100", "unit_price_rials": 20000000}, {"amount_rials": 5000000, "description":
    "آزمایش خون", "quantity": 1, "service_code": "802145", "unit_price_rials": 5000000}],
    "national_code": "0012345679", "patient_paid_rials": 45000000, "prosthesis_rials": 0,
    "supplementary_insurer": "بیمه دانا", "supplementary_paid_rials": 20000000, "supplementary_paid_to":
    "centre", "total_paid_rials": 65000000}'
    ```

    Args:
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (CaseIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClaimCase | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
