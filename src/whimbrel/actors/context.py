"""The article's own context for actors that carry no country: "police", "gunmen", "the state
government", "the opposition Congress party".

    generic_mentions(doc, found, taken) -> list[Found]      # step 3b of resolve.py
    give_countries(doc, kb, found)                           # then this
    article_date(doc) -> date | None                         # for an article with no date
    undated(doc, kb, found)                                  # when even the text gives none

Domestic generic actors (`data/actors/generic_agents.tsv`: phrase -> CAMEO role block) take
their country from the article, nearest first: the one country the sentence names (a state,
a demonym, a capital, a city or province spaCy tags as a place), else the country that
dominates the article (the dateline counts three times; dominance is at least half of all
country mentions and more than any other; a news agency credited, "told Xinhua", counts for
nothing). With neither they stay unresolved: an actor with a
guessed country is worse than none. A generic noun modified by a named group ("al-Shabaab
militants") is that group's, not the article's, and is left alone.

A party name the knowledge base gives to another country ("Congress" in an Indian story,
followed by "party") is a party of the article's country; so is a party it lacks, and a person
it lacks is of that country (by country alone) when the sentence names no other.

An article without a publication date is read as of the latest date its text gives; with none,
people are coded only by what holds on any date (`undated`).
"""

from __future__ import annotations

import csv
import unicodedata
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources

import pycountry
from spacy.tokens import Doc, Token

from whimbrel import geonames
from whimbrel.actors.kb import Entity, KnowledgeBase, name_key
from whimbrel.actors.match import (
    DATELINE_DASHES,
    FORMER,
    HONORIFICS,
    LOCALITY_WORDS,
    PLACE_SUFFIXES,
    Found,
    char_span,
    first_piece,
    first_pieces,
    singular,
    text_key,
)
from whimbrel.errors import DataError
from whimbrel.nlp import opening_dateline
from whimbrel.records import Actor

GENERIC_FILE = "generic_agents.tsv"
SHARED_PEOPLES_FILE = "shared_peoples.tsv"
ARTICLE, ANTECEDENT, MODIFIER, PLACE = "article", "antecedent", "modifier", "place"
# The id prefix of the knowledge base's towns and districts (places.jsonl).
PLACE_ID = "place-"
# As PLACE, but only a counted crowd ("thousands of people", "killed 40 people"): the bare
# word is anyone at all ("talking to people", "people who think we should").
COUNTED = "counted"
# Nouns that count or gather the people "of" them: "thousands of people", "a crowd of people".
CROWD_COUNTS = frozenset(
    {"hundreds", "thousands", "tens", "dozens", "millions", "scores", "crowd", "crowds", "group"}
)
# Surface kinds of the mentions made here: a domestic generic actor; a role word resolved by
# coreference to the latest state description before it (`coref.py`).
GENERIC, BARE_ROLE = "generic", "bare-role"
DATELINE_WEIGHT = 3
# The tokens a wire dateline may span ("NEW DELHI, March 3 (Reuters) -").
DATELINE_SPAN = 6

# Left modifiers that belong to a generic actor's phrase ("Maoist rebels", "armed gunmen").
MODIFIER_DEPS = ("amod", "compound", "nmod")
# Entity labels whose words, before a generic noun, name who the noun belongs to.
OWNER_LABELS = ("ORG", "PERSON", "GPE", "FAC")
PLACE_LABELS = ("GPE", "LOC", "FAC")
# A namesake town of at least a fifth of the people of the one the KB chose may be meant:
# the dominance `scripts/build_actor_data.py` asks of a name, which counted only cities of
# 50,000 people ("Geneva", Illinois, has a ninth of Geneva's people: never meant here).
NAMESAKE_SHARE = 5
PLACE_PREPOSITIONS = frozenset({"in", "at", "near", "across", "inside", "throughout", "outside"})
# Political actors belong to the country the article is about, not where they meet; police,
# gunmen and protesters to where they act.
POLITICAL_ROLES = frozenset({"GOV", "OPP", "PTY", "LEG"})
# The role blocks of armed fighters outside a state's forces.
ARMED_BLOCKS = frozenset({"REB", "UAF", "INS"})
# A state's posts at an international organisation: a "UN ambassador" is his state's.
NATIONAL_POSTS_AT_IGOS = frozenset({"ambassador", "representative", "delegate", "delegation"})
# Nouns for a body of the generic actor before them ("a police patrol"), not a thing of
# theirs ("a police warning").
GROUP_NOUNS = frozenset(
    {"patrol", "patrols", "unit", "units", "team", "teams", "convoy", "convoys", "squad",
     "squads", "contingent", "detachment", "force", "forces", "personnel", "column"}
)  # fmt: skip
PARTY_WORDS = ("party", "parties")
# Words of the forces a "party" is a squad of in South Asian reports: "a police party", "an
# Army party", "a search party".
SQUAD_WORDS = frozenset({"police", "army", "security", "search", "patrol", "rescue", "sfs"})
# The role block of news agencies and outlets ("told Xinhua"): a source, not a party.
MEDIA = "MED"
OPPOSITION = "opposition"
MAX_PHRASE = 3


@dataclass(frozen=True)
class GenericAgents:
    """Generic role phrases (lower case, single spaces) -> CAMEO role block, and where their
    country comes from (`ARTICLE`, `PLACE`, `COUNTED` or `ANTECEDENT`)."""

    roles: dict[str, str]
    scopes: dict[str, str]
    # First word pieces of the phrases: a cheap test before any `text_key`.
    starts: frozenset[str] = frozenset()

    @property
    def modifier_heads(self) -> dict[str, str]:
        """Nouns whose actor a "from X" phrase gives ("warplanes from the coalition")."""
        return {p: r for p, r in self.roles.items() if self.scopes[p] == MODIFIER}

    def match(self, doc: Doc, start: int) -> tuple[int, str] | None:
        """(end, phrase) of the longest generic phrase at token `start`, if any."""
        if first_pieces(doc)[start] not in self.starts:
            return None  # per token, a folded key of up to three tokens cost a fifth of actors
        for length in range(MAX_PHRASE, 0, -1):
            end = start + length
            if end > len(doc):
                continue
            phrase = text_key(doc[start:end].text)
            if phrase in self.roles and doc[end - 1].pos_ in ("NOUN", "PROPN"):
                return end, phrase
        return None


@cache
def shared_peoples() -> frozenset[str]:
    """Names of peoples living in several states (`shared_peoples.tsv`), as written."""
    rows = [row for _, row in _data_rows(SHARED_PEOPLES_FILE)]
    return frozenset(r[0] for r in rows[1:])


def _data_rows(name: str) -> list[tuple[int, list[str]]]:
    """The rows of a tab-separated file of `whimbrel/data/actors/`, with their line numbers;
    blank lines and comment lines ("#") left out."""
    path = resources.files("whimbrel.data.actors") / name
    with path.open(encoding="utf-8") as handle:
        return [
            (number, row)
            for number, row in enumerate(csv.reader(handle, delimiter="\t"), 1)
            if row and not row[0].startswith("#")
        ]


@cache
def generic_agents() -> GenericAgents:
    roles: dict[str, str] = {}
    scopes: dict[str, str] = {}
    for number, row in _data_rows(GENERIC_FILE):
        if (
            len(row) != 3
            or not row[1].isalpha()
            or not row[1].isupper()
            or row[2] not in (ARTICLE, PLACE, COUNTED, ANTECEDENT, MODIFIER)
        ):
            want = "phrase<TAB>ROLES<TAB>article|place|counted|antecedent|modifier"
            raise DataError(GENERIC_FILE, f"line {number}: want '{want}'")
        roles[text_key(row[0])] = row[1]
        scopes[text_key(row[0])] = row[2]
    return GenericAgents(roles, scopes, frozenset(first_piece(p) for p in roles))


