from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.monthly_inspection_plan import MonthlyInspectionPlan
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    year: int,
    month: int,
    *,
    university: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_university: None | str | Unset
    if isinstance(university, Unset):
        json_university = UNSET
    else:
        json_university = university
    params["university"] = json_university


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/inspections/v1/plans/{year}/{month}".format(year=quote(str(year), safe=""),month=quote(str(month), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MonthlyInspectionPlan | Problem | None:
    if response.status_code == 200:
        response_200 = MonthlyInspectionPlan.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[MonthlyInspectionPlan | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    year: int,
    month: int,
    *,
    client: AuthenticatedClient,
    university: None | str | Unset = UNSET,

) -> Response[MonthlyInspectionPlan | Problem]:
    """ Get Monthly Inspection Plan

     Every centre to inspect in Jalali month year/month, which are done, which are overdue; centres
    missed last month flagged.

    Months ending before 1404/06/12 (the letter's date) are not due.

    **Who may call:** a token whose role is one of `admin`, `medical_council`, `ministry_supervisor`,
    `service`, `university_deputy`, `university_inspector`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/inspections/v1/plans/{year}/{month}" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        year (int):
        month (int):
        university (None | str | Unset): University code; a university role sees only its own

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MonthlyInspectionPlan | Problem]
     """


    kwargs = _get_kwargs(
        year=year,
month=month,
university=university,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    year: int,
    month: int,
    *,
    client: AuthenticatedClient,
    university: None | str | Unset = UNSET,

) -> MonthlyInspectionPlan | Problem | None:
    """ Get Monthly Inspection Plan

     Every centre to inspect in Jalali month year/month, which are done, which are overdue; centres
    missed last month flagged.

    Months ending before 1404/06/12 (the letter's date) are not due.

    **Who may call:** a token whose role is one of `admin`, `medical_council`, `ministry_supervisor`,
    `service`, `university_deputy`, `university_inspector`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/inspections/v1/plans/{year}/{month}" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        year (int):
        month (int):
        university (None | str | Unset): University code; a university role sees only its own

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MonthlyInspectionPlan | Problem
     """


    return sync_detailed(
        year=year,
month=month,
client=client,
university=university,

    ).parsed

async def asyncio_detailed(
    year: int,
    month: int,
    *,
    client: AuthenticatedClient,
    university: None | str | Unset = UNSET,

) -> Response[MonthlyInspectionPlan | Problem]:
    """ Get Monthly Inspection Plan

     Every centre to inspect in Jalali month year/month, which are done, which are overdue; centres
    missed last month flagged.

    Months ending before 1404/06/12 (the letter's date) are not due.

    **Who may call:** a token whose role is one of `admin`, `medical_council`, `ministry_supervisor`,
    `service`, `university_deputy`, `university_inspector`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/inspections/v1/plans/{year}/{month}" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        year (int):
        month (int):
        university (None | str | Unset): University code; a university role sees only its own

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MonthlyInspectionPlan | Problem]
     """


    kwargs = _get_kwargs(
        year=year,
month=month,
university=university,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    year: int,
    month: int,
    *,
    client: AuthenticatedClient,
    university: None | str | Unset = UNSET,

) -> MonthlyInspectionPlan | Problem | None:
    """ Get Monthly Inspection Plan

     Every centre to inspect in Jalali month year/month, which are done, which are overdue; centres
    missed last month flagged.

    Months ending before 1404/06/12 (the letter's date) are not due.

    **Who may call:** a token whose role is one of `admin`, `medical_council`, `ministry_supervisor`,
    `service`, `university_deputy`, `university_inspector`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/inspections/v1/plans/{year}/{month}" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        year (int):
        month (int):
        university (None | str | Unset): University code; a university role sees only its own

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MonthlyInspectionPlan | Problem
     """


    return (await asyncio_detailed(
        year=year,
month=month,
client=client,
university=university,

    )).parsed
