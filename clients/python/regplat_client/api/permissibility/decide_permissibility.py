from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.permissibility_in import PermissibilityIn
from ...models.permissibility_ruling import PermissibilityRuling
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: PermissibilityIn,
    idempotency_key: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/inspections/v1/permissibility",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PermissibilityRuling | Problem | None:
    if response.status_code == 200:
        response_200 = PermissibilityRuling.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PermissibilityRuling | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PermissibilityIn,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[PermissibilityRuling | Problem]:
    """ Decide Permissibility

     INS-R: is activity A of kind K (by centre C, with approval X) permitted on date D? With basis;
    stored as a decision.

    Each letter counts only from its own date. `outcome` is permitted, prohibited,
    not_regulated_by_these_letters (`permitted` null: the letters neither permit nor ban it) or
    requires_verification (an exosome IRC the registry does not hold as a verified FDO registration).
    With `center_id`, the centre's status and approvals on the date count (another university's centre
    is 404).

    **Who may call:** a token whose role is one of `admin`, `medical_council`, `ministry_supervisor`,
    `service`, `university_deputy`, `university_inspector`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `Idempotent-Replayed`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/inspections/v1/permissibility" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"activity": "treatment", "approval": "none", "date": "1404/09/15", "kind": "exosome"}'
    ```

    Args:
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (PermissibilityIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PermissibilityRuling | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    body: PermissibilityIn,
    idempotency_key: None | str | Unset = UNSET,

) -> PermissibilityRuling | Problem | None:
    """ Decide Permissibility

     INS-R: is activity A of kind K (by centre C, with approval X) permitted on date D? With basis;
    stored as a decision.

    Each letter counts only from its own date. `outcome` is permitted, prohibited,
    not_regulated_by_these_letters (`permitted` null: the letters neither permit nor ban it) or
    requires_verification (an exosome IRC the registry does not hold as a verified FDO registration).
    With `center_id`, the centre's status and approvals on the date count (another university's centre
    is 404).

    **Who may call:** a token whose role is one of `admin`, `medical_council`, `ministry_supervisor`,
    `service`, `university_deputy`, `university_inspector`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `Idempotent-Replayed`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/inspections/v1/permissibility" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"activity": "treatment", "approval": "none", "date": "1404/09/15", "kind": "exosome"}'
    ```

    Args:
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (PermissibilityIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PermissibilityRuling | Problem
     """


    return sync_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PermissibilityIn,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[PermissibilityRuling | Problem]:
    """ Decide Permissibility

     INS-R: is activity A of kind K (by centre C, with approval X) permitted on date D? With basis;
    stored as a decision.

    Each letter counts only from its own date. `outcome` is permitted, prohibited,
    not_regulated_by_these_letters (`permitted` null: the letters neither permit nor ban it) or
    requires_verification (an exosome IRC the registry does not hold as a verified FDO registration).
    With `center_id`, the centre's status and approvals on the date count (another university's centre
    is 404).

    **Who may call:** a token whose role is one of `admin`, `medical_council`, `ministry_supervisor`,
    `service`, `university_deputy`, `university_inspector`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `Idempotent-Replayed`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/inspections/v1/permissibility" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"activity": "treatment", "approval": "none", "date": "1404/09/15", "kind": "exosome"}'
    ```

    Args:
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (PermissibilityIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PermissibilityRuling | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    body: PermissibilityIn,
    idempotency_key: None | str | Unset = UNSET,

) -> PermissibilityRuling | Problem | None:
    """ Decide Permissibility

     INS-R: is activity A of kind K (by centre C, with approval X) permitted on date D? With basis;
    stored as a decision.

    Each letter counts only from its own date. `outcome` is permitted, prohibited,
    not_regulated_by_these_letters (`permitted` null: the letters neither permit nor ban it) or
    requires_verification (an exosome IRC the registry does not hold as a verified FDO registration).
    With `center_id`, the centre's status and approvals on the date count (another university's centre
    is 404).

    **Who may call:** a token whose role is one of `admin`, `medical_council`, `ministry_supervisor`,
    `service`, `university_deputy`, `university_inspector`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `Idempotent-Replayed`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/inspections/v1/permissibility" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"activity": "treatment", "approval": "none", "date": "1404/09/15", "kind": "exosome"}'
    ```

    Args:
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (PermissibilityIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PermissibilityRuling | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
