from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.assessment_rules_in import AssessmentRulesIn
from ...models.problem import Problem
from ...models.rule_data_publication import RuleDataPublication
from typing import cast



def _get_kwargs(
    code: str,
    *,
    body: AssessmentRulesIn,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}


    

    

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/claims/v1/review-offices/{code}/assessment-rules".format(code=quote(str(code), safe=""),),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | RuleDataPublication | None:
    if response.status_code == 201:
        response_201 = RuleDataPublication.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | RuleDataPublication]:
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
    body: AssessmentRulesIn,

) -> Response[Problem | RuleDataPublication]:
    """ Publish Assessment Rules

     Publish a new version of the review office's assessment rule data; later assessments of its agencies
    use it.

    Versions are never edited (409 for a version that exists). Only the review office itself may publish
    `"confirmed": true`
    (SHR-PROV); an assessment on unconfirmed data is provisional and cannot be approved.

    **Who may call:** a token whose role is one of `admin`, `review_office`.

    **Example:**

    ```sh
    curl --fail-with-body -X PUT "$GATEWAY/claims/v1/review-offices/{code}/assessment-rules" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'Content-Type: application/json' \\
      -d '{"confirmed": true, "note": "ضوابط ابلاغی دفتر رسیدگی تهران", "organization_share": {"global":
    "0.90", "inpatient": "0.90", "outpatient": "0.70"}, "prosthesis": {"ceiling_rials": 300000000,
    "share": "0.90"}, "tariff_ceilings_rials": {"500100": 30000000, "802145": 15000000},
    "unknown_service_code": "exclude", "version": "RO-THR-1-1404.08"}'
    ```

    Args:
        code (str):
        body (AssessmentRulesIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RuleDataPublication]
     """


    kwargs = _get_kwargs(
        code=code,
body=body,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    code: str,
    *,
    client: AuthenticatedClient,
    body: AssessmentRulesIn,

) -> Problem | RuleDataPublication | None:
    """ Publish Assessment Rules

     Publish a new version of the review office's assessment rule data; later assessments of its agencies
    use it.

    Versions are never edited (409 for a version that exists). Only the review office itself may publish
    `"confirmed": true`
    (SHR-PROV); an assessment on unconfirmed data is provisional and cannot be approved.

    **Who may call:** a token whose role is one of `admin`, `review_office`.

    **Example:**

    ```sh
    curl --fail-with-body -X PUT "$GATEWAY/claims/v1/review-offices/{code}/assessment-rules" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'Content-Type: application/json' \\
      -d '{"confirmed": true, "note": "ضوابط ابلاغی دفتر رسیدگی تهران", "organization_share": {"global":
    "0.90", "inpatient": "0.90", "outpatient": "0.70"}, "prosthesis": {"ceiling_rials": 300000000,
    "share": "0.90"}, "tariff_ceilings_rials": {"500100": 30000000, "802145": 15000000},
    "unknown_service_code": "exclude", "version": "RO-THR-1-1404.08"}'
    ```

    Args:
        code (str):
        body (AssessmentRulesIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RuleDataPublication
     """


    return sync_detailed(
        code=code,
client=client,
body=body,

    ).parsed

async def asyncio_detailed(
    code: str,
    *,
    client: AuthenticatedClient,
    body: AssessmentRulesIn,

) -> Response[Problem | RuleDataPublication]:
    """ Publish Assessment Rules

     Publish a new version of the review office's assessment rule data; later assessments of its agencies
    use it.

    Versions are never edited (409 for a version that exists). Only the review office itself may publish
    `"confirmed": true`
    (SHR-PROV); an assessment on unconfirmed data is provisional and cannot be approved.

    **Who may call:** a token whose role is one of `admin`, `review_office`.

    **Example:**

    ```sh
    curl --fail-with-body -X PUT "$GATEWAY/claims/v1/review-offices/{code}/assessment-rules" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'Content-Type: application/json' \\
      -d '{"confirmed": true, "note": "ضوابط ابلاغی دفتر رسیدگی تهران", "organization_share": {"global":
    "0.90", "inpatient": "0.90", "outpatient": "0.70"}, "prosthesis": {"ceiling_rials": 300000000,
    "share": "0.90"}, "tariff_ceilings_rials": {"500100": 30000000, "802145": 15000000},
    "unknown_service_code": "exclude", "version": "RO-THR-1-1404.08"}'
    ```

    Args:
        code (str):
        body (AssessmentRulesIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RuleDataPublication]
     """


    kwargs = _get_kwargs(
        code=code,
body=body,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    code: str,
    *,
    client: AuthenticatedClient,
    body: AssessmentRulesIn,

) -> Problem | RuleDataPublication | None:
    """ Publish Assessment Rules

     Publish a new version of the review office's assessment rule data; later assessments of its agencies
    use it.

    Versions are never edited (409 for a version that exists). Only the review office itself may publish
    `"confirmed": true`
    (SHR-PROV); an assessment on unconfirmed data is provisional and cannot be approved.

    **Who may call:** a token whose role is one of `admin`, `review_office`.

    **Example:**

    ```sh
    curl --fail-with-body -X PUT "$GATEWAY/claims/v1/review-offices/{code}/assessment-rules" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H 'Content-Type: application/json' \\
      -d '{"confirmed": true, "note": "ضوابط ابلاغی دفتر رسیدگی تهران", "organization_share": {"global":
    "0.90", "inpatient": "0.90", "outpatient": "0.70"}, "prosthesis": {"ceiling_rials": 300000000,
    "share": "0.90"}, "tariff_ceilings_rials": {"500100": 30000000, "802145": 15000000},
    "unknown_service_code": "exclude", "version": "RO-THR-1-1404.08"}'
    ```

    Args:
        code (str):
        body (AssessmentRulesIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RuleDataPublication
     """


    return (await asyncio_detailed(
        code=code,
client=client,
body=body,

    )).parsed
