"""Step 1 of resolution: the KB's names found in a doc, and the tables that find them.

`tables(kb)` builds, once per knowledge base, dictionary lookups over every surface form
(names, aliases, metonyms, demonyms), role word ("spokesman", "troops") and descriptor ("the
democrat"); `kb_matches(doc, kb, tabs, on)` returns each KB match as a `Found` resolved on
the article's date, after the checks that keep plain words and parts of longer names out.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from difflib import SequenceMatcher

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Token

from whimbrel.actors.kb import (
    INNER_PARTICLES,
    NAME_KINDS,
    PARTICLES,
    SURNAME_PARTICLES,
    Entity,
    KnowledgeBase,
    Surface,
    fold,
    name_key,
)
from whimbrel.nlp import entity_at
from whimbrel.records import Actor

# Words before a name that belong to the mention ("Mr. Putin").
HONORIFICS = {"mr.", "mr", "mrs.", "mrs", "ms.", "ms", "dr.", "dr", "sir", "madam"}
# Titles a royal goes by with the first name alone: "Prince Mohammed", "King Abdullah".
ROYAL_TITLES = frozenset(
    {"crown", "prince", "princess", "king", "queen", "sheikh", "sheik", "emir", "sultan"}
)
# Honorifics that leave a family name the knowledge base's person's: "Mr Blair" is Tony Blair,
# but its people have no sex recorded and "Mrs Blair" is as likely his wife (so "Mrs
# Thatcher" stays unresolved).
LEADER_HONORIFICS = frozenset({"mr.", "mr", "dr.", "dr", "sir"})
PERSON_TAGS = {"NNP", "NNPS"}
# "Salman (11)": an age in brackets after a name (the tokenizer may keep "11)" whole)
AGE_IN_BRACKETS = re.compile(r" ?\((\d{1,2}|1[01]\d)\)")
# "identified as Salman": how reports introduce victims and suspects by name
IDENTIFIED = frozenset({"identified", "identifies", "identify"})
# "Nahid, a young man": a name the report introduces as one of these is a private person's.
PRIVATE_PEOPLE = frozenset(
    {
        "man", "woman", "boy", "girl", "youth", "teenager", "student", "refugee", "migrant",
        "resident", "villager", "farmer", "worker", "labourer", "driver", "shopkeeper",
        "trader", "vendor", "mother", "father", "housewife", "pensioner", "nurse", "doctor",
        "schoolgirl", "schoolboy", "teen", "businessman", "businesswoman", "couple", "family",
    }
)  # fmt: skip
# Words after a party's name that make it a ministry's portfolio ("Labour Minister").
PORTFOLIO_WORDS = frozenset({"minister", "ministers", "ministry", "secretary", "department"})
# Words that give a person's other name: "Maskawat Hasan alias Sakib".
ALIAS_WORDS = frozenset({"alias", "aka", "a.k.a."})
# Bodies named by their subject: "the Labor Committee" is about labour, no party's.
COMMITTEE_WORDS = PORTFOLIO_WORDS | {"committee", "subcommittee", "commission", "panel", "board"}
# "anti-American protesters": a prefix that makes a name a stance ("pro-Russian separatists"
# are given the article's other side by `describe.pro_context`).
STANCE_PREFIXES = frozenset({"anti"})
ERA_PREFIXES = frozenset({"post", "pre"})
# Words that make a demonym a region's adjective when the knowledge base has no longer name
# ("South African" is a country's own): "Central American", "Latin American", "West African".
REGION_WORDS = frozenset(
    {"north", "south", "east", "west", "central", "latin", "northern", "southern", "eastern",
     "western"}
)  # fmt: skip
# Words that put a role in the past: "former minister", "the then president", "ousted".
FORMER = frozenset({"former", "ex", "then", "late", "outgoing", "ousted", "deposed", "toppled"})
# What a state once held or ruled, named "former Soviet republic", "ex-Yugoslav republics".
FORMER_PARTS = frozenset(
    {"republic", "republics", "state", "states", "colony", "colonies", "territory",
     "territories", "satellite", "satellites", "province", "provinces", "protectorate"}
)  # fmt: skip


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


def char_span(doc: Doc, f: Found) -> tuple[int, int]:
    """The character offsets of a mention under construction (what `Mention.span` and an
    antecedent hold)."""
    span = doc[f.start : f.end]
    return (span.start_char, span.end_char)


# The dashes that end a wire's dateline ("BERLIN - ", "ROME — ").
DATELINE_DASHES = frozenset({"-", "--", "—", "–"})


def text_key(text: str) -> str:
    """How a surface form and a stretch of text are compared (`kb.name_key`): case,
    diacritics, hyphens and the particles al/el do not count."""
    return name_key(text)


def first_piece(text: str) -> str:
    """The first word piece of a text or `text_key`: a token whose own first piece differs
    cannot begin a stretch with that key."""
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
        # a particle may open a stretch whose key leaves it out ("El Salvador", "al-Maliki")
        self.starts = {first_piece(k) for k in self.keys} | PARTICLES
        self.longest = max((len(k) for k in self.keys), default=0)
        self.ordered = sorted(self.keys)

    def __call__(self, doc: Doc) -> Iterator[tuple[int, int]]:
        lowers, spaced, blank, pieces = _token_view(doc)
        n = len(lowers)
        for i in range(n):
            if blank[i] or pieces[i] not in self.starts:
                continue
            raw = ""
            for j in range(i, min(n, i + self.MAX_TOKENS)):
                if blank[j]:
                    break  # a line break ends a name
                # text_key(doc[i:j+1].text), built a token at a time
                raw = f"{raw} {lowers[j]}" if raw and spaced[j - 1] else raw + lowers[j]
                if len(raw) > self.longest + 8:
                    break
                words = raw.replace("-", " ").split()
                key = " ".join(
                    w for k, w in enumerate(words) if w not in PARTICLES or k == len(words) - 1
                )
                if key in self.keys and not (lowers[j] == "-" and spaced[j - 1]):
                    # "Mr Howard - himself the son of immigrants": a spaced dash ends no
                    # name ("Iranian-" of "Iranian-backed" is for `describe` to read)
                    yield i, j + 1
                if words and words[-1] not in PARTICLES and not self._begins_a_key(key):
                    break  # no key goes on from here (a particle may still be dropped)

    def _begins_a_key(self, text: str) -> bool:
        # most stretches are no name's start: stopping there was a third of actor matching
        at = bisect.bisect_left(self.ordered, text)
        return at < len(self.ordered) and self.ordered[at].startswith(text)


def first_pieces(doc: Doc) -> list[str]:
    """Each token's first word piece, folded (see `first_piece`); computed once per doc."""
    return _token_view(doc)[3]


_VIEW, _AGENTS = "whimbrel.actors.view", "whimbrel.actors.agents"


def drop_doc_caches(doc: Doc) -> None:
    """Drop the per-doc caches of actor matching (`_token_view`, `Tables.agent_stretches`)."""
    for key in (_VIEW, _AGENTS):
        doc.user_data.pop(key, None)


