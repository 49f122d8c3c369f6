"""Auth: RS256 bearer JWTs verified against a JWKS (file or URL); the actor; role guards."""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

import jwt
from fastapi import Depends, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from shared.errors import Forbidden, Unauthorized

ALGORITHMS = ["RS256"]
bearer = HTTPBearer(auto_error=False, description="RS256 JWT; `make dev-token ROLE=... ORG=...` prints one")


@dataclass(frozen=True)
class Actor:
    """Who is calling: subject, role, and the organisation the token acts for."""

    sub: str
    role: str
    org: str | None = None
    claims: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_claims(cls, claims: dict[str, Any]) -> Actor:
        role = claims.get("role")
        if not isinstance(role, str) or not role:
            raise Unauthorized("The token has no role claim.", detail_fa="توکن نقش ندارد.")
        org = claims.get("org")
        return cls(sub=str(claims.get("sub") or ""), role=role, org=str(org) if org is not None else None, claims=dict(claims))

    def claim(self, name: str, default: Any = None) -> Any:
        return self.claims.get(name, default)


class KeySet:
    """Public keys from a JWKS file (reloaded when it changes) or a JWKS URL (cached by PyJWT)."""

    def __init__(self, path: Path | None = None, url: str | None = None):
        self.path, self.url = path, url
        self._mtime: float | None = None
        self._keys: dict[str, Any] = {}
        self._client = jwt.PyJWKClient(url, cache_keys=True, lifespan=300) if url else None

    def _load_file(self) -> None:
        assert self.path is not None  # noqa: S101 - narrowing: only called when a JWKS file is configured
        try:
            mtime = self.path.stat().st_mtime
        except FileNotFoundError:
            raise Unauthorized("No signing keys are configured on this server (run `make dev-token` in development).") from None
        if mtime != self._mtime:
            data = json.loads(self.path.read_text())
            self._keys = {k.get("kid", ""): jwt.PyJWK(k).key for k in data.get("keys", [])}
            self._mtime = mtime

    def key_for(self, token: str) -> Any:
        try:
            header = jwt.get_unverified_header(token)
        except jwt.PyJWTError as exc:
            raise Unauthorized(f"Malformed token: {exc}", detail_fa="توکن نامعتبر است.") from None
        if header.get("alg") not in ALGORITHMS:
            raise Unauthorized("Only RS256 tokens are accepted.", detail_fa="فقط توکن RS256 پذیرفته می‌شود.")
        if self._client is not None:
            try:
                return self._client.get_signing_key_from_jwt(token).key
            except jwt.PyJWTError as exc:
                raise Unauthorized(f"Signing key not found: {exc}") from None
        self._load_file()
        kid = header.get("kid", "")
        if kid in self._keys:
            return self._keys[kid]
        if len(self._keys) == 1 and not kid:
            return next(iter(self._keys.values()))
        raise Unauthorized("The token's signing key is unknown.", detail_fa="کلید امضای توکن ناشناخته است.")


def decode_token(token: str, keys: KeySet, audience: str, issuer: str | None = None) -> dict[str, Any]:
    """Verify signature, expiry, audience (and issuer when set); return the claims."""
    key = keys.key_for(token)
    try:
        return jwt.decode(token, key, algorithms=ALGORITHMS, audience=audience, issuer=issuer, options={"require": ["exp", "sub"]}, leeway=30)
    except jwt.ExpiredSignatureError:
        raise Unauthorized("The token has expired.", detail_fa="توکن منقضی شده است.") from None
    except jwt.PyJWTError as exc:
        raise Unauthorized(f"Invalid token: {exc}", detail_fa="توکن نامعتبر است.") from None


# ------------------------------------------------------------------ token scope (one place for every service)

# Roles that act for one organisation, per answering service: their tokens must name it (`org`), else 403.
# (A physician acts by council number, a traveller or an insured person by national code: checked by the service.)
ORG_ROLES: dict[str, frozenset[str]] = {
    "customs": frozenset({"customs_officer"}),
    "claims": frozenset({"agency_staff", "review_office"}),
    "offlabel": frozenset({"insurer"}),
    "inspections": frozenset({"university_inspector", "university_deputy"}),
}

