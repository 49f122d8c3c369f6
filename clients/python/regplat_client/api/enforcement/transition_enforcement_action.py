from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.enforcement_action import EnforcementAction
from ...models.enforcement_transition_in import EnforcementTransitionIn
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    action_id: str,
    *,
    body: EnforcementTransitionIn,
    if_match: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/inspections/v1/actions/{action_id}/transitions".format(action_id=quote(str(action_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EnforcementAction | Problem | None:
    if response.status_code == 200:
        response_200 = EnforcementAction.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EnforcementAction | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    action_id: str,
    *,
    client: AuthenticatedClient,
    body: EnforcementTransitionIn,
    if_match: None | str | Unset = UNSET,

) -> Response[EnforcementAction | Problem]:
    """ Transition Enforcement Action

     Move an action: executed (sealed / seized / sent), lifted (needs the decision; a lifted closure
    reopens the centre), concluded.

    A move the action's type does not allow from its state is 409 `wrong-state` with `allowed` listing
    the
    states it may move to. Concluding the last open action of a violation resolves the violation.

    **Who may call:** a token whose role is one of `admin`, `ministry_supervisor`, `university_deputy`.

    **Reads headers:** `If-Match` (required): the ETag of your last read; without it 428 `precondition-
    required`, when the resource changed since 412 `precondition-failed` (read again, then retry).

    **Sets headers:** `ETag`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/inspections/v1/actions/{action_id}/transitions" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'If-Match: "3"' \\
      -H 'Content-Type: application/json' \\
      -d '{"note": "محل فعالیت با حضور نماینده دانشگاه پلمب شد", "on": "1404/09/17", "to": "executed"}'
    ```

    Args:
        action_id (str):
        if_match (None | str | Unset): ETag from the last read (missing: 428, stale: 412)
        body (EnforcementTransitionIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnforcementAction | Problem]
     """


    kwargs = _get_kwargs(
        action_id=action_id,
body=body,
if_match=if_match,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    action_id: str,
    *,
    client: AuthenticatedClient,
    body: EnforcementTransitionIn,
    if_match: None | str | Unset = UNSET,

) -> EnforcementAction | Problem | None:
    """ Transition Enforcement Action

     Move an action: executed (sealed / seized / sent), lifted (needs the decision; a lifted closure
    reopens the centre), concluded.

    A move the action's type does not allow from its state is 409 `wrong-state` with `allowed` listing
    the
    states it may move to. Concluding the last open action of a violation resolves the violation.

    **Who may call:** a token whose role is one of `admin`, `ministry_supervisor`, `university_deputy`.

    **Reads headers:** `If-Match` (required): the ETag of your last read; without it 428 `precondition-
    required`, when the resource changed since 412 `precondition-failed` (read again, then retry).

    **Sets headers:** `ETag`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/inspections/v1/actions/{action_id}/transitions" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'If-Match: "3"' \\
      -H 'Content-Type: application/json' \\
      -d '{"note": "محل فعالیت با حضور نماینده دانشگاه پلمب شد", "on": "1404/09/17", "to": "executed"}'
    ```

    Args:
        action_id (str):
        if_match (None | str | Unset): ETag from the last read (missing: 428, stale: 412)
        body (EnforcementTransitionIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnforcementAction | Problem
     """


    return sync_detailed(
        action_id=action_id,
client=client,
body=body,
if_match=if_match,

    ).parsed

async def asyncio_detailed(
    action_id: str,
    *,
    client: AuthenticatedClient,
    body: EnforcementTransitionIn,
    if_match: None | str | Unset = UNSET,

) -> Response[EnforcementAction | Problem]:
    """ Transition Enforcement Action

     Move an action: executed (sealed / seized / sent), lifted (needs the decision; a lifted closure
    reopens the centre), concluded.

    A move the action's type does not allow from its state is 409 `wrong-state` with `allowed` listing
    the
    states it may move to. Concluding the last open action of a violation resolves the violation.

    **Who may call:** a token whose role is one of `admin`, `ministry_supervisor`, `university_deputy`.

    **Reads headers:** `If-Match` (required): the ETag of your last read; without it 428 `precondition-
    required`, when the resource changed since 412 `precondition-failed` (read again, then retry).

    **Sets headers:** `ETag`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/inspections/v1/actions/{action_id}/transitions" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'If-Match: "3"' \\
      -H 'Content-Type: application/json' \\
      -d '{"note": "محل فعالیت با حضور نماینده دانشگاه پلمب شد", "on": "1404/09/17", "to": "executed"}'
    ```

    Args:
        action_id (str):
        if_match (None | str | Unset): ETag from the last read (missing: 428, stale: 412)
        body (EnforcementTransitionIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnforcementAction | Problem]
     """


    kwargs = _get_kwargs(
        action_id=action_id,
body=body,
if_match=if_match,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    action_id: str,
    *,
    client: AuthenticatedClient,
    body: EnforcementTransitionIn,
    if_match: None | str | Unset = UNSET,

) -> EnforcementAction | Problem | None:
    """ Transition Enforcement Action

     Move an action: executed (sealed / seized / sent), lifted (needs the decision; a lifted closure
    reopens the centre), concluded.

    A move the action's type does not allow from its state is 409 `wrong-state` with `allowed` listing
    the
    states it may move to. Concluding the last open action of a violation resolves the violation.

    **Who may call:** a token whose role is one of `admin`, `ministry_supervisor`, `university_deputy`.

    **Reads headers:** `If-Match` (required): the ETag of your last read; without it 428 `precondition-
    required`, when the resource changed since 412 `precondition-failed` (read again, then retry).

    **Sets headers:** `ETag`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/inspections/v1/actions/{action_id}/transitions" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'If-Match: "3"' \\
      -H 'Content-Type: application/json' \\
      -d '{"note": "محل فعالیت با حضور نماینده دانشگاه پلمب شد", "on": "1404/09/17", "to": "executed"}'
    ```

    Args:
        action_id (str):
        if_match (None | str | Unset): ETag from the last read (missing: 428, stale: 412)
        body (EnforcementTransitionIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnforcementAction | Problem
     """


    return (await asyncio_detailed(
        action_id=action_id,
client=client,
body=body,
if_match=if_match,

    )).parsed
