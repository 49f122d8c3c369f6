from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.centre_list_report import CentreListReport
from ...models.get_centre_list_report_format_type_0 import GetCentreListReportFormatType0
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    university: None | str | Unset = UNSET,
    format_: GetCentreListReportFormatType0 | None | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_university: None | str | Unset
    if isinstance(university, Unset):
        json_university = UNSET
    else:
        json_university = university
    params["university"] = json_university

    json_format_: None | str | Unset
    if isinstance(format_, Unset):
        json_format_ = UNSET
    elif isinstance(format_, GetCentreListReportFormatType0):
        json_format_ = format_.value
    else:
        json_format_ = format_
    params["format"] = json_format_


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/inspections/v1/reports/centre-list",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CentreListReport | Problem | None:
    if response.status_code == 200:
        response_200 = CentreListReport.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CentreListReport | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    university: None | str | Unset = UNSET,
    format_: GetCentreListReportFormatType0 | None | Unset = UNSET,

) -> Response[CentreListReport | Problem]:
    """ Get Centre List Report

     Letter 400/10262/د clause 1: every active, inactive and applicant centre of a university (JSON or
    CSV).

    CSV with `format=csv` or `Accept: text/csv` (UTF-8 with BOM, one row per centre, streamed). A
    university role
    gets its own university; the Ministry names one (`university`, required then).

    **Who may call:** a token whose role is one of `admin`, `medical_council`, `ministry_supervisor`,
    `service`, `university_deputy`, `university_inspector`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/inspections/v1/reports/centre-list" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        university (None | str | Unset):
        format_ (GetCentreListReportFormatType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CentreListReport | Problem]
     """


    kwargs = _get_kwargs(
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
    university: None | str | Unset = UNSET,
    format_: GetCentreListReportFormatType0 | None | Unset = UNSET,

) -> CentreListReport | Problem | None:
    """ Get Centre List Report

     Letter 400/10262/د clause 1: every active, inactive and applicant centre of a university (JSON or
    CSV).

    CSV with `format=csv` or `Accept: text/csv` (UTF-8 with BOM, one row per centre, streamed). A
    university role
    gets its own university; the Ministry names one (`university`, required then).

    **Who may call:** a token whose role is one of `admin`, `medical_council`, `ministry_supervisor`,
    `service`, `university_deputy`, `university_inspector`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/inspections/v1/reports/centre-list" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        university (None | str | Unset):
        format_ (GetCentreListReportFormatType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CentreListReport | Problem
     """


    return sync_detailed(
        client=client,
university=university,
format_=format_,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    university: None | str | Unset = UNSET,
    format_: GetCentreListReportFormatType0 | None | Unset = UNSET,

) -> Response[CentreListReport | Problem]:
    """ Get Centre List Report

     Letter 400/10262/د clause 1: every active, inactive and applicant centre of a university (JSON or
    CSV).

    CSV with `format=csv` or `Accept: text/csv` (UTF-8 with BOM, one row per centre, streamed). A
    university role
    gets its own university; the Ministry names one (`university`, required then).

    **Who may call:** a token whose role is one of `admin`, `medical_council`, `ministry_supervisor`,
    `service`, `university_deputy`, `university_inspector`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/inspections/v1/reports/centre-list" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        university (None | str | Unset):
        format_ (GetCentreListReportFormatType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CentreListReport | Problem]
     """


    kwargs = _get_kwargs(
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
    university: None | str | Unset = UNSET,
    format_: GetCentreListReportFormatType0 | None | Unset = UNSET,

) -> CentreListReport | Problem | None:
    """ Get Centre List Report

     Letter 400/10262/د clause 1: every active, inactive and applicant centre of a university (JSON or
    CSV).

    CSV with `format=csv` or `Accept: text/csv` (UTF-8 with BOM, one row per centre, streamed). A
    university role
    gets its own university; the Ministry names one (`university`, required then).

    **Who may call:** a token whose role is one of `admin`, `medical_council`, `ministry_supervisor`,
    `service`, `university_deputy`, `university_inspector`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/inspections/v1/reports/centre-list" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        university (None | str | Unset):
        format_ (GetCentreListReportFormatType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CentreListReport | Problem
     """


    return (await asyncio_detailed(
        client=client,
university=university,
format_=format_,

    )).parsed
