from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.get_export_permit_letter_format_type_0 import GetExportPermitLetterFormatType0
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    permit_id: str,
    *,
    format_: GetExportPermitLetterFormatType0 | None | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_format_: None | str | Unset
    if isinstance(format_, Unset):
        json_format_ = UNSET
    elif isinstance(format_, GetExportPermitLetterFormatType0):
        json_format_ = format_.value
    else:
        json_format_ = format_
    params["format"] = json_format_


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/customs/v1/export-permits/{permit_id}/letter".format(permit_id=quote(str(permit_id), safe=""),),
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())



        return response_404

    if response.status_code == 406:
        response_406 = Problem.from_dict(response.json())



        return response_406

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())



        return response_409

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    permit_id: str,
    *,
    client: AuthenticatedClient,
    format_: GetExportPermitLetterFormatType0 | None | Unset = UNSET,

) -> Response[Problem | str]:
    """ The exit permit of an issued export-permit application, Persian, HTML or PDF

     Roles: customs_officer (own office), traveller (own), gio_expert, gio_head, dpna_dg, admin. Exists
    once the permit is issued (CUS-5-EXIT), else 409. HTML or PDF by content negotiation: `Accept:
    application/pdf` (or `?format=pdf`) gives the PDF, `text/html`, `*/*` or no `Accept` the HTML; an
    `Accept` that allows neither is 406. Both carry a verification code, its URL (`GET
    /customs/v1/documents/{code}/verify`, public) and, on paper, a QR code of that URL. The first print
    registers the document under its code.

    **Who may call:** a token whose role is one of `admin`, `customs_officer`, `dpna_dg`, `gio_expert`,
    `gio_head`, `traveller`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/customs/v1/export-permits/{permit_id}/letter" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        permit_id (str):
        format_ (GetExportPermitLetterFormatType0 | None | Unset): `pdf` or `html`: overrides the
            Accept header (a link in a browser cannot set it)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
     """


    kwargs = _get_kwargs(
        permit_id=permit_id,
format_=format_,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    permit_id: str,
    *,
    client: AuthenticatedClient,
    format_: GetExportPermitLetterFormatType0 | None | Unset = UNSET,

) -> Problem | str | None:
    """ The exit permit of an issued export-permit application, Persian, HTML or PDF

     Roles: customs_officer (own office), traveller (own), gio_expert, gio_head, dpna_dg, admin. Exists
    once the permit is issued (CUS-5-EXIT), else 409. HTML or PDF by content negotiation: `Accept:
    application/pdf` (or `?format=pdf`) gives the PDF, `text/html`, `*/*` or no `Accept` the HTML; an
    `Accept` that allows neither is 406. Both carry a verification code, its URL (`GET
    /customs/v1/documents/{code}/verify`, public) and, on paper, a QR code of that URL. The first print
    registers the document under its code.

    **Who may call:** a token whose role is one of `admin`, `customs_officer`, `dpna_dg`, `gio_expert`,
    `gio_head`, `traveller`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/customs/v1/export-permits/{permit_id}/letter" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        permit_id (str):
        format_ (GetExportPermitLetterFormatType0 | None | Unset): `pdf` or `html`: overrides the
            Accept header (a link in a browser cannot set it)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
     """


    return sync_detailed(
        permit_id=permit_id,
client=client,
format_=format_,

    ).parsed

async def asyncio_detailed(
    permit_id: str,
    *,
    client: AuthenticatedClient,
    format_: GetExportPermitLetterFormatType0 | None | Unset = UNSET,

) -> Response[Problem | str]:
    """ The exit permit of an issued export-permit application, Persian, HTML or PDF

     Roles: customs_officer (own office), traveller (own), gio_expert, gio_head, dpna_dg, admin. Exists
    once the permit is issued (CUS-5-EXIT), else 409. HTML or PDF by content negotiation: `Accept:
    application/pdf` (or `?format=pdf`) gives the PDF, `text/html`, `*/*` or no `Accept` the HTML; an
    `Accept` that allows neither is 406. Both carry a verification code, its URL (`GET
    /customs/v1/documents/{code}/verify`, public) and, on paper, a QR code of that URL. The first print
    registers the document under its code.

    **Who may call:** a token whose role is one of `admin`, `customs_officer`, `dpna_dg`, `gio_expert`,
    `gio_head`, `traveller`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/customs/v1/export-permits/{permit_id}/letter" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        permit_id (str):
        format_ (GetExportPermitLetterFormatType0 | None | Unset): `pdf` or `html`: overrides the
            Accept header (a link in a browser cannot set it)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
     """


    kwargs = _get_kwargs(
        permit_id=permit_id,
format_=format_,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    permit_id: str,
    *,
    client: AuthenticatedClient,
    format_: GetExportPermitLetterFormatType0 | None | Unset = UNSET,

) -> Problem | str | None:
    """ The exit permit of an issued export-permit application, Persian, HTML or PDF

     Roles: customs_officer (own office), traveller (own), gio_expert, gio_head, dpna_dg, admin. Exists
    once the permit is issued (CUS-5-EXIT), else 409. HTML or PDF by content negotiation: `Accept:
    application/pdf` (or `?format=pdf`) gives the PDF, `text/html`, `*/*` or no `Accept` the HTML; an
    `Accept` that allows neither is 406. Both carry a verification code, its URL (`GET
    /customs/v1/documents/{code}/verify`, public) and, on paper, a QR code of that URL. The first print
    registers the document under its code.

    **Who may call:** a token whose role is one of `admin`, `customs_officer`, `dpna_dg`, `gio_expert`,
    `gio_head`, `traveller`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/customs/v1/export-permits/{permit_id}/letter" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        permit_id (str):
        format_ (GetExportPermitLetterFormatType0 | None | Unset): `pdf` or `html`: overrides the
            Accept header (a link in a browser cannot set it)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
     """


    return (await asyncio_detailed(
        permit_id=permit_id,
client=client,
format_=format_,

    )).parsed
