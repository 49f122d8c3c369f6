from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.recorded_wage import RecordedWage
from ...models.wage_in import WageIn
from typing import cast



def _get_kwargs(
    year: int,
    *,
    body: WageIn,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/claims/v1/fee-schedule/wages/{year}".format(year=quote(str(year), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | RecordedWage | None:
    if response.status_code == 201:
        response_201 = RecordedWage.from_dict(response.json())



        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())



        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())



        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())



        return response_413

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | RecordedWage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    year: int,
    *,
    client: AuthenticatedClient,
    body: WageIn,

) -> Response[Problem | RecordedWage]:
    """ Record Minimum Wage

     CLM-P note 1: add a year's daily minimum wage with its source (never overwrites a recorded year).

    **Who may call:** a token whose role is one of `admin`.

    **Example:**

    ```sh
    curl --fail-with-body -X PUT "$GATEWAY/claims/v1/fee-schedule/wages/{year}" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'Content-Type: application/json' \\
      -d '{"daily_rials": 3463656, "source": "مصوبه شورای عالی کار درباره حداقل دستمزد سال ۱۴۰۴"}'
    ```

    Args:
        year (int):
        body (WageIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RecordedWage]
     """


    kwargs = _get_kwargs(
        year=year,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    year: int,
    *,
    client: AuthenticatedClient,
    body: WageIn,

) -> Problem | RecordedWage | None:
    """ Record Minimum Wage

     CLM-P note 1: add a year's daily minimum wage with its source (never overwrites a recorded year).

    **Who may call:** a token whose role is one of `admin`.

    **Example:**

    ```sh
    curl --fail-with-body -X PUT "$GATEWAY/claims/v1/fee-schedule/wages/{year}" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'Content-Type: application/json' \\
      -d '{"daily_rials": 3463656, "source": "مصوبه شورای عالی کار درباره حداقل دستمزد سال ۱۴۰۴"}'
    ```

    Args:
        year (int):
        body (WageIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RecordedWage
     """


    return sync_detailed(
        year=year,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    year: int,
    *,
    client: AuthenticatedClient,
    body: WageIn,

) -> Response[Problem | RecordedWage]:
    """ Record Minimum Wage

     CLM-P note 1: add a year's daily minimum wage with its source (never overwrites a recorded year).

    **Who may call:** a token whose role is one of `admin`.

    **Example:**

    ```sh
    curl --fail-with-body -X PUT "$GATEWAY/claims/v1/fee-schedule/wages/{year}" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'Content-Type: application/json' \\
      -d '{"daily_rials": 3463656, "source": "مصوبه شورای عالی کار درباره حداقل دستمزد سال ۱۴۰۴"}'
    ```

    Args:
        year (int):
        body (WageIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RecordedWage]
     """


    kwargs = _get_kwargs(
        year=year,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    year: int,
    *,
    client: AuthenticatedClient,
    body: WageIn,

) -> Problem | RecordedWage | None:
    """ Record Minimum Wage

     CLM-P note 1: add a year's daily minimum wage with its source (never overwrites a recorded year).

    **Who may call:** a token whose role is one of `admin`.

    **Example:**

    ```sh
    curl --fail-with-body -X PUT "$GATEWAY/claims/v1/fee-schedule/wages/{year}" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'Content-Type: application/json' \\
      -d '{"daily_rials": 3463656, "source": "مصوبه شورای عالی کار درباره حداقل دستمزد سال ۱۴۰۴"}'
    ```

    Args:
        year (int):
        body (WageIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RecordedWage
     """


    return (await asyncio_detailed(
        year=year,
client=client,
body=body,

    )).parsed
