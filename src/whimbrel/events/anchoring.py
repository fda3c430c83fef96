"""When and where: the date and place of an event from the time expressions and places of
its clause.

The date is the time expression governing the clause (through prepositions: "met ... in
June", "meet by videoconference on Tuesday"), else one attached to the sentence's main
clauses, else the publication date. Expressions that only bound an event ("since 2008",
"after the war") do not date it. The place is a location in the trigger's own prepositional
phrases, never an actor ("fired at Russia").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from spacy.tokens import Span, Token

from whimbrel.actors.context import TRANSNATIONAL
from whimbrel.events import places
from whimbrel.nlp import entity_at
from whimbrel.records import Location, Mention, Timex

PLACE_PREPS = frozenset({"in", "at", "near", "outside", "off", "inside"})
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
# Prepositions that bound an event in time without dating it ("since 2008").
UNDATING_PREPS = frozenset(
    {"since", "until", "till", "after", "before", "for", "from", "through", "throughout"}
)
# Prepositions that bound an act by another event their noun names, whose date is that
# event's: "following the 2001 attacks", "since the 2011 uprising" ("for the Friday opening"
# dates a trip; "following talks on Monday" may still date an act of that day).
BOUNDING_EVENT_PREPS = frozenset({"after", "following", "since", "before", "until", "till"})


# Prepositions that bound an act by an event at some distance in time, whose date is never
# the act's: "until the outcome of the proceedings in August", "since the vote in May".
OPEN_BOUND_PREPS = frozenset({"since", "until", "till"})


# How a date hangs on a noun as its modifier: "the 2001 attacks", "last year's elections".
DATE_MODIFIER_DEPS = frozenset({"compound", "amod", "nummod", "poss", "nmod"})


def governor_of(span: Span, event: Token | None = None) -> Token | None:
    """The word a time expression modifies, across prepositions; None if it only bounds
    (`event`: the trigger, whose own noun or frame a bounding phrase may date)."""
    root = span.root
    head = root.head
    while head.dep_ == "prep" or head.pos_ == "ADP":
        if head.lower_ in UNDATING_PREPS:
            return None
        if head.head == head:
            break
        head = head.head
    if head.dep_ == "pobj" and head.pos_ in ("NOUN", "PROPN") and head.head.head.pos_ == "VERB":
        bounding = head.head.lower_ in OPEN_BOUND_PREPS or (
            root.dep_ in DATE_MODIFIER_DEPS and head.head.lower_ in BOUNDING_EVENT_PREPS
        )
        if bounding and not (event is not None and (head == event or head.is_ancestor(event))):
            # "helped track al-Qaida following the 2001 attacks", "after last year's
            # elections", "take leave until the outcome of the proceedings in August": the
            # date of what bounds the act, not the act's (but "following the 2003 invasion"
            # dates the invasion, and "since last month's announcement that the US will
            # withdraw" the intent it announced; "withdrew before dawn on Sunday" and "heads
            # to Beijing for the Friday opening" are dated by theirs)
            return None
        # "meet by videoconference on Tuesday": the date is the meeting's.
        head = head.head.head
    return head


def bounded_below(word: Token, trigger: Token) -> bool:
    """Whether a word of a date inside a nominal event's phrase hangs below a bounding
    preposition: "the largest meeting between Chinese and African leaders since the founding
    of the People's Republic in 1949" (1949 is the founding's; it bounds the meeting)."""
    node = word
    while node != trigger and node.head != node:
        if node.dep_ == "prep" and node.lower_ in BOUNDING_EVENT_PREPS:
            return True
        node = node.head
    return False


def clause_chain(token: Token) -> list[Token]:
    chain = [token]
    node = token
    while (
        node.head != node and node.dep_ not in ("advcl", "relcl", "acl", "conj") and len(chain) < 12
    ):
        node = node.head
        chain.append(node)
    return chain


def top_level(sentence: Span) -> set[int]:
    """The root verb and the clauses chained to it: where a sentence-wide date attaches."""
    top = {sentence.root.i}
    frontier = [sentence.root]
    while frontier:
        node = frontier.pop()
        for child in node.children:
            if child.dep_ in ("xcomp", "ccomp", "advcl", "conj") and child.i not in top:
                top.add(child.i)
                frontier.append(child)
    return top


def event_date(
    trigger: Token, clause: Token, sentence: Span, timexes: Sequence[Timex], published: date | None
) -> tuple[str | None, str | None]:
    doc = sentence.doc
    dated = []
    when = _when_clause(trigger)
    then: str | None = None
    for timex in timexes:
        if timex.value is None:
            continue
        span = doc.char_span(*timex.span, alignment_mode="expand")
        if span is None:
            continue
        if when is not None and _just_before(span, when):
            # "the dispersal of the sit-in in August 2013, when about 1,000 people were
            # killed", "since March 30, when the party withdrew": a "when" clause after a
            # date tells what happened then, wherever the parser hangs it (unless it has a
            # date of its own, found below)
            then = timex.value
            continue
        governor = governor_of(span, trigger)
        if governor is None:
            continue
        if (
            trigger.pos_ in ("NOUN", "PROPN")
            and trigger.left_edge.i <= span.start
            and (span.end <= trigger.right_edge.i + 1)
            and not bounded_below(span.root, trigger)
        ):
            # A nominal event's own date: "a videoconference ... on November 15".
            return timex.value, "clause-timex"
        dated.append((timex, governor.i))
    if then is not None and when is not None:
        own = next((timex for timex, governed in dated if governed == when.i), None)
        return (own.value, "clause-timex") if own is not None else (then, "clause-timex")
    if dated:
        chain = [t.i for t in clause_chain(trigger)]
        if clause != trigger:
            chain += [t.i for t in clause_chain(clause)]
        for position in chain:
            for timex, governed in dated:
                if governed == position:
                    return timex.value, "clause-timex"
        top = top_level(sentence)
        for timex, governed in dated:
            if (
                governed in top
                and not _dates_another_act(trigger, doc[governed], timex, published)
                and not _in_side_clause(trigger, doc[governed])
            ):
                return timex.value, "sentence-timex"
    if published is not None:
        return published.isoformat(), "published"
    return None, None


def _dates_another_act(
    trigger: Token, governor: Token, timex: Timex, published: date | None
) -> bool:
    """Whether a date in a clause below the trigger is that clause's, not the trigger's: a
    reported or qualifying clause ("said it would attack on Monday", "sanctions announced on
    Tuesday"), one of a time before or after ("froze aid after the cabinet was formed in
    March"), or a complement the report puts ahead ("agreed to reconvene on October 8"). A
    complement's past date is the act's own ("applied to join GATT in July 1986"), as is a
    coordinated verb's ("was shot dead and 18 others wounded late Saturday") and a "when"
    clause's ("arrested when they blocked the road on Thursday")."""
    if not trigger.is_ancestor(governor):
        return False
    path = []
    node = governor
    while node != trigger:
        path.append(node)
        node = node.head
    top = path[-1]
    if top.dep_ == "advcl" and any(c.lower_ == "when" for c in top.children):
        return False
    if top.dep_ == "conj" and _fronted_in(top, timex):
        # "has for years been threatening the Kurds, and in 2018 invaded Afrin": a date put
        # ahead of a coordinated verb, inside its own conjunct, is that verb's alone
        return True
    if all(n.dep_ in ("xcomp", "conj", "prep", "pobj", "dobj") for n in path):
        # the same clause's chain: its date only when the report puts it ahead
        value = timex.value or ""
        return published is not None and value > published.isoformat()[: len(value)]
    return True


def _fronted_in(verb: Token, timex: Timex) -> bool:
    """Whether a time expression stands inside a verb's phrase, ahead of the verb."""
    span = verb.doc.char_span(*timex.span, alignment_mode="expand")
    return span is not None and verb.left_edge.i <= span.start and span.end <= verb.i


def _in_side_clause(trigger: Token, governor: Token) -> bool:
    """Whether a date sits in a contrasting or bounding clause of its own subject beside the
    trigger's, neither above nor below it: "Although the US turned on Saddam in 1990, although
    Iran helped track al-Qaida ..., hostility persists" (1990 is when the US turned, not when
    Iran helped); "froze aid after the Islamists formed a cabinet in March, and is demanding
    that..." (March is the cabinet's, not the demand's); a "when" clause beside it tells of
    the same time."""
    clause = next((t for t in clause_chain(governor) if t.dep_ == "advcl"), None)
    if clause is None or clause == trigger or clause.is_ancestor(trigger):
        return False
    if trigger.is_ancestor(clause):
        return False  # a clause below the trigger: `_dates_another_act` tells
    aside = any(
        c.dep_ == "mark" and c.lower_ in CONTRAST_MARKS | BOUNDING_EVENT_PREPS
        for c in clause.children
    )
    return aside and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)