# What a service token (role `service`, claim `svc` = the calling service) reaches, per answering service:
# {calling service: {(method, route template)}}. Anything else answers 403; a service absent here grants nothing.
SERVICE_GRANTS: dict[str, dict[str, frozenset[tuple[str, str]]]] = {
    "offlabel": {  # SPEC X1: claims asks whether a line's administration was authorised and covered
        "claims": frozenset(
            {
                ("GET", "/v1/authorizations"),
                ("GET", "/v1/authorizations/{authorization_id}"),
                ("POST", "/v1/requests/{request_id}/administrations"),
            }
        ),
    },
    "inspections": {
        "claims": frozenset({("GET", "/v1/centers/{center_id}/status-on"), ("POST", "/v1/permissibility")}),  # SPEC X2
        "customs": frozenset({("POST", "/v1/permissibility")}),  # SPEC X3
    },
}


def service_grants(service: str, svc: str) -> frozenset[tuple[str, str]]:
    """The (method, route) pairs the calling service `svc` may reach on `service`."""
    return SERVICE_GRANTS.get(service, {}).get(svc, frozenset())


def _route_of(request: Request) -> tuple[str, str]:
    """The request's method and matched route template (`/v1/centers/{center_id}/status-on`)."""
    route = request.scope.get("route")
    return request.method, getattr(route, "path", None) or request.url.path


def check_scope(actor: Actor, service: str, method: str, route: str) -> None:
    """403 when an organisation role names no `org`, or a service token names no caller or goes beyond its grants."""
    if actor.role in ORG_ROLES.get(service, ()) and not (actor.org or "").strip():
        raise Forbidden(
            f"A {actor.role} token must name the organisation it acts for (org).",
            detail_fa=f"توکن نقش «{actor.role}» باید سازمان (org) را مشخص کند.",
        )
    if actor.role != "service":
        return
    svc = str(actor.claim("svc") or "").strip()
    if not svc:
        raise Forbidden("A service token must name the calling service (svc).", detail_fa="توکن سرویس باید سرویس فراخواننده (svc) را مشخص کند.")
    if (method, route) not in service_grants(service, svc):
        raise Forbidden(
            f"The {svc} service token may not call {method} {route} on {service}.",
            detail_fa=f"توکن سرویس {svc} به این مسیر دسترسی ندارد.",
        )


class TokenValidator:
    """Verifies RS256 bearer tokens against a KeySet; a verified token is kept (bounded) until it expires.

    The RS256 check and PyJWT's decoding cost ~0.7 ms of CPU per request (bench/README.md, "CPU per request of a
    service"); a caller sends the same token for hours. A kept token is verified again at least every
    `recheck_seconds`, so a key taken out of the JWKS stops being accepted within that time. Used by every service
    and by the Python gateway.
    """

    def __init__(self, keys: KeySet, audience: str, issuer: str | None, max_cached: int = 10_000, recheck_seconds: float = 60.0):
        self.keys, self.audience, self.issuer = keys, audience, issuer
        self.max_cached, self.recheck = max_cached, recheck_seconds
        self._cache: dict[str, tuple[float, dict[str, Any]]] = {}

    @property
    def fetches_keys(self) -> bool:
        """True when keys come from a JWKS URL: a cache miss may fetch them (blocking I/O, keep it off the event loop)."""
        return self.keys.url is not None

    def kept(self, token: str) -> dict[str, Any] | None:
        """The claims of a token verified less than `recheck_seconds` ago and not expired, else None."""
        hit = self._cache.get(token)
        if hit is not None and time.time() < hit[0]:
            return hit[1]
        return None

    def verify(self, token: str) -> dict[str, Any]:
        """Verify the token (shared.errors.Unauthorized when it fails) and keep its claims."""
        now = time.time()
        claims = decode_token(token, self.keys, self.audience, self.issuer)
        if len(self._cache) >= self.max_cached:
            self._cache.clear()
        self._cache[token] = (min(float(claims.get("exp", now)), now + self.recheck), claims)
        return claims

    async def claims(self, token: str) -> dict[str, Any]:
        """The verified claims, or shared.errors.Unauthorized; off the event loop only when keys may be fetched."""
        kept = self.kept(token)
        if kept is not None:
            return kept
        if self.fetches_keys:
            return await run_in_threadpool(self.verify, token)
        return self.verify(token)


