from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.public_centre_search import PublicCentreSearch
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    q: str,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    cursor: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["q"] = q

    params["limit"] = limit

    params["offset"] = offset

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/inspections/v1/public/centers",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | PublicCentreSearch | None:
    if response.status_code == 200:
        response_200 = PublicCentreSearch.from_dict(response.json())



        return response_200

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | PublicCentreSearch]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    cursor: None | str | Unset = UNSET,

) -> Response[Problem | PublicCentreSearch]:
    """ Search Public Centres

     Search by licence number or name; Persian spelling variants (ي/ی, ك/ک, digits, ZWNJ) match. At most
    20 results a page,
    by name and id; follow `next` as `cursor` for the next page. `total` is counted up to 1,000
    (`total_capped`).

    **Who may call:** anyone (public, no token; answers in Persian unless `Accept-Language: en`).

    **Sets headers:** `Retry-After`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/inspections/v1/public/centers"
    ```

    Args:
        q (str): Licence number (Persian digits accepted) or part of the name
        limit (int | Unset): Page size, at most 20 Default: 20.
        offset (int | Unset): Rows to skip, at most 10000 (deeper: use the cursor) Default: 0.
        cursor (None | str | Unset): The `next` of the previous page (opaque); leave out for the
            first page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PublicCentreSearch]
     """


    kwargs = _get_kwargs(
        q=q,
limit=limit,
offset=offset,
cursor=cursor,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    cursor: None | str | Unset = UNSET,

) -> Problem | PublicCentreSearch | None:
    """ Search Public Centres

     Search by licence number or name; Persian spelling variants (ي/ی, ك/ک, digits, ZWNJ) match. At most
    20 results a page,
    by name and id; follow `next` as `cursor` for the next page. `total` is counted up to 1,000
    (`total_capped`).

    **Who may call:** anyone (public, no token; answers in Persian unless `Accept-Language: en`).

    **Sets headers:** `Retry-After`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/inspections/v1/public/centers"
    ```

    Args:
        q (str): Licence number (Persian digits accepted) or part of the name
        limit (int | Unset): Page size, at most 20 Default: 20.
        offset (int | Unset): Rows to skip, at most 10000 (deeper: use the cursor) Default: 0.
        cursor (None | str | Unset): The `next` of the previous page (opaque); leave out for the
            first page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PublicCentreSearch
     """


    return sync_detailed(
        client=client,
q=q,
limit=limit,
offset=offset,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    cursor: None | str | Unset = UNSET,

) -> Response[Problem | PublicCentreSearch]:
    """ Search Public Centres

     Search by licence number or name; Persian spelling variants (ي/ی, ك/ک, digits, ZWNJ) match. At most
    20 results a page,
    by name and id; follow `next` as `cursor` for the next page. `total` is counted up to 1,000
    (`total_capped`).

    **Who may call:** anyone (public, no token; answers in Persian unless `Accept-Language: en`).

    **Sets headers:** `Retry-After`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/inspections/v1/public/centers"
    ```

    Args:
        q (str): Licence number (Persian digits accepted) or part of the name
        limit (int | Unset): Page size, at most 20 Default: 20.
        offset (int | Unset): Rows to skip, at most 10000 (deeper: use the cursor) Default: 0.
        cursor (None | str | Unset): The `next` of the previous page (opaque); leave out for the
            first page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PublicCentreSearch]
     """


    kwargs = _get_kwargs(
        q=q,
limit=limit,
offset=offset,
cursor=cursor,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    q: str,
    limit: int | Unset = 20,
    offset: int | Unset = 0,
    cursor: None | str | Unset = UNSET,

) -> Problem | PublicCentreSearch | None:
    """ Search Public Centres

     Search by licence number or name; Persian spelling variants (ي/ی, ك/ک, digits, ZWNJ) match. At most
    20 results a page,
    by name and id; follow `next` as `cursor` for the next page. `total` is counted up to 1,000
    (`total_capped`).

    **Who may call:** anyone (public, no token; answers in Persian unless `Accept-Language: en`).

    **Sets headers:** `Retry-After`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/inspections/v1/public/centers"
    ```

    Args:
        q (str): Licence number (Persian digits accepted) or part of the name
        limit (int | Unset): Page size, at most 20 Default: 20.
        offset (int | Unset): Rows to skip, at most 10000 (deeper: use the cursor) Default: 0.
        cursor (None | str | Unset): The `next` of the previous page (opaque); leave out for the
            first page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PublicCentreSearch
     """


    return (await asyncio_detailed(
        client=client,
q=q,
limit=limit,
offset=offset,
cursor=cursor,

    )).parsed
