from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.fee_schedule import FeeSchedule
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    *,
    year: int,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["year"] = year


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/claims/v1/fee-schedule",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FeeSchedule | Problem | None:
    if response.status_code == 200:
        response_200 = FeeSchedule.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[FeeSchedule | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    year: int,

) -> Response[FeeSchedule | Problem]:
    """ Get Fee Schedule

     CLM-P: 1399 = the circular's table; later years = share x that year's daily minimum wage (404 when
    the wage is unknown).

    **Who may call:** anyone (public, no token; answers in Persian unless `Accept-Language: en`).

    **Sets headers:** `Retry-After`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/claims/v1/fee-schedule"
    ```

    Args:
        year (int): Jalali year (any digits)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FeeSchedule | Problem]
     """


    kwargs = _get_kwargs(
        year=year,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    year: int,

) -> FeeSchedule | Problem | None:
    """ Get Fee Schedule

     CLM-P: 1399 = the circular's table; later years = share x that year's daily minimum wage (404 when
    the wage is unknown).

    **Who may call:** anyone (public, no token; answers in Persian unless `Accept-Language: en`).

    **Sets headers:** `Retry-After`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/claims/v1/fee-schedule"
    ```

    Args:
        year (int): Jalali year (any digits)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FeeSchedule | Problem
     """


    return sync_detailed(
        client=client,
year=year,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    year: int,

) -> Response[FeeSchedule | Problem]:
    """ Get Fee Schedule

     CLM-P: 1399 = the circular's table; later years = share x that year's daily minimum wage (404 when
    the wage is unknown).

    **Who may call:** anyone (public, no token; answers in Persian unless `Accept-Language: en`).

    **Sets headers:** `Retry-After`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/claims/v1/fee-schedule"
    ```

    Args:
        year (int): Jalali year (any digits)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FeeSchedule | Problem]
     """


    kwargs = _get_kwargs(
        year=year,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    year: int,

) -> FeeSchedule | Problem | None:
    """ Get Fee Schedule

     CLM-P: 1399 = the circular's table; later years = share x that year's daily minimum wage (404 when
    the wage is unknown).

    **Who may call:** anyone (public, no token; answers in Persian unless `Accept-Language: en`).

    **Sets headers:** `Retry-After`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/claims/v1/fee-schedule"
    ```

    Args:
        year (int): Jalali year (any digits)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FeeSchedule | Problem
     """


    return (await asyncio_detailed(
        client=client,
year=year,

    )).parsed
