from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.declaration_list import DeclarationList
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    state: None | str | Unset = UNSET,
    office: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    cursor: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_state: None | str | Unset
    if isinstance(state, Unset):
        json_state = UNSET
    else:
        json_state = state
    params["state"] = json_state

    json_office: None | str | Unset
    if isinstance(office, Unset):
        json_office = UNSET
    else:
        json_office = office
    params["office"] = json_office

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
        "url": "/customs/v1/declarations",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DeclarationList | Problem | None:
    if response.status_code == 200:
        response_200 = DeclarationList.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DeclarationList | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    state: None | str | Unset = UNSET,
    office: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    cursor: None | str | Unset = UNSET,

) -> Response[DeclarationList | Problem]:
    """ Declarations visible to the caller (office, own, or all for GIO/DG)

     Newest first (`created_at`, then `id`, both descending). A customs officer sees their office's
    declarations, a
    traveller their own, GIO and the DG all of them. Page with `cursor` (the previous page's `next`);
    `total` is counted up
    to 1,000 (`total_capped`).

    **Who may call:** a token whose role is one of `admin`, `customs_officer`, `dpna_dg`, `gio_expert`,
    `gio_head`, `traveller`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/customs/v1/declarations" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        state (None | str | Unset): One of: awaiting_expert_review, awaiting_head_approval,
            awaiting_dg_release, awaiting_stamp, cleared, refused
        office (None | str | Unset):
        limit (int | Unset): Page size, at most 100 Default: 50.
        offset (int | Unset): Rows to skip, at most 10000 (deeper: use the cursor) Default: 0.
        cursor (None | str | Unset): The `next` of the previous page (opaque); leave out for the
            first page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeclarationList | Problem]
     """


    kwargs = _get_kwargs(
        state=state,
office=office,
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
    client: AuthenticatedClient,
    state: None | str | Unset = UNSET,
    office: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    cursor: None | str | Unset = UNSET,

) -> DeclarationList | Problem | None:
    """ Declarations visible to the caller (office, own, or all for GIO/DG)

     Newest first (`created_at`, then `id`, both descending). A customs officer sees their office's
    declarations, a
    traveller their own, GIO and the DG all of them. Page with `cursor` (the previous page's `next`);
    `total` is counted up
    to 1,000 (`total_capped`).

    **Who may call:** a token whose role is one of `admin`, `customs_officer`, `dpna_dg`, `gio_expert`,
    `gio_head`, `traveller`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/customs/v1/declarations" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        state (None | str | Unset): One of: awaiting_expert_review, awaiting_head_approval,
            awaiting_dg_release, awaiting_stamp, cleared, refused
        office (None | str | Unset):
        limit (int | Unset): Page size, at most 100 Default: 50.
        offset (int | Unset): Rows to skip, at most 10000 (deeper: use the cursor) Default: 0.
        cursor (None | str | Unset): The `next` of the previous page (opaque); leave out for the
            first page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeclarationList | Problem
     """


    return sync_detailed(
        client=client,
state=state,
office=office,
limit=limit,
offset=offset,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    state: None | str | Unset = UNSET,
    office: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    cursor: None | str | Unset = UNSET,

) -> Response[DeclarationList | Problem]:
    """ Declarations visible to the caller (office, own, or all for GIO/DG)

     Newest first (`created_at`, then `id`, both descending). A customs officer sees their office's
    declarations, a
    traveller their own, GIO and the DG all of them. Page with `cursor` (the previous page's `next`);
    `total` is counted up
    to 1,000 (`total_capped`).

    **Who may call:** a token whose role is one of `admin`, `customs_officer`, `dpna_dg`, `gio_expert`,
    `gio_head`, `traveller`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/customs/v1/declarations" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        state (None | str | Unset): One of: awaiting_expert_review, awaiting_head_approval,
            awaiting_dg_release, awaiting_stamp, cleared, refused
        office (None | str | Unset):
        limit (int | Unset): Page size, at most 100 Default: 50.
        offset (int | Unset): Rows to skip, at most 10000 (deeper: use the cursor) Default: 0.
        cursor (None | str | Unset): The `next` of the previous page (opaque); leave out for the
            first page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeclarationList | Problem]
     """


    kwargs = _get_kwargs(
        state=state,
office=office,
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
    client: AuthenticatedClient,
    state: None | str | Unset = UNSET,
    office: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
    cursor: None | str | Unset = UNSET,

) -> DeclarationList | Problem | None:
    """ Declarations visible to the caller (office, own, or all for GIO/DG)

     Newest first (`created_at`, then `id`, both descending). A customs officer sees their office's
    declarations, a
    traveller their own, GIO and the DG all of them. Page with `cursor` (the previous page's `next`);
    `total` is counted up
    to 1,000 (`total_capped`).

    **Who may call:** a token whose role is one of `admin`, `customs_officer`, `dpna_dg`, `gio_expert`,
    `gio_head`, `traveller`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/customs/v1/declarations" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        state (None | str | Unset): One of: awaiting_expert_review, awaiting_head_approval,
            awaiting_dg_release, awaiting_stamp, cleared, refused
        office (None | str | Unset):
        limit (int | Unset): Page size, at most 100 Default: 50.
        offset (int | Unset): Rows to skip, at most 10000 (deeper: use the cursor) Default: 0.
        cursor (None | str | Unset): The `next` of the previous page (opaque); leave out for the
            first page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeclarationList | Problem
     """


    return (await asyncio_detailed(
        client=client,
state=state,
office=office,
limit=limit,
offset=offset,
cursor=cursor,

    )).parsed