def _token_view(doc: Doc) -> tuple[list[str], list[bool], list[bool], list[str]]:
    """Per-token lower text, trailing space, blankness and first piece; once per doc."""
    view = doc.user_data.get(_VIEW)
    if view is None:
        # each token `fold`ed, its hyphens kept (the lookup splits on them)
        lowers = [t.lower_ if t.is_ascii else fold(t.text) for t in doc]
        view = (
            lowers,
            [bool(t.whitespace_) for t in doc],
            [t.is_space for t in doc],
            [first_piece(w) for w in lowers],
        )
        doc.user_data[_VIEW] = view
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

    def agent_stretches(self, doc: Doc) -> list[tuple[int, int]]:
        """`agents(doc)`, found once per doc: both the KB match and descriptions ask."""
        found = doc.user_data.get(_AGENTS)
        if found is None:
            found = list(self.agents(doc))
            doc.user_data[_AGENTS] = found
        return found


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
                lead_upper, words = _case_words(surface.form)
                flags = tuple(_case_flags(word) for word in words)
                if lead_upper and flags:
                    # "Al-maliki" (a generated spelling): the name is capitalised all the same
                    flags = (max(flags[0], 1), *flags[1:])
                forms.setdefault(key, []).append((surface, flags))
    # a phrase as listed wins over another's plural or singular: agents_extra's
    # "representative" (a state's, GOV) over agents.tsv's "representatives" (LEG)
    agent_roles = {text_key(phrase): roles for phrase, roles in kb.agents.items()}
    for phrase, roles in kb.agents.items():
        for variant in (_plural(phrase), singular(phrase)):
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


def singular(phrase: str) -> str:
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


def _case_words(text: str) -> tuple[bool, list[str]]:
    """The words case is checked on (hyphens split, particles dropped), and whether a
    leading particle was capitalised ("Al-maliki"). A particle inside a name is free in case
    ("Osama bin Laden" for the form "Osama Bin Laden"), as is one that opens a family name
    before another word ("bin Laden" for "Bin Laden")."""
    words = re.split(r"[\s\-–]+", text)
    lead_upper = False
    kept: list[str] = []
    for place, word in enumerate(words):
        if not word:
            continue
        leading = PARTICLES if place == len(words) - 1 else INNER_PARTICLES
        if fold(word) in leading and not kept:
            lead_upper = lead_upper or word[:1].isupper()
            continue
        if kept and fold(word) in INNER_PARTICLES and place < len(words) - 1:
            continue
        kept.append(word)
    return lead_upper, kept


def _case_ok(text: str, flags: tuple[int, ...], lowercase: bool) -> bool:
    """Short acronyms must be upper case (US, UN) and capitalised words capitalised, except
    that particles are free and a capital particle may stand for its word: "al-Maliki",
    "Al-maliki" and "al Shabaab" all pass, "maliki" and "White House spokeswoman" (for the
    form "White House Spokeswoman") do not."""
    lead_upper, words = _case_words(text)
    joined = _joined_words(text)
    for index, (word, flag) in enumerate(zip(words, flags, strict=False)):
        if flag == 2 and lowercase and _lowercase_acronym(word):
            continue  # "the bjp criticised the vhp": a text all in lower case
        if flag == 2 and (lowercase or word != word.upper()):
            return False
        upper = word[:1].isupper() or (index == 0 and lead_upper) or word in joined
        if flag == 1 and not lowercase and not upper:
            return False
    return True


def _joined_words(text: str) -> frozenset[str]:
    """The words hyphened to a capitalised word before them: a romanised given name is
    written "Ying-jeou" or "Moo-hyun" as often as "Ying Jeou", so its second syllable is
    free in case ("Ma Ying-jeou" is the knowledge base's "Ma Ying Jeou")."""
    return frozenset(m.group(1) for m in _JOINED_WORD.finditer(text))


# A word after a hyphen that joins it to a capitalised word: "Ying-jeou".
_JOINED_WORD = re.compile(r"\b[A-Z][a-z]*-([a-z]+)\b")


def _lowercase_acronym(word: str) -> bool:
    """Whether a lower-case word of an all lower-case text may be an acronym: three letters
    or more, and no English function word ("who" is not the WHO)."""
    return len(word) >= 3 and word.isalpha() and word not in STOP_WORDS


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


def _in_office(kb: KnowledgeBase, entity: Entity, on: date | None) -> bool:
    """A role other than "elite" (Phoenix's ELI years before an office) holds on `on`."""
    role = kb.role_on(entity, on) if on is not None else None
    return role is not None and not role.code.endswith("ELI")


