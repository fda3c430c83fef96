"""Coreference inside one article, by rules over the parse and the knowledge base.

No coreference model runs offline here, so this is a small, explicit resolver:

- "it"/"its": the nearest earlier singular state or organisation in the same sentence;
- pronouns (he/him/his, she/her): candidates are person mentions in the same sentence (before
  the pronoun) and up to three sentences back, filtered by gender when the KB knows it; the
  score prefers the same sentence, subjects, and the nearest; a pronoun in a fronted
  subordinate clause ("Receiving Zelensky, he promised") takes the main clause's subject when
  that is a person (cataphora);
- nominals: "the US president" was resolved to the office's holder on the article's date
  before coreference (`describe.py`); here it only gets an antecedent. "the democrat", "the
  alliance", "the country": the latest earlier mention of an entity with that descriptor
  (every state is "the country" and "the nation"). A bare "the
  president" (no country, so no office lookup): the latest earlier person mention resolved to
  that office, else the office of the country the article is about, else it is dropped;
- "they"/"them": a group named by a plural role (police, militants, Russian troops) in the
  same sentence or the one before, not bound by the pronoun's own clause ("the terrorists
  opened fire on them"); the subject of a reported, relative, "before" or "if" clause is
  left to the event layer (a "when", "after" or "as" clause reports what happened);
- "his American counterpart": the holder of the same office as the possessor, in the named
  country (or, failing that, the latest mention from that country).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Token

from whimbrel.actors.context import BARE_ROLE, GENERIC, PLACE_ID, TRANSNATIONAL, home_country
from whimbrel.actors.kb import FAMILY_FIRST, KnowledgeBase
from whimbrel.actors.match import (
    HONORIFICS,
    ROYAL_TITLES,
    Found,
    Tables,
    char_span,
    text_key,
)
from whimbrel.nlp import is_infinitive
from whimbrel.records import Actor, Mention

MALE = {"he", "him", "his", "himself"}
FEMALE = {"she", "her", "hers", "herself"}
# "it"/"its" for a state or an organisation, only within one sentence ("Russia said it would")
NEUTER = {"it", "its", "itself"}
NEUTER_TYPES = {"country", "organisation", "igo", "group"}
# built once: a union per token was a third of this module's time
SINGULAR_PRONOUNS = frozenset(MALE | FEMALE | NEUTER)
REFLEXIVES = frozenset({"itself", "himself", "herself"})
PLURAL_PRONOUNS = frozenset({"they", "them"})
# A plural pronoun looks no further back than the sentence before.
PLURAL_LOOKBACK = 1
# Adverbial clauses that report what happened ("police acted in self-defence when they
# killed three farmers"), unlike "before they demobilise" or "if they attack".
REALIS_MARKS = frozenset({"when", "after", "as", "while", "because", "since"})
EXPLETIVE_HEADS = {"make", "makes", "made", "making", "find", "found", "take", "takes", "took"}
PLACE_PREPOSITIONS = {
    "in",
    "at",
    "from",
    "to",
    "into",
    "inside",
    "near",
    "across",
    "within",
    "throughout",
    "on",
    "around",
}
# Prepositions of place that also name whom an act is aimed at ("sanctions on Iraq").
ACTED_ON_PREPOSITIONS = frozenset({"on"})
SUBJECT_DEPS = {"nsubj", "nsubjpass"}
OBJECT_DEPS = {"dobj", "pobj", "iobj", "dative"}
# Where a noun "it" may stand for is an argument of its own clause (not "in a statement").
THING_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "attr"})
LOOKBACK_SENTENCES = 3
BARE_ROLE_LOOKBACK = 2
# Role words that need a state description to speak for a state: "local sources alleged".
UNOFFICIAL_ROLE_WORDS = frozenset({"source", "sources"})
# Plural coreference: "the two men met" stands for the last two actors of different countries.
PAIR_WORDS = frozenset({"two", "both"})
PAIR_WINDOW = 6
# Only named actors are paired: a pronoun or description is too loose an antecedent.
PAIR_KINDS = frozenset({"name", "alias"})
RECIPROCAL_OBJECTS = frozenset({"each other", "one another"})
PAIR_HEADS = frozenset(
    {"sides", "men", "women", "leaders", "countries", "nations", "governments", "parties",
     "presidents", "ministers", "states", "delegations"}
)  # fmt: skip
OTHER_GENDER = {"men": "f", "women": "m"}  # "the two men" are not a man and a woman
# "The two men" may look further back than the coder's pair: only people qualify.
PEOPLE_WINDOW = 10
PEOPLE_HEADS = frozenset({"men", "women", "leaders", "presidents", "ministers"})
# What a body issues: "a joint statement by France and Germany" is theirs.
ISSUED_BY_HEADS = frozenset(
    {"statement", "communique", "communiqué", "declaration", "letter", "report", "resolution"}
)


def resolve(
    doc: Doc, found: list[Found], kb: KnowledgeBase, tabs: Tables, on: date | None
) -> list[Found]:
    """`found` plus pronoun, descriptor and counterpart mentions, antecedents filled in."""
    sent_of = _sentence_numbers(doc)
    _acronyms(doc, found)
    _short_names(doc, found)
    _surnames(doc, found)
    _bare_roles(doc, found, sent_of)
    found = [f for f in found if f.end > f.start]
    taken = {i for f in found for i in range(f.start, f.end)}
    extra = _descriptor_mentions(doc, found, kb, tabs, taken, on)
    extra += _counterparts(doc, found, kb, taken, on)
    mentions = sorted(found + extra, key=lambda f: f.start)
    taken = {i for f in mentions for i in range(f.start, f.end)}
    # pronouns, in text order, so a resolved pronoun can be the next one's antecedent
    pronoun_tokens = [
        t
        for t in doc
        if t.lower_ in SINGULAR_PRONOUNS and t.i not in taken and t.tag_ in ("PRP", "PRP$")
    ]
    all_found = list(mentions)
    for token in pronoun_tokens:
        antecedent = _reflexive_antecedent(doc, token, all_found)
        if antecedent is None and token.lower_ in NEUTER:
            antecedent = _neuter_antecedent(doc, token, all_found, kb, sent_of)
        elif antecedent is None:
            antecedent = _pronoun_antecedent(doc, token, all_found, kb, sent_of)
        if antecedent is None:
            continue
        pronoun = Found(
            token.i,
            token.i + 1,
            antecedent.actor,
            "pronoun",
            antecedent.entity_id,
            antecedent.is_person,
            antecedent.gender,
            antecedent=_named_span(doc, antecedent),
            country=antecedent.country,
            office=antecedent.office,
        )
        bisect.insort(all_found, pronoun, key=_start)  # kept in text order, without a sort
    for token in doc:
        if token.lower_ in PLURAL_PRONOUNS and token.tag_ == "PRP" and token.i not in taken:
            antecedent = _plural_antecedent(doc, token, all_found, sent_of)
            if antecedent is not None:
                pronoun = replace(
                    antecedent,
                    start=token.i,
                    end=token.i + 1,
                    kind="pronoun",
                    surface_kind=None,
                    antecedent=char_span(doc, antecedent),
                )
                bisect.insort(all_found, pronoun, key=_start)
    _nominal_antecedents(doc, all_found, kb, on)
    return all_found


def _start(f: Found) -> int:
    return f.start


def _named_span(doc: Doc, antecedent: Found) -> tuple[int, int]:
    """Where a pronoun's antecedent is named: "he said ... he added" points back to the name
    the first "he" stands for, not to that pronoun."""
    if antecedent.kind == "pronoun" and antecedent.antecedent is not None:
        return antecedent.antecedent
    return char_span(doc, antecedent)


def _sentence_numbers(doc: Doc) -> list[int]:
    numbers = [0] * len(doc)
    for number, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            numbers[i] = number
    return numbers


def _head_token(doc: Doc, f: Found) -> Token:
    return doc[f.start : f.end].root


def _reflexive_antecedent(doc: Doc, token: Token, found: list[Found]) -> Found | None:
    """ "would not attack Iran but would defend itself": a reflexive pronoun is the subject
    of its own clause (or of the clause a subjectless conjunct shares), not the nearest name."""
    if token.lower_ not in REFLEXIVES:
        return None
    verb = token.head.head if token.dep_ == "pobj" else token.head
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            return next((f for f in found if _head_token(doc, f) == subject), None)
        if verb.dep_ not in ("conj", "xcomp", "advcl") or verb.head == verb:
            return None
        verb = verb.head
    return None


def _pronoun_antecedent(
    doc: Doc, token: Token, found: list[Found], kb: KnowledgeBase, sent_of: list[int]
) -> Found | None:
    gender = "m" if token.lower_ in MALE else "f"
    here = sent_of[token.i]
    cataphor = _cataphora(doc, token, found, gender)
    if cataphor is not None:
        return cataphor
    best: tuple[float, Found] | None = None
    relative_speaker = _relative_speaker(token)
    bound: set[tuple[int, int]] = set()  # the spans binding keeps the pronoun from
    # Only the mentions from LOOKBACK_SENTENCES back up to the pronoun, found by bisection.
    window_start = bisect.bisect_left(sent_of, here - LOOKBACK_SENTENCES)
    lo = bisect.bisect_left(found, window_start, key=_start)
    for k in range(lo, bisect.bisect_left(found, token.i, key=_start)):
        f = found[k]
        # a person the knowledge base lacks is still the one a pronoun may mean, named in
        # full ("unknown") or by the family name after it ("alias"): "Yakovenko says ...
        # He alleges" is not the Blair named before him
        actorless = f.actor == Actor(None, None, None, None)
        if not f.is_person or actorless and f.kind not in ("unknown", "alias"):
            continue
        if f.gender is not None and f.gender != gender:
            continue
        distance = here - sent_of[f.start]
        if distance > LOOKBACK_SENTENCES or distance < 0:
            continue
        head = _head_token(doc, f)
        if _excluded(token, head, f):
            bound.add(char_span(doc, f))
            continue
        if head.dep_ == "compound" and head.head.pos_ == "NOUN":
            continue  # "said the Modi government is trying ... He said": a name for a government
        if f.antecedent is not None and f.antecedent in bound:
            continue  # "Mobutu used his troops ... arresting him": "his" is Mobutu too
        score = {0: 10.0, 1: 6.0, 2: 3.0, 3: 1.0}[distance]
        if head == relative_speaker:
            # "a Syrian leader who has killed a million of his citizens": the relative's own
            # subject, nearer than any subject outside it
            score += 8
        elif head.dep_ in SUBJECT_DEPS:
            score += 4
        elif head.dep_ in OBJECT_DEPS:
            score -= 1
        if f.gender is None:
            score -= 1
        if f.kind == "unknown" or actorless:
            score -= 0.5
        score -= 0.01 * (token.i - f.end)
        if best is None or score > best[0]:
            best = (score, f)
    if best is not None and sent_of[best[1].start] < here and _person_noun_before(token):
        return None  # "Police arrested a man claiming he wanted to kill the pope": the man
    return best[1] if best else None


def _relative_speaker(pronoun: Token) -> Token | None:
    """ "President Putin, who has said he will convene a congress": the noun a relative
    clause is about, when its "who" is the subject of the verb whose clause holds the
    pronoun (a subject, as "Putin said he" would make him), or whose verb's object holds a
    possessive pronoun ("a leader who has killed a million of his citizens")."""
    node = pronoun.head
    if pronoun.dep_ == "poss":
        while node.dep_ in NOUN_PHRASE_DEPS and node.head != node:
            node = node.head
    for _ in range(OWNER_CLIMB):
        if node.dep_ == "relcl" and any(
            c.dep_ in SUBJECT_DEPS and c.tag_ in ("WP", "WDT") for c in node.children
        ):
            return node.head
        if node.head == node or (
            node != pronoun.head and node.dep_ not in ("ccomp", "xcomp", "conj")
        ):
            return None  # only up through the clauses that report or continue it
        node = node.head
    return None


# Links from a noun up through the phrase it sits in to the verb that takes the phrase.
NOUN_PHRASE_DEPS = frozenset({"pobj", "prep", "dobj", "nummod", "quantmod"})


def _person_noun_before(pronoun: Token) -> bool:
    """Whether the pronoun's own sentence names, before it, a person by a common noun of its
    gender ("a man", "the woman", "a suspect"): the likelier antecedent, though no actor."""
    nouns = PERSON_NOUNS_BY_GENDER["m" if pronoun.lower_ in MALE else "f"] | PERSON_NOUNS
    return _common_noun_before(pronoun, nouns)


def _common_noun_before(pronoun: Token, nouns: frozenset[str]) -> bool:
    """Whether the pronoun's own sentence has one of `nouns`, as a common noun, before it."""
    return any(
        t.lower_ in nouns and t.pos_ == "NOUN" for t in pronoun.doc[pronoun.sent.start : pronoun.i]
    )


