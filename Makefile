# Two entry points: `make demo` and `make test`. Both set up everything they need.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test lint

# The dev install (tests, lint) is a superset of the runtime one, so it marks both done.
$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@ $(BIN)/.runtime

# `make demo` needs the runtime dependencies only (no pytest, mypy, ruff, hypothesis).
$(BIN)/.runtime: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $@

demo: $(BIN)/.runtime
	$(BIN)/newsevents demo

lint: $(BIN)/.installed
	$(BIN)/ruff format --check services tests tools benchmarks
	$(BIN)/ruff check services tests tools benchmarks
	$(BIN)/mypy

test: lint
	$(BIN)/python -m pytest