def kb_matches(doc: Doc, kb: KnowledgeBase, tabs: Tables, on: date | None) -> list[Found]:
    lowercase = is_lowercase_doc(doc)
    full_names: set[str] = set()
    raw: list[tuple[int, int, Surface]] = []
    phoenix = kb.cache.get("phoenix_rank", 1)
    spans: list[tuple[int, int, list[Surface]]] = []
    for start, end in tabs.names(doc):
        text = doc[start:end].text
        options = [
            s for s, flags in tabs.forms.get(text_key(text), ()) if _case_ok(text, flags, lowercase)
        ]
        options = _place_over_family_name(doc, start, end, options, kb, tabs)
        if lowercase and end - start == 2 and doc[end - 1].pos_ == "NOUN":
            # "heard by the commission" (India's rights commission): a capital made "the
            # Commission" Brussels's; without capitals it is any commission
            options = [s for s in options if not s.form.lower().startswith("the ")]
        if options:
            spans.append((start, end, options))
    context = _article_countries(kb, spans)
    # one-word names the report introduces as private people, at any of their mentions
    private = {doc[start].text for start, end, _ in spans if _private_person(doc, start, end)}
    namesakes = _given_names(doc, tabs)
    for start, end, options in spans:
        best = _choose(kb, options, on, context)
        if best is None:
            continue
        rank = kb.cache.get("order", {}).get(best.entity, 0)
        if lowercase and end - start == 1 and (rank == phoenix or best.kind == "place"):
            continue  # without capitals, a one-word Phoenix alias is too often a plain word
        if (
            lowercase
            and end - start == 1
            and best.kind != "demonym"
            and doc[start].pos_ not in ("PROPN", "NOUN")
        ):
            continue  # "to mend ties": a verb is no name (MEND), in lower case
        raw.append((start, end, best))
        if end - start > 1:
            full_names.add(best.entity)
    out = []
    # words of role phrases ("Foreign Ministry") may surround a match inside a named entity
    role_tokens = {i for s, e in tabs.agent_stretches(doc) for i in range(s, e)}
    # places named beside an institution ("WASHINGTON - Congress") make no longer name of it
    place_tokens = {
        i
        for s, e, f in raw
        if f.kind in ("metonym", "place", "name")
        for i in range(s, e)
        if kb.entities[f.entity].type in ("country", "place")
    }
    person_ents = [(e.start, e.end) for e in doc.ents if e.label_ == "PERSON"]
    known_tokens = {i for s, e, _ in raw for i in range(s, e)}
    named_after: list[Found] = []  # countries inside longer names: see _national_organisations
    for start, end, surface in raw:
        entity = kb.entities[surface.entity]
        token = doc[start]
        # "ISIS", "SPLA": Phoenix files some institutions as people; an acronym is no surname
        acronym = not lowercase and len(token.text) >= 3 and token.text.isupper()
        family_name = end - start == 1 or surface.kind == "surname"
        if entity.type == "person" and acronym and family_name and not surface.form.isupper():
            # "a General Accounting Office, GAO, proposal", "the Adult Basic Education (ABE)
            # programme": an acronym, not Gao Qiang or Shinzo Abe (a person Phoenix files
            # by an acronym, "ISIS", is written so in the knowledge base)
            continue
        if entity.type == "person" and family_name and not acronym:
            # A bare surname or one-word name: not when another name precedes it ("Magic
            # Johnson", "Omar Hassan"), and only for someone active near the article's date
            # unless the full name was used.
            if token.pos_ != "PROPN" and (
                lowercase
                or (
                    token.is_sent_start
                    and entity.id not in full_names
                    and token.dep_ not in ("nsubj", "nsubjpass")
                )
            ):
                # "Young people", "Rice prices": a surname that is also a word (not when the
                # sentence's subject, "Trump urged Turkey", or the person was named in full)
                continue
            if not lowercase and len(token.text) <= 2 and token.text.isupper():
                continue  # "Hazrat Ali Hajveri (RA)": an abbreviation, not the Korean "Ra"
            before = doc[start - 1] if start else None
            if (
                before is not None
                and before.tag_ == "DT"
                and end - start == 1
                and token.dep_ not in ("compound", "amod", "nmod")
            ):
                # "the Kurd offers no details", "a Turk from Izmir": a name takes no article,
                # so this is a common noun that is also a family name (Humayun Aziz Kurd);
                # "the Mugabe government" names him as the modifier of its noun
                continue
            if (
                before is not None
                and before.tag_ in PERSON_TAGS
                and before.text[:1].isupper()
                and before.lower_ not in HONORIFICS
                and before.ent_type_ != "NORP"
                and text_key(before.text) not in tabs.agent_roles
                and not any(
                    # (a match taking in the name itself, "Abu Abdullah" of "Bassam Abu
                    # Abdullah", leaves the name inside a longer one all the same)
                    before.i in range(s, e)
                    and e <= start
                    and kb.entities[f.entity].type != "person"
                    for s, e, f in raw
                )
            ):
                continue
            if entity.id not in full_names and _date_fit(kb, entity, on) == 0:
                continue
            if end < len(doc) and doc[end].lower_ in LOCALITY_WORDS | PLACE_SUFFIXES:
                continue  # "at Kawari village": a place's name, not Qatar's al-Kawari
            if token.text in private:
                # "a student, identified as Salman (11)": not King Salman; nor "Salman" again
                continue
            given = namesakes.get(token.text, set())
            if (
                given
                and entity.id not in full_names
                and not any(_same_name_word(name, entity, 0) for name in given)
            ):
                # "Michael Howard ... Mr Howard": the report's own Howard, not John Howard
                # (unless it names both in full: "Mobutu Sese Seko" and "Nzanga Mobutu")
                continue
        if (
            entity.type == "person"
            and end < len(doc)
            and doc[end].pos_ == "PROPN"
            and doc[end].text[:1].isupper()
            and doc[end].ent_type_ == "PERSON"
            and doc[end - 1].ent_type_ == "PERSON"
            and text_key(doc[end].text) not in tabs.agent_roles
        ):
            continue  # "Sir Paul Sykes" is not the "Sir Paul" of the KB: a longer name
        if (
            entity.type == "person"
            and end < len(doc)
            and doc[end].pos_ == "PROPN"
            and doc[end].text[:1].isupper()
            and doc[end].ent_type_ in PLACE_ENTITIES
            and doc[end - 1].ent_type_ in PLACE_ENTITIES
        ):
            continue  # "a house in Wazir Bagh": a place's name, not Khalid al-Wazir
        if all(doc[i].ent_type_ in ("DATE", "TIME") for i in range(start, end)):
            continue  # "kidnapped on May 15": a date, not the Greek group of that name
        if entity.type == "person" and start > 0 and doc[start - 1].lower_ in ALIAS_WORDS:
            continue  # "Maskawat Hasan alias Sakib alias Abdullah": his other name, no king
        if entity.type == "place" and start > 0 and _initial(doc[start - 1]):
            continue  # "UNC general secretary S Milan said": a person's name, not the city
        if entity.type == "country" and _prefixed(doc, start, STANCE_PREFIXES):
            continue  # "anti-American protesters": a stance, not their country
        if _prefixed(doc, start, ERA_PREFIXES):
            continue  # "a post-Taliban government", "post-Soviet states": a time, no actor
        if (
            entity.type == "country"
            and surface.kind == "demonym"
            and start > 0
            and doc[start - 1].lower_ in REGION_WORDS
            and doc[start - 1].text[:1].isupper()
        ):
            continue  # "the Central American nation", "Latin American leaders": a region
        if entity.type == "country" and _former_part(doc, start, end):
            continue  # "the former Soviet republic of Belarus": what Belarus was, no actor
        if entity.type in ("igo", "organisation", "group") and _of_a_name(doc, start, end):
            continue  # "the Commonwealth of Virginia", "the Commission of the African Union"
        if entity.type == "group" and end < len(doc) and doc[end].lower_ in PORTFOLIO_WORDS:
            continue  # "Serbian Labour Minister": a portfolio, not the party
        if (
            entity.type == "group"
            and doc[end - 1].dep_ in ("compound", "nmod")
            and doc[end - 1].head.lower_ in COMMITTEE_WORDS
            and any(c.dep_ == "conj" for c in doc[end - 1].children)
        ):
            # "the Senate Labor and Human Resources Committee": subjects a body is named by
            # ("the RSS executive committee" is the RSS's own)
            continue
        if (
            end + 1 < len(doc)
            and doc[end].lower_ == "affairs"
            and doc[end + 1].lower_ in PORTFOLIO_WORDS
        ):
            continue  # "Turkey's European Affairs Minister": a portfolio, not Europe
        if (
            entity.type in ("organisation", "group")
            and not acronym
            and not lowercase  # "bjp mlas": without capitals the tagger's names run on
            and _inside_longer_person(doc, start, end, person_ents)
        ):
            # "Mir Bashir Ahmed Bizenjo": Phoenix files some militants as organisations; a
            # name inside a longer person's name is that person's, not theirs
            continue
        if entity.type == "country" and any(
            s < end and start < e and (s < start or e > end) for s, e in person_ents
        ):
            # "Jordan Peterson", "Karen Smith": a given name, not a country; a PERSON entity
            # that is the country's name alone ("Jordan pulled out") is the tagger's slip
            continue
        if surface.kind in ("place", "metonym") and _modifies(doc, end, VENUE_NOUNS):
            continue  # "the Kyoto treaty", "the Minsk agreement", "Geneva talks": where, not who
        if surface.kind in ("place", "metonym") and _modifies(doc, end, HELD_NOUNS):
            continue  # "a former Guantanamo inmate": where held, not whose
        if surface.kind == "metonym" and _home_of(doc, end, tabs):
            # "an east London schoolgirl": where someone is from is the country, not its
            # government (a capital's role word still names its body: "London police")
            surface = replace(surface, kind="name")
        if entity.type in ("country", "place") and _modifies(doc, end, TOPIC_NOUNS):
            continue  # "the Taiwan issue", "the Taiwan Strait": what or where, not who
        if entity.type in ("country", "place", "region") and _names_portfolio(
            doc, end, entity.type == "region"
        ):
            continue  # "the ministry's Europe department": what an office deals with
        if entity.type == "region" and _names_state_epithet(doc, end):
            continue  # "Asia's largest economy", "the Asian giant": a state, not the region
        if entity.type == "country" and _names_water(doc, end):
            continue  # "the Indian Ocean", "the Arabian Sea": a sea, not the state
        if entity.type != "place" and doc[end - 1].lower_ in WATER_NOUNS:
            continue  # Phoenix files India's parliament under the name "Indian Ocean"
        if (entity.type == "place" or surface.kind == "metonym") and _modifies(
            doc, end, INCIDENT_NOUNS
        ):
            continue  # "the Mumbai attacks", "the Kabul bombing": where it happened, not who
        if _modifies(doc, end, NAMESAKE_FACILITIES):
            continue  # "near Medina restaurant" in Karachi: a building's name, not who acts
        if surface.kind == "place":
            place = _place_span(doc, start, end, person_ents, tabs)
            if place is None:
                continue
            start, end = place
        elif _foreign_institution(doc, start, entity, raw, tabs):
            continue
        if entity.type in ("group", "organisation") and _name_goes_on(
            doc, start, end, known_tokens, role_tokens
        ):
            continue  # "the Social Democratic Party" is not the (US) "Democratic Party"
        checked = replace(surface, kind="alias") if surface.kind == "surname" else surface
        if _inside_larger_entity(doc, start, end, entity, checked, role_tokens, place_tokens):
            if entity.type in ("country", "place"):
                named_after.append(_found_for(kb, start, end, surface, on))
            continue
        out.append(_found_for(kb, start, end, surface, on))
    out = _ethnic_minorities(doc, kb, out)
    taken = {i for f in out for i in range(f.start, f.end)}
    out.extend(_national_organisations(doc, kb, tabs, named_after, taken))
    taken = {i for f in out for i in range(f.start, f.end)}
    out.extend(_person_fallback(doc, kb, on, taken))
    taken = {i for f in out for i in range(f.start, f.end)}
    matched = {i for s, e, _ in raw for i in range(s, e)}  # known words, kept or not
    out.extend(_country_fallback(doc, kb, on, taken, matched))
    _administrations(doc, kb, out)
    return out


