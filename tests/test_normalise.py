"""Normalisation: mojibake, whitespace, and machine-translation quotation marks."""

from __future__ import annotations

import pytest

from whimbrel.normalise import normalise, repair_quotes


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # reversed and padded marks (MT output of French « »)
        ("” We confirm “ that it will happen.", "“We confirm” that it will happen."),
        ("take place ” In the evening “ in Russia", "take place “In the evening” in Russia"),
        # a closing mark glued to the next word
        ("qualified as “Killer”Joe Biden can", "qualified as “Killer” Joe Biden can"),
        # a closing mark reversed and padded, followed by more text
        (
            "saying: “There are tools. Sanctions are an option. “ She left.",
            "saying: “There are tools. Sanctions are an option.” She left.",
        ),
        # straight marks become curly pairs
        ('He said "no" and "yes".', "He said “no” and “yes”."),
        # a quote that ends the paragraph keeps its punctuation inside
        ("“We will host the talks.”", "“We will host the talks.”"),
        # padding before a comma is removed
        ("will be “ Determined by them ” , he said", "will be “Determined by them”, he said"),
        # already good text is unchanged
        ("“Fine,” she said.", "“Fine,” she said."),
        # guillemets
        ("«Nous confirmons» dit-il", "“Nous confirmons” dit-il"),
    ],
)
def test_quotes_are_paired(raw: str, expected: str) -> None:
    fixed, balanced, _ = repair_quotes(raw)
    assert balanced
    assert fixed == expected


def test_echo_fragment_after_a_quote_is_dropped() -> None:
    raw = "he said: “I will do what people fear he will do.” do. “"
    fixed, balanced, notes = repair_quotes(raw)
    assert balanced
    assert fixed == "he said: “I will do what people fear he will do.”"
    assert any("echo" in note for note in notes)


def test_unpaired_mark_that_is_not_an_echo_is_reported_not_guessed() -> None:
    raw = "He called it “a disgrace and left the room. Later he spoke again."
    fixed, balanced, _ = repair_quotes(raw)
    assert not balanced
    assert fixed == raw


def test_unbalanced_paragraph_index_is_reported() -> None:
    text = "First “fine” paragraph.\nSecond “broken paragraph.\nThird."
    result = normalise(text)
    assert result.unbalanced_paragraphs == (1,)
    # the other paragraphs are still repaired and the breaks kept
    assert result.text.split("\n")[0] == "First “fine” paragraph."


def test_mojibake_is_fixed_and_apostrophes_left_alone() -> None:
    result = normalise("The Kremlinâ€™s spokesman said itâ€™s done.")
    assert result.text == "The Kremlin’s spokesman said it’s done."


def test_whitespace_and_paragraphs() -> None:
    result = normalise("  Title  \r\n\r\n\r\n\r\nBody   text\u00a0here.\r\n")
    assert result.text == "Title\n\nBody text here."


def test_seed_article_marks_all_pair(seed_text: str) -> None:
    result = normalise(seed_text)
    assert result.unbalanced_paragraphs == ()
    for paragraph in result.text.split("\n"):
        opens, closes = paragraph.count("“"), paragraph.count("”")
        assert opens == closes, paragraph
    assert "“We confirm” that" in result.text
    assert "“Killer” Joe Biden" in result.text
    assert "he will do.”\n" in result.text  # the echo "do. “" is gone


def test_a_word_capitalised_after_us_by_old_wire_copy_is_lowercased() -> None:
    text = (
        "The U.S. Said Iranians used the rigs. Tehran condemned the U.S. Attack, the second "
        "attack this month. The U.S. Treasury and the U.S. Navy declined to comment, and the "
        "Treasury said later that the U.S. Would meet U.S. Officials, as officials asked."
    )
    fixed = normalise(text)
    assert "The U.S. said Iranians" in fixed.text
    assert "the U.S. attack, the second" in fixed.text
    assert "the U.S. would meet U.S. officials, as" in fixed.text
    # names stay: "Treasury" is written capitalised mid-sentence, "Navy" never in lower case
    assert "The U.S. Treasury" in fixed.text and "the U.S. Navy" in fixed.text
    assert len(fixed.text) == len(text)
    assert any("capitalised after an abbreviation" in r for r in fixed.repairs)


def test_ordinary_text_after_us_is_left_alone() -> None:
    text = "The U.S. Embassy in Kabul said U.S. officials met the Afghan president."
    fixed = normalise(text)
    assert fixed.text == text and not fixed.repairs
