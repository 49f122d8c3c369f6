from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.recorded_violation import RecordedViolation
from ...models.violation_in import ViolationIn
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    code: str,
    *,
    body: ViolationIn,
    idempotency_key: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/claims/v1/agencies/{code}/violations".format(code=quote(str(code), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | RecordedViolation | None:
    if response.status_code == 201:
        response_201 = RecordedViolation.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | RecordedViolation]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    body: ViolationIn,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[Problem | RecordedViolation]:
    """ Record Violation

     CLM-C/H1: a proven breach with its proof, an optional proposed penalty and the compensation owed to
    the clients and to the
    Organization (due 15 days after proof). CLM-CH: nothing is imposed here: the licensing headquarters
    decides penalties.

    **Who may call:** a token whose role is one of `admin`, `review_office`, `secretariat`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `ETag`, `Idempotent-Replayed`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/claims/v1/agencies/{code}/violations" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"causes_delay": true, "compensation_client_rials": 5000000, "description": "ثبت نادرست مبلغ
    پرداختی بیمار", "kind": "error", "proof": {"documents": ["نامه ۱۴۰۴/۸۱۲"], "summary": "مغایرت
    صورتحساب با اطلاعات ثبت‌شده"}, "proposed_penalty": "warning", "proven_on": "1404/08/10"}'
    ```

    Args:
        code (str):
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (ViolationIn): CLM-C/CH/H1: a review office reports a proven breach and may propose a
            penalty; it does not fine or suspend.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RecordedViolation]
     """


    kwargs = _get_kwargs(
        code=code,
body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    code: str,
    *,
    client: AuthenticatedClient,
    body: ViolationIn,
    idempotency_key: None | str | Unset = UNSET,

) -> Problem | RecordedViolation | None:
    """ Record Violation

     CLM-C/H1: a proven breach with its proof, an optional proposed penalty and the compensation owed to
    the clients and to the
    Organization (due 15 days after proof). CLM-CH: nothing is imposed here: the licensing headquarters
    decides penalties.

    **Who may call:** a token whose role is one of `admin`, `review_office`, `secretariat`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `ETag`, `Idempotent-Replayed`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/claims/v1/agencies/{code}/violations" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"causes_delay": true, "compensation_client_rials": 5000000, "description": "ثبت نادرست مبلغ
    پرداختی بیمار", "kind": "error", "proof": {"documents": ["نامه ۱۴۰۴/۸۱۲"], "summary": "مغایرت
    صورتحساب با اطلاعات ثبت‌شده"}, "proposed_penalty": "warning", "proven_on": "1404/08/10"}'
    ```

    Args:
        code (str):
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (ViolationIn): CLM-C/CH/H1: a review office reports a proven breach and may propose a
            penalty; it does not fine or suspend.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RecordedViolation
     """


    return sync_detailed(
        code=code,
client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    body: ViolationIn,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[Problem | RecordedViolation]:
    """ Record Violation

     CLM-C/H1: a proven breach with its proof, an optional proposed penalty and the compensation owed to
    the clients and to the
    Organization (due 15 days after proof). CLM-CH: nothing is imposed here: the licensing headquarters
    decides penalties.

    **Who may call:** a token whose role is one of `admin`, `review_office`, `secretariat`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `ETag`, `Idempotent-Replayed`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/claims/v1/agencies/{code}/violations" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"causes_delay": true, "compensation_client_rials": 5000000, "description": "ثبت نادرست مبلغ
    پرداختی بیمار", "kind": "error", "proof": {"documents": ["نامه ۱۴۰۴/۸۱۲"], "summary": "مغایرت
    صورتحساب با اطلاعات ثبت‌شده"}, "proposed_penalty": "warning", "proven_on": "1404/08/10"}'
    ```

    Args:
        code (str):
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (ViolationIn): CLM-C/CH/H1: a review office reports a proven breach and may propose a
            penalty; it does not fine or suspend.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RecordedViolation]
     """


    kwargs = _get_kwargs(
        code=code,
body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    code: str,
    *,
    client: AuthenticatedClient,
    body: ViolationIn,
    idempotency_key: None | str | Unset = UNSET,

) -> Problem | RecordedViolation | None:
    """ Record Violation

     CLM-C/H1: a proven breach with its proof, an optional proposed penalty and the compensation owed to
    the clients and to the
    Organization (due 15 days after proof). CLM-CH: nothing is imposed here: the licensing headquarters
    decides penalties.

    **Who may call:** a token whose role is one of `admin`, `review_office`, `secretariat`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `ETag`, `Idempotent-Replayed`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/claims/v1/agencies/{code}/violations" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"causes_delay": true, "compensation_client_rials": 5000000, "description": "ثبت نادرست مبلغ
    پرداختی بیمار", "kind": "error", "proof": {"documents": ["نامه ۱۴۰۴/۸۱۲"], "summary": "مغایرت
    صورتحساب با اطلاعات ثبت‌شده"}, "proposed_penalty": "warning", "proven_on": "1404/08/10"}'
    ```

    Args:
        code (str):
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (ViolationIn): CLM-C/CH/H1: a review office reports a proven breach and may propose a
            penalty; it does not fine or suspend.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RecordedViolation
     """


    return (await asyncio_detailed(
        code=code,
client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
