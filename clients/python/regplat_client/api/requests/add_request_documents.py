from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.documents_add import DocumentsAdd
from ...models.off_label_request_detail import OffLabelRequestDetail
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    request_id: str,
    *,
    body: DocumentsAdd,
    if_match: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/offlabel/v1/requests/{request_id}/documents".format(request_id=quote(str(request_id), safe=""),),
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
    body: DocumentsAdd,
    if_match: None | str | Unset = UNSET,

) -> Response[OffLabelRequestDetail | Problem]:
    """ Add documents / missing declarations to a pending request and re-evaluate it (If-Match)

     The filing physician adds documents, the informed consent, contraindications, the care setting or
    preparation, or a more
    specific diagnosis code to a request that is `pending_documents` or `pending_clarification`; the
    request is evaluated again
    (a new decision record) and its version goes up. Any other status is 409 `wrong-state` (file a new
    request instead).

    **Who may call:** a token whose role is one of `physician`.

    **Reads headers:** `If-Match` (required): the ETag of your last read; without it 428 `precondition-
    required`, when the resource changed since 412 `precondition-failed` (read again, then retry).

    **Sets headers:** `ETag`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/offlabel/v1/requests/{request_id}/documents" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'If-Match: "3"' \\
      -H 'Content-Type: application/json' \\
      -d '{"documents": [{"date": "1403/02/13", "kind": "oct", "reference": "OCT-7"}],
    "informed_consent": {"date": "1403/02/14", "obtained": true, "signed_by": "patient"}}'
    ```

    Args:
        request_id (str): the request id
        if_match (None | str | Unset): ETag from the last read (missing: 428, stale: 412)
        body (DocumentsAdd): Documents (and missing declarations) added to a pending request; the
            request is re-evaluated (OFL-R).

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

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    request_id: str,
    *,
    client: AuthenticatedClient,
    body: DocumentsAdd,
    if_match: None | str | Unset = UNSET,

) -> OffLabelRequestDetail | Problem | None:
    """ Add documents / missing declarations to a pending request and re-evaluate it (If-Match)

     The filing physician adds documents, the informed consent, contraindications, the care setting or
    preparation, or a more
    specific diagnosis code to a request that is `pending_documents` or `pending_clarification`; the
    request is evaluated again
    (a new decision record) and its version goes up. Any other status is 409 `wrong-state` (file a new
    request instead).

    **Who may call:** a token whose role is one of `physician`.

    **Reads headers:** `If-Match` (required): the ETag of your last read; without it 428 `precondition-
    required`, when the resource changed since 412 `precondition-failed` (read again, then retry).

    **Sets headers:** `ETag`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/offlabel/v1/requests/{request_id}/documents" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'If-Match: "3"' \\
      -H 'Content-Type: application/json' \\
      -d '{"documents": [{"date": "1403/02/13", "kind": "oct", "reference": "OCT-7"}],
    "informed_consent": {"date": "1403/02/14", "obtained": true, "signed_by": "patient"}}'
    ```

    Args:
        request_id (str): the request id
        if_match (None | str | Unset): ETag from the last read (missing: 428, stale: 412)
        body (DocumentsAdd): Documents (and missing declarations) added to a pending request; the
            request is re-evaluated (OFL-R).

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

    ).parsed

async def asyncio_detailed(
    request_id: str,
    *,
    client: AuthenticatedClient,
    body: DocumentsAdd,
    if_match: None | str | Unset = UNSET,

) -> Response[OffLabelRequestDetail | Problem]:
    """ Add documents / missing declarations to a pending request and re-evaluate it (If-Match)

     The filing physician adds documents, the informed consent, contraindications, the care setting or
    preparation, or a more
    specific diagnosis code to a request that is `pending_documents` or `pending_clarification`; the
    request is evaluated again
    (a new decision record) and its version goes up. Any other status is 409 `wrong-state` (file a new
    request instead).

    **Who may call:** a token whose role is one of `physician`.

    **Reads headers:** `If-Match` (required): the ETag of your last read; without it 428 `precondition-
    required`, when the resource changed since 412 `precondition-failed` (read again, then retry).

    **Sets headers:** `ETag`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/offlabel/v1/requests/{request_id}/documents" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'If-Match: "3"' \\
      -H 'Content-Type: application/json' \\
      -d '{"documents": [{"date": "1403/02/13", "kind": "oct", "reference": "OCT-7"}],
    "informed_consent": {"date": "1403/02/14", "obtained": true, "signed_by": "patient"}}'
    ```

    Args:
        request_id (str): the request id
        if_match (None | str | Unset): ETag from the last read (missing: 428, stale: 412)
        body (DocumentsAdd): Documents (and missing declarations) added to a pending request; the
            request is re-evaluated (OFL-R).

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

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    request_id: str,
    *,
    client: AuthenticatedClient,
    body: DocumentsAdd,
    if_match: None | str | Unset = UNSET,

) -> OffLabelRequestDetail | Problem | None:
    """ Add documents / missing declarations to a pending request and re-evaluate it (If-Match)

     The filing physician adds documents, the informed consent, contraindications, the care setting or
    preparation, or a more
    specific diagnosis code to a request that is `pending_documents` or `pending_clarification`; the
    request is evaluated again
    (a new decision record) and its version goes up. Any other status is 409 `wrong-state` (file a new
    request instead).

    **Who may call:** a token whose role is one of `physician`.

    **Reads headers:** `If-Match` (required): the ETag of your last read; without it 428 `precondition-
    required`, when the resource changed since 412 `precondition-failed` (read again, then retry).

    **Sets headers:** `ETag`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/offlabel/v1/requests/{request_id}/documents" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'If-Match: "3"' \\
      -H 'Content-Type: application/json' \\
      -d '{"documents": [{"date": "1403/02/13", "kind": "oct", "reference": "OCT-7"}],
    "informed_consent": {"date": "1403/02/14", "obtained": true, "signed_by": "patient"}}'
    ```

    Args:
        request_id (str): the request id
        if_match (None | str | Unset): ETag from the last read (missing: 428, stale: 412)
        body (DocumentsAdd): Documents (and missing declarations) added to a pending request; the
            request is re-evaluated (OFL-R).

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

    )).parsed
