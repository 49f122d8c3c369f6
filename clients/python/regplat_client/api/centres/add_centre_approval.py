from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.centre_approval import CentreApproval
from ...models.centre_approval_in import CentreApprovalIn
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    center_id: str,
    *,
    body: CentreApprovalIn,
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
        "url": "/inspections/v1/centers/{center_id}/approvals".format(center_id=quote(str(center_id), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CentreApproval | Problem | None:
    if response.status_code == 201:
        response_201 = CentreApproval.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[CentreApproval | Problem]:
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
    body: CentreApprovalIn,
    if_match: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[CentreApproval | Problem]:
    """ Add Centre Approval

     Add an ethics approval (research: code, committee) or an FDO registration (IRC, product, holder) to
    a centre.

    Only a Ministry role records an IRC as verified (403 otherwise). The approval's kind must be one of
    the
    centre's kinds (409). The answer's ETag is the centre's new version.

    **Who may call:** a token whose role is one of `admin`, `ministry_supervisor`, `university_deputy`,
    `university_inspector`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`; `If-Match` (required): the ETag of your last read; without it 428
    `precondition-required`, when the resource changed since 412 `precondition-failed` (read again, then
    retry).

    **Sets headers:** `ETag`, `Idempotent-Replayed`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/inspections/v1/centers/{center_id}/approvals" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'If-Match: "3"' \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"committee": "کمیته اخلاق دانشگاه علوم پزشکی قم", "ethics_code": "IR.QUMS.REC.1404.123",
    "kind": "cell_therapy", "title": "کارآزمایی سلول‌درمانی زخم پای دیابتی", "type": "ethics",
    "valid_from": "1404/07/01", "valid_to": "1405/06/31"}'
    ```

    Args:
        center_id (str):
        if_match (None | str | Unset): ETag from the last read (missing: 428, stale: 412)
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (CentreApprovalIn): An ethics approval of a research project (type `ethics`) or a
            product's FDO registration (type `irc`).

            SPEC correction 1: IRC is the FDO's product registration code, not an ethics approval. The
            old shape
            (`type` research / treatment with `irc_code`) is still accepted: a code with the ethics-
            code shape is an
            ethics approval, any other code an FDO registration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CentreApproval | Problem]
     """


    kwargs = _get_kwargs(
        center_id=center_id,
body=body,
if_match=if_match,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    center_id: str,
    *,
    client: AuthenticatedClient,
    body: CentreApprovalIn,
    if_match: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,

) -> CentreApproval | Problem | None:
    """ Add Centre Approval

     Add an ethics approval (research: code, committee) or an FDO registration (IRC, product, holder) to
    a centre.

    Only a Ministry role records an IRC as verified (403 otherwise). The approval's kind must be one of
    the
    centre's kinds (409). The answer's ETag is the centre's new version.

    **Who may call:** a token whose role is one of `admin`, `ministry_supervisor`, `university_deputy`,
    `university_inspector`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`; `If-Match` (required): the ETag of your last read; without it 428
    `precondition-required`, when the resource changed since 412 `precondition-failed` (read again, then
    retry).

    **Sets headers:** `ETag`, `Idempotent-Replayed`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/inspections/v1/centers/{center_id}/approvals" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'If-Match: "3"' \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"committee": "کمیته اخلاق دانشگاه علوم پزشکی قم", "ethics_code": "IR.QUMS.REC.1404.123",
    "kind": "cell_therapy", "title": "کارآزمایی سلول‌درمانی زخم پای دیابتی", "type": "ethics",
    "valid_from": "1404/07/01", "valid_to": "1405/06/31"}'
    ```

    Args:
        center_id (str):
        if_match (None | str | Unset): ETag from the last read (missing: 428, stale: 412)
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (CentreApprovalIn): An ethics approval of a research project (type `ethics`) or a
            product's FDO registration (type `irc`).

            SPEC correction 1: IRC is the FDO's product registration code, not an ethics approval. The
            old shape
            (`type` research / treatment with `irc_code`) is still accepted: a code with the ethics-
            code shape is an
            ethics approval, any other code an FDO registration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CentreApproval | Problem
     """


    return sync_detailed(
        center_id=center_id,
client=client,
body=body,
if_match=if_match,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    center_id: str,
    *,
    client: AuthenticatedClient,
    body: CentreApprovalIn,
    if_match: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[CentreApproval | Problem]:
    """ Add Centre Approval

     Add an ethics approval (research: code, committee) or an FDO registration (IRC, product, holder) to
    a centre.

    Only a Ministry role records an IRC as verified (403 otherwise). The approval's kind must be one of
    the
    centre's kinds (409). The answer's ETag is the centre's new version.

    **Who may call:** a token whose role is one of `admin`, `ministry_supervisor`, `university_deputy`,
    `university_inspector`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`; `If-Match` (required): the ETag of your last read; without it 428
    `precondition-required`, when the resource changed since 412 `precondition-failed` (read again, then
    retry).

    **Sets headers:** `ETag`, `Idempotent-Replayed`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/inspections/v1/centers/{center_id}/approvals" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'If-Match: "3"' \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"committee": "کمیته اخلاق دانشگاه علوم پزشکی قم", "ethics_code": "IR.QUMS.REC.1404.123",
    "kind": "cell_therapy", "title": "کارآزمایی سلول‌درمانی زخم پای دیابتی", "type": "ethics",
    "valid_from": "1404/07/01", "valid_to": "1405/06/31"}'
    ```

    Args:
        center_id (str):
        if_match (None | str | Unset): ETag from the last read (missing: 428, stale: 412)
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (CentreApprovalIn): An ethics approval of a research project (type `ethics`) or a
            product's FDO registration (type `irc`).

            SPEC correction 1: IRC is the FDO's product registration code, not an ethics approval. The
            old shape
            (`type` research / treatment with `irc_code`) is still accepted: a code with the ethics-
            code shape is an
            ethics approval, any other code an FDO registration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CentreApproval | Problem]
     """


    kwargs = _get_kwargs(
        center_id=center_id,
body=body,
if_match=if_match,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    center_id: str,
    *,
    client: AuthenticatedClient,
    body: CentreApprovalIn,
    if_match: None | str | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,

) -> CentreApproval | Problem | None:
    """ Add Centre Approval

     Add an ethics approval (research: code, committee) or an FDO registration (IRC, product, holder) to
    a centre.

    Only a Ministry role records an IRC as verified (403 otherwise). The approval's kind must be one of
    the
    centre's kinds (409). The answer's ETag is the centre's new version.

    **Who may call:** a token whose role is one of `admin`, `ministry_supervisor`, `university_deputy`,
    `university_inspector`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`; `If-Match` (required): the ETag of your last read; without it 428
    `precondition-required`, when the resource changed since 412 `precondition-failed` (read again, then
    retry).

    **Sets headers:** `ETag`, `Idempotent-Replayed`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/inspections/v1/centers/{center_id}/approvals" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'If-Match: "3"' \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"committee": "کمیته اخلاق دانشگاه علوم پزشکی قم", "ethics_code": "IR.QUMS.REC.1404.123",
    "kind": "cell_therapy", "title": "کارآزمایی سلول‌درمانی زخم پای دیابتی", "type": "ethics",
    "valid_from": "1404/07/01", "valid_to": "1405/06/31"}'
    ```

    Args:
        center_id (str):
        if_match (None | str | Unset): ETag from the last read (missing: 428, stale: 412)
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (CentreApprovalIn): An ethics approval of a research project (type `ethics`) or a
            product's FDO registration (type `irc`).

            SPEC correction 1: IRC is the FDO's product registration code, not an ethics approval. The
            old shape
            (`type` research / treatment with `irc_code`) is still accepted: a code with the ethics-
            code shape is an
            ethics approval, any other code an FDO registration.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CentreApproval | Problem
     """


    return (await asyncio_detailed(
        center_id=center_id,
client=client,
body=body,
if_match=if_match,
idempotency_key=idempotency_key,

    )).parsed
