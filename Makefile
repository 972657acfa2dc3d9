# Everything a fresh machine needs is installed by these targets (Python 3.11 and make only).
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
SPECS := $(wildcard specs/*.yaml)

.PHONY: all setup generate check lint fmt test unit goldens clean

all: test

$(BIN)/python:
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

generate: setup
	$(BIN)/clientgen generate

check: setup
	$(BIN)/clientgen validate $(SPECS)
	$(BIN)/clientgen check

lint: setup
	$(BIN)/ruff check generator tests generated
	$(BIN)/ruff format --check generator
	$(BIN)/mypy --strict generator
	for d in generated/*/; do \
		pkg=$$(basename $$d); \
		(cd $$d && MYPYPATH=. ../../$(BIN)/mypy --strict -p $$pkg --cache-dir ../../.mypy_cache) || exit 1; \
	done

fmt: setup
	$(BIN)/ruff check --fix generator tests
	$(BIN)/ruff format generator

unit: setup
	$(BIN)/python -m pytest -q

test: lint check unit

goldens: setup
	$(BIN)/python -m tests.golden_refresh

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
