from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.guideline_catalogue import GuidelineCatalogue
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    in_force_on: None | str | Unset = UNSET,
    drug: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    json_in_force_on: None | str | Unset
    if isinstance(in_force_on, Unset):
        json_in_force_on = UNSET
    else:
        json_in_force_on = in_force_on
    params["in_force_on"] = json_in_force_on

    json_drug: None | str | Unset
    if isinstance(drug, Unset):
        json_drug = UNSET
    else:
        json_drug = drug
    params["drug"] = json_drug


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/offlabel/v1/guidelines",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GuidelineCatalogue | Problem | None:
    if response.status_code == 200:
        response_200 = GuidelineCatalogue.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GuidelineCatalogue | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    in_force_on: None | str | Unset = UNSET,
    drug: None | str | Unset = UNSET,

) -> Response[GuidelineCatalogue | Problem]:
    """ Guidelines (public); with in_force_on: those in force on that date with their letters (OFL-E)

     Every guideline version the service knows (shipped files and versions the ministry published), by
    code, newest version
    first, each with its approving letters as the regulation registry holds them. With `in_force_on`,
    only the one version of
    each guideline in force on that date; with `drug`, only guidelines whose drug has that INN, brand or
    Persian name. Not paginated:
    the catalogue is a handful of guidelines.

    **Who may call:** anyone (public, no token; answers in Persian unless `Accept-Language: en`).

    **Sets headers:** `Retry-After`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/offlabel/v1/guidelines"
    ```

    Args:
        in_force_on (None | str | Unset): Only the version of each guideline in force on this date
            (ISO or Jalali)
        drug (None | str | Unset): Only guidelines for this drug (INN, brand or Persian name)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GuidelineCatalogue | Problem]
     """


    kwargs = _get_kwargs(
        in_force_on=in_force_on,
drug=drug,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient | Client,
    in_force_on: None | str | Unset = UNSET,
    drug: None | str | Unset = UNSET,

) -> GuidelineCatalogue | Problem | None:
    """ Guidelines (public); with in_force_on: those in force on that date with their letters (OFL-E)

     Every guideline version the service knows (shipped files and versions the ministry published), by
    code, newest version
    first, each with its approving letters as the regulation registry holds them. With `in_force_on`,
    only the one version of
    each guideline in force on that date; with `drug`, only guidelines whose drug has that INN, brand or
    Persian name. Not paginated:
    the catalogue is a handful of guidelines.

    **Who may call:** anyone (public, no token; answers in Persian unless `Accept-Language: en`).

    **Sets headers:** `Retry-After`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/offlabel/v1/guidelines"
    ```

    Args:
        in_force_on (None | str | Unset): Only the version of each guideline in force on this date
            (ISO or Jalali)
        drug (None | str | Unset): Only guidelines for this drug (INN, brand or Persian name)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GuidelineCatalogue | Problem
     """


    return sync_detailed(
        client=client,
in_force_on=in_force_on,
drug=drug,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    in_force_on: None | str | Unset = UNSET,
    drug: None | str | Unset = UNSET,

) -> Response[GuidelineCatalogue | Problem]:
    """ Guidelines (public); with in_force_on: those in force on that date with their letters (OFL-E)

     Every guideline version the service knows (shipped files and versions the ministry published), by
    code, newest version
    first, each with its approving letters as the regulation registry holds them. With `in_force_on`,
    only the one version of
    each guideline in force on that date; with `drug`, only guidelines whose drug has that INN, brand or
    Persian name. Not paginated:
    the catalogue is a handful of guidelines.

    **Who may call:** anyone (public, no token; answers in Persian unless `Accept-Language: en`).

    **Sets headers:** `Retry-After`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/offlabel/v1/guidelines"
    ```

    Args:
        in_force_on (None | str | Unset): Only the version of each guideline in force on this date
            (ISO or Jalali)
        drug (None | str | Unset): Only guidelines for this drug (INN, brand or Persian name)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GuidelineCatalogue | Problem]
     """


    kwargs = _get_kwargs(
        in_force_on=in_force_on,
drug=drug,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    in_force_on: None | str | Unset = UNSET,
    drug: None | str | Unset = UNSET,

) -> GuidelineCatalogue | Problem | None:
    """ Guidelines (public); with in_force_on: those in force on that date with their letters (OFL-E)

     Every guideline version the service knows (shipped files and versions the ministry published), by
    code, newest version
    first, each with its approving letters as the regulation registry holds them. With `in_force_on`,
    only the one version of
    each guideline in force on that date; with `drug`, only guidelines whose drug has that INN, brand or
    Persian name. Not paginated:
    the catalogue is a handful of guidelines.

    **Who may call:** anyone (public, no token; answers in Persian unless `Accept-Language: en`).

    **Sets headers:** `Retry-After`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/offlabel/v1/guidelines"
    ```

    Args:
        in_force_on (None | str | Unset): Only the version of each guideline in force on this date
            (ISO or Jalali)
        drug (None | str | Unset): Only guidelines for this drug (INN, brand or Persian name)

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GuidelineCatalogue | Problem
     """


    return (await asyncio_detailed(
        client=client,
in_force_on=in_force_on,
drug=drug,

    )).parsed
