"""The gateway's allow-list and the services agree: every operation a service serves without a
token is reachable through the gateway without one, and nothing else is."""

import importlib
import re

import pytest

from gateway.routes import PublicRoutes
from gateway.settings import UPSTREAMS

OPS_ROUTES = {"/healthz", "/readyz", "/metrics"}


def _concrete(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "X1", path)


@pytest.mark.parametrize("name", list(UPSTREAMS))
def test_tokenless_operations_are_allow_listed(name, tmp_path):
    main = importlib.import_module(f"{name}.main")
    doc = main.create_app(main.Settings(data_dir=tmp_path)).openapi()
    prefix = UPSTREAMS[name][0]
    public = PublicRoutes()
    for path, item in doc["paths"].items():
        for method, op in item.items():
            if method not in ("get", "post", "put", "patch", "delete") or path in OPS_ROUTES:
                continue
            tokenless = not op.get("security")
            allowed = public.is_public(method.upper(), prefix + _concrete(path))
            assert tokenless == allowed, f"{method.upper()} {prefix}{path}: service tokenless={tokenless}, gateway public={allowed}"
