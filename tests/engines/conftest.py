"""Engine fixtures: a handful of short articles, and the session's model shared with engines.

The engines call `pipeline.code_batch(articles, settings)`, which codes with the model cached
for `settings` in this process; `engine_settings` puts the session's already loaded coder in
that cache so the tests do not load a second copy of the model.
"""

from __future__ import annotations

from datetime import date

import pytest

from whimbrel import pipeline
from whimbrel.pipeline import Coder, make_article
from whimbrel.records import Article
from whimbrel.settings import Settings

# Short invented news items (not from the corpus), each with actors and an event verb.
TEXTS = [
    "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Sochi on "
    "Monday. Erdogan said the two leaders agreed to extend the ceasefire in Idlib.",
    "Israeli troops arrested two Palestinian protesters in Hebron on Tuesday, the army said.",
    "The United States imposed new sanctions on Iran on Friday. Tehran condemned the decision "
    "and accused Washington of economic terrorism.",
    "Indian police arrested five suspected militants in Srinagar after a raid on Sunday.",
    "German Chancellor Olaf Scholz will visit China next week, his spokesman said on Thursday.",
    "Protesters clashed with police in Caracas as the opposition demanded new elections.",
    "The European Union urged Serbia and Kosovo to resume talks. Kosovo rejected the proposal.",
]


@pytest.fixture(scope="session")
def engine_settings(settings: Settings, coder: Coder) -> Settings:
    pipeline._CODERS.setdefault(settings, coder)
    return settings


@pytest.fixture(scope="session")
def articles() -> list[Article]:
    return [
        make_article(text, date(2024, 3, 4 + i), id=f"engine-{i}", url=f"https://example.org/{i}")
        for i, text in enumerate(TEXTS)
    ]
