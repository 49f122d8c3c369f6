"""The allow-list of public routes: the one place that says which requests need no token.

A pattern is a path in which `{name}` matches one segment and a trailing `*` matches any
rest (including nothing). `{prefix}` is expanded to every upstream's gateway prefix.
Everything else that is forwarded needs a valid bearer token; services check it again.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from gateway.settings import UPSTREAMS

SAFE = ("GET", "HEAD")

# (methods, pattern). ARCHITECTURE.md: pre-check and public centre status are public; the
# registry and the guidelines are public reference data.
PUBLIC_ROUTES: tuple[tuple[tuple[str, ...], str], ...] = (
    (SAFE, "/docs"),
    (SAFE, "/openapi.json"),
    (SAFE, "/healthz"),
    (SAFE, "/readyz"),
    (SAFE, "/metrics"),
    (SAFE, "{prefix}/healthz"),
    (SAFE, "{prefix}/readyz"),
    (SAFE, "{prefix}/openapi.json"),
    (SAFE, "{prefix}/v1/regulations"),
    (SAFE, "{prefix}/v1/regulations/*"),
    (("POST",), "/customs/v1/precheck"),
    (SAFE, "/customs/v1/documents/{code}/verify"),
    (SAFE, "/inspections/v1/centers/{id}/public-status"),
    (SAFE, "/inspections/v1/public/*"),
    (SAFE, "/offlabel/v1/guidelines"),
    (SAFE, "/offlabel/v1/guidelines/*"),
    (SAFE, "/offlabel/v1/insurers"),
    (SAFE, "/claims/v1/fee-schedule"),
)


def _compile(pattern: str) -> re.Pattern[str]:
    rest = pattern.endswith("*")
    body = pattern[:-1] if rest else pattern
    parts = re.split(r"(\{[a-z_]+\})", body)
    rx = "".join("[^/]+" if p.startswith("{") and p.endswith("}") else re.escape(p) for p in parts)
    # (?:[^/]|/)* rather than .*: a decoded path may hold a newline (%0A), which `.` does not match, and a public
    # route would then ask for a token (401, undeclared). No backslash: HAProxy's configuration parser would eat it.
    return re.compile("^" + rx + ("(?:[^/]|/)*" if rest else "") + "$")


class PublicRoutes:
    """Compiled allow-list: `is_public(method, path)`."""

    def __init__(self, routes: Iterable[tuple[tuple[str, ...], str]] = PUBLIC_ROUTES, prefixes: Iterable[str] | None = None):
        prefixes = list(prefixes if prefixes is not None else (p for p, _ in UPSTREAMS.values()))
        self._rules: list[tuple[frozenset[str], re.Pattern[str]]] = []
        for methods, pattern in routes:
            expanded = [pattern.replace("{prefix}", p) for p in prefixes] if "{prefix}" in pattern else [pattern]
            for pat in expanded:
                self._rules.append((frozenset(methods), _compile(pat)))

    def is_public(self, method: str, path: str) -> bool:
        return any(method in methods and rx.match(path) for methods, rx in self._rules)
