"""The spaCy layer: a missing or unsuitable model fails with one clear message."""

from __future__ import annotations

import subprocess
import sys

import pytest

from whimbrel import nlp as nlp_layer
from whimbrel.errors import ModelError


def test_missing_model_is_a_clear_error() -> None:
    with pytest.raises(ModelError, match="'no_such_model' is not installed"):
        nlp_layer.load("no_such_model")


def test_missing_model_from_the_cli_is_one_line(tmp_path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Moscow accused Kiev on Friday.", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "whimbrel", "code", str(article)],
        capture_output=True,
        text=True,
        env={"WHIMBREL_MODEL": "no_such_model", "PATH": ""},
        timeout=120,
    )
    assert result.returncode == 1
    assert "no_such_model" in result.stderr
    assert "Traceback" not in result.stderr


def test_loaded_pipeline_has_the_paragraph_splitter_and_no_lemmatizer(nlp) -> None:
    assert "whimbrel_paragraphs" in nlp.pipe_names
    assert nlp.pipe_names.index("whimbrel_paragraphs") < nlp.pipe_names.index("parser")
    assert "lemmatizer" not in nlp.pipe_names
