from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.reference_list_page import ReferenceListPage
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    list_name: str,
    *,
    limit: int | Unset = 500,
    offset: int | Unset = 0,
    cursor: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

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
        "url": "/customs/v1/reference/{list_name}".format(list_name=quote(str(list_name), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | ReferenceListPage | None:
    if response.status_code == 200:
        response_200 = ReferenceListPage.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | ReferenceListPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    list_name: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 500,
    offset: int | Unset = 0,
    cursor: None | str | Unset = UNSET,

) -> Response[Problem | ReferenceListPage]:
    """ One reference list (rows, version, columns)

     A page of the list's rows in the order of its CSV (`items`, each a row keyed by column), with its
    version. Page
    with `cursor` (the previous page's `next`, which names a row's position in the list).

    **Who may call:** any caller with a valid token.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/customs/v1/reference/{list_name}" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        list_name (str): One of: substances, combinations, formulary, controlled, doping,
            abortifacients, recalls, regenerative_products, high_value, shortage, customs_offices,
            dosage_forms, export_small_quantity
        limit (int | Unset): Page size, at most 1000 Default: 500.
        offset (int | Unset): Rows to skip, at most 10000 (deeper: use the cursor) Default: 0.
        cursor (None | str | Unset): The `next` of the previous page (opaque); leave out for the
            first page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReferenceListPage]
     """


    kwargs = _get_kwargs(
        list_name=list_name,
limit=limit,
offset=offset,
cursor=cursor,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    list_name: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 500,
    offset: int | Unset = 0,
    cursor: None | str | Unset = UNSET,

) -> Problem | ReferenceListPage | None:
    """ One reference list (rows, version, columns)

     A page of the list's rows in the order of its CSV (`items`, each a row keyed by column), with its
    version. Page
    with `cursor` (the previous page's `next`, which names a row's position in the list).

    **Who may call:** any caller with a valid token.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/customs/v1/reference/{list_name}" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        list_name (str): One of: substances, combinations, formulary, controlled, doping,
            abortifacients, recalls, regenerative_products, high_value, shortage, customs_offices,
            dosage_forms, export_small_quantity
        limit (int | Unset): Page size, at most 1000 Default: 500.
        offset (int | Unset): Rows to skip, at most 10000 (deeper: use the cursor) Default: 0.
        cursor (None | str | Unset): The `next` of the previous page (opaque); leave out for the
            first page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReferenceListPage
     """


    return sync_detailed(
        list_name=list_name,
client=client,
limit=limit,
offset=offset,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    list_name: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 500,
    offset: int | Unset = 0,
    cursor: None | str | Unset = UNSET,

) -> Response[Problem | ReferenceListPage]:
    """ One reference list (rows, version, columns)

     A page of the list's rows in the order of its CSV (`items`, each a row keyed by column), with its
    version. Page
    with `cursor` (the previous page's `next`, which names a row's position in the list).

    **Who may call:** any caller with a valid token.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/customs/v1/reference/{list_name}" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        list_name (str): One of: substances, combinations, formulary, controlled, doping,
            abortifacients, recalls, regenerative_products, high_value, shortage, customs_offices,
            dosage_forms, export_small_quantity
        limit (int | Unset): Page size, at most 1000 Default: 500.
        offset (int | Unset): Rows to skip, at most 10000 (deeper: use the cursor) Default: 0.
        cursor (None | str | Unset): The `next` of the previous page (opaque); leave out for the
            first page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReferenceListPage]
     """


    kwargs = _get_kwargs(
        list_name=list_name,
limit=limit,
offset=offset,
cursor=cursor,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    list_name: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 500,
    offset: int | Unset = 0,
    cursor: None | str | Unset = UNSET,

) -> Problem | ReferenceListPage | None:
    """ One reference list (rows, version, columns)

     A page of the list's rows in the order of its CSV (`items`, each a row keyed by column), with its
    version. Page
    with `cursor` (the previous page's `next`, which names a row's position in the list).

    **Who may call:** any caller with a valid token.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/customs/v1/reference/{list_name}" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        list_name (str): One of: substances, combinations, formulary, controlled, doping,
            abortifacients, recalls, regenerative_products, high_value, shortage, customs_offices,
            dosage_forms, export_small_quantity
        limit (int | Unset): Page size, at most 1000 Default: 500.
        offset (int | Unset): Rows to skip, at most 10000 (deeper: use the cursor) Default: 0.
        cursor (None | str | Unset): The `next` of the previous page (opaque); leave out for the
            first page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReferenceListPage
     """


    return (await asyncio_detailed(
        list_name=list_name,
client=client,
limit=limit,
offset=offset,
cursor=cursor,

    )).parsed
