from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.agency_violations import AgencyViolations
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    code: str,
    *,
    limit: int | Unset = 100,
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
        "url": "/claims/v1/agencies/{code}/violations".format(code=quote(str(code), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AgencyViolations | Problem | None:
    if response.status_code == 200:
        response_200 = AgencyViolations.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AgencyViolations | Problem]:
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
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    cursor: None | str | Unset = UNSET,

) -> Response[AgencyViolations | Problem]:
    """ List Agency Violations

     CLM-C/CH/H1: the agency's violations with their penalty path and compensation, by the day they were
    proven (then id);
    the licensing headquarters sees every agency. Paged by `cursor` (the previous page's `next`);
    `total` counted up to 1,000.

    **Who may call:** a token whose role is one of `admin`, `agency_staff`, `licensing_hq`,
    `review_office`, `secretariat`, `service`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/claims/v1/agencies/{code}/violations" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        code (str):
        limit (int | Unset): Page size, at most 500 Default: 100.
        offset (int | Unset): Rows to skip, at most 10000 (deeper: use the cursor) Default: 0.
        cursor (None | str | Unset): The `next` of the previous page (opaque); leave out for the
            first page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgencyViolations | Problem]
     """


    kwargs = _get_kwargs(
        code=code,
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
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    cursor: None | str | Unset = UNSET,

) -> AgencyViolations | Problem | None:
    """ List Agency Violations

     CLM-C/CH/H1: the agency's violations with their penalty path and compensation, by the day they were
    proven (then id);
    the licensing headquarters sees every agency. Paged by `cursor` (the previous page's `next`);
    `total` counted up to 1,000.

    **Who may call:** a token whose role is one of `admin`, `agency_staff`, `licensing_hq`,
    `review_office`, `secretariat`, `service`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/claims/v1/agencies/{code}/violations" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        code (str):
        limit (int | Unset): Page size, at most 500 Default: 100.
        offset (int | Unset): Rows to skip, at most 10000 (deeper: use the cursor) Default: 0.
        cursor (None | str | Unset): The `next` of the previous page (opaque); leave out for the
            first page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgencyViolations | Problem
     """


    return sync_detailed(
        code=code,
client=client,
limit=limit,
offset=offset,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    cursor: None | str | Unset = UNSET,

) -> Response[AgencyViolations | Problem]:
    """ List Agency Violations

     CLM-C/CH/H1: the agency's violations with their penalty path and compensation, by the day they were
    proven (then id);
    the licensing headquarters sees every agency. Paged by `cursor` (the previous page's `next`);
    `total` counted up to 1,000.

    **Who may call:** a token whose role is one of `admin`, `agency_staff`, `licensing_hq`,
    `review_office`, `secretariat`, `service`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/claims/v1/agencies/{code}/violations" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        code (str):
        limit (int | Unset): Page size, at most 500 Default: 100.
        offset (int | Unset): Rows to skip, at most 10000 (deeper: use the cursor) Default: 0.
        cursor (None | str | Unset): The `next` of the previous page (opaque); leave out for the
            first page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgencyViolations | Problem]
     """


    kwargs = _get_kwargs(
        code=code,
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
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    cursor: None | str | Unset = UNSET,

) -> AgencyViolations | Problem | None:
    """ List Agency Violations

     CLM-C/CH/H1: the agency's violations with their penalty path and compensation, by the day they were
    proven (then id);
    the licensing headquarters sees every agency. Paged by `cursor` (the previous page's `next`);
    `total` counted up to 1,000.

    **Who may call:** a token whose role is one of `admin`, `agency_staff`, `licensing_hq`,
    `review_office`, `secretariat`, `service`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/claims/v1/agencies/{code}/violations" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        code (str):
        limit (int | Unset): Page size, at most 500 Default: 100.
        offset (int | Unset): Rows to skip, at most 10000 (deeper: use the cursor) Default: 0.
        cursor (None | str | Unset): The `next` of the previous page (opaque); leave out for the
            first page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgencyViolations | Problem
     """


    return (await asyncio_detailed(
        code=code,
client=client,
limit=limit,
offset=offset,
cursor=cursor,

    )).parsed
