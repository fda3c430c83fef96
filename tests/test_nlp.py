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


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # after a dateline the parser ended a sentence after the first name
        (
            "MOSCOW, Oct 20 - Iran and the Soviet Union agreed to hold talks, officials said.",
            ["MOSCOW, Oct 20 -", "Iran and the Soviet Union agreed to hold talks, officials said."],
        ),
        (
            "BEIRUT, Lebanon - Yasser Arafat promised Palestinians a state.",
            ["BEIRUT, Lebanon -", "Yasser Arafat promised Palestinians a state."],
        ),
        # a full stop, even one that ends an abbreviation, and a line break still end one
        (
            "He met officials of the U.S. He left on Friday.\nThe talks failed",
            ["He met officials of the U.S.", "He left on Friday.", "The talks failed"],
        ),
    ],
)
def test_sentences_start_only_after_punctuation_or_a_line_break(
    nlp, text: str, sentences: list[str]
) -> None:
    assert [s.text.strip() for s in nlp(text).sents] == sentences
