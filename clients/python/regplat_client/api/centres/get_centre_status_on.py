from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.centre_status_on import CentreStatusOn
from ...models.get_centre_status_on_kind_type_0 import GetCentreStatusOnKindType0
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    center_id: str,
    *,
    date: str,
    kind: GetCentreStatusOnKindType0 | None | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["date"] = date

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, GetCentreStatusOnKindType0):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/inspections/v1/centers/{center_id}/status-on".format(center_id=quote(str(center_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CentreStatusOn | Problem | None:
    if response.status_code == 200:
        response_200 = CentreStatusOn.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CentreStatusOn | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    center_id: str,
    *,
    client: AuthenticatedClient,
    date: str,
    kind: GetCentreStatusOnKindType0 | None | Unset = UNSET,

) -> Response[CentreStatusOn | Problem]:
    """ Get Centre Status On

     X2/X3: was centre C closed on date D, and was treatment of kind K (or of each of its kinds) banned
    there then?

    Nothing is recorded (a question, not a decision). `closed` is true for a closed or suspended centre.

    **Who may call:** a token whose role is one of `admin`, `medical_council`, `ministry_supervisor`,
    `service`, `university_deputy`, `university_inspector`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/inspections/v1/centers/{center_id}/status-on" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        center_id (str):
        date (str): ISO or Jalali date (Persian digits accepted)
        kind (GetCentreStatusOnKindType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CentreStatusOn | Problem]
     """


    kwargs = _get_kwargs(
        center_id=center_id,
date=date,
kind=kind,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    center_id: str,
    *,
    client: AuthenticatedClient,
    date: str,
    kind: GetCentreStatusOnKindType0 | None | Unset = UNSET,

) -> CentreStatusOn | Problem | None:
    """ Get Centre Status On

     X2/X3: was centre C closed on date D, and was treatment of kind K (or of each of its kinds) banned
    there then?

    Nothing is recorded (a question, not a decision). `closed` is true for a closed or suspended centre.

    **Who may call:** a token whose role is one of `admin`, `medical_council`, `ministry_supervisor`,
    `service`, `university_deputy`, `university_inspector`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/inspections/v1/centers/{center_id}/status-on" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        center_id (str):
        date (str): ISO or Jalali date (Persian digits accepted)
        kind (GetCentreStatusOnKindType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CentreStatusOn | Problem
     """


    return sync_detailed(
        center_id=center_id,
client=client,
date=date,
kind=kind,

    ).parsed

async def asyncio_detailed(
    center_id: str,
    *,
    client: AuthenticatedClient,
    date: str,
    kind: GetCentreStatusOnKindType0 | None | Unset = UNSET,

) -> Response[CentreStatusOn | Problem]:
    """ Get Centre Status On

     X2/X3: was centre C closed on date D, and was treatment of kind K (or of each of its kinds) banned
    there then?

    Nothing is recorded (a question, not a decision). `closed` is true for a closed or suspended centre.

    **Who may call:** a token whose role is one of `admin`, `medical_council`, `ministry_supervisor`,
    `service`, `university_deputy`, `university_inspector`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/inspections/v1/centers/{center_id}/status-on" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        center_id (str):
        date (str): ISO or Jalali date (Persian digits accepted)
        kind (GetCentreStatusOnKindType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CentreStatusOn | Problem]
     """


    kwargs = _get_kwargs(
        center_id=center_id,
date=date,
kind=kind,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    center_id: str,
    *,
    client: AuthenticatedClient,
    date: str,
    kind: GetCentreStatusOnKindType0 | None | Unset = UNSET,

) -> CentreStatusOn | Problem | None:
    """ Get Centre Status On

     X2/X3: was centre C closed on date D, and was treatment of kind K (or of each of its kinds) banned
    there then?

    Nothing is recorded (a question, not a decision). `closed` is true for a closed or suspended centre.

    **Who may call:** a token whose role is one of `admin`, `medical_council`, `ministry_supervisor`,
    `service`, `university_deputy`, `university_inspector`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/inspections/v1/centers/{center_id}/status-on" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        center_id (str):
        date (str): ISO or Jalali date (Persian digits accepted)
        kind (GetCentreStatusOnKindType0 | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CentreStatusOn | Problem
     """


    return (await asyncio_detailed(
        center_id=center_id,
client=client,
date=date,
kind=kind,

    )).parsed
