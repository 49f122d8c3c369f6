from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.coverage_in import CoverageIn
from ...models.off_label_request_detail import OffLabelRequestDetail
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    request_id: str,
    *,
    body: CoverageIn,
    if_match: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/offlabel/v1/requests/{request_id}/coverage".format(request_id=quote(str(request_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OffLabelRequestDetail | Problem | None:
    if response.status_code == 200:
        response_200 = OffLabelRequestDetail.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[OffLabelRequestDetail | Problem]:
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
    body: CoverageIn,
    if_match: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[OffLabelRequestDetail | Problem]:
    """ Record covered / not covered with a reason on an approved request (the patient's insurer; If-Match)

     The patient's insurer (the token's `org` is the request's `insurer`) records whether it covers an
    approved request, with
    a reason either way; a later decision replaces the earlier one and each is a decision record.
    Another insurer's request is
    404; a request that is not approved is 409 `wrong-state`. A decision that departs from the insurer's
    entered policy is
    recorded with a warning in its basis. The answer is the request, version bumped.

    **Who may call:** a token whose role is one of `insurer`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`; `If-Match` (required): the ETag of your last read; without it 428
    `precondition-required`, when the resource changed since 412 `precondition-failed` (read again, then
    retry).

    **Sets headers:** `ETag`, `Idempotent-Replayed`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/offlabel/v1/requests/{request_id}/coverage" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'If-Match: "3"' \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"covered": true, "reason": "در بسته خرید راهبردی سال ۱۴۰۳ برای دژنراسیون ماکولا پوشش داده
    می‌شود"}'
    ```

    Args:
        request_id (str): the request id
        if_match (None | str | Unset): ETag from the last read (missing: 428, stale: 412)
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (CoverageIn): The patient's insurer covers, or does not cover, an approved request
            (OFL-I).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OffLabelRequestDetail | Problem]
     """


    kwargs = _get_kwargs(
        request_id=request_id,
body=body,
if_match=if_match,
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
    body: CoverageIn,
    if_match: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,

) -> OffLabelRequestDetail | Problem | None:
    """ Record covered / not covered with a reason on an approved request (the patient's insurer; If-Match)

     The patient's insurer (the token's `org` is the request's `insurer`) records whether it covers an
    approved request, with
    a reason either way; a later decision replaces the earlier one and each is a decision record.
    Another insurer's request is
    404; a request that is not approved is 409 `wrong-state`. A decision that departs from the insurer's
    entered policy is
    recorded with a warning in its basis. The answer is the request, version bumped.

    **Who may call:** a token whose role is one of `insurer`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`; `If-Match` (required): the ETag of your last read; without it 428
    `precondition-required`, when the resource changed since 412 `precondition-failed` (read again, then
    retry).

    **Sets headers:** `ETag`, `Idempotent-Replayed`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/offlabel/v1/requests/{request_id}/coverage" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'If-Match: "3"' \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"covered": true, "reason": "در بسته خرید راهبردی سال ۱۴۰۳ برای دژنراسیون ماکولا پوشش داده
    می‌شود"}'
    ```

    Args:
        request_id (str): the request id
        if_match (None | str | Unset): ETag from the last read (missing: 428, stale: 412)
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (CoverageIn): The patient's insurer covers, or does not cover, an approved request
            (OFL-I).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OffLabelRequestDetail | Problem
     """


    return sync_detailed(
        request_id=request_id,
client=client,
body=body,
if_match=if_match,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    request_id: str,
    *,
    client: AuthenticatedClient,
    body: CoverageIn,
    if_match: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[OffLabelRequestDetail | Problem]:
    """ Record covered / not covered with a reason on an approved request (the patient's insurer; If-Match)

     The patient's insurer (the token's `org` is the request's `insurer`) records whether it covers an
    approved request, with
    a reason either way; a later decision replaces the earlier one and each is a decision record.
    Another insurer's request is
    404; a request that is not approved is 409 `wrong-state`. A decision that departs from the insurer's
    entered policy is
    recorded with a warning in its basis. The answer is the request, version bumped.

    **Who may call:** a token whose role is one of `insurer`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`; `If-Match` (required): the ETag of your last read; without it 428
    `precondition-required`, when the resource changed since 412 `precondition-failed` (read again, then
    retry).

    **Sets headers:** `ETag`, `Idempotent-Replayed`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/offlabel/v1/requests/{request_id}/coverage" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'If-Match: "3"' \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"covered": true, "reason": "در بسته خرید راهبردی سال ۱۴۰۳ برای دژنراسیون ماکولا پوشش داده
    می‌شود"}'
    ```

    Args:
        request_id (str): the request id
        if_match (None | str | Unset): ETag from the last read (missing: 428, stale: 412)
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (CoverageIn): The patient's insurer covers, or does not cover, an approved request
            (OFL-I).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OffLabelRequestDetail | Problem]
     """


    kwargs = _get_kwargs(
        request_id=request_id,
body=body,
if_match=if_match,
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
    body: CoverageIn,
    if_match: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,

) -> OffLabelRequestDetail | Problem | None:
    """ Record covered / not covered with a reason on an approved request (the patient's insurer; If-Match)

     The patient's insurer (the token's `org` is the request's `insurer`) records whether it covers an
    approved request, with
    a reason either way; a later decision replaces the earlier one and each is a decision record.
    Another insurer's request is
    404; a request that is not approved is 409 `wrong-state`. A decision that departs from the insurer's
    entered policy is
    recorded with a warning in its basis. The answer is the request, version bumped.

    **Who may call:** a token whose role is one of `insurer`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`; `If-Match` (required): the ETag of your last read; without it 428
    `precondition-required`, when the resource changed since 412 `precondition-failed` (read again, then
    retry).

    **Sets headers:** `ETag`, `Idempotent-Replayed`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/offlabel/v1/requests/{request_id}/coverage" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'If-Match: "3"' \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"covered": true, "reason": "در بسته خرید راهبردی سال ۱۴۰۳ برای دژنراسیون ماکولا پوشش داده
    می‌شود"}'
    ```

    Args:
        request_id (str): the request id
        if_match (None | str | Unset): ETag from the last read (missing: 428, stale: 412)
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (CoverageIn): The patient's insurer covers, or does not cover, an approved request
            (OFL-I).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OffLabelRequestDetail | Problem
     """


    return (await asyncio_detailed(
        request_id=request_id,
client=client,
body=body,
if_match=if_match,
idempotency_key=idempotency_key,

    )).parsed
