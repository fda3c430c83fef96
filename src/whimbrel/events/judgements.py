"""Judgement predicates: what a speaker calls another actor's act decides the speech act.

`data/lexicon/judgements.tsv` lists the predicates ("illegal", "unacceptable", "a
provocation", "a milestone", "behind", "baseless") with the CAMEO code of saying them
(criticism 111, accusation 112, praise 051, denial 016), the incidents "behind" and
"responsible for" must name, and the conduct nouns ("conduct", "policy") whose harm, in
reported speech, is the speaker's criticism.

`judgement_candidate(token, lex)` makes a predicate a candidate event in two frames:

- named: the predicate is what a naming verb calls its object ("called the deal a historic
  victory", "described the plan as unacceptable", "called the decision unacceptable" with the
  adjective parsed as the object's modifier); the naming verb is the clause, its object holds
  the target;
- reported: the predicate is said of the subject of a copula in the complement of a
  reporting, alleging or belief verb ("said Kosovo's new tax was illegal", "suspected that
  Russian agents were behind the blast", "has evidence proving Russia was behind"); the
  highest such verb is the clause, the copula's subject holds the target.

A negated copula or naming verb ("said the tax was not illegal") is no judgement.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.tokens import Token

from whimbrel.errors import DataError
from whimbrel.events import ontology
from whimbrel.events.lexicon import Lexicon
from whimbrel.events.modality import lemma
from whimbrel.events.rules import Rule
from whimbrel.events.triggers import Candidate, named_adjective

_PATH = "data/lexicon/judgements.tsv"
KINDS = frozenset({"predicate", "incident", "conduct"})
# Forms of the copulas a judgement is predicated with ("was illegal", "remains unacceptable").
COPULAS = frozenset(
    {"is", "was", "were", "are", "be", "been", "being", "'s", "remain", "remains", "remained"}
    | {"seem", "seems", "seemed", "appear", "appears", "appeared"}
)
# Cue roles of the verbs that report an opinion whose complement holds the copula.
OPINION_ROLES = frozenset({"report", "allege", "believe"})
# Predicates that accuse only when they name an incident: "behind the blast", not "behind
# the border"; the preposition that introduces it.
INCIDENT_PREPS = {"behind": None, "responsible": "for"}
NEGATIONS = frozenset({"not", "n't", "never"})
# The relations climbed from the copula to the opinion verb, and how far.
OPINION_PATH = frozenset({"ccomp", "acl", "dobj", "xcomp"})
OPINION_DEPTH = 5


@dataclass(frozen=True)
class Judgements:
    """The table as the coder reads it."""

    predicates: dict[str, str]
    incidents: frozenset[str]
    conduct: dict[str, str]


@cache
def judgements() -> Judgements:
    """The packaged table, loaded and checked once per process."""
    predicates: dict[str, str] = {}
    incidents: set[str] = set()
    conduct: dict[str, str] = {}
    with resources.files("whimbrel").joinpath(_PATH).open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            word = (row.get("word") or "").strip().lower()
            if not word or word.startswith("#"):
                continue
            kind, code = (row.get("kind") or "").strip(), (row.get("code") or "").strip()
            if kind not in KINDS:
                raise DataError(_PATH, f"unknown kind {kind!r} for {word!r}")
            if kind != "incident" and code not in ontology.codes():
                raise DataError(_PATH, f"unknown CAMEO code {code!r} for {word!r}")
            if kind == "predicate":
                predicates[word] = code
            elif kind == "incident":
                incidents.add(word)
            else:
                conduct[word] = code
    return Judgements(predicates, frozenset(incidents), conduct)


def conduct_code(noun: Token) -> str | None:
    """The code of criticising the conduct `noun` names ("Budapest's conduct"), if it does."""
    return judgements().conduct.get(noun.lower_)


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" or c.lower_ in NEGATIONS for c in token.children)


def _names_incident(token: Token, lex: Lexicon) -> bool:
    prep = INCIDENT_PREPS[token.lower_]
    heads = [token] if prep is None else [c for c in token.children if c.lower_ == prep]
    table = judgements()
    return any(
        p.dep_ == "pobj" and (p.lower_ in table.incidents or lemma(p, lex) in lex.nouns)
        for head in heads
        for p in head.children
    )


def _opinion_verb(copula: Token, lex: Lexicon) -> Token | None:
    """The highest reporting, alleging or belief verb whose complement holds the copula,
    through evidence nouns and their verbs ("said it had proof that X was responsible",
    "says it has evidence proving X was behind"); None if there is none."""
    if copula.dep_ not in ("ccomp", "acl"):
        return None
    found: Token | None = None
    node = copula
    for _ in range(OPINION_DEPTH):
        if node.dep_ not in OPINION_PATH or node.head == node:
            break
        node = node.head
        if node.pos_ in ("VERB", "AUX") and lex.cues.get(lemma(node, lex), frozenset()) & (
            OPINION_ROLES
        ):
            found = node
    return found


def judgement_candidate(token: Token, lex: Lexicon) -> Candidate | None:
    """The judgement `token` makes, as a candidate event (see the module docstring)."""
    code = judgements().predicates.get(token.lower_)
    if code is None:
        return None
    if token.lower_ in INCIDENT_PREPS and not _names_incident(token, lex):
        return None
    head = token.head
    if token.dep_ in ("oprd", "attr") and lex.has_role(lemma(head, lex), "naming"):
        clause, rule = head, Rule.JUDGEMENT_NAMED
    elif (
        (token.dep_ == "dobj" and head.dep_ == "oprd")
        or (token.dep_ == "appos" and head.dep_ == "dobj")
    ) and lex.has_role(lemma(head.head, lex), "naming"):
        # "called the border closure a provocation", parsed with the predicate as the
        # object of the object, or in apposition to it ("called the sentence 'a
        # milestone'"): the naming verb still calls the one a provocation.
        clause, rule = head.head, Rule.JUDGEMENT_NAMED
    elif named_adjective(token) and lex.has_role(lemma(head.head, lex), "naming"):
        # "called the Algerian decision unacceptable", parsed with the adjective as the
        # object's modifier: the naming verb still calls it so
        clause, rule = head.head, Rule.JUDGEMENT_NAMED
    elif (
        head.lower_ == "as"
        and head.dep_ == "prep"
        and lex.has_role(lemma(head.head, lex), "naming")
    ):
        clause, rule = head.head, Rule.JUDGEMENT_NAMED
    elif (
        head.lower_ == "as"
        and head.dep_ == "prep"
        and head.head.dep_ == "dobj"
        and lex.has_role(lemma(head.head.head, lex), "naming")
    ):
        # "described Hungary's explanation as insufficient", parsed with "as" on the object
        # noun: the naming verb still calls the object so.
        clause, rule = head.head.head, Rule.JUDGEMENT_NAMED
    elif token.dep_ in ("acomp", "attr", "prep") and head.lower_ in COPULAS:
        if _negated(head):
            return None
        verb = _opinion_verb(head, lex)
        if verb is None:
            return None
        clause, rule = verb, Rule.JUDGEMENT_REPORTED
    else:
        return None
    if _negated(clause):
        return None
    return Candidate(token, clause, code, None, rule)
