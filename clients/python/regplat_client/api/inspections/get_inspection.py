from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.inspection_detail import InspectionDetail
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    inspection_id: str,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/inspections/v1/inspections/{inspection_id}".format(inspection_id=quote(str(inspection_id), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> InspectionDetail | Problem | None:
    if response.status_code == 200:
        response_200 = InspectionDetail.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[InspectionDetail | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    inspection_id: str,
    *,
    client: AuthenticatedClient,

) -> Response[InspectionDetail | Problem]:
    """ Get Inspection

     One inspection with its answers, evidence files (links to download them) and the violations it
    found.

    **Who may call:** a token whose role is one of `admin`, `medical_council`, `ministry_supervisor`,
    `service`, `university_deputy`, `university_inspector`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/inspections/v1/inspections/{inspection_id}" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        inspection_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InspectionDetail | Problem]
     """


    kwargs = _get_kwargs(
        inspection_id=inspection_id,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    inspection_id: str,
    *,
    client: AuthenticatedClient,

) -> InspectionDetail | Problem | None:
    """ Get Inspection

     One inspection with its answers, evidence files (links to download them) and the violations it
    found.

    **Who may call:** a token whose role is one of `admin`, `medical_council`, `ministry_supervisor`,
    `service`, `university_deputy`, `university_inspector`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/inspections/v1/inspections/{inspection_id}" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        inspection_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InspectionDetail | Problem
     """


    return sync_detailed(
        inspection_id=inspection_id,
client=client,

    ).parsed

async def asyncio_detailed(
    inspection_id: str,
    *,
    client: AuthenticatedClient,

) -> Response[InspectionDetail | Problem]:
    """ Get Inspection

     One inspection with its answers, evidence files (links to download them) and the violations it
    found.

    **Who may call:** a token whose role is one of `admin`, `medical_council`, `ministry_supervisor`,
    `service`, `university_deputy`, `university_inspector`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/inspections/v1/inspections/{inspection_id}" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        inspection_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InspectionDetail | Problem]
     """


    kwargs = _get_kwargs(
        inspection_id=inspection_id,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    inspection_id: str,
    *,
    client: AuthenticatedClient,

) -> InspectionDetail | Problem | None:
    """ Get Inspection

     One inspection with its answers, evidence files (links to download them) and the violations it
    found.

    **Who may call:** a token whose role is one of `admin`, `medical_council`, `ministry_supervisor`,
    `service`, `university_deputy`, `university_inspector`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/inspections/v1/inspections/{inspection_id}" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        inspection_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InspectionDetail | Problem
     """


    return (await asyncio_detailed(
        inspection_id=inspection_id,
client=client,

    )).parsed