def _fold(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return text_key("".join(c for c in decomposed if not unicodedata.combining(c)))


@cache
def place_countries() -> dict[str, str]:
    """Place name (folded) -> ISO 3166-1 alpha-3: provinces and states (pycountry), then cities
    of over 15,000 people (GeoNames, `whimbrel.geonames`; the most populous of a name wins)."""
    table = {
        key: max(by_country, key=lambda c: by_country[c])
        for key, by_country in _city_countries().items()
    }
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    for subdivision in pycountry.subdivisions:
        country = alpha3.get(subdivision.country_code)
        if country is None:
            continue
        key = _fold(subdivision.name)
        table.setdefault(key, country)
        # "Donetsk Oblast", "Hakkari province": the bare name too
        for suffix in (" oblast", " province", " state", " region", " governorate", " district"):
            if key.endswith(suffix):
                table.setdefault(key[: -len(suffix)], country)
    # "Yemen's Red Sea border area": a sea no one state holds is none's, whatever province
    # bears its name (Sudan's Red Sea State)
    for key in _seas():
        table.pop(key, None)
    return table


def _seas() -> set[str]:
    """Folded names (and aliases) of the seas our gazetteer gives no country (a disputed
    region there, Kashmir, keeps the country the tables give its name)."""
    return {
        _fold(name)
        for row in geonames.gazetteer_rows()
        if not row["country"] and row["kind"] == "sea"
        for name in (row["name"], *(row["aliases"] or "").split("|"))
        if name
    }


@cache
def _city_countries() -> dict[str, dict[str, int]]:
    """Folded city name -> country -> its largest city of that name's population (GeoNames
    cities of over 15,000 people)."""
    table: dict[str, dict[str, int]] = {}
    for city in geonames.cities():
        if not city["country"]:
            continue
        people = int(city["population"] or 0)
        for name in {_fold(city["name"]), _fold(_ascii(city["name"]))}:
            by_country = table.setdefault(name, {})
            by_country[city["country"]] = max(people, by_country.get(city["country"], 0))
    return table


def _sentence_numbers(doc: Doc) -> dict[int, int]:
    """Token index -> the number of its sentence (none for an unparsed text): one walk, not
    `token.sent` per token, which walks its sentence each time."""
    if not doc.has_annotation("SENT_START"):
        return {}
    return {i: n for n, s in enumerate(doc.sents) for i in range(s.start, s.end)}


def namesake_places(doc: Doc, kb: KnowledgeBase, found: list[Found]) -> None:
    """ "Nasirabad District" is in Rajasthan and in Balochistan: a town the KB gives its
    larger namesake's country is the smaller one's when the article's other towns are of that
    country ("in Quetta") and nothing else in it is of the first."""
    places = {
        f.entity_id: entity
        for f in found
        if f.entity_id
        and (entity := kb.entities.get(f.entity_id)) is not None
        and entity.type == "place"
    }
    if not places:
        return
    # a town named as someone's family name ("Mike Moore ... Moore said") is no place
    family = {doc[g.end - 1].text for g in found if g.is_person}
    sentence_of = _sentence_numbers(doc)
    # where the towns are: (sentence, country, KB entity)
    located = [(sentence_of.get(i, 0), c, None) for i, c in _place_mentions(doc, found)] + [
        (sentence_of.get(g.start, 0), g.actor.country, g.entity_id)
        for g in found
        if g.entity_id in places and g.actor.country and doc[g.start : g.end].text not in family
    ]
    for key, entity in places.items():
        namesakes = _city_countries().get(_fold(entity.name), {})
        own = namesakes.get(entity.country or "")
        if own is None:
            continue  # a state or a region of our own lists, not a town chosen by its size
        others = {c for c, people in namesakes.items() if people * NAMESAKE_SHARE >= own} - {
            entity.country
        }
        if not others:
            continue
        rest = [g for g in found if g.entity_id != key]
        # only towns in its own sentence or the next or last: a dateline's "NEW YORK" says
        # nothing of the Venice of a summit three paragraphs on
        here = {sentence_of.get(g.start, 0) for g in found if g.entity_id == key}
        towns = [(n, c) for n, c, k in located if k != key]
        chosen = others & {c for n, c in towns if any(abs(n - m) <= 1 for m in here)}
        elsewhere = {_country_of(g) for g in rest} | {c for _, c in towns}
        if len(chosen) != 1 or entity.country in elsewhere:
            continue
        country = chosen.pop()
        for g in found:
            if g.entity_id == key:
                g.actor = Actor(country, country, None, entity.name)
                g.entity_id = None


def _place_evidence(
    kb: KnowledgeBase, found: list[Found], tagged: list[tuple[int, str]]
) -> Counter[str]:
    """How often the article names each country by a country, a place or a demonym (not by
    people, whose names are the likelier namesakes: "(RA)" after a saint's name); `tagged`
    are the places spaCy found that no mention covers (`_place_mentions`)."""
    evidence = Counter(c for _, c in tagged)
    for f in found:
        entity = kb.entities.get(f.entity_id) if f.entity_id else None
        named = entity is not None and entity.type in ("country", "place")
        if (named or f.surface_kind == "demonym") and (c := _country_of(f)) is not None:
            evidence[c] += 1
    return evidence


def _without_stray_places(
    doc: Doc,
    kb: KnowledgeBase,
    found: list[Found],
    located: list[tuple[int, str]],
    article: str,
) -> list[tuple[int, str]]:
    """ "Shahgund village of Hajin area of the District", in a report from Jammu and Kashmir:
    a place spaCy tagged that the KB does not know, whose only namesake the gazetteer holds is
    in a country the article names nowhere else, in one that names its own country again and
    again, is a local place (Hajin is also a Syrian town): it makes no actor foreign."""
    tagged = _place_mentions(doc, found)
    evidence = _place_evidence(kb, found, tagged)
    if evidence[article] < STRAY_PLACE_EVIDENCE:
        return located
    spots = {i for i, _ in tagged}
    return [(i, c) for i, c in located if i not in spots or c == article or evidence[c] > 1]


def _ascii(name: str) -> str:
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()


def _counted_people(noun: Token) -> bool:
    """Whether a noun is counted: "40 people", "thousands of people", "a crowd of people";
    or is a count that acts alone, a crowd ("tens of thousands protested in Kiev": not the
    object "raised thousands", nor "thousands of dollars")."""
    if any(c.dep_ == "nummod" for c in noun.children):
        return True
    if noun.lower_ in CROWD_COUNTS:
        return noun.dep_ in ("nsubj", "nsubjpass") and not any(
            c.dep_ == "prep" and c.lower_ == "of" for c in noun.children
        )
    governor = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    return governor is not None and (governor.lower_ in CROWD_COUNTS or governor.tag_ == "CD")


def is_generic(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens start..end are exactly one generic phrase ("Security Forces")."""
    return text_key(doc[start:end].text) in generic_agents().roles


def ends_armed(doc: Doc, start: int, end: int) -> bool:
    """Whether a name ends in the generic word for armed fighters ("Left Wing Extremists",
    "Bodo militants"): a group the KB lacks, known by what its members are."""
    last = text_key(doc[end - 1].text)
    return end - start > 1 and generic_agents().roles.get(last, "") in ARMED_BLOCKS


def generic_mentions(doc: Doc, found: list[Found], taken: set[int]) -> list[Found]:
    """Generic actors no other step resolved, still without a country ("police", "gunmen")."""
    agents = generic_agents()
    # "al-Shabaab militants" are the group's: a known name before a generic word owns it; an
    # armed group the KB lacks ("GNLA militants") leaves them the article's generic actor
    found_tokens = {i for f in found if f.kind != "unknown" for i in range(f.start, f.end)}
    # A place no gazetteer knows owns nothing: "West Yorkshire police" are the article's
    owner_tokens = {
        i
        for ent in doc.ents
        if ent.label_ in OWNER_LABELS
        and (
            ent.label_ not in ("ORG", "GPE")
            or any(t in found_tokens for t in range(ent.start, ent.end))
        )
        for i in range(ent.start, ent.end)
    }
    owner_tokens |= {
        i
        for f in found
        for i in range(f.start, f.end)
        if f.actor.country is None and f.kind != "unknown"
    }
    demonyms = {
        i
        for f in found
        for i in range(f.start, f.end)
        if f.actor.country is not None and doc[i].pos_ == "ADJ"
    }
    out: list[Found] = []
    i = 0
    while i < len(doc):
        if i in taken:
            i += 1
            continue
        match = agents.match(doc, i)
        if match is None:
            i += 1
            continue
        end, phrase = match
        if agents.scopes[phrase] == MODIFIER:
            i = end
            continue
        if any(t in taken for t in range(i, end)):
            i += 1
            continue
        head = doc[end - 1]
        if any(c.i < i and c.i in owner_tokens for c in head.children if c.dep_ in MODIFIER_DEPS):
            i = end  # "al-Shabaab militants": the group's own, not the article's
            continue
        if any(c.i < i and c.i in demonyms for c in head.children if c.dep_ in MODIFIER_DEPS):
            i = end  # "Italian aid workers": of the country their demonym names
            continue
        if agents.scopes[phrase] == ANTECEDENT and any(
            c.i < i and c.text in shared_peoples() for c in head.children if c.dep_ in MODIFIER_DEPS
        ):
            # "Kurdish officials" after "Turkish soldiers": a people of several states says
            # whose they are, and it is not the state described before
            i = end
            continue
        if any(c.dep_ == "poss" for c in head.children):
            i = end  # "his commanding officer", "their police": the possessor's
            continue
        if agents.scopes[phrase] == COUNTED and not _counted_people(head):
            i = end  # "talking to people": anyone, no actor
            continue
        outer = head.head
        holder = outer if head.dep_ == "compound" else head
        if any(c.lower_ in FORMER for c in (*head.children, *holder.children) if c.i < i):
            i = end  # "the former police chief": of the police no longer
            continue
        if agents.scopes[phrase] != PLACE and any(
            c.lower_ in FOREIGN for c in head.children if c.i < i
        ):
            i = end  # "foreign fighters", "foreign journalists": from elsewhere, not known where
            continue
        if (
            head.dep_ == "compound"
            and outer.i >= end
            and outer.lower_ in GROUP_NOUNS
            and not any(t in taken for t in range(end, outer.i + 1))
        ):
            end = outer.i + 1  # "a police patrol": the patrol is the police's
        start = i
        while start and doc[start - 1].dep_ in MODIFIER_DEPS and doc[start - 1].head.i == head.i:
            if start - 1 in taken or doc[start - 1].pos_ not in ("ADJ", "PROPN", "NOUN"):
                break
            start -= 1
        actor = Actor(None, None, phrase.removeprefix("the "), None)
        kind = GENERIC if agents.scopes[phrase] in (ARTICLE, PLACE, COUNTED) else BARE_ROLE
        person = kind == BARE_ROLE and not phrase.endswith("s")
        out.append(Found(start, end, actor, "description", is_person=person, surface_kind=kind))
        taken.update(range(start, end))
        i = end
    return out


# Modifiers that say a generic actor comes from abroad, no country named.
FOREIGN = frozenset({"foreign", "overseas"})
# What rebels do to the government they are of, as written (the pipeline runs no lemmatizer):
# "fighting", "battling", "fighting to overthrow" it, "waging war against" it.
FIGHT_FORMS = frozenset(
    {"fight", "fights", "fighting", "fought", "battle", "battles", "battling", "battled",
     "overthrow", "overthrowing", "topple", "toppling", "oust", "ousting", "wage", "waging",
     "waged"}
)  # fmt: skip
OVERTHROW_FORMS = frozenset({"overthrow", "topple", "oust", "unseat"})
# Nouns that name a government itself.
RULERS = frozenset({"government", "regime", "administration", "junta"})
# Verbs of armed attack: rebels who attack a government are that state's ("Russia says rebels
# attacked Damascus" names Syria's rebels, not Russia's).
ASSAULT_FORMS = frozenset(
    {"attack", "attacks", "attacked", "attacking", "shell", "shells", "shelled", "shelling",
     "storm", "storms", "stormed", "storming", "ambush", "ambushed", "ambushing", "raid",
     "raided", "raiding"}
)  # fmt: skip
# Verbs rebels are said to fight or attack a government by.
STRUGGLE_FORMS = FIGHT_FORMS | ASSAULT_FORMS
# CAMEO's codes for actors of no one state: international organisations, militant groups,
# NGOs, multinational companies. A person the knowledge base lacks is of none of them.
TRANSNATIONAL = frozenset({"IGO", "IMG", "NGO", "MNC"})


def _country_of(f: Found) -> str | None:
    if f.surface_kind == GENERIC or (f.actor.code or "")[3:6] == MEDIA:
        return None  # a news agency ("told Xinhua") says nothing of where the story is
    country = f.actor.country or (f.actor.code[:3] if f.actor.code else None)
    # an IGO or an NGO is of no country (a company's code names its home: MNCUSA)
    if country in (None, "IGO", "NGO") or not country.isalpha() or len(country) != 3:
        return None
    return country


def _place_mentions(doc: Doc, found: list[Found]) -> list[tuple[int, str]]:
    """(token, country) of each place spaCy found that no mention covers."""
    taken = {i for f in found for i in range(f.start, f.end)}
    found_at = {f.start: f for f in found}
    places = place_countries()
    out = []
    for ent in doc.ents:
        if ent.label_ not in PLACE_LABELS or any(i in taken for i in range(ent.start, ent.end)):
            continue
        name = _fold(ent.text.removeprefix("the "))
        country = places.get(name)
        if country is None and " of " in name:
            # "Sukma District of Chhattisgarh", one entity to the tagger (often a FAC): the
            # place it is of
            country = places.get(name.rsplit(" of ", 1)[1])
        if country is not None:
            out.append((ent.start, _container_country(doc, ent.end, found_at) or country))
    return out


# Words between a place and the larger place it lies in: "Hajin in Bandipora District",
# "Shahgund area of Hajin".
CONTAINER_WORDS = frozenset({"in", "of"})


def _container_country(doc: Doc, end: int, found_at: dict[int, Found]) -> str | None:
    """The country of the place named right after a place, as the one it lies in ("Hajin in
    Bandipora District": a namesake of a Syrian town, in India), if a mention (`found_at`:
    by first token) or the gazetteer knows it."""
    if end + 1 >= len(doc) or doc[end].lower_ not in CONTAINER_WORDS:
        return None
    after = doc[end + 1]
    f = found_at.get(after.i)
    if f is not None and (_town(f) or f.kind == "name"):
        return _country_of(f)
    if after.ent_type_ in PLACE_LABELS and after.ent_iob_ == "B":
        ent = next(e for e in doc.ents if e.start == after.i)
        return place_countries().get(_fold(ent.text.removeprefix("the ")))
    return None


def give_countries(doc: Doc, kb: KnowledgeBase, found: list[Found]) -> None:
    """Fill the country of generic mentions and of other countries' party names in place."""
    article = _article_country(doc, _voters(doc, kb, found))
    if article is not None:
        for f in found:
            _party_of_article(doc, kb, f, article, found)
        article = _article_country(doc, found)
    home = home_country(doc, found)
    all_located = _located(doc, found)
    if article is not None:
        all_located = _without_stray_places(doc, kb, found, all_located, article)
    located = [(i, c) for i, c in all_located if _is_place(doc[i])]
    sentence_of = _sentence_numbers(doc)
    # indexed by sentence once: a scan of every place per generic mention grew with the square
    countries_in: dict[int, set[str]] = {}
    for i, c in located:
        if (sentence := sentence_of.get(i)) is not None:
            countries_in.setdefault(sentence, set()).add(c)
    # "Russian warplanes killed civilians in Idlib": those acted upon are of where it
    # happened, never of the actors named around them
    where = _dominant(Counter(c for _, c in located))
    scopes = generic_agents().scopes
    starts = dict(all_located)
    earlier: dict[str, str] = {}  # a generic head word and the country it was given
    governments = {
        i: state
        for g in found
        if (state := _country_of(g)) and (g.actor.code or "")[3:6] == "GOV"
        for i in range(g.start, g.end)
    }
    for f in found:
        head_word = doc[f.end - 1].lower_
        if f.surface_kind != GENERIC:
            if f.kind == "description" and f.actor.country and f.actor.role:
                # "Zairean rebels ... as the rebels swept across": the same rebels again
                earlier.setdefault(head_word, f.actor.country)
            continue
        country: str | None
        if f.country is not None:
            country = f.country  # "Turkish-backed Syrian rebels": named as Syria's
        elif _role_block(f.actor.role or "") in ARMED_BLOCKS and (
            country := _state_fought(doc, f, governments)
        ):
            # "Sudan accuses Uganda of backing rebels who have been fighting Khartoum": rebels
            # are of the state whose government they fight, whoever is named beside them and
            # wherever they are ("rebels in Honduras fighting the government of Nicaragua")
            pass
        elif (country := _own_place(doc, f, starts)) is not None:
            pass
        elif head_word in earlier and _definite(doc, f):
            # "Thousands of farmers gathered in Tokyo ... the farmers demanded ... at the
            # summit in Venice": the same farmers again, not Venice's
            country = earlier[head_word]
        elif _role_block(f.actor.role or "") in POLITICAL_ROLES:
            # "the opposition" in Geneva talks is still Syria's: where they meet says nothing
            country = home
        elif scopes.get(f.actor.role or "") in (PLACE, COUNTED):
            country = _sentence_country(f, countries_in, sentence_of, where)
        else:
            country = _sentence_country(f, countries_in, sentence_of, article)
        country = country or f.sides_with
        if country is not None and not _of_its_people(doc, kb, f, country):
            # "Kurdish fighters" in a story from Washington: Kurds are of no state but theirs
            country = None
        if country is not None:
            earlier.setdefault(head_word, country)
            role = _role_block(f.actor.role or "")
            f.actor = Actor(f"{country}{role}", country, f.actor.role, None)
            f.country = country
    if home is not None:
        for f in found:
            _unknown_party(doc, f, _own_place(doc, f, starts) or home)
    for f in found:
        _named_after_state(doc, kb, f)
    _appositives(doc, found)
    _party_members(doc, kb, found)
    _units_of(doc, found)


# The longest country name or demonym an organisation's name is looked up by as its opening
# ("South African Transport Services").
STATE_PREFIX_WORDS = 2
# Small words inside a body's name ("Chinese Academy of Sciences").
NAME_FUNCTION_WORDS = frozenset({"of", "for", "and", "on", "in"})


def _named_after_state(doc: Doc, kb: KnowledgeBase, f: Found) -> None:
    """ "the South African Transport Services", "the Canadian Coalition on Acid Rain": a body
    the knowledge base lacks whose name opens with a state's demonym, and goes on for two
    words more, is of that state (by country alone: nothing says what it is). A state's
    name may be the body's subject instead ("the Iraq Study Group" is American)."""
    if not _unknown_name(f):
        return
    words = [t for t in doc[f.start : f.end] if t.lower_ != "the"]
    for length in range(STATE_PREFIX_WORDS, 0, -1):
        if len(words) < length + 2 or not all(
            t.text[:1].isupper() or t.lower_ in NAME_FUNCTION_WORDS for t in words
        ):
            continue
        opening = " ".join(t.text for t in words[:length])
        states = {
            entity.country
            for surface in kb.lookup(opening)
            if surface.kind == "demonym"
            and (entity := kb.entities[surface.entity]).type == "country"
        }
        if len(states) == 1 and (country := states.pop()) is not None:
            f.actor = Actor(country, country, None, None)
            f.country = country
            return


def _of_its_people(doc: Doc, kb: KnowledgeBase, f: Found, country: str) -> bool:
    """Whether a country given to a generic mention is one of the states the people that
    qualifies it lives in (`shared_peoples.tsv`), or no such people qualifies it."""
    states = kb.cache.get("people_states")
    if states is None:
        states = kb.cache["people_states"] = _people_states(kb)
    named = [states[t.text] for t in doc[f.start : f.end] if t.text in states]
    return not named or any(country in s for s in named)


def _people_states(kb: KnowledgeBase) -> dict[str, frozenset[str]]:
    """Each shared people (as written) and the codes of the states its row names, by the
    knowledge base's names for them; a people whose row names no state ("West Africa") is
    left out."""
    out = {}
    for _, row in _data_rows(SHARED_PEOPLES_FILE)[1:]:
        states = [
            kb.entities[surface.entity]
            for name in row[1].split(",")
            for surface in kb.lookup(name.strip())
            if surface.kind in ("name", "alias")
        ]
        codes = frozenset(e.country for e in states if e.type == "country" and e.country)
        if codes:
            out[row[0]] = codes
    return out


def _state_fought(doc: Doc, f: Found, governments: dict[int, str]) -> str | None:
    """The country of the government that rebels are said to fight or attack, by the verb
    they are the subject of or the clause that describes them: "rebels fighting the Syrian
    government", "rebels who have been fighting Khartoum", "groups that are fighting to
    overthrow the Sandinista government", "rebels attacked Damascus" (`governments`: token ->
    country of each government mention)."""
    head = doc[f.end - 1]
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head  # "rebel groups that are fighting"
    verbs = [c for c in head.children if c.dep_ in ("relcl", "acl")]
    if head.dep_ == "nsubj":
        verbs.append(head.head)
    # "rebels vowed to fight the government": the verb the subject's verb says they do
    verbs += [x for v in verbs for x in v.children if x.dep_ == "xcomp"]
    for verb in verbs:
        if verb.lower_ not in STRUGGLE_FORMS:
            continue
        objects = [c for c in verb.children if c.dep_ in ("dobj", "xcomp")]
        objects += [
            o
            for p in verb.children
            if p.dep_ == "prep" and p.lower_ == "against"
            for o in p.children
            if o.dep_ == "pobj"
        ]
        for obj in objects:
            if obj.dep_ == "xcomp" and obj.lower_ not in OVERTHROW_FORMS:
                continue
            if verb.lower_ in ASSAULT_FORMS:
                # only a government attacked itself, by its capital or its name ("attacked
                # Damascus", "attacked the government"), not a place of one of its people
                # ("attacked the residence of an Afghan consulate official")
                if obj.i in governments and (obj.pos_ == "PROPN" or obj.lower_ in RULERS):
                    return governments[obj.i]
                continue
            for t in obj.subtree:
                if t.i in governments:
                    return governments[t.i]
    return None


def _definite(doc: Doc, f: Found) -> bool:
    """Whether a generic mention points back: "the farmers", "these protesters"."""
    determiners = [t for t in doc[f.end - 1].children if t.dep_ == "det"]
    return any(t.lower_ in ("the", "these", "those") for t in determiners)


def _own_place(doc: Doc, f: Found, starts: dict[int, str]) -> str | None:
    """The country of a generic actor's own place phrase: "opposition parties in Nepal",
    "students from Bangladesh", or of its owner: "Japan's Komei Party" (`starts`: the first
    token of each located mention)."""
    for owner in doc[f.end - 1].children:
        if owner.dep_ == "poss" and owner.i in starts and not f.start <= owner.i < f.end:
            return starts[owner.i]
    for prep in doc[f.end - 1].children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "from"):
            continue
        for place in prep.children:
            if place.dep_ != "pobj":
                continue
            for t in place.subtree:
                if t.i in starts:
                    return starts[t.i]
    return None


def igo_officials(doc: Doc, found: list[Found]) -> None:
    """ "U.N. mediator Diego Cordovez", "Kenzo Oshima, the UN relief coordinator": a person
    named in an international organisation's post acts for it, whatever country the
    knowledge base gives him; a state's envoy to it ("UN ambassador X") stays his state's."""
    by_token = {i: f for f in found for i in range(f.start, f.end)}
    for f in found:
        if not f.is_person or (f.actor.code or "").startswith("IGO"):
            continue
        head = doc[f.end - 1]
        for title in head.children:
            if title.dep_ not in ("compound", "appos") or f.start <= title.i < f.end:
                continue
            if title.lower_ in NATIONAL_POSTS_AT_IGOS or title.pos_ not in ("NOUN", "PROPN"):
                continue
            igo = next(
                (
                    by_token[t.i]
                    for t in title.subtree
                    if t.i in by_token
                    and by_token[t.i] is not f
                    and (by_token[t.i].actor.code or "").startswith("IGO")
                ),
                None,
            )
            if igo is not None:
                f.actor = Actor(igo.actor.code, igo.actor.country, title.lower_, f.actor.entity)
                f.country = igo.actor.country
                break


def stated_countries(doc: Doc, kb: KnowledgeBase, found: list[Found]) -> None:
    """ "King Hassan of Morocco": a known person whose name is followed by another country
    than the knowledge base's is someone else, of the country the text states (Jordan's
    Prince Hassan is not meant). The person's own country stated is his nationality, not
    someone else's: "European Council President Donald Tusk of Poland" still holds his
    office at the EU."""
    by_start = {f.start: f for f in found}
    by_token = {i: f for f in found for i in range(f.start, f.end)}
    for f in found:
        if not f.is_person or f.entity_id is None:
            continue
        if f.end < len(doc) and doc[f.end].lower_ == "of":
            after = f.end + 1 + (f.end + 1 < len(doc) and doc[f.end + 1].lower_ == "the")
            stated = by_start.get(after)
        else:
            # "Deputy U.S. Trade Representative Michael Smith": the country in the title
            stated = _title_country(doc, f, by_token)
        country = stated.actor.country if stated is not None else None
        entity = kb.entities.get(f.entity_id)
        if (
            stated is None
            or stated.is_person
            or country is None
            or stated.actor.code != country
            or country in (f.actor.country, entity.country if entity is not None else None)
        ):
            continue
        f.actor = Actor(country, country, f.actor.role, doc[f.start : f.end].text)
        f.country, f.entity_id = country, None


def _title_country(doc: Doc, f: Found, by_token: dict[int, Found]) -> Found | None:
    """The country mention inside the title words just before a person's name, a noun or a
    demonym ("Deputy U.S. Trade Representative Michael Smith", "Saudi King Abdullah")."""
    j = f.start - 1
    while j >= 0 and doc[j].pos_ == "PROPN" and doc[j].dep_ in ("compound", "amod"):
        if doc[j].head.i >= f.start and (m := by_token.get(j)) is not None and m is not f:
            return m
        j -= 1
    return None


def people_of_article(doc: Doc, kb: KnowledgeBase, found: list[Found]) -> None:
    """ "Lord Dubs' bill" in a British story: a person the knowledge base lacks and no
    coreference resolved, in a sentence that names no other country, is of the country the
    article is about (by country alone: nothing says what role they hold), and so is a
    family name alone that the KB gave a country nothing else in the article names; so is a
    body the KB lacks, named as an organisation is (`_unknown_body`), with the role block
    its head word gives. Run after coreference, so a later short name is still bound to its
    full name first."""
    alone = [f for f in found if _family_name_only(doc, f)]
    if not alone and not any(_unresolved_role(kb, doc, f) is not None for f in found):
        return
    # the article's country without the family names alone, since each may be a namesake's
    left_out = {id(f) for f in alone}
    home = home_country(doc, [f for f in found if id(f) not in left_out])
    if home is not None and alone:
        _foreign_family_names(found, alone, home)
    if not any(_unresolved_role(kb, doc, f) is not None for f in found):
        return
    if home is None or home in TRANSNATIONAL or not doc.has_annotation("SENT_START"):
        return  # ("Matar's brother was detained by Isis": no citizen of Islamic State)
    # sentence starts by bisection: `token.sent` walks its sentence each time
    starts = [s.start for s in doc.sents]
    countries_in: dict[int, set[str]] = {}
    for i, c in _located(doc, found):
        countries_in.setdefault(bisect_right(starts, i), set()).add(c)
    for f in found:
        role = _unresolved_role(kb, doc, f)
        if role is not None and countries_in.get(bisect_right(starts, f.start), set()) <= {home}:
            f.actor = Actor(home + role, home, None, None)
            f.country = home
    _follow_antecedents(doc, found)


def _unresolved_role(kb: KnowledgeBase, doc: Doc, f: Found) -> str | None:
    """The role block ("" for none) an unresolved person or body takes with the article's
    country; None for any other mention."""
    return "" if _unknown_person(f) else _unknown_body(kb, doc, f)


# Words that make a body's name international, no one country's: "the Organisation of
# Economic Cooperation and Development", "the Food and Agricultural Organisation".
INTERNATIONAL_WORDS = frozenset(
    {"international", "world", "global", "united", "nations", "european", "african", "asian",
     "arab", "islamic", "pacific", "atlantic", "regional", "commonwealth", "council",
     "organisation", "organization", "cooperation", "catholic"}
)  # fmt: skip


def _unknown_body(kb: KnowledgeBase, doc: Doc, f: Found) -> str | None:
    """The role block ("" for none) of a body the knowledge base lacks, named with the head
    word of an organisation's name and no word that makes it international: "the National
    Association of Atomic Veterans" (""), "the Millbrook Miners Union" (LAB); None for
    anything else ("an Improvised Explosive Device", tagged an organisation all the same)."""
    if not _unknown_name(f):
        return None
    words = doc[f.start : f.end]
    if any(t.lower_ in INTERNATIONAL_WORDS for t in words):
        return None
    # the head of "Association of Atomic Veterans" is before its "of"
    head = next((t.i - 1 for t in words if t.lower_ == "of" and t.i > f.start), f.end - 1)
    return kb.organisation_heads.get(doc[head].lower_)


def _follow_antecedents(doc: Doc, found: list[Found]) -> None:
    """ "vishnu kant shastri ... shastri also met": a short name or pronoun bound by
    coreference to a full name that only now has its country takes it too."""
    by_span = {char_span(doc, f): f for f in found}
    for f in found:
        if f.actor.code is None and f.antecedent is not None:
            g = by_span.get(f.antecedent)
            if g is not None and g is not f and g.actor.code is not None:
                f.actor, f.country = g.actor, g.country


def _unknown_person(f: Found) -> bool:
    """A person the knowledge base lacks and nothing has resolved yet."""
    return f.kind == "unknown" and f.is_person and f.actor.code is None


def _unknown_name(f: Found) -> bool:
    """A name of no person that the knowledge base lacks and nothing has resolved yet."""
    return f.kind == "unknown" and not f.is_person and f.actor.code is None


def _family_name_only(doc: Doc, f: Found) -> bool:
    """Whether `f` is a KB person named by one word ("Mr Howard"), with no full name before."""
    words = [t for t in doc[f.start : f.end] if t.lower_ not in HONORIFICS]
    return (
        f.is_person
        and f.antecedent is None
        and len(words) == 1
        and not words[0].text.isupper()  # "ISIL": Phoenix files some groups as people
        and f.kind in ("alias", "surname")
    )


def _foreign_family_names(found: list[Found], alone: list[Found], home: str) -> None:
    """ "Mr Howard" in a British story that never names Australia is not Australia's John
    Howard: a family name alone (`alone`: no full name before it), of a person of a country
    no other mention names, is a person the knowledge base lacks."""
    named = Counter(g.actor.country for g in found)
    for f in alone:
        country = f.actor.country
        if country in (None, home) or named[country] > 1:
            continue
        f.actor = Actor(None, None, None, None)
        f.kind, f.entity_id, f.country = "unknown", None, None


def _unknown_party(doc: Doc, f: Found, home: str) -> None:
    """ "the Bharatiya Janata Party", "the Kuomintang party": a party the knowledge base lacks
    is one of `home`, the country the article is about (as its generic political actors are)
    unless its own place or owner names another ("Japan's Komei Party")."""
    if not _unknown_name(f):
        return
    if any(t.lower_ in SQUAD_WORDS for t in doc[f.start : f.end]):
        return  # "a grenade on a Police and Army party": a squad of them, no political party
    named = doc[f.end - 1].lower_ in PARTY_WORDS
    if named or (f.end < len(doc) and doc[f.end].lower_ in PARTY_WORDS):
        _as_party(doc, f, home, "political party")


def _acted_on(token: Token) -> bool:
    """ "criticised Turkey", "talks with Iran": a country acted on is not where the article is;
    a place of a place ("in Hayatabad area of Peshawar") is as its phrase is."""
    for _ in range(5):
        while token.dep_ in ("compound", "amod", "nmod", "conj") and token.head != token:
            token = token.head
        if not (
            token.dep_ == "pobj"
            and token.head.lower_ == "of"
            and token.head.head.pos_ in ("NOUN", "PROPN")
        ):
            break
        token = token.head.head
    if token.dep_ in ("dobj", "dative", "iobj"):
        return True
    return token.dep_ == "pobj" and token.head.lower_ not in PLACE_PREPOSITIONS


def _is_place(token: Token) -> bool:
    """Is the phrase at `token` where something happens ("in Manipur", "in Hakkari province")?
    A country that is acted on ("criticised Turkey") says nothing of the actors' own."""
    for _ in range(5):
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head != token.head:
            # "in Sharafi Goth area of Karachi District": a place of a place phrase
            token = token.head.head
            continue
        if token.dep_ == "pobj":
            return token.head.lower_ in PLACE_PREPOSITIONS
        if token.dep_ not in ("compound", "nmod", "amod", "appos", "conj") or token.head == token:
            return False
        if token.dep_ == "amod" and token.head.pos_ == "NOUN" and not _names_ground(token.head):
            return False  # "killed in an Israeli raid": whose raid, not where it was
        token = token.head
    return False


# Common nouns for ground a demonym can say whose it is: "in Israeli territory", "in a
# Pakistani village" (not "in an Israeli raid", "in Iraqi custody").
GROUND_NOUNS = LOCALITY_WORDS | PLACE_SUFFIXES | {
    "territory", "waters", "airspace", "soil", "land", "border", "capital", "countryside",
    "camp", "port", "island", "side",
}  # fmt: skip


def _names_ground(noun: Token) -> bool:
    """ "territory", "villages", "capitals": a noun of ground, singular or plural."""
    return noun.lower_ in GROUND_NOUNS or singular(noun.lower_) in GROUND_NOUNS


def acts(token: Token) -> bool:
    """Whether the phrase at `token` names an actor as one, not as where something happened
    or whom it was done to ("Brazil's suspension", not "left for the United States")."""
    return not _acted_on(token) and not _is_place(token)


def _located(doc: Doc, found: list[Found]) -> list[tuple[int, str]]:
    located = [(f.start, c) for f in found if (c := _country_of(f)) is not None]
    return located + _place_mentions(doc, found)


def _town(f: Found) -> bool:
    """Whether a mention names one of the knowledge base's towns or districts."""
    return (f.entity_id or "").startswith(PLACE_ID)


def _object_of_verb(token: Token) -> bool:
    """Whether a noun is a verb's direct object, or one of several or set beside one ("found
    one rifle, one Springfield and two pistols")."""
    while token.dep_ in ("conj", "appos") and token.head != token:
        token = token.head
    return token.dep_ == "dobj"


def _article_country(doc: Doc, found: list[Found], places: bool = True) -> str | None:
    """The country the article is about: the dateline and the countries it names, but not
    those acted on, nor (`places` False) those only named as where something happened."""
    counts, _ = _country_counts(doc, found, places)
    return _dominant(counts)


def _country_counts(
    doc: Doc, found: list[Found], places: bool
) -> tuple[dict[str, int], str | None]:
    """How often the article names each country (as `_article_country` counts them, the
    dateline weighted), and the dateline's country if its country is named nowhere else."""
    # a town that is the object of a verb is a thing named after it, neither an actor nor
    # where anything happens: "found one 30 06 Springfield" is a rifle, not the United States
    things = {f.start for f in found if _town(f) and _object_of_verb(doc[f.end - 1])}
    located = [
        (i, c)
        for i, c in _located(doc, found)
        if not _acted_on(doc[i]) and (places or not _is_place(doc[i])) and i not in things
    ]
    counts: dict[str, int] = {}
    for _, country in located:
        counts[country] = counts.get(country, 0) + 1
    dateline = _dateline_country(doc, located)
    if dateline is None:
        return counts, None
    counts[dateline] = counts.get(dateline, 0) + DATELINE_WEIGHT
    # the dateline's own name, when a mention, is the first one
    named = sum(1 for i, c in located[1:] if c == dateline) + (
        1 if located and located[0][1] == dateline and located[0][0] >= DATELINE_SPAN else 0
    )
    return counts, None if named else dateline


def home_country(doc: Doc, found: list[Found]) -> str | None:
    """The country the article is about for its political actors: its dateline and the
    countries it names as actors, not as places or as those acted on. A dateline whose
    country the article names nowhere else does not outweigh the country it is about, named
    again and again as where things happen ("GENEVA - Burmese opposition leader ... in
    Burma ... in Burma")."""
    counts, lone_dateline = _country_counts(doc, found, places=False)
    home = _dominant(counts)
    if home is None or home != lone_dateline:
        return home
    # the scene, the dateline counted as one more place, named more often than the dateline
    # weighs (local news may never name its own country: "ahmedabad: congress leaders...")
    scenes, _ = _country_counts(doc, found, places=True)
    scenes[lone_dateline] -= DATELINE_WEIGHT
    scene = _dominant(scenes)
    return scene if scene is not None and scenes[scene] > DATELINE_WEIGHT else home


def _role_block(phrase: str) -> str:
    """The role block of a generic phrase, or of its last word ("Iran-backed militias")."""
    roles = generic_agents().roles
    last = phrase.rsplit(" ", 1)[-1]
    return roles.get(phrase) or roles.get(f"the {phrase}") or roles.get(last, "")


def _dateline_country(doc: Doc, located: list[tuple[int, str]]) -> str | None:
    """The country of a wire dateline ("NEW DELHI (Reuters) -", "KABUL, March 3 -"), or of
    a city and a colon as Indian papers open ("ahmedabad: ", "NEW DELHI: "), which the NER
    of a lower-case text does not see."""
    opening = opening_dateline(doc.text)
    words = opening.group(0).rstrip() if opening is not None else ""
    if words.endswith(":") and (country := place_countries().get(_fold(words[:-1]))):
        return country
    end = 0
    while end < min(len(doc), DATELINE_SPAN) and (doc[end].is_upper or doc[end].text in (",", ".")):
        end += 1
    while end and not doc[end - 1].is_alpha:
        end -= 1
    if not end or end >= len(doc) or doc[end].text not in DATELINE_DASHES | {"(", ","}:
        return None
    if not doc[end - 1].whitespace_ and doc[end].text != ",":
        return None  # "UN-sponsored talks": a hyphenated word, not a dateline
    if doc[end].text == ",":
        # "BRUNSWICK, West Germany, April 7 -": the country the wire names after the city
        # says which Brunswick it is
        named = next((country for start, country in located if start == end + 1), None)
        if named is not None:
            return named
    for start, country in located:
        if start < end:
            return country
    return place_countries().get(_fold(doc[:end].text))


# How often an article must name its country (by countries, places and demonyms) before a
# place spaCy tagged, of another country named only there, is taken for a local namesake.
STRAY_PLACE_EVIDENCE = 2


def _dominant(counts: dict[str, int]) -> str | None:
    if not counts:
        return None
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    total = sum(counts.values())
    top, n = ranked[0]
    if n * 2 < total or (len(ranked) > 1 and ranked[1][1] == n):
        return None
    return top


def _sentence_country(
    f: Found, countries_in: dict[int, set[str]], sentence_of: dict[int, int], article: str | None
) -> str | None:
    here = sentence_of.get(f.start)
    local = countries_in.get(here, set()) if here is not None else set()
    if len(local) == 1:
        return next(iter(local))
    if local:
        return article if article in local else None
    return article


def _party_of_article(
    doc: Doc, kb: KnowledgeBase, f: Found, article: str, found: list[Found]
) -> None:
    """ "the opposition Congress party" in an Indian story: India's opposition, not the US's;
    "the congress" alone there is the Indian party whose name holds the word."""
    party_word = _party_word_after(doc, f.end)
    if f.kind == "description" and party_word is not None:
        # "India's Congress (I) party": the country's party whose name ends in the word, not
        # its legislature
        namesake = _namesakes(kb).get((doc[f.end - 1].lower_, _country_of(f) or ""))
        if namesake is not None:
            f.actor = Actor(namesake.code, namesake.country, None, namesake.name)
            f.entity_id, f.country, f.end = namesake.id, namesake.country, party_word + 1
            return
    if _country_of(f) in (None, article):
        return
    if f.kind == "description":
        # "congress president sonia gandhi" in an Indian story: the description's modifier is
        # the party named by the word, not the US Congress
        first = _opening_token(doc, f)
        namesake = _namesakes(kb).get((first.lower_, article))
        if namesake is not None and first.i + 1 < f.end:
            party = f.actor.entity or namesake.name  # one party's member, told from others
            f.actor = Actor(namesake.code, namesake.country, f.actor.role, party)
            f.country = namesake.country
            return
    if f.is_person:
        return
    if f.end < len(doc) and doc[f.end].lower_ in PARTY_WORDS:
        _as_party(doc, f, article, f"{doc[f.start : f.end].text} party")
        return
    if doc[f.end - 1].lower_ in PARTY_WORDS and not _own_country_near(doc, f, found):
        # "Sharon invited the opposition Labour Party" in an Israeli story: Israel's Labour
        # Party, unless the sentence names the KB party's own country ("Blair's Labour Party")
        _as_party(doc, f, article, doc[f.start : f.end].text)
        return
    entity = kb.entities.get(f.entity_id or "")
    if f.end - f.start == 1 or (entity is not None and entity.name.lower() == doc[f.start].lower_):
        # "the congress", "the congress leadership": the KB's one-word name opens the mention
        namesake = _namesakes(kb).get((doc[f.start].lower_, article))
        if namesake is not None:
            f.actor = Actor(namesake.code, namesake.country, None, namesake.name)
            f.entity_id, f.country = namesake.id, namesake.country


def _voters(doc: Doc, kb: KnowledgeBase, found: list[Found]) -> list[Found]:
    """The mentions that may say which country a story is about. In a story datelined where
    a party's name ends in a word ("NEW DELHI": the Indian National Congress), that word
    naming another country's body ("Congress", the US's) may be the party: it casts no vote
    against the dateline ("Congress spokesman Vithal Gadgil" five times is not a US story)."""
    dateline = _dateline_country(doc, _located(doc, found))
    if dateline is None:
        return found
    namesakes = _namesakes(kb)
    return [
        f
        for f in found
        if f.is_person
        or _country_of(f) in (None, dateline)
        or (_opening_token(doc, f).lower_, dateline) not in namesakes
    ]


def _opening_token(doc: Doc, f: Found) -> Token:
    """A mention's first word after "the"."""
    after_article = doc[f.start].lower_ == "the" and f.end > f.start + 1
    return doc[f.start + 1] if after_article else doc[f.start]


def _party_word_after(doc: Doc, i: int) -> int | None:
    """The index of "party" at `i`, or after a parenthesised faction mark there ("Congress
    (I) party")."""
    if i + 3 < len(doc) and doc[i].text == "(" and doc[i + 2].text == ")":
        i += 3
    return i if i < len(doc) and doc[i].lower_ in PARTY_WORDS else None


def _own_country_near(doc: Doc, f: Found, found: list[Found]) -> bool:
    """Whether another mention in the sentence of `f` is of the country `f` resolved to."""
    country = _country_of(f)
    sentence = doc[f.start].sent
    return any(
        g is not f and sentence.start <= g.start < sentence.end and _country_of(g) == country
        for g in found
    )


def _namesakes(kb: KnowledgeBase) -> dict[tuple[str, str], Entity]:
    """(word, country) -> a group of that country whose several-word name ends in the word
    ("congress", IND: the Indian National Congress); a word that parties of different codes
    share is left out."""
    cached = kb.cache.get("party_namesakes")
    if cached is None:
        table: dict[tuple[str, str], Entity | None] = {}
        for entity in kb.entities.values():
            words = entity.name.lower().split()
            if entity.type != "group" or len(words) < 2 or not entity.country:
                continue
            key = (words[-1], entity.country)
            if key not in table:
                table[key] = entity
            elif (other := table[key]) is not None and other.code != entity.code:
                table[key] = None
        cached = {k: v for k, v in table.items() if v is not None}
        kb.cache["party_namesakes"] = cached
    return cached


def _as_party(doc: Doc, f: Found, country: str, role: str) -> None:
    """Make `f` a party of `country`: the opposition's after "opposition", which joins the
    mention, as does a "party" after the name."""
    opposition = f.start > 0 and doc[f.start - 1].lower_ == OPPOSITION
    block = "OPP" if opposition else "PTY"
    f.actor = Actor(f"{country}{block}", country, role, None)
    f.entity_id, f.country, f.kind = None, country, "description"
    if f.end < len(doc) and doc[f.end].lower_ in PARTY_WORDS:
        f.end += 1
    if opposition:
        f.start -= 1


def _appositives(doc: Doc, found: list[Found]) -> None:
    """ "Lena Brandt, a German lawmaker, ...", "the spokesman of the Palestinian Authority
    Nabil Abu Rudeineh": a person the knowledge base lacks takes the country and role of the
    description in apposition, after the name or before it (after generic descriptions got
    theirs from the article)."""
    by_token = {i: f for f in found for i in range(f.start, f.end)}
    for f in found:
        if f.kind != "unknown":
            continue
        root = doc[f.start : f.end].root
        # a singular role noun: "a lawmaker", not "one of the lawmakers"
        after = [c for c in root.children if c.dep_ == "appos" and c.i >= f.end]
        before = []
        if root.dep_ == "appos" and root.head.i < f.start and root.head.i in by_token:
            # "the spokesman of the Palestinian National Authority, Karim Haddad": the
            # parser may hang the name on the institution; the description's head is the role
            described = by_token[root.head.i]
            before = [doc[described.start : described.end].root]
        for role_noun in after + before:
            description = by_token.get(role_noun.i)
            if (
                role_noun.tag_ != "NN"
                or description is None
                or not _describes_person(description, role_noun)
            ):
                continue
            actor = description.actor
            name = doc[f.start : f.end].text
            f.actor = Actor(actor.code, actor.country, actor.role, name)
            f.country, f.kind, f.is_person = actor.country, "description", True
            break


def _describes_person(description: Found, role_noun: Token) -> bool:
    """A role description ("a German lawmaker"), or a common role noun heading an institution's
    name ("the spokesman of the Palestinian National Authority"), not the name itself."""
    if description.kind == "description":
        return True
    return description.start <= role_noun.i < description.end and role_noun.pos_ == "NOUN"


def _party_members(doc: Doc, kb: KnowledgeBase, found: list[Found]) -> None:
    """ "Lib Dem Norman Baker", "Tory Ann Widdecombe": a person the knowledge base lacks,
    named after a party's name, is that party's politician (its code)."""
    parties = [f for f in found if f.entity_id and _party(kb.entities.get(f.entity_id))]
    party_before = {f.end: f for f in parties}
    party_aside = {f.start: f for f in parties}
    for f in found:
        if not _unknown_person(f):
            continue
        party = party_before.get(f.start) or _speaks_for_party(doc, f, party_aside)
        entity = kb.entities.get(party.entity_id or "") if party else _party_opening(doc, kb, f)
        if entity is not None:
            name = doc[f.start : f.end].text
            f.actor = Actor(entity.code, entity.country, entity.role, name)
            f.country = entity.country


def _speaks_for_party(doc: Doc, f: Found, party_at: dict[int, Found]) -> Found | None:
    """ "Oliver Letwin, for the Tories, attacked...", "Simon Thomas, of Plaid Cymru, called
    it...": the party named between commas after a person, whom the person speaks for."""
    i = f.end
    if i + 2 >= len(doc) or doc[i].text != "," or doc[i + 1].lower_ not in ("for", "of"):
        return None
    start = i + 2 + (doc[i + 2].lower_ == "the")
    party = party_at.get(start)
    if party is None or party.end >= len(doc) or doc[party.end].text != ",":
        return None
    return party


def _party_opening(doc: Doc, kb: KnowledgeBase, f: Found) -> Entity | None:
    """The party whose name the words of `f` open with, before at least one word of a name."""
    for length in range(1, min(PARTY_NAME_WORDS, f.end - f.start - 1) + 1):
        for surface in kb.lookup(doc[f.start : f.start + length].text):
            if _party(entity := kb.entities.get(surface.entity)):
                return entity
    return None


# The most words of a party's name a person's name may open with ("Lib Dem Norman Baker").
PARTY_NAME_WORDS = 3


def _party(entity: Entity | None) -> bool:
    return entity is not None and entity.role == "political party" and entity.code is not None


def _units_of(doc: Doc, found: list[Found]) -> None:
    """ "The Counter Terrorism Department (CTD) of Sindh Police": a unit the knowledge base
    lacks, "of" an institution it knows, is that institution acting (its code, not its name)."""
    by_token = {i: f for f in found for i in range(f.start, f.end)}
    for f in found:
        if f.kind != "unknown" or f.is_person or f.actor.code is not None:
            continue
        root = doc[f.start : f.end].root
        for prep in root.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            owner = next(
                (by_token[c.i] for c in prep.children if c.dep_ == "pobj" and c.i in by_token),
                None,
            )
            if owner is None or len(owner.actor.code or "") < 6:
                continue  # an institution's code has a role block: PAKCOP, not PAK
            actor = owner.actor
            f.actor = Actor(actor.code, actor.country, actor.role, None)
            f.country = actor.country
            break


# --- the date roles are resolved on, for an article that came without one --------------------


def article_date(doc: Doc) -> date | None:
    """The latest calendar date the text itself gives ("WASHINGTON, March 3, 2004 -", "in
    2004"), at the start of its period; None when it gives none. News reports what happened
    before it was written, so the latest date is the nearest to the day it was published."""
    if not doc.has_annotation("SENT_START") and not doc.has_annotation("DEP"):
        return None
    from whimbrel.timex import find_timexes

    starts = [
        _period_start(t.value)
        for t in find_timexes(doc, None, {})
        if t.value and (t.method or "").startswith("explicit")
    ]
    days = [d for d in starts if d is not None]
    return max(days) if days else None


def _period_start(value: str) -> date | None:
    parts = value.split("-")
    try:
        numbers = [int(p) for p in parts[:3]]
    except ValueError:
        return None
    numbers += [1] * (3 - len(numbers))
    try:
        return date(numbers[0], numbers[1], numbers[2])
    except ValueError:
        return None


def as_of(kb: KnowledgeBase, found: list[Found], on: date) -> None:
    """Code every actor by the state its country was part of, or was called, on `on`: in 1987
    Gorbachev (Phoenix's RUSGOV), the Kremlin and a Russian general are the Soviet Union's,
    in 1990 a Croatian minister Yugoslavia's (`historical_states.yaml` dates each state)."""
    for f in found:
        country = f.actor.country
        entity = kb.country_entity(country) if country is not None else None
        if country is None or entity is None or not entity.roles:
            continue
        role = kb.role_on(entity, on)
        if role is None or role.code[:3] == country:
            continue
        state = role.code[:3]
        code = f.actor.code
        if code and code.startswith(country):
            code = state + code[len(country) :]
        f.actor = Actor(code, state, f.actor.role, f.actor.entity)


def undated(doc: Doc, kb: KnowledgeBase, found: list[Found]) -> None:
    """No date at all: keep only what holds whatever the date. A person with dated roles is
    coded by what all their roles share (Bush: USA, not USAGOV or USAELI); an office named
    without a name ("the US president") keeps the office's code but not a holder; so is a
    group or body whose status changed (the Taliban: AFG, not the government it became in
    1996 and 2021 nor the rebels it was between), when named alone ("UNITA rebels" says
    what they were)."""
    for f in found:
        entity = kb.entities.get(f.entity_id or "")
        if entity is None or not entity.roles or entity.type in ("country", "place"):
            continue
        if entity.type == "person":
            if (f.actor.code or "").startswith("IGO") and not (entity.code or "").startswith("IGO"):
                continue  # the text names the organisation's post he holds (`igo_officials`)
            if f.kind == "nominal" and f.office:
                f.actor = Actor(f.actor.code, f.actor.country, f.office, None)
                f.entity_id = None
                continue
        elif not _named_alone(doc, f, entity):
            continue
        codes = [r.code for r in entity.roles] + ([entity.code] if entity.code else [])
        f.actor = Actor(_shared_blocks(codes), entity.country, None, entity.name)


def _named_alone(doc: Doc, f: Found, entity: Entity) -> bool:
    """Whether a mention is the entity's name or alias and nothing more ("the Taliban")."""
    words = [t for t in doc[f.start : f.end] if t.lower_ != "the"]
    text = name_key(" ".join(t.text for t in words))
    return text in {name_key(n) for n in (entity.name, *entity.aliases)}


def _shared_blocks(codes: list[str]) -> str | None:
    """The longest prefix of whole three-letter blocks that every code shares."""
    prefix = ""
    for end in range(3, min(len(c) for c in codes) + 1, 3):
        blocks = {c[:end] for c in codes}
        if len(blocks) != 1:
            break
        prefix = blocks.pop()
    return prefix or None
