"""Fuzz the API from its own OpenAPI schema (schemathesis) over HTTP: no request, valid or
not, may get a 5xx. Runs against uvicorn on 127.0.0.1 over a store of its own, since fuzzed
POST /articles calls store what they send."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable
from schemathesis import GenerationMode
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
)
from web_builders import web_articles
from web_support import AUTH, TOKEN, LiveServer, dump, start_server

from whimbrel.pipeline import Coder
from whimbrel.store import Store
from whimbrel.web.app import create_app
from whimbrel.web.config import WebSettings

EXAMPLES = 12  # per operation and mode: about 170 requests in all
CHECKS = [not_a_server_error, content_type_conformance, response_schema_conformance]


@pytest.fixture(scope="module")
def fuzz_server(tmp_path_factory: pytest.TempPathFactory, coder: Coder) -> Iterator[LiveServer]:
    path: Path = tmp_path_factory.mktemp("fuzz") / "fuzz.sqlite"
    store = Store.open(f"sqlite:///{path}")
    for coded in web_articles():
        store.write(coded)
    app = create_app(store=store, web=WebSettings(api_token=TOKEN), coder=coder)
    live = start_server(app)
    yield live
    live.server.should_exit = True  # type: ignore[attr-defined]
    live.thread.join(timeout=10)
    store.close()


@pytest.fixture(scope="module")
def api_schema(fuzz_server: LiveServer):
    return schemathesis.openapi.from_url(f"{fuzz_server.base_url}/openapi.json")


def _exercise(operation, mode: GenerationMode, seen: Counter[int]):
    """A Hypothesis test that calls `operation` with generated cases and checks each answer."""

    @given(case=operation.as_strategy(generation_mode=mode))
    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    def exercise(case) -> None:
        response = case.call(headers=AUTH, timeout=30)
        seen[response.status_code] += 1
        case.validate_response(response, checks=CHECKS)

    return exercise


# Schemathesis's own pytest plugin does not run under pytest 9, so its Hypothesis strategies
# are driven directly: each operation, with valid (positive) and invalid (negative) data.
@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE])
def test_no_server_errors(api_schema, mode: GenerationMode) -> None:
    operations = [result.ok() for result in api_schema.get_all_operations()]
    statuses: dict[str, Counter[int]] = {}
    for operation in operations:
        statuses[operation.label] = Counter()
        try:
            _exercise(operation, mode, statuses[operation.label])()
        except Unsatisfiable:
            # An operation without inputs (GET /health) has no invalid request to make.
            assert mode is GenerationMode.NEGATIVE, operation.label
    dump(f"fuzz-{mode.value}.json", statuses)
    assert len(operations) == 8
    if mode is GenerationMode.POSITIVE:  # valid data gets through, not only rejections
        assert all(any(s < 300 for s in seen) for seen in statuses.values()), statuses
    else:  # negative data was generated and refused with a 4xx
        refused = sum(n for seen in statuses.values() for s, n in seen.items() if s >= 400)
        assert refused > 0, statuses
