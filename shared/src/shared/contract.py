"""The integrator's contract (issue 16): operation ids, who may call, the headers read and set, an example.

Every service's OpenAPI document is built through `describe_operations`, which reads each route's
dependencies instead of trusting prose: the role guard (`shared.auth.require_roles`) gives "who may
call", the If-Match and Idempotency-Key dependencies give the headers read, and the document's own
responses give the headers set. Routes declare what cannot be read from code with the response
fragments below (ETag on a read, CSV, HTML/PDF documents).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from typing import Any

from fastapi import routing
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute

# ---------------------------------------------------------------------------------------- operation ids


def camel(name: str) -> str:
    """`create_declaration` -> `createDeclaration` (the function name is the stable operation id)."""
    head, *rest = [p for p in re.split(r"[_\W]+", name) if p]
    return head[:1].lower() + head[1:] + "".join(p[:1].upper() + p[1:] for p in rest)


def operation_id(route: Any) -> str:
    """FastAPI's `generate_unique_id_function`: the route function's name in camelCase."""
    return camel(route.name)


# ---------------------------------------------------------------------------------------- response fragments

ETAG_HEADER = {"ETag": {"description": "The resource's version; send it back as If-Match to change it", "schema": {"type": "string"}}}
LOCATION_HEADER = {"Location": {"description": "Where the created resource can be read", "schema": {"type": "string"}}}
REPLAYED_HEADER = {
    "Idempotent-Replayed": {
        "description": "`true` when this is the stored answer to an earlier request with the same Idempotency-Key",
        "schema": {"type": "string", "enum": ["true"]},
    }
}
RETRY_AFTER_HEADER = {"Retry-After": {"description": "Seconds to wait before trying again", "schema": {"type": "integer"}}}


def with_etag_header(status: int = 200, *, location: bool = False) -> dict[int | str, dict[str, Any]]:
    """`responses=` fragment: the success answer carries an ETag (and a Location for a 201)."""
    headers = {**ETAG_HEADER, **(LOCATION_HEADER if location else {})}
    return {status: {"headers": headers}}


def csv_response(description: str = "The same data as CSV (UTF-8 with BOM)") -> dict[int | str, dict[str, Any]]:
    """`responses=` fragment: the success answer may be text/csv (beside the JSON of `response_model`)."""
    return {200: {"description": description, "content": {"text/csv": {"schema": {"type": "string"}}}}}


def document_response(*media_types: str, description: str = "A printable document") -> dict[int | str, dict[str, Any]]:
    """`responses=` fragment for a printable document (text/html, application/pdf)."""
    content: dict[str, Any] = {}
    for media in media_types:
        content[media] = {"schema": {"type": "string", "format": "binary"}} if media == "application/pdf" else {"schema": {"type": "string"}}
    return {200: {"description": description, "content": content}}


# ---------------------------------------------------------------------------------------- reading a route


def _calls(dependant: Dependant) -> Iterator[Callable[..., Any]]:
    for dep in dependant.dependencies:
        if dep.call is not None:
            yield dep.call
        yield from _calls(dep)


def route_roles(route: Any) -> tuple[str, ...] | None:
    """The roles a route's guard lets through; () for any authenticated caller; None for a public route."""
    roles: tuple[str, ...] | None = None
    for call in _calls(route.dependant):
        guarded = getattr(call, "__roles__", None)
        if guarded is not None:
            return tuple(guarded)
        if getattr(call, "__name__", "") == "get_actor":
            roles = ()
    return roles


def is_public(route: Any) -> bool:
    """A route that asks for no token (its answers default to Persian, issue 16 item 7)."""
    if not isinstance(route, APIRoute):
        return False
    cached = getattr(route, "_regplat_public", None)
    if cached is None:
        cached = route_roles(route) is None
        route._regplat_public = cached  # type: ignore[attr-defined]
    return bool(cached)


def _reads(route: Any) -> set[str]:
    names = {getattr(call, "__name__", "") for call in _calls(route.dependant)}
    out = set()
    if "_if_match" in names:
        out.add("If-Match")
    if "get_idempotency" in names:
        out.add("Idempotency-Key")
    return out


# ---------------------------------------------------------------------------------------- describing an operation

