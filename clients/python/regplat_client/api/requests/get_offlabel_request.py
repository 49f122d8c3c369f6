from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.off_label_request_detail import OffLabelRequestDetail
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    request_id: str,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/offlabel/v1/requests/{request_id}".format(request_id=quote(str(request_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OffLabelRequestDetail | Problem | None:
    if response.status_code == 200:
        response_200 = OffLabelRequestDetail.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[OffLabelRequestDetail | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    request_id: str,
    *,
    client: AuthenticatedClient,

) -> Response[OffLabelRequestDetail | Problem]:
    """ One request with its evaluation (ETag)

     The request with its latest evaluation, authorization (when approved) and coverage (once the insurer
    decided). A request
    the caller may not see (another physician's, another insurer's) is 404. The ETag is the If-Match of
    the next change.

    **Who may call:** a token whose role is one of `admin`, `insurer`, `ministry_admin`, `physician`.

    **Sets headers:** `ETag`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/offlabel/v1/requests/{request_id}" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        request_id (str): the request id

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OffLabelRequestDetail | Problem]
     """


    kwargs = _get_kwargs(
        request_id=request_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    request_id: str,
    *,
    client: AuthenticatedClient,

) -> OffLabelRequestDetail | Problem | None:
    """ One request with its evaluation (ETag)

     The request with its latest evaluation, authorization (when approved) and coverage (once the insurer
    decided). A request
    the caller may not see (another physician's, another insurer's) is 404. The ETag is the If-Match of
    the next change.

    **Who may call:** a token whose role is one of `admin`, `insurer`, `ministry_admin`, `physician`.

    **Sets headers:** `ETag`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/offlabel/v1/requests/{request_id}" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        request_id (str): the request id

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OffLabelRequestDetail | Problem
     """


    return sync_detailed(
        request_id=request_id,
client=client,

    ).parsed

async def asyncio_detailed(
    request_id: str,
    *,
    client: AuthenticatedClient,

) -> Response[OffLabelRequestDetail | Problem]:
    """ One request with its evaluation (ETag)

     The request with its latest evaluation, authorization (when approved) and coverage (once the insurer
    decided). A request
    the caller may not see (another physician's, another insurer's) is 404. The ETag is the If-Match of
    the next change.

    **Who may call:** a token whose role is one of `admin`, `insurer`, `ministry_admin`, `physician`.

    **Sets headers:** `ETag`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/offlabel/v1/requests/{request_id}" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        request_id (str): the request id

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OffLabelRequestDetail | Problem]
     """


    kwargs = _get_kwargs(
        request_id=request_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    request_id: str,
    *,
    client: AuthenticatedClient,

) -> OffLabelRequestDetail | Problem | None:
    """ One request with its evaluation (ETag)

     The request with its latest evaluation, authorization (when approved) and coverage (once the insurer
    decided). A request
    the caller may not see (another physician's, another insurer's) is 404. The ETag is the If-Match of
    the next change.

    **Who may call:** a token whose role is one of `admin`, `insurer`, `ministry_admin`, `physician`.

    **Sets headers:** `ETag`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/offlabel/v1/requests/{request_id}" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        request_id (str): the request id

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OffLabelRequestDetail | Problem
     """


    return (await asyncio_detailed(
        request_id=request_id,
client=client,

    )).parsed
