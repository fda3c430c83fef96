"""The output contract: every coded article validates, and the serializer round-trips."""

from __future__ import annotations

from datetime import date

import jsonschema
import pytest

import whimbrel
from whimbrel.contract import from_contract, schema, to_contract, validate

SAMPLE = (
    "Kremlin spokesman Dmitry Peskov said on Friday that “talks will take place”. "
    "Ukraine accused Russia of massing troops near its border.\n"
    "The two presidents met in Geneva in June."
)


def test_packaged_schema_is_the_contract(shared_dir) -> None:
    import json

    shared = json.loads((shared_dir / "contract" / "coded-article.schema.json").read_text())
    assert schema() == shared


def test_code_output_validates_and_round_trips() -> None:
    coded = whimbrel.code(SAMPLE, published="2021-12-04", id="t1", title="T")
    document = to_contract(coded)
    validate(document)
    assert document["article"]["published"] == "2021-12-04"
    assert from_contract(document) == coded
    assert to_contract(from_contract(document)) == document


def test_spans_index_the_normalised_text() -> None:
    coded = whimbrel.code(SAMPLE, published=date(2021, 12, 4))
    text = coded.article.text
    for sentence in coded.sentences:
        assert text[sentence.span[0] : sentence.span[1]] == sentence.text
    for timex in coded.timexes:
        assert text[timex.span[0] : timex.span[1]] == timex.text
    for mention in coded.mentions:
        assert text[mention.span[0] : mention.span[1]] == mention.text
    for quote in coded.quotes:
        assert quote.text in text
    assert coded.article.original_text == SAMPLE


def test_a_broken_document_fails_validation() -> None:
    document = to_contract(whimbrel.code(SAMPLE, published="2021-12-04"))
    document["timexes"].append({"text": "x", "span": [0, 1], "value": "June 2021"})
    with pytest.raises(jsonschema.ValidationError):
        validate(document)


def test_paragraph_breaks_start_sentences() -> None:
    # Without the paragraph splitter the parser glues a heading to the next sentence.
    coded = whimbrel.code("Joe Biden's pragmatism\nThe diplomatic exercise is delicate for him.")
    assert [s.text for s in coded.sentences] == [
        "Joe Biden's pragmatism",
        "The diplomatic exercise is delicate for him.",
    ]


def test_no_publication_date_leaves_relative_dates_null() -> None:
    coded = whimbrel.code("The ministers met on Tuesday and again on 4 December 2021.")
    values = {t.text: t.value for t in coded.timexes}
    assert values["Tuesday"] is None
    assert values["4 December 2021"] == "2021-12-04"
    assert coded.warnings


def test_seed_article_validates(seed_coded) -> None:
    validate(to_contract(seed_coded))