# Words that open a clause set beside another, not at its time: "although", "whereas".
CONTRAST_MARKS = frozenset({"although", "though", "whereas", "while"})


def _when_clause(trigger: Token) -> Token | None:
    """The clause opened by "when" that the trigger's verb heads, if any."""
    node = next((t for t in clause_chain(trigger) if t.dep_ in ("relcl", "advcl")), None)
    if node is None or not any(c.dep_ == "advmod" and c.lower_ == "when" for c in node.children):
        return None
    return node


def _just_before(span: Span, clause: Token) -> bool:
    """Whether a time expression ends just before a clause, a comma apart at most."""
    if span.end > clause.left_edge.i:
        return False
    gap = span.doc[span.end : clause.left_edge.i]
    return all(t.is_punct for t in gap) and len(gap) <= 1


def place_word(token: Token) -> bool:
    """Whether a token is part of a place's name: tagged as one, or a capitalised word that
    says what kind of place ends the name ("Dera Ismail Khan City", which the tagger may
    take for a person's)."""
    return token.ent_type_ in PLACE_ENTITIES or (
        token.i > 0 and token.text[:1].isupper() and token.lower_ in places.KIND_WORDS
    )


def named_place(token: Token) -> tuple[Span, Location] | None:
    """The place entity at `token` ("in Aleppo") and where the gazetteers put it; a name
    the tagger took for a person's is a place when its last word says what kind of place
    ("in Dera Ismail Khan City")."""
    entity = _entity(token)
    if not place_word(token) and not place_word(entity[-1]):
        return None
    return _located(entity)


