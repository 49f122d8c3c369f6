from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.document_verification import DocumentVerification
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    code: str,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/customs/v1/documents/{code}/verify".format(code=quote(str(code), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DocumentVerification | Problem | None:
    if response.status_code == 200:
        response_200 = DocumentVerification.from_dict(response.json())



        return response_200

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DocumentVerification | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    code: str,
    *,
    client: AuthenticatedClient | Client,

) -> Response[DocumentVerification | Problem]:
    """ Public: is this printed clearance letter or exit permit authentic? (no token; Persian unless Accept-
    Language asks for English)

     No token, rate-limited per client like the pre-check. `code` is the 16-character code printed on the
    document (dashes, spaces, lower case and Persian digits are accepted). 200 with `status`: `valid`
    (the record still says what the paper says), `altered` (the record changed after printing, or is
    gone), `superseded` (a newer copy was printed after the record changed), `unknown` (no document has
    this code). A code that cannot be a code is 422. Persian when no Accept-Language is sent.

    **Who may call:** anyone (public, no token; answers in Persian unless `Accept-Language: en`).

    **Sets headers:** `Retry-After`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/customs/v1/documents/{code}/verify"
    ```

    Args:
        code (str): The verification code, e.g. ABCD-EFGH-IJKL-MNOP

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentVerification | Problem]
     """


    kwargs = _get_kwargs(
        code=code,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    code: str,
    *,
    client: AuthenticatedClient | Client,

) -> DocumentVerification | Problem | None:
    """ Public: is this printed clearance letter or exit permit authentic? (no token; Persian unless Accept-
    Language asks for English)

     No token, rate-limited per client like the pre-check. `code` is the 16-character code printed on the
    document (dashes, spaces, lower case and Persian digits are accepted). 200 with `status`: `valid`
    (the record still says what the paper says), `altered` (the record changed after printing, or is
    gone), `superseded` (a newer copy was printed after the record changed), `unknown` (no document has
    this code). A code that cannot be a code is 422. Persian when no Accept-Language is sent.

    **Who may call:** anyone (public, no token; answers in Persian unless `Accept-Language: en`).

    **Sets headers:** `Retry-After`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/customs/v1/documents/{code}/verify"
    ```

    Args:
        code (str): The verification code, e.g. ABCD-EFGH-IJKL-MNOP

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentVerification | Problem
     """


    return sync_detailed(
        code=code,
client=client,

    ).parsed

async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient | Client,

) -> Response[DocumentVerification | Problem]:
    """ Public: is this printed clearance letter or exit permit authentic? (no token; Persian unless Accept-
    Language asks for English)

     No token, rate-limited per client like the pre-check. `code` is the 16-character code printed on the
    document (dashes, spaces, lower case and Persian digits are accepted). 200 with `status`: `valid`
    (the record still says what the paper says), `altered` (the record changed after printing, or is
    gone), `superseded` (a newer copy was printed after the record changed), `unknown` (no document has
    this code). A code that cannot be a code is 422. Persian when no Accept-Language is sent.

    **Who may call:** anyone (public, no token; answers in Persian unless `Accept-Language: en`).

    **Sets headers:** `Retry-After`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/customs/v1/documents/{code}/verify"
    ```

    Args:
        code (str): The verification code, e.g. ABCD-EFGH-IJKL-MNOP

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DocumentVerification | Problem]
     """


    kwargs = _get_kwargs(
        code=code,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    code: str,
    *,
    client: AuthenticatedClient | Client,

) -> DocumentVerification | Problem | None:
    """ Public: is this printed clearance letter or exit permit authentic? (no token; Persian unless Accept-
    Language asks for English)

     No token, rate-limited per client like the pre-check. `code` is the 16-character code printed on the
    document (dashes, spaces, lower case and Persian digits are accepted). 200 with `status`: `valid`
    (the record still says what the paper says), `altered` (the record changed after printing, or is
    gone), `superseded` (a newer copy was printed after the record changed), `unknown` (no document has
    this code). A code that cannot be a code is 422. Persian when no Accept-Language is sent.

    **Who may call:** anyone (public, no token; answers in Persian unless `Accept-Language: en`).

    **Sets headers:** `Retry-After`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/customs/v1/documents/{code}/verify"
    ```

    Args:
        code (str): The verification code, e.g. ABCD-EFGH-IJKL-MNOP

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DocumentVerification | Problem
     """


    return (await asyncio_detailed(
        code=code,
client=client,

    )).parsed
