"""The merged OpenAPI document: every service's paths under its prefix, components renamed per service."""

from __future__ import annotations

import asyncio
import copy
import time
from typing import Any

import httpx

COMPONENT_SECTIONS = ("schemas", "responses", "parameters", "examples", "requestBodies", "headers", "securitySchemes", "links", "callbacks")
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def component_name(service: str, name: str) -> str:
    """Per-service component names avoid collisions (every service has HTTPValidationError ...)."""
    return f"{service}__{name}"


def _rewrite_refs(node: Any, service: str) -> Any:
    if isinstance(node, dict):
        out = {}
        for k, v in node.items():
            if k == "$ref" and isinstance(v, str) and v.startswith("#/components/"):
                _, _, section, name = v.split("/", 3)
                out[k] = f"#/components/{section}/{component_name(service, name)}"
            else:
                out[k] = _rewrite_refs(v, service)
        return out
    if isinstance(node, list):
        return [_rewrite_refs(v, service) for v in node]
    return node


def _rename_security(reqs: list[dict[str, Any]], service: str) -> list[dict[str, Any]]:
    return [{component_name(service, k): v for k, v in req.items()} for req in reqs]


def merge(own: dict[str, Any], services: dict[str, tuple[str, dict[str, Any] | None]], title: str = "Regulatory platform API") -> dict[str, Any]:
    """Merge the gateway's own document with each service's (prefix, document or None when down)."""
    doc: dict[str, Any] = {
        "openapi": own.get("openapi", "3.1.0"),
        "info": {"title": title, "version": own.get("info", {}).get("version", "0.1.0")},
        "servers": [{"url": "/"}],
        "paths": dict(copy.deepcopy(own.get("paths", {}))),
        "components": copy.deepcopy(own.get("components", {})),
        "tags": [],
    }
    missing, included = [], []
    for service, (prefix, spec) in services.items():
        if spec is None:
            missing.append(service)
            continue
        included.append(service)
        spec = _rewrite_refs(spec, service)
        for path, item in spec.get("paths", {}).items():
            item = dict(item)
            for method in HTTP_METHODS:
                op = item.get(method)
                if not isinstance(op, dict):
                    continue
                op = dict(op)
                op["tags"] = [f"{service}: {t}" for t in op.get("tags", [])] or [service]
                if "operationId" in op:
                    op["operationId"] = f"{service}__{op['operationId']}"
                if "security" in op:
                    op["security"] = _rename_security(op["security"], service)
                elif "security" in spec:
                    op["security"] = _rename_security(spec["security"], service)
                item[method] = op
            doc["paths"][prefix + path] = item
        for section in COMPONENT_SECTIONS:
            for name, value in spec.get("components", {}).get(section, {}).items():
                doc["components"].setdefault(section, {})[component_name(service, name)] = value
        for tag in spec.get("tags", []):
            doc["tags"].append({**tag, "name": f"{service}: {tag['name']}"})
    lines = [
        "The one public entry point of the regulatory platform. Every service's API is served under its prefix "
        "(`/customs`, `/claims`, `/offlabel`, `/inspections`) and its component names carry the service name.",
        "",
        f"Included services: {', '.join(included) or 'none'}.",
    ]
    if missing:
        lines.append(f"**Missing (unreachable when this document was built): {', '.join(missing)}** - their paths are not listed; retry later.")
    doc["info"]["description"] = "\n".join(lines)
    doc["info"]["x-services-missing"] = missing
    if not doc["tags"]:
        del doc["tags"]
    return doc


class MergedOpenAPI:
    """Fetches every upstream's /openapi.json concurrently and caches the merged result for a while."""

    def __init__(self, cache_seconds: float):
        self.cache_seconds = cache_seconds
        self._doc: dict[str, Any] | None = None
        self._at = 0.0
        self._lock = asyncio.Lock()

    async def get(self, client: httpx.AsyncClient, own: dict[str, Any], upstreams, timeout: float) -> dict[str, Any]:
        if self._doc is not None and time.monotonic() - self._at < self.cache_seconds:
            return self._doc
        async with self._lock:
            if self._doc is not None and time.monotonic() - self._at < self.cache_seconds:
                return self._doc

            async def fetch(up) -> dict[str, Any] | None:
                try:
                    r = await client.get(up.url + "/openapi.json", timeout=timeout)
                    return r.json() if r.status_code == 200 else None
                except (httpx.HTTPError, ValueError):
                    return None

            docs = await asyncio.gather(*(fetch(up) for up in upstreams))
            merged = merge(own, {up.name: (up.prefix, d) for up, d in zip(upstreams, docs)})
            # Cache a complete document; an incomplete one only briefly, so a recovered service shows up soon.
            self._doc, self._at = merged, time.monotonic() - (0 if all(d is not None for d in docs) else max(0.0, self.cache_seconds - 2))
            return merged
