"""The merged OpenAPI document: every service's document under its prefix, one set of component names.

`merge()` is a pure function (also used by `make openapi`, scripts/openapi.py, so the committed
openapi/merged.json is built exactly as the gateway builds it). It needs every service's document:
a merged document is never partial. `MergedOpenAPI` fetches the services' documents, merges them,
keeps the result for `GATEWAY_OPENAPI_CACHE_SECONDS` and saves every complete result under the data
folder; while a service's document cannot be had it serves that last complete copy (or the seed,
the committed openapi/merged.json), and without one it raises `DocumentUnavailable` (503 naming
the services).

Names a client can use:
- components: a name used by one service, or by several with identical content (Problem,
  HTTPBearer), is kept; a name used by several services with different content becomes
  `<Service><Name>` per variant (`CustomsActionIn`, `InspectionsActionIn`). Every schema's `title`
  is its final name (openapi-python-client names classes by title), every `$ref` and security
  requirement is rewritten.
- operation ids: kept when unique across the document; an id used more than once is prefixed with
  its service in camelCase on every operation that uses it (`customsGetRegulation`).
- tags: the services' tags as they are (one per domain); the top-level list has a description for
  each, and `x-tagGroups` groups them per service (ReDoc's sidebar).
- every proxied operation declares the gateway's own answers: 502, 503, 504 (and 429 when the
  gateway rate-limits) as problem+json.
"""

from __future__ import annotations

import asyncio
import copy
import hashlib
import json
import logging
import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import httpx

from shared.auth import ORG_ROLES, SERVICE_GRANTS
from shared.errors import PROBLEM_JSON, PROBLEM_SCHEMA, TITLES, TYPE_BASE, problem_components

log = logging.getLogger("gateway.openapi")

COMPONENT_SECTIONS = ("schemas", "responses", "parameters", "examples", "requestBodies", "headers", "securitySchemes", "links", "callbacks")
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
GATEWAY = "gateway"
TITLE = "Regulatory platform API"

# Roles per service (the `role` claim): every role a route of the service lets through
# (`Roles(...)` / `require_roles(...)` in services/<name>/src; tests/contract checks this table
# against the code). `auditor` reads every service's audit log; `service` is a service token.
ROLES: dict[str, tuple[str, ...]] = {
    "customs": ("traveller", "customs_officer", "gio_expert", "gio_head", "dpna_dg", "admin", "auditor", "service"),
    "claims": ("insured", "agency_staff", "review_office", "secretariat", "licensing_hq", "admin", "auditor", "service"),
    "offlabel": ("physician", "insurer", "ministry_admin", "admin", "auditor", "service"),
    "inspections": ("university_inspector", "university_deputy", "medical_council", "ministry_supervisor", "admin", "auditor", "service"),
}

# Problem types raised besides shared.errors.TITLES: (status, meaning). tests/contract checks that
# every type the code raises is listed here or in TITLES.
EXTRA_PROBLEM_TYPES: dict[str, tuple[int, str]] = {
    "bad-request": (400, "A request the gateway cannot forward (bad Content-Length, bad Authorization header form)"),
    "http-error": (400, "Any other HTTP error of the framework"),
    "request-timeout": (408, "The request body did not arrive in time (HAProxy)"),
    "outside-rollout": (403, "The caller's organisation is outside the service's rollout"),
    "wrong-state": (409, "The action is not allowed in the resource's current state"),
    "requirements-open": (409, "Requirements are still open (customs)"),
    "verification-pending": (409, "A verification is still pending (customs)"),
    "nothing-to-verify": (409, "There is nothing to verify (customs)"),
    "provisional-assessment": (409, "The assessment is provisional (claims)"),
    "beyond-pilot": (409, "Beyond the pilot's scope"),
    "not-enabled": (409, "The feature is not enabled"),
    "bad-gateway": (502, "The service gave no valid answer (gateway)"),
}

GATEWAY_STATUSES: dict[str, str] = {
    "429": "Rate limited by the gateway (per token subject, else per address); `Retry-After` says when to retry",
    "502": "Bad gateway: the service gave no valid answer (problem type `bad-gateway`); `Retry-After`",
    "503": "The service is unavailable (refused connection, open circuit, full queue; `upstream-unavailable`); `Retry-After`",
    "504": "The service did not answer in time (problem type `upstream-timeout`); `Retry-After`",
}
RETRY_AFTER = {"Retry-After": {"description": "Seconds to wait before retrying", "schema": {"type": "integer"}}}


