from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.administration_in import AdministrationIn
from ...models.problem import Problem
from ...models.recorded_administration import RecordedAdministration
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    request_id: str,
    *,
    body: AdministrationIn,
    idempotency_key: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/offlabel/v1/requests/{request_id}/administrations".format(request_id=quote(str(request_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | RecordedAdministration | None:
    if response.status_code == 201:
        response_201 = RecordedAdministration.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | RecordedAdministration]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    request_id: str,
    *,
    client: AuthenticatedClient,
    body: AdministrationIn,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[Problem | RecordedAdministration]:
    """ Record one administration under an approved course (the filing physician, or claims with a service
    token)

     Record that the drug was given on `date` under an approved request. It is recorded even outside the
    course (the patient's
    history counts it); the answer says whether the course covers it (`administration.covered`, its
    number in the course).
    A request that is not approved is 409 `wrong-state`; a second administration on the same day under
    the same approval is
    409 `conflict`; another physician's request is 404.

    **Who may call:** a token whose role is one of `admin`, `physician`, `service`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `Idempotent-Replayed`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/offlabel/v1/requests/{request_id}/administrations" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"date": "1403/02/15", "dose": "1.25", "reference": "پرونده ۱۴۰۳-۵۵۲"}'
    ```

    Args:
        request_id (str): the request id
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (AdministrationIn): One administration given under an approved course (OFL-R-COURSE).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RecordedAdministration]
     """


    kwargs = _get_kwargs(
        request_id=request_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    request_id: str,
    *,
    client: AuthenticatedClient,
    body: AdministrationIn,
    idempotency_key: None | str | Unset = UNSET,

) -> Problem | RecordedAdministration | None:
    """ Record one administration under an approved course (the filing physician, or claims with a service
    token)

     Record that the drug was given on `date` under an approved request. It is recorded even outside the
    course (the patient's
    history counts it); the answer says whether the course covers it (`administration.covered`, its
    number in the course).
    A request that is not approved is 409 `wrong-state`; a second administration on the same day under
    the same approval is
    409 `conflict`; another physician's request is 404.

    **Who may call:** a token whose role is one of `admin`, `physician`, `service`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `Idempotent-Replayed`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/offlabel/v1/requests/{request_id}/administrations" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"date": "1403/02/15", "dose": "1.25", "reference": "پرونده ۱۴۰۳-۵۵۲"}'
    ```

    Args:
        request_id (str): the request id
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (AdministrationIn): One administration given under an approved course (OFL-R-COURSE).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RecordedAdministration
     """


    return sync_detailed(
        request_id=request_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    request_id: str,
    *,
    client: AuthenticatedClient,
    body: AdministrationIn,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[Problem | RecordedAdministration]:
    """ Record one administration under an approved course (the filing physician, or claims with a service
    token)

     Record that the drug was given on `date` under an approved request. It is recorded even outside the
    course (the patient's
    history counts it); the answer says whether the course covers it (`administration.covered`, its
    number in the course).
    A request that is not approved is 409 `wrong-state`; a second administration on the same day under
    the same approval is
    409 `conflict`; another physician's request is 404.

    **Who may call:** a token whose role is one of `admin`, `physician`, `service`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `Idempotent-Replayed`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/offlabel/v1/requests/{request_id}/administrations" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"date": "1403/02/15", "dose": "1.25", "reference": "پرونده ۱۴۰۳-۵۵۲"}'
    ```

    Args:
        request_id (str): the request id
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (AdministrationIn): One administration given under an approved course (OFL-R-COURSE).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RecordedAdministration]
     """


    kwargs = _get_kwargs(
        request_id=request_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    request_id: str,
    *,
    client: AuthenticatedClient,
    body: AdministrationIn,
    idempotency_key: None | str | Unset = UNSET,

) -> Problem | RecordedAdministration | None:
    """ Record one administration under an approved course (the filing physician, or claims with a service
    token)

     Record that the drug was given on `date` under an approved request. It is recorded even outside the
    course (the patient's
    history counts it); the answer says whether the course covers it (`administration.covered`, its
    number in the course).
    A request that is not approved is 409 `wrong-state`; a second administration on the same day under
    the same approval is
    409 `conflict`; another physician's request is 404.

    **Who may call:** a token whose role is one of `admin`, `physician`, `service`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `Idempotent-Replayed`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/offlabel/v1/requests/{request_id}/administrations" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"date": "1403/02/15", "dose": "1.25", "reference": "پرونده ۱۴۰۳-۵۵۲"}'
    ```

    Args:
        request_id (str): the request id
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (AdministrationIn): One administration given under an approved course (OFL-R-COURSE).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RecordedAdministration
     """


    return (await asyncio_detailed(
        request_id=request_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
