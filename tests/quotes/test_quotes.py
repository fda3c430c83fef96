"""Quotes: every cue order, multi-sentence and run-on quotes, nested and single marks,
pronoun speakers, media relays, unbalanced marks, names in marks, and text with no quotes.

Mentions are built here (`mention` below) so that these tests pin the quote layer, whatever
the actor layer finds; `tests/test_quotes_seed.py` runs the real pipeline.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from whimbrel.normalise import mark_direction, normalise, repair_quotes
from whimbrel.quotes import extract_quotes
from whimbrel.records import Actor, Mention, Quote


def mention(
    text: str,
    phrase: str,
    entity: str | None = None,
    *,
    nth: int = 0,
    kind: str = "name",
    antecedent: tuple[int, int] | None = None,
) -> Mention:
    """A mention of the `nth` occurrence of `phrase` (as whole words) in `text`."""
    found = list(re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", text))
    start = found[nth].start()
    actor = Actor(code=None, country=None, role=None, entity=entity)
    return Mention(phrase, (start, start + len(phrase)), actor, kind=kind, antecedent=antecedent)


def quotes_of(nlp, raw: str, mentions=None) -> tuple[str, list[Quote]]:
    """Normalise `raw` like the pipeline does and extract its quotes."""
    normalised = normalise(raw)
    text = normalised.text
    doc = nlp(text)
    index = {s.start_char: i for i, s in enumerate(doc.sents)}
    found = extract_quotes(
        doc, (mentions or (lambda t: []))(text), index, normalised.unbalanced_paragraphs
    )
    return text, found


def one(quotes: list[Quote], words: str) -> Quote:
    matches = [q for q in quotes if words in q.text]
    assert len(matches) == 1, [q.text for q in quotes]
    return matches[0]


def speaker_words(quote: Quote, text: str) -> str:
    """Everything the speaker is called: mention text, entity, antecedent text."""
    m = quote.speaker
    if m is None:
        return ""
    names = [m.text, m.actor.entity or ""]
    if m.antecedent:
        names.append(text[m.antecedent[0] : m.antecedent[1]])
    return " | ".join(names)


@pytest.mark.parametrize(
    ("raw", "words", "speaker", "kind"),
    [
        # "...," said X
        ('"We do not want a trade war," said Reagan.', "trade war", "Reagan", "direct"),
        # "...," X said
        ('"We do not want a trade war," Reagan said on Tuesday.', "trade war", "Reagan", "direct"),
        # X said: "..."
        ('Reagan said: "There will be no tax rate increase."', "no tax rate", "Reagan", "direct"),
        # X said, adding "..."
        (
            'Reagan spoke to supporters, adding, "There will be no tax increase."',
            "no tax",
            "Reagan",
            "direct",
        ),
        # X said "..." mid-sentence, as a clause after "that"
        (
            'The council said that "this vote is completely illegitimate."',
            "this vote",
            "council",
            "direct",
        ),
        # passive cue with an agent
        ('"Initiatives" announced by Joe Biden.', "Initiatives", "Joe Biden", "partial"),
        # partial quote: subject of the governing verb
        (
            'Moscow is calling for "security guarantees" from NATO.',
            "security guarantees",
            "Moscow",
            "partial",
        ),
        # partial quote under a coordinated verb
        (
            "Moscow has repeatedly denied any belligerent inclination and accused Western "
            'countries of increasing "provocation".',
            "provocation",
            "Moscow",
            "partial",
        ),
        # participle borrowing the main clause's subject
        (
            'Saying to be in "constant contact" with allies, the president said he was ready.',
            "constant contact",
            "the president",
            "partial",
        ),
        # X, <long apposition>, said: "..."
        (
            "Responding on Twitter, Shiraz Maher, director at the International Centre for the "
            "Study of Radicalisation (ICSR) at King's College London, said: \"This underscores "
            'the threat."',
            "underscores",
            "Maher",
            "direct",
        ),
        # X, who ..., said: a relative clause between the name and the cue
        (
            'Ravi Batra, whose book has been a best seller, said, "Don\'t panic."',
            "panic",
            "Batra",
            "direct",
        ),
    ],
)
def test_cue_orders(nlp, raw: str, words: str, speaker: str, kind: str) -> None:
    text, quotes = quotes_of(nlp, raw)
    quote = one([q for q in quotes if q.kind != "indirect"], words)
    assert speaker in speaker_words(quote, text)
    assert quote.kind == kind


def test_pronoun_speaker_uses_the_actor_layers_resolution(nlp) -> None:
    raw = 'Peskov spoke on Saturday. "In the evening," he told the Ria Novosti agency.'

    def mentions(text: str) -> list[Mention]:
        peskov = mention(text, "Peskov", "Dmitry Peskov")
        he = mention(text, "he", "Dmitry Peskov", kind="pronoun", antecedent=peskov.span)
        agency = mention(text, "Ria Novosti agency", "RIA Novosti")
        return [peskov, he, agency]

    text, quotes = quotes_of(nlp, raw, mentions)
    quote = one(quotes, "In the evening")
    assert quote.speaker is not None
    assert quote.speaker.text == "he"
    assert quote.speaker.actor.entity == "Dmitry Peskov"
    assert quote.cue == "told"


def test_pronoun_speaker_falls_back_to_the_last_speaker(nlp) -> None:
    raw = (
        "Foreign Minister Alexander Downer condemned the bombings. "
        '"This was a cowardly attack," Downer said in a statement. '
        '"It reminds us that no country is immune," he said.'
    )
    text, quotes = quotes_of(nlp, raw)
    quote = one(quotes, "no country is immune")
    assert quote.speaker is not None and quote.speaker.kind == "pronoun"
    assert "Downer" in speaker_words(quote, text)


def test_he_said_after_a_quote_is_the_last_speaker_not_the_last_name(nlp) -> None:
    raw = (
        "Italian Prime Minister Romano Prodi had issued a plea against the execution of "
        "Saddam Hussein, calling for "
        '"wisdom and magnanimity to prevail".\n'
        '"No fault can determine one man to be the bearer of death to another," he said.'
    )

    def mentions(text: str) -> list[Mention]:
        # The actor layer's coreference picked the nearest name for "he".
        saddam = mention(text, "Saddam Hussein", "Saddam Hussein")
        he = mention(text, "he", "Saddam Hussein", kind="pronoun", antecedent=saddam.span)
        return [mention(text, "Romano Prodi", "Romano Prodi"), saddam, he]

    text, quotes = quotes_of(nlp, raw, mentions)
    quote = one(quotes, "No fault")
    assert quote.speaker is not None and quote.speaker.actor.entity == "Romano Prodi"


def test_an_attribution_is_not_reported_speech(nlp) -> None:
    raw = '"I hope it won\'t continue," Prodi said in Bologna, the ANSA news agency reported.'
    _, quotes = quotes_of(nlp, raw)
    assert [q.kind for q in quotes] == ["direct"]


def test_a_description_finds_the_named_person(nlp) -> None:
    raw = (
        "White House spokesman Marlin Fitzwater defended the sanctions. "
        '"It is nothing to be alarmed about," the spokesman added.'
    )
    text, quotes = quotes_of(nlp, raw)
    assert "Fitzwater" in speaker_words(one(quotes, "alarmed"), text)


@pytest.mark.parametrize(
    "raw",
    [
        '"We confirm" the meeting, Kremlin spokesman Dmitry Peskov said on Saturday, '
        "quoted by the Interfax news agency.",
        '"We confirm the meeting," the Interfax news agency quoted Dmitry Peskov as saying.',
        '"We confirm the meeting," Dmitry Peskov told Reuters.',
        'Dmitry Peskov said "we confirm the meeting", according to the Interfax news agency.',
    ],
)
def test_a_relaying_medium_is_not_the_speaker(nlp, raw: str) -> None:
    text, quotes = quotes_of(nlp, raw)
    quote = one([q for q in quotes if q.kind != "indirect"], "confirm")
    names = speaker_words(quote, text)
    assert "Peskov" in names
    assert "Interfax" not in names and "Reuters" not in names


def test_multi_sentence_quote_is_one_quote(nlp) -> None:
    raw = (
        'White House spokeswoman Jen Psaki was hardly more talkative, saying: "There is a '
        'series of tools at our disposal. Of course, economic sanctions are an option." '
        "She did not answer a question."
    )
    text, quotes = quotes_of(nlp, raw)
    quote = one(quotes, "series of tools")
    assert quote.text.endswith("are an option.")
    assert "Psaki" in speaker_words(quote, text)
    assert quote.kind == "direct"


def test_attribution_after_a_multi_sentence_quote(nlp) -> None:
    raw = (
        '"This was a cowardly attack on innocent people. It reminds us that terrorism '
        'remains a threat," Downer said in a statement.'
    )
    text, quotes = quotes_of(nlp, raw)
    assert "Downer" in speaker_words(one(quotes, "cowardly"), text)


def test_a_quote_continued_after_its_attribution_keeps_the_speaker(nlp) -> None:
    raw = (
        "\"I'm sorry but that's just not going to happen,\" said Reagan. "
        '"We\'re not going to break faith with the American people."'
    )
    text, quotes = quotes_of(nlp, raw)
    second = one(quotes, "break faith")
    assert "Reagan" in speaker_words(second, text)


def test_a_quote_after_a_report_is_the_reporters(nlp) -> None:
    raw = (
        "A Labour party spokesman said Mr Brown already had a prominent campaign role. "
        '"This election is a choice between Labour and the Conservatives."'
    )
    text, quotes = quotes_of(nlp, raw)
    assert "spokesman" in speaker_words(one(quotes, "This election"), text)


def test_attribution_in_the_previous_paragraph(nlp) -> None:
    raw = 'Weinberger told reporters at the Pentagon:\n"There was no Iranian reaction."'
    text, quotes = quotes_of(nlp, raw)
    assert "Weinberger" in speaker_words(one(quotes, "Iranian reaction"), text)


def test_a_quote_running_on_into_the_next_paragraph(nlp) -> None:
    # Wire style: no closing mark at the paragraph's end, an opening mark on the next.
    raw = (
        'Sfeir said the pope "will not directly mention the Syrian presence.\n'
        '"But this will occur at the opportune time."\n'
        "Syrian soldiers are stationed in Lebanon."
    )
    text, quotes = quotes_of(nlp, raw)
    first = one(quotes, "will not directly mention")
    assert first.text.endswith("presence.")
    second = one(quotes, "opportune time")
    assert "Sfeir" in speaker_words(first, text)
    assert "Sfeir" in speaker_words(second, text)


def test_curly_quote_reopened_in_one_paragraph(nlp) -> None:
    # Paragraphs flattened into one: the quote reopens without closing ("Who. “I feel").
    raw = (
        "On Friday, Letts told ITV News: “I miss people mostly. And Doctor Who. “I feel "
        "British, I am British.” He said he did not know more."
    )
    text, quotes = quotes_of(nlp, raw)
    assert [q.text for q in quotes if q.kind != "indirect"] == [
        "I miss people mostly. And Doctor Who.",
        "I feel British, I am British.",
    ]
    assert all("Letts" in speaker_words(q, text) for q in quotes if q.kind != "indirect")


def test_machine_translated_marks_are_read_after_repair(nlp) -> None:
    raw = (
        "” We confirm “ that the talks will happen, Kremlin spokesman Dmitry Peskov said. "
        "The talks will take place ” In the evening “, he told the agency."
    )
    text, quotes = quotes_of(nlp, raw)
    marked = [q for q in quotes if q.kind != "indirect"]
    assert [q.text for q in marked] == ["We confirm", "In the evening"]
    assert all("Peskov" in speaker_words(q, text) for q in marked)


def test_unbalanced_marks_fall_back_per_paragraph(nlp) -> None:
    raw = (
        'He called it "a disgrace and left the room.\n'
        'Later the minister said: "We will not return."'
    )
    text, quotes = quotes_of(nlp, raw)
    broken = one(quotes, "a disgrace")
    assert broken.text == "a disgrace and left the room."
    fine = one(quotes, "not return")
    assert fine.text == "We will not return."
    assert "minister" in speaker_words(fine, text)


def test_a_closing_mark_without_its_opening_one(nlp) -> None:
    raw = (
        "The spokesman describes it as “so remote”. He says: It is impossible to imagine "
        "such a scenario in Cyprus,” he said. “It would be crazy,” he added."
    )
    text, quotes = quotes_of(nlp, raw)
    quote = one(quotes, "impossible")
    assert quote.text == "It is impossible to imagine such a scenario in Cyprus,"
    assert quote.kind == "direct"
    assert "spokesman" in speaker_words(quote, text)


def test_nested_single_quotes_stay_inside_the_outer_quote(nlp) -> None:
    raw = "He said: “At the time we had this idea of ‘why shouldn’t it happen to them?’ every day.”"
    text, quotes = quotes_of(nlp, raw)
    marked = [q for q in quotes if q.kind != "indirect"]
    assert len(marked) == 1
    assert "‘why shouldn’t it happen to them?’" in marked[0].text


def test_single_marks_quote_when_no_double_marks(nlp) -> None:
    raw = "The minister called the plan 'a disgrace' on Monday. Tuesday's talks went on."
    text, quotes = quotes_of(nlp, raw)
    quote = one(quotes, "disgrace")
    assert quote.text == "a disgrace"
    assert quote.kind == "partial"
    assert "minister" in speaker_words(quote, text)
    assert not any("Tuesday" in q.text for q in quotes)


def test_no_cue_no_speaker(nlp) -> None:
    raw = 'The "Summit of democracies" is a two-day virtual event. Joe Biden hosts it.'
    _, quotes = quotes_of(nlp, raw)
    assert one(quotes, "Summit").speaker is None


@pytest.mark.parametrize(
    "raw",
    [
        'Miller said it on NBC\'s "Today" program.',
        'Batra\'s book, "The Great Depression of 1990," predicts a crash.',
        'Reardon, known by his fellow players as "Dracula", won six times.',
        'Jimmy "the Whirlwind" White admitted missing lessons.',
    ],
)
def test_names_in_marks_are_not_quotes(nlp, raw: str) -> None:
    _, quotes = quotes_of(nlp, raw)
    assert [q for q in quotes if q.kind != "indirect"] == []


@pytest.mark.parametrize(
    ("raw", "clause", "speaker"),
    [
        (
            "Reagan said that some members of Congress were urging a tax rise.",
            "some members of Congress were urging a tax rise",
            "Reagan",
        ),
        ("Failure to do so, he said, would jeopardize the recovery.", "would jeopardize", None),
        ("According to the minister, the talks failed on Monday.", "the talks failed", "minister"),
        (
            "Putin and Biden will meet on Tuesday, the Russian government announced on Saturday.",
            "Putin and Biden will meet on Tuesday",
            "government",
        ),
    ],
)
def test_indirect_speech(nlp, raw: str, clause: str, speaker: str | None) -> None:
    text, quotes = quotes_of(nlp, raw)
    quote = one([q for q in quotes if q.kind == "indirect"], clause)
    if speaker:
        assert speaker in speaker_words(quote, text)


def test_relayed_report_is_not_indirect_speech_of_the_medium(nlp) -> None:
    raw = "Kaabi said the comments were a violation of sovereignty, according to local media."
    text, quotes = quotes_of(nlp, raw)
    assert [q.speaker.text if q.speaker else None for q in quotes] == ["Kaabi"]


def test_text_with_no_quotes(nlp) -> None:
    _, quotes = quotes_of(nlp, "Troops crossed the border on Monday. Tanks followed them.")
    assert quotes == []


def test_records_point_into_the_text(nlp) -> None:
    raw = (
        '"We do not want protectionism," Fitzwater said. He said that the decision was '
        'well considered. "We are always open to negotiations," the spokesman added.'
    )
    text, quotes = quotes_of(nlp, raw)
    doc = nlp(text)
    sentence_starts = [s.start_char for s in doc.sents]
    assert len(quotes) == 3
    assert [q.id for q in quotes] == ["q1", "q2", "q3"]
    for quote in quotes:
        assert text[quote.span[0] : quote.span[1]] == quote.text
        assert quote.sentence is not None
        assert sentence_starts[quote.sentence] <= quote.span[0]
    assert [q.kind for q in quotes] == ["direct", "indirect", "direct"]


# Any text made of words, marks and paragraph breaks: extraction never raises and every
# quote points at its own text.
_PIECES = st.sampled_from(
    [
        "He said",
        "Reagan",
        "told",
        "the agency",
        "“",
        "”",
        '"',
        "'",
        "‘",
        "’",
        ",",
        ".",
        ":",
        "\n",
        "we will win",
        "according to",
        "that",
        "Moscow",
        "“Killer”Joe",
        "do. “",
    ]
)


@settings(max_examples=40, deadline=None)
@given(st.lists(_PIECES, min_size=1, max_size=25))
def test_never_raises_on_any_marks(nlp, pieces: list[str]) -> None:
    raw = " ".join(pieces)
    if not raw.strip():
        return
    text, quotes = quotes_of(nlp, raw)
    for quote in quotes:
        assert text[quote.span[0] : quote.span[1]] == quote.text
        assert quote.text.strip()


@pytest.mark.parametrize(
    "paragraph",
    [
        "Letts told ITV: “I miss my mum. “I feel British.” He left.",
        'He said: "I don\'t think so. "There might have been some occasions.',
    ],
)
def test_normaliser_keeps_run_on_quotes_for_the_extractor(paragraph: str) -> None:
    fixed, balanced, notes = repair_quotes(paragraph)
    assert fixed == paragraph
    assert not balanced
    assert notes == ["marks kept as found: a quote runs on unclosed"]


@pytest.mark.parametrize(
    ("text", "index", "direction"),
    [
        ("say “yes", 4, "open"),
        ("yes” he", 3, "close"),
        ('say "yes', 4, "open"),
        ('yes" he', 3, "close"),
        ('say " yes', 4, None),  # padded on both sides: unclear
        ("” We", 0, None),  # a closing glyph before a word: MT damage, unclear
    ],
)
def test_mark_direction(text: str, index: int, direction: str | None) -> None:
    assert mark_direction(text, index) == direction


def test_a_wire_dateline_is_its_own_sentence(nlp) -> None:
    doc = nlp("NICOSIA, April 21 , 1997 (AFP) - Iran's main opposition group called for a boycott.")
    assert [s[0].text for s in doc.sents] == ["NICOSIA", "Iran"]
    group = next(t for t in doc if t.text == "group")
    assert group.dep_ == "nsubj"