def _former_part(doc: Doc, start: int, end: int) -> bool:
    """Whether a state's name or adjective says what a place once was: "the former Soviet
    republic of Belarus", "ex-Yugoslav republics", "a former British colony" (a "former
    Soviet leader" is still the state's)."""
    before = doc[start - 1].lower_ if start else ""
    if before == "-" and start >= 2:
        before = doc[start - 2].lower_
    return before in ("former", "ex") and end < len(doc) and doc[end].lower_ in FORMER_PARTS


def _of_a_name(doc: Doc, start: int, end: int) -> bool:
    """Whether a one-word institution's name runs on with "of" and a proper name: a longer
    name the knowledge base does not hold ("the Commonwealth of Virginia")."""
    words = [t for t in doc[start:end] if t.lower_ != "the"]
    if len(words) != 1 or end + 1 >= len(doc) or doc[end].lower_ != "of":
        return False
    after = doc[end + 1]
    if after.lower_ == "the" and end + 2 < len(doc):
        after = doc[end + 2]
    return after.pos_ == "PROPN" and after.text[:1].isupper()


def _inside_longer_person(
    doc: Doc, start: int, end: int, person_ents: list[tuple[int, int]]
) -> bool:
    """Whether a PERSON entity holds the match and more proper names ("Mir Bashir Ahmed
    Bizenjo"); the tagger's "The Lok Sabha" as a person adds no name."""
    for s, e in person_ents:
        if s <= start and end <= e:
            extra = [t for t in doc[s:e] if not start <= t.i < end]
            if any(t.pos_ == "PROPN" and t.text[:1].isupper() for t in extra):
                return True
    return False


def _given_names(doc: Doc, tabs: Tables) -> dict[str, set[str]]:
    """The first names the report gives each family name it writes in full ("Michael
    Howard": {"Howard": {"michael"}}), titles and honorifics aside."""
    out: dict[str, set[str]] = {}
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        words = [
            t
            for t in ent
            if t.text[:1].isupper()
            and t.lower_ not in HONORIFICS | ROYAL_TITLES
            and text_key(t.text) not in tabs.agent_roles
        ]
        if len(words) >= 2:
            out.setdefault(words[-1].text, set()).add(name_key(words[0].text))
    return out


def _private_person(doc: Doc, start: int, end: int) -> bool:
    """Whether a name is a private person's as the report introduces it: with an age
    in brackets ("Momin Mondol (52)", "Salman (11)"), "identified as" a victim or suspect, or
    as "a young man", "a student"."""
    # the next few tokens' text, not `doc.text` (which spaCy joins anew at each call)
    after = doc[end - 1].whitespace_ + "".join(t.text_with_ws for t in doc[end : end + 3])
    if AGE_IN_BRACKETS.match(after):
        return True
    if any(
        # "Nahid, a young, bespectacled man": one the report introduces as anybody
        child.dep_ == "appos"
        and child.lower_ in PRIVATE_PEOPLE
        and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in child.children)
        for child in doc[end - 1].children
    ):
        return True
    # (the pipeline runs without spaCy's lemmatizer: the forms are listed)
    return start >= 2 and doc[start - 1].lower_ == "as" and doc[start - 2].lower_ in IDENTIFIED


def _names_water(doc: Doc, end: int) -> bool:
    """Whether a state's name or adjective is part of a sea's name: "the Indian Ocean tidal
    wave", "the Arabian Sea" (the tagger may call the adjective an amod)."""
    token = doc[end - 1]
    return (
        token.dep_ in ("compound", "nmod", "amod")
        and token.head.lower_ in WATER_NOUNS
        and token.head.text[:1].isupper()
    )


def _modifies(doc: Doc, end: int, heads: frozenset[str]) -> bool:
    """Whether the name ending at `end` only modifies one of `heads`, which it names by
    where or what, not who: an accord or talks ("the Kyoto Protocol", "the Astana talks"),
    a question, policy or sea ("the Cyprus question", "the Taiwan Strait"), an incident
    ("the Mumbai attacks")."""
    token = doc[end - 1]
    return token.dep_ in ("compound", "nmod") and token.head.lower_ in heads


