from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...types import Response, UNSET
from ... import errors

from ...models.guideline import Guideline
from ...models.problem import Problem
from ...models.published_guideline import PublishedGuideline
from ...types import UNSET, Unset
from typing import cast



def _get_kwargs(
    *,
    body: Guideline,
    idempotency_key: None | str | Unset = UNSET,

) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key



    

    

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/offlabel/v1/guidelines",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs



def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | PublishedGuideline | None:
    if response.status_code == 201:
        response_201 = PublishedGuideline.from_dict(response.json())



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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | PublishedGuideline]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: Guideline,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[Problem | PublishedGuideline]:
    """ Publish a new guideline version (ministry_admin); the body has the shape of a guideline YAML file

     Publish a new version of a guideline, validated like a file (unknown keys, source ids, ICD-10 codes,
    letters in the
    regulation registry). Published versions are immutable: the same version again, or one lower than
    the latest, is 409.
    Requests are evaluated against the version in force on their planned date, so a version takes effect
    from its
    `effective_from`. The answer is the version's summary and the decision record of the publication.

    **Who may call:** a token whose role is one of `ministry_admin`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `Idempotent-Replayed`, `Location`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/offlabel/v1/guidelines" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"approval": {"date": "1402/07/22", "letter": "18300/400د", "quote": "«راهنمای تجویز داروی
    بواسیزومب در ویتره Off Label» به تصویب رسیده و از تاریخ ابلاغ قابل اجرا است", "registered_as":
    "100/10/26406", "under": "400/7515", "under_date": "1402/04/04"}, "body_site": {"kind": "eye",
    "values": ["right", "left"]}, "care_setting": {"allowed": [{"code": "sterile-injection-room",
    "name": "Sterile injection room", "name_fa": "اتاق تزریق استریل"}], "sources": ["catt-2011"]},
    "code": "bevacizumab-intravitreal", "contraindications": {"absolute": [{"code": "ocular-infection",
    "icd10": ["H10"], "name": "Ocular or periocular infection", "name_fa": "عفونت چشم یا اطراف چشم",
    "sources": ["catt-2011"]}]}, "documents": [{"id": "imaging", "kinds": ["oct"], "name": "Retinal
    imaging", "name_fa": "تصویربرداری شبکیه", "sources": ["catt-2011"], "within_days": 30}], "drug":
    {"atc": "L01FG01", "inn": "bevacizumab", "names": ["Avastin", "بواسیزومب"]}, "effective_from":
    "1404/01/01", "indications": [{"course": {"administrations": 3, "min_interval_days": 28, "sources":
    ["platform-course"], "window_days": 100}, "dose": {"max": "1.25", "unit": "mg", "volume_ml":
    "0.05"}, "icd10": ["H35.32"], "id": "namd", "limits": {"max_administrations_per_365_days": 12,
    "sources": ["catt-2011"]}, "name": "Neovascular age-related macular degeneration", "name_fa":
    "دژنراسیون ماکولای وابسته به سن نئوواسکولار", "sources": ["catt-2011"]}], "informed_consent":
    {"required": true, "sources": ["catt-2011"]}, "preparation": {"allowed": [{"code": "single-use-
    vial", "name": "Single-use vial"}], "sources": ["catt-2011"]}, "prescriber": {"sources":
    ["catt-2011"], "specialties": [{"code": "ophthalmology", "name": "Ophthalmology", "name_fa":
    "چشم‌پزشکی"}]}, "route": "intravitreal", "schema_version": 2, "sources": [{"citation": "CATT
    Research Group. Ranibizumab and bevacizumab for neovascular age-related macular degeneration. N Engl
    J Med. 2011;364(20):1897-1908.", "doi": "10.1056/NEJMoa1102673", "id": "catt-2011", "kind": "trial",
    "year": 2011}, {"citation": "Platform choice: three monthly injections per approval", "id":
    "platform-course", "kind": "platform_choice", "reason": "the letters do not fix the course; the
    trials' loading phase is three monthly injections"}], "title": "Off-label prescribing of
    intravitreal bevacizumab", "title_fa": "راهنمای تجویز داروی بواسیزومب در ویتره Off Label",
    "version": 2}'
    ```

    Args:
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (Guideline): One version of one computable off-label guideline (OFL-G).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PublishedGuideline]
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
    body: Guideline,
    idempotency_key: None | str | Unset = UNSET,

) -> Problem | PublishedGuideline | None:
    """ Publish a new guideline version (ministry_admin); the body has the shape of a guideline YAML file

     Publish a new version of a guideline, validated like a file (unknown keys, source ids, ICD-10 codes,
    letters in the
    regulation registry). Published versions are immutable: the same version again, or one lower than
    the latest, is 409.
    Requests are evaluated against the version in force on their planned date, so a version takes effect
    from its
    `effective_from`. The answer is the version's summary and the decision record of the publication.

    **Who may call:** a token whose role is one of `ministry_admin`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `Idempotent-Replayed`, `Location`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/offlabel/v1/guidelines" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"approval": {"date": "1402/07/22", "letter": "18300/400د", "quote": "«راهنمای تجویز داروی
    بواسیزومب در ویتره Off Label» به تصویب رسیده و از تاریخ ابلاغ قابل اجرا است", "registered_as":
    "100/10/26406", "under": "400/7515", "under_date": "1402/04/04"}, "body_site": {"kind": "eye",
    "values": ["right", "left"]}, "care_setting": {"allowed": [{"code": "sterile-injection-room",
    "name": "Sterile injection room", "name_fa": "اتاق تزریق استریل"}], "sources": ["catt-2011"]},
    "code": "bevacizumab-intravitreal", "contraindications": {"absolute": [{"code": "ocular-infection",
    "icd10": ["H10"], "name": "Ocular or periocular infection", "name_fa": "عفونت چشم یا اطراف چشم",
    "sources": ["catt-2011"]}]}, "documents": [{"id": "imaging", "kinds": ["oct"], "name": "Retinal
    imaging", "name_fa": "تصویربرداری شبکیه", "sources": ["catt-2011"], "within_days": 30}], "drug":
    {"atc": "L01FG01", "inn": "bevacizumab", "names": ["Avastin", "بواسیزومب"]}, "effective_from":
    "1404/01/01", "indications": [{"course": {"administrations": 3, "min_interval_days": 28, "sources":
    ["platform-course"], "window_days": 100}, "dose": {"max": "1.25", "unit": "mg", "volume_ml":
    "0.05"}, "icd10": ["H35.32"], "id": "namd", "limits": {"max_administrations_per_365_days": 12,
    "sources": ["catt-2011"]}, "name": "Neovascular age-related macular degeneration", "name_fa":
    "دژنراسیون ماکولای وابسته به سن نئوواسکولار", "sources": ["catt-2011"]}], "informed_consent":
    {"required": true, "sources": ["catt-2011"]}, "preparation": {"allowed": [{"code": "single-use-
    vial", "name": "Single-use vial"}], "sources": ["catt-2011"]}, "prescriber": {"sources":
    ["catt-2011"], "specialties": [{"code": "ophthalmology", "name": "Ophthalmology", "name_fa":
    "چشم‌پزشکی"}]}, "route": "intravitreal", "schema_version": 2, "sources": [{"citation": "CATT
    Research Group. Ranibizumab and bevacizumab for neovascular age-related macular degeneration. N Engl
    J Med. 2011;364(20):1897-1908.", "doi": "10.1056/NEJMoa1102673", "id": "catt-2011", "kind": "trial",
    "year": 2011}, {"citation": "Platform choice: three monthly injections per approval", "id":
    "platform-course", "kind": "platform_choice", "reason": "the letters do not fix the course; the
    trials' loading phase is three monthly injections"}], "title": "Off-label prescribing of
    intravitreal bevacizumab", "title_fa": "راهنمای تجویز داروی بواسیزومب در ویتره Off Label",
    "version": 2}'
    ```

    Args:
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (Guideline): One version of one computable off-label guideline (OFL-G).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PublishedGuideline
     """


    return sync_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    ).parsed

async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: Guideline,
    idempotency_key: None | str | Unset = UNSET,

) -> Response[Problem | PublishedGuideline]:
    """ Publish a new guideline version (ministry_admin); the body has the shape of a guideline YAML file

     Publish a new version of a guideline, validated like a file (unknown keys, source ids, ICD-10 codes,
    letters in the
    regulation registry). Published versions are immutable: the same version again, or one lower than
    the latest, is 409.
    Requests are evaluated against the version in force on their planned date, so a version takes effect
    from its
    `effective_from`. The answer is the version's summary and the decision record of the publication.

    **Who may call:** a token whose role is one of `ministry_admin`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `Idempotent-Replayed`, `Location`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/offlabel/v1/guidelines" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"approval": {"date": "1402/07/22", "letter": "18300/400د", "quote": "«راهنمای تجویز داروی
    بواسیزومب در ویتره Off Label» به تصویب رسیده و از تاریخ ابلاغ قابل اجرا است", "registered_as":
    "100/10/26406", "under": "400/7515", "under_date": "1402/04/04"}, "body_site": {"kind": "eye",
    "values": ["right", "left"]}, "care_setting": {"allowed": [{"code": "sterile-injection-room",
    "name": "Sterile injection room", "name_fa": "اتاق تزریق استریل"}], "sources": ["catt-2011"]},
    "code": "bevacizumab-intravitreal", "contraindications": {"absolute": [{"code": "ocular-infection",
    "icd10": ["H10"], "name": "Ocular or periocular infection", "name_fa": "عفونت چشم یا اطراف چشم",
    "sources": ["catt-2011"]}]}, "documents": [{"id": "imaging", "kinds": ["oct"], "name": "Retinal
    imaging", "name_fa": "تصویربرداری شبکیه", "sources": ["catt-2011"], "within_days": 30}], "drug":
    {"atc": "L01FG01", "inn": "bevacizumab", "names": ["Avastin", "بواسیزومب"]}, "effective_from":
    "1404/01/01", "indications": [{"course": {"administrations": 3, "min_interval_days": 28, "sources":
    ["platform-course"], "window_days": 100}, "dose": {"max": "1.25", "unit": "mg", "volume_ml":
    "0.05"}, "icd10": ["H35.32"], "id": "namd", "limits": {"max_administrations_per_365_days": 12,
    "sources": ["catt-2011"]}, "name": "Neovascular age-related macular degeneration", "name_fa":
    "دژنراسیون ماکولای وابسته به سن نئوواسکولار", "sources": ["catt-2011"]}], "informed_consent":
    {"required": true, "sources": ["catt-2011"]}, "preparation": {"allowed": [{"code": "single-use-
    vial", "name": "Single-use vial"}], "sources": ["catt-2011"]}, "prescriber": {"sources":
    ["catt-2011"], "specialties": [{"code": "ophthalmology", "name": "Ophthalmology", "name_fa":
    "چشم‌پزشکی"}]}, "route": "intravitreal", "schema_version": 2, "sources": [{"citation": "CATT
    Research Group. Ranibizumab and bevacizumab for neovascular age-related macular degeneration. N Engl
    J Med. 2011;364(20):1897-1908.", "doi": "10.1056/NEJMoa1102673", "id": "catt-2011", "kind": "trial",
    "year": 2011}, {"citation": "Platform choice: three monthly injections per approval", "id":
    "platform-course", "kind": "platform_choice", "reason": "the letters do not fix the course; the
    trials' loading phase is three monthly injections"}], "title": "Off-label prescribing of
    intravitreal bevacizumab", "title_fa": "راهنمای تجویز داروی بواسیزومب در ویتره Off Label",
    "version": 2}'
    ```

    Args:
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (Guideline): One version of one computable off-label guideline (OFL-G).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PublishedGuideline]
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
    body: Guideline,
    idempotency_key: None | str | Unset = UNSET,

) -> Problem | PublishedGuideline | None:
    """ Publish a new guideline version (ministry_admin); the body has the shape of a guideline YAML file

     Publish a new version of a guideline, validated like a file (unknown keys, source ids, ICD-10 codes,
    letters in the
    regulation registry). Published versions are immutable: the same version again, or one lower than
    the latest, is 409.
    Requests are evaluated against the version in force on their planned date, so a version takes effect
    from its
    `effective_from`. The answer is the version's summary and the decision record of the publication.

    **Who may call:** a token whose role is one of `ministry_admin`.

    **Reads headers:** `Idempotency-Key` (optional, recommended): a unique key per intended change; a
    retry with the same key and body returns the first answer with `Idempotent-Replayed: true`, the same
    key with another body is 422 `idempotency-mismatch`, while the first is still running 409
    `idempotency-in-flight`.

    **Sets headers:** `Idempotent-Replayed`, `Location`.

    **Example:**

    ```sh
    curl --fail-with-body -X POST "$GATEWAY/offlabel/v1/guidelines" \\
      -H "Authorization: Bearer $TOKEN" \\
      -H "Idempotency-Key: $(uuidgen)" \\
      -H 'Content-Type: application/json' \\
      -d '{"approval": {"date": "1402/07/22", "letter": "18300/400د", "quote": "«راهنمای تجویز داروی
    بواسیزومب در ویتره Off Label» به تصویب رسیده و از تاریخ ابلاغ قابل اجرا است", "registered_as":
    "100/10/26406", "under": "400/7515", "under_date": "1402/04/04"}, "body_site": {"kind": "eye",
    "values": ["right", "left"]}, "care_setting": {"allowed": [{"code": "sterile-injection-room",
    "name": "Sterile injection room", "name_fa": "اتاق تزریق استریل"}], "sources": ["catt-2011"]},
    "code": "bevacizumab-intravitreal", "contraindications": {"absolute": [{"code": "ocular-infection",
    "icd10": ["H10"], "name": "Ocular or periocular infection", "name_fa": "عفونت چشم یا اطراف چشم",
    "sources": ["catt-2011"]}]}, "documents": [{"id": "imaging", "kinds": ["oct"], "name": "Retinal
    imaging", "name_fa": "تصویربرداری شبکیه", "sources": ["catt-2011"], "within_days": 30}], "drug":
    {"atc": "L01FG01", "inn": "bevacizumab", "names": ["Avastin", "بواسیزومب"]}, "effective_from":
    "1404/01/01", "indications": [{"course": {"administrations": 3, "min_interval_days": 28, "sources":
    ["platform-course"], "window_days": 100}, "dose": {"max": "1.25", "unit": "mg", "volume_ml":
    "0.05"}, "icd10": ["H35.32"], "id": "namd", "limits": {"max_administrations_per_365_days": 12,
    "sources": ["catt-2011"]}, "name": "Neovascular age-related macular degeneration", "name_fa":
    "دژنراسیون ماکولای وابسته به سن نئوواسکولار", "sources": ["catt-2011"]}], "informed_consent":
    {"required": true, "sources": ["catt-2011"]}, "preparation": {"allowed": [{"code": "single-use-
    vial", "name": "Single-use vial"}], "sources": ["catt-2011"]}, "prescriber": {"sources":
    ["catt-2011"], "specialties": [{"code": "ophthalmology", "name": "Ophthalmology", "name_fa":
    "چشم‌پزشکی"}]}, "route": "intravitreal", "schema_version": 2, "sources": [{"citation": "CATT
    Research Group. Ranibizumab and bevacizumab for neovascular age-related macular degeneration. N Engl
    J Med. 2011;364(20):1897-1908.", "doi": "10.1056/NEJMoa1102673", "id": "catt-2011", "kind": "trial",
    "year": 2011}, {"citation": "Platform choice: three monthly injections per approval", "id":
    "platform-course", "kind": "platform_choice", "reason": "the letters do not fix the course; the
    trials' loading phase is three monthly injections"}], "title": "Off-label prescribing of
    intravitreal bevacizumab", "title_fa": "راهنمای تجویز داروی بواسیزومب در ویتره Off Label",
    "version": 2}'
    ```

    Args:
        idempotency_key (None | str | Unset): Retry-safe key: the same key and body return the
            stored response
        body (Guideline): One version of one computable off-label guideline (OFL-G).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PublishedGuideline
     """


    return (await asyncio_detailed(
        client=client,
body=body,
idempotency_key=idempotency_key,

    )).parsed
