#!/usr/bin/env bash
# Lint, format and type checks: the first step of scripts/test.sh (`make test`, CI) and
# `make lint`. Any finding fails the run.
set -euo pipefail
cd "$(dirname "$0")/.."
PATHS=(src tests benchmarks scripts)
.venv/bin/ruff check "${PATHS[@]}"
.venv/bin/ruff format --check "${PATHS[@]}"
.venv/bin/python -m mypy src
