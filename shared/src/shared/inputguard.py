"""One input guard for every route: NUL (U+0000) in the path, the query or a JSON/text/form body is 422, before anything is stored."""

from __future__ import annotations

import re

from fastapi import Request

from shared.errors import ValidationProblem
from shared.text import has_nul

# A JSON \u0000 escape not itself escaped (an even number of backslashes before it).
_JSON_NUL = re.compile(rb"(?<!\\)(?:\\\\)*\\u0000")
_TEXT_TYPES = ("application/json", "application/problem+json", "text/", "application/x-www-form-urlencoded")


def _nul_in_url(request: Request) -> str | None:
    """The first path or query location holding a NUL, if any."""
    if has_nul(request.scope.get("path", "")):
        return "path"
    for key, value in request.query_params.multi_items():
        if has_nul(key) or has_nul(value):
            return f"query.{key.replace(chr(0), '')}"
    return None


async def _nul_in_body(request: Request) -> str | None:
    """'body' when a JSON, text or form body holds a NUL (multipart files may be binary and are not looked at)."""
    ctype = request.headers.get("content-type", "").lower()
    if request.method in ("GET", "HEAD", "OPTIONS", "DELETE") or not ctype.startswith(_TEXT_TYPES):
        return None
    body = await request.body()
    if b"\x00" in body or (b"%00" in body and "urlencoded" in ctype) or _JSON_NUL.search(body):
        return "body"
    return None


async def refuse_nul(request: Request) -> None:
    """App-wide dependency: refuse NUL anywhere a text value can come in (a 500 on PostgreSQL before)."""
    where = _nul_in_url(request) or await _nul_in_body(request)
    if where:
        raise ValidationProblem(
            f"The request holds a NUL character (U+0000) in {where}; no text field accepts it.",
            detail_fa=f"درخواست در {where} نویسه NUL دارد که هیچ فیلد متنی نمی‌پذیرد.",
            errors=[{"field": where, "message": "NUL character (U+0000) not allowed", "code": "string_nul"}],
        )
