from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.off_label_authorization import OffLabelAuthorization
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    authorization_id: str,
    *,
    date: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_date: None | str | Unset
    if isinstance(date, Unset):
        json_date = UNSET
    else:
        json_date = date
    params["date"] = json_date


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/offlabel/v1/authorizations/{authorization_id}".format(authorization_id=quote(str(authorization_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OffLabelAuthorization | Problem | None:
    if response.status_code == 200:
        response_200 = OffLabelAuthorization.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[OffLabelAuthorization | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    authorization_id: str,
    *,
    client: AuthenticatedClient,
    date: None | str | Unset = UNSET,

) -> Response[OffLabelAuthorization | Problem]:
    """ One authorization: approved / covered, dates and basis, not the patient's record

     One authorization (its id is the request's): approved, covered, the course and the administrations
    recorded under it,
    and with `date` whether the administration on that day is inside the course. Another insurer's is
    404.

    **Who may call:** a token whose role is one of `admin`, `insurer`, `service`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/offlabel/v1/authorizations/{authorization_id}" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        authorization_id (str): the authorization id (the approved request's id)
        date (None | str | Unset): an administration date: is that administration inside the
            course?

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OffLabelAuthorization | Problem]
     """


    kwargs = _get_kwargs(
        authorization_id=authorization_id,
date=date,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    authorization_id: str,
    *,
    client: AuthenticatedClient,
    date: None | str | Unset = UNSET,

) -> OffLabelAuthorization | Problem | None:
    """ One authorization: approved / covered, dates and basis, not the patient's record

     One authorization (its id is the request's): approved, covered, the course and the administrations
    recorded under it,
    and with `date` whether the administration on that day is inside the course. Another insurer's is
    404.

    **Who may call:** a token whose role is one of `admin`, `insurer`, `service`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/offlabel/v1/authorizations/{authorization_id}" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        authorization_id (str): the authorization id (the approved request's id)
        date (None | str | Unset): an administration date: is that administration inside the
            course?

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OffLabelAuthorization | Problem
     """


    return sync_detailed(
        authorization_id=authorization_id,
client=client,
date=date,

    ).parsed

async def asyncio_detailed(
    authorization_id: str,
    *,
    client: AuthenticatedClient,
    date: None | str | Unset = UNSET,

) -> Response[OffLabelAuthorization | Problem]:
    """ One authorization: approved / covered, dates and basis, not the patient's record

     One authorization (its id is the request's): approved, covered, the course and the administrations
    recorded under it,
    and with `date` whether the administration on that day is inside the course. Another insurer's is
    404.

    **Who may call:** a token whose role is one of `admin`, `insurer`, `service`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/offlabel/v1/authorizations/{authorization_id}" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        authorization_id (str): the authorization id (the approved request's id)
        date (None | str | Unset): an administration date: is that administration inside the
            course?

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OffLabelAuthorization | Problem]
     """


    kwargs = _get_kwargs(
        authorization_id=authorization_id,
date=date,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    authorization_id: str,
    *,
    client: AuthenticatedClient,
    date: None | str | Unset = UNSET,

) -> OffLabelAuthorization | Problem | None:
    """ One authorization: approved / covered, dates and basis, not the patient's record

     One authorization (its id is the request's): approved, covered, the course and the administrations
    recorded under it,
    and with `date` whether the administration on that day is inside the course. Another insurer's is
    404.

    **Who may call:** a token whose role is one of `admin`, `insurer`, `service`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/offlabel/v1/authorizations/{authorization_id}" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        authorization_id (str): the authorization id (the approved request's id)
        date (None | str | Unset): an administration date: is that administration inside the
            course?

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OffLabelAuthorization | Problem
     """


    return (await asyncio_detailed(
        authorization_id=authorization_id,
client=client,
date=date,

    )).parsed
