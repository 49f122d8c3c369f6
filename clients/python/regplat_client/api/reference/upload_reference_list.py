from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.reference_upload import ReferenceUpload
from typing import cast



def _get_kwargs(
    list_name: str,
    *,
    body: str,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/customs/v1/reference/{list_name}".format(list_name=quote(str(list_name), safe=""),),
    }

    _kwargs["content"] = body.payload
    headers["Content-Type"] = "text/csv"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | ReferenceUpload | None:
    if response.status_code == 201:
        response_201 = ReferenceUpload.from_dict(response.json())



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

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())



        return response_404

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())



        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())



        return response_415

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | ReferenceUpload]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    list_name: str,
    *,
    client: AuthenticatedClient,
    body: str,

) -> Response[Problem | ReferenceUpload]:
    """ Load a new version of a list from CSV (admin); stored decisions keep the version they used

     The body is the whole list as UTF-8 CSV with the list's columns (`Content-Type: text/csv`); every
    row is checked
    (422 with the rows at fault) and the new version applies to decisions from now on, on every replica.

    **Who may call:** a token whose role is one of `admin`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/customs/v1/reference/{list_name}" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        list_name (str): One of: substances, combinations, formulary, controlled, doping,
            abortifacients, recalls, regenerative_products, high_value, shortage, customs_offices,
            dosage_forms, export_small_quantity
        body (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReferenceUpload]
     """


    kwargs = _get_kwargs(
        list_name=list_name,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    list_name: str,
    *,
    client: AuthenticatedClient,
    body: str,

) -> Problem | ReferenceUpload | None:
    """ Load a new version of a list from CSV (admin); stored decisions keep the version they used

     The body is the whole list as UTF-8 CSV with the list's columns (`Content-Type: text/csv`); every
    row is checked
    (422 with the rows at fault) and the new version applies to decisions from now on, on every replica.

    **Who may call:** a token whose role is one of `admin`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/customs/v1/reference/{list_name}" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        list_name (str): One of: substances, combinations, formulary, controlled, doping,
            abortifacients, recalls, regenerative_products, high_value, shortage, customs_offices,
            dosage_forms, export_small_quantity
        body (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReferenceUpload
     """


    return sync_detailed(
        list_name=list_name,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    list_name: str,
    *,
    client: AuthenticatedClient,
    body: str,

) -> Response[Problem | ReferenceUpload]:
    """ Load a new version of a list from CSV (admin); stored decisions keep the version they used

     The body is the whole list as UTF-8 CSV with the list's columns (`Content-Type: text/csv`); every
    row is checked
    (422 with the rows at fault) and the new version applies to decisions from now on, on every replica.

    **Who may call:** a token whose role is one of `admin`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/customs/v1/reference/{list_name}" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        list_name (str): One of: substances, combinations, formulary, controlled, doping,
            abortifacients, recalls, regenerative_products, high_value, shortage, customs_offices,
            dosage_forms, export_small_quantity
        body (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ReferenceUpload]
     """


    kwargs = _get_kwargs(
        list_name=list_name,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    list_name: str,
    *,
    client: AuthenticatedClient,
    body: str,

) -> Problem | ReferenceUpload | None:
    """ Load a new version of a list from CSV (admin); stored decisions keep the version they used

     The body is the whole list as UTF-8 CSV with the list's columns (`Content-Type: text/csv`); every
    row is checked
    (422 with the rows at fault) and the new version applies to decisions from now on, on every replica.

    **Who may call:** a token whose role is one of `admin`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/customs/v1/reference/{list_name}" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        list_name (str): One of: substances, combinations, formulary, controlled, doping,
            abortifacients, recalls, regenerative_products, high_value, shortage, customs_offices,
            dosage_forms, export_small_quantity
        body (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ReferenceUpload
     """


    return (await asyncio_detailed(
        list_name=list_name,
client=client,
body=body,

    )).parsed
