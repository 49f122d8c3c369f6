# syntax=docker/dockerfile:1.7
# The claims image: built from the repository root, installed from the uv lock file.
#   docker build -f deploy/claims.Dockerfile -t regplat/claims .
# Only the locked dependencies of the "claims" member are installed (uv sync --frozen --package claims).

FROM python:3.11-slim-bookworm AS build
COPY --from=ghcr.io/astral-sh/uv:0.13.9 /uv /bin/uv
ENV UV_COMPILE_BYTECODE=1 UV_LINK_MODE=copy UV_PYTHON_DOWNLOADS=never UV_PROJECT_ENVIRONMENT=/app/.venv
WORKDIR /src
# 1. Dependencies only (a cached layer): the lock file and every member's pyproject.toml (uv needs the whole workspace).
COPY pyproject.toml uv.lock ./
COPY shared/pyproject.toml shared/pyproject.toml
COPY gateway/pyproject.toml gateway/pyproject.toml
COPY services/customs/pyproject.toml services/customs/pyproject.toml
COPY services/claims/pyproject.toml services/claims/pyproject.toml
COPY services/offlabel/pyproject.toml services/offlabel/pyproject.toml
COPY services/inspections/pyproject.toml services/inspections/pyproject.toml
COPY clients/python/pyproject.toml clients/python/pyproject.toml
RUN --mount=type=cache,target=/root/.cache/uv \
    uv sync --frozen --no-dev --package claims --no-install-workspace
# 2. The code of this member and of the shared library, installed as wheels (no source tree at run time).
COPY shared/src shared/src
COPY services/claims/src services/claims/src
RUN --mount=type=cache,target=/root/.cache/uv \
    uv sync --frozen --no-dev --package claims --no-editable

FROM python:3.11-slim-bookworm
RUN useradd --system --uid 10001 --home-dir /app regplat && mkdir -p /data && chown regplat /data
COPY --from=build /app/.venv /app/.venv
ENV PATH=/app/.venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    REGPLAT_DATA_DIR=/data \
    CLAIMS_PORT=8002
USER 10001
WORKDIR /app
EXPOSE 8002
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8002/healthz', timeout=2)"]
CMD ["python", "-m", "claims"]
