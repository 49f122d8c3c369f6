from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.precheck_answer import PrecheckAnswer
from ...models.precheck_in import PrecheckIn
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    *,
    body: PrecheckIn,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/customs/v1/precheck",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PrecheckAnswer | Problem | None:
    if response.status_code == 200:
        response_200 = PrecheckAnswer.from_dict(response.json())



        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())



        return response_400

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[PrecheckAnswer | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PrecheckIn,

) -> Response[PrecheckAnswer | Problem]:
    """ Public pre-check: may I bring / send this? (no token; nothing personal stored; fa/en by Accept-
    Language)

     Runs the same engine as declarations over the items, without storing anything or asking who the
    traveller is.

    `direction: import` takes items as in declarations, `export` as in export permits. The answer is in
    Persian unless
    `Accept-Language: en` is sent (`language` and Content-Language say which), with a plain-words
    `verdict` per item and
    overall; an exosome, cell-therapy or regenerative item asks inspections (SPEC X3, answers reused for
    60 s) and says
    `verification: pending` when it could not be asked. Rate-limited per client (429 with Retry-After).

    **Who may call:** anyone (public, no token; answers in Persian unless `Accept-Language: en`).

    **Sets headers:** `Retry-After`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/customs/v1/precheck" \\
      -H 'Content-Type: application/json' \\
      -d '{"channel": "passenger", "customs_office": "THR-IKA", "direction": "import", "items":
    [{"daily_dose": 1, "dosage_form": "قرص", "name": "لوزارتان ۵۰ میلی‌گرم", "quantity": "۳",
    "units_per_pack": 30}], "prescription_attached": true, "purpose": "personal_use"}'
    ```

    Args:
        body (PrecheckIn): What a traveller may ask without identifying themselves (no name,
            national code or passport).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PrecheckAnswer | Problem]
     """


    kwargs = _get_kwargs(
        body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    body: PrecheckIn,

) -> PrecheckAnswer | Problem | None:
    """ Public pre-check: may I bring / send this? (no token; nothing personal stored; fa/en by Accept-
    Language)

     Runs the same engine as declarations over the items, without storing anything or asking who the
    traveller is.

    `direction: import` takes items as in declarations, `export` as in export permits. The answer is in
    Persian unless
    `Accept-Language: en` is sent (`language` and Content-Language say which), with a plain-words
    `verdict` per item and
    overall; an exosome, cell-therapy or regenerative item asks inspections (SPEC X3, answers reused for
    60 s) and says
    `verification: pending` when it could not be asked. Rate-limited per client (429 with Retry-After).

    **Who may call:** anyone (public, no token; answers in Persian unless `Accept-Language: en`).

    **Sets headers:** `Retry-After`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/customs/v1/precheck" \\
      -H 'Content-Type: application/json' \\
      -d '{"channel": "passenger", "customs_office": "THR-IKA", "direction": "import", "items":
    [{"daily_dose": 1, "dosage_form": "قرص", "name": "لوزارتان ۵۰ میلی‌گرم", "quantity": "۳",
    "units_per_pack": 30}], "prescription_attached": true, "purpose": "personal_use"}'
    ```

    Args:
        body (PrecheckIn): What a traveller may ask without identifying themselves (no name,
            national code or passport).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PrecheckAnswer | Problem
     """


    return sync_detailed(
        client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: PrecheckIn,

) -> Response[PrecheckAnswer | Problem]:
    """ Public pre-check: may I bring / send this? (no token; nothing personal stored; fa/en by Accept-
    Language)

     Runs the same engine as declarations over the items, without storing anything or asking who the
    traveller is.

    `direction: import` takes items as in declarations, `export` as in export permits. The answer is in
    Persian unless
    `Accept-Language: en` is sent (`language` and Content-Language say which), with a plain-words
    `verdict` per item and
    overall; an exosome, cell-therapy or regenerative item asks inspections (SPEC X3, answers reused for
    60 s) and says
    `verification: pending` when it could not be asked. Rate-limited per client (429 with Retry-After).

    **Who may call:** anyone (public, no token; answers in Persian unless `Accept-Language: en`).

    **Sets headers:** `Retry-After`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/customs/v1/precheck" \\
      -H 'Content-Type: application/json' \\
      -d '{"channel": "passenger", "customs_office": "THR-IKA", "direction": "import", "items":
    [{"daily_dose": 1, "dosage_form": "قرص", "name": "لوزارتان ۵۰ میلی‌گرم", "quantity": "۳",
    "units_per_pack": 30}], "prescription_attached": true, "purpose": "personal_use"}'
    ```

    Args:
        body (PrecheckIn): What a traveller may ask without identifying themselves (no name,
            national code or passport).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PrecheckAnswer | Problem]
     """


    kwargs = _get_kwargs(
        body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: PrecheckIn,

) -> PrecheckAnswer | Problem | None:
    """ Public pre-check: may I bring / send this? (no token; nothing personal stored; fa/en by Accept-
    Language)

     Runs the same engine as declarations over the items, without storing anything or asking who the
    traveller is.

    `direction: import` takes items as in declarations, `export` as in export permits. The answer is in
    Persian unless
    `Accept-Language: en` is sent (`language` and Content-Language say which), with a plain-words
    `verdict` per item and
    overall; an exosome, cell-therapy or regenerative item asks inspections (SPEC X3, answers reused for
    60 s) and says
    `verification: pending` when it could not be asked. Rate-limited per client (429 with Retry-After).

    **Who may call:** anyone (public, no token; answers in Persian unless `Accept-Language: en`).

    **Sets headers:** `Retry-After`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/customs/v1/precheck" \\
      -H 'Content-Type: application/json' \\
      -d '{"channel": "passenger", "customs_office": "THR-IKA", "direction": "import", "items":
    [{"daily_dose": 1, "dosage_form": "قرص", "name": "لوزارتان ۵۰ میلی‌گرم", "quantity": "۳",
    "units_per_pack": 30}], "prescription_attached": true, "purpose": "personal_use"}'
    ```

    Args:
        body (PrecheckIn): What a traveller may ask without identifying themselves (no name,
            national code or passport).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PrecheckAnswer | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,

    )).parsed
