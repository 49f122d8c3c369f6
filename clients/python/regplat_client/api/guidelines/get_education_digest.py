from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.education_digest import EducationDigest
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    *,
    since: str,
    until: str,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["since"] = since

    params["until"] = until


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/offlabel/v1/guidelines/education",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EducationDigest | Problem | None:
    if response.status_code == 200:
        response_200 = EducationDigest.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EducationDigest | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    since: str,
    until: str,

) -> Response[EducationDigest | Problem]:
    """ Continuing education (OFL-E): the guidelines in force on `until` and their changes since `since`
    (public)

     For universities and faculties, associations and the Medical Council (instruction 400/7515): the
    guideline versions in
    force on `until`, and the versions that entered into force or ended after `since` up to `until`.
    `until` before `since` is 422.

    **Who may call:** anyone (public, no token; answers in Persian unless `Accept-Language: en`).

    **Sets headers:** `Retry-After`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/offlabel/v1/guidelines/education"
    ```

    Args:
        since (str): ISO-8601 (2026-02-09) or Jalali (1404/11/20); Persian or Arabic-Indic digits
            accepted
        until (str): ISO-8601 (2026-02-09) or Jalali (1404/11/20); Persian or Arabic-Indic digits
            accepted

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EducationDigest | Problem]
     """


    kwargs = _get_kwargs(
        since=since,
until=until,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    since: str,
    until: str,

) -> EducationDigest | Problem | None:
    """ Continuing education (OFL-E): the guidelines in force on `until` and their changes since `since`
    (public)

     For universities and faculties, associations and the Medical Council (instruction 400/7515): the
    guideline versions in
    force on `until`, and the versions that entered into force or ended after `since` up to `until`.
    `until` before `since` is 422.

    **Who may call:** anyone (public, no token; answers in Persian unless `Accept-Language: en`).

    **Sets headers:** `Retry-After`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/offlabel/v1/guidelines/education"
    ```

    Args:
        since (str): ISO-8601 (2026-02-09) or Jalali (1404/11/20); Persian or Arabic-Indic digits
            accepted
        until (str): ISO-8601 (2026-02-09) or Jalali (1404/11/20); Persian or Arabic-Indic digits
            accepted

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EducationDigest | Problem
     """


    return sync_detailed(
        client=client,
since=since,
until=until,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    since: str,
    until: str,

) -> Response[EducationDigest | Problem]:
    """ Continuing education (OFL-E): the guidelines in force on `until` and their changes since `since`
    (public)

     For universities and faculties, associations and the Medical Council (instruction 400/7515): the
    guideline versions in
    force on `until`, and the versions that entered into force or ended after `since` up to `until`.
    `until` before `since` is 422.

    **Who may call:** anyone (public, no token; answers in Persian unless `Accept-Language: en`).

    **Sets headers:** `Retry-After`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/offlabel/v1/guidelines/education"
    ```

    Args:
        since (str): ISO-8601 (2026-02-09) or Jalali (1404/11/20); Persian or Arabic-Indic digits
            accepted
        until (str): ISO-8601 (2026-02-09) or Jalali (1404/11/20); Persian or Arabic-Indic digits
            accepted

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EducationDigest | Problem]
     """


    kwargs = _get_kwargs(
        since=since,
until=until,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    since: str,
    until: str,

) -> EducationDigest | Problem | None:
    """ Continuing education (OFL-E): the guidelines in force on `until` and their changes since `since`
    (public)

     For universities and faculties, associations and the Medical Council (instruction 400/7515): the
    guideline versions in
    force on `until`, and the versions that entered into force or ended after `since` up to `until`.
    `until` before `since` is 422.

    **Who may call:** anyone (public, no token; answers in Persian unless `Accept-Language: en`).

    **Sets headers:** `Retry-After`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/offlabel/v1/guidelines/education"
    ```

    Args:
        since (str): ISO-8601 (2026-02-09) or Jalali (1404/11/20); Persian or Arabic-Indic digits
            accepted
        until (str): ISO-8601 (2026-02-09) or Jalali (1404/11/20); Persian or Arabic-Indic digits
            accepted

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EducationDigest | Problem
     """


    return (await asyncio_detailed(
        client=client,
since=since,
until=until,

    )).parsed
