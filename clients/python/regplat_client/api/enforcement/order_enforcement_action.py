from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.enforcement_action import EnforcementAction
from ...models.enforcement_action_in import EnforcementActionIn
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    violation_id: str,
    *,
    body: EnforcementActionIn,
    idempotency_key: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/inspections/v1/violations/{violation_id}/actions".format(violation_id=quote(str(violation_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EnforcementAction | Problem | None:
    if response.status_code == 201:
        response_201 = EnforcementAction.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EnforcementAction | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    violation_id: str,
    *,
    client: AuthenticatedClient,
    body: EnforcementActionIn,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[EnforcementAction | Problem]:
    """ Order Enforcement Action

     Order an action against a violation (letter 400/10262/د): closure, seizure or referral.

    A closure closes the centre at once (409 `wrong-state` when it is already closed); a seizure lists
    the
    inventory; a referral names the body. A resolved violation takes no new action (409 `wrong-state`).

    **Who may call:** a token whose role is one of `admin`, `ministry_supervisor`, `university_deputy`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `ETag`, `Idempotent-Replayed`, `Location`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/inspections/v1/violations/{violation_id}/actions" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"inventory": [{"batch": "EX-0412", "kind": "exosome", "product": "سرم اگزوزوم", "quantity":
    12, "unit": "vial"}], "note": "ضبط فرآورده‌های اگزوزوم فاقد مجوز", "ordered_on": "1404/09/16",
    "type": "seizure"}'
    ```

    Args:
        violation_id (str):
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (EnforcementActionIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnforcementAction | Problem]
     """


    kwargs = _get_kwargs(
        violation_id=violation_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    violation_id: str,
    *,
    client: AuthenticatedClient,
    body: EnforcementActionIn,
    idempotency_key: None | str | Unset = UNSET,

) -> EnforcementAction | Problem | None:
    """ Order Enforcement Action

     Order an action against a violation (letter 400/10262/د): closure, seizure or referral.

    A closure closes the centre at once (409 `wrong-state` when it is already closed); a seizure lists
    the
    inventory; a referral names the body. A resolved violation takes no new action (409 `wrong-state`).

    **Who may call:** a token whose role is one of `admin`, `ministry_supervisor`, `university_deputy`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `ETag`, `Idempotent-Replayed`, `Location`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/inspections/v1/violations/{violation_id}/actions" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"inventory": [{"batch": "EX-0412", "kind": "exosome", "product": "سرم اگزوزوم", "quantity":
    12, "unit": "vial"}], "note": "ضبط فرآورده‌های اگزوزوم فاقد مجوز", "ordered_on": "1404/09/16",
    "type": "seizure"}'
    ```

    Args:
        violation_id (str):
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (EnforcementActionIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnforcementAction | Problem
     """


    return sync_detailed(
        violation_id=violation_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    violation_id: str,
    *,
    client: AuthenticatedClient,
    body: EnforcementActionIn,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[EnforcementAction | Problem]:
    """ Order Enforcement Action

     Order an action against a violation (letter 400/10262/د): closure, seizure or referral.

    A closure closes the centre at once (409 `wrong-state` when it is already closed); a seizure lists
    the
    inventory; a referral names the body. A resolved violation takes no new action (409 `wrong-state`).

    **Who may call:** a token whose role is one of `admin`, `ministry_supervisor`, `university_deputy`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `ETag`, `Idempotent-Replayed`, `Location`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/inspections/v1/violations/{violation_id}/actions" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"inventory": [{"batch": "EX-0412", "kind": "exosome", "product": "سرم اگزوزوم", "quantity":
    12, "unit": "vial"}], "note": "ضبط فرآورده‌های اگزوزوم فاقد مجوز", "ordered_on": "1404/09/16",
    "type": "seizure"}'
    ```

    Args:
        violation_id (str):
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (EnforcementActionIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnforcementAction | Problem]
     """


    kwargs = _get_kwargs(
        violation_id=violation_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    violation_id: str,
    *,
    client: AuthenticatedClient,
    body: EnforcementActionIn,
    idempotency_key: None | str | Unset = UNSET,

) -> EnforcementAction | Problem | None:
    """ Order Enforcement Action

     Order an action against a violation (letter 400/10262/د): closure, seizure or referral.

    A closure closes the centre at once (409 `wrong-state` when it is already closed); a seizure lists
    the
    inventory; a referral names the body. A resolved violation takes no new action (409 `wrong-state`).

    **Who may call:** a token whose role is one of `admin`, `ministry_supervisor`, `university_deputy`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `ETag`, `Idempotent-Replayed`, `Location`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/inspections/v1/violations/{violation_id}/actions" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"inventory": [{"batch": "EX-0412", "kind": "exosome", "product": "سرم اگزوزوم", "quantity":
    12, "unit": "vial"}], "note": "ضبط فرآورده‌های اگزوزوم فاقد مجوز", "ordered_on": "1404/09/16",
    "type": "seizure"}'
    ```

    Args:
        violation_id (str):
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (EnforcementActionIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnforcementAction | Problem
     """


    return (await asyncio_detailed(
        violation_id=violation_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
