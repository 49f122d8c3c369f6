from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.agency_case_list import AgencyCaseList
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    code: str,
    *,
    overdue: bool | None | Unset = UNSET,
    state: None | str | Unset = UNSET,
    held: bool | None | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    cursor: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_overdue: bool | None | Unset
    if isinstance(overdue, Unset):
        json_overdue = UNSET
    else:
        json_overdue = overdue
    params["overdue"] = json_overdue

    json_state: None | str | Unset
    if isinstance(state, Unset):
        json_state = UNSET
    else:
        json_state = state
    params["state"] = json_state

    json_held: bool | None | Unset
    if isinstance(held, Unset):
        json_held = UNSET
    else:
        json_held = held
    params["held"] = json_held

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
        "url": "/claims/v1/agencies/{code}/cases".format(code=quote(str(code), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AgencyCaseList | Problem | None:
    if response.status_code == 200:
        response_200 = AgencyCaseList.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AgencyCaseList | Problem]:
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
    overdue: bool | None | Unset = UNSET,
    state: None | str | Unset = UNSET,
    held: bool | None | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    cursor: None | str | Unset = UNSET,

) -> Response[AgencyCaseList | Problem]:
    """ List Agency Cases

     The agency's cases with their deadline state; `overdue=true` lists open cases past the CLM-A5
    deadline;
    `held=true` those with lines awaiting offlabel / inspections (SPEC X1/X2). By deadline (due_at, then
    id); paged by
    `cursor` (the previous page's `next`) at the same cost at any depth; `total` is counted up to 1,000
    (`total_capped`).

    **Who may call:** a token whose role is one of `admin`, `agency_staff`, `review_office`,
    `secretariat`, `service`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/claims/v1/agencies/{code}/cases" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        code (str):
        overdue (bool | None | Unset):
        state (None | str | Unset):
        held (bool | None | Unset): SPEC X1/X2: true = only cases with lines pending_verification
            or needs_review
        limit (int | Unset): Page size, at most 500 Default: 100.
        offset (int | Unset): Rows to skip, at most 10000 (deeper: use the cursor) Default: 0.
        cursor (None | str | Unset): The `next` of the previous page (opaque); leave out for the
            first page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgencyCaseList | Problem]
     """


    kwargs = _get_kwargs(
        code=code,
overdue=overdue,
state=state,
held=held,
limit=limit,
offset=offset,
cursor=cursor,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    code: str,
    *,
    client: AuthenticatedClient,
    overdue: bool | None | Unset = UNSET,
    state: None | str | Unset = UNSET,
    held: bool | None | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    cursor: None | str | Unset = UNSET,

) -> AgencyCaseList | Problem | None:
    """ List Agency Cases

     The agency's cases with their deadline state; `overdue=true` lists open cases past the CLM-A5
    deadline;
    `held=true` those with lines awaiting offlabel / inspections (SPEC X1/X2). By deadline (due_at, then
    id); paged by
    `cursor` (the previous page's `next`) at the same cost at any depth; `total` is counted up to 1,000
    (`total_capped`).

    **Who may call:** a token whose role is one of `admin`, `agency_staff`, `review_office`,
    `secretariat`, `service`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/claims/v1/agencies/{code}/cases" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        code (str):
        overdue (bool | None | Unset):
        state (None | str | Unset):
        held (bool | None | Unset): SPEC X1/X2: true = only cases with lines pending_verification
            or needs_review
        limit (int | Unset): Page size, at most 500 Default: 100.
        offset (int | Unset): Rows to skip, at most 10000 (deeper: use the cursor) Default: 0.
        cursor (None | str | Unset): The `next` of the previous page (opaque); leave out for the
            first page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgencyCaseList | Problem
     """


    return sync_detailed(
        code=code,
client=client,
overdue=overdue,
state=state,
held=held,
limit=limit,
offset=offset,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    overdue: bool | None | Unset = UNSET,
    state: None | str | Unset = UNSET,
    held: bool | None | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    cursor: None | str | Unset = UNSET,

) -> Response[AgencyCaseList | Problem]:
    """ List Agency Cases

     The agency's cases with their deadline state; `overdue=true` lists open cases past the CLM-A5
    deadline;
    `held=true` those with lines awaiting offlabel / inspections (SPEC X1/X2). By deadline (due_at, then
    id); paged by
    `cursor` (the previous page's `next`) at the same cost at any depth; `total` is counted up to 1,000
    (`total_capped`).

    **Who may call:** a token whose role is one of `admin`, `agency_staff`, `review_office`,
    `secretariat`, `service`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/claims/v1/agencies/{code}/cases" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        code (str):
        overdue (bool | None | Unset):
        state (None | str | Unset):
        held (bool | None | Unset): SPEC X1/X2: true = only cases with lines pending_verification
            or needs_review
        limit (int | Unset): Page size, at most 500 Default: 100.
        offset (int | Unset): Rows to skip, at most 10000 (deeper: use the cursor) Default: 0.
        cursor (None | str | Unset): The `next` of the previous page (opaque); leave out for the
            first page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgencyCaseList | Problem]
     """


    kwargs = _get_kwargs(
        code=code,
overdue=overdue,
state=state,
held=held,
limit=limit,
offset=offset,
cursor=cursor,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    code: str,
    *,
    client: AuthenticatedClient,
    overdue: bool | None | Unset = UNSET,
    state: None | str | Unset = UNSET,
    held: bool | None | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    cursor: None | str | Unset = UNSET,

) -> AgencyCaseList | Problem | None:
    """ List Agency Cases

     The agency's cases with their deadline state; `overdue=true` lists open cases past the CLM-A5
    deadline;
    `held=true` those with lines awaiting offlabel / inspections (SPEC X1/X2). By deadline (due_at, then
    id); paged by
    `cursor` (the previous page's `next`) at the same cost at any depth; `total` is counted up to 1,000
    (`total_capped`).

    **Who may call:** a token whose role is one of `admin`, `agency_staff`, `review_office`,
    `secretariat`, `service`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/claims/v1/agencies/{code}/cases" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        code (str):
        overdue (bool | None | Unset):
        state (None | str | Unset):
        held (bool | None | Unset): SPEC X1/X2: true = only cases with lines pending_verification
            or needs_review
        limit (int | Unset): Page size, at most 500 Default: 100.
        offset (int | Unset): Rows to skip, at most 10000 (deeper: use the cursor) Default: 0.
        cursor (None | str | Unset): The `next` of the previous page (opaque); leave out for the
            first page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgencyCaseList | Problem
     """


    return (await asyncio_detailed(
        code=code,
client=client,
overdue=overdue,
state=state,
held=held,
limit=limit,
offset=offset,
cursor=cursor,

    )).parsed
