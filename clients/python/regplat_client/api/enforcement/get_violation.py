from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.violation_detail import ViolationDetail
from typing import cast



def _get_kwargs(
    violation_id: str,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/inspections/v1/violations/{violation_id}".format(violation_id=quote(str(violation_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | ViolationDetail | None:
    if response.status_code == 200:
        response_200 = ViolationDetail.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | ViolationDetail]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    violation_id: str,
    *,
    client: AuthenticatedClient,

) -> Response[Problem | ViolationDetail]:
    """ Get Violation

     One violation with every action ordered against it.

    **Who may call:** a token whose role is one of `admin`, `medical_council`, `ministry_supervisor`,
    `service`, `university_deputy`, `university_inspector`.

    **Sets headers:** `ETag`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/inspections/v1/violations/{violation_id}" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        violation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ViolationDetail]
     """


    kwargs = _get_kwargs(
        violation_id=violation_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    violation_id: str,
    *,
    client: AuthenticatedClient,

) -> Problem | ViolationDetail | None:
    """ Get Violation

     One violation with every action ordered against it.

    **Who may call:** a token whose role is one of `admin`, `medical_council`, `ministry_supervisor`,
    `service`, `university_deputy`, `university_inspector`.

    **Sets headers:** `ETag`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/inspections/v1/violations/{violation_id}" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        violation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ViolationDetail
     """


    return sync_detailed(
        violation_id=violation_id,
client=client,

    ).parsed

async def asyncio_detailed(
    violation_id: str,
    *,
    client: AuthenticatedClient,

) -> Response[Problem | ViolationDetail]:
    """ Get Violation

     One violation with every action ordered against it.

    **Who may call:** a token whose role is one of `admin`, `medical_council`, `ministry_supervisor`,
    `service`, `university_deputy`, `university_inspector`.

    **Sets headers:** `ETag`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/inspections/v1/violations/{violation_id}" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        violation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ViolationDetail]
     """


    kwargs = _get_kwargs(
        violation_id=violation_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    violation_id: str,
    *,
    client: AuthenticatedClient,

) -> Problem | ViolationDetail | None:
    """ Get Violation

     One violation with every action ordered against it.

    **Who may call:** a token whose role is one of `admin`, `medical_council`, `ministry_supervisor`,
    `service`, `university_deputy`, `university_inspector`.

    **Sets headers:** `ETag`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/inspections/v1/violations/{violation_id}" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        violation_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ViolationDetail
     """


    return (await asyncio_detailed(
        violation_id=violation_id,
client=client,

    )).parsed