def _names_portfolio(doc: Doc, end: int, region: bool) -> bool:
    """Whether the name ending at `end` is part of the name of an office's portfolio, which
    says what the office deals with, not whose it is: "the Foreign Ministry's Europe
    department", "director of the department's Asia and Pacific Affairs", "Assistant
    Secretary of State for East Asian and Pacific Affairs". A state before "department" is
    its owner unless another is named ("the US Justice Department", but "the ministry's
    Iran desk"), and so is an adjective unless the portfolio is titled "Affairs" ("the Iraqi
    defence department", "Chinese foreign affairs spokesman")."""
    token = doc[end - 1]
    adjective = False
    for _ in range(PORTFOLIO_CLIMB):
        if token.dep_ not in ("compound", "nmod", "amod", "conj") or token.head.i == token.i:
            return False
        adjective = adjective or token.dep_ == "amod"
        head = token.head
        if head.text in TITLED_PORTFOLIOS:
            return True
        if head.lower_ in OFFICE_NOUNS and not adjective:
            return region or any(c.dep_ == "poss" for c in head.children)
        token = head
    return False


def _names_state_epithet(doc: Doc, end: int) -> bool:
    """Whether the region named ending at `end` only places a singular epithet for one of
    its states: "pressed Asia's largest economy to invest more", "the Asian giant", "the
    African nation" ("Asian nations" and "European leaders" are the region's)."""
    token = doc[end - 1]
    head = token.head
    return (
        token.dep_ in ("poss", "amod", "compound", "nmod")
        and head.i > token.i
        and head.tag_ == "NN"
        and head.lower_ in STATE_EPITHETS
    )


# Singular nouns that stand for a state in news prose ("Asia's largest economy").
STATE_EPITHETS = frozenset({
    "economy", "giant", "power", "superpower", "powerhouse", "nation", "country", "state",
    "democracy", "kingdom", "republic",
})  # fmt: skip


# Nouns that name an office by its portfolio ("the Europe department"), and titled ones an
# adjective may name it in ("East Asian and Pacific Affairs"; in lower case "affairs" is a
# spokesman's or a minister's, "Chinese foreign affairs spokesman").
OFFICE_NOUNS = frozenset({"department", "desk", "bureau", "division", "directorate"})
TITLED_PORTFOLIOS = frozenset({"Affairs"})
# How many modifier links a name may sit below the portfolio noun: "East Asian ... Affairs".
PORTFOLIO_CLIMB = 3


def _home_of(doc: Doc, end: int, tabs: Tables) -> bool:
    """Whether the name ending at `end` modifies a common noun for a person that is no role
    word: "a London schoolgirl", "an east London teenager" (not "London police")."""
    token = doc[end - 1]
    head = token.head
    return (
        token.dep_ in ("compound", "nmod", "amod")
        and head.i > token.i
        and head.pos_ == "NOUN"
        and text_key(head.text) not in tabs.agent_roles
        and head.ent_type_ == ""
        and singular(head.lower_) in PRIVATE_PEOPLE | {"men", "women"}
    )


def _prefixed(doc: Doc, start: int, prefixes: frozenset[str]) -> bool:
    """Whether the name at `start` follows one of `prefixes` and a hyphen: "anti-American"
    names a side opposed, "post-Taliban" a time after the actor, neither the actor."""
    return (
        start >= 2
        and doc[start - 1].text in ("-", "–")
        and doc[start - 2].lower_ in prefixes
        and not doc[start - 2].whitespace_
    )


def _ethnic_minorities(doc: Doc, kb: KnowledgeBase, found: list[Found]) -> list[Found]:
    """ "ethnic Albanians", "ethnic Turks": a minority, not the state its name comes from. It
    belongs to the one other country the text names most; with none, it is left out."""
    counts: dict[str, int] = {}
    for f in found:
        entity = kb.entities.get(f.entity_id or "")
        if entity is not None and entity.type in ("country", "place") and f.actor.country:
            counts[f.actor.country] = counts.get(f.actor.country, 0) + 1
    out = []
    for f in found:
        if f.surface_kind != "demonym" or not f.start or doc[f.start - 1].lower_ != "ethnic":
            out.append(f)
            continue
        others = {c: n for c, n in counts.items() if c != f.actor.country}
        best = sorted(others.values(), reverse=True)
        if not best or (len(best) > 1 and best[0] == best[1]):
            continue
        country = max(others, key=lambda c: others[c])
        f.actor = Actor(country, country, f"ethnic {doc[f.start : f.end].text}", None)
        f.country = country
        out.append(f)
    return out


def _national_organisations(
    doc: Doc, kb: KnowledgeBase, tabs: Tables, inside: list[Found], taken: set[int]
) -> list[Found]:
    """An organisation the KB lacks, named after one country or one of its places, whose
    name has an organisation's head word (`organisation_heads.tsv`): "the Nigerian Union of
    Teachers", "Kenya Anti-Corruption Commission", "Baghdad University" are that country's,
    with the role of a role word in the name ("teachers" EDU) or of the head word ("union"
    LAB). "U.S. Attack" and "Washington Post" have no such head and are no actors."""
    by_ent: dict[tuple[int, int], set[str]] = {}
    for f in inside:
        ent = entity_at(doc, f.start)
        if ent is None or ent.label_ != "ORG" or not f.actor.country:
            continue
        by_ent.setdefault((ent.start, ent.end), set()).add(f.actor.country)
    out = []
    for (start, end), countries in by_ent.items():
        if len(countries) != 1 or any(i in taken for i in range(start, end)):
            continue
        words = [text_key(t.text) for t in doc[start:end]]
        heads = [kb.organisation_heads[w] for w in words if w in kb.organisation_heads]
        if not heads:
            continue
        country = countries.pop()
        roles = [tabs.agent_roles.get(w) for w in words]
        role = next((r for r in reversed(roles) if r), None) or heads[-1]
        start += doc[start].lower_ == "the"
        actor = Actor(f"{country}{role}", country, None, doc[start:end].text)
        out.append(Found(start, end, actor, "name", country=country, surface_kind="organisation"))
    return out


def _initial(token: Token) -> bool:
    """A name's initial: one capital letter, with or without its full stop ("S", "T.")."""
    letters = token.text.rstrip(".")
    return len(letters) == 1 and letters.isupper() and len(token.text) <= 2


def _place_over_family_name(
    doc: Doc, start: int, end: int, options: list[Surface], kb: KnowledgeBase, tabs: Tables
) -> list[Surface]:
    """ "Violence in Kano", "Kano state": a city's name that is also someone's family name is
    the city, unless a title or honorific names the person ("Mr Kano", "Minister Kano"); a
    place word after it ("state", "district") leaves no person at all."""
    people = [s for s in options if kb.entities[s.entity].type == "person"]
    if not people or len(people) == len(options):
        return options
    places = [s for s in options if s not in people]
    if end < len(doc) and doc[end].lower_ in PLACE_SUFFIXES | LOCALITY_WORDS:
        return places
    before = doc[start - 1] if start else None
    titled = before is not None and (
        before.lower_ in HONORIFICS or text_key(before.text) in tabs.agent_roles
    )
    if titled or any(s.kind != "surname" for s in people):
        return options
    return places


