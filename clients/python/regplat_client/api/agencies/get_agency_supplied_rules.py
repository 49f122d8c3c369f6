from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.supplied_rules import SuppliedRules
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    code: str,
    *,
    on: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_on: None | str | Unset
    if isinstance(on, Unset):
        json_on = UNSET
    else:
        json_on = on
    params["on"] = json_on


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/claims/v1/agencies/{code}/rules".format(code=quote(str(code), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | SuppliedRules | None:
    if response.status_code == 200:
        response_200 = SuppliedRules.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | SuppliedRules]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    on: None | str | Unset = UNSET,

) -> Response[Problem | SuppliedRules]:
    """ Get Agency Supplied Rules

     CLM-B1: in one place, the assessment rule data version the agency's review office currently supplies
    (CLM-A4,
    configuration) and the circulars in force for claims (the regulation registry).

    **Who may call:** a token whose role is one of `admin`, `agency_staff`, `review_office`,
    `secretariat`, `service`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/claims/v1/agencies/{code}/rules" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        code (str):
        on (None | str | Unset): circulars in force on this date (ISO or Jalali); default today
            (Tehran)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SuppliedRules]
     """


    kwargs = _get_kwargs(
        code=code,
on=on,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    code: str,
    *,
    client: AuthenticatedClient,
    on: None | str | Unset = UNSET,

) -> Problem | SuppliedRules | None:
    """ Get Agency Supplied Rules

     CLM-B1: in one place, the assessment rule data version the agency's review office currently supplies
    (CLM-A4,
    configuration) and the circulars in force for claims (the regulation registry).

    **Who may call:** a token whose role is one of `admin`, `agency_staff`, `review_office`,
    `secretariat`, `service`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/claims/v1/agencies/{code}/rules" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        code (str):
        on (None | str | Unset): circulars in force on this date (ISO or Jalali); default today
            (Tehran)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SuppliedRules
     """


    return sync_detailed(
        code=code,
client=client,
on=on,

    ).parsed

async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    on: None | str | Unset = UNSET,

) -> Response[Problem | SuppliedRules]:
    """ Get Agency Supplied Rules

     CLM-B1: in one place, the assessment rule data version the agency's review office currently supplies
    (CLM-A4,
    configuration) and the circulars in force for claims (the regulation registry).

    **Who may call:** a token whose role is one of `admin`, `agency_staff`, `review_office`,
    `secretariat`, `service`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/claims/v1/agencies/{code}/rules" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        code (str):
        on (None | str | Unset): circulars in force on this date (ISO or Jalali); default today
            (Tehran)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SuppliedRules]
     """


    kwargs = _get_kwargs(
        code=code,
on=on,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    code: str,
    *,
    client: AuthenticatedClient,
    on: None | str | Unset = UNSET,

) -> Problem | SuppliedRules | None:
    """ Get Agency Supplied Rules

     CLM-B1: in one place, the assessment rule data version the agency's review office currently supplies
    (CLM-A4,
    configuration) and the circulars in force for claims (the regulation registry).

    **Who may call:** a token whose role is one of `admin`, `agency_staff`, `review_office`,
    `secretariat`, `service`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/claims/v1/agencies/{code}/rules" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        code (str):
        on (None | str | Unset): circulars in force on this date (ISO or Jalali); default today
            (Tehran)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SuppliedRules
     """


    return (await asyncio_detailed(
        code=code,
client=client,
on=on,

    )).parsed
