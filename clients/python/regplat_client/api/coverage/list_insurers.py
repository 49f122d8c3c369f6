from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.insurer_directory import InsurerDirectory
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    
) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/offlabel/v1/insurers",
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> InsurerDirectory | Problem | None:
    if response.status_code == 200:
        response_200 = InsurerDirectory.from_dict(response.json())



        return response_200

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[InsurerDirectory | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,

) -> Response[InsurerDirectory | Problem]:
    """ Insurers that record coverage decisions (data)

     The insurers a request may name (`insurer`) and each one's coverage policy per guideline, as entered
    (`confirmed: false` while nobody has confirmed the figures: a decision resting on them is
    provisional).

    **Who may call:** anyone (public, no token; answers in Persian unless `Accept-Language: en`).

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/offlabel/v1/insurers"
    ```

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InsurerDirectory | Problem]
     """


    kwargs = _get_kwargs(
        
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,

) -> InsurerDirectory | Problem | None:
    """ Insurers that record coverage decisions (data)

     The insurers a request may name (`insurer`) and each one's coverage policy per guideline, as entered
    (`confirmed: false` while nobody has confirmed the figures: a decision resting on them is
    provisional).

    **Who may call:** anyone (public, no token; answers in Persian unless `Accept-Language: en`).

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/offlabel/v1/insurers"
    ```

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InsurerDirectory | Problem
     """


    return sync_detailed(
        client=client,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,

) -> Response[InsurerDirectory | Problem]:
    """ Insurers that record coverage decisions (data)

     The insurers a request may name (`insurer`) and each one's coverage policy per guideline, as entered
    (`confirmed: false` while nobody has confirmed the figures: a decision resting on them is
    provisional).

    **Who may call:** anyone (public, no token; answers in Persian unless `Accept-Language: en`).

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/offlabel/v1/insurers"
    ```

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InsurerDirectory | Problem]
     """


    kwargs = _get_kwargs(
        
    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,

) -> InsurerDirectory | Problem | None:
    """ Insurers that record coverage decisions (data)

     The insurers a request may name (`insurer`) and each one's coverage policy per guideline, as entered
    (`confirmed: false` while nobody has confirmed the figures: a decision resting on them is
    provisional).

    **Who may call:** anyone (public, no token; answers in Persian unless `Accept-Language: en`).

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/offlabel/v1/insurers"
    ```

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InsurerDirectory | Problem
     """


    return (await asyncio_detailed(
        client=client,

    )).parsed
