from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.public_centre_status import PublicCentreStatus
from typing import cast



def _get_kwargs(
    center_id: str,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/inspections/v1/centers/{center_id}/public-status".format(center_id=quote(str(center_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | PublicCentreStatus | None:
    if response.status_code == 200:
        response_200 = PublicCentreStatus.from_dict(response.json())



        return response_200

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())



        return response_404

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | PublicCentreStatus]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    center_id: str,
    *,
    client: AuthenticatedClient | Client,

) -> Response[Problem | PublicCentreStatus]:
    """ Get Centre Public Status

     Is this centre licensed and open today, and for which activities? (public, rate-limited)

    No personal data: no technical manager, national codes or approval codes.

    **Who may call:** anyone (public, no token; answers in Persian unless `Accept-Language: en`).

    **Sets headers:** `Retry-After`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/inspections/v1/centers/{center_id}/public-status"
    ```

    Args:
        center_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PublicCentreStatus]
     """


    kwargs = _get_kwargs(
        center_id=center_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    center_id: str,
    *,
    client: AuthenticatedClient | Client,

) -> Problem | PublicCentreStatus | None:
    """ Get Centre Public Status

     Is this centre licensed and open today, and for which activities? (public, rate-limited)

    No personal data: no technical manager, national codes or approval codes.

    **Who may call:** anyone (public, no token; answers in Persian unless `Accept-Language: en`).

    **Sets headers:** `Retry-After`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/inspections/v1/centers/{center_id}/public-status"
    ```

    Args:
        center_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PublicCentreStatus
     """


    return sync_detailed(
        center_id=center_id,
client=client,

    ).parsed

async def asyncio_detailed(
    center_id: str,
    *,
    client: AuthenticatedClient | Client,

) -> Response[Problem | PublicCentreStatus]:
    """ Get Centre Public Status

     Is this centre licensed and open today, and for which activities? (public, rate-limited)

    No personal data: no technical manager, national codes or approval codes.

    **Who may call:** anyone (public, no token; answers in Persian unless `Accept-Language: en`).

    **Sets headers:** `Retry-After`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/inspections/v1/centers/{center_id}/public-status"
    ```

    Args:
        center_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PublicCentreStatus]
     """


    kwargs = _get_kwargs(
        center_id=center_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    center_id: str,
    *,
    client: AuthenticatedClient | Client,

) -> Problem | PublicCentreStatus | None:
    """ Get Centre Public Status

     Is this centre licensed and open today, and for which activities? (public, rate-limited)

    No personal data: no technical manager, national codes or approval codes.

    **Who may call:** anyone (public, no token; answers in Persian unless `Accept-Language: en`).

    **Sets headers:** `Retry-After`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/inspections/v1/centers/{center_id}/public-status"
    ```

    Args:
        center_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PublicCentreStatus
     """


    return (await asyncio_detailed(
        center_id=center_id,
client=client,

    )).parsed
