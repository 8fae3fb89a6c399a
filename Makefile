# Two entry points: `make demo` and `make test`. Both set up everything they need.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: demo test lint

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

demo: $(BIN)/.installed
	$(BIN)/newsevents demo

lint: $(BIN)/.installed
	$(BIN)/ruff format --check services tests tools benchmarks
	$(BIN)/ruff check services tests tools benchmarks
	$(BIN)/mypy

test: lint
	$(BIN)/python -m pytest
