from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.rollout_approval_in import RolloutApprovalIn
from ...models.rollout_status import RolloutStatus
from typing import cast



def _get_kwargs(
    *,
    body: RolloutApprovalIn,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/claims/v1/rollout/approvals",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | RolloutStatus | None:
    if response.status_code == 201:
        response_201 = RolloutStatus.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | RolloutStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RolloutApprovalIn,

) -> Response[Problem | RolloutStatus]:
    """ Record Rollout Approval

     CLM-H2: record the approval of the indirect-treatment directorate and the secretariat to go beyond
    the pilot.

    Answers the rollout status after the approval (phase `rollout`).

    **Who may call:** a token whose role is one of `admin`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/claims/v1/rollout/approvals" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'Content-Type: application/json' \\
      -d '{"approved_by": ["indirect_treatment_directorate", "secretariat"], "letter_date":
    "1404/09/01", "letter_number": "۱۰۰۰/۱۴۰۴/۵۵۱۲", "note": "تسری به سایر استان‌ها"}'
    ```

    Args:
        body (RolloutApprovalIn): CLM-H2: the approval to extend the process beyond the pilot, as
            recorded in its letter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RolloutStatus]
     """


    kwargs = _get_kwargs(
        body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    body: RolloutApprovalIn,

) -> Problem | RolloutStatus | None:
    """ Record Rollout Approval

     CLM-H2: record the approval of the indirect-treatment directorate and the secretariat to go beyond
    the pilot.

    Answers the rollout status after the approval (phase `rollout`).

    **Who may call:** a token whose role is one of `admin`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/claims/v1/rollout/approvals" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'Content-Type: application/json' \\
      -d '{"approved_by": ["indirect_treatment_directorate", "secretariat"], "letter_date":
    "1404/09/01", "letter_number": "۱۰۰۰/۱۴۰۴/۵۵۱۲", "note": "تسری به سایر استان‌ها"}'
    ```

    Args:
        body (RolloutApprovalIn): CLM-H2: the approval to extend the process beyond the pilot, as
            recorded in its letter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RolloutStatus
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RolloutApprovalIn,

) -> Response[Problem | RolloutStatus]:
    """ Record Rollout Approval

     CLM-H2: record the approval of the indirect-treatment directorate and the secretariat to go beyond
    the pilot.

    Answers the rollout status after the approval (phase `rollout`).

    **Who may call:** a token whose role is one of `admin`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/claims/v1/rollout/approvals" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'Content-Type: application/json' \\
      -d '{"approved_by": ["indirect_treatment_directorate", "secretariat"], "letter_date":
    "1404/09/01", "letter_number": "۱۰۰۰/۱۴۰۴/۵۵۱۲", "note": "تسری به سایر استان‌ها"}'
    ```

    Args:
        body (RolloutApprovalIn): CLM-H2: the approval to extend the process beyond the pilot, as
            recorded in its letter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RolloutStatus]
     """


    kwargs = _get_kwargs(
        body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RolloutApprovalIn,

) -> Problem | RolloutStatus | None:
    """ Record Rollout Approval

     CLM-H2: record the approval of the indirect-treatment directorate and the secretariat to go beyond
    the pilot.

    Answers the rollout status after the approval (phase `rollout`).

    **Who may call:** a token whose role is one of `admin`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/claims/v1/rollout/approvals" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'Content-Type: application/json' \\
      -d '{"approved_by": ["indirect_treatment_directorate", "secretariat"], "letter_date":
    "1404/09/01", "letter_number": "۱۰۰۰/۱۴۰۴/۵۵۱۲", "note": "تسری به سایر استان‌ها"}'
    ```

    Args:
        body (RolloutApprovalIn): CLM-H2: the approval to extend the process beyond the pilot, as
            recorded in its letter.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RolloutStatus
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