# Common nouns for a person, by the pronoun's gender, and for either.
PERSON_NOUNS_BY_GENDER = {
    "m": frozenset({"man", "boy", "father", "son", "brother", "husband"}),
    "f": frozenset({"woman", "girl", "mother", "daughter", "sister", "wife"}),
}
PERSON_NOUNS = frozenset({"suspect", "youth", "teenager", "driver", "villager", "shopkeeper"})
# Plural common nouns for people that name no actor the pronoun "they" could be bound to.
PEOPLE_NOUNS = frozenset(
    {"men", "women", "people", "leaders", "plotters", "mutineers", "suspects", "youths",
     "villagers", "assailants", "kidnappers", "hijackers", "captors", "abductors"}
)  # fmt: skip


def _plural_antecedent(
    doc: Doc, token: Token, found: list[Found], sent_of: list[int]
) -> Found | None:
    """ "Police raided the house but the terrorists opened fire on them": "they"/"them" is a
    group the sentence or the one before names by a plural role (police, militants, Russian
    troops), never a state or a person (too loose), nor what binding keeps it from (its own
    clause's subject, for an object)."""
    if token.dep_ in SUBJECT_DEPS:
        verb = token.head
        while verb.dep_ == "conj" and verb.head != verb:
            verb = verb.head
        realis = verb.dep_ == "advcl" and any(
            c.dep_ in ("mark", "advmod") and c.lower_ in REALIS_MARKS for c in verb.children
        )
        # "They shot into houses, police said": a report told before its attribution is the
        # sentence's main clause
        fronted = verb.dep_ == "ccomp" and verb.i < verb.head.i
        if verb.dep_ != "ROOT" and not realis and not fronted:
            # "said they would blockade Paris", "whom they had taken hostage": a subject in a
            # subordinate clause is left to the reported-speech and relative-clause rules
            return None
    here = sent_of[token.i]
    best: tuple[float, Found] | None = None
    for k in range(bisect.bisect_left(found, token.i, key=_start) - 1, -1, -1):
        f = found[k]
        distance = here - sent_of[f.start]
        if distance > PLURAL_LOOKBACK:
            break
        if f.kind == "pronoun" or f.is_person or not f.actor.code:
            continue
        head = _head_token(doc, f)
        if f.surface_kind != GENERIC and head.tag_ not in ("NNS", "NNPS"):
            continue
        if _excluded(token, head, f) or _bound_through_preposition(token, head):
            continue
        # (the parser's subject of an infinitive is the object of the verb above: "asked all
        # the workers to leave")
        subject = head.dep_ in SUBJECT_DEPS and not is_infinitive(head.head)
        score = (6.0 if distance == 0 else 3.0) + (4.0 if subject else 0.0)
        score -= 0.01 * (token.i - f.end)
        if best is None or score > best[0]:
            best = (score, f)
    if (
        best is not None
        and sent_of[best[1].start] < here
        and _common_noun_before(token, PEOPLE_NOUNS)
    ):
        # "issued an ultimatum to coup leaders ..., hours after they released the prime
        # minister": the leaders, though no actor, not the police of the sentence before
        return None
    return best[1] if best else None


