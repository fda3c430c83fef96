"""The indexed attribute-ruler match finds exactly what spaCy's Matcher finds."""

from __future__ import annotations

import json
from itertools import islice
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler

from whimbrel.attribute_index import IndexedMatch, index_attribute_ruler

# Constructions the ruler's special patterns exist for (contractions, expletives, "I"/"it").
TRICKY = [
    "I gonna tell you: y'all ain't seen nothing, and there's more. Let's go, c'mon!",
    "It rained. They gave it to me, but I did not know whether it was his, though it is.",
    "That is what which people want; those who do have done it. There were protests.",
    "Whoever wins, the U.S. and the E.U. said they'd got ta act  \n\n   now, wouldn't they?",
]


def _before_ruler(nlp: Language, texts: list[str]) -> list:
    names = nlp.pipe_names[: nlp.pipe_names.index("attribute_ruler")]
    with nlp.select_pipes(enable=names):
        return list(nlp.pipe(texts))


def _assert_same_matches(nlp: Language, texts: list[str]) -> int:
    ruler = nlp.get_pipe("attribute_ruler")
    indexed = IndexedMatch(ruler)
    matched = 0
    for doc in _before_ruler(nlp, texts):
        expected = AttributeRuler.match(ruler, doc)  # spaCy's own, Matcher-based
        assert indexed(doc) == expected, doc.text[:80]
        matched += len(expected)
    return matched


def test_the_pipeline_uses_the_indexed_match(nlp: Language) -> None:
    assert isinstance(nlp.get_pipe("attribute_ruler").match, IndexedMatch)


def test_same_matches_on_tricky_text(nlp: Language) -> None:
    assert _assert_same_matches(nlp, [*TRICKY, ""]) > 50


def test_same_matches_on_the_corpus(nlp: Language, shared_dir: Path) -> None:
    path = shared_dir / "corpus" / "news" / "news_items.jsonl"
    with path.open(encoding="utf-8") as lines:
        texts = [json.loads(line)["text"] for line in islice(lines, 0, 8000, 200)]
    assert _assert_same_matches(nlp, texts) > 1000


def test_a_pattern_it_cannot_reproduce_leaves_the_ruler_alone() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "a", "OP": "+"}]], {"POS": "DET"})
    assert index_attribute_ruler(nlp) is False
    assert not isinstance(ruler.match, IndexedMatch)
    assert index_attribute_ruler(spacy.blank("en")) is False  # no ruler at all


def test_parses_are_identical_with_and_without_the_index(nlp: Language) -> None:
    ruler = nlp.get_pipe("attribute_ruler")
    columns = ["POS", "TAG", "MORPH", "LEMMA", "DEP", "HEAD", "ENT_IOB", "ENT_TYPE"]
    indexed = [d.to_array(columns).tolist() for d in nlp.pipe(TRICKY)]
    own = ruler.match
    del ruler.match  # the class's Matcher-based method shows through
    try:
        plain = [d.to_array(columns).tolist() for d in nlp.pipe(TRICKY)]
    finally:
        ruler.match = own
    assert indexed == plain


def test_a_bad_pattern_index_still_fails_loudly() -> None:
    ruler = spacy.blank("en").add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "x"}]], {"POS": "X"}, index=3)
    ruler.match = IndexedMatch(ruler)
    with pytest.raises(ValueError):
        ruler(spacy.blank("en")("x"))