HEADER_NOTES = {
    "If-Match": "`If-Match` (required): the ETag of your last read; without it 428 `precondition-required`, "
    "when the resource changed since 412 `precondition-failed` (read again, then retry)",
    "Idempotency-Key": "`Idempotency-Key` (optional, recommended): a unique key per intended change; a retry with the "
    "same key and body returns the first answer with `Idempotent-Replayed: true`, the same key with another body "
    "is 422 `idempotency-mismatch`, while the first is still running 409 `idempotency-in-flight`",
}


def _who(roles: tuple[str, ...] | None) -> str:
    if roles is None:
        return "**Who may call:** anyone (public, no token; answers in Persian unless `Accept-Language: en`)."
    if not roles:
        return "**Who may call:** any caller with a valid token."
    return "**Who may call:** a token whose role is one of " + ", ".join(f"`{r}`" for r in sorted(roles)) + "."


def _sets(op: dict[str, Any]) -> list[str]:
    found: set[str] = set()
    for code, resp in op.get("responses", {}).items():
        if code.startswith("2") or code in ("429", "503"):
            found.update(resp.get("headers", {}))
    return sorted(found)


def _body_example(doc: dict[str, Any], media: dict[str, Any]) -> Any:
    """The request body's example: the media type's own, else the first of its schema's `examples`."""
    if "example" in media:
        return media["example"]
    schema = media.get("schema", {})
    ref = schema.get("$ref", "")
    if ref.startswith("#/components/schemas/"):
        schema = doc.get("components", {}).get("schemas", {}).get(ref.rsplit("/", 1)[1], {})
    examples = schema.get("examples")
    return examples[0] if isinstance(examples, list) and examples else None


def _example(doc: dict[str, Any], method: str, path: str, service: str, roles: tuple[str, ...] | None, reads: set[str], op: dict[str, Any]) -> str:
    url = f"$GATEWAY/{service}{path}" if service else f"$GATEWAY{path}"
    parts = [f'curl --fail-with-body -X {method.upper()} "{url}"']
    if roles is not None:
        parts.append('-H "Authorization: Bearer $TOKEN"')
    if "If-Match" in reads:
        parts.append("-H 'If-Match: \"3\"'")
    if "Idempotency-Key" in reads:
        parts.append('-H "Idempotency-Key: $(uuidgen)"')
    body = op.get("requestBody", {}).get("content", {}).get("application/json")
    if body is not None:
        sample = _body_example(doc, body)
        parts.append("-H 'Content-Type: application/json'")
        parts.append(f"-d '{json.dumps(sample, ensure_ascii=False)}'" if sample is not None else "-d @body.json")
    return " \\\n  ".join(parts)


def _add_response_headers(op: dict[str, Any], reads: set[str]) -> None:
    """The headers the platform sets whatever the route: ETag after a conditional change, Idempotent-Replayed, Retry-After."""
    for code, resp in op.get("responses", {}).items():
        if code.startswith("2"):
            if "If-Match" in reads:
                resp.setdefault("headers", {}).update(ETAG_HEADER)
            if "Idempotency-Key" in reads:
                resp.setdefault("headers", {}).update(REPLAYED_HEADER)
        elif code in ("429", "503"):
            resp.setdefault("headers", {}).update(RETRY_AFTER_HEADER)


def describe_operations(doc: dict[str, Any], routes: list[Any], service: str) -> None:
    """Write who may call, the headers read and set, and an example into every operation of `doc`."""
    for route in routing.iter_route_contexts(routes):
        if not isinstance(route.original_route, APIRoute) or not route.include_in_schema:
            continue
        roles, reads = route_roles(route), _reads(route)
        for method in route.methods or ():
            op = doc.get("paths", {}).get(route.path_format, {}).get(method.lower())
            if op is None:
                continue
            _add_response_headers(op, reads)
            sections = [op.get("description") or op.get("summary") or "", _who(roles)]
            if reads:
                sections.append("**Reads headers:** " + "; ".join(HEADER_NOTES[h] for h in sorted(reads)) + ".")
            sets = _sets(op)
            if sets:
                sections.append("**Sets headers:** " + ", ".join(f"`{h}`" for h in sets) + ".")
            path = str(route.path_format)
            sections.append("**Example:**\n\n```sh\n" + _example(doc, method, path, service, roles, reads, op) + "\n```")
            op["description"] = "\n\n".join(s for s in sections if s)
