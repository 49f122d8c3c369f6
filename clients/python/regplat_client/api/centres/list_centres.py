from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.centre_list import CentreList
from ...models.list_centres_kind_type_0 import ListCentresKindType0
from ...models.list_centres_status_type_0 import ListCentresStatusType0
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    university: None | str | Unset = UNSET,
    status: ListCentresStatusType0 | None | Unset = UNSET,
    kind: ListCentresKindType0 | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_university: None | str | Unset
    if isinstance(university, Unset):
        json_university = UNSET
    else:
        json_university = university
    params["university"] = json_university

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, ListCentresStatusType0):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, ListCentresKindType0):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    params["page"] = page

    params["page_size"] = page_size

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/inspections/v1/centers",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CentreList | Problem | None:
    if response.status_code == 200:
        response_200 = CentreList.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CentreList | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    university: None | str | Unset = UNSET,
    status: ListCentresStatusType0 | None | Unset = UNSET,
    kind: ListCentresKindType0 | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> Response[CentreList | Problem]:
    """ List Centres

     Centres visible to the caller (a university role: its own university only), by university, name and
    id.

    Paged with `page` (from 1) and `page_size` (at most 100), or with `cursor` (the previous page's
    `next`: deeper
    than page 1,000, or to walk the whole list while centres are being registered); the answer is the
    platform's
    list envelope (`items`, `total` counted up to 1,000 with `total_capped`, `limit`, `offset`, `next`).

    **Who may call:** a token whose role is one of `admin`, `medical_council`, `ministry_supervisor`,
    `service`, `university_deputy`, `university_inspector`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/inspections/v1/centers" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        university (None | str | Unset):
        status (ListCentresStatusType0 | None | Unset):
        kind (ListCentresKindType0 | None | Unset):
        q (None | str | Unset): Licence number or part of the name (Persian spelling variants
            match)
        page (int | Unset): Page number from 1, at most 1000 (deeper: use the cursor) Default: 1.
        page_size (int | Unset): Page size, at most 100 Default: 50.
        cursor (None | str | Unset): The `next` of the previous page (opaque); leave out for the
            first page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CentreList | Problem]
     """


    kwargs = _get_kwargs(
        university=university,
status=status,
kind=kind,
q=q,
page=page,
page_size=page_size,
cursor=cursor,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    university: None | str | Unset = UNSET,
    status: ListCentresStatusType0 | None | Unset = UNSET,
    kind: ListCentresKindType0 | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> CentreList | Problem | None:
    """ List Centres

     Centres visible to the caller (a university role: its own university only), by university, name and
    id.

    Paged with `page` (from 1) and `page_size` (at most 100), or with `cursor` (the previous page's
    `next`: deeper
    than page 1,000, or to walk the whole list while centres are being registered); the answer is the
    platform's
    list envelope (`items`, `total` counted up to 1,000 with `total_capped`, `limit`, `offset`, `next`).

    **Who may call:** a token whose role is one of `admin`, `medical_council`, `ministry_supervisor`,
    `service`, `university_deputy`, `university_inspector`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/inspections/v1/centers" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        university (None | str | Unset):
        status (ListCentresStatusType0 | None | Unset):
        kind (ListCentresKindType0 | None | Unset):
        q (None | str | Unset): Licence number or part of the name (Persian spelling variants
            match)
        page (int | Unset): Page number from 1, at most 1000 (deeper: use the cursor) Default: 1.
        page_size (int | Unset): Page size, at most 100 Default: 50.
        cursor (None | str | Unset): The `next` of the previous page (opaque); leave out for the
            first page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CentreList | Problem
     """


    return sync_detailed(
        client=client,
university=university,
status=status,
kind=kind,
q=q,
page=page,
page_size=page_size,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    university: None | str | Unset = UNSET,
    status: ListCentresStatusType0 | None | Unset = UNSET,
    kind: ListCentresKindType0 | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> Response[CentreList | Problem]:
    """ List Centres

     Centres visible to the caller (a university role: its own university only), by university, name and
    id.

    Paged with `page` (from 1) and `page_size` (at most 100), or with `cursor` (the previous page's
    `next`: deeper
    than page 1,000, or to walk the whole list while centres are being registered); the answer is the
    platform's
    list envelope (`items`, `total` counted up to 1,000 with `total_capped`, `limit`, `offset`, `next`).

    **Who may call:** a token whose role is one of `admin`, `medical_council`, `ministry_supervisor`,
    `service`, `university_deputy`, `university_inspector`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/inspections/v1/centers" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        university (None | str | Unset):
        status (ListCentresStatusType0 | None | Unset):
        kind (ListCentresKindType0 | None | Unset):
        q (None | str | Unset): Licence number or part of the name (Persian spelling variants
            match)
        page (int | Unset): Page number from 1, at most 1000 (deeper: use the cursor) Default: 1.
        page_size (int | Unset): Page size, at most 100 Default: 50.
        cursor (None | str | Unset): The `next` of the previous page (opaque); leave out for the
            first page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CentreList | Problem]
     """


    kwargs = _get_kwargs(
        university=university,
status=status,
kind=kind,
q=q,
page=page,
page_size=page_size,
cursor=cursor,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    university: None | str | Unset = UNSET,
    status: ListCentresStatusType0 | None | Unset = UNSET,
    kind: ListCentresKindType0 | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,

) -> CentreList | Problem | None:
    """ List Centres

     Centres visible to the caller (a university role: its own university only), by university, name and
    id.

    Paged with `page` (from 1) and `page_size` (at most 100), or with `cursor` (the previous page's
    `next`: deeper
    than page 1,000, or to walk the whole list while centres are being registered); the answer is the
    platform's
    list envelope (`items`, `total` counted up to 1,000 with `total_capped`, `limit`, `offset`, `next`).

    **Who may call:** a token whose role is one of `admin`, `medical_council`, `ministry_supervisor`,
    `service`, `university_deputy`, `university_inspector`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/inspections/v1/centers" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        university (None | str | Unset):
        status (ListCentresStatusType0 | None | Unset):
        kind (ListCentresKindType0 | None | Unset):
        q (None | str | Unset): Licence number or part of the name (Persian spelling variants
            match)
        page (int | Unset): Page number from 1, at most 1000 (deeper: use the cursor) Default: 1.
        page_size (int | Unset): Page size, at most 100 Default: 50.
        cursor (None | str | Unset): The `next` of the previous page (opaque); leave out for the
            first page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CentreList | Problem
     """


    return (await asyncio_detailed(
        client=client,
university=university,
status=status,
kind=kind,
q=q,
page=page,
page_size=page_size,
cursor=cursor,

    )).parsed
