from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.get_quarterly_report_format_type_0 import GetQuarterlyReportFormatType0
from ...models.problem import Problem
from ...models.quarterly_report import QuarterlyReport
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    year: int,
    season: int,
    university: None | str | Unset = UNSET,
    format_: GetQuarterlyReportFormatType0 | None | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["year"] = year

    params["season"] = season

    json_university: None | str | Unset
    if isinstance(university, Unset):
        json_university = UNSET
    else:
        json_university = university
    params["university"] = json_university

    json_format_: None | str | Unset
    if isinstance(format_, Unset):
        json_format_ = UNSET
    elif isinstance(format_, GetQuarterlyReportFormatType0):
        json_format_ = format_.value
    else:
        json_format_ = format_
    params["format"] = json_format_


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/inspections/v1/reports/quarterly",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | QuarterlyReport | None:
    if response.status_code == 200:
        response_200 = QuarterlyReport.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | QuarterlyReport]:
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
    season: int,
    university: None | str | Unset = UNSET,
    format_: GetQuarterlyReportFormatType0 | None | Unset = UNSET,

) -> Response[Problem | QuarterlyReport]:
    """ Get Quarterly Report

     Quarterly report (letter 400/10262/د clause 2) for a university and Jalali season; due at the
    season's end; JSON or CSV.

    CSV with `format=csv` or `Accept: text/csv`: one row per figure (section, key, value).

    **Who may call:** a token whose role is one of `admin`, `medical_council`, `ministry_supervisor`,
    `service`, `university_deputy`, `university_inspector`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/inspections/v1/reports/quarterly" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        year (int):
        season (int):
        university (None | str | Unset):
        format_ (GetQuarterlyReportFormatType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | QuarterlyReport]
     """


    kwargs = _get_kwargs(
        year=year,
season=season,
university=university,
format_=format_,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    year: int,
    season: int,
    university: None | str | Unset = UNSET,
    format_: GetQuarterlyReportFormatType0 | None | Unset = UNSET,

) -> Problem | QuarterlyReport | None:
    """ Get Quarterly Report

     Quarterly report (letter 400/10262/د clause 2) for a university and Jalali season; due at the
    season's end; JSON or CSV.

    CSV with `format=csv` or `Accept: text/csv`: one row per figure (section, key, value).

    **Who may call:** a token whose role is one of `admin`, `medical_council`, `ministry_supervisor`,
    `service`, `university_deputy`, `university_inspector`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/inspections/v1/reports/quarterly" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        year (int):
        season (int):
        university (None | str | Unset):
        format_ (GetQuarterlyReportFormatType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | QuarterlyReport
     """


    return sync_detailed(
        client=client,
year=year,
season=season,
university=university,
format_=format_,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    year: int,
    season: int,
    university: None | str | Unset = UNSET,
    format_: GetQuarterlyReportFormatType0 | None | Unset = UNSET,

) -> Response[Problem | QuarterlyReport]:
    """ Get Quarterly Report

     Quarterly report (letter 400/10262/د clause 2) for a university and Jalali season; due at the
    season's end; JSON or CSV.

    CSV with `format=csv` or `Accept: text/csv`: one row per figure (section, key, value).

    **Who may call:** a token whose role is one of `admin`, `medical_council`, `ministry_supervisor`,
    `service`, `university_deputy`, `university_inspector`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/inspections/v1/reports/quarterly" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        year (int):
        season (int):
        university (None | str | Unset):
        format_ (GetQuarterlyReportFormatType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | QuarterlyReport]
     """


    kwargs = _get_kwargs(
        year=year,
season=season,
university=university,
format_=format_,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    year: int,
    season: int,
    university: None | str | Unset = UNSET,
    format_: GetQuarterlyReportFormatType0 | None | Unset = UNSET,

) -> Problem | QuarterlyReport | None:
    """ Get Quarterly Report

     Quarterly report (letter 400/10262/د clause 2) for a university and Jalali season; due at the
    season's end; JSON or CSV.

    CSV with `format=csv` or `Accept: text/csv`: one row per figure (section, key, value).

    **Who may call:** a token whose role is one of `admin`, `medical_council`, `ministry_supervisor`,
    `service`, `university_deputy`, `university_inspector`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/inspections/v1/reports/quarterly" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        year (int):
        season (int):
        university (None | str | Unset):
        format_ (GetQuarterlyReportFormatType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | QuarterlyReport
     """


    return (await asyncio_detailed(
        client=client,
year=year,
season=season,
university=university,
format_=format_,

    )).parsed