class DocumentUnavailable(Exception):
    """Some services' documents could not be had and no complete copy exists."""

    def __init__(self, missing: list[str]):
        super().__init__(", ".join(missing))
        self.missing = missing


def pascal(service: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in service.replace("-", "_").split("_"))


def camel(service: str) -> str:
    p = pascal(service)
    return p[:1].lower() + p[1:]


def dump(doc: dict[str, Any]) -> str:
    """The one serialisation of a document: sorted keys, indent 2, UTF-8 as is, final newline."""
    return json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def _ref_target(ref: str) -> tuple[str, str] | None:
    if ref.startswith("#/components/"):
        parts = ref.split("/", 3)
        if len(parts) == 4:
            return parts[2], parts[3]
    return None


def _walk_refs(node: Any, fn: Callable[[str, str], str]) -> Any:
    """A copy of node with every local component $ref string passed through fn(section, name) -> new ref."""
    if isinstance(node, dict):
        out = {}
        for k, v in node.items():
            target = _ref_target(v) if k == "$ref" and isinstance(v, str) else None
            out[k] = fn(*target) if target else _walk_refs(v, fn)
        return out
    if isinstance(node, list):
        return [_walk_refs(v, fn) for v in node]
    return node


def _own_document(own: dict[str, Any]) -> dict[str, Any]:
    """The gateway's own routes with the shared problem schema as a component, as the services declare it."""
    own = copy.deepcopy(own)
    ref = {"$ref": "#/components/schemas/Problem"}

    def swap(node: Any) -> Any:
        if isinstance(node, dict):
            if node == PROBLEM_SCHEMA:
                return dict(ref)
            return {k: swap(v) for k, v in node.items()}
        if isinstance(node, list):
            return [swap(v) for v in node]
        return node

    own["paths"] = swap(own.get("paths", {}))
    own.setdefault("components", {}).setdefault("schemas", {}).update(copy.deepcopy(problem_components()))
    return own


