from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.export_permit_detail import ExportPermitDetail
from ...models.export_permit_in import ExportPermitIn
from ...models.problem import Problem
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: ExportPermitIn,
    idempotency_key: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/customs/v1/export-permits",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ExportPermitDetail | Problem | None:
    if response.status_code == 201:
        response_201 = ExportPermitDetail.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ExportPermitDetail | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ExportPermitIn,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[ExportPermitDetail | Problem]:
    """ Apply to send medicines abroad (form FRM-DPNA-GIO-057 + prescription)

     Evaluates the application (CUS-6.4): within the small-quantity allowance of circular 8646/د it is
    `no_permit_needed` at once;
    otherwise it waits for the GIO expert (and, for high-value, expensive or shortage drugs, the head of
    GIO and the DG). A traveller
    applies in their own name, a customs officer for their own office (403 otherwise).

    **Who may call:** a token whose role is one of `admin`, `customs_officer`, `gio_expert`,
    `traveller`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `ETag`, `Idempotent-Replayed`, `Location`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/customs/v1/export-permits" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"address": "تهران، خیابان ولیعصر، پلاک ۱۲", "applicant_name": "رضا مرادی", "customs_office":
    "THR-IKA", "destination_country": "آلمان", "items": [{"daily_dose": 1, "dosage_form": "قرص", "name":
    "لوزارتان ۵۰ میلی‌گرم", "quantity": 2, "units_per_pack": 30}], "national_code": "1274567890",
    "phone": "+98 912 000 0000", "prescription": {"attached": true, "council_no": "12345", "date":
    "1404/04/20", "physician_name": "دکتر علی رحیمی"}, "signed": true}'
    ```

    Args:
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (ExportPermitIn): The fields of FRM-DPNA-GIO-057: applicant, customs office,
            destination, phone, address, signature.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExportPermitDetail | Problem]
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
    body: ExportPermitIn,
    idempotency_key: None | str | Unset = UNSET,

) -> ExportPermitDetail | Problem | None:
    """ Apply to send medicines abroad (form FRM-DPNA-GIO-057 + prescription)

     Evaluates the application (CUS-6.4): within the small-quantity allowance of circular 8646/د it is
    `no_permit_needed` at once;
    otherwise it waits for the GIO expert (and, for high-value, expensive or shortage drugs, the head of
    GIO and the DG). A traveller
    applies in their own name, a customs officer for their own office (403 otherwise).

    **Who may call:** a token whose role is one of `admin`, `customs_officer`, `gio_expert`,
    `traveller`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `ETag`, `Idempotent-Replayed`, `Location`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/customs/v1/export-permits" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"address": "تهران، خیابان ولیعصر، پلاک ۱۲", "applicant_name": "رضا مرادی", "customs_office":
    "THR-IKA", "destination_country": "آلمان", "items": [{"daily_dose": 1, "dosage_form": "قرص", "name":
    "لوزارتان ۵۰ میلی‌گرم", "quantity": 2, "units_per_pack": 30}], "national_code": "1274567890",
    "phone": "+98 912 000 0000", "prescription": {"attached": true, "council_no": "12345", "date":
    "1404/04/20", "physician_name": "دکتر علی رحیمی"}, "signed": true}'
    ```

    Args:
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (ExportPermitIn): The fields of FRM-DPNA-GIO-057: applicant, customs office,
            destination, phone, address, signature.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExportPermitDetail | Problem
     """


    return sync_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ExportPermitIn,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[ExportPermitDetail | Problem]:
    """ Apply to send medicines abroad (form FRM-DPNA-GIO-057 + prescription)

     Evaluates the application (CUS-6.4): within the small-quantity allowance of circular 8646/د it is
    `no_permit_needed` at once;
    otherwise it waits for the GIO expert (and, for high-value, expensive or shortage drugs, the head of
    GIO and the DG). A traveller
    applies in their own name, a customs officer for their own office (403 otherwise).

    **Who may call:** a token whose role is one of `admin`, `customs_officer`, `gio_expert`,
    `traveller`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `ETag`, `Idempotent-Replayed`, `Location`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/customs/v1/export-permits" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"address": "تهران، خیابان ولیعصر، پلاک ۱۲", "applicant_name": "رضا مرادی", "customs_office":
    "THR-IKA", "destination_country": "آلمان", "items": [{"daily_dose": 1, "dosage_form": "قرص", "name":
    "لوزارتان ۵۰ میلی‌گرم", "quantity": 2, "units_per_pack": 30}], "national_code": "1274567890",
    "phone": "+98 912 000 0000", "prescription": {"attached": true, "council_no": "12345", "date":
    "1404/04/20", "physician_name": "دکتر علی رحیمی"}, "signed": true}'
    ```

    Args:
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (ExportPermitIn): The fields of FRM-DPNA-GIO-057: applicant, customs office,
            destination, phone, address, signature.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExportPermitDetail | Problem]
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
    body: ExportPermitIn,
    idempotency_key: None | str | Unset = UNSET,

) -> ExportPermitDetail | Problem | None:
    """ Apply to send medicines abroad (form FRM-DPNA-GIO-057 + prescription)

     Evaluates the application (CUS-6.4): within the small-quantity allowance of circular 8646/د it is
    `no_permit_needed` at once;
    otherwise it waits for the GIO expert (and, for high-value, expensive or shortage drugs, the head of
    GIO and the DG). A traveller
    applies in their own name, a customs officer for their own office (403 otherwise).

    **Who may call:** a token whose role is one of `admin`, `customs_officer`, `gio_expert`,
    `traveller`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `ETag`, `Idempotent-Replayed`, `Location`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/customs/v1/export-permits" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"address": "تهران، خیابان ولیعصر، پلاک ۱۲", "applicant_name": "رضا مرادی", "customs_office":
    "THR-IKA", "destination_country": "آلمان", "items": [{"daily_dose": 1, "dosage_form": "قرص", "name":
    "لوزارتان ۵۰ میلی‌گرم", "quantity": 2, "units_per_pack": 30}], "national_code": "1274567890",
    "phone": "+98 912 000 0000", "prescription": {"attached": true, "council_no": "12345", "date":
    "1404/04/20", "physician_name": "دکتر علی رحیمی"}, "signed": true}'
    ```

    Args:
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (ExportPermitIn): The fields of FRM-DPNA-GIO-057: applicant, customs office,
            destination, phone, address, signature.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExportPermitDetail | Problem
     """


    return (await asyncio_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