def gazetteer_place(token: Token) -> tuple[Span, Location] | None:
    """As `named_place`, whatever the tagger took the name for: the caller has other grounds
    to read it as a place ("liberated Aleppo", the tagger's person)."""
    return _located(_entity(token))


def _entity(token: Token) -> Span:
    """The entity at `token`, or the token alone."""
    return entity_at(token.doc, token.i) or token.doc[token.i : token.i + 1]


def _located(entity: Span) -> tuple[Span, Location] | None:
    found = places.resolve(entity.text)
    return None if found is None else (entity, found)


def event_place(trigger: Token, clause: Token, actor_tokens: dict[int, Mention]) -> Location | None:
    """A place in the trigger's own prepositional phrases ("at Russia" is a target)."""
    heads = [trigger, clause]
    for head in (trigger, clause):
        # "in person in Geneva": a place one prepositional phrase further down.
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in PLACE_PREPS:
                heads.extend(p for p in child.children if p.dep_ == "pobj")
            elif child.dep_ == "dobj":
                # "met Xi Jinping in Geneva": the parser often hangs the place on the object.
                heads.append(child)
    for head in heads:
        for child in head.children:
            if child.dep_ != "prep" or child.lower_ not in PLACE_PREPS:
                continue
            for pobj in child.children:
                if (
                    pobj.dep_ == "pobj"
                    and (child.lower_ != "at" or pobj.i not in actor_tokens)
                    and (place := named_place(pobj)) is not None
                ):
                    state = _state_named(actor_tokens.get(pobj.i))
                    if state is not None:
                        # a capital or a country is where its mention says on the day:
                        # Moscow is in the Soviet Union in 1987 (the gazetteer knows today)
                        return replace(place[1], country=state)
                    return place[1]
    return None


def _state_named(mention: Mention | None) -> str | None:
    """The state a mention of a place names as an actor (a capital, a country), if any:
    "Brussels" naming the EU is of none."""
    country = mention.actor.country if mention is not None else None
    return None if country is None or country in TRANSNATIONAL else country
