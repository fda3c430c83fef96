"""Speakers from the article (issue 15, class 10): "the statement said" speaks for its issuer,
a pronoun binds to the person introduced before the quote, and a speaker the knowledge base
lacks keeps his name with the description's country and sector. Through the real pipeline;
each case with a near twin.
"""

from __future__ import annotations

from datetime import date

import pytest

from whimbrel.evaluate.quotes import speaker_correct, speaker_names
from whimbrel.pipeline import Coder, make_article
from whimbrel.records import Actor, Mention, Quote

D2020 = date(2020, 1, 1)


def _speakers(coder: Coder, text: str) -> list[Mention | None]:
    coded = coder.code(make_article(text, D2020))
    return [q.speaker for q in coded.quotes if q.kind != "indirect"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ('Serbia rejected the plan. "The decision is null and void," the statement said.', "SRB"),
        (
            "The Kenyan Foreign Ministry issued a statement on Monday. Police arrested two men. "
            '"We condemn the attack," the statement said.',
            "KENGOV",
        ),
        (
            '"Iran must release the sailors," said a joint statement by France and Germany.',
            "FRA",
        ),
        ('NATO met on Friday. "We stand united," the communique said.', "IGOWSTNAT"),
    ],
)
def test_the_statement_speaks_for_its_issuer(coder: Coder, text: str, code: str) -> None:
    [speaker] = _speakers(coder, text)
    assert speaker is not None and speaker.actor.code == code
    assert speaker.antecedent is not None  # where the issuer is named


def test_a_statement_with_no_issuer_in_the_article_has_none(coder: Coder) -> None:
    [speaker] = _speakers(coder, '"The decision is null and void," the statement said.')
    assert speaker is not None and speaker.actor.code is None


def test_a_pronoun_binds_to_the_person_before_the_quote(coder: Coder) -> None:
    text = 'Ravi Perera met villagers in Jaffna. "Anil Kumar has failed us," he said.'
    [speaker] = _speakers(coder, text)
    assert speaker is not None and speaker.actor.entity == "Ravi Perera"
    # the twin: the same quote's name is the speaker when he is the subject
    twin = 'Ravi Perera met villagers in Jaffna. "I have failed you," Anil Kumar said.'
    [named] = _speakers(coder, twin)
    assert named is not None and named.text == "Anil Kumar"


def test_an_unknown_speaker_keeps_his_name_country_and_sector(coder: Coder) -> None:
    text = 'Sri Lankan army commander Ravi Perera visited Jaffna. "We will win," he said.'
    [speaker] = _speakers(coder, text)
    assert speaker is not None
    assert (speaker.actor.entity, speaker.actor.code) == ("Ravi Perera", "LKAMIL")
    # the twin: no description, no country or sector to carry, but still the name
    [bare] = _speakers(coder, 'Ravi Perera visited Jaffna. "We will win," he said.')
    assert bare is not None and (bare.actor.entity, bare.actor.code) == ("Ravi Perera", None)


def _quote(speaker: Mention | None) -> Quote:
    return Quote("q1", "We will win", (30, 41), "direct", speaker)


def test_a_pronoun_alone_is_no_speaker_in_the_metric() -> None:
    text = "Ravi Perera visited Jaffna. He said: We will win."
    alone = Mention("He", (28, 30), Actor(None, None, None, None), kind="pronoun")
    assert speaker_names(_quote(alone), text) == []
    assert not speaker_correct("Perera", _quote(alone), text)
    named = Mention("He", (28, 30), Actor(None, None, None, "Ravi Perera"), kind="pronoun")
    assert speaker_correct("Perera", _quote(named), text)
    # an antecedent counts when it is a name, not when it is another pronoun
    bound = Mention(
        "He", (28, 30), Actor(None, None, None, None), kind="pronoun", antecedent=(0, 11)
    )
    assert speaker_correct("Perera", _quote(bound), text)
    chained = Mention(
        "He", (28, 30), Actor(None, None, None, None), kind="pronoun", antecedent=(28, 30)
    )
    assert not speaker_correct("he", _quote(chained), text)


def test_of_two_subjects_the_name_set_apart_before_the_cue_speaks(coder: Coder) -> None:
    # issue 16, sixteenth session: the parser gave "told" two subjects, a party inside the
    # question and the name; the name nearest the cue, after the comma, speaks
    text = (
        "Asked whether he was comfortable with the perception that the Conservatives and the "
        'BNP appeal to the same voting instincts, Mr Howard told the BBC: "I reject that '
        'entirely".'
    )
    [speaker] = _speakers(coder, text)
    assert speaker is not None and speaker.text == "Mr Howard", speaker
    # the twin: a title and its name with no break between are one speaker
    twin = 'The principal of the school, Ali Hussain Sheikh, told reporters: "Only six came."'
    [named] = _speakers(coder, twin)
    assert named is not None and "Sheikh" in named.text, named
