from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.authorization_check import AuthorizationCheck
from ...models.problem import Problem
from ...models.query_authorization_eye_type_0 import QueryAuthorizationEyeType0
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    patient_national_code: str,
    drug: str,
    date: str,
    eye: None | QueryAuthorizationEyeType0 | Unset = UNSET,
    site: None | str | Unset = UNSET,

) -> dict[str, Any]:
    

    

    params: dict[str, Any] = {}

    params["patient_national_code"] = patient_national_code

    params["drug"] = drug

    params["date"] = date

    json_eye: None | str | Unset
    if isinstance(eye, Unset):
        json_eye = UNSET
    elif isinstance(eye, QueryAuthorizationEyeType0):
        json_eye = eye.value
    else:
        json_eye = eye
    params["eye"] = json_eye

    json_site: None | str | Unset
    if isinstance(site, Unset):
        json_site = UNSET
    else:
        json_site = site
    params["site"] = json_site


    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}


    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/offlabel/v1/authorizations",
        "params": params,
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AuthorizationCheck | Problem | None:
    if response.status_code == 200:
        response_200 = AuthorizationCheck.from_dict(response.json())



        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())



        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())



        return response_403

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AuthorizationCheck | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    patient_national_code: str,
    drug: str,
    date: str,
    eye: None | QueryAuthorizationEyeType0 | Unset = UNSET,
    site: None | str | Unset = UNSET,

) -> Response[AuthorizationCheck | Problem]:
    """ Did this patient's treatment (drug, eye) have an approved and covered authorization on this date?

     For claims (per claim line) and insurers: whether an approved course for this patient, drug (INN,
    brand or Persian name)
    and site covers the administration on `date` (count and interval), and whether the insurer recorded
    it as covered. Only
    facts: the national code comes back masked and no clinical record is shown. An insurer sees only its
    own insured; no
    matching approval answers 200 with `authorized: false` and the reason.

    **Who may call:** a token whose role is one of `admin`, `insurer`, `service`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/offlabel/v1/authorizations" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        patient_national_code (str):
        drug (str):
        date (str): ISO-8601 (2026-02-09) or Jalali (1404/11/20); Persian or Arabic-Indic digits
            accepted
        eye (None | QueryAuthorizationEyeType0 | Unset): right (OD) or left (OS): the site of an
            eye guideline
        site (None | str | Unset): the body site, when the guideline has one

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthorizationCheck | Problem]
     """


    kwargs = _get_kwargs(
        patient_national_code=patient_national_code,
drug=drug,
date=date,
eye=eye,
site=site,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    patient_national_code: str,
    drug: str,
    date: str,
    eye: None | QueryAuthorizationEyeType0 | Unset = UNSET,
    site: None | str | Unset = UNSET,

) -> AuthorizationCheck | Problem | None:
    """ Did this patient's treatment (drug, eye) have an approved and covered authorization on this date?

     For claims (per claim line) and insurers: whether an approved course for this patient, drug (INN,
    brand or Persian name)
    and site covers the administration on `date` (count and interval), and whether the insurer recorded
    it as covered. Only
    facts: the national code comes back masked and no clinical record is shown. An insurer sees only its
    own insured; no
    matching approval answers 200 with `authorized: false` and the reason.

    **Who may call:** a token whose role is one of `admin`, `insurer`, `service`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/offlabel/v1/authorizations" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        patient_national_code (str):
        drug (str):
        date (str): ISO-8601 (2026-02-09) or Jalali (1404/11/20); Persian or Arabic-Indic digits
            accepted
        eye (None | QueryAuthorizationEyeType0 | Unset): right (OD) or left (OS): the site of an
            eye guideline
        site (None | str | Unset): the body site, when the guideline has one

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthorizationCheck | Problem
     """


    return sync_detailed(
        client=client,
patient_national_code=patient_national_code,
drug=drug,
date=date,
eye=eye,
site=site,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    patient_national_code: str,
    drug: str,
    date: str,
    eye: None | QueryAuthorizationEyeType0 | Unset = UNSET,
    site: None | str | Unset = UNSET,

) -> Response[AuthorizationCheck | Problem]:
    """ Did this patient's treatment (drug, eye) have an approved and covered authorization on this date?

     For claims (per claim line) and insurers: whether an approved course for this patient, drug (INN,
    brand or Persian name)
    and site covers the administration on `date` (count and interval), and whether the insurer recorded
    it as covered. Only
    facts: the national code comes back masked and no clinical record is shown. An insurer sees only its
    own insured; no
    matching approval answers 200 with `authorized: false` and the reason.

    **Who may call:** a token whose role is one of `admin`, `insurer`, `service`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/offlabel/v1/authorizations" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        patient_national_code (str):
        drug (str):
        date (str): ISO-8601 (2026-02-09) or Jalali (1404/11/20); Persian or Arabic-Indic digits
            accepted
        eye (None | QueryAuthorizationEyeType0 | Unset): right (OD) or left (OS): the site of an
            eye guideline
        site (None | str | Unset): the body site, when the guideline has one

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuthorizationCheck | Problem]
     """


    kwargs = _get_kwargs(
        patient_national_code=patient_national_code,
drug=drug,
date=date,
eye=eye,
site=site,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    patient_national_code: str,
    drug: str,
    date: str,
    eye: None | QueryAuthorizationEyeType0 | Unset = UNSET,
    site: None | str | Unset = UNSET,

) -> AuthorizationCheck | Problem | None:
    """ Did this patient's treatment (drug, eye) have an approved and covered authorization on this date?

     For claims (per claim line) and insurers: whether an approved course for this patient, drug (INN,
    brand or Persian name)
    and site covers the administration on `date` (count and interval), and whether the insurer recorded
    it as covered. Only
    facts: the national code comes back masked and no clinical record is shown. An insurer sees only its
    own insured; no
    matching approval answers 200 with `authorized: false` and the reason.

    **Who may call:** a token whose role is one of `admin`, `insurer`, `service`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/offlabel/v1/authorizations" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        patient_national_code (str):
        drug (str):
        date (str): ISO-8601 (2026-02-09) or Jalali (1404/11/20); Persian or Arabic-Indic digits
            accepted
        eye (None | QueryAuthorizationEyeType0 | Unset): right (OD) or left (OS): the site of an
            eye guideline
        site (None | str | Unset): the body site, when the guideline has one

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuthorizationCheck | Problem
     """


    return (await asyncio_detailed(
        client=client,
patient_national_code=patient_national_code,
drug=drug,
date=date,
eye=eye,
site=site,

    )).parsed