def _article_countries(
    kb: KnowledgeBase, spans: list[tuple[int, int, list[Surface]]]
) -> Counter[str]:
    """How often the article names each country through forms that mean one country only
    ("Islamabad", "Imran Khan", "Pakistani"): what decides between namesakes of one kind."""
    counts: Counter[str] = Counter()
    for _, _, options in spans:
        countries = {kb.entities[s.entity].country for s in options}
        if len(countries) == 1:
            (country,) = countries
            if country and country.isalpha() and len(country) == 3 and country != "IGO":
                counts[country] += 1
    return counts


def _choose(
    kb: KnowledgeBase, options: list[Surface], on: date | None, context: Counter[str] | None = None
) -> Surface | None:
    """The best of a form's entities: the one with a role on the date, then the stronger kind,
    then the one of the country the article names most ("PTI" in a story from Islamabad is
    Pakistan's party, in one from Delhi India's news agency), then the later file. A family
    name several people share ("Jiang", "Bashir") is taken only when exactly one of them holds
    a role on the date."""
    surnames = [s for s in options if s.kind == "surname"]
    if len(surnames) > 1:
        current = [s for s in surnames if _in_office(kb, kb.entities[s.entity], on)]
        others = [s for s in options if s.kind != "surname"]
        options = others + (current if len(current) == 1 else [])

    def score(surface: Surface) -> tuple[int, int, int, int]:
        entity = kb.entities[surface.entity]
        order = kb.cache.get("order", {}).get(surface.entity, 0)
        named = context.get(entity.country or "", 0) if context else 0
        return (_date_fit(kb, entity, on), -NAME_KINDS.index(surface.kind), named, order)

    return max(options, key=score) if options else None


# Words after a place name that belong to it: "Hakkari province", "Donetsk Oblast",
# "Kurram Agency" (Pakistan's tribal areas were governed as agencies until 2018).
PLACE_SUFFIXES = {
    "province", "oblast", "region", "governorate", "state", "district", "city",
    "prefecture", "municipality", "krai", "canton", "department", "valley", "agency",
}  # fmt: skip


# A locality named by what contains it: "the Wari area of Upper Dir", "Pega village of".
LOCALITY_WORDS = frozenset({
    "area", "village", "town", "tehsil", "mandal", "locality", "neighbourhood",
    "neighborhood", "suburb", "hamlet",
})  # fmt: skip
# Words before a place name that leave it the same place: "North Waziristan", "Upper Egypt".
PLACE_PARTS = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "upper", "lower", "greater", "northeast", "northwest", "southeast", "southwest",
}  # fmt: skip


# Meetings and accords named after where they were held or signed: "the Minsk agreement".
VENUE_NOUNS = frozenset({
    "talks", "summit", "conference", "meeting", "meetings", "negotiations", "process",
    "agreement", "agreements", "accord", "accords", "treaty", "protocol", "convention",
    "conventions", "declaration", "deal", "format", "peace", "ceasefire", "framework",
})  # fmt: skip
# People held somewhere: "a former Guantanamo inmate", "Abu Ghraib detainees" are held
# there, not of the place's state.
HELD_NOUNS = frozenset(
    {"inmate", "inmates", "detainee", "detainees", "prisoner", "prisoners", "captive", "captives"}
)
# Seas named after a state or a people: "the Indian Ocean", "the Arabian Sea".
WATER_NOUNS = frozenset({"ocean", "sea", "gulf", "strait", "straits", "channel", "bay"})
# Questions, policies, debates and waters named after a country or a place: "the Kashmir
# issue", "the EU's Russia policy", "the Iraq controversy", "Taiwan Strait".
TOPIC_NOUNS = frozenset({
    "issue", "question", "problem", "file", "affair", "strait", "straits", "sea", "gulf",
    "channel", "peninsula", "policy", "controversy", "debate", "scandal", "dossier", "inquiry",
})  # fmt: skip


# Buildings and streets that often bear another city's or a person's name ("Medina
# restaurant" and "Delhi Road" in Karachi): the name is the building's, not an actor's.
NAMESAKE_FACILITIES = frozenset({
    "restaurant", "hotel", "cafe", "café", "road", "street", "avenue", "colony", "chowk",
    "bazaar", "cinema",
})  # fmt: skip


# Incidents named after the city or region they hit: "the Mumbai attacks", "the West Bank
# raid" (a country's name before one is its doer: "the US raid").
INCIDENT_NOUNS = frozenset({
    "attack", "attacks", "raid", "raids", "bombing", "bombings", "blast", "blasts",
    "explosion", "explosions", "massacre", "massacres", "shooting", "shootings", "siege",
    "riot", "riots", "violence", "clashes", "carnage", "killings", "stampede", "earthquake",
    "floods", "disaster", "tragedy", "incident", "unrest", "uprising", "war",
    "wildfire", "wildfires", "fire", "fires", "blaze", "storm", "storms", "hurricane",
    "cyclone", "typhoon", "flood", "flooding", "drought", "landslide", "landslides", "quake",
    "tsunami", "strike", "strikes", "airstrike", "airstrikes", "shelling",
})  # fmt: skip


# Prepositions whose object, attached to a verb, is where an event happened, not a party to it.
LOCATIVE = {
    "in", "at", "from", "near", "across", "outside", "inside", "around", "throughout", "into",
    "to", "toward", "towards", "through", "within", "along", "via", "of",
}  # fmt: skip


def _place_span(
    doc: Doc, start: int, end: int, person_ents: list[tuple[int, int]], tabs: Tables
) -> tuple[int, int] | None:
    """A city or province as an actor ("shelled Idlib", "Sinjar"), with a following "province"
    or "Oblast"; None where the words are a person's name ("Kano" in "Mr Kano"), part of a
    longer name, or not a proper noun."""
    if any(s < end and start < e for s, e in person_ents):
        return None
    if doc[end - 1].pos_ != "PROPN" and doc[end - 1].ent_type_ not in ("GPE", "LOC", "FAC"):
        return None
    head = doc[start:end].root
    if (
        head.dep_ == "pobj"
        and head.head.lower_ in LOCATIVE
        and head.head.head.pos_ in ("VERB", "AUX")
    ):
        return None  # "withdrew troops from Aceh", "marched in Caracas": where, not who
    before = doc[start - 1] if start else None
    if before is not None and before.lower_ in HONORIFICS:
        return None
    ent = entity_at(doc, start)
    if (
        ent is not None
        and ent.label_ in ("GPE", "LOC", "FAC")
        and any(
            t.pos_ == "PROPN"
            and t.text[:1].isupper()
            and t.lower_ not in PLACE_PARTS
            and text_key(t.text) not in tabs.agent_roles
            for t in doc[ent.start : start]
        )
    ):
        return None  # "New South Wales", "Alei Sinai": the end of a longer name
    if end + 1 < len(doc) and doc[end].lower_ in LOCALITY_WORDS and doc[end + 1].lower_ == "of":
        return None  # "Wari area of Upper Dir District": a locality its container places
    if ent is not None and ent.label_ == "ORG" and ent.end > end + 1 and doc[end].lower_ == "of":
        return None  # "the Confederation of British Industry": a body's name begins so
    if end < len(doc) and doc[end].lower_ in PLACE_SUFFIXES:
        end += 1
    elif end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        if text_key(doc[end].text) not in tabs.agent_roles:
            return None  # "Kano Pillars": a longer name
    return start, end


