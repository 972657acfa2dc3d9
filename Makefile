# Everything a fresh machine needs is installed by these targets (Python 3.11 and make only).
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SPECS := $(wildcard specs/*.yaml)
# The live suite's web frameworks (tests/live/requirements.txt, pinned) get their own venv,
# so the generator's dependencies stay as they are.
LIVE_VENV := .venv-live
LIVE_STAMP := $(LIVE_VENV)/.installed

.PHONY: all setup generate check lint fmt test unit e2e live corpus fuzz bench bench-full goldens clean

all: test

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	# the generated clients too (editable: regenerating them needs no reinstall)
	$(BIN)/python -m pip install --quiet $(foreach d,$(wildcard generated/*/pyproject.toml),-e $(dir $(d)))
	touch $(STAMP)

# The bundled templates compiled ahead of time (generator/precompiled.py), as a built wheel
# has them: each run then loads them instead of compiling them.
COMPILED := generator/_compiled/index.json
$(COMPILED): $(wildcard templates/package/*.j2) generator/precompiled.py generator/templating.py $(STAMP)
	$(BIN)/python -m generator.precompiled
	$(BIN)/python -m compileall -q generator/_compiled

setup: $(STAMP) $(COMPILED)

generate: setup
	$(BIN)/clientgen generate

check: setup
	$(BIN)/clientgen validate $(SPECS)
	$(BIN)/clientgen check

lint: setup
	$(BIN)/ruff check generator tests tools bench generated templates/runtime
	$(BIN)/ruff format --check generator tools bench
	# the runtime is copied into every package, which black formats: keep it black-stable
	$(BIN)/black --check -q templates/runtime
	$(BIN)/mypy --strict generator tools bench
	for d in generated/*/; do \
		pkg=$$(basename $$d); \
		(cd $$d && MYPYPATH=. ../../$(BIN)/mypy --strict -p $$pkg --cache-dir ../../.mypy_cache) || exit 1; \
	done

fmt: setup
	$(BIN)/ruff check --fix generator tests
	$(BIN)/ruff format generator
	$(BIN)/black -q templates/runtime

unit: setup
	$(BIN)/python -m pytest -q --ignore=tests/contract --ignore=tests/live

$(LIVE_VENV)/bin/python:
	$(PYTHON) -m venv $(LIVE_VENV) || python3 -m venv $(LIVE_VENV)

$(LIVE_STAMP): tests/live/requirements.txt | $(LIVE_VENV)/bin/python
	$(LIVE_VENV)/bin/python -m pip install --quiet -r tests/live/requirements.txt
	touch $(LIVE_STAMP)

# Clients generated from the specs running FastAPI and Litestar apps publish (tests/live).
live: setup $(LIVE_STAMP)
	CLIENTGEN_LIVE=1 $(BIN)/python -m pytest tests/live -q

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

e2e: setup node_modules/.installed
	$(BIN)/python -m pytest tests/contract -q

test: lint check unit e2e live

# The whole public corpus (long; results in docs/corpus.md). A slice runs in `make test`.
corpus: setup
	$(BIN)/python -m tools.corpus --out docs/corpus.md

# Many property-based examples (the test suite runs a few).
fuzz: setup
	CLIENTGEN_FUZZ_EXAMPLES=200 $(BIN)/python -m pytest tests/robustness -q -k fuzz

# Against openapi-python-client and openapi-generator (docs/benchmarks.md; about 3 minutes; bench-full about 15):
# the targets of issue 23. bench-full adds scaling, runtime, import time and profiles.
bench: setup
	$(BIN)/python -m bench

bench-full: setup
	$(BIN)/python -m bench --full

goldens: setup
	$(BIN)/python -m tests.golden_refresh

clean:
	rm -rf $(VENV) $(LIVE_VENV) .mypy_cache .pytest_cache .ruff_cache generator/_compiled
