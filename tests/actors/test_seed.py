"""The issue's done-when checks on the Putin-Biden article (published 2021-12-04)."""

from __future__ import annotations

from datetime import date

import pytest

from whimbrel.actors import find_mentions, plural_mentions
from whimbrel.pipeline import Coder
from whimbrel.records import CodedArticle, Mention


def _by_text(coded: CodedArticle, text: str) -> list[Mention]:
    return [m for m in coded.mentions if m.text == text]


@pytest.mark.parametrize(
    ("text", "entity", "code"),
    [
        ("Russian President Vladimir Putin", "Vladimir Putin", "RUSGOV"),
        ("Vladimir Putin", "Vladimir Putin", "RUSGOV"),
        ("Vladimir Poutine", "Vladimir Putin", "RUSGOV"),
        ("Mr. Putin", "Vladimir Putin", "RUSGOV"),
        ("Joe Biden", "Joe Biden", "USAGOV"),
        ("US president", "Joe Biden", "USAGOV"),
        ("democrat", "Joe Biden", "USAGOV"),
        ("President of the United States", "Joe Biden", "USAGOV"),
        ("American counterpart", "Joe Biden", "USAGOV"),
        ("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "RUSGOV"),
        ("White House spokeswoman Jen Psaki", "Jen Psaki", "USAGOV"),
        ("President Xi Jinping", "Xi Jinping", "CHNGOV"),
        ("Ukrainian President Volodymyr Zelensky", "Volodymyr Zelensky", "UKRGOV"),
        ("Moscow", "Russia", "RUSGOV"),
        ("Kiev", "Ukraine", "UKRGOV"),
        ("Washington", "United States", "USAGOV"),
        ("White House", "White House", "USAGOV"),
        ("Western countries", "the West", "WST"),
        ("NATO", "NATO", "IGOWSTNAT"),
        ("alliance", "NATO", "IGOWSTNAT"),
        ("Interfax news agency", "Interfax", "RUSMED"),
        ("Ria Novosti", "RIA Novosti", "RUSMED"),
        ("Russian government", None, "RUSGOV"),
        ("pro-Russian separatist forces", None, "UKRREB"),
    ],
)
def test_seed_mentions(seed_coded: CodedArticle, text: str, entity: str | None, code: str) -> None:
    found = _by_text(seed_coded, text)
    assert found, f"{text!r} not found"
    assert {(m.actor.entity, m.actor.code) for m in found} == {(entity, code)}


def test_trump_is_not_the_sitting_government(seed_coded: CodedArticle) -> None:
    [trump] = _by_text(seed_coded, "Donald Trump")
    assert trump.actor.code == "USAELI"
    assert trump.actor.role == "former president"


def test_pronouns_point_to_the_right_people(seed_coded: CodedArticle) -> None:
    pronouns = [m for m in seed_coded.mentions if m.kind == "pronoun"]
    text = seed_coded.article.text
    she = [m for m in pronouns if m.text == "She"]
    assert [m.actor.entity for m in she] == ["Jen Psaki"]
    # "he told the Ria Novosti agency" is Peskov; "as Washington and Kiev reproach him" is Putin
    told = next(m for m in pronouns if text[m.span[1] : m.span[1] + 5] == " told")
    assert told.actor.entity == "Dmitry Peskov"
    reproach = next(m for m in pronouns if text[m.span[0] - 9 : m.span[0]] == "reproach ")
    assert reproach.actor.entity == "Vladimir Putin"
    # every pronoun has an antecedent that is a mention of the same entity
    spans = {m.span: m.actor.entity for m in seed_coded.mentions}
    assert all(spans.get(m.antecedent) == m.actor.entity for m in pronouns)
    # Biden is the "he" of the closing paragraphs
    biden = sum(m.actor.entity == "Joe Biden" for m in pronouns)
    assert biden >= 8


def test_the_two_men(coder: Coder, seed_text: str) -> None:
    # plural coreference: one mention, both actors (not the American named last, Psaki)
    doc = coder.nlp(seed_text)
    # sentences numbered as the pipeline numbers them (those with text)
    starts = {s.start_char: i for i, s in enumerate(s for s in doc.sents if s.text.strip())}
    mentions = find_mentions(doc, date(2021, 12, 4), starts, coder.kb)
    [men] = [m for m in plural_mentions(doc, mentions, starts, coder.kb) if m.text == "The two men"]
    assert [a.entity for a in men.members] == ["Vladimir Putin", "Joe Biden"]
