"""Step 1 of resolution: the KB's names found in a doc, and the tables that find them.

`tables(kb)` builds, once per knowledge base, dictionary lookups over every surface form
(names, aliases, metonyms, demonyms), role word ("spokesman", "troops") and descriptor ("the
democrat"); `kb_matches(doc, kb, tabs, on)` returns each KB match as a `Found` resolved on
the article's date, after the checks that keep plain words and parts of longer names out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc

from whimbrel.actors.kb import NAME_KINDS, Entity, KnowledgeBase, Surface
from whimbrel.nlp import entity_at
from whimbrel.records import Actor

# Words before a name that belong to the mention ("Mr. Putin").
HONORIFICS = {"mr.", "mr", "mrs.", "mrs", "ms.", "ms", "dr.", "dr", "sir", "madam"}
PERSON_TAGS = {"NNP", "NNPS"}


@dataclass
class Found:
    """A mention under construction: token range and what it resolved to."""

    start: int
    end: int
    actor: Actor
    kind: str
    entity_id: str | None = None
    is_person: bool = False
    gender: str | None = None
    antecedent: tuple[int, int] | None = None
    # the country a demonym/country modifier names (for descriptions and "counterpart")
    country: str | None = None
    surface_kind: str | None = None
    office: str | None = None
    # "pro-Russian separatists": the country they are for, which is not theirs
    sides_with: str | None = None


def text_key(text: str) -> str:
    """How a surface form and a stretch of text are compared: lower case, single spaces."""
    return " ".join(text.lower().split())


def _first_piece(text: str) -> str:
    match = _PIECE.match(text)
    return match.group() if match else text


_PIECE = re.compile(r"\w+|\W")


class Lookup:
    """Finds every stretch of a doc whose `text_key` is a key of `entries`.

    A dictionary probe per candidate stretch, pruned by each key's first word piece and
    the longest key: building it costs nothing per pattern, unlike a PhraseMatcher,
    which would tokenise every one of the KB's forms at start-up.
    """

    MAX_TOKENS = 12

    def __init__(self, keys: Iterable[str]) -> None:
        self.keys = set(keys)
        self.starts = {_first_piece(k) for k in self.keys}
        self.longest = max((len(k) for k in self.keys), default=0)

    def __call__(self, doc: Doc) -> Iterator[tuple[int, int]]:
        lowers, spaced, blank, pieces = _token_view(doc)
        n = len(lowers)
        for i in range(n):
            if blank[i] or pieces[i] not in self.starts:
                continue
            key = ""
            for j in range(i, min(n, i + self.MAX_TOKENS)):
                if blank[j]:
                    break  # a line break ends a name
                # text_key(doc[i:j+1].text), built a token at a time
                key = f"{key} {lowers[j]}" if key and spaced[j - 1] else key + lowers[j]
                if len(key) > self.longest:
                    break
                if key in self.keys:
                    yield i, j + 1


def _token_view(doc: Doc) -> tuple[list[str], list[bool], list[bool], list[str]]:
    """Per-token lower text, trailing space, blankness and first piece; once per doc."""
    view = doc.user_data.get("whimbrel.actors.view")
    if view is None:
        lowers = [t.lower_ for t in doc]
        view = (
            lowers,
            [bool(t.whitespace_) for t in doc],
            [t.is_space for t in doc],
            [_first_piece(w) for w in lowers],
        )
        doc.user_data["whimbrel.actors.view"] = view
    return view


@dataclass
class Tables:
    """Lookups built once per KB."""

    names: Lookup
    agents: Lookup
    descriptors: Lookup
    # text key -> [(surface, case flags per word)]
    forms: dict[str, list[tuple[Surface, tuple[int, ...]]]]
    agent_roles: dict[str, str]
    descriptor_entities: dict[str, list[str]]


def tables(kb: KnowledgeBase) -> Tables:
    cached = kb.cache.get("tables")
    if cached is None:
        cached = kb.cache["tables"] = _build_tables(kb)
    return cached


def _case_flags(text: str) -> int:
    """0: any case; 1: must start upper; 2: must be exactly upper (short acronyms: US, UN)."""
    letters = [c for c in text if c.isalpha()]
    if not letters or not letters[0].isupper():
        return 0
    if len(letters) <= 4 and all(c.isupper() for c in letters) and len(letters) > 1:
        return 2
    return 1


def _build_tables(kb: KnowledgeBase) -> Tables:
    forms: dict[str, list[tuple[Surface, tuple[int, ...]]]] = {}
    for group in kb.surfaces.values():
        for surface in group:
            key = text_key(surface.form)
            if key:
                flags = tuple(_case_flags(word) for word in surface.form.split())
                forms.setdefault(key, []).append((surface, flags))
    agent_roles: dict[str, str] = {}
    for phrase, roles in kb.agents.items():
        for variant in (phrase, _plural(phrase), _singular(phrase)):
            agent_roles.setdefault(text_key(variant), roles)
    for title in kb.titles:
        agent_roles.setdefault(text_key(title), "GOV")
        agent_roles.setdefault(text_key(_plural(title)), "GOV")
    descriptor_entities: dict[str, list[str]] = {}
    for entity in kb.entities.values():
        for phrase in entity.descriptors:
            descriptor_entities.setdefault(text_key(phrase), []).append(entity.id)
    return Tables(
        names=Lookup(forms),
        agents=Lookup(agent_roles),
        descriptors=Lookup(descriptor_entities),
        forms=forms,
        agent_roles=agent_roles,
        descriptor_entities=descriptor_entities,
    )


def _singular(phrase: str) -> str:
    """ "negotiators" -> "negotiator" (Phoenix lists some role words only in the plural)."""
    if phrase.endswith("ies"):
        return phrase[:-3] + "y"
    if phrase.endswith("s") and not phrase.endswith(("ss", "us")):
        return phrase[:-1]
    return phrase


def _plural(phrase: str) -> str:
    head, _, last = phrase.rpartition(" ")
    if last.endswith("man"):
        plural = last[:-3] + "men"
    elif last.endswith("y") and len(last) > 1 and last[-2] not in "aeiou":
        plural = last[:-1] + "ies"
    elif last.endswith(("s", "sh", "ch", "x")):
        plural = last + "es"
    else:
        plural = last + "s"
    return f"{head} {plural}" if head else plural


def is_lowercase_doc(doc: Doc) -> bool:
    """True for texts written without capitals (some Indian police reports)."""
    words = [t for t in doc[:400] if t.is_alpha]
    return bool(words) and sum(t.text[0].isupper() for t in words) < 0.03 * len(words)


# --- step 1: knowledge-base matches -------------------------------------------------------------


def _case_ok(text: str, flags: tuple[int, ...], lowercase: bool) -> bool:
    for word, flag in zip(text.split(), flags, strict=False):
        if flag == 2 and (lowercase or word != word.upper()):
            return False
        if flag == 1 and not lowercase and not word[:1].isupper():
            return False
    return True


def _date_fit(kb: KnowledgeBase, entity: Entity, on: date | None) -> int:
    """2: a role holds on `on`; 1: within five years of one (or no roles, or no date); 0."""
    if on is None or not entity.roles:
        return 1
    if kb.role_on(entity, on) is not None:
        return 2
    for role in entity.roles:
        start = role.start or date.min
        end = role.end or date.max
        if start.year - 5 <= on.year <= end.year + 5:
            return 1
    return 0


def kb_matches(doc: Doc, kb: KnowledgeBase, tabs: Tables, on: date | None) -> list[Found]:
    lowercase = is_lowercase_doc(doc)
    full_names: set[str] = set()
    raw: list[tuple[int, int, Surface]] = []
    for start, end in tabs.names(doc):
        text = doc[start:end].text
        options = [
            s for s, flags in tabs.forms.get(text_key(text), ()) if _case_ok(text, flags, lowercase)
        ]
        if not options:
            continue
        best = _choose(kb, options, on)
        if best is None:
            continue
        if lowercase and end - start == 1 and kb.cache.get("order", {}).get(best.entity, 0) == 1:
            continue  # without capitals, a one-word Phoenix alias is too often a plain word
        raw.append((start, end, best))
        if end - start > 1:
            full_names.add(best.entity)
    out = []
    # words of role phrases ("Foreign Ministry") may surround a match inside a named entity
    role_tokens = {i for s, e in tabs.agents(doc) for i in range(s, e)}
    for start, end, surface in raw:
        entity = kb.entities[surface.entity]
        if entity.type == "person" and end - start == 1 and surface.kind == "alias":
            # A bare surname: not when another name precedes it ("Magic Johnson"), and only
            # for someone active near the article's date unless the full name was used.
            token = doc[start]
            if token.pos_ != "PROPN" and (token.is_sent_start or lowercase):
                continue  # "Young people", "Rice prices": a surname that is also a word
            before = doc[start - 1] if start else None
            if (
                before is not None
                and before.tag_ in PERSON_TAGS
                and before.text[:1].isupper()
                and before.lower_ not in HONORIFICS
                and before.ent_type_ != "NORP"
                and text_key(before.text) not in tabs.agent_roles
                and not any(
                    before.i in range(s, e) and kb.entities[f.entity].type != "person"
                    for s, e, f in raw
                )
            ):
                continue
            if entity.id not in full_names and _date_fit(kb, entity, on) == 0:
                continue
        if _inside_larger_entity(doc, start, end, entity, surface, role_tokens):
            continue
        out.append(_found_for(kb, start, end, surface, on))
    return out


def _choose(kb: KnowledgeBase, options: list[Surface], on: date | None) -> Surface | None:
    def score(surface: Surface) -> tuple[int, int, int]:
        entity = kb.entities[surface.entity]
        order = kb.cache.get("order", {}).get(surface.entity, 0)
        return (_date_fit(kb, entity, on), -NAME_KINDS.index(surface.kind), order)

    return max(options, key=score) if options else None


# Words that may sit in a named entity around a KB match without making it another name.
NEUTRAL_WORDS = {
    "the",
    "'s",
    "’s",
    "ministry",
    "army",
    "government",
    "forces",
    "navy",
    "police",
    "military",
    "president",
    "leader",
    "-",
}
CONTAINERS = {"ORG", "FAC", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "GPE", "LOC"}


def _inside_larger_entity(
    doc: Doc, start: int, end: int, entity: Entity, surface: Surface, role_tokens: set[int]
) -> bool:
    """A match that is only part of a longer name is not an actor here: 'Washington' in
    'Washington Post', 'the West' in 'the West Bank', 'Russia' in 'Bank of Russia', a
    one-word alias inside another name ('Tigers' in 'Liberation Tigers of Tamil Eelam')."""
    single_alias = end - start == 1 and surface.kind == "alias"
    if entity.type not in ("country", "region") and not single_alias:
        return False
    for token in doc[start:end]:
        if not token.ent_type_:
            continue
        ent = entity_at(doc, token.i)  # by index: a walk of doc.ents here was quadratic
        if ent is None or (ent.label_ not in CONTAINERS and not single_alias):
            continue
        if ent.label_ == "PERSON" and entity.type != "person":
            continue
        outside = [t for t in doc[ent.start : ent.end] if not start <= t.i < end]
        # "the Russian Foreign Ministry", "President Putin": descriptions, handled later
        if any(
            t.lower_ not in NEUTRAL_WORDS and t.i not in role_tokens and t.is_alpha for t in outside
        ):
            return True
    return False


def _found_for(kb: KnowledgeBase, start: int, end: int, surface: Surface, on: date | None) -> Found:
    entity = kb.entities[surface.entity]
    if surface.kind == "metonym":
        actor = kb.actor(entity.id, on, metonym=True)
        kind = "metonym"
    elif surface.kind == "demonym":
        actor = Actor(entity.code, entity.country, None, entity.name)
        kind = "alias"
    else:
        actor = kb.actor(entity.id, on)
        kind = "name" if surface.kind == "name" else "alias"
    office = None
    if entity.type == "person":
        role = kb.role_on(entity, on)
        office = role.office if role else None
    return Found(
        start,
        end,
        actor,
        kind,
        entity.id,
        entity.type == "person",
        entity.gender,
        country=entity.country,
        surface_kind=surface.kind,
        office=office,
    )
