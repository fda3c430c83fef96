"""The seed article (issue 5's "done when"): every quote with its speaker, through the real
pipeline (normaliser, spaCy, the actor layer's mentions and coreference)."""

from __future__ import annotations

import pytest

from whimbrel.records import CodedArticle, Quote


def _quote(coded: CodedArticle, opening: str) -> Quote:
    found = [q for q in coded.quotes if q.kind != "indirect" and q.text.startswith(opening)]
    assert found, f"no quote opening {opening!r}: {[q.text[:30] for q in coded.quotes]}"
    return found[0]


def _names(coded: CodedArticle, quote: Quote) -> str:
    speaker = quote.speaker
    assert speaker is not None, f"{quote.text[:40]!r} has no speaker"
    names = [speaker.text, speaker.actor.entity or ""]
    if speaker.antecedent:
        names.append(coded.article.text[speaker.antecedent[0] : speaker.antecedent[1]])
    return " | ".join(names)


@pytest.mark.parametrize(
    ("opening", "speaker", "kind"),
    [
        ("We confirm", "Peskov", "direct"),
        ("In the evening", "Peskov", "partial"),  # "he told the Ria Novosti agency"
        ("Determined by the presidents themselves", "Peskov", "partial"),
        ("I’m in the process of preparing", "Biden", "direct"),
        ("There is a series of tools at our disposal", "Psaki", "direct"),
        ("Support the sovereignty and territorial integrity of Ukraine", "Biden", "partial"),
        ("Initiatives", "Biden", "partial"),
        ("Constant contact", "Biden", "partial"),
        ("Killer", "Biden", "partial"),
        ("Provocation", "Moscow", "partial"),
        ("Security guarantees", "Moscow", "partial"),
    ],
)
def test_seed_quotes_and_speakers(
    seed_coded: CodedArticle, opening: str, speaker: str, kind: str
) -> None:
    quote = _quote(seed_coded, opening)
    assert speaker in _names(seed_coded, quote)
    assert quote.kind == kind


def test_seed_media_relays_are_not_speakers(seed_coded: CodedArticle) -> None:
    for quote in seed_coded.quotes:
        if quote.speaker is not None:
            names = _names(seed_coded, quote)
            assert "Interfax" not in names and "Novosti" not in names


def test_seed_whole_quotes(seed_coded: CodedArticle) -> None:
    biden = _quote(seed_coded, "I’m in the process of preparing")
    assert biden.text.endswith("what people fear he will do.")  # the MT echo "do. “" is gone
    psaki = _quote(seed_coded, "There is a series of tools")
    assert psaki.text.endswith("economic sanctions are an option.")


def test_seed_every_quote_in_marks_is_found(seed_coded: CodedArticle) -> None:
    text = seed_coded.article.text
    marked = [q for q in seed_coded.quotes if q.kind != "indirect"]
    # Every pair of marks in the repaired text is one quote (none is a name or title here).
    assert len(marked) == text.count("“") == 13
    assert all(text[q.span[0] - 1] == "“" for q in marked)


def test_seed_indirect_announcement(seed_coded: CodedArticle) -> None:
    indirect = [q for q in seed_coded.quotes if q.kind == "indirect"]
    announced = [q for q in indirect if q.cue == "announced"]
    assert announced and announced[0].text.startswith("Russian President Vladimir Putin")
    assert "government" in _names(seed_coded, announced[0])