async def _actor(request: Request, creds: HTTPAuthorizationCredentials | None) -> Actor | None:
    """Verify the bearer token once per request (kept by app.state.tokens), check its scope for this route, keep the actor."""
    if creds is None:
        return None
    cached: Actor | None = getattr(request.state, "actor", None)
    if cached is not None:
        return cached
    actor = Actor.from_claims(await request.app.state.tokens.claims(creds.credentials))
    check_scope(actor, request.app.state.settings.service_name, *_route_of(request))
    request.state.actor = actor
    return actor


async def get_actor(request: Request, creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> Actor:
    actor = await _actor(request, creds)
    if actor is None:
        raise Unauthorized("A bearer token is required.", detail_fa="توکن لازم است.", headers={"WWW-Authenticate": "Bearer"})
    return actor


async def get_optional_actor(request: Request, creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> Actor | None:
    return await _actor(request, creds)


CurrentActor = Annotated[Actor, Depends(get_actor)]
OptionalActor = Annotated[Actor | None, Depends(get_optional_actor)]


def require_roles(*roles: str) -> Callable[[Request, HTTPAuthorizationCredentials | None], Awaitable[Actor]]:
    """A dependency that lets only the given roles through (403 otherwise)."""
    allowed = frozenset(roles)

    # On the bearer scheme directly, not through get_actor: one dependency fewer to solve per request (issue 17).
    async def _guard(request: Request, creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> Actor:
        actor = await get_actor(request, creds)
        if actor.role not in allowed:
            raise Forbidden(
                f"Role '{actor.role}' may not do this; allowed: {', '.join(sorted(allowed))}.",
                detail_fa=f"نقش «{actor.role}» مجاز به این کار نیست.",
            )
        return actor

    _guard.__roles__ = tuple(sorted(allowed))  # type: ignore[attr-defined]  # read by shared.contract (who may call)
    return _guard


def Roles(*roles: str) -> Any:  # noqa: N802 - reads as a type in signatures (an Annotated[Actor, ...] form)
    """`actor: Roles("gio_expert", "admin")` in a route signature."""
    return Annotated[Actor, Depends(require_roles(*roles))]


# ------------------------------------------------------------------ development keys and tokens


def ensure_dev_keys(key_dir: Path) -> tuple[Path, Path]:
    """Create a local RS256 key pair and its JWKS on first use (never committed)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    key_dir.mkdir(parents=True, exist_ok=True)
    priv_path, jwks_path = key_dir / "private.pem", key_dir / "jwks.json"
    if not priv_path.exists():
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
        priv_path.write_bytes(pem)
        priv_path.chmod(0o600)
        jwks_path.unlink(missing_ok=True)
    if not jwks_path.exists():
        from cryptography.hazmat.primitives.serialization import load_pem_private_key

        private = load_pem_private_key(priv_path.read_bytes(), password=None)
        if not isinstance(private, rsa.RSAPrivateKey):
            raise ValueError(f"{priv_path} is not an RSA private key (delete it to make a new one)")
        jwk = json.loads(jwt.algorithms.RSAAlgorithm.to_jwk(private.public_key()))
        jwk.update({"kid": "dev-1", "alg": "RS256", "use": "sig"})
        jwks_path.write_text(json.dumps({"keys": [jwk]}, indent=2))
    return priv_path, jwks_path


def mint_token(
    private_key_pem: bytes | str,
    *,
    role: str,
    org: str | None = None,
    sub: str | None = None,
    ttl_seconds: int = 8 * 3600,
    audience: str = "regplat",
    issuer: str | None = "regplat-dev",
    kid: str = "dev-1",
    **claims: Any,
) -> str:
    """Sign a token (development, tests and service tokens)."""
    now = int(time.time())
    payload = {
        "sub": sub or f"{role}:{org or 'none'}:{uuid.uuid4().hex[:8]}",
        "role": role,
        "aud": audience,
        "iat": now,
        "exp": now + ttl_seconds,
        "jti": uuid.uuid4().hex,
        **({"org": org} if org is not None else {}),
        **({"iss": issuer} if issuer else {}),
        **{k: v for k, v in claims.items() if v is not None},
    }
    return jwt.encode(payload, private_key_pem, algorithm="RS256", headers={"kid": kid})
