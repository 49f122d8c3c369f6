from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.create_inspection_files_body import CreateInspectionFilesBody
from ...models.create_inspection_json_inspection_in import CreateInspectionJsonInspectionIn
from ...models.inspection_detail import InspectionDetail
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    center_id: str,
    *,
    body:    CreateInspectionJsonInspectionIn  |     CreateInspectionFilesBody  | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/inspections/v1/centers/{center_id}/inspections".format(center_id=quote(str(center_id), safe=""),),
    }

    if isinstance(body, CreateInspectionJsonInspectionIn):
        _kwargs["json"] = body.to_dict()

        headers["Content-Type"] = "application/json"
    if isinstance(body, CreateInspectionFilesBody):
        _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> InspectionDetail | Problem | None:
    if response.status_code == 201:
        response_201 = InspectionDetail.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[InspectionDetail | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    center_id: str,
    *,
    client: AuthenticatedClient,
    body:    CreateInspectionJsonInspectionIn  |     CreateInspectionFilesBody  | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[InspectionDetail | Problem]:
    """ Create Inspection

     An inspector of the centre's university answers every checklist item (notes, evidence files: size
    limit, sha256).

    The body is JSON (evidence as base64) or multipart/form-data (a `payload` part with the JSON, files
    as
    `evidence` or `evidence.<item_code>` parts). Every item of the checklist in effect on `inspected_on`
    is
    answered exactly once; each non_compliant item becomes a violation with a severity; the inspection
    and
    each violation are decision records. Files: JPEG, PNG, WebP or PDF, at most 512 KiB each (413
    above).

    **Who may call:** a token whose role is one of `admin`, `ministry_supervisor`,
    `university_inspector`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `Idempotent-Replayed`, `Location`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/inspections/v1/centers/{center_id}/inspections" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"answers": [{"item": "operating_licence", "result": "compliant"}, {"item": "physical_space",
    "result": "compliant"}, {"item": "product_authorisation", "note": "۱۲ ویال سرم اگزوزوم بدون ثبت
    سازمان غذا و دارو", "result": "non_compliant"}, {"item": "research_ethics", "result":
    "not_applicable"}, {"item": "irc_treatment", "result": "compliant"}, {"item": "advertising_online",
    "result": "compliant"}, {"item": "advertising_offline", "result": "compliant"}, {"item":
    "technical_manager", "result": "compliant"}, {"item": "patient_records", "result": "compliant"}],
    "evidence": [], "inspected_on": "1404/09/15", "summary": "بازرسی ماهانه؛ فراورده اگزوزوم بدون مجوز
    در یخچال مرکز یافت شد."}'
    ```

    Args:
        center_id (str):
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (CreateInspectionJsonInspectionIn):
        body (CreateInspectionFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InspectionDetail | Problem]
     """


    kwargs = _get_kwargs(
        center_id=center_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)

def sync(
    center_id: str,
    *,
    client: AuthenticatedClient,
    body:    CreateInspectionJsonInspectionIn  |     CreateInspectionFilesBody  | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,

) -> InspectionDetail | Problem | None:
    """ Create Inspection

     An inspector of the centre's university answers every checklist item (notes, evidence files: size
    limit, sha256).

    The body is JSON (evidence as base64) or multipart/form-data (a `payload` part with the JSON, files
    as
    `evidence` or `evidence.<item_code>` parts). Every item of the checklist in effect on `inspected_on`
    is
    answered exactly once; each non_compliant item becomes a violation with a severity; the inspection
    and
    each violation are decision records. Files: JPEG, PNG, WebP or PDF, at most 512 KiB each (413
    above).

    **Who may call:** a token whose role is one of `admin`, `ministry_supervisor`,
    `university_inspector`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `Idempotent-Replayed`, `Location`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/inspections/v1/centers/{center_id}/inspections" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"answers": [{"item": "operating_licence", "result": "compliant"}, {"item": "physical_space",
    "result": "compliant"}, {"item": "product_authorisation", "note": "۱۲ ویال سرم اگزوزوم بدون ثبت
    سازمان غذا و دارو", "result": "non_compliant"}, {"item": "research_ethics", "result":
    "not_applicable"}, {"item": "irc_treatment", "result": "compliant"}, {"item": "advertising_online",
    "result": "compliant"}, {"item": "advertising_offline", "result": "compliant"}, {"item":
    "technical_manager", "result": "compliant"}, {"item": "patient_records", "result": "compliant"}],
    "evidence": [], "inspected_on": "1404/09/15", "summary": "بازرسی ماهانه؛ فراورده اگزوزوم بدون مجوز
    در یخچال مرکز یافت شد."}'
    ```

    Args:
        center_id (str):
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (CreateInspectionJsonInspectionIn):
        body (CreateInspectionFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InspectionDetail | Problem
     """


    return sync_detailed(
        center_id=center_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    center_id: str,
    *,
    client: AuthenticatedClient,
    body:    CreateInspectionJsonInspectionIn  |     CreateInspectionFilesBody  | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[InspectionDetail | Problem]:
    """ Create Inspection

     An inspector of the centre's university answers every checklist item (notes, evidence files: size
    limit, sha256).

    The body is JSON (evidence as base64) or multipart/form-data (a `payload` part with the JSON, files
    as
    `evidence` or `evidence.<item_code>` parts). Every item of the checklist in effect on `inspected_on`
    is
    answered exactly once; each non_compliant item becomes a violation with a severity; the inspection
    and
    each violation are decision records. Files: JPEG, PNG, WebP or PDF, at most 512 KiB each (413
    above).

    **Who may call:** a token whose role is one of `admin`, `ministry_supervisor`,
    `university_inspector`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `Idempotent-Replayed`, `Location`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/inspections/v1/centers/{center_id}/inspections" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"answers": [{"item": "operating_licence", "result": "compliant"}, {"item": "physical_space",
    "result": "compliant"}, {"item": "product_authorisation", "note": "۱۲ ویال سرم اگزوزوم بدون ثبت
    سازمان غذا و دارو", "result": "non_compliant"}, {"item": "research_ethics", "result":
    "not_applicable"}, {"item": "irc_treatment", "result": "compliant"}, {"item": "advertising_online",
    "result": "compliant"}, {"item": "advertising_offline", "result": "compliant"}, {"item":
    "technical_manager", "result": "compliant"}, {"item": "patient_records", "result": "compliant"}],
    "evidence": [], "inspected_on": "1404/09/15", "summary": "بازرسی ماهانه؛ فراورده اگزوزوم بدون مجوز
    در یخچال مرکز یافت شد."}'
    ```

    Args:
        center_id (str):
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (CreateInspectionJsonInspectionIn):
        body (CreateInspectionFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InspectionDetail | Problem]
     """


    kwargs = _get_kwargs(
        center_id=center_id,
body=body,
idempotency_key=idempotency_key,

    )

    response = await client.get_async_httpx_client().request(
        **kwargs
    )

    return _build_response(client=client, response=response)

async def asyncio(
    center_id: str,
    *,
    client: AuthenticatedClient,
    body:    CreateInspectionJsonInspectionIn  |     CreateInspectionFilesBody  | Unset = UNSET,
    idempotency_key: None | str | Unset = UNSET,

) -> InspectionDetail | Problem | None:
    """ Create Inspection

     An inspector of the centre's university answers every checklist item (notes, evidence files: size
    limit, sha256).

    The body is JSON (evidence as base64) or multipart/form-data (a `payload` part with the JSON, files
    as
    `evidence` or `evidence.<item_code>` parts). Every item of the checklist in effect on `inspected_on`
    is
    answered exactly once; each non_compliant item becomes a violation with a severity; the inspection
    and
    each violation are decision records. Files: JPEG, PNG, WebP or PDF, at most 512 KiB each (413
    above).

    **Who may call:** a token whose role is one of `admin`, `ministry_supervisor`,
    `university_inspector`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `Idempotent-Replayed`, `Location`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/inspections/v1/centers/{center_id}/inspections" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"answers": [{"item": "operating_licence", "result": "compliant"}, {"item": "physical_space",
    "result": "compliant"}, {"item": "product_authorisation", "note": "۱۲ ویال سرم اگزوزوم بدون ثبت
    سازمان غذا و دارو", "result": "non_compliant"}, {"item": "research_ethics", "result":
    "not_applicable"}, {"item": "irc_treatment", "result": "compliant"}, {"item": "advertising_online",
    "result": "compliant"}, {"item": "advertising_offline", "result": "compliant"}, {"item":
    "technical_manager", "result": "compliant"}, {"item": "patient_records", "result": "compliant"}],
    "evidence": [], "inspected_on": "1404/09/15", "summary": "بازرسی ماهانه؛ فراورده اگزوزوم بدون مجوز
    در یخچال مرکز یافت شد."}'
    ```

    Args:
        center_id (str):
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (CreateInspectionJsonInspectionIn):
        body (CreateInspectionFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InspectionDetail | Problem
     """


    return (await asyncio_detailed(
        center_id=center_id,
client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
