"""Shared fixtures: the real spaCy model (loaded once), the coder, and the shared corpus.

Tests that read ../shared/ use the `shared_dir` fixture, which skips with a reason when the
corpus is absent (set WHIMBREL_SHARED to point elsewhere).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from whimbrel.pipeline import Coder
from whimbrel.records import CodedArticle
from whimbrel.settings import Settings

SEED = "2021-12-04-putin-biden-videoconference.txt"


@pytest.fixture(scope="session")
def settings() -> Settings:
    return Settings.from_env()


@pytest.fixture(scope="session")
def coder(settings: Settings) -> Coder:
    return Coder.load(settings)


@pytest.fixture(scope="session")
def nlp(coder: Coder):
    return coder.nlp


@pytest.fixture(scope="session")
def shared_dir(settings: Settings) -> Path:
    path = settings.shared_dir.resolve()
    if not (path / "corpus").is_dir():
        pytest.skip(f"shared corpus not found at {path} (set WHIMBREL_SHARED)")
    return path


@pytest.fixture(scope="session")
def seed_text(shared_dir: Path) -> str:
    return (shared_dir / "corpus" / SEED).read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_coded(coder: Coder, seed_text: str) -> CodedArticle:
    """The Putin-Biden article, coded once for every test that checks it."""
    from whimbrel.pipeline import make_article

    return coder.code(make_article(seed_text, date(2021, 12, 4), id="putin-biden"))
