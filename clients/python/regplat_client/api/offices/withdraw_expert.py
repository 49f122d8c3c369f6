from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.expert_withdrawal import ExpertWithdrawal
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    code: str,
    expert_sub: str,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/customs/v1/offices/{code}/experts/{expert_sub}".format(code=quote(str(code), safe=""),expert_sub=quote(str(expert_sub), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ExpertWithdrawal | Problem | None:
    if response.status_code == 200:
        response_200 = ExpertWithdrawal.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ExpertWithdrawal | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    code: str,
    expert_sub: str,
    *,
    client: AuthenticatedClient,

) -> Response[ExpertWithdrawal | Problem]:
    """ The head of GIO withdraws an expert from a customs office (CUS-5)

     The expert can no longer act on the office's declarations (404 when not assigned there).

    **Who may call:** a token whose role is one of `gio_head`.

    **Example:**

    ```sh
    curl --fail-with-body -X DELETE "$GATEWAY/customs/v1/offices/{code}/experts/{expert_sub}" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        code (str):
        expert_sub (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExpertWithdrawal | Problem]
     """


    kwargs = _get_kwargs(
        code=code,
expert_sub=expert_sub,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    code: str,
    expert_sub: str,
    *,
    client: AuthenticatedClient,

) -> ExpertWithdrawal | Problem | None:
    """ The head of GIO withdraws an expert from a customs office (CUS-5)

     The expert can no longer act on the office's declarations (404 when not assigned there).

    **Who may call:** a token whose role is one of `gio_head`.

    **Example:**

    ```sh
    curl --fail-with-body -X DELETE "$GATEWAY/customs/v1/offices/{code}/experts/{expert_sub}" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        code (str):
        expert_sub (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExpertWithdrawal | Problem
     """


    return sync_detailed(
        code=code,
expert_sub=expert_sub,
client=client,

    ).parsed

async def asyncio_detailed(
    code: str,
    expert_sub: str,
    *,
    client: AuthenticatedClient,

) -> Response[ExpertWithdrawal | Problem]:
    """ The head of GIO withdraws an expert from a customs office (CUS-5)

     The expert can no longer act on the office's declarations (404 when not assigned there).

    **Who may call:** a token whose role is one of `gio_head`.

    **Example:**

    ```sh
    curl --fail-with-body -X DELETE "$GATEWAY/customs/v1/offices/{code}/experts/{expert_sub}" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        code (str):
        expert_sub (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExpertWithdrawal | Problem]
     """


    kwargs = _get_kwargs(
        code=code,
expert_sub=expert_sub,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    code: str,
    expert_sub: str,
    *,
    client: AuthenticatedClient,

) -> ExpertWithdrawal | Problem | None:
    """ The head of GIO withdraws an expert from a customs office (CUS-5)

     The expert can no longer act on the office's declarations (404 when not assigned there).

    **Who may call:** a token whose role is one of `gio_head`.

    **Example:**

    ```sh
    curl --fail-with-body -X DELETE "$GATEWAY/customs/v1/offices/{code}/experts/{expert_sub}" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        code (str):
        expert_sub (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExpertWithdrawal | Problem
     """


    return (await asyncio_detailed(
        code=code,
expert_sub=expert_sub,
client=client,

    )).parsed
