from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.assessment_rule_data import AssessmentRuleData
from ...models.problem import Problem
from typing import cast



def _get_kwargs(
    code: str,

) -> dict[str, Any]:
    

    

    

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/claims/v1/review-offices/{code}/assessment-rules".format(code=quote(str(code), safe=""),),
    }


    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> AssessmentRuleData | Problem | None:
    if response.status_code == 200:
        response_200 = AssessmentRuleData.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[AssessmentRuleData | Problem]:
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

) -> Response[AssessmentRuleData | Problem]:
    """ Get Assessment Rules

     CLM-A4/B1: the rule data (CONFIGURATION, not regulation) the review office currently supplies to its
    agencies.

    **Who may call:** a token whose role is one of `admin`, `agency_staff`, `review_office`,
    `secretariat`, `service`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/claims/v1/review-offices/{code}/assessment-rules" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssessmentRuleData | Problem]
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
    client: AuthenticatedClient,

) -> AssessmentRuleData | Problem | None:
    """ Get Assessment Rules

     CLM-A4/B1: the rule data (CONFIGURATION, not regulation) the review office currently supplies to its
    agencies.

    **Who may call:** a token whose role is one of `admin`, `agency_staff`, `review_office`,
    `secretariat`, `service`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/claims/v1/review-offices/{code}/assessment-rules" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssessmentRuleData | Problem
     """


    return sync_detailed(
        code=code,
client=client,

    ).parsed

async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient,

) -> Response[AssessmentRuleData | Problem]:
    """ Get Assessment Rules

     CLM-A4/B1: the rule data (CONFIGURATION, not regulation) the review office currently supplies to its
    agencies.

    **Who may call:** a token whose role is one of `admin`, `agency_staff`, `review_office`,
    `secretariat`, `service`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/claims/v1/review-offices/{code}/assessment-rules" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssessmentRuleData | Problem]
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
    client: AuthenticatedClient,

) -> AssessmentRuleData | Problem | None:
    """ Get Assessment Rules

     CLM-A4/B1: the rule data (CONFIGURATION, not regulation) the review office currently supplies to its
    agencies.

    **Who may call:** a token whose role is one of `admin`, `agency_staff`, `review_office`,
    `secretariat`, `service`.

    **Example:**

    ```sh
    curl --fail-with-body -X GET "$GATEWAY/claims/v1/review-offices/{code}/assessment-rules" \\
      -H "Authorization: Bearer $TOKEN"
    ```

    Args:
        code (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssessmentRuleData | Problem
     """


    return (await asyncio_detailed(
        code=code,
client=client,

    )).parsed
