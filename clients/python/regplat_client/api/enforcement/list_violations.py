from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.list_violations_state_type_0 import ListViolationsStateType0
from ...models.problem import Problem
from ...models.violation_list import ViolationList
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    center_id: None | str | Unset = UNSET,
    state: ListViolationsStateType0 | None | Unset = UNSET,
    limit: int | Unset = 200,
    offset: int | Unset = 0,
    cursor: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_center_id: None | str | Unset
    if isinstance(center_id, Unset):
        json_center_id = UNSET
    else:
        json_center_id = center_id
    params["center_id"] = json_center_id

    json_state: None | str | Unset
    if isinstance(state, Unset):
        json_state = UNSET
    elif isinstance(state, ListViolationsStateType0):
        json_state = state.value
    else:
        json_state = state
    params["state"] = json_state

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
        "url": "/inspections/v1/violations",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | ViolationList | None:
    if response.status_code == 200:
        response_200 = ViolationList.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | ViolationList]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    center_id: None | str | Unset = UNSET,
    state: ListViolationsStateType0 | None | Unset = UNSET,
    limit: int | Unset = 200,
    offset: int | Unset = 0,
    cursor: None | str | Unset = UNSET,

) -> Response[Problem | ViolationList]:
    """ List Violations

     Violations visible to the caller (a university role: its own university only), newest first
    (`detected_on`, then
    `id`, both descending); at most 200 a page. Follow `next` as `cursor`; `total` is counted up to
    1,000 (`total_capped`).

    **Who may call:** a token whose role is one of `admin`, `medical_council`, `ministry_supervisor`,
    `service`, `university_deputy`, `university_inspector`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/inspections/v1/violations" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        center_id (None | str | Unset):
        state (ListViolationsStateType0 | None | Unset):
        limit (int | Unset): Page size, at most 200 Default: 200.
        offset (int | Unset): Rows to skip, at most 10000 (deeper: use the cursor) Default: 0.
        cursor (None | str | Unset): The `next` of the previous page (opaque); leave out for the
            first page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ViolationList]
     """


    kwargs = _get_kwargs(
        center_id=center_id,
state=state,
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
    center_id: None | str | Unset = UNSET,
    state: ListViolationsStateType0 | None | Unset = UNSET,
    limit: int | Unset = 200,
    offset: int | Unset = 0,
    cursor: None | str | Unset = UNSET,

) -> Problem | ViolationList | None:
    """ List Violations

     Violations visible to the caller (a university role: its own university only), newest first
    (`detected_on`, then
    `id`, both descending); at most 200 a page. Follow `next` as `cursor`; `total` is counted up to
    1,000 (`total_capped`).

    **Who may call:** a token whose role is one of `admin`, `medical_council`, `ministry_supervisor`,
    `service`, `university_deputy`, `university_inspector`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/inspections/v1/violations" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        center_id (None | str | Unset):
        state (ListViolationsStateType0 | None | Unset):
        limit (int | Unset): Page size, at most 200 Default: 200.
        offset (int | Unset): Rows to skip, at most 10000 (deeper: use the cursor) Default: 0.
        cursor (None | str | Unset): The `next` of the previous page (opaque); leave out for the
            first page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ViolationList
     """


    return sync_detailed(
        client=client,
center_id=center_id,
state=state,
limit=limit,
offset=offset,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    center_id: None | str | Unset = UNSET,
    state: ListViolationsStateType0 | None | Unset = UNSET,
    limit: int | Unset = 200,
    offset: int | Unset = 0,
    cursor: None | str | Unset = UNSET,

) -> Response[Problem | ViolationList]:
    """ List Violations

     Violations visible to the caller (a university role: its own university only), newest first
    (`detected_on`, then
    `id`, both descending); at most 200 a page. Follow `next` as `cursor`; `total` is counted up to
    1,000 (`total_capped`).

    **Who may call:** a token whose role is one of `admin`, `medical_council`, `ministry_supervisor`,
    `service`, `university_deputy`, `university_inspector`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/inspections/v1/violations" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        center_id (None | str | Unset):
        state (ListViolationsStateType0 | None | Unset):
        limit (int | Unset): Page size, at most 200 Default: 200.
        offset (int | Unset): Rows to skip, at most 10000 (deeper: use the cursor) Default: 0.
        cursor (None | str | Unset): The `next` of the previous page (opaque); leave out for the
            first page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ViolationList]
     """


    kwargs = _get_kwargs(
        center_id=center_id,
state=state,
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
    center_id: None | str | Unset = UNSET,
    state: ListViolationsStateType0 | None | Unset = UNSET,
    limit: int | Unset = 200,
    offset: int | Unset = 0,
    cursor: None | str | Unset = UNSET,

) -> Problem | ViolationList | None:
    """ List Violations

     Violations visible to the caller (a university role: its own university only), newest first
    (`detected_on`, then
    `id`, both descending); at most 200 a page. Follow `next` as `cursor`; `total` is counted up to
    1,000 (`total_capped`).

    **Who may call:** a token whose role is one of `admin`, `medical_council`, `ministry_supervisor`,
    `service`, `university_deputy`, `university_inspector`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/inspections/v1/violations" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        center_id (None | str | Unset):
        state (ListViolationsStateType0 | None | Unset):
        limit (int | Unset): Page size, at most 200 Default: 200.
        offset (int | Unset): Rows to skip, at most 10000 (deeper: use the cursor) Default: 0.
        cursor (None | str | Unset): The `next` of the previous page (opaque); leave out for the
            first page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ViolationList
     """


    return (await asyncio_detailed(
        client=client,
center_id=center_id,
state=state,
limit=limit,
offset=offset,
cursor=cursor,

    )).parsed