def _name_goes_on(
    doc: Doc, start: int, end: int, known_tokens: set[int], role_tokens: set[int]
) -> bool:
    """Whether a several-word party or institution name is only the tail of a longer name the
    KB does not know: "Social Democratic Party", "Liberal Democratic Party" are not the US
    "Democratic Party". A word the KB knows ("US Democratic Party", "Iraqi"), a role word or
    an adjective before it ("Palestinian Islamic Jihad") leaves the name as it is."""
    if end - start < 2 or start == 0:
        return False
    ent = entity_at(doc, start)
    before = doc[start - 1]
    return (
        ent is not None
        and ent.label_ == "ORG"
        and ent.start < start
        and before.pos_ == "PROPN"
        and before.text[:1].isupper()
        and before.lower_ not in NEUTRAL_WORDS
        and before.lower_ not in DESCRIBING_WORDS
        and before.i not in known_tokens
        and before.i not in role_tokens
    )


# Words a headline or sentence opening capitalises before a group's name, which describe
# the group and are no part of its name: "Suspected Communist Party of India Maoist cadres".
DESCRIBING_WORDS = frozenset(
    {"suspected", "alleged", "armed", "unidentified", "banned", "outlawed", "proscribed"}
)


def _foreign_institution(
    doc: Doc, start: int, entity: Entity, raw: list[tuple[int, int, Surface]], tabs: Tables
) -> bool:
    """ "Bolivia's Congress": an institution named by a plain role word belongs to the
    country named just before it, not to the KB's (the US Congress); the description
    step makes it Bolivia's legislature."""
    if entity.type not in ("organisation", "igo") or text_key(entity.name) not in tabs.agent_roles:
        return False
    j = start - 1
    if j >= 0 and doc[j].lower_ in ("'s", "’s"):
        j -= 1
    for _, e, surface in raw:
        if e - 1 == j:
            other = surface.entity
            return other != entity.id and other != entity.country
    return False


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
# Entity labels of places: a name that runs on through them is a place's ("Wazir Bagh").
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def _inside_larger_entity(
    doc: Doc,
    start: int,
    end: int,
    entity: Entity,
    surface: Surface,
    role_tokens: set[int],
    place_tokens: set[int],
) -> bool:
    """A match that is only part of a longer name is not an actor here: 'Washington' in
    'Washington Post', 'the West' in 'the West Bank', 'Russia' in 'Bank of Russia', a
    one-word alias inside another name ('Tigers' in 'Liberation Tigers of Tamil Eelam')."""
    # a one-word alias, or an institution's one-word name ("Congress" in "the Action
    # Congress")
    institution = surface.kind == "name" and entity.type == "organisation"
    # "the Commission" in "the Commission for Racial Equality": the article is no word
    words = end - start - (doc[start].lower_ == "the")
    single_alias = words == 1 and (surface.kind == "alias" or institution)
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
        if (
            entity.type == "country"
            and start == ent.start
            and start > 0
            and doc[start - 1].lower_ == "of"
            and all(t.pos_ == "PROPN" for t in doc[end : ent.end])
        ):
            continue  # "the President of Peru Ollanta Humala": the title's country, a name
        outside = [t for t in doc[ent.start : ent.end] if not start <= t.i < end]
        # "Suspected Naxals set ablaze...": a word capitalised only as the sentence's first,
        # no name ("Suspected", "Armed"), does not make a longer name
        outside = [t for t in outside if not (t.is_sent_start and t.pos_ in ("VERB", "ADJ"))]
        if institution:
            outside = [t for t in outside if t.i not in place_tokens]
        if (
            (start == ent.start or (start == ent.start + 1 and doc[ent.start].lower_ == "the"))
            and ent.label_ == "ORG"
            and ent.end in role_tokens
            and all(t.is_title and t.is_alpha for t in outside if t.lower_ != "the")
        ):
            continue  # "French Foreign Trade | Minister": a portfolio before a role word
        # "the Russian Foreign Ministry", "President Putin": descriptions, handled later; an
        # honorific the tagger took into a person's name makes it no longer ("Mr Blair")
        if any(
            t.lower_ not in NEUTRAL_WORDS
            and t.i not in role_tokens
            and t.is_alpha
            and (t.lower_ not in LEADER_HONORIFICS or ent.label_ != "PERSON")
            for t in outside
        ):
            return True
    return False


def _found_for(kb: KnowledgeBase, start: int, end: int, surface: Surface, on: date | None) -> Found:
    entity = kb.entities[surface.entity]
    if surface.kind == "metonym":
        actor = kb.actor(entity.id, on, metonym=True)
        kind = "metonym"
    elif surface.kind == "demonym":
        # a dated country's demonym follows its code: "Zairean" in 1997 is ZAR, later COD
        role = kb.role_on(entity, on)
        code = role.code if role is not None else entity.code
        actor = Actor(code, code[:3] if code else entity.country, None, entity.name)
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
        country=actor.country if entity.type == "country" else entity.country,
        surface_kind=surface.kind,
        office=office,
    )


# --- names written another way ------------------------------------------------------------------

# Transliteration: spellings of one sound that romanisations of Arabic, Russian and other
# names swap (Qaddafi / Gaddafi / Kadhafi, Abdul / Abdel, Mohammed / Muhamad).
_DIGRAPHS = (("dh", "d"), ("kh", "k"), ("gh", "g"), ("th", "t"), ("ph", "f"), ("sh", "s"))
_SOUNDS = str.maketrans({"q": "k", "c": "k", "z": "s", "j": "y", "v": "f"})
_SILENT = re.compile(r"[aeiouyhw']+")
_DOUBLE = re.compile(r"(.)\1+")
# How alike a first or family name must be to a person's own to be a spelling of it (difflib
# ratio): "Mohamed" of "Muhammad" is 0.67; "Hudak" of "Dacko" (0.6, one skeleton once the
# silent "h" goes) is another name.
NAME_LIKENESS = 0.65


def skeleton(text: str) -> str:
    """A name's consonant skeleton: "Mouammar Kadhafi" and "Muammar Qaddafi" -> "mr kdf"."""
    out = []
    for word in name_key(text).split():
        for pair, single in _DIGRAPHS:
            word = word.replace(pair, single)
        word = _DOUBLE.sub(r"\1", _SILENT.sub("", word.translate(_SOUNDS)))
        if word:
            out.append(word)
    return " ".join(out)


def _skeleton_index(kb: KnowledgeBase) -> dict[str, set[str]]:
    index = kb.cache.get("skeletons")
    if index is None:
        index = {}
        for entity in kb.entities.values():
            if entity.type != "person":
                continue
            for form in (entity.name, *entity.aliases):
                words = name_key(form).split()
                if len(words) < 2:
                    continue
                keys = {skeleton(form), skeleton(f"{words[0]} {words[-1]}")}
                if len(words) >= 3 and words[-2] in SURNAME_PARTICLES:
                    keys.add(skeleton(" ".join(words[-2:])))  # "dos Santos"
                for key in keys:
                    if len(key.replace(" ", "")) >= 5 and " " in key:
                        index.setdefault(key, set()).add(entity.id)
        kb.cache["skeletons"] = index
    return index


