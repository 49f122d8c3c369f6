from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.list_offlabel_requests_status_type_0 import ListOfflabelRequestsStatusType0
from ...models.off_label_request_list import OffLabelRequestList
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    status: ListOfflabelRequestsStatusType0 | None | Unset = UNSET,
    page: int | Unset = 1,
    size: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, ListOfflabelRequestsStatusType0):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    params["page"] = page

    params["size"] = size

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/offlabel/v1/requests",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OffLabelRequestList | Problem | None:
    if response.status_code == 200:
        response_200 = OffLabelRequestList.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[OffLabelRequestList | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: ListOfflabelRequestsStatusType0 | None | Unset = UNSET,
    page: int | Unset = 1,
    size: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[OffLabelRequestList | Problem]:
    """ Requests visible to the caller (own / own insured / all for the ministry)

     Newest first. A physician sees the requests filed under their council number, an insurer those of
    its insured
    (`insurer` = the token's `org`), the ministry and admins all. Paged with `page` (from 1) and `size`;
    the answer is the
    platform's list envelope (`items`, `total`, `limit`, `offset`, `next`, `total_capped`). Deeper than
    page 1,000, or to
    walk the whole list while requests are being filed, follow `next` as `cursor`; `total` is counted up
    to 1,000.

    **Who may call:** a token whose role is one of `admin`, `insurer`, `ministry_admin`, `physician`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/offlabel/v1/requests" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        status (ListOfflabelRequestsStatusType0 | None | Unset):
        page (int | Unset): Page number from 1, at most 1000 (deeper: use the cursor) Default: 1.
        size (int | Unset): Page size, at most 100 Default: 20.
        cursor (None | str | Unset): The `next` of the previous page (opaque); leave out for the
            first page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OffLabelRequestList | Problem]
     """


    kwargs = _get_kwargs(
        status=status,
page=page,
size=size,
cursor=cursor,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    status: ListOfflabelRequestsStatusType0 | None | Unset = UNSET,
    page: int | Unset = 1,
    size: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> OffLabelRequestList | Problem | None:
    """ Requests visible to the caller (own / own insured / all for the ministry)

     Newest first. A physician sees the requests filed under their council number, an insurer those of
    its insured
    (`insurer` = the token's `org`), the ministry and admins all. Paged with `page` (from 1) and `size`;
    the answer is the
    platform's list envelope (`items`, `total`, `limit`, `offset`, `next`, `total_capped`). Deeper than
    page 1,000, or to
    walk the whole list while requests are being filed, follow `next` as `cursor`; `total` is counted up
    to 1,000.

    **Who may call:** a token whose role is one of `admin`, `insurer`, `ministry_admin`, `physician`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/offlabel/v1/requests" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        status (ListOfflabelRequestsStatusType0 | None | Unset):
        page (int | Unset): Page number from 1, at most 1000 (deeper: use the cursor) Default: 1.
        size (int | Unset): Page size, at most 100 Default: 20.
        cursor (None | str | Unset): The `next` of the previous page (opaque); leave out for the
            first page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OffLabelRequestList | Problem
     """


    return sync_detailed(
        client=client,
status=status,
page=page,
size=size,
cursor=cursor,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: ListOfflabelRequestsStatusType0 | None | Unset = UNSET,
    page: int | Unset = 1,
    size: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> Response[OffLabelRequestList | Problem]:
    """ Requests visible to the caller (own / own insured / all for the ministry)

     Newest first. A physician sees the requests filed under their council number, an insurer those of
    its insured
    (`insurer` = the token's `org`), the ministry and admins all. Paged with `page` (from 1) and `size`;
    the answer is the
    platform's list envelope (`items`, `total`, `limit`, `offset`, `next`, `total_capped`). Deeper than
    page 1,000, or to
    walk the whole list while requests are being filed, follow `next` as `cursor`; `total` is counted up
    to 1,000.

    **Who may call:** a token whose role is one of `admin`, `insurer`, `ministry_admin`, `physician`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/offlabel/v1/requests" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        status (ListOfflabelRequestsStatusType0 | None | Unset):
        page (int | Unset): Page number from 1, at most 1000 (deeper: use the cursor) Default: 1.
        size (int | Unset): Page size, at most 100 Default: 20.
        cursor (None | str | Unset): The `next` of the previous page (opaque); leave out for the
            first page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OffLabelRequestList | Problem]
     """


    kwargs = _get_kwargs(
        status=status,
page=page,
size=size,
cursor=cursor,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    status: ListOfflabelRequestsStatusType0 | None | Unset = UNSET,
    page: int | Unset = 1,
    size: int | Unset = 20,
    cursor: None | str | Unset = UNSET,

) -> OffLabelRequestList | Problem | None:
    """ Requests visible to the caller (own / own insured / all for the ministry)

     Newest first. A physician sees the requests filed under their council number, an insurer those of
    its insured
    (`insurer` = the token's `org`), the ministry and admins all. Paged with `page` (from 1) and `size`;
    the answer is the
    platform's list envelope (`items`, `total`, `limit`, `offset`, `next`, `total_capped`). Deeper than
    page 1,000, or to
    walk the whole list while requests are being filed, follow `next` as `cursor`; `total` is counted up
    to 1,000.

    **Who may call:** a token whose role is one of `admin`, `insurer`, `ministry_admin`, `physician`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/offlabel/v1/requests" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        status (ListOfflabelRequestsStatusType0 | None | Unset):
        page (int | Unset): Page number from 1, at most 1000 (deeper: use the cursor) Default: 1.
        size (int | Unset): Page size, at most 100 Default: 20.
        cursor (None | str | Unset): The `next` of the previous page (opaque); leave out for the
            first page

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OffLabelRequestList | Problem
     """


    return (await asyncio_detailed(
        client=client,
status=status,
page=page,
size=size,
cursor=cursor,

    )).parsed
