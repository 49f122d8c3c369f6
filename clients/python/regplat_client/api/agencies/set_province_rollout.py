from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.province_rollout_change import ProvinceRolloutChange
from ...models.province_rollout_in import ProvinceRolloutIn
from typing import cast



def _get_kwargs(
    province: str,
    *,
    body: ProvinceRolloutIn,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/claims/v1/rollout/provinces/{province}".format(province=quote(str(province), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | ProvinceRolloutChange | None:
    if response.status_code == 200:
        response_200 = ProvinceRolloutChange.from_dict(response.json())



        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())



        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | ProvinceRolloutChange]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    province: str,
    *,
    client: AuthenticatedClient,
    body: ProvinceRolloutIn,

) -> Response[Problem | ProvinceRolloutChange]:
    """ Set Province Rollout

     CLM-H2: switch the process on/off for every agency of a province that inherits.

    **Who may call:** a token whose role is one of `admin`.

    **Example:**

    ```sh
    curl --fail-with-body -X PUT "$GATEWAY/claims/v1/rollout/provinces/{province}" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'Content-Type: application/json' \\
      -d '{"enabled": true, "note": "اجرای آزمایشی در استان تهران"}'
    ```

    Args:
        province (str):
        body (ProvinceRolloutIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProvinceRolloutChange]
     """


    kwargs = _get_kwargs(
        province=province,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    province: str,
    *,
    client: AuthenticatedClient,
    body: ProvinceRolloutIn,

) -> Problem | ProvinceRolloutChange | None:
    """ Set Province Rollout

     CLM-H2: switch the process on/off for every agency of a province that inherits.

    **Who may call:** a token whose role is one of `admin`.

    **Example:**

    ```sh
    curl --fail-with-body -X PUT "$GATEWAY/claims/v1/rollout/provinces/{province}" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'Content-Type: application/json' \\
      -d '{"enabled": true, "note": "اجرای آزمایشی در استان تهران"}'
    ```

    Args:
        province (str):
        body (ProvinceRolloutIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ProvinceRolloutChange
     """


    return sync_detailed(
        province=province,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    province: str,
    *,
    client: AuthenticatedClient,
    body: ProvinceRolloutIn,

) -> Response[Problem | ProvinceRolloutChange]:
    """ Set Province Rollout

     CLM-H2: switch the process on/off for every agency of a province that inherits.

    **Who may call:** a token whose role is one of `admin`.

    **Example:**

    ```sh
    curl --fail-with-body -X PUT "$GATEWAY/claims/v1/rollout/provinces/{province}" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'Content-Type: application/json' \\
      -d '{"enabled": true, "note": "اجرای آزمایشی در استان تهران"}'
    ```

    Args:
        province (str):
        body (ProvinceRolloutIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProvinceRolloutChange]
     """


    kwargs = _get_kwargs(
        province=province,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    province: str,
    *,
    client: AuthenticatedClient,
    body: ProvinceRolloutIn,

) -> Problem | ProvinceRolloutChange | None:
    """ Set Province Rollout

     CLM-H2: switch the process on/off for every agency of a province that inherits.

    **Who may call:** a token whose role is one of `admin`.

    **Example:**

    ```sh
    curl --fail-with-body -X PUT "$GATEWAY/claims/v1/rollout/provinces/{province}" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'Content-Type: application/json' \\
      -d '{"enabled": true, "note": "اجرای آزمایشی در استان تهران"}'
    ```

    Args:
        province (str):
        body (ProvinceRolloutIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ProvinceRolloutChange
     """


    return (await asyncio_detailed(
        province=province,
client=client,
body=body,

    )).parsed