def _bound_through_preposition(pronoun: Token, head: Token) -> bool:
    """ "the terrorists opened fire on them": a prepositional object of a verb is not that
    verb's subject either."""
    if pronoun.dep_ != "pobj" or head.dep_ not in SUBJECT_DEPS:
        return False
    verb = pronoun.head.head
    while verb.pos_ in ("NOUN", "ADP") and verb.head != verb:
        verb = verb.head  # "opened fire on them": the preposition hangs on the noun
    return _subject_of_clause(head, verb)


def _subject_of_clause(subject: Token, verb: Token) -> bool:
    """Whether `subject` is the subject of `verb`, or of the clause a subjectless `verb`
    borrows its subject from ("Mobutu stopped the march, even arresting him"; "militants open
    fired at them", where the parser makes "fired" the complement of "open")."""
    for _ in range(3):
        if subject.head == verb:
            return True
        if verb.dep_ not in ("advcl", "xcomp", "conj") or any(
            c.dep_ in SUBJECT_DEPS for c in verb.children
        ):
            return False
        verb = verb.head
    return False


def _neuter_antecedent(
    doc: Doc, token: Token, found: list[Found], kb: KnowledgeBase, sent_of: list[int]
) -> Found | None:
    """The nearest earlier state or organisation in the same sentence, singular, not the noun
    a relative clause holding the pronoun hangs on ("Western countries, which accuse it")."""
    if token.lower_ == "it" and EXPLETIVE_HEADS & {token.head.lower_, token.head.head.lower_}:
        return None  # "to make it very difficult"
    parallel = _parallel_subject(doc, token, found)
    if parallel is not None:
        return parallel
    owner = _owning_subject(doc, token, found, kb) or _reporting_subject(doc, token, found, kb)
    if owner is not None:
        return owner
    for k in range(bisect.bisect_left(found, token.i, key=_start) - 1, -1, -1):
        f = found[k]
        if sent_of[f.start] != sent_of[token.i]:
            return None
        entity = kb.entities.get(f.entity_id or "")
        if entity is None or entity.type not in NEUTER_TYPES or f.surface_kind == "demonym":
            continue
        head = _head_token(doc, f)
        if head.tag_ in ("NNS", "NNPS") or head.dep_ in ("compound", "amod"):
            continue  # plural, or a modifier ("US allies")
        if _excluded(token, head, f):
            continue
        if (
            head.dep_ == "pobj"
            and head.head.lower_ in PLACE_PREPOSITIONS
            and not (
                head.head.lower_ in ACTED_ON_PREPOSITIONS
                and entity.type == "country"
                and _in_adverbial_clause(token)
            )
        ):
            # "in Russia and its duration": a place, not the actor "it" stands for; a state
            # acted "on" is an actor, whose own act a clause of time or reason may tell
            # ("imposed sanctions on Iraq after it invaded Kuwait")
            continue
        if thing_between(doc, f.end, token, lambda t: any(g.start <= t.i < g.end for g in found)):
            return None
        return f
    return None


