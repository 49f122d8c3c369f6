from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.expert_assignment_in import ExpertAssignmentIn
from ...models.expert_assignment_record import ExpertAssignmentRecord
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    code: str,
    *,
    body: ExpertAssignmentIn,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/customs/v1/offices/{code}/experts".format(code=quote(str(code), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ExpertAssignmentRecord | Problem | None:
    if response.status_code == 201:
        response_201 = ExpertAssignmentRecord.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ExpertAssignmentRecord | Problem]:
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
    body: ExpertAssignmentIn,

) -> Response[ExpertAssignmentRecord | Problem]:
    """ The head of GIO assigns an expert to a customs office (CUS-5)

     Only an expert assigned to an office with a GIO representative may review and stamp its
    declarations.
    Assigning an expert already assigned keeps one assignment (and updates the name); each call is a
    decision record.

    **Who may call:** a token whose role is one of `gio_head`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/customs/v1/offices/{code}/experts" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'Content-Type: application/json' \\
      -d '{"expert_name": "دکتر مریم کریمی", "expert_sub": "expert-1"}'
    ```

    Args:
        code (str):
        body (ExpertAssignmentIn): The head of GIO assigns an expert (by token subject) to a
            customs office (CUS-5).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExpertAssignmentRecord | Problem]
     """


    kwargs = _get_kwargs(
        code=code,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    code: str,
    *,
    client: AuthenticatedClient,
    body: ExpertAssignmentIn,

) -> ExpertAssignmentRecord | Problem | None:
    """ The head of GIO assigns an expert to a customs office (CUS-5)

     Only an expert assigned to an office with a GIO representative may review and stamp its
    declarations.
    Assigning an expert already assigned keeps one assignment (and updates the name); each call is a
    decision record.

    **Who may call:** a token whose role is one of `gio_head`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/customs/v1/offices/{code}/experts" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'Content-Type: application/json' \\
      -d '{"expert_name": "دکتر مریم کریمی", "expert_sub": "expert-1"}'
    ```

    Args:
        code (str):
        body (ExpertAssignmentIn): The head of GIO assigns an expert (by token subject) to a
            customs office (CUS-5).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExpertAssignmentRecord | Problem
     """


    return sync_detailed(
        code=code,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    body: ExpertAssignmentIn,

) -> Response[ExpertAssignmentRecord | Problem]:
    """ The head of GIO assigns an expert to a customs office (CUS-5)

     Only an expert assigned to an office with a GIO representative may review and stamp its
    declarations.
    Assigning an expert already assigned keeps one assignment (and updates the name); each call is a
    decision record.

    **Who may call:** a token whose role is one of `gio_head`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/customs/v1/offices/{code}/experts" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'Content-Type: application/json' \\
      -d '{"expert_name": "دکتر مریم کریمی", "expert_sub": "expert-1"}'
    ```

    Args:
        code (str):
        body (ExpertAssignmentIn): The head of GIO assigns an expert (by token subject) to a
            customs office (CUS-5).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExpertAssignmentRecord | Problem]
     """


    kwargs = _get_kwargs(
        code=code,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    code: str,
    *,
    client: AuthenticatedClient,
    body: ExpertAssignmentIn,

) -> ExpertAssignmentRecord | Problem | None:
    """ The head of GIO assigns an expert to a customs office (CUS-5)

     Only an expert assigned to an office with a GIO representative may review and stamp its
    declarations.
    Assigning an expert already assigned keeps one assignment (and updates the name); each call is a
    decision record.

    **Who may call:** a token whose role is one of `gio_head`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/customs/v1/offices/{code}/experts" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'Content-Type: application/json' \\
      -d '{"expert_name": "دکتر مریم کریمی", "expert_sub": "expert-1"}'
    ```

    Args:
        code (str):
        body (ExpertAssignmentIn): The head of GIO assigns an expert (by token subject) to a
            customs office (CUS-5).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExpertAssignmentRecord | Problem
     """


    return (await asyncio_detailed(
        code=code,
client=client,
body=body,

    )).parsed
