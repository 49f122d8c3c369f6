from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.monthly_report_sent import MonthlyReportSent
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    agency: str,
    year: int,
    month: int,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/claims/v1/reports/monthly/{agency}/{year}/{month}/send".format(agency=quote(str(agency), safe=""),year=quote(str(year), safe=""),month=quote(str(month), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MonthlyReportSent | Problem | None:
    if response.status_code == 201:
        response_201 = MonthlyReportSent.from_dict(response.json())



        return response_201

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())



        return response_404

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[MonthlyReportSent | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    agency: str,
    year: int,
    month: int,
    *,
    client: AuthenticatedClient,

) -> Response[MonthlyReportSent | Problem]:
    """ Record Monthly Report Sent

     CLM-B3: the review office records sending the agency's monthly statistics to the secretariat.

    **Who may call:** a token whose role is one of `admin`, `review_office`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/claims/v1/reports/monthly/{agency}/{year}/{month}/send" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        agency (str):
        year (int):
        month (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MonthlyReportSent | Problem]
     """


    kwargs = _get_kwargs(
        agency=agency,
year=year,
month=month,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    agency: str,
    year: int,
    month: int,
    *,
    client: AuthenticatedClient,

) -> MonthlyReportSent | Problem | None:
    """ Record Monthly Report Sent

     CLM-B3: the review office records sending the agency's monthly statistics to the secretariat.

    **Who may call:** a token whose role is one of `admin`, `review_office`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/claims/v1/reports/monthly/{agency}/{year}/{month}/send" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        agency (str):
        year (int):
        month (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MonthlyReportSent | Problem
     """


    return sync_detailed(
        agency=agency,
year=year,
month=month,
client=client,

    ).parsed

async def asyncio_detailed(
    agency: str,
    year: int,
    month: int,
    *,
    client: AuthenticatedClient,

) -> Response[MonthlyReportSent | Problem]:
    """ Record Monthly Report Sent

     CLM-B3: the review office records sending the agency's monthly statistics to the secretariat.

    **Who may call:** a token whose role is one of `admin`, `review_office`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/claims/v1/reports/monthly/{agency}/{year}/{month}/send" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        agency (str):
        year (int):
        month (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MonthlyReportSent | Problem]
     """


    kwargs = _get_kwargs(
        agency=agency,
year=year,
month=month,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    agency: str,
    year: int,
    month: int,
    *,
    client: AuthenticatedClient,

) -> MonthlyReportSent | Problem | None:
    """ Record Monthly Report Sent

     CLM-B3: the review office records sending the agency's monthly statistics to the secretariat.

    **Who may call:** a token whose role is one of `admin`, `review_office`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/claims/v1/reports/monthly/{agency}/{year}/{month}/send" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        agency (str):
        year (int):
        month (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MonthlyReportSent | Problem
     """


    return (await asyncio_detailed(
        agency=agency,
year=year,
month=month,
client=client,

    )).parsed
