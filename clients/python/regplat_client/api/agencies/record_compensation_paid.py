from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.compensated_violation import CompensatedViolation
from ...models.compensation_paid_in import CompensationPaidIn
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    code: str,
    violation_id: str,
    *,
    body: CompensationPaidIn,
    if_match: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/claims/v1/agencies/{code}/violations/{violation_id}/compensation".format(code=quote(str(code), safe=""),violation_id=quote(str(violation_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CompensatedViolation | Problem | None:
    if response.status_code == 200:
        response_200 = CompensatedViolation.from_dict(response.json())



        return response_200

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

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())



        return response_412

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())



        return response_413

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if response.status_code == 428:
        response_428 = Problem.from_dict(response.json())



        return response_428

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CompensatedViolation | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    code: str,
    violation_id: str,
    *,
    client: AuthenticatedClient,
    body: CompensationPaidIn,
    if_match: None | str | Unset = UNSET,

) -> Response[CompensatedViolation | Problem]:
    """ Record Compensation Paid

     CLM-H1: record that the agency paid the compensation owed to the clients or to the Organization (on
    time within 15 days of proof).

    **Who may call:** a token whose role is one of `admin`, `review_office`, `secretariat`.

    **Reads headers:** `If-Match` (required): the ETag of your last read; without it 428 `precondition-
    required`, when the resource changed since 412 `precondition-failed` (read again, then retry).

    **Sets headers:** `ETag`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST
    "$GATEWAY/claims/v1/agencies/{code}/violations/{violation_id}/compensation" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'If-Match: "3"' \\
      -H 'Content-Type: application/json' \\
      -d '{"paid_on": "1404/08/20", "payee": "client"}'
    ```

    Args:
        code (str):
        violation_id (str):
        if_match (None | str | Unset): ETag from the last read (missing: 428, stale: 412)
        body (CompensationPaidIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompensatedViolation | Problem]
     """


    kwargs = _get_kwargs(
        code=code,
violation_id=violation_id,
body=body,
if_match=if_match,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    code: str,
    violation_id: str,
    *,
    client: AuthenticatedClient,
    body: CompensationPaidIn,
    if_match: None | str | Unset = UNSET,

) -> CompensatedViolation | Problem | None:
    """ Record Compensation Paid

     CLM-H1: record that the agency paid the compensation owed to the clients or to the Organization (on
    time within 15 days of proof).

    **Who may call:** a token whose role is one of `admin`, `review_office`, `secretariat`.

    **Reads headers:** `If-Match` (required): the ETag of your last read; without it 428 `precondition-
    required`, when the resource changed since 412 `precondition-failed` (read again, then retry).

    **Sets headers:** `ETag`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST
    "$GATEWAY/claims/v1/agencies/{code}/violations/{violation_id}/compensation" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'If-Match: "3"' \\
      -H 'Content-Type: application/json' \\
      -d '{"paid_on": "1404/08/20", "payee": "client"}'
    ```

    Args:
        code (str):
        violation_id (str):
        if_match (None | str | Unset): ETag from the last read (missing: 428, stale: 412)
        body (CompensationPaidIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompensatedViolation | Problem
     """


    return sync_detailed(
        code=code,
violation_id=violation_id,
client=client,
body=body,
if_match=if_match,

    ).parsed

async def asyncio_detailed(
    code: str,
    violation_id: str,
    *,
    client: AuthenticatedClient,
    body: CompensationPaidIn,
    if_match: None | str | Unset = UNSET,

) -> Response[CompensatedViolation | Problem]:
    """ Record Compensation Paid

     CLM-H1: record that the agency paid the compensation owed to the clients or to the Organization (on
    time within 15 days of proof).

    **Who may call:** a token whose role is one of `admin`, `review_office`, `secretariat`.

    **Reads headers:** `If-Match` (required): the ETag of your last read; without it 428 `precondition-
    required`, when the resource changed since 412 `precondition-failed` (read again, then retry).

    **Sets headers:** `ETag`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST
    "$GATEWAY/claims/v1/agencies/{code}/violations/{violation_id}/compensation" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'If-Match: "3"' \\
      -H 'Content-Type: application/json' \\
      -d '{"paid_on": "1404/08/20", "payee": "client"}'
    ```

    Args:
        code (str):
        violation_id (str):
        if_match (None | str | Unset): ETag from the last read (missing: 428, stale: 412)
        body (CompensationPaidIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompensatedViolation | Problem]
     """


    kwargs = _get_kwargs(
        code=code,
violation_id=violation_id,
body=body,
if_match=if_match,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    code: str,
    violation_id: str,
    *,
    client: AuthenticatedClient,
    body: CompensationPaidIn,
    if_match: None | str | Unset = UNSET,

) -> CompensatedViolation | Problem | None:
    """ Record Compensation Paid

     CLM-H1: record that the agency paid the compensation owed to the clients or to the Organization (on
    time within 15 days of proof).

    **Who may call:** a token whose role is one of `admin`, `review_office`, `secretariat`.

    **Reads headers:** `If-Match` (required): the ETag of your last read; without it 428 `precondition-
    required`, when the resource changed since 412 `precondition-failed` (read again, then retry).

    **Sets headers:** `ETag`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST
    "$GATEWAY/claims/v1/agencies/{code}/violations/{violation_id}/compensation" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'If-Match: "3"' \\
      -H 'Content-Type: application/json' \\
      -d '{"paid_on": "1404/08/20", "payee": "client"}'
    ```

    Args:
        code (str):
        violation_id (str):
        if_match (None | str | Unset): ETag from the last read (missing: 428, stale: 412)
        body (CompensationPaidIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompensatedViolation | Problem
     """


    return (await asyncio_detailed(
        code=code,
violation_id=violation_id,
client=client,
body=body,
if_match=if_match,

    )).parsed
