from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.fee_statement import FeeStatement
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    code: str,
    *,
    year: int,
    month: int,
    format_: None | str | Unset = UNSET,
    limit: int | Unset = 1000,
    offset: int | Unset = 0,
    cursor: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["year"] = year

    params["month"] = month

    json_format_: None | str | Unset
    if isinstance(format_, Unset):
        json_format_ = UNSET
    else:
        json_format_ = format_
    params["format"] = json_format_

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
        "url": "/claims/v1/agencies/{code}/fees".format(code=quote(str(code), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> FeeStatement | Problem | None:
    if response.status_code == 200:
        response_200 = FeeStatement.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[FeeStatement | Problem]:
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
    year: int,
    month: int,
    format_: None | str | Unset = UNSET,
    limit: int | Unset = 1000,
    offset: int | Unset = 0,
    cursor: None | str | Unset = UNSET,

) -> Response[FeeStatement | Problem]:
    """ Get Agency Fee Statement

     The agency's monthly fee statement (cases registered in that Jalali month that earned their one
    fee); JSON or CSV.

    JSON: the totals cover the whole month; `lines` is a page in registration order, paged by `cursor`
    (the previous
    page's `next`). CSV with `format=csv` or `Accept: text/csv`: every line of the month (no paging) and
    a total row,
    streamed while it is read (UTF-8 with a byte-order mark, for Excel).

    **Who may call:** a token whose role is one of `admin`, `agency_staff`, `review_office`,
    `secretariat`, `service`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/claims/v1/agencies/{code}/fees" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        code (str):
        year (int): Jalali year (any digits)
        month (int): Jalali month (any digits)
        format_ (None | str | Unset):
        limit (int | Unset): Page size, at most 10000 Default: 1000.
        offset (int | Unset): Rows to skip, at most 10000 (deeper: use the cursor) Default: 0.
        cursor (None | str | Unset): The `next` of the previous page (opaque); leave out for the
            first page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FeeStatement | Problem]
     """


    kwargs = _get_kwargs(
        code=code,
year=year,
month=month,
format_=format_,
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
    year: int,
    month: int,
    format_: None | str | Unset = UNSET,
    limit: int | Unset = 1000,
    offset: int | Unset = 0,
    cursor: None | str | Unset = UNSET,

) -> FeeStatement | Problem | None:
    """ Get Agency Fee Statement

     The agency's monthly fee statement (cases registered in that Jalali month that earned their one
    fee); JSON or CSV.

    JSON: the totals cover the whole month; `lines` is a page in registration order, paged by `cursor`
    (the previous
    page's `next`). CSV with `format=csv` or `Accept: text/csv`: every line of the month (no paging) and
    a total row,
    streamed while it is read (UTF-8 with a byte-order mark, for Excel).

    **Who may call:** a token whose role is one of `admin`, `agency_staff`, `review_office`,
    `secretariat`, `service`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/claims/v1/agencies/{code}/fees" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        code (str):
        year (int): Jalali year (any digits)
        month (int): Jalali month (any digits)
        format_ (None | str | Unset):
        limit (int | Unset): Page size, at most 10000 Default: 1000.
        offset (int | Unset): Rows to skip, at most 10000 (deeper: use the cursor) Default: 0.
        cursor (None | str | Unset): The `next` of the previous page (opaque); leave out for the
            first page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FeeStatement | Problem
     """


    return sync_detailed(
        code=code,
client=client,
year=year,
month=month,
format_=format_,
limit=limit,
offset=offset,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    year: int,
    month: int,
    format_: None | str | Unset = UNSET,
    limit: int | Unset = 1000,
    offset: int | Unset = 0,
    cursor: None | str | Unset = UNSET,

) -> Response[FeeStatement | Problem]:
    """ Get Agency Fee Statement

     The agency's monthly fee statement (cases registered in that Jalali month that earned their one
    fee); JSON or CSV.

    JSON: the totals cover the whole month; `lines` is a page in registration order, paged by `cursor`
    (the previous
    page's `next`). CSV with `format=csv` or `Accept: text/csv`: every line of the month (no paging) and
    a total row,
    streamed while it is read (UTF-8 with a byte-order mark, for Excel).

    **Who may call:** a token whose role is one of `admin`, `agency_staff`, `review_office`,
    `secretariat`, `service`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/claims/v1/agencies/{code}/fees" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        code (str):
        year (int): Jalali year (any digits)
        month (int): Jalali month (any digits)
        format_ (None | str | Unset):
        limit (int | Unset): Page size, at most 10000 Default: 1000.
        offset (int | Unset): Rows to skip, at most 10000 (deeper: use the cursor) Default: 0.
        cursor (None | str | Unset): The `next` of the previous page (opaque); leave out for the
            first page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FeeStatement | Problem]
     """


    kwargs = _get_kwargs(
        code=code,
year=year,
month=month,
format_=format_,
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
    year: int,
    month: int,
    format_: None | str | Unset = UNSET,
    limit: int | Unset = 1000,
    offset: int | Unset = 0,
    cursor: None | str | Unset = UNSET,

) -> FeeStatement | Problem | None:
    """ Get Agency Fee Statement

     The agency's monthly fee statement (cases registered in that Jalali month that earned their one
    fee); JSON or CSV.

    JSON: the totals cover the whole month; `lines` is a page in registration order, paged by `cursor`
    (the previous
    page's `next`). CSV with `format=csv` or `Accept: text/csv`: every line of the month (no paging) and
    a total row,
    streamed while it is read (UTF-8 with a byte-order mark, for Excel).

    **Who may call:** a token whose role is one of `admin`, `agency_staff`, `review_office`,
    `secretariat`, `service`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/claims/v1/agencies/{code}/fees" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        code (str):
        year (int): Jalali year (any digits)
        month (int): Jalali month (any digits)
        format_ (None | str | Unset):
        limit (int | Unset): Page size, at most 10000 Default: 1000.
        offset (int | Unset): Rows to skip, at most 10000 (deeper: use the cursor) Default: 0.
        cursor (None | str | Unset): The `next` of the previous page (opaque); leave out for the
            first page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FeeStatement | Problem
     """


    return (await asyncio_detailed(
        code=code,
client=client,
year=year,
month=month,
format_=format_,
limit=limit,
offset=offset,
cursor=cursor,

    )).parsed