class _Fingerprints:
    """A component's content with every reference replaced by its target's fingerprint (identical = same tree)."""

    def __init__(self, docs: dict[str, dict[str, Any]]):
        self.docs = docs
        self.memo: dict[tuple[str, str, str], str] = {}

    def of(self, service: str, section: str, name: str, stack: tuple = ()) -> str:
        key = (service, section, name)
        if key in self.memo:
            return self.memo[key]
        if key in stack:
            return f"cycle:{section}/{name}"
        value = self.docs[service].get("components", {}).get(section, {}).get(name)
        content = _walk_refs(value, lambda s, n: "ref:" + self.of(service, s, n, (*stack, key)))
        digest = hashlib.sha256(json.dumps(content, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
        self.memo[key] = digest
        return digest


def _component_names(docs: dict[str, dict[str, Any]]) -> dict[tuple[str, str, str], str]:
    """(service, section, name) -> the name in the merged document."""
    fps = _Fingerprints(docs)
    order = list(docs)
    rename: dict[tuple[str, str, str], str] = {}
    for section in COMPONENT_SECTIONS:
        users: dict[str, list[str]] = {}
        for service in order:
            for name in docs[service].get("components", {}).get(section, {}):
                users.setdefault(name, []).append(service)
        taken = {name for name, svcs in users.items()}
        for name in sorted(users):
            groups: dict[str, list[str]] = {}
            for service in users[name]:
                groups.setdefault(fps.of(service, section, name), []).append(service)
            if len(groups) == 1:
                for service in users[name]:
                    rename[(service, section, name)] = name
                continue
            taken.discard(name)
            for members in sorted(groups.values(), key=lambda m: order.index(m[0])):
                new = "".join(pascal(s) for s in members) + name
                base, i = new, 2
                while new in taken:
                    new, i = f"{base}{i}", i + 1
                taken.add(new)
                for service in members:
                    rename[(service, section, name)] = new
    return rename


def _problem_response(description: str, problem_ref: str, headers: bool) -> dict[str, Any]:
    resp: dict[str, Any] = {"description": description, "content": {PROBLEM_JSON: {"schema": {"$ref": problem_ref}}}}
    if headers:
        resp["headers"] = copy.deepcopy(RETRY_AFTER)
    return resp


def merge(  # noqa: C901 - one pass per part of the document (components, paths, tags, statuses); split it and the order is lost
    own: dict[str, Any],
    services: dict[str, tuple[str, dict[str, Any]]],
    *,
    rate_limited: bool = True,
    version: str | None = None,
) -> dict[str, Any]:
    """Merge the gateway's own document with every service's (prefix, document); all are required."""
    missing = [name for name, (_prefix, spec) in services.items() if spec is None]
    if missing:
        raise DocumentUnavailable(missing)
    docs: dict[str, dict[str, Any]] = {GATEWAY: _own_document(own), **{name: spec for name, (_p, spec) in services.items()}}
    prefixes = {GATEWAY: "", **{name: prefix for name, (prefix, _s) in services.items()}}
    rename = _component_names(docs)

    doc: dict[str, Any] = {
        "openapi": own.get("openapi", "3.1.0"),
        "info": {"title": TITLE, "version": version or own.get("info", {}).get("version", "0.1.0")},
        "servers": [{"url": "/"}],
        "paths": {},
        "components": {},
    }

    # Components, renamed; identical ones are written once.
    for service, spec in docs.items():
        fix = lambda s, n, _svc=service: f"#/components/{s}/{rename[(_svc, s, n)]}"  # noqa: E731
        for section in COMPONENT_SECTIONS:
            for name, value in spec.get("components", {}).get(section, {}).items():
                final = rename[(service, section, name)]
                value = _walk_refs(value, fix)
                if section == "schemas" and isinstance(value, dict):
                    value = {**value, "title": final}
                doc["components"].setdefault(section, {}).setdefault(final, value)
    problem_ref = f"#/components/schemas/{rename[(GATEWAY, 'schemas', 'Problem')]}"

    # Operations: prefixed paths, renamed refs and security schemes, the gateway's statuses.
    ops: list[tuple[str, str, str, dict[str, Any]]] = []  # (service, path, method, op)
    for service, spec in docs.items():
        fix = lambda s, n, _svc=service: f"#/components/{s}/{rename[(_svc, s, n)]}"  # noqa: E731
        default_security = spec.get("security")
        for path, item in spec.get("paths", {}).items():
            item = _walk_refs(item, fix)
            for method in HTTP_METHODS:
                op = item.get(method)
                if not isinstance(op, dict):
                    continue
                op["tags"] = list(op.get("tags") or [service])
                security = op.get("security", default_security)
                if security is not None:
                    op["security"] = [{rename.get((service, "securitySchemes", k), k): v for k, v in req.items()} for req in security]
                if service != GATEWAY:
                    responses = op.setdefault("responses", {})
                    statuses = ("429", "502", "503", "504") if rate_limited else ("502", "503", "504")
                    for status in statuses:
                        responses.setdefault(status, _problem_response(GATEWAY_STATUSES[status], problem_ref, status in ("429", "503", "502", "504")))
                ops.append((service, prefixes[service] + path, method, op))
            doc["paths"][prefixes[service] + path] = item

    # Operation ids: unique; every use of an id that is not is prefixed with its service.
    counts: dict[str, int] = {}
    for _s, _p, _m, op in ops:
        if "operationId" in op:
            counts[op["operationId"]] = counts.get(op["operationId"], 0) + 1
    seen: set[str] = set()
    for service, _path, _method, op in ops:
        oid = op.get("operationId")
        if oid is None:
            continue
        if counts[oid] > 1:
            oid = camel(service) + oid[:1].upper() + oid[1:]
        base, i = oid, 2
        while oid in seen:
            oid, i = f"{base}{i}", i + 1
        seen.add(oid)
        op["operationId"] = oid

    # Tags: one list at the top, with descriptions, grouped per service.
    declared: dict[str, list[tuple[str, str]]] = {}
    for service, spec in docs.items():
        for tag in spec.get("tags") or []:
            if tag.get("description"):
                declared.setdefault(tag["name"], []).append((service, tag["description"]))
    used: dict[str, list[str]] = {}
    for service, _path, _method, op in ops:
        for tag in op["tags"]:
            svcs = used.setdefault(tag, [])
            if service not in svcs:
                svcs.append(service)
    tags = []
    for name, svcs in used.items():
        descs = declared.get(name, [])
        if len({d for _s, d in descs}) == 1:
            desc = descs[0][1]
        elif descs:
            desc = " ".join(f"{s}: {d}" for s, d in descs)
        else:
            desc = f"Operations of the {' and '.join(svcs)} service{'s' if len(svcs) > 1 else ''}" + (" (its own routes)" if svcs == [GATEWAY] else "") + "."
        tags.append({"name": name, "description": desc})
    doc["tags"] = tags
    doc["x-tagGroups"] = [
        {"name": service, "tags": [t for t, svcs in used.items() if service in svcs]} for service in docs if any(service in s for s in used.values())
    ]
    doc["info"]["description"] = description({name: docs[name].get("info", {}) for name in services}, prefixes, rate_limited)
    return doc


def problem_types() -> dict[str, tuple[str, str]]:
    """Every problem type: name -> (status or '', title/meaning)."""
    out: dict[str, tuple[str, str]] = {name: ("", en) for name, (en, _fa) in TITLES.items()}
    for name, (status, meaning) in EXTRA_PROBLEM_TYPES.items():
        out[name] = (str(status), meaning)
    return dict(sorted(out.items()))


def description(infos: dict[str, dict[str, Any]], prefixes: dict[str, str], rate_limited: bool) -> str:
    """The top-level description: services, tokens and roles, Jalali dates, concurrency, retries, problem types."""
    lines = [
        "The one public entry point of the regulatory platform. Each service's API is served under its prefix; "
        "the gateway checks the token, rate-limits, and forwards the rest of the path to the service.",
        "",
        "## Services",
        "",
    ]
    for name, info in infos.items():
        lines.append(f"- **`{prefixes[name]}`** ({name}): {info.get('title', name)}. {info.get('description', '')}".rstrip())
    lines += [
        "",
        "## Tokens and roles",
        "",
        "Every operation that is not public needs `Authorization: Bearer <token>`: a JWT signed **RS256** "
        "(verified against the platform's JWKS; audience `regplat`; `exp` and `sub` required). Without a token a "
        "non-public route answers 401 (`WWW-Authenticate: Bearer`); a role that may not do something answers 403. Claims:",
        "",
        "- `role`: who the caller is (below); `sub`: the caller's identity (also the rate-limit key);",
        "- `org`: the organisation an organisation role acts for; required (else 403) for "
        + "; ".join(f"{svc}: {', '.join(f'`{r}`' for r in sorted(roles))}" for svc, roles in ORG_ROLES.items())
        + ";",
        "- `svc`: the calling service of a service token (`role` = `service`); it reaches only what is granted to it:",
    ]
    for answering, grants in SERVICE_GRANTS.items():
        for caller, routes in grants.items():
            listed = ", ".join(f"`{m} {prefixes.get(answering, '')}{p}`" for m, p in sorted(routes))
            lines.append(f"  - `{caller}` on {answering}: {listed}")
    lines += ["", "Roles per service (each operation's description says which of them may call it):", ""]
    for name in infos:
        lines.append(f"- {name}: " + ", ".join(f"`{r}`" for r in ROLES.get(name, ())))
    lines += [
        "",
        "In development `make dev-token ROLE=<role> ORG=<org>` prints a token.",
        "",
        "## Jalali dates",
        "",
        "Date fields accept an ISO date (`2026-02-09`) or a Jalali (Solar Hijri) date (`1404/11/20`, also with "
        "`-` or `.` and in Persian digits `۱۴۰۴/۱۱/۲۰`); date-times accept ISO 8601 or Jalali `YYYY/MM/DD HH:MM` "
        "(a time without an offset is read in Asia/Tehran). A date that does not exist (e.g. `1404/12/30`) is 422 "
        "`validation`. Dates come back as ISO 8601 (`YYYY-MM-DD`; date-times with their UTC offset), and most carry "
        "a Jalali twin beside them, named `<field>_jalali` (`1404/11/20`, or `1404/11/20 09:30` in Tehran time).",
        "",
        "## Concurrency",
        "",
        "Every resource that can change answers with an `ETag`. A change (`PUT`, `PATCH`, `POST` of an action) must send "
        "that value back in `If-Match`: without it the answer is **428** (`precondition-required`); with a value that is "
        "no longer current it is **412** (`precondition-failed`): read again, then retry.",
        "",
        "## Retries",
        "",
        "- `Idempotency-Key: <unique string>` on a `POST` makes it safe to retry: the same key with the same body "
        "returns the first answer again with `Idempotent-Replayed: true`; with another body it is 422 "
        "(`idempotency-mismatch`); while the first is still running it is 409 (`idempotency-in-flight`).",
        "- **429** (rate limited"
        + (" by the gateway, per token subject, else per address" if rate_limited else "")
        + ") and **503** (service unavailable) carry `Retry-After` (seconds): wait that long, then retry. "
        "502 and 504 carry it too; after 502/504 only retry a `POST` with an `Idempotency-Key`.",
        "- The gateway itself retries once only `GET`, `HEAD` and `OPTIONS` requests without a body, when the "
        "service refused the connection or closed it before any byte of an answer; never other methods.",
        "",
        "## Problems",
        "",
        f"Every error is `application/problem+json` (RFC 9457): `type` (`{TYPE_BASE}<name>`), `title`, `status`, "
        "`detail`, `instance`, `request_id`, and `errors` (field, message, code) for invalid input; in Persian with "
        "`Accept-Language: fa`. The types:",
        "",
    ]
    for name, (status, meaning) in problem_types().items():
        lines.append(f"- `{name}`" + (f" ({status})" if status else "") + f": {meaning}")
    return "\n".join(lines) + "\n"


def operation_collisions(services: dict[str, dict[str, Any]]) -> dict[str, list[str]]:
    """operationId -> ['service METHOD path', ...] for every id used by more than one operation."""
    uses: dict[str, list[str]] = {}
    for service, spec in services.items():
        for path, item in spec.get("paths", {}).items():
            for method in HTTP_METHODS:
                op = item.get(method)
                if isinstance(op, dict) and "operationId" in op:
                    uses.setdefault(op["operationId"], []).append(f"{service} {method.upper()} {path}")
    return {k: v for k, v in sorted(uses.items()) if len(v) > 1}


# ------------------------------------------------------------------ the gateway's cache


def seed_path() -> Path | None:
    """The committed openapi/merged.json of a source checkout, if this package runs from one."""
    p = Path(__file__).resolve().parents[3] / "openapi" / "merged.json"
    return p if p.is_file() else None


class MergedOpenAPI:
    """Fetches every upstream's /openapi.json, merges them, keeps the result for cache_seconds.

    A complete merge is saved to `store` (under the data folder). When a service's document cannot
    be had, the last complete copy (memory, then `store`, then `seed`) is served, marked stale; without
    any, `get` raises DocumentUnavailable naming the services.
    """

    def __init__(self, cache_seconds: float, store: Path | None = None, seed: Path | None = None, rate_limited: bool = True):
        self.cache_seconds = cache_seconds
        self.store = store
        self.seed = seed
        self.rate_limited = rate_limited
        self._doc: dict[str, Any] | None = None
        self._at = float("-inf")
        self._stale: list[str] = []  # services missing at the last refresh (the copy served is older)
        self._lock = asyncio.Lock()

    def _load(self) -> dict[str, Any] | None:
        for path in (self.store, self.seed):
            if path is not None and path.is_file():
                try:
                    doc: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
                    return doc
                except (OSError, ValueError):
                    log.warning("unreadable OpenAPI copy %s", path)
        return None

    def _save(self, doc: dict[str, Any]) -> None:
        if self.store is None:
            return
        try:
            self.store.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.store.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(dump(doc), encoding="utf-8")
            tmp.replace(self.store)
        except OSError:
            log.warning("could not save the merged OpenAPI document to %s", self.store, exc_info=True)

    @property
    def stale(self) -> list[str]:
        return list(self._stale)

    async def get(self, client: httpx.AsyncClient, own: dict[str, Any], upstreams: Iterable[Any], timeout: float) -> dict[str, Any]:  # noqa: ASYNC109 - the upstream timeout, passed to each fetch
        if time.monotonic() - self._at < self.cache_seconds and self._doc is not None:
            return self._doc
        async with self._lock:
            if time.monotonic() - self._at < self.cache_seconds and self._doc is not None:
                return self._doc
            upstreams = list(upstreams)

            async def fetch(up: Any) -> dict[str, Any] | None:
                for attempt in range(2):  # one retry: a busy service may drop one request
                    try:
                        r = await client.get(up.url + "/openapi.json", timeout=timeout)
                        if r.status_code == 200:
                            doc: dict[str, Any] = r.json()
                            return doc
                    except (httpx.HTTPError, ValueError):
                        pass
                    if attempt == 0:
                        await asyncio.sleep(0.2)
                return None

            docs = await asyncio.gather(*(fetch(up) for up in upstreams))
            missing = [up.name for up, d in zip(upstreams, docs, strict=True) if d is None]
            if not missing:
                merged = merge(own, {up.name: (up.prefix, d) for up, d in zip(upstreams, docs, strict=True) if d is not None}, rate_limited=self.rate_limited)
                if merged != self._doc:
                    self._save(merged)
                self._doc, self._at, self._stale = merged, time.monotonic(), []
                return merged
            log.warning("OpenAPI document of %s unavailable; serving the last complete copy if any", ", ".join(missing))
            if self._doc is None:
                self._doc = self._load()
            if self._doc is None:
                raise DocumentUnavailable(missing)
            # Served stale; tried again after a short while so a recovered service shows up soon.
            self._stale, self._at = missing, time.monotonic() - max(0.0, self.cache_seconds - 2)
            return self._doc
