"""A bounded schemathesis run over every operation of the merged OpenAPI document, through the gateway.

Each operation gets `max_examples` generated requests (positive and negative data, drawn by
Hypothesis from a fixed seed), each sent with the token of one of the roles acting on that service
or with none, in turn; public operations are sent without a token. Every answer goes through schemathesis'
checks: no 5xx, a status code the operation declares, the declared content type, and a body that
matches the declared schema (problem+json for errors). Failures are collected, not raised, so one
run reports every operation that failed, with a curl command that replays it.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass, field

import httpx
import requests
import schemathesis
from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.core.result import Ok
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.fuzz.roles import ANONYMOUS

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


@dataclass
class Finding:
    """One failed check (or an answer that never came) on one operation."""

    operation: str
    check: str
    status: int | None
    role: str
    detail: str
    curl: str


@dataclass
class Report:
    """What a run did: requests per operation and status, findings de-duplicated by (operation, check, status)."""

    requests: int = 0
    by_status: dict[int, int] = field(default_factory=dict)
    by_caller: dict[str, dict[int, int]] = field(default_factory=dict)
    operations: int = 0
    findings: dict[tuple[str, str, int | None], Finding] = field(default_factory=dict)
    seconds: float = 0.0

    def add(self, finding: Finding) -> None:
        self.findings.setdefault((finding.operation, finding.check, finding.status), finding)

    def count(self, status: int, caller: str) -> None:
        self.requests += 1
        self.by_status[status] = self.by_status.get(status, 0) + 1
        mine = self.by_caller.setdefault(caller, {})
        mine[status] = mine.get(status, 0) + 1


def service_of(path: str) -> str | None:
    """The service prefix of a gateway path (`/claims/v1/...` -> claims); None for the gateway's own routes."""
    head = path.strip("/").split("/", 1)[0]
    return head if head in ("customs", "claims", "offlabel", "inspections") else None


def callers_for(operation, protected: set[str], roles: dict[str, list[tuple[str, dict[str, str]]]]) -> list[tuple[str, dict[str, str]]]:
    """Public operations are called without a token; protected ones with each role of their service, or none."""
    if operation.label not in protected:
        return [(ANONYMOUS, {})]
    return roles.get(service_of(operation.path) or "", [(ANONYMOUS, {})])


def load_schema(base_url: str):
    """The merged document with its security requirements taken out, and the labels of the protected operations.

    Left in, schemathesis' negative mode drops the Authorization header we set (a "missing credentials"
    case) on about a third of the requests, which then stop at the gateway's 401 and never reach the
    service; the anonymous caller already covers a missing token.
    """
    doc = httpx.get(f"{base_url}/openapi.json", timeout=60).raise_for_status().json()
    protected = set()
    for path, item in doc.get("paths", {}).items():
        for method, op in item.items():
            if isinstance(op, dict) and op.pop("security", None):
                protected.add(f"{method.upper()} {path}")
    doc.get("components", {}).pop("securitySchemes", None)
    doc["servers"] = [{"url": base_url}]
    return schemathesis.openapi.from_dict(doc), protected


def _failures_of(exc: BaseException) -> list[BaseException]:
    """The individual check failures inside a schemathesis FailureGroup (or the exception itself)."""
    return list(getattr(exc, "exceptions", None) or [exc])


def _check_answer(case, response, role: str, headers: dict[str, str], report: Report) -> None:
    """Run the checks on one answer and record each failure."""
    try:
        case.validate_response(response, checks=CHECKS, headers=headers)
    except (Exception, BaseExceptionGroup) as exc:  # noqa: BLE001 - every failure is recorded, none stops the run
        for failure in _failures_of(exc):
            check = getattr(failure, "title", None) or type(failure).__name__
            detail = f"{failure}\n{response.text[:600]}"
            report.add(Finding(case.operation.label, check, response.status_code, role, detail, case.as_curl_command(headers=headers)))


def _send(case, session: requests.Session, base_url: str, role: str, headers: dict[str, str], report: Report) -> None:
    """Send one generated request and check its answer; a dropped connection is a finding too."""
    try:
        response = case.call(base_url=base_url, session=session, headers=headers, timeout=30)
    except requests.RequestException as exc:
        report.add(Finding(case.operation.label, "no answer", None, role, repr(exc), case.as_curl_command(headers=headers)))
        return
    report.count(response.status_code, role)
    _check_answer(case, response, role, headers, report)


def fuzz_operation(operation, base_url: str, session: requests.Session, callers, report: Report, *, max_examples: int, fuzz_seed: int) -> None:
    """`max_examples` generated requests for one operation, positive and negative, the callers taken in turn."""
    strategy = st.one_of(operation.as_strategy(GenerationMode.POSITIVE), operation.as_strategy(GenerationMode.NEGATIVE))
    sent = [0]

    @seed(fuzz_seed)
    @settings(
        max_examples=max_examples,
        deadline=None,
        database=None,
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=list(HealthCheck),
        derandomize=False,
        print_blob=False,
    )
    @given(case=strategy)
    def run(case):
        # Round robin, not a Hypothesis draw: drawn integers lean towards their minimum (the anonymous caller).
        role, headers = callers[sent[0] % len(callers)]
        sent[0] += 1
        _send(case, session, base_url, role, headers, report)

    run()
    report.operations += 1


def fuzz_schema(base_url: str, roles, *, max_examples: int, fuzz_seed: int, skip: Iterable[str] = ()) -> Report:
    """Load the merged OpenAPI document from the gateway and fuzz every operation in it."""
    schema, protected = load_schema(base_url)
    report, started, skipped = Report(), time.monotonic(), set(skip)
    with requests.Session() as session:
        for result in schema.get_all_operations():
            if not isinstance(result, Ok):
                report.add(Finding("(schema)", "invalid operation", None, ANONYMOUS, str(result.err()), ""))
                continue
            operation = result.ok()
            if operation.label in skipped:
                continue
            fuzz_operation(operation, base_url, session, callers_for(operation, protected, roles), report, max_examples=max_examples, fuzz_seed=fuzz_seed)
    report.seconds = time.monotonic() - started
    return report
