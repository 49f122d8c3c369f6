from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.monthly_report import MonthlyReport
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    year: int,
    month: int,
    agency: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["year"] = year

    params["month"] = month

    json_agency: None | str | Unset
    if isinstance(agency, Unset):
        json_agency = UNSET
    else:
        json_agency = agency
    params["agency"] = json_agency


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/claims/v1/reports/monthly",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MonthlyReport | Problem | None:
    if response.status_code == 200:
        response_200 = MonthlyReport.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[MonthlyReport | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    year: int,
    month: int,
    agency: None | str | Unset = UNSET,

) -> Response[MonthlyReport | Problem]:
    """ Get Monthly Report

     Per agency: cases by type and state, on-time share, returns, amounts; the report's due date and
    whether it was sent late.

    **Who may call:** a token whose role is one of `admin`, `agency_staff`, `review_office`,
    `secretariat`, `service`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/claims/v1/reports/monthly" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        year (int): Jalali year (any digits)
        month (int): Jalali month (any digits)
        agency (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MonthlyReport | Problem]
     """


    kwargs = _get_kwargs(
        year=year,
month=month,
agency=agency,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    year: int,
    month: int,
    agency: None | str | Unset = UNSET,

) -> MonthlyReport | Problem | None:
    """ Get Monthly Report

     Per agency: cases by type and state, on-time share, returns, amounts; the report's due date and
    whether it was sent late.

    **Who may call:** a token whose role is one of `admin`, `agency_staff`, `review_office`,
    `secretariat`, `service`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/claims/v1/reports/monthly" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        year (int): Jalali year (any digits)
        month (int): Jalali month (any digits)
        agency (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MonthlyReport | Problem
     """


    return sync_detailed(
        client=client,
year=year,
month=month,
agency=agency,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    year: int,
    month: int,
    agency: None | str | Unset = UNSET,

) -> Response[MonthlyReport | Problem]:
    """ Get Monthly Report

     Per agency: cases by type and state, on-time share, returns, amounts; the report's due date and
    whether it was sent late.

    **Who may call:** a token whose role is one of `admin`, `agency_staff`, `review_office`,
    `secretariat`, `service`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/claims/v1/reports/monthly" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        year (int): Jalali year (any digits)
        month (int): Jalali month (any digits)
        agency (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MonthlyReport | Problem]
     """


    kwargs = _get_kwargs(
        year=year,
month=month,
agency=agency,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    year: int,
    month: int,
    agency: None | str | Unset = UNSET,

) -> MonthlyReport | Problem | None:
    """ Get Monthly Report

     Per agency: cases by type and state, on-time share, returns, amounts; the report's due date and
    whether it was sent late.

    **Who may call:** a token whose role is one of `admin`, `agency_staff`, `review_office`,
    `secretariat`, `service`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/claims/v1/reports/monthly" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        year (int): Jalali year (any digits)
        month (int): Jalali month (any digits)
        agency (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MonthlyReport | Problem
     """


    return (await asyncio_detailed(
        client=client,
year=year,
month=month,
agency=agency,

    )).parsed
