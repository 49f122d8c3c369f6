from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.agency_in import AgencyIn
from ...models.agency_view import AgencyView
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    *,
    body: AgencyIn,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/claims/v1/agencies",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AgencyView | Problem | None:
    if response.status_code == 201:
        response_201 = AgencyView.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AgencyView | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AgencyIn,

) -> Response[AgencyView | Problem]:
    """ Create Agency

     An official agency (کارگزاری رسمی): province, review office, licence, Thursday closing, office
    hours, rollout switch.

    **Who may call:** a token whose role is one of `admin`.

    **Sets headers:** `ETag`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/claims/v1/agencies" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'Content-Type: application/json' \\
      -d '{"closes_thursday": true, "code": "AG-THR-001", "licence_status": "active", "name": "کارگزاری
    رسمی شماره ۱ تهران", "office_closes": "14:00", "province": "THR", "review_office_code": "RO-THR-1",
    "rollout": "inherit"}'
    ```

    Args:
        body (AgencyIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgencyView | Problem]
     """


    kwargs = _get_kwargs(
        body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    body: AgencyIn,

) -> AgencyView | Problem | None:
    """ Create Agency

     An official agency (کارگزاری رسمی): province, review office, licence, Thursday closing, office
    hours, rollout switch.

    **Who may call:** a token whose role is one of `admin`.

    **Sets headers:** `ETag`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/claims/v1/agencies" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'Content-Type: application/json' \\
      -d '{"closes_thursday": true, "code": "AG-THR-001", "licence_status": "active", "name": "کارگزاری
    رسمی شماره ۱ تهران", "office_closes": "14:00", "province": "THR", "review_office_code": "RO-THR-1",
    "rollout": "inherit"}'
    ```

    Args:
        body (AgencyIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgencyView | Problem
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AgencyIn,

) -> Response[AgencyView | Problem]:
    """ Create Agency

     An official agency (کارگزاری رسمی): province, review office, licence, Thursday closing, office
    hours, rollout switch.

    **Who may call:** a token whose role is one of `admin`.

    **Sets headers:** `ETag`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/claims/v1/agencies" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'Content-Type: application/json' \\
      -d '{"closes_thursday": true, "code": "AG-THR-001", "licence_status": "active", "name": "کارگزاری
    رسمی شماره ۱ تهران", "office_closes": "14:00", "province": "THR", "review_office_code": "RO-THR-1",
    "rollout": "inherit"}'
    ```

    Args:
        body (AgencyIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AgencyView | Problem]
     """


    kwargs = _get_kwargs(
        body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AgencyIn,

) -> AgencyView | Problem | None:
    """ Create Agency

     An official agency (کارگزاری رسمی): province, review office, licence, Thursday closing, office
    hours, rollout switch.

    **Who may call:** a token whose role is one of `admin`.

    **Sets headers:** `ETag`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/claims/v1/agencies" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'Content-Type: application/json' \\
      -d '{"closes_thursday": true, "code": "AG-THR-001", "licence_status": "active", "name": "کارگزاری
    رسمی شماره ۱ تهران", "office_closes": "14:00", "province": "THR", "review_office_code": "RO-THR-1",
    "rollout": "inherit"}'
    ```

    Args:
        body (AgencyIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AgencyView | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
