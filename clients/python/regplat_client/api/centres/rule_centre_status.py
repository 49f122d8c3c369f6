from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.centre_detail import CentreDetail
from ...models.centre_status_ruling_in import CentreStatusRulingIn
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    center_id: str,
    *,
    body: CentreStatusRulingIn,
    if_match: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/inspections/v1/centers/{center_id}/status".format(center_id=quote(str(center_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CentreDetail | Problem | None:
    if response.status_code == 200:
        response_200 = CentreDetail.from_dict(response.json())



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

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())



        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())



        return response_409

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())



        return response_412

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())



        return response_413

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())



        return response_422

    if response.status_code == 428:
        response_428 = Problem.from_dict(response.json())



        return response_428

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CentreDetail | Problem]:
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
    body: CentreStatusRulingIn,
    if_match: None | str | Unset = UNSET,

) -> Response[CentreDetail | Problem]:
    """ Rule Centre Status

     A status ruling (active, inactive, applicant, suspended) by the deputy or the Ministry; recorded as
    a decision.

    A closed centre is reopened only by lifting its closure action (a recorded decision), not here.

    **Who may call:** a token whose role is one of `admin`, `ministry_supervisor`, `university_deputy`.

    **Reads headers:** `If-Match` (required): the ETag of your last read; without it 428 `precondition-
    required`, when the resource changed since 412 `precondition-failed` (read again, then retry).

    **Sets headers:** `ETag`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/inspections/v1/centers/{center_id}/status" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'If-Match: "3"' \\
      -H 'Content-Type: application/json' \\
      -d '{"act_ref": "۴۰۰/۱۲۳۴۵/د", "effective_on": "1404/09/15", "reason": "تعلیق تا تکمیل مدارک فضای
    فیزیکی", "status": "suspended"}'
    ```

    Args:
        center_id (str):
        if_match (None | str | Unset): ETag from the last read (missing: 428, stale: 412)
        body (CentreStatusRulingIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CentreDetail | Problem]
     """


    kwargs = _get_kwargs(
        center_id=center_id,
body=body,
if_match=if_match,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    center_id: str,
    *,
    client: AuthenticatedClient,
    body: CentreStatusRulingIn,
    if_match: None | str | Unset = UNSET,

) -> CentreDetail | Problem | None:
    """ Rule Centre Status

     A status ruling (active, inactive, applicant, suspended) by the deputy or the Ministry; recorded as
    a decision.

    A closed centre is reopened only by lifting its closure action (a recorded decision), not here.

    **Who may call:** a token whose role is one of `admin`, `ministry_supervisor`, `university_deputy`.

    **Reads headers:** `If-Match` (required): the ETag of your last read; without it 428 `precondition-
    required`, when the resource changed since 412 `precondition-failed` (read again, then retry).

    **Sets headers:** `ETag`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/inspections/v1/centers/{center_id}/status" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'If-Match: "3"' \\
      -H 'Content-Type: application/json' \\
      -d '{"act_ref": "۴۰۰/۱۲۳۴۵/د", "effective_on": "1404/09/15", "reason": "تعلیق تا تکمیل مدارک فضای
    فیزیکی", "status": "suspended"}'
    ```

    Args:
        center_id (str):
        if_match (None | str | Unset): ETag from the last read (missing: 428, stale: 412)
        body (CentreStatusRulingIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CentreDetail | Problem
     """


    return sync_detailed(
        center_id=center_id,
client=client,
body=body,
if_match=if_match,

    ).parsed

async def asyncio_detailed(
    center_id: str,
    *,
    client: AuthenticatedClient,
    body: CentreStatusRulingIn,
    if_match: None | str | Unset = UNSET,

) -> Response[CentreDetail | Problem]:
    """ Rule Centre Status

     A status ruling (active, inactive, applicant, suspended) by the deputy or the Ministry; recorded as
    a decision.

    A closed centre is reopened only by lifting its closure action (a recorded decision), not here.

    **Who may call:** a token whose role is one of `admin`, `ministry_supervisor`, `university_deputy`.

    **Reads headers:** `If-Match` (required): the ETag of your last read; without it 428 `precondition-
    required`, when the resource changed since 412 `precondition-failed` (read again, then retry).

    **Sets headers:** `ETag`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/inspections/v1/centers/{center_id}/status" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'If-Match: "3"' \\
      -H 'Content-Type: application/json' \\
      -d '{"act_ref": "۴۰۰/۱۲۳۴۵/د", "effective_on": "1404/09/15", "reason": "تعلیق تا تکمیل مدارک فضای
    فیزیکی", "status": "suspended"}'
    ```

    Args:
        center_id (str):
        if_match (None | str | Unset): ETag from the last read (missing: 428, stale: 412)
        body (CentreStatusRulingIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CentreDetail | Problem]
     """


    kwargs = _get_kwargs(
        center_id=center_id,
body=body,
if_match=if_match,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    center_id: str,
    *,
    client: AuthenticatedClient,
    body: CentreStatusRulingIn,
    if_match: None | str | Unset = UNSET,

) -> CentreDetail | Problem | None:
    """ Rule Centre Status

     A status ruling (active, inactive, applicant, suspended) by the deputy or the Ministry; recorded as
    a decision.

    A closed centre is reopened only by lifting its closure action (a recorded decision), not here.

    **Who may call:** a token whose role is one of `admin`, `ministry_supervisor`, `university_deputy`.

    **Reads headers:** `If-Match` (required): the ETag of your last read; without it 428 `precondition-
    required`, when the resource changed since 412 `precondition-failed` (read again, then retry).

    **Sets headers:** `ETag`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/inspections/v1/centers/{center_id}/status" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'If-Match: "3"' \\
      -H 'Content-Type: application/json' \\
      -d '{"act_ref": "۴۰۰/۱۲۳۴۵/د", "effective_on": "1404/09/15", "reason": "تعلیق تا تکمیل مدارک فضای
    فیزیکی", "status": "suspended"}'
    ```

    Args:
        center_id (str):
        if_match (None | str | Unset): ETag from the last read (missing: 428, stale: 412)
        body (CentreStatusRulingIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CentreDetail | Problem
     """


    return (await asyncio_detailed(
        center_id=center_id,
client=client,
body=body,
if_match=if_match,

    )).parsed
