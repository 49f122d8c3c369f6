from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.guideline_detail import GuidelineDetail
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    code: str,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/offlabel/v1/guidelines/{code}".format(code=quote(str(code), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GuidelineDetail | Problem | None:
    if response.status_code == 200:
        response_200 = GuidelineDetail.from_dict(response.json())



        return response_200

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GuidelineDetail | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    code: str,
    *,
    client: AuthenticatedClient | Client,

) -> Response[GuidelineDetail | Problem]:
    """ One guideline: every version with its content and provenance (public)

     Every version of one guideline, newest first, each with its full content (the shape of the guideline
    file) and where it
    comes from (a shipped file or a version published over the API, with its SHA-256). An unknown code
    is 404.

    **Who may call:** anyone (public, no token; answers in Persian unless `Accept-Language: en`).

    **Sets headers:** `Retry-After`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/offlabel/v1/guidelines/{code}"
    ```

    Args:
        code (str): The guideline's code, e.g. bevacizumab-intravitreal

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GuidelineDetail | Problem]
     """


    kwargs = _get_kwargs(
        code=code,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    code: str,
    *,
    client: AuthenticatedClient | Client,

) -> GuidelineDetail | Problem | None:
    """ One guideline: every version with its content and provenance (public)

     Every version of one guideline, newest first, each with its full content (the shape of the guideline
    file) and where it
    comes from (a shipped file or a version published over the API, with its SHA-256). An unknown code
    is 404.

    **Who may call:** anyone (public, no token; answers in Persian unless `Accept-Language: en`).

    **Sets headers:** `Retry-After`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/offlabel/v1/guidelines/{code}"
    ```

    Args:
        code (str): The guideline's code, e.g. bevacizumab-intravitreal

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GuidelineDetail | Problem
     """


    return sync_detailed(
        code=code,
client=client,

    ).parsed

async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient | Client,

) -> Response[GuidelineDetail | Problem]:
    """ One guideline: every version with its content and provenance (public)

     Every version of one guideline, newest first, each with its full content (the shape of the guideline
    file) and where it
    comes from (a shipped file or a version published over the API, with its SHA-256). An unknown code
    is 404.

    **Who may call:** anyone (public, no token; answers in Persian unless `Accept-Language: en`).

    **Sets headers:** `Retry-After`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/offlabel/v1/guidelines/{code}"
    ```

    Args:
        code (str): The guideline's code, e.g. bevacizumab-intravitreal

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GuidelineDetail | Problem]
     """


    kwargs = _get_kwargs(
        code=code,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    code: str,
    *,
    client: AuthenticatedClient | Client,

) -> GuidelineDetail | Problem | None:
    """ One guideline: every version with its content and provenance (public)

     Every version of one guideline, newest first, each with its full content (the shape of the guideline
    file) and where it
    comes from (a shipped file or a version published over the API, with its SHA-256). An unknown code
    is 404.

    **Who may call:** anyone (public, no token; answers in Persian unless `Accept-Language: en`).

    **Sets headers:** `Retry-After`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/offlabel/v1/guidelines/{code}"
    ```

    Args:
        code (str): The guideline's code, e.g. bevacizumab-intravitreal

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GuidelineDetail | Problem
     """


    return (await asyncio_detailed(
        code=code,
client=client,

    )).parsed