def _person_fallback(doc: Doc, kb: KnowledgeBase, on: date | None, taken: set[int]) -> list[Found]:
    """People the exact lookup missed: a PERSON entity written in another transliteration
    ("Mouammar Kadhafi") or with a middle name the KB lacks ("Omar Hassan al-Bashir"), matched
    on the consonant skeleton of the whole name or of its first and last words; taken only
    when one person fits (or one of them holds a role on the date)."""
    index = _skeleton_index(kb)
    out = []
    for ent in doc.ents:
        if ent.label_ != "PERSON" or any(i in taken for i in range(ent.start, ent.end)):
            continue
        start = ent.start + (doc[ent.start].lower_ == "the")
        words = name_key(doc[start : ent.end].text).split()
        if len(words) < 2 or not doc[start].text[:1].isupper():
            continue
        whole = index.get(skeleton(" ".join(words)), set())
        # first and last words alone are weaker evidence: the person must hold a role then
        ends = {
            i
            for i in index.get(skeleton(f"{words[0]} {words[-1]}"), set())
            if _date_fit(kb, kb.entities[i], on) == 2
        }
        ids = whole | ends
        if len(ids) > 1:
            ids = {i for i in ids if _in_office(kb, kb.entities[i], on)}
        if len(ids) != 1:
            continue
        entity = kb.entities[ids.pop()]
        if _date_fit(kb, entity, on) == 0 or not _same_name_word(words[-1], entity, -1):
            continue
        if not _same_name_word(words[0], entity, 0):
            continue  # "Matthew Taylor" is not Emmett Taylor, whose skeleton is his
        out.append(_found_for(kb, start, ent.end, Surface(entity.id, "alias", entity.name), on))
    return out


def _same_name_word(word: str, entity: Entity, place: int) -> bool:
    """Whether a family name (`place` -1) or first name (0) is a spelling of the person's:
    "Qaddafi" of "Kadhafi" (0.71), "Mouammar" of "Muammar" (0.93); never "Zinni" of "Sanha"
    (0.2) nor "Matthew" of "Emmett" (0.46), whose consonant skeletons agree."""
    return any(
        _spelt_alike(word, name_key(form).split()[place])
        for form in (entity.name, *entity.aliases)
        if name_key(form)
    )


def _spelt_alike(word: str, other: str) -> bool:
    """Whether two words are spellings of one name: alike enough (difflib ratio), and both
    opening with a vowel or both with a consonant (`_opens_alike`)."""
    return SequenceMatcher(None, word, other).ratio() >= NAME_LIKENESS and _opens_alike(word, other)


def _opens_alike(word: str, other: str) -> bool:
    """Whether two spellings of a name both open with a vowel or both with a consonant: a
    transliteration changes a letter ("Kadhafi", "Qaddafi"), never adds a syllable before
    it ("Bell" is not "Abel", whose consonant skeleton is the same)."""
    return (word[:1] in VOWELS) == (other[:1] in VOWELS)


# The vowels a name may open with ("Abel", "Usama").
VOWELS = frozenset("aeiou")


# How alike a one-word place must be to a country's name (difflib ratio) to be read as a
# misspelling of it: "Ethopia" 0.93, "Quatar" 0.91, "Isreal" 0.83; "Shopian"/"Spain" 0.67.
NEAR_SPELLING = 0.8


def _country_fallback(
    doc: Doc, kb: KnowledgeBase, on: date | None, taken: set[int], matched: set[int]
) -> list[Found]:
    """A place or nationality spelt another way ("Ethopia", "Quatar", "Phillippines"): a
    GPE/NORP/ORG entity of one word no KB form matched, whose consonant skeleton is that of
    exactly one country's name or demonym (three consonants at least, so short names never
    collide) and whose letters are near that name's (NEAR_SPELLING)."""
    index = kb.cache.get("country_skeletons")
    if index is None:
        index = {}
        for entity in kb.entities.values():
            if entity.type != "country" or entity.id != entity.country:
                continue
            for kind, forms in (
                ("alias", (entity.name, *entity.aliases)),
                ("demonym", entity.demonyms),
            ):
                for form in forms:
                    key = skeleton(form)
                    if " " not in key and len(key) >= 3:
                        index.setdefault(key, set()).add((entity.id, kind, form))
        kb.cache["country_skeletons"] = index
    out = []
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "NORP", "ORG") or ent.end - ent.start != 1:
            continue
        if ent.start in taken or ent.start in matched:
            continue
        token = doc[ent.start]
        if len(token.text) < 5 or not token.text[:1].isupper():
            continue
        options = index.get(skeleton(token.text), set())
        if len({entity_id for entity_id, _, _ in options}) != 1:
            continue
        entity_id, kind, form = sorted(options)[0]
        if SequenceMatcher(None, token.lower_, form.lower()).ratio() < NEAR_SPELLING:
            continue  # "Shopian" shares Spain's consonants but is no spelling of it
        surface = Surface(entity_id, kind, form)
        out.append(_found_for(kb, ent.start, ent.end, surface, on))
    return out


# Words after a leader's name that make the phrase the government: "the Bush administration".
GOVERNMENT_WORDS = {"administration", "government", "regime", "cabinet"}
HEAD_OFFICES = {"president", "prime minister", "chancellor", "king", "supreme leader", "emir"}


def _administrations(doc: Doc, kb: KnowledgeBase, found: list[Found]) -> None:
    """ "the Bush administration", "the Assad regime": the government of the country whose
    leaders bear that name, even out of office (every owner of the name shares a country)."""
    taken = {i for f in found for i in range(f.start, f.end)}
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG") or ent.end >= len(doc) + 1:
            continue
        end = ent.end
        if ent.label_ == "ORG" and doc[end - 1].lower_ in GOVERNMENT_WORDS:
            end -= 1
        elif end >= len(doc) or doc[end].lower_ not in GOVERNMENT_WORDS:
            continue
        name = doc[ent.start : end]
        if not name.text[:1].isupper():
            continue
        roles = [
            role
            for surface in kb.lookup(name.text)
            if kb.entities[surface.entity].type == "person"
            for role in kb.entities[surface.entity].roles
            if role.code.endswith("GOV")
        ]
        # a head of state or government among them names the administration
        heads = [r for r in roles if r.office in HEAD_OFFICES] or roles
        countries = {role.code[:3] for role in heads}
        if len(countries) != 1:
            continue
        country = countries.pop()
        span = range(ent.start, end + 1)
        found[:] = [f for f in found if not (f.start in span or f.end - 1 in span)]
        if any(i in taken and i not in span for i in span):
            continue
        found.append(
            Found(
                ent.start,
                end + 1,
                Actor(f"{country}GOV", country, "government", None),
                "description",
                country=country,
            )
        )
