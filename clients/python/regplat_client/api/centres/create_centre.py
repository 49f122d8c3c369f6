from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.centre_detail import CentreDetail
from ...models.centre_in import CentreIn
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: CentreIn,
    idempotency_key: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/inspections/v1/centers",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CentreDetail | Problem | None:
    if response.status_code == 201:
        response_201 = CentreDetail.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CentreDetail | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CentreIn,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[CentreDetail | Problem]:
    """ Create Centre

     Register a centre (letter 400/10262/د clause 1: every active, inactive and applicant centre is
    listed).

    A university role registers for its own university (`university` may be left out); the Ministry
    names it.
    The registration is the first entry of the centre's status history (a recorded decision). A licence
    number already registered is 409.

    **Who may call:** a token whose role is one of `admin`, `ministry_supervisor`, `university_deputy`,
    `university_inspector`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `ETag`, `Idempotent-Replayed`, `Location`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/inspections/v1/centers" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"kinds": ["cell_therapy", "regenerative"], "licence": {"number": "QUMS-1404-0012",
    "valid_from": "1404/01/01", "valid_to": "1406/12/29"}, "name": "مرکز سلول‌درمانی یاس",
    "physical_space": {"certificate_ref": "ف-۱۴۰۴-۳۳", "certified": true, "certified_on": "1404/05/10"},
    "province": "قم", "registered_on": "1404/06/20", "status": "active", "technical_manager": {"name":
    "دکتر مریم احمدی", "national_code": "0061234567"}, "university": "QUMS"}'
    ```

    Args:
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (CentreIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CentreDetail | Problem]
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
    body: CentreIn,
    idempotency_key: None | str | Unset = UNSET,

) -> CentreDetail | Problem | None:
    """ Create Centre

     Register a centre (letter 400/10262/د clause 1: every active, inactive and applicant centre is
    listed).

    A university role registers for its own university (`university` may be left out); the Ministry
    names it.
    The registration is the first entry of the centre's status history (a recorded decision). A licence
    number already registered is 409.

    **Who may call:** a token whose role is one of `admin`, `ministry_supervisor`, `university_deputy`,
    `university_inspector`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `ETag`, `Idempotent-Replayed`, `Location`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/inspections/v1/centers" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"kinds": ["cell_therapy", "regenerative"], "licence": {"number": "QUMS-1404-0012",
    "valid_from": "1404/01/01", "valid_to": "1406/12/29"}, "name": "مرکز سلول‌درمانی یاس",
    "physical_space": {"certificate_ref": "ف-۱۴۰۴-۳۳", "certified": true, "certified_on": "1404/05/10"},
    "province": "قم", "registered_on": "1404/06/20", "status": "active", "technical_manager": {"name":
    "دکتر مریم احمدی", "national_code": "0061234567"}, "university": "QUMS"}'
    ```

    Args:
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (CentreIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CentreDetail | Problem
     """


    return sync_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CentreIn,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[CentreDetail | Problem]:
    """ Create Centre

     Register a centre (letter 400/10262/د clause 1: every active, inactive and applicant centre is
    listed).

    A university role registers for its own university (`university` may be left out); the Ministry
    names it.
    The registration is the first entry of the centre's status history (a recorded decision). A licence
    number already registered is 409.

    **Who may call:** a token whose role is one of `admin`, `ministry_supervisor`, `university_deputy`,
    `university_inspector`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `ETag`, `Idempotent-Replayed`, `Location`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/inspections/v1/centers" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"kinds": ["cell_therapy", "regenerative"], "licence": {"number": "QUMS-1404-0012",
    "valid_from": "1404/01/01", "valid_to": "1406/12/29"}, "name": "مرکز سلول‌درمانی یاس",
    "physical_space": {"certificate_ref": "ف-۱۴۰۴-۳۳", "certified": true, "certified_on": "1404/05/10"},
    "province": "قم", "registered_on": "1404/06/20", "status": "active", "technical_manager": {"name":
    "دکتر مریم احمدی", "national_code": "0061234567"}, "university": "QUMS"}'
    ```

    Args:
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (CentreIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CentreDetail | Problem]
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
    body: CentreIn,
    idempotency_key: None | str | Unset = UNSET,

) -> CentreDetail | Problem | None:
    """ Create Centre

     Register a centre (letter 400/10262/د clause 1: every active, inactive and applicant centre is
    listed).

    A university role registers for its own university (`university` may be left out); the Ministry
    names it.
    The registration is the first entry of the centre's status history (a recorded decision). A licence
    number already registered is 409.

    **Who may call:** a token whose role is one of `admin`, `ministry_supervisor`, `university_deputy`,
    `university_inspector`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `ETag`, `Idempotent-Replayed`, `Location`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/inspections/v1/centers" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"kinds": ["cell_therapy", "regenerative"], "licence": {"number": "QUMS-1404-0012",
    "valid_from": "1404/01/01", "valid_to": "1406/12/29"}, "name": "مرکز سلول‌درمانی یاس",
    "physical_space": {"certificate_ref": "ف-۱۴۰۴-۳۳", "certified": true, "certified_on": "1404/05/10"},
    "province": "قم", "registered_on": "1404/06/20", "status": "active", "technical_manager": {"name":
    "دکتر مریم احمدی", "national_code": "0061234567"}, "university": "QUMS"}'
    ```

    Args:
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (CentreIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CentreDetail | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