def _in_adverbial_clause(pronoun: Token) -> bool:
    """Whether a subject pronoun's clause is one of time or reason: "after it invaded"."""
    verb = pronoun.head
    return (
        pronoun.dep_ in SUBJECT_DEPS
        and verb.dep_ == "advcl"
        and any(c.dep_ == "mark" for c in verb.children)
    )


def _owning_subject(
    doc: Doc, pronoun: Token, found: list[Found], kb: KnowledgeBase
) -> Found | None:
    """ "China applied to join GATT and presented a memorandum backing its application",
    "Taiwan lagged behind Japan in encouraging its businessmen": an owner "its" is the
    subject of the clause it stands in (through clauses that borrow their subject), not the
    nearest state; "urged Iran to open its sites" borrows the object that is urged."""
    if pronoun.lower_ != "its" or pronoun.dep_ != "poss":
        return None
    node = pronoun.head
    for _ in range(OWNER_CLIMB):
        if node.pos_ in ("VERB", "AUX"):
            subject = next((c for c in node.children if c.dep_ in SUBJECT_DEPS), None)
            if subject is None and node.dep_ == "xcomp":
                subject = next((c for c in node.head.children if c.dep_ == "dobj"), None)
            if subject is not None:
                return _neuter_found(doc, subject, found, kb)
        if node.head == node:
            return None
        node = node.head
    return None


