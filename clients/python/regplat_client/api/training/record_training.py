from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.problem import Problem
from ...models.training_in import TrainingIn
from ...models.training_view import TrainingView
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    code: str,
    *,
    body: TrainingIn,
    idempotency_key: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/claims/v1/review-offices/{code}/trainings".format(code=quote(str(code), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | TrainingView | None:
    if response.status_code == 201:
        response_201 = TrainingView.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | TrainingView]:
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
    body: TrainingIn,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[Problem | TrainingView]:
    """ Record Training

     CLM-B2: a training given to a representative of one of the office's agencies (a decision record; not
    a fee condition).

    **Who may call:** a token whose role is one of `admin`, `review_office`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `Idempotent-Replayed`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/claims/v1/review-offices/{code}/trainings" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"agency_code": "AG-THR-001", "coordinated_with": ["indirect_treatment_directorate"],
    "held_on": "1404/08/12", "hours": "4.5", "note": "جلسه حضوری در دفتر رسیدگی", "representative_name":
    "مریم احمدی", "topic": "کنترل‌های هفت‌گانه پرونده‌های خسارت متفرقه (بند الف-۳)"}'
    ```

    Args:
        code (str):
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (TrainingIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TrainingView]
     """


    kwargs = _get_kwargs(
        code=code,
body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    code: str,
    *,
    client: AuthenticatedClient,
    body: TrainingIn,
    idempotency_key: None | str | Unset = UNSET,

) -> Problem | TrainingView | None:
    """ Record Training

     CLM-B2: a training given to a representative of one of the office's agencies (a decision record; not
    a fee condition).

    **Who may call:** a token whose role is one of `admin`, `review_office`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `Idempotent-Replayed`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/claims/v1/review-offices/{code}/trainings" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"agency_code": "AG-THR-001", "coordinated_with": ["indirect_treatment_directorate"],
    "held_on": "1404/08/12", "hours": "4.5", "note": "جلسه حضوری در دفتر رسیدگی", "representative_name":
    "مریم احمدی", "topic": "کنترل‌های هفت‌گانه پرونده‌های خسارت متفرقه (بند الف-۳)"}'
    ```

    Args:
        code (str):
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (TrainingIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TrainingView
     """


    return sync_detailed(
        code=code,
client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    body: TrainingIn,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[Problem | TrainingView]:
    """ Record Training

     CLM-B2: a training given to a representative of one of the office's agencies (a decision record; not
    a fee condition).

    **Who may call:** a token whose role is one of `admin`, `review_office`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `Idempotent-Replayed`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/claims/v1/review-offices/{code}/trainings" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"agency_code": "AG-THR-001", "coordinated_with": ["indirect_treatment_directorate"],
    "held_on": "1404/08/12", "hours": "4.5", "note": "جلسه حضوری در دفتر رسیدگی", "representative_name":
    "مریم احمدی", "topic": "کنترل‌های هفت‌گانه پرونده‌های خسارت متفرقه (بند الف-۳)"}'
    ```

    Args:
        code (str):
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (TrainingIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TrainingView]
     """


    kwargs = _get_kwargs(
        code=code,
body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    code: str,
    *,
    client: AuthenticatedClient,
    body: TrainingIn,
    idempotency_key: None | str | Unset = UNSET,

) -> Problem | TrainingView | None:
    """ Record Training

     CLM-B2: a training given to a representative of one of the office's agencies (a decision record; not
    a fee condition).

    **Who may call:** a token whose role is one of `admin`, `review_office`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `Idempotent-Replayed`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/claims/v1/review-offices/{code}/trainings" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"agency_code": "AG-THR-001", "coordinated_with": ["indirect_treatment_directorate"],
    "held_on": "1404/08/12", "hours": "4.5", "note": "جلسه حضوری در دفتر رسیدگی", "representative_name":
    "مریم احمدی", "topic": "کنترل‌های هفت‌گانه پرونده‌های خسارت متفرقه (بند الف-۳)"}'
    ```

    Args:
        code (str):
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (TrainingIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TrainingView
     """


    return (await asyncio_detailed(
        code=code,
client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
