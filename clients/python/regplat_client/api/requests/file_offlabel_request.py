from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.off_label_request_detail import OffLabelRequestDetail
from ...models.problem import Problem
from ...models.request_create import RequestCreate
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: RequestCreate,
    idempotency_key: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/offlabel/v1/requests",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OffLabelRequestDetail | Problem | None:
    if response.status_code == 201:
        response_201 = OffLabelRequestDetail.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[OffLabelRequestDetail | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RequestCreate,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[OffLabelRequestDetail | Problem]:
    """ File an off-label request (physician); evaluated at once against the guideline in force on the
    planned date

     File a request for one patient, drug and body site (one request per eye). The physician's council
    number and specialty
    come from the token (`council_no`, `specialty` claims). The request is evaluated at once against the
    guideline version in
    force on `planned_date`, counting the earlier administrations listed and those in the service's own
    records; the answer's
    `status` is `approved` (with the course it covers), `denied`, `pending_documents`,
    `pending_clarification` (a more specific
    ICD-10-CM code is needed) or `no_guideline`. Every criterion is listed with its reason and
    citations, and the evaluation is
    a decision record (`decision_id`). Dates are ISO or Jalali (`1403/02/15`); Persian digits are
    accepted.

    **Who may call:** a token whose role is one of `physician`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `ETag`, `Idempotent-Replayed`, `Location`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/offlabel/v1/requests" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"care_setting": "sterile-injection-room", "contraindications": [], "diagnosis_icd10":
    "H35.32", "documents": [{"date": "1403/02/10", "kind": "oct", "reference": "OCT-1"}, {"date":
    "1403/02/10", "kind": "visual-acuity", "reference": "VA-1"}], "dose_mg": "1.25", "drug":
    "bevacizumab", "earlier_injections": [{"date": "1403/01/06", "drug": "bevacizumab", "eye":
    "right"}], "eye": "right", "informed_consent": {"date": "1403/02/14", "obtained": true, "signed_by":
    "patient"}, "insurer": "SSO", "patient_national_code": "0084575948", "planned_date": "1403/02/15",
    "preparation": "single-use-vial"}'
    ```

    Args:
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (RequestCreate): A physician's off-label request (OFL-R); council number and
            specialty come from the token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OffLabelRequestDetail | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    *,
    client: AuthenticatedClient,
    body: RequestCreate,
    idempotency_key: None | str | Unset = UNSET,

) -> OffLabelRequestDetail | Problem | None:
    """ File an off-label request (physician); evaluated at once against the guideline in force on the
    planned date

     File a request for one patient, drug and body site (one request per eye). The physician's council
    number and specialty
    come from the token (`council_no`, `specialty` claims). The request is evaluated at once against the
    guideline version in
    force on `planned_date`, counting the earlier administrations listed and those in the service's own
    records; the answer's
    `status` is `approved` (with the course it covers), `denied`, `pending_documents`,
    `pending_clarification` (a more specific
    ICD-10-CM code is needed) or `no_guideline`. Every criterion is listed with its reason and
    citations, and the evaluation is
    a decision record (`decision_id`). Dates are ISO or Jalali (`1403/02/15`); Persian digits are
    accepted.

    **Who may call:** a token whose role is one of `physician`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `ETag`, `Idempotent-Replayed`, `Location`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/offlabel/v1/requests" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"care_setting": "sterile-injection-room", "contraindications": [], "diagnosis_icd10":
    "H35.32", "documents": [{"date": "1403/02/10", "kind": "oct", "reference": "OCT-1"}, {"date":
    "1403/02/10", "kind": "visual-acuity", "reference": "VA-1"}], "dose_mg": "1.25", "drug":
    "bevacizumab", "earlier_injections": [{"date": "1403/01/06", "drug": "bevacizumab", "eye":
    "right"}], "eye": "right", "informed_consent": {"date": "1403/02/14", "obtained": true, "signed_by":
    "patient"}, "insurer": "SSO", "patient_national_code": "0084575948", "planned_date": "1403/02/15",
    "preparation": "single-use-vial"}'
    ```

    Args:
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (RequestCreate): A physician's off-label request (OFL-R); council number and
            specialty come from the token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OffLabelRequestDetail | Problem
     """


    return sync_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RequestCreate,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[OffLabelRequestDetail | Problem]:
    """ File an off-label request (physician); evaluated at once against the guideline in force on the
    planned date

     File a request for one patient, drug and body site (one request per eye). The physician's council
    number and specialty
    come from the token (`council_no`, `specialty` claims). The request is evaluated at once against the
    guideline version in
    force on `planned_date`, counting the earlier administrations listed and those in the service's own
    records; the answer's
    `status` is `approved` (with the course it covers), `denied`, `pending_documents`,
    `pending_clarification` (a more specific
    ICD-10-CM code is needed) or `no_guideline`. Every criterion is listed with its reason and
    citations, and the evaluation is
    a decision record (`decision_id`). Dates are ISO or Jalali (`1403/02/15`); Persian digits are
    accepted.

    **Who may call:** a token whose role is one of `physician`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `ETag`, `Idempotent-Replayed`, `Location`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/offlabel/v1/requests" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"care_setting": "sterile-injection-room", "contraindications": [], "diagnosis_icd10":
    "H35.32", "documents": [{"date": "1403/02/10", "kind": "oct", "reference": "OCT-1"}, {"date":
    "1403/02/10", "kind": "visual-acuity", "reference": "VA-1"}], "dose_mg": "1.25", "drug":
    "bevacizumab", "earlier_injections": [{"date": "1403/01/06", "drug": "bevacizumab", "eye":
    "right"}], "eye": "right", "informed_consent": {"date": "1403/02/14", "obtained": true, "signed_by":
    "patient"}, "insurer": "SSO", "patient_national_code": "0084575948", "planned_date": "1403/02/15",
    "preparation": "single-use-vial"}'
    ```

    Args:
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (RequestCreate): A physician's off-label request (OFL-R); council number and
            specialty come from the token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OffLabelRequestDetail | Problem]
     """


    kwargs = _get_kwargs(
        body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RequestCreate,
    idempotency_key: None | str | Unset = UNSET,

) -> OffLabelRequestDetail | Problem | None:
    """ File an off-label request (physician); evaluated at once against the guideline in force on the
    planned date

     File a request for one patient, drug and body site (one request per eye). The physician's council
    number and specialty
    come from the token (`council_no`, `specialty` claims). The request is evaluated at once against the
    guideline version in
    force on `planned_date`, counting the earlier administrations listed and those in the service's own
    records; the answer's
    `status` is `approved` (with the course it covers), `denied`, `pending_documents`,
    `pending_clarification` (a more specific
    ICD-10-CM code is needed) or `no_guideline`. Every criterion is listed with its reason and
    citations, and the evaluation is
    a decision record (`decision_id`). Dates are ISO or Jalali (`1403/02/15`); Persian digits are
    accepted.

    **Who may call:** a token whose role is one of `physician`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `ETag`, `Idempotent-Replayed`, `Location`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/offlabel/v1/requests" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"care_setting": "sterile-injection-room", "contraindications": [], "diagnosis_icd10":
    "H35.32", "documents": [{"date": "1403/02/10", "kind": "oct", "reference": "OCT-1"}, {"date":
    "1403/02/10", "kind": "visual-acuity", "reference": "VA-1"}], "dose_mg": "1.25", "drug":
    "bevacizumab", "earlier_injections": [{"date": "1403/01/06", "drug": "bevacizumab", "eye":
    "right"}], "eye": "right", "informed_consent": {"date": "1403/02/14", "obtained": true, "signed_by":
    "patient"}, "insurer": "SSO", "patient_national_code": "0084575948", "planned_date": "1403/02/15",
    "preparation": "single-use-vial"}'
    ```

    Args:
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (RequestCreate): A physician's off-label request (OFL-R); council number and
            specialty come from the token.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OffLabelRequestDetail | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
