#!/usr/bin/env bash
# The whole test suite with the real services it drives (`make test` runs this; so does CI).
# First the lint, format and type checks (scripts/lint.sh): a finding fails the run before
# pytest starts.
# Starts a throwaway PostgreSQL for the store tests (unless WHIMBREL_TEST_PG already names
# one) and makes sure Debian's Chromium is there for the browser tests; as root it installs
# what is missing, otherwise those tests skip with a reason. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
export WHIMBREL_SHARED="${WHIMBREL_SHARED:-$(cd .. && pwd)/shared}"
bash scripts/lint.sh
source scripts/services.sh
ensure_chromium
if [ -z "${WHIMBREL_TEST_PG:-}" ]; then
    start_test_postgres || echo "test: no PostgreSQL server: its store tests will skip" >&2
fi
.venv/bin/python -m pytest "$@"