def _reporting_subject(
    doc: Doc, pronoun: Token, found: list[Found], kb: KnowledgeBase
) -> Found | None:
    """ "Turkey, which occupies northern Cyprus, insisted it would not bow to demands": the
    subject "it" of a verb's complement clause is that verb's subject, the state whose voice
    the clause is, not a state named between them. Not where the verb has an object of its
    own, whom "it" may mean ("the US warned Iran it would face sanctions")."""
    if pronoun.lower_ != "it" or pronoun.dep_ not in SUBJECT_DEPS or pronoun.head.dep_ != "ccomp":
        return None
    verb = pronoun.head.head
    if any(c.dep_ in OBJECT_DEPS for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    return _neuter_found(doc, subject, found, kb) if subject is not None else None


def _neuter_found(doc: Doc, head: Token, found: list[Found], kb: KnowledgeBase) -> Found | None:
    """The found state, organisation or described body, singular and not named by a demonym,
    headed by `head`."""
    for f in found:
        if f.start <= head.i < f.end and _head_token(doc, f) == head:
            if head.tag_ in ("NNS", "NNPS") or f.is_person or f.surface_kind == "demonym":
                return None
            if f.entity_id is None:
                # "the Japanese government agreed to open its markets": a described body
                return f if f.actor.code and f.kind == "description" else None
            entity = kb.entities.get(f.entity_id)
            return f if entity is not None and entity.type in NEUTER_TYPES else None
    return None


# How many heads an owner "its" climbs to find the subject of its clause.
OWNER_CLIMB = 8


def thing_between(doc: Doc, start: int, pronoun: Token, named: Callable[[Token], bool]) -> bool:
    """Whether "it" more likely stands for a thing named after token `start` than for the
    actor before it: "guerrillas who overran it" after "retook a village", "with China
    opposing it" after "adopted the resolution". A noun of the pronoun's own clause is not
    its antecedent ("fired a mortar bomb at it"). Only an object: a subject "it" after a
    reporting verb is its subject's voice ("France accused Rwanda of alleging Paris played a
    role, but said it was determined"), and "its" is an owner."""
    if pronoun.lower_ != "it" or pronoun.dep_ not in OBJECT_DEPS:
        return False
    clause = pronoun.head.head if pronoun.dep_ == "pobj" else pronoun.head
    return any(
        t.tag_ == "NN"
        and t.dep_ in THING_DEPS
        and t.head != clause
        and t.ent_type_ not in ("DATE", "TIME")
        and not named(t)
        for t in doc[start : pronoun.i]
    )


def _parallel_subject(doc: Doc, pronoun: Token, found: list[Found]) -> Found | None:
    """ "Hungary closed its border with Serbia, and it is expelling NGOs": the subject
    pronoun of a coordinated clause is the first clause's subject, not the nearest name."""
    verb = pronoun.head
    if pronoun.dep_ not in SUBJECT_DEPS or verb.dep_ != "conj":
        return None
    subject = next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None or subject.tag_ in ("NNS", "NNPS", "PRP"):
        return None
    return next((f for f in found if _head_token(doc, f) == subject and f.actor.code), None)


def _excluded(pronoun: Token, head: Token, candidate: Found) -> bool:
    """Binding: "him"/"her" as an object is not its own clause's subject; a pronoun inside a
    relative clause on a noun is not that noun ("Putin, whom he called a killer")."""
    if pronoun.dep_ in OBJECT_DEPS and pronoun.tag_ == "PRP" and head.dep_ in SUBJECT_DEPS:
        # the clause's subject, or the one a subjectless clause borrows
        if _subject_of_clause(head, pronoun.head):
            return True
    ancestor = pronoun.head
    for _ in range(4):
        if ancestor.dep_ == "relcl" and ancestor.head == head:
            # ("Putin, who has said he will convene a congress": a clause the relative's
            # "who" reports may speak of the noun itself)
            return ancestor == pronoun.head or _relative_speaker(pronoun) != head
        if ancestor.head == ancestor:
            break
        ancestor = ancestor.head
    return False


def _cataphora(doc: Doc, token: Token, found: list[Found], gender: str) -> Found | None:
    """A pronoun in a fronted subordinate clause whose main clause's subject follows it."""
    node = token
    for _ in range(8):
        if node.dep_ in ("advcl", "pcomp", "prep") and node.head.i > token.i:
            main = node.head
            while main.dep_ in ("prep", "pcomp") and main.head != main:
                main = main.head
            subjects = [c for c in main.children if c.dep_ in SUBJECT_DEPS and c.i > token.i]
            for subject in subjects:
                for f in found:
                    if (
                        f.start <= subject.i < f.end
                        and f.is_person
                        and (f.gender in (None, gender))
                        and f.entity_id is not None
                    ):
                        return f
            return None
        if node.head == node:
            return None
        node = node.head
    return None


def _descriptor_mentions(
    doc: Doc, found: list[Found], kb: KnowledgeBase, tabs: Tables, taken: set[int], on: date | None
) -> list[Found]:
    """ "the democrat", "the alliance", "the 25-nation bloc": the latest earlier mention of an
    entity so described."""
    out = []
    for named, end in tabs.descriptors(doc):
        start = _counted_members(doc, named)
        if start == 0 or doc[start - 1].lower_ != "the":
            continue
        if any(i in taken for i in range(start, end)):
            continue
        ids = set(tabs.descriptor_entities.get(text_key(doc[named:end].text), ()))
        earlier = [f for f in found if f.entity_id in ids and f.end <= start]
        if not earlier:
            continue
        # the entity named itself, not its members ("Isis is refusing to go ... killed
        # three SDF soldiers ... the group": Isis)
        itself = [f for f in earlier if f.kind != "description" and doc[f.end - 1].tag_ != "NNS"]
        target = (itself or earlier)[-1]
        out.append(
            Found(
                start,
                end,
                target.actor,
                "nominal",
                target.entity_id,
                target.is_person,
                target.gender,
                antecedent=char_span(doc, target),
                country=target.country,
                office=target.office,
            )
        )
        taken.update(range(start, end))
    return out


# The members a grouping is counted by: "the 25-nation bloc", "the 12-member alliance".
MEMBER_NOUNS = frozenset({"nation", "member", "country", "state", "strong"})


def _counted_members(doc: Doc, start: int) -> int:
    """Where a descriptor starts with the count of its members before it ("the 25-nation
    bloc" starts at "25"), else `start`."""
    if (
        start >= 3
        and doc[start - 1].lower_ in MEMBER_NOUNS
        and doc[start - 2].text == "-"
        and doc[start - 3].like_num
    ):
        return start - 3
    return start


def _counterparts(
    doc: Doc, found: list[Found], kb: KnowledgeBase, taken: set[int], on: date | None
) -> list[Found]:
    """ "his American counterpart", "Putin's Ukrainian counterpart"."""
    out = []
    by_token = {i: f for f in found for i in range(f.start, f.end)}
    for token in doc:
        if token.lower_ not in ("counterpart", "counterparts") or token.i in taken:
            continue
        start = token.i
        country = None
        if start and (start - 1) in by_token and by_token[start - 1].surface_kind == "demonym":
            mod = by_token[start - 1]
            country = mod.country
            start = mod.start
        owner_token = doc[start - 1] if start else None
        owner: Found | None = None
        if owner_token is not None and owner_token.i in by_token:
            owner = by_token[owner_token.i]
        elif owner_token is not None and owner_token.lower_ in ("his", "her"):
            owner = _owner_by_pronoun(doc, owner_token, found)
        elif (
            owner_token is not None
            and owner_token.lower_ in ("'s", "’s")
            and owner_token.i - 1 in by_token
        ):
            owner = by_token[owner_token.i - 1]
        target = _counterpart_of(doc, kb, found, owner, country, start, on)
        if target is None:
            continue
        out.append(
            Found(
                start,
                token.i + 1,
                target.actor,
                "nominal",
                target.entity_id,
                True,
                target.gender,
                antecedent=target.antecedent,
                country=target.country,
                office=target.office,
            )
        )
        taken.update(range(start, token.i + 1))
    return out


def _owner_by_pronoun(doc: Doc, pronoun: Token, found: list[Found]) -> Found | None:
    """The possessor of "his counterpart": the subject of the clause, else the latest person."""
    gender = "m" if pronoun.lower_ in MALE else "f"
    node = pronoun
    for _ in range(6):
        node = node.head
        for child in node.children:
            if child.dep_ in SUBJECT_DEPS:
                for f in found:
                    if f.start <= child.i < f.end and f.is_person and f.gender in (None, gender):
                        return f
        if node.head == node:
            break
    earlier = [
        f
        for f in found
        if f.end <= pronoun.i and f.is_person and f.gender in (None, gender) and f.entity_id
    ]
    return earlier[-1] if earlier else None


def _counterpart_of(
    doc: Doc,
    kb: KnowledgeBase,
    found: list[Found],
    owner: Found | None,
    country: str | None,
    position: int,
    on: date | None,
) -> Found | None:
    office = owner.office if owner is not None else None
    if country and office:
        holder = kb.holder(country, office, on)
        if holder is not None:
            earlier = [f for f in found if f.entity_id == holder]
            entity = kb.entities[holder]
            near = min(earlier, key=lambda f: abs(f.start - position)) if earlier else None
            return Found(
                0,
                0,
                kb.actor(holder, on),
                "nominal",
                holder,
                True,
                entity.gender,
                antecedent=None if near is None else char_span(doc, near),
                country=entity.country,
                office=office,
            )
    if country:
        same = [
            f
            for f in found
            if f.country == country
            and f.is_person
            and f.entity_id
            and (owner is None or f.entity_id != owner.entity_id)
        ]
        if same:
            near = min(same, key=lambda f: abs(f.start - position))
            return Found(
                0,
                0,
                near.actor,
                "nominal",
                near.entity_id,
                True,
                near.gender,
                antecedent=char_span(doc, near),
                country=near.country,
                office=near.office,
            )
    return None


def _nominal_antecedents(doc: Doc, found: list[Found], kb: KnowledgeBase, on: date | None) -> None:
    """Give office nominals ("the US president") the latest earlier mention of the same
    entity, and resolve a bare "the president" to the latest earlier person mention with that
    office; with none, to the office of the country the article is about (`home_country`:
    "CANBERRA - ... The Prime Minister said"); unresolved, it is emptied."""
    home: str | None = None  # the article's country, looked up once when needed ("": none)
    for index, f in enumerate(found):
        if f.kind != "nominal":
            continue
        if f.entity_id is None and f.office:
            candidates = [
                g for g in found[:index] if g.entity_id and g.office == f.office and g.is_person
            ]
            if candidates:
                target = candidates[-1]
                f.actor, f.entity_id, f.gender = target.actor, target.entity_id, target.gender
                f.is_person, f.country = True, target.country
                f.antecedent = char_span(doc, target)
                continue
            # "the pope" is the Holy See's wherever the story is
            state = kb.office_states.get(f.office)
            if state is None and home is None:
                home = home_country(doc, found) or ""
            state = state or home
            if not state:
                f.start = f.end  # the article does not say whose: dropped by the caller
                continue
            _office_of(f, kb, state, on)
            continue
        if f.antecedent is None:
            earlier = [
                g for g in found[:index] if g.entity_id == f.entity_id and g.kind != "pronoun"
            ]
            f.antecedent = char_span(doc, earlier[-1]) if earlier else None


def _office_of(f: Found, kb: KnowledgeBase, country: str, on: date | None) -> None:
    """A bare office nominal of `country`: its holder on `on` if the knowledge base knows
    one, else the office itself (the country's government)."""
    office = f.office or ""
    holder = kb.holder(country, office, on) if on is not None else None
    if holder is not None:
        entity = kb.entities[holder]
        f.actor, f.entity_id, f.gender = kb.actor(holder, on), holder, entity.gender
        f.is_person = True
    else:
        f.actor = Actor(f"{country}GOV", country, office, None)
    f.country = country


def _surnames(doc: Doc, found: list[Found]) -> None:
    """ "German lawmaker Lena Brandt ... Brandt said": a name the knowledge base lacks, alone
    after the full name, is that person (with the full name's country and role)."""
    # the latest earlier full name by each of its shorter endings, filled as the walk goes:
    # looking back through every earlier mention per name grew with the square of the length
    by_ending: dict[tuple[str, ...], Found] = {}
    # the latest earlier full name of a known person by its first word: "Mohammed bin Salman
    # ... Prince Mohammed" (royals go by title and first name)
    by_first: dict[str, Found] = {}
    # copy that lost its capitals (some wires send it all in lower case) has no other sign
    caseless = not any(ch.isupper() for ch in doc.text)
    for f in found:
        # "Dr Peter Hollingworth ... Dr Hollingworth": an honorific is no part of the name
        words = tuple(t.text for t in doc[f.start : f.end] if t.lower_ not in HONORIFICS)
        if (
            f.kind == "unknown"
            and f.actor.code is None
            and words[:1]
            and (words[0][:1].isupper() or caseless)
            and (g := by_ending.get(words)) is not None
        ):
            _same_person(doc, f, g, kind="alias")
        elif (
            (f.is_person or (f.entity_id or "").startswith(PLACE_ID))
            and len(words) == 1
            and (g := by_ending.get(words)) is not None
            and (g.is_person or (g.kind == "description" and len(_trailing_name(doc, g)) > 1))
            and g.entity_id != f.entity_id
        ):
            # "Michael Howard ... Mr Howard": the family name of someone the article has
            # named in full is that person, not the knowledge base's John Howard (nor its
            # town of Moore, Oklahoma, after "Mike Moore"); so is that of one named with a
            # title ("Hong Kong's Democratic party leader Martin Lee ... Lee said" is not
            # Taiwan's Lee Teng-hui)
            _same_person(doc, f, g, kind=g.kind)
        elif (
            f.kind == "description"
            and (name := _trailing_name(doc, f))
            and (g := by_ending.get(name)) is not None
            and g.actor.code is not None
            and not any(t.ent_type_ in ("NORP", "GPE") for t in doc[f.start : f.end])
        ):
            # "Singaporean President Sellapan Rama Nathan ... President Nathan": the title
            # and family name again are that person, not the country of the sentence
            _same_person(doc, f, g, kind=f.kind)
        elif f.kind == "unknown" and (first := _royal_first_name(doc, f)) in by_first:
            _same_person(doc, f, by_first[first], kind="alias")
        elif f.kind == "unknown" and len(words) == 1 and words[0] in by_first:
            # "Saddam Hussein ... Saddam's regime": a known person named in full before, by
            # the first name alone (as many Arab leaders are), is that person
            _same_person(doc, f, by_first[words[0]], kind="alias")
        if f.is_person and f.entity_id and f.kind == "name" and len(words) > 1:
            by_first[words[0]] = f
        if not (f.is_person or f.kind == "description" or _person_named(doc, f)):
            continue
        if f.actor.code is None and f.kind != "unknown":
            continue
        for size in range(1, len(words)):
            by_ending[words[-size:]] = f
        personal = [t.text for t in doc[f.start : f.end] if t.ent_type_ == "PERSON"]
        if len(personal) > 1 and f.actor.country in FAMILY_FIRST:
            # "President Hu Jintao ... Hu said": a Chinese or Korean family name comes first
            by_ending[(personal[0],)] = f


def _royal_first_name(doc: Doc, f: Found) -> str:
    """The one name after a royal title in a mention ("Prince Mohammed's": "Mohammed"), or
    "" when the mention is not a title and one name."""
    words = [t for t in doc[f.start : f.end] if t.tag_ != "POS" and t.text not in ("'s", "’s")]
    titled = 0
    while titled < len(words) and words[titled].lower_ in ROYAL_TITLES:
        titled += 1
    if titled == 0 or len(words) - titled != 1:
        return ""
    return words[titled].text


def _person_named(doc: Doc, f: Found) -> bool:
    """ "Hamas leader Khaled Meshaal ... Meshaal said": a person's full name that the
    knowledge base files under the organisation he leads (Phoenix's aliases do)."""
    span = doc[f.start : f.end]
    return f.kind == "alias" and len(span) > 1 and all(t.ent_type_ == "PERSON" for t in span)


def _acronyms(doc: Doc, found: list[Found]) -> None:
    """ "The leader of the British National Party ... BNP founding chairman": an acronym
    spelt out earlier in the article is that name's, in the country the name gave, not the
    knowledge base's other BNP (Bangladesh's); it keeps its role ("PTY"), and so do the
    acronym's people ("BNP activists"). An acronym the knowledge base lacks takes the whole
    actor its spelt-out name was found to be."""
    for k, f in enumerate(found):
        token = doc[f.start]
        code = f.actor.code or ""
        if not (2 <= len(token.text) <= 6 and token.text.isupper()):
            continue
        if f.end - f.start > 1 and (
            token.ent_type_ == "GPE" or not all(t.is_lower for t in doc[f.start + 1 : f.end])
        ):
            # "BNP activists" are the acronym's; "BNP Paribas" is a name of its own, and
            # "the US leader" the state's
            continue
        unknown = f.kind == "unknown" and not code
        if not unknown and (len(code) <= 3 or code.startswith("IGO")):
            continue  # a state or an international body: "US", "UN" are never re-read
        size = len(token.text)
        for g in found[:k]:
            words = [t.text for t in doc[g.start : g.end] if t.text[:1].isupper() and t.is_alpha]
            # "the Independent Election Commission of Iraq (IECI)": capitalised words just
            # before the mention are its name's too
            before = g.start
            while before > 0 and g.start - before < size and doc[before - 1].is_title:
                before -= 1
            words = [t.text for t in doc[before : g.start]] + words
            spelt = any(
                "".join(w[0] for w in words[i : i + size]) == token.text
                for i in range(len(words) - size + 1)
            )
            country = g.actor.country
            if spelt and unknown and g.actor.code:
                # "The Counter Terrorism Department (CTD) of Sindh Police ... the CTD": an
                # acronym the KB lacks is what its spelt-out name was found to be
                f.actor, f.country, f.kind = g.actor, country, g.kind
                f.antecedent = char_span(doc, g)
                break
            if spelt and not unknown and g.kind == "unknown" and not g.actor.code:
                # "the National Prosecuting Authority (NPA)": an acronym spelt out as a
                # body the knowledge base lacks is that body, not the Philippine NPA
                f.actor, f.entity_id, f.kind, f.country = g.actor, None, "unknown", g.country
                f.is_person = False
                f.antecedent = char_span(doc, g)
                break
            if spelt and not unknown and country and country != f.actor.country:
                f.actor = Actor(country + code[3:], country, f.actor.role, None)
                f.country, f.entity_id = country, None
                f.antecedent = char_span(doc, g)
                break


def _short_names(doc: Doc, found: list[Found]) -> None:
    """ "The UN Security Council adopted a statement ... Council members praised": a body's
    name cut to its last word, a name the knowledge base lacks alone, is the latest body
    named in full with that last word."""
    for k, f in enumerate(found):
        word = doc[f.start]
        if f.kind != "unknown" or f.is_person or f.end - f.start != 1 or not word.is_title:
            continue
        for g in reversed(found[:k]):
            named = g.kind == "name" and not g.is_person and g.end - g.start > 1
            if named and g.actor.code and doc[g.end - 1].lower_ == word.lower_:
                f.actor, f.entity_id, f.country, f.kind = g.actor, g.entity_id, g.country, "alias"
                f.antecedent = char_span(doc, g)
                break


def _same_person(doc: Doc, f: Found, g: Found, kind: str) -> None:
    """Make the shorter mention `f` the person `g` names, pointing back to it."""
    f.actor, f.entity_id, f.gender = g.actor, g.entity_id, g.gender
    f.is_person, f.country, f.kind = True, g.country, kind
    f.antecedent = char_span(doc, g)


def _trailing_name(doc: Doc, f: Found) -> tuple[str, ...]:
    """The personal name ending a description mention ("Nathan" in "President Nathan")."""
    words: list[str] = []
    for token in reversed(doc[f.start : f.end]):
        if token.ent_type_ != "PERSON" or token.pos_ != "PROPN":
            break
        words.insert(0, token.text)
    return tuple(words) if len(words) < f.end - f.start else ()


def _bare_roles(doc: Doc, found: list[Found], sent_of: list[int]) -> None:
    """ "Pakistani officials in Peshawar briefed reporters. A senior officer accused ...": a
    role word with no country of its own is of the latest state description shortly before
    (same sentence or up to two back); with none, of the country the article is about
    (`home_country`), except "sources", who may be anyone's; else it is dropped."""
    home: str | None = None  # the article's country, looked up once when needed ("": none)
    for index, f in enumerate(found):
        if f.surface_kind != BARE_ROLE:
            continue
        g = _body_spoken_for(doc, found, f) or _state_described_before(found, index, sent_of)
        if g is not None:
            f.actor = Actor(g.actor.code, g.actor.country, f.actor.role, None)
            f.country, f.antecedent = g.actor.country, char_span(doc, g)
            continue
        if f.actor.role not in UNOFFICIAL_ROLE_WORDS:
            # "Officials blamed the militia": with no state description shortly before, the
            # officials of the country the article is about
            if home is None:
                home = home_country(doc, found) or ""
            if home and home not in TRANSNATIONAL:  # an NGO or a militant group has no officials
                f.actor = Actor(f"{home}GOV", home, f.actor.role, None)
                f.country = home
                continue
        f.start = f.end  # the article does not say whose: no actor


# Role blocks of those who act for a state: its officials speak for them.
STATE_ROLE_BLOCKS = frozenset({"", "GOV", "MIL", "COP", "JUD", "LEG", "SPY", "ELI"})


def _of_state(found: Found) -> bool:
    """Whether a description names a state or one of its bodies ("Pakistani officials", "the
    Indian army"), not militants, rebels or civilians of that country."""
    return (found.actor.code or "")[3:6] in STATE_ROLE_BLOCKS


def _body_spoken_for(doc: Doc, found: list[Found], role: Found) -> Found | None:
    """The actor a role word names as its own: "a spokesperson of the banned Baloch
    Liberation Army", "a spokesman for the ministry", or an acronym before it that only the
    article spells out ("an EC official")."""
    head = doc[role.end - 1]
    acronyms = [
        c for c in head.children if c.dep_ == "compound" and c.i < role.start and c.is_upper
    ]
    bodies = [
        pobj
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in ("of", "for")
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]
    # "a spokesman for the Darra Adamkhel chapter of the TTP": a part of a body the article
    # does not name on its own speaks for the body
    parts = [
        t
        for body in bodies
        for p in body.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for t in p.children
        if t.dep_ == "pobj"
    ]
    for token in acronyms + bodies + parts:
        owner = next((g for g in found if g is not role and _head_token(doc, g) == token), None)
        if owner is not None and owner.actor.code and owner.kind != "pronoun":
            return owner
    return None


def _state_described_before(found: list[Found], index: int, sent_of: list[int]) -> Found | None:
    """The latest state description before `found[index]`, up to two sentences back."""
    here = sent_of[found[index].start]
    for g in reversed(found[:index]):
        if here - sent_of[g.start] > BARE_ROLE_LOOKBACK:
            return None
        if g.kind != "description" or g.surface_kind in (BARE_ROLE, GENERIC, "pro"):
            continue
        country = g.actor.country
        if country and g.actor.code and country not in TRANSNATIONAL and _of_state(g):
            # "the representative of the Red Cross ... officials": not the NGO's; "KLO
            # militants fired ..., police sources said": the sources are no militants'
            return g
    return None


# --- plural mentions: "the two sides", "a joint statement by France and Germany" -------------


def mention_country(mention: Mention) -> str | None:
    actor = mention.actor
    return actor.country or (actor.code[:3] if actor.code else None)


def recent_pair(
    mentions: Sequence[Mention],
    offset: int,
    sentence: int,
    people: bool = False,
    excluded: Callable[[Mention], bool] = lambda m: False,
    window: int = PAIR_WINDOW,
) -> list[Mention]:
    """The two latest named mentions of different countries ending before `offset`, no more
    than `PAIR_WINDOW` sentences back: what "the two men met" and "both sides" stand for.
    `people`: only people ("the two men", not "the United States"), known by their role."""
    pair: list[Mention] = []
    earlier = sorted(
        (m for m in mentions if m.span[1] <= offset and mention_country(m)),
        key=lambda m: m.span[0],
    )
    for mention in reversed(earlier):
        if mention.sentence is not None and mention.sentence < sentence - window:
            break
        if mention.kind not in PAIR_KINDS or (people and mention.actor.role is None):
            continue
        if excluded(mention):
            continue
        if all(mention_country(m) != mention_country(mention) for m in pair):
            pair.append(mention)
        if len(pair) == 2:
            return list(reversed(pair))
    return []


def is_reciprocal(subject: Token | None, verb: Token) -> bool:
    """ "the two men met", "both sides agreed", "met each other": the parties act together."""
    if subject is not None and any(
        c.lower_ in PAIR_WORDS for c in subject.children if c.dep_ in ("nummod", "det", "predet")
    ):
        return True
    return any(
        " ".join(t.lower_ for t in c.subtree) in RECIPROCAL_OBJECTS
        for c in verb.children
        if c.dep_ in ("dobj", "pobj")
    )


def plural_mentions(
    doc: Doc,
    mentions: Sequence[Mention],
    sentence_index: Mapping[int, int],
    kb: KnowledgeBase | None = None,
) -> list[Mention]:
    """The plural mentions of `doc`: "the two sides", "both countries", "the two men", each
    with the latest pair of actors before it as `members` and no actor of its own.
    `sentence_index` maps a sentence's start character to its number (as for
    `find_mentions`); `kb` gives people's genders ("the two men" are not a man and a woman).

    They are not among `find_mentions`' results (a stored mention holds one actor): the event
    coder asks for them.
    """
    genders: dict[str, str] | None = None
    out: list[Mention] = []
    for token in doc:
        if token.pos_ != "NOUN" or token.lower_ not in PAIR_HEADS:
            continue
        if not is_reciprocal(token, token.head):
            continue
        if genders is None:  # only for an article with a plural noun
            genders = _genders(kb) if kb is not None else {}
        parts = sorted(
            [token, *(c for c in token.children if c.dep_ in ("det", "nummod", "predet"))],
            key=lambda t: t.i,
        )
        start, end = parts[0].idx, token.idx + len(token)
        other = OTHER_GENDER.get(token.lower_)

        def other_gender(
            m: Mention, other: str | None = other, genders: dict[str, str] = genders
        ) -> bool:
            return other is not None and genders.get(m.actor.entity or "") == other

        sentence = _sentence_of(token, sentence_index, mentions)
        people = token.lower_ in PEOPLE_HEADS
        window = PEOPLE_WINDOW if people else PAIR_WINDOW
        pair = recent_pair(mentions, start, sentence or 0, people, other_gender, window)
        if pair:
            out.append(
                Mention(
                    doc.text[start:end],
                    (start, end),
                    Actor(None, None, token.lower_, None),
                    sentence,
                    "nominal",
                    pair[0].span,
                    tuple(m.actor for m in pair),
                )
            )
    return out


def issued_by_mentions(doc: Doc, mentions: Sequence[Mention]) -> list[Mention]:
    """ "a joint statement by France and Germany says ...": the statement is its first
    issuer's, with every issuer as a member (each acts in what the statement does)."""
    taken = {i for m in mentions for i in range(m.span[0], m.span[1])}
    out: list[Mention] = []
    for token in doc:
        if token.idx in taken or token.pos_ != "NOUN" or token.lower_ not in ISSUED_BY_HEADS:
            continue
        if not _speaks(token):
            continue
        issuers = _issuers(token, mentions)
        if not issuers:
            continue
        parts = sorted(
            [token, *(c for c in token.children if c.dep_ in ("det", "amod", "compound"))],
            key=lambda t: t.i,
        )
        start, end = parts[0].idx, token.idx + len(token)
        sentence = _sentence_of(token, None, mentions)
        out.append(
            Mention(
                doc.text[start:end],
                (start, end),
                issuers[0].actor,
                sentence,
                "description",
                issuers[0].span,
                members=tuple(i.actor for i in issuers) if len(issuers) > 1 else (),
            )
        )
    return out


def _genders(kb: KnowledgeBase) -> dict[str, str]:
    """Canonical name -> gender, for the people the knowledge base knows it of."""
    return {e.name: e.gender for e in kb.entities.values() if e.gender and e.name}


def _sentence_of(
    token: Token, sentence_index: Mapping[int, int] | None, mentions: Sequence[Mention]
) -> int | None:
    """The article's number of the sentence holding `token` (as `sentence_index` numbers
    them, else as the mention in the same sentence says); None when unknown."""
    if sentence_index is not None:
        return sentence_index.get(token.sent.start_char)
    sent = token.sent
    for m in mentions:
        if sent.start_char <= m.span[0] < sent.end_char and m.sentence is not None:
            return m.sentence
    return None


def _speaks(noun: Token) -> bool:
    """ "a statement by X says/urges ...": the statement is the subject of a speech verb (the
    quote lexicon's), so its issuers act; "the statement by X comes before ..." is no act."""
    from whimbrel.quotes.lexicon import load_lexicon

    cue = load_lexicon().cue(noun.head.lower_)
    return noun.dep_ == "nsubj" and cue is not None and cue.role == "speech"


def _issuers(noun: Token, mentions: Sequence[Mention]) -> list[Mention]:
    """The mentions with a country in "by/from X (and Y)" after a statement noun."""
    out: list[Mention] = []
    for child in noun.children:
        if child.dep_ != "prep" or child.lower_ not in ("by", "from"):
            continue
        for pobj in (t for t in child.children if t.dep_ == "pobj"):
            for head in (pobj, *pobj.conjuncts):
                for m in mentions:
                    if m.span[0] <= head.idx < m.span[1] and mention_country(m) and m not in out:
                        out.append(m)
    return out
