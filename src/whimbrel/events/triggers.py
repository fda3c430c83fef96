"""Trigger candidates: which tokens of a sentence may be events, with what code and rule.

1. every token whose lemma is a verb or noun trigger of the lexicon is a candidate;
2. a verb's code is its best-matching pattern (particle, object, prepositions) or its
   default; saying another "must" act is a demand ("declared that China must drop
   barriers"); a noun is an event only where a frame makes it one: the object of a light or
   cue verb ("had discussions with", "preparing an invasion"), what someone is accused of
   ("accused Russia of shelling"), the subject of "is an option" (a threat), or a noun
   carrying its own date.

`candidate(token, lex, dated)` returns the token's `Candidate` (trigger, the clause whose
subject is the source, code, reverse code and `Rule`) or None; `events.assembly` turns it
into events. Base confidences belong to the rules (`events.rules`), not to this module.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Token

from whimbrel.events.anchoring import bounded_below
from whimbrel.events.lexicon import (
    DISAPPROVE_ROOT,
    NO_EVENT,
    Lexicon,
    Pattern,
    Trigger,
    crude_singular,
    written_for_sibling,
)
from whimbrel.events.modality import (
    FINITE_TAGS,
    OBLIGATION_AUX,
    QUESTION_WORD_TAGS,
    lemma,
    polar_question,
    told_as_so,
)
from whimbrel.events.phrases import (
    INSTRUMENT_VERBS,
    LEADING_VERBS,
    RELATIVE_TAGS,
    between_parties,
    intent_owner,
    passive_conjunct,
    passive_patient,
    phrase_after_object,
    reactors,
    reduced_passive,
)
from whimbrel.events.rules import Rule
from whimbrel.nlp import is_infinitive

WORD = re.compile(r"[a-z]+")
# Nouns that count or group what follows "of": "a total of three discussions".
QUANTITIES = frozenset(
    {
        "total",
        "number",
        "series",
        "round",
        "couple",
        "set",
        "string",
        "wave",
        "spate",
        "tens",
        "hundreds",
        "thousands",
        "dozens",
        "millions",
        "lot",
        # "holds two weeks of naval drills": a span of time counts the event too.
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        # "gave the Ivory Coast 5.1 million dollars of aid": an amount of it is the act too.
        "dollars",
        "euros",
        "tons",
        "tonnes",
    }
)
# Nouns that take a share of what follows "of": "captured part of a guerrilla stronghold".
PARTITIVES = frozenset({"part", "parts", "half", "rest", "most", "much", "swathes", "portion"})
# CAMEO's admission of responsibility.
ADMISSION = "015"
# Formal recognition of a state or a government.
RECOGNITION = "054"
# What admitting the charges "were true" concedes: the charge, an act owned.
TRUTH_WORDS = frozenset({"true", "correct", "accurate", "right", "justified", "founded"})
# Prepositions whose object is the circumstance a clause reports ("killed in a raid").
CIRCUMSTANCE_PREPS = frozenset({"in", "during", "following", "amid"})
# The verbs a reporter puts questions with.
QUESTION_VERBS = frozenset({"ask", "question", "press"})
# Verbs whose subject undergoes what their "under" phrase names: "came under attack",
# "is under fire", "remained under siege".
UNDERGOING_VERBS = frozenset({"come", "be", "remain"})
# Roots of what an actor comes under from another: criticism (11) and force (18 to 20); not
# a state one is in ("is under threat", "remains under sanctions").
UNDERGONE_ROOTS = frozenset({"11", "18", "19", "20"})
# The code of fire come under (cue role `onslaught`), before its source tells force from
# words: force, not specified.
UNDER_FIRE = "190"
# "discussed spending in talks with Britain", "arrived from a meeting with Papandreou":
# where a reciprocal noun with its own partner is something the clause's subject took
# part in ("called for talks with", "open to talks with" are not).
TAKING_PART_PREPS = frozenset({"in", "during", "after", "at", "from", "following"})
# Verbs of feeling, by `lemma` ("felt" is its own: the pipeline has no lemmatizer): any verb
# after them tells how someone felt ("felt compelled to spend", "seemed to threaten").
FEELING_VERBS = frozenset({"feel", "felt", "seem"})
# Express intent to cooperate: what a promise, a pledge or an agreement codes.
INTENT_ROOT = "03"
# Frame roles that make a verb a frame for others rather than an event of its own.
FRAMING_ROLES = frozenset({"report", "plan", "fear", "light"})
# Cue roles of verbs whose event-noun object is their subject's own act: a light verb's
# ("launched attacks"), and a commander's ("ordered air strikes").
CARRYING_ROLES = frozenset({"light", "command"})
# Roots of what one actor gives another (support, approval, agreement; aid): "has
# international support" holds what others gave, no act of the holder's.
GIVEN_ROOTS = frozenset({"05", "07"})
# Light verbs only with their particle: "stepped up raids" carries them out, "stepped down"
# or "kept" an act does not.
PHRASAL_LIGHT_VERBS = frozenset({("step", "up"), ("ramp", "up"), ("keep", "up")})
# A strike is a walkout (143) unless what it did was harm: then it was a military one (190).
LABOUR_STRIKE, MILITARY_STRIKE = "143", "190"
# CAMEO's root of conventional force: fights, occupation, blockades.
FORCE_ROOT = "19"
# Prepositions of motion: "pushed into", "swept across", "moved onto".
MOTION_PREPS = frozenset({"into", "onto", "out", "across", "through", "toward", "towards"})
# CAMEO's root of mass violence: killings, expulsions, ethnic cleansing.
MASS_VIOLENCE_ROOT = "20"


@dataclass(frozen=True)
class Candidate:
    """A trigger coded in its frame, before actors are attached."""

    trigger: Token
    clause: Token  # the verb whose subject is the source (the trigger or its light verb)
    code: str
    reverse: str | None
    rule: Rule


# Participles that, with no subject or auxiliary of their own, are prepositions.
PREPOSITION_PARTICIPLES = frozenset({"barring", "pending", "excepting"})
# Verbs of seeming whose participle complement is a state: "feel threatened", "seem isolated"
# ("felt" too: the lexicon keeps it as a cue of its own, "felt that it had not...").
# Linking verbs: a participle after them is a state ("looked shaken", "felt threatened").
LINKING_VERBS = FEELING_VERBS | {"appear", "look", "sound"}
# Prepositions that attribute a report: their "to" is no argument of the verb.
ATTRIBUTIONS = frozenset({"according"})
# An appeal's CAMEO root; what a question's object or complement may open with.
APPEAL_ROOT = "02"
# Entity types of a named actor: a state, a body, a people.
NAMED_ACTORS = frozenset({"GPE", "ORG", "NORP"})
# A visit's code: a courtesy call ("called on the governor") makes one.
VISIT_CODE = "042"
APPEAL_CODE = "020"
# Support (CAMEO 05): a verb of encouraging with an object and an infinitive appeals instead.
SUPPORT_ROOT = "05"
# CAMEO root of aid: material help given.
AID_ROOT = "07"
# A statement's code: refusing to make one ("refused to say", "declined to elaborate") is
# what the refuse transform makes of it (transforms.tsv: declining comment, 011).
STATEMENT_CODE = "010"
QUESTION_NOUNS = frozenset({"question", "query"})


def _dependents(token: Token, lex: Lexicon) -> tuple[set[str], set[str], dict[str, set[str]]]:
    """The words a pattern can test: particles, object words, prepositional objects."""
    particles: set[str] = set()
    objects: set[str] = set()
    preps: dict[str, set[str]] = {}
    if token.pos_ in ("NOUN", "PROPN"):
        # A noun trigger's modifiers play the object's part: "hunger strike", "air strike".
        objects |= {
            w for c in token.children if c.dep_ in ("compound", "amod") for w in _words(c, lex)
        }
    if token.pos_ == "VERB":
        # "the bill was signed", "executive orders signed by the president": a passive's
        # patient is what an active verb's object would be
        patient = next((c for c in token.children if c.dep_ == "nsubjpass"), None)
        if patient is None and reduced_passive(token):
            patient = token.head
        if patient is not None:
            objects |= _words(patient, lex)
        elif _zero_relative(token):
            # "a position he has occupied for a decade": the noun the relative clause hangs
            # on is its verb's object
            objects |= _words(token.head, lex)
    for child in token.children:
        if child.dep_ == "prt":
            particles.add(child.lower_)
        elif child.dep_ == "acomp" or (child.dep_ == "advmod" and child.tag_ == "JJ"):
            objects.add(child.lower_)  # "pleaded guilty", "set ablaze" (parsed as an adverb)
        elif child.dep_ in ("dobj", "attr", "oprd", "dative"):
            objects |= _words(child, lex)
            if child.tag_ == "WDT" and token.dep_ == "relcl":
                # "the World Cup, which India hosted": the relative's noun is the object
                objects |= _words(token.head, lex)
            objects.add(" ".join(t.lower_ for t in child.subtree))
            if child.lower_ in QUANTITIES or child.like_num:
                objects |= _counted(child, lex)
            for grand in child.children:
                if grand.dep_ == "prep":
                    preps.setdefault(grand.lower_, set()).update(
                        w for p in grand.children if p.dep_ == "pobj" for w in _words(p, lex)
                    )
        elif child.dep_ in ("prep", "agent"):
            if child.lower_ in ATTRIBUTIONS:
                continue  # "according to the US government" says who told it, not to whom
            objects_ = [p for p in child.children if p.dep_ in ("pobj", "pcomp")]
            if any(p.ent_type_ in ("DATE", "TIME") for p in objects_):
                continue  # "on Thursday" is no "demand on"
            words = preps.setdefault(child.lower_, set())
            for pobj in objects_:
                words |= _words(pobj, lex)
                for conjunct in pobj.conjuncts:  # "between police and militants"
                    words |= _words(conjunct, lex)
            for grand in child.children:
                if grand.dep_ == "prep" and not objects_:
                    # "pulled out of the talks": the parser hangs "of" under "out".
                    preps.setdefault(grand.lower_, set()).update(
                        w for p in grand.children if p.dep_ == "pobj" for w in _words(p, lex)
                    )
            if child.lower_ == "as":
                # "qualified as “Killer”Joe": the words after "as", whatever the parse.
                for near in child.doc[child.i + 1 : child.i + 4]:
                    words |= set(WORD.findall(near.lower_))
    parties = between_parties(token) if token.pos_ in ("NOUN", "PROPN") else []
    if parties and "between" not in preps:
        # "an encounter broke out between police and militants": on the noun's verb
        preps["between"] = {w for p in parties for w in _words(p, lex)}
    return particles, objects, preps


def _object_heads(verb: Token, lex: Lexicon) -> set[str]:
    """The head words of a verb's objects, or its passive's patient (and of what a number
    counts), singular too."""
    found: set[str] = set()
    for child in verb.children:
        # "a deal was struck": a passive's patient is what the active verb's object would be
        if child.dep_ not in ("dobj", "attr", "oprd", "dative", "nsubjpass"):
            continue
        for head in (child, *child.conjuncts):
            found |= {head.lower_, lemma(head, lex)}
            if _counts_what_follows(head):
                found |= {lemma(p, lex) for p in _of_objects(head)}
                found |= _counted(head, lex)
    return found | {crude_singular(w) for w in found}


def _counts_what_follows(noun: Token) -> bool:
    """Whether a noun counts or shares out what its "of" phrase names: "tens of thousands of
    soldiers", "part of a stronghold", "three of the villages"."""
    return _a_quantity(noun) or noun.lower_ in PARTITIVES


def _a_quantity(noun: Token) -> bool:
    """A number, or a noun of quantity or measure ("thousands", "dollars", "a total")."""
    return noun.lower_ in QUANTITIES or noun.like_num


def _counted(number: Token, lex: Lexicon) -> set[str]:
    """ "closes seven out of eight border crossings": the parser hangs "out of" on the verb;
    the noun counted is the object."""
    following = number.doc[number.i + 1] if number.i + 1 < len(number.doc) else None
    if following is None or following.lower_ != "out" or following.head != number.head:
        return set()
    return {
        w
        for of in following.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for pobj in of.children
        if pobj.dep_ == "pobj"
        for w in _words(pobj, lex)
    }


def _words(head: Token, lex: Lexicon, depth: int = 0) -> set[str]:
    words = {head.lower_, lemma(head, lex), *WORD.findall(head.lower_)}
    for child in head.children:
        # (not a possessor, whose thing it is: "welcomed the EU leaders' decision" welcomes
        # no leaders)
        if child.dep_ in ("compound", "amod", "nummod"):
            words |= {child.lower_, lemma(child, lex)}
        elif (
            child.dep_ == "prep"
            and child.lower_ == "of"
            and depth < 2
            and _counts_what_follows(head)
        ):
            # "tens of thousands of soldiers", "part of a stronghold": the counted noun is
            # the object.
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    words |= _words(pobj, lex, depth + 1)
    return words


def _has(words: set[str], wanted: Iterable[str], lex: Lexicon) -> bool:
    for word in wanted:
        if word.startswith("&"):
            if not any(lex.in_class_either_number(w, word) for w in words):
                return False
        elif word not in words:
            return False
    return True


def _light(verb: Token, lex: Lexicon) -> bool:
    """Whether a verb carries out the act its object noun names: "launched", "stepped up"."""
    word = lemma(verb, lex)
    if lex.has_role(word, "light"):
        return True
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return (word, particle) in PHRASAL_LIGHT_VERBS


def _phrase_after_object(noun: Token, lex: Lexicon) -> Token | None:
    """The prepositional phrase a light verb has straight after its object noun, if any."""
    if noun.dep_ != "dobj" or not _light(noun.head, lex):
        return None
    return phrase_after_object(noun)


# Particles that make a new word of a verb ("rule out", "give in", "take on"), unlike those
# that complete its act ("blow up", "take over", "fight off").
IDIOM_PARTICLES = frozenset({"out", "in", "on"})


def _zero_relative(verb: Token) -> bool:
    """Whether a verb heads a relative clause with no relative pronoun whose subject is its
    own and which lacks an object, so that the noun it hangs on is the object ("a position
    he has occupied", "the deal they signed"); not "the town they fled from", whose noun
    is the object of a preposition left behind."""
    if verb.dep_ != "relcl":
        return False
    children = list(verb.children)
    return (
        any(c.dep_ == "nsubj" for c in children)
        and not any(c.dep_ in ("dobj", "attr", "ccomp", "xcomp") for c in children)
        and not any(c.tag_ in RELATIVE_TAGS for c in children)
        and not any(c.dep_ == "prep" and not list(c.children) for c in children)
    )


def _match(token: Token, trigger: Trigger, lex: Lexicon) -> Pattern | None:
    if not trigger.patterns:
        return None
    particles, objects, preps = _dependents(token, lex)
    # A pattern's bare preposition, with no object named ("welcome ... to": host), is the
    # verb's own; on its object ("welcomed changes to a resolution") it tells of the object
    own = {c.lower_ for c in token.children if c.dep_ in ("prep", "agent")}
    own |= {"between"} if token.pos_ in ("NOUN", "PROPN") else set()
    # "waged war against the government": the parser may hang a noun's phrase on its light
    # verb, straight after the noun ("make their protest, with hunt horns" is a manner);
    # read for curated patterns only (CAMEO's noun idioms are written for the noun's own)
    light_preps, light_own = preps, own
    after = _phrase_after_object(token, lex)
    if after is not None:
        heard = {w for p in after.children if p.dep_ == "pobj" for w in _words(p, lex)}
        light_preps = {**preps, after.lower_: preps.get(after.lower_, set()) | heard}
        light_own = own | {after.lower_}
    # Curated patterns name singular objects; CAMEO's own list their plural forms.
    singular = objects | {crude_singular(w) for w in objects}
    # A force verb made words by its object ("attacked the government": criticism) must have
    # that object as the head: "attacked government troops" is force. Elsewhere, as in
    # PETRARCH, a pattern's object words may be modifiers ("forced the refugee agency out").
    forceful = trigger.code is not None and int(trigger.code[:2]) >= 14
    heads = _object_heads(token, lex) if forceful and token.pos_ == "VERB" else singular
    # "ruled out a withdrawal of troops": a verb with a particle that makes an idiom of it is
    # a word of its own, and a sibling's idiom written without a particle ("monitor the
    # withdrawal of") is not one of its; a particle that only completes the act ("blew up a
    # police vehicle", "took over the land") leaves the sibling's idioms its own
    phrasal = any(c.dep_ == "prt" and c.lower_ in IDIOM_PARTICLES for c in token.children)
    best: Pattern | None = None
    for pattern in trigger.patterns:
        if phrasal and not pattern.particle and written_for_sibling(pattern, trigger, lex):
            continue
        if pattern.particle:
            first = pattern.particle.split()[0]
            # the parser may call a particle a preposition ("asked for help", "moved into
            # Iraq", "pressed on"); force is never read from one that follows the verb's
            # object with an object of its own ("press quotas on member states")
            forceful_particle = pattern.code != NO_EVENT and int(pattern.code[:2]) >= 14
            transitive = any(c.dep_ == "dobj" for c in token.children)
            if first not in particles and (
                first not in preps or (preps[first] and forceful_particle and transitive)
            ):
                continue
        wanted = singular if pattern.source == "curated" else objects
        if pattern.object and not _has(wanted, pattern.object, lex):
            continue
        if (
            pattern.object
            and pattern.code != NO_EVENT
            and int(pattern.code[:2]) < 14
            and not _has(heads, pattern.object[-1:], lex)
        ):
            continue
        if (
            token.pos_ == "VERB"
            and pattern.object
            and pattern.code[:2] == MASS_VIOLENCE_ROOT
            and not _many_objects(token)
        ):
            continue  # "killed a civilian": one killing is no mass killing
        ok = True
        found, bare = (light_preps, light_own) if pattern.source == "curated" else (preps, own)
        for prep, words in pattern.preps:
            options = [
                p for p in prep.split("/") if p in found and (words or pattern.object or p in bare)
            ]
            if not options or not any(_has(found[p], words, lex) for p in options):
                ok = False
                break
        if not ok or (pattern.reverse and _between_is_place(token, pattern)):
            continue
        if _moves_its_object(token, pattern):
            continue
        if pattern.before:
            before = [c for c in token.children if c.i < token.i and not _crowd(c)]
            left = {lemma(c, lex) for c in before} | {c.lower_ for c in before}
            if not _has(left, pattern.before, lex):
                continue
        if best is None or _rank(pattern, trigger) > _rank(best, trigger):
            best = pattern
    return best


def _moves_its_object(verb: Token, pattern: Pattern) -> bool:
    """ "pushed Trump into a U-turn", "pushed the rebels into Syria": a CAMEO pattern of
    advance with only a preposition of motion ("pushed into northern Syria": occupation)
    tells of the subject's own advance; with an object of the verb's, the object is moved
    (what is done to the object has patterns of its own: "took him into custody", "pushed
    the forces out of their positions")."""
    return (
        pattern.source == "cameo"
        and pattern.code.startswith(FORCE_ROOT)
        and bool(pattern.preps)
        and all(prep in MOTION_PREPS for prep, _ in pattern.preps)
        and not pattern.object
        and not pattern.particle
        and any(c.dep_ == "dobj" for c in verb.children)
    )


def _many_objects(verb: Token) -> bool:
    """Whether a verb's object is plural or counted: "killed civilians", "killed 30 people"."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(
        o.tag_ in ("NNS", "NNPS") or o.conjuncts or any(c.dep_ == "nummod" for c in o.children)
        for o in objects
    )


def _crowd(noun: Token) -> bool:
    """ "an army of homeless men", "a legion of volunteers": a noun for a force used as a
    quantity of the common plural it is "of", no force ("the army of Pakistan" stays one)."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(g.dep_ == "pobj" and g.tag_ == "NNS" for g in c.children)
        for c in noun.children
    )


def _between_is_place(verb: Token, pattern: Pattern) -> bool:
    """Whether a mutual pattern's "between" says where, not who: "clashed between police
    and protesters" names the two sides, but in "attacked the regiment between Aisi and
    Khunmulen" the act has its target and "between" places it (or the regiment)."""
    if not any(prep == "between" and not words for prep, words in pattern.preps):
        return False
    return verb.pos_ == "VERB" and any(c.dep_ == "dobj" for c in verb.children)


def _rank(pattern: Pattern, trigger: Trigger) -> tuple[int, bool]:
    return pattern.specificity, pattern.written_for == trigger.lemma


def _reverse(pattern: Pattern, trigger: Trigger) -> str | None:
    """The target's code back: the pattern's own, or the verb's where the pattern keeps the
    verb's code; "met the rebels' demands" (080) is no meeting both ways (040)."""
    if pattern.reverse or pattern.code != trigger.code:
        return pattern.reverse
    return trigger.reverse


def _subject_only(pattern: Pattern) -> bool:
    return pattern.source != "curated" and not (pattern.particle or pattern.object or pattern.preps)


def _borrowed_subject_test(pattern: Pattern, trigger: Trigger) -> bool:
    """Whether `pattern` tests only the subject and was written for another verb."""
    return _subject_only(pattern) and pattern.written_for not in (None, trigger.lemma)


# Verbs of alleging whose "to" infinitive is the subject's own claim, active: "claimed to
# have shot down a drone" (not "alleged to have", "suspected to have": passives).
SELF_CLAIMS = frozenset({"claim"})


def _accused_to_have(verb: Token) -> bool:
    """Whether a verb of alleging in the past takes a "to" infinitive and no object or clause
    of what is alleged: "alleged to have been involved", "suspected to have planted"."""
    return (
        verb.tag_ in ("VBD", "VBN")
        and _catenative(verb)
        and not any(c.dep_ in ("dobj", "ccomp", "dative") for c in verb.children)
    )


def _catenative(verb: Token) -> bool:
    """Whether a verb takes a "to" infinitive of its own ("struggling to muster")."""
    return any(c.dep_ == "xcomp" and is_infinitive(c) for c in verb.children)


def _perfect_auxiliary(token: Token, lex: Lexicon) -> Token | None:
    """In "of having massed troops" the parser may read "massed" as an adjective of
    "troops" and "having" as the verb: return that "having" so it stands for the clause."""
    if token.dep_ != "amod" or token.tag_ != "VBN":
        return None
    have = token.head.head
    if token.head.dep_ == "dobj" and have.i == token.i - 1 and lemma(have, lex) == "have":
        return have
    return None


def _verb_candidate(token: Token, lex: Lexicon) -> Candidate | None:
    clause = _perfect_auxiliary(token, lex)
    if clause is not None:
        return _verb_candidate_at(token, clause, lex)
    if token.dep_ in ("amod", "compound"):
        # "Al-Qaeda-linked rebels": a participle used as an adjective is no event.
        return None
    if token.dep_ == "acl" and token.tag_ == "VBN" and lemma(token, lex) in LEADING_VERBS:
        # "a fact-finding mission led by Desmond Tutu": who leads it, no act of its own
        return None
    if _title_participle(token, lex):
        return None
    if (
        token.tag_ == "VBN"
        and token.dep_ in ("xcomp", "acomp", "oprd")
        and lemma(token.head, lex) in STATE_VERBS
    ):
        # "was arrested and remains detained in Erbil", "the crossings would remain closed":
        # a state that lasts, its subject the one held, no act of its own
        return None
    if _harmed_while(token, lex):
        return None
    if (
        token.dep_ == "acl"
        and is_infinitive(token)
        and (token.head.pos_ != "NOUN" or intent_owner(token.head, lex) is None)
    ):
        # "the right of Russian troops to fire on militants", "a decision to strike": an
        # infinitive qualifying a noun names a possible act, not one that took place; one a
        # named owner intends ("Iraq's readiness to cooperate") is framed by `frame_of`
        return None
    if lex.has_role(lemma(token, lex), "journey") and (_carried(token) or _homeward(token, lex)):
        # "arrested and flown to Bangkok": a prisoner carried visits no one; "arrived back
        # from his mission", "flew home": a return, no visit
        return None
    if token.lower_ in PREPOSITION_PARTICIPLES and not any(
        c.dep_ in ("nsubj", "aux") for c in token.children
    ):
        return None  # "all leave stands cancelled, barring medical emergencies": "except"
    if _instrument_participle(token, lex):
        return None
    if lex.has_role(lemma(token, lex), "elicit") and any(
        c.dep_ == "dobj" and _reaction(c, lex) for c in token.children
    ):
        return None  # "sparked protests from rights groups": the reaction is the event
    return _verb_candidate_at(token, token, lex)


# Verbs that tell a state lasting: "remains detained", "stayed closed".
STATE_VERBS = frozenset({"remain", "stay"})


def _instrument_participle(verb: Token, lex: Lexicon) -> bool:
    """ "shot down by Syrian rebels using a shoulder-held missile", "fired on the crowd
    using live rounds": a participle of using, with no subject of its own, on a noun or a
    verb, names the means of another act, no act of its own ("police used teargas to
    disperse the crowd" is one)."""
    return (
        verb.tag_ == "VBG"
        and verb.dep_ in ("acl", "advcl")
        and lemma(verb, lex) in INSTRUMENT_VERBS
        and not any(c.dep_ in ("nsubj", "aux") for c in verb.children)
    )


def _reaction(noun: Token, lex: Lexicon) -> bool:
    """Whether an object noun is a reaction drawn from someone ("protests from Ukraine")."""
    found = _noun_candidate(noun, lex, False)
    return found is not None and found.rule is Rule.NOUN_REACTION


def _title_participle(verb: Token, lex: Lexicon) -> bool:
    """ "installed as coordinating minister", "served as presiding judge": the parser may
    read the participle of an office's name as a verb with the office word as its object."""
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ != "as":
        return False
    office = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return (
        office is not None and office.i == verb.i + 1 and lex.has_role(lemma(office, lex), "person")
    )


def _harmed_while(verb: Token, lex: Lexicon) -> bool:
    """ "two British men killed fighting Islamic State": with no object, a verb of harm
    followed by what its subject was doing is a reduced passive the parser may read as a
    past tense; the men were killed, they killed no one (their fighting is coded on its own)."""
    if not lex.has_role(lemma(verb, lex), "harm") or verb.tag_ not in ("VBD", "VBN"):
        return False
    if any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children):
        return False
    after = verb.doc[verb.i + 1 : verb.i + 3]
    doing = [t for t in after if t.tag_ == "VBG" and t.head == verb]
    return bool(doing) and all(t.lower_ == "while" or t.tag_ == "VBG" for t in after[:1])


def _carried(verb: Token) -> bool:
    """Whether a verb is passive, or the conjunct of a passive with no subject of its own
    ("is arrested ... and flown to Bangkok": the tagger may call "flown" a past tense)."""
    if any(c.dep_ == "auxpass" for c in verb.children):
        return True
    return passive_conjunct(verb) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children
    )


def _homeward(verb: Token, lex: Lexicon) -> bool:
    """ "arrived back", "flew home", "pilgrims returning from Mecca": the traveller returns
    (whence is no place visited; "returned to Baghdad" may be)."""
    if any(c.dep_ in ("advmod", "prt") and c.lower_ in ("back", "home") for c in verb.children):
        return True
    preps = {c.lower_ for c in verb.children if c.dep_ == "prep"}
    return lemma(verb, lex) == RETURN and "from" in preps and "to" not in preps


# The verb of coming back.
RETURN = "return"


def _reported_obligation(token: Token, lex: Lexicon) -> Candidate | None:
    """ "declared that China must drop barriers": saying another must act is a demand (10)."""
    if not lex.has_role(lemma(token, lex), "report"):
        return None
    clause = obligation_clause(token)
    if clause is None:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "PRP" for c in clause.children):
        # "Spain said it must reject...": an obligation the speaker puts on itself is no
        # demand on another (its act is coded on its own).
        return None
    return Candidate(token, token, "100", None, Rule.REPORTED_OBLIGATION)


def obligation_clause(reporting: Token) -> Token | None:
    """The clause a reporting verb says must or should be done ("declared that China must
    drop barriers"), if any."""
    return next(
        (
            c
            for c in reporting.children
            if c.dep_ == "ccomp"
            and any(a.dep_ == "aux" and a.lower_ in OBLIGATION_AUX for a in c.children)
        ),
        None,
    )


def conflictual(verb: Token, lex: Lexicon) -> bool:
    """Whether a verb (or the event noun its light verb takes) is force or coercion (14+)."""
    found = _verb_candidate(verb, lex) if verb.pos_ == "VERB" else None
    if found is None and _light(verb, lex):
        # "vowed to launch attacks": the light verb's noun is the act vowed
        found = next(iter(_object_events(verb, lex)), None)
    return found is not None and int(found.code[:2]) >= 14


def _object_events(verb: Token, lex: Lexicon) -> list[Candidate]:
    """The events the nouns a verb takes as direct object name ("launch attacks", "ordered
    air strikes")."""
    nouns = (_noun_candidate(c, lex, False) for c in verb.children if c.dep_ == "dobj")
    return [n for n in nouns if n is not None]


def _verb_candidate_at(token: Token, clause: Token, lex: Lexicon) -> Candidate | None:
    word = lemma(token, lex)
    roles = lex.cues.get(word, frozenset())
    if "refuse" in roles and _withheld_statement(token, lex):
        declined = lex.transform("refuse", STATEMENT_CODE)
        return Candidate(token, clause, declined, None, Rule.DECLINED_COMMENT) if declined else None
    if _asked_to_act(token, lex):
        return Candidate(token, clause, APPEAL_CODE, None, Rule.ASKED_TO_ACT)
    if "allege" in roles and word not in SELF_CLAIMS and _accused_to_have(token):
        # "two men alleged to have killed the journalist were arrested": a passive participle
        # the parser took for the clause's verb; the men are accused, by no one named
        return None
    trigger = lex.verbs.get(word)
    if trigger is None:
        return _reported_obligation(token, lex)
    if "report" in roles:
        obligation = _reported_obligation(token, lex)
        if obligation is not None:
            return obligation
    if "assist" in roles and _helps_do(token):
        if any(_verb_candidate(c, lex) for c in token.children if c.dep_ == "xcomp"):
            # "helped to defeat the act", "can help persuade Britain": taking part in an act,
            # which is coded on its own verb
            return None
        if trigger.code is None or _hostile_act_helped(token, lex):
            return None
        if any(lex.has_role(lemma(c, lex), "demand") for c in token.children if c.dep_ == "xcomp"):
            return None  # "helped convince Trump to pull out": pressure on Trump, no aid
        # "will help rebuild Somalia": aid to whom the act is for, if anyone ("helped to
        # plan and carry out killings" aids no one)
        return Candidate(token, clause, trigger.code, None, Rule.ASSISTED_ACT)
    if "vow" in roles and any(conflictual(c, lex) for c in token.children if c.dep_ == "xcomp"):
        # "vowed to attack": the threat is coded on the attack, not as a promise.
        return None
    pattern = _match(clause, trigger, lex)
    if pattern is not None and pattern.code.startswith(AID_ROOT) and _homeward(token, lex):
        # "was bringing the troops home": forces brought home are withdrawn, no aid given
        return None
    if pattern is not None and _borrowed_subject_test(pattern, trigger) and _catenative(token):
        # "the Syrian army is struggling to muster a force": an effort, not the clash whose
        # test of the subject alone ("&MILITARY clashed") "struggle" borrows from its block
        pattern = None
    if taking_part(token, lex) and (
        not _names_what_is_taken_part_in(pattern) or any(map(_aimed, _part_taken_in(token)))
    ):
        # "took part in the attack on the village": the attack is the event, coded on its
        # noun with the participant as its doer; taking part in what is no known act ("took
        # part in the killing", "in the ceremony") is no intent to cooperate (CAMEO's 030)
        return None
    curated_frame = pattern is not None and pattern.source == "curated"
    if (
        roles & FRAMING_ROLES
        and trigger.source != "curated"
        and not curated_frame
        and not _voiced_feeling(token, pattern, roles, lex)
    ):
        # say, want, prepare, give...: they frame the event in their complement or object
        # (unless a curated pattern says otherwise: "launched rockets at Israel").
        return None
    if "command" in roles and _object_events(token, lex):
        # "ordered air strikes on the airbase": the strikes are coded, the commander's
        return None
    if pattern is not None and pattern.code == NO_EVENT:
        return None
    code = pattern.code if pattern is not None else trigger.code
    # (a verb of naming whose own code is disapproval, CAMEO 11, names in words against)
    if "naming" in roles and _names_as(clause) and not (code and code.startswith(DISAPPROVE_ROOT)):
        # "called Labour a brilliant machine for talking about things", "calling it an
        # Obama-like mistake": naming, neither a demand ("for" hangs on the name given) nor a
        # telephone call; only a pejorative name, or a verb of disapproval ("branding stamp
        # duty a stealth tax"), is words against the named (111), and a judgement the name
        # makes is coded on its own
        return None
    if _felt(token, lex):
        # "felt compelled to spend", "felt threatened": a feeling, no act on anyone
        return None
    if pattern is None and _shows_that(token, trigger):
        # "the Liberal Democrats have demonstrated that we can win": showing, no protest
        return None
    if code == ADMISSION and (_conceded_view(token) or _let_in(token)):
        # "the minister admits the dispute is frustrating": a point conceded, no act owned;
        # "plans to admit Burma to the group": a member let in, nothing owned up to
        return None
    if pattern is None and code == RECOGNITION and _fact_granted(token):
        # "he recognized the states were running out of funds": a fact granted, no state
        # or government recognised
        return None
    if pattern is None and code is not None and code[:2] == INTENT_ROOT and _opinion(token):
        # "Trump and May agreed Assad's regime had a pattern of dangerous behaviour": a
        # shared view of what is so, no promise or agreement to act
        return None
    if (
        pattern is None
        and code is not None
        and int(code[:2]) >= 11
        and _against_scourges(token, lex)
    ):
        # "attacking ignorance, disease and squalor", "tackled corruption": a social ill
        # fought or criticised is no actor (a pattern on the object wins: "opened fire")
        return None
    if code is not None and code.startswith(APPEAL_ROOT) and _question(clause, lex):
        # "asked Shultz whether the US would lift sanctions", "asked about the dispute": a
        # question put to someone, no appeal (an appeal asks for something or someone to act)
        return None
    if (
        code is not None
        and code.startswith(APPEAL_ROOT)
        and "courtesy" in roles
        and _courtesy_call(clause, lex)
    ):
        # "the party president who called on the governor today": a visit paid, nothing asked
        return Candidate(token, clause, VISIT_CODE, None, Rule.VERB_CURATED_PATTERN)
    if (
        pattern is None
        and code is not None
        and code.startswith(APPEAL_ROOT)
        and told_as_so(token, lex)
    ):
        # "claims which suggested Mr Blair went back on a pledge": what is said to be so,
        # no appeal (an appeal asks for what is not yet done: "suggested they meet")
        return None
    if pattern is not None and _subject_only(pattern) and trigger.source == "curated":
        # A CAMEO block pattern that tests only the subject ("troops seized": 192) does not
        # outrank a verb's own curated code ("troops arrested" stays an arrest, 173).
        pattern = None
    if pattern is not None:
        curated = pattern.source == "curated"
        rule = Rule.VERB_CURATED_PATTERN if curated else Rule.VERB_CAMEO_PATTERN
        if "voice" in roles:
            rule = Rule.VOICED_FEELING
        return Candidate(token, clause, pattern.code, _reverse(pattern, trigger), rule)
    if (
        "demand" in roles
        and _called_to_act(clause)
        and ("naming" in roles or (trigger.code or "").startswith(SUPPORT_ROOT))
    ):
        # "called Chinese businessmen to invest more": an appeal to act, as "called on them
        # to" is, no telephone call; "encouraged the U.S. not to cut rates" asks, it does
        # not praise ("encouraged the US efforts" does)
        return Candidate(token, clause, APPEAL_CODE, None, Rule.VERB_CURATED_PATTERN)
    if trigger.code is None:
        return None
    if trigger.source == "cameo-block":
        # A default inherited from a synonym block is too vague to code on its own, except
        # for the listed verbs, and those only with both actors named (`events.assembly`).
        if word not in lex.block_defaults:
            return None
        return Candidate(token, clause, trigger.code, trigger.reverse, Rule.VERB_CAMEO_BLOCK)
    if trigger.source == "curated":
        return Candidate(token, clause, trigger.code, trigger.reverse, Rule.VERB_CURATED)
    if trigger.code == "010":
        # Vague statements are left out: PETRARCH's flood of 010s is what we avoid.
        return None
    return Candidate(token, clause, trigger.code, trigger.reverse, Rule.VERB_CAMEO_DEFAULT)


def _asked_to_act(verb: Token, lex: Lexicon) -> bool:
    """Whether a verb asks another actor to act: "wants Iran to halt enrichment" (an
    infinitive with its own subject, or after the verb's object), "pressed Israel to halt
    settlements" (after the verb's object); "wants to meet" is the subject's own intent."""
    word = lemma(verb, lex)
    if (word != WANT and word not in PRESSING_VERBS) or _phrasal(verb):
        return False
    if any(c.dep_ == "aux" and c.lower_ in CONJECTURAL_AUXILIARIES for c in verb.children):
        return False  # "might want Obama to head back": a guess at a wish, no appeal made
    # the one asked: never a thing ("said he also wanted it to end": the embargo)
    has_object = any(c.dep_ == "dobj" and c.lower_ not in THINGS for c in verb.children)
    return any(
        is_infinitive(c)
        and lemma(c, lex) not in STATE_INFINITIVES
        and (
            (
                c.dep_ == "ccomp"
                and word == WANT
                and any(s.dep_ == "nsubj" and s.lower_ not in THINGS for s in c.children)
            )
            or (c.dep_ == "xcomp" and has_object)
            or (c.dep_ == "advcl" and has_object and _split_after_object(verb, c))
        )
        for c in verb.children
    )


def _split_after_object(verb: Token, infinitive: Token) -> bool:
    """Whether an infinitive the parser took for a clause of purpose is split and follows the
    verb's object straight away: "pressing the EU to at least close the deal" (read as
    "pressing the EU to close" when nothing splits it)."""
    to = next((c for c in infinitive.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return (
        to is not None
        and bool(objects)
        and to.i == objects[0].right_edge.i + 1
        and any(t.pos_ == "ADV" or t.dep_ == "advmod" for t in verb.doc[to.i + 1 : infinitive.i])
    )


WANT = "want"
# Verbs of pressing someone to act ("pressured Iran to", "pushed Israel to").
PRESSING_VERBS = frozenset({"press", "pressure", "push"})
# Auxiliaries that make a wish a guess: "might want", "may want", "could want".
CONJECTURAL_AUXILIARIES = frozenset({"might", "may", "could"})
# Pronouns of things, never an actor asked to act.
THINGS = frozenset({"it", "this", "that", "these", "those"})
# Infinitives of a state, no act: "we want Michael to be as accessible as possible".
STATE_INFINITIVES = frozenset({"be", "become", "remain", "stay", "seem", "feel"})


def _names_as(verb: Token) -> bool:
    """Whether a verb gives its object a name: "called it the most dangerous moment" (the
    name a predicate), "calling it an Obama-like mistake" (parsed as a second object, straight
    after the first)."""
    if _phrasal(verb):
        return False  # "called off a threatened strike": a phrasal verb names nothing
    if any(c.dep_ == "oprd" for c in verb.children):
        return True
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    if any(
        name.dep_ == "appos"
        and name.pos_ == "NOUN"
        and name.i > named.i
        and all(t.is_quote for t in verb.doc[named.i + 1 : name.left_edge.i])
        for named in objects
        for name in named.children
    ):
        # "called Bush the devil", parsed as an apposition straight after the object ("called
        # Bush, the president," has its comma)
        return True
    if any(named_adjective(name) for named in objects for name in named.children):
        return True
    if len(objects) < 2 or objects[-1].pos_ not in ("NOUN", "PROPN"):
        return False
    # quote marks apart, nothing between ("called off a strike following a meeting of the
    # committee, the Bankers Association and the minister" is a misparsed list, no name)
    between = verb.doc[objects[-2].right_edge.i + 1 : objects[-1].left_edge.i]
    return all(t.is_quote for t in between)


def named_adjective(word: Token) -> bool:
    """Whether an adjective is the name a naming verb gives its object, parsed as the
    object's modifier after it: "called the decision unacceptable"."""
    return (
        word.dep_ == "amod"
        and word.tag_ == "JJ"
        and word.i > word.head.i
        and word.head.dep_ in ("dobj", "dative")
        and word.i == word.head.right_edge.i
    )


def _called_to_act(verb: Token) -> bool:
    """ "called African business people to play a larger role": an object, then an
    infinitive it is to act in ("called in a conciliator", "called up reservists": a
    particle makes it a summons)."""
    if _phrasal(verb):
        return False
    return any(c.dep_ == "dobj" for c in verb.children) and _catenative(verb)


def _phrasal(verb: Token) -> bool:
    """Whether a verb has a particle ("called off", "called up"), which makes a word of it."""
    return any(c.dep_ == "prt" for c in verb.children)


def _against_scourges(verb: Token, lex: Lexicon) -> bool:
    """Whether what a verb acts on (its object, or its "against" phrase) is only social ills
    (cue role `scourge`): "attacked ignorance and squalor", "fought against terrorism"."""
    heads = [c for c in verb.children if c.dep_ == "dobj"]
    heads += [
        pobj
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "against"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]
    heads = [_kind_of(head) for head in heads]
    words = [lemma(t, lex) for head in heads for t in (head, *head.conjuncts)]
    # "fire" is a scourge fought and also gunfire ("retaliate opening fire"): not here
    return bool(words) and all(
        lex.has_role(w, "scourge") and not lex.has_role(w, "accident") for w in words
    )


# Nouns that name a kind of, or the ill of, what their "of" phrase names: "all forms of
# racism", "the scourge of terrorism" are what the phrase names.
KIND_NOUNS = frozenset(
    {"form", "forms", "kind", "kinds", "type", "types", "sort", "sorts", "scourge", "menace"}
)


def _kind_of(noun: Token) -> Token:
    """What a kind noun's "of" phrase names ("all forms of racism": racism), else the noun."""
    named = _of_objects(noun) if noun.lower_ in KIND_NOUNS else []
    return named[0] if named else noun


def _of_objects(noun: Token) -> list[Token]:
    """The objects of a noun's "of" phrase: "a total of three discussions", "forms of racism"."""
    return [
        p
        for of in noun.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for p in of.children
        if p.dep_ == "pobj"
    ]


def _voiced_feeling(
    verb: Token, pattern: Pattern | None, roles: frozenset[str], lex: Lexicon
) -> bool:
    """ "expressed concern over", "expressed condolences to": a light verb of voicing (cue role
    `voice`) whose object is no event noun of its own codes as its CAMEO pattern for that
    object says: the feeling voiced is the statement. Other light verbs' patterns stay off
    ("launched a mediation effort", "sent a team to help")."""
    if "voice" not in roles or pattern is None or not pattern.object:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and not any(
        # "expressed its readiness to cooperate": the act intended is the event (`frame_of`);
        # "expressed fear that militants would fire rockets": what is feared is framed there
        lemma(c, lex) in lex.nouns or any(a.dep_ in ("acl", "ccomp") for a in c.children)
        for c in objects
    )


def taking_part(verb: Token, lex: Lexicon) -> bool:
    """ "Took part in", "participated in", "were engaged in": a verb that makes its subject
    one of the doers of the act its "in" phrase names ("engaged the enemy" has none); "joined
    the war against Iraq": one that joins an act aimed at someone."""
    if lex.has_role(lemma(verb, lex), "partake"):
        return bool(_part_taken_in(verb))
    if lex.has_role(lemma(verb, lex), "joining"):
        return bool(_acts_joined(verb, lex))
    return lemma(verb, lex) == "take" and any(
        c.dep_ == "dobj" and c.lower_ == "part" for c in verb.children
    )


def _names_what_is_taken_part_in(pattern: Pattern | None) -> bool:
    """Whether a pattern of taking part names its "in" phrase ("take part in naval
    exercises": 062), and so outranks the noun's own code."""
    return pattern is not None and pattern.code != NO_EVENT and bool(pattern.preps)


def _acts_joined(verb: Token, lex: Lexicon) -> list[Token]:
    """The objects of a verb of joining that name an act aimed at someone ("joined the war
    against Iraq", "joined the sanctions against Russia"); joining a coalition or a campaign,
    no act of its own, is the verb's own."""
    return [
        c for c in verb.children if c.dep_ == "dobj" and lemma(c, lex) in lex.nouns and _aimed(c)
    ]


def _part_taken_in(verb: Token) -> list[Token]:
    """The nouns of the "in" phrase of a verb of taking part ("took part in the attack")."""
    holders = [verb] + [c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "part"]
    return [
        noun
        for holder in holders
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for noun in prep.children
        if noun.dep_ == "pobj"
    ]


def _helps_do(verb: Token) -> bool:
    """Whether a verb of helping has an act to do (an infinitive) and no one it helps."""
    children = list(verb.children)
    return any(c.dep_ == "xcomp" for c in children) and not any(
        c.dep_ in ("dobj", "dative") for c in children
    )


def _hostile_act_helped(verb: Token, lex: Lexicon) -> bool:
    """Whether the act a helper takes part in is hostile: "helped to plan killings", "helped
    organise a plot to shoot soldiers" aid no one; the helper shares in a conflict act (its
    verbs chained by "and" or "to", or the event nouns they take)."""
    acts = [c for c in verb.children if c.dep_ == "xcomp"]
    for act in acts:  # the list grows as the chain is walked
        acts.extend(c for c in act.children if c.dep_ in CHAINED_ACTS and c.pos_ == "VERB")
        nouns = _object_events(act, lex)
        if conflictual(act, lex) or any(int(n.code[:2]) >= 14 for n in nouns):
            return True
    return False


# How a helped act chains to the next: "helped plan and carry out", "organise a plot to shoot".
CHAINED_ACTS = frozenset({"conj", "xcomp", "advcl"})


def _withheld_statement(verb: Token, lex: Lexicon) -> bool:
    """ "Refused to say what tactics it would use", "declined to comment": what is refused is
    a statement (a verb of telling or disclosing), so the refusal is declining comment, not a
    rejection of anyone ("refused to respond to a demand" still rejects it)."""
    return any(
        c.dep_ == "xcomp" and "disclosure" in lex.cues.get(lemma(c, lex), frozenset())
        for c in verb.children
    )


def _felt(verb: Token, lex: Lexicon) -> bool:
    """Whether a verb tells how someone felt or seemed, no act: any verb after "feel" or
    "seem" ("felt compelled to spend"), a participle after another linking verb ("residents
    should not feel threatened by the workers", "looked shaken"); also where the parser
    hangs the linking verb on it as an auxiliary ("Taiwan felt threatened")."""

    def links(word: Token, participle_may: bool) -> bool:
        said = lemma(word, lex)
        return said in FEELING_VERBS or (
            participle_may and verb.tag_ == "VBN" and said in LINKING_VERBS
        )

    if verb.dep_ in ("acomp", "xcomp", "oprd") and links(verb.head, True):
        return True
    if verb.tag_ == "VBN" and any(
        c.dep_ == "advmod" and c.lower_ in DEGREE_ADVERBS for c in verb.children
    ):
        return True  # "I am extremely encouraged by the initiative": a state, no act
    return any(
        c.dep_ in ("aux", "auxpass") and links(c, c.dep_ == "auxpass") for c in verb.children
    )


# Adverbs of degree: a participle they grade is a state ("deeply disappointed by").
DEGREE_ADVERBS = frozenset(
    {"very", "extremely", "deeply", "greatly", "so", "too", "highly", "particularly", "quite",
     "somewhat", "rather"}
)  # fmt: skip


def _shows_that(verb: Token, trigger: Trigger) -> bool:
    """Whether a verb that also means showing a quality (its "-" row for `&QUALITY`:
    "demonstrated its strength") has a clause of what it shows ("demonstrated that ...")."""
    shows = any(p.code == NO_EVENT and "&QUALITY" in p.object for p in trigger.patterns)
    return shows and any(c.dep_ == "ccomp" for c in verb.children)


def _fact_granted(verb: Token) -> bool:
    """Whether a verb's complement is a clause of what is so and it has no object: "he
    recognized the states were running out of funds", not "recognized Kosovo"."""
    return any(c.dep_ == "ccomp" for c in verb.children) and not any(
        c.dep_ in ("dobj", "dative") for c in verb.children
    )


def _opinion(verb: Token) -> bool:
    """Whether the verb's only complement is a finite clause of what is so, with no modal
    that would make it a promise ("agreed that the regime had", not "agreed that talks
    would resume", "agreed to meet")."""
    if any(c.dep_ in ("xcomp", "dobj", "prep", "dative") for c in verb.children):
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return bool(clauses) and all(
        c.tag_ in FINITE_TAGS and not any(a.tag_ == "MD" for a in c.children) for c in clauses
    )


def _let_in(verb: Token) -> bool:
    """Whether a verb of admitting lets someone in: its object is a name ("admit Burma to
    ASEAN") or people a name qualifies ("admitted UN inspectors"), not a fact or an act
    ("admitted Iraqi involvement")."""
    return any(
        c.dep_ == "dobj"
        and (
            c.pos_ == "PROPN"
            or c.ent_type_ in NAMED_ACTORS
            or (
                c.tag_ == "NNS"
                and any(m.dep_ == "compound" and m.ent_type_ in NAMED_ACTORS for m in c.children)
            )
        )
        for c in verb.children
    )


def _conceded_view(verb: Token) -> bool:
    """Whether all a verb of admitting admits is a clause of how things are or can be ("the
    dispute is frustrating", "the role cannot be frozen in aspic", "the figure was nowhere
    near the actual number"), not an act owned ("admitted shooting two cousins", "admitted
    that mistakes had been made")."""
    if any(c.dep_ in ("xcomp", "dobj") for c in verb.children):
        return False
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    return bool(clauses) and all(
        any(
            (a.dep_ == "acomp" and a.lower_ not in TRUTH_WORDS) or a.tag_ == "MD"
            for a in c.children
        )
        or _where_things_stand(c)
        for c in clauses
    )


def _where_things_stand(clause: Token) -> bool:
    """ "the figure was nowhere near the actual number", "a change of venue is under
    consideration": a copula whose only complement is a prepositional phrase, other than
    one of owning an act ("was behind the attack", "was in charge of the website")."""
    deps = {c.dep_ for c in clause.children}
    if clause.lemma_ != "be" or "prep" not in deps or deps & {"attr", "acomp", "expl"}:
        return False
    return not any(
        c.dep_ == "prep"
        and (c.lower_ in OWNING_PREPS or any(p.lower_ in OWNING_NOUNS for p in c.children))
        for c in clause.children
    )


# What a copula's phrase owns an act with: "was behind the attack", "was in charge of it".
OWNING_PREPS = frozenset({"behind"})
OWNING_NOUNS = frozenset({"charge", "command", "control"})


def _courtesy_call(verb: Token, lex: Lexicon) -> bool:
    """Whether a verb "on" someone asks nothing of them: no infinitive, clause or "for"
    phrase of what is asked, and the one called on is a person or a named actor ("called on
    the governor", not "called on his experience")."""
    if any(
        c.dep_ in ("xcomp", "ccomp", "dobj")
        or (c.dep_ == "prep" and c.lower_ == "for")
        or (c.dep_ == "advcl" and is_infinitive(c))
        for c in verb.children
    ):
        return False
    called = [
        pobj
        for prep in verb.children
        if prep.dep_ in ("prep", "prt") and prep.lower_ == "on"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]
    return any(
        not any(c.dep_ in ("acl", "relcl") and is_infinitive(c) for c in pobj.children)
        and (pobj.pos_ == "PROPN" or lex.has_role(lemma(pobj, lex), "person"))
        for pobj in called
    )


def _question(verb: Token, lex: Lexicon) -> bool:
    """Whether a verb puts a question: its clause complement opens with "whether", "if" or
    a wh-word, or it is asked "about" something, with no act or thing asked for (its object
    is the one asked)."""
    children = list(verb.children)
    if any(c.dep_ == "xcomp" or c.dep_ == "prep" and c.lower_ == "for" for c in children):
        return False
    for child in children:
        if child.dep_ == "ccomp":  # an adverbial "if" is a condition: "will appeal if..."
            first = child.left_edge
            if first.lower_ in ("whether", "if") or first.tag_ in QUESTION_WORD_TAGS:
                return True
            if polar_question(child):
                return True  # "the minister asked Washington: will the US lift sanctions?"
        if (
            child.dep_ == "advcl"
            and child.left_edge.tag_ in QUESTION_WORD_TAGS
            and any(c.dep_ == "aux" and c.tag_ == "MD" for c in child.children)
        ):
            # "asked the minister when the session would end", parsed as an adverbial
            # clause: a time clause has no "would" ("asked for help when the riot began")
            return True
        if child.dep_ == "prep" and child.lower_ == "about":
            return True
        if child.dep_ == "dobj" and crude_singular(child.lower_) in QUESTION_NOUNS:
            return True  # "asked him the same question"
    if lemma(verb, lex) in QUESTION_VERBS and _question_clause_after(verb):
        return True
    return not any(c.dep_ == "ccomp" for c in children) and _after_quoted_question(verb)


def _question_clause_after(verb: Token) -> bool:
    """ "is heard asking the reporter if he is a spy": a "whether" or "if" clause straight
    after the one asked, which the parser may hang on the verb as an adverbial clause (a
    condition comes after what is asked for: "asked Japan for help if the talks failed") or
    on the verb's governor."""
    asked = next((c for c in verb.children if c.dep_ == "dobj"), None)
    end = (asked if asked is not None else verb).right_edge.i + 1
    if end >= len(verb.doc):
        return False
    mark = verb.doc[end]
    return (
        mark.lower_ in ("whether", "if")
        and mark.dep_ == "mark"
        and mark.head.dep_ in ("advcl", "ccomp")
        and mark.head.head in (verb, verb.head)
    )


def _after_quoted_question(verb: Token) -> bool:
    """Whether a verb's clause follows a quote that ends in a question mark ("'Will the US
    lift sanctions?' the minister asked Washington"): what it says is the question. The
    quote may be parsed inside the clause; what counts is what comes before the subject."""
    subject = next((c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    starts = {verb.i} | ({subject.left_edge.i} if subject is not None else set())
    for start in starts:
        before = [t for t in verb.doc[max(0, start - 2) : start] if not t.is_space]
        if len(before) == 2 and before[0].text == "?" and before[1].is_quote:
            return True
    return False


def _asked_for(verb: Token, lex: Lexicon) -> bool:
    """ "sought aid from India", "sought US backing": a framing verb whose curated pattern
    codes its object itself (an appeal for it), so the object is no framed act of its own."""
    trigger = lex.verbs.get(lemma(verb, lex))
    if trigger is None or verb.pos_ != "VERB":
        return False
    pattern = _match(verb, trigger, lex)
    return pattern is not None and pattern.source == "curated" and pattern.code != NO_EVENT


def _effective_head(noun: Token) -> tuple[Token, str]:
    """The noun's governor and relation, seeing through "a total of", "a series of" and
    "navy to navy talks" (which the parser reads as "hold navy / to talks")."""
    head = noun.head
    if (
        noun.dep_ == "pobj"
        and head.lower_ == "to"
        and head.i > 0
        and any(
            c.dep_ == "compound" and c.lower_ == noun.doc[head.i - 1].lower_ for c in noun.children
        )
    ):
        return head.head, "dobj"
    if (
        noun.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.lower_ in QUANTITIES
        and head.head.dep_ in ("dobj", "nsubj", "attr")
    ):
        return head.head.head, head.head.dep_
    if (
        noun.dep_ == "pobj"
        and head.lower_ == "of"
        and head.head.dep_ == "dobj"
        and _an_amount(head.head)
    ):
        return head.head.head, "dobj"  # "gave the Ivory Coast 5.1 million dollars of aid"
    if noun.dep_ == "pobj" and head.lower_ == "in":
        # "gave Pakistan 50 million dollars in aid", "provided $50 million in military aid":
        # the amount is the object; what it is "in" is what was given
        governor = head.head
        amount = governor if governor.dep_ == "dobj" else None
        if governor.pos_ == "VERB":
            amount = next((c for c in governor.children if c.dep_ == "dobj"), None)
        if amount is not None and amount.i < head.i and _an_amount(amount):
            return amount.head, "dobj"
    return head, noun.dep_


def _an_amount(noun: Token) -> bool:
    """Whether a noun is a sum or a count: "50 million dollars", "$50 million"."""
    return _a_quantity(noun) or noun.tag_ == "CD"


def _noun_trigger(token: Token, lex: Lexicon) -> Trigger | None:
    """The noun trigger `token` is: its own, or that of the act an undertaking noun is
    modified by ("a bombing campaign", "mediation efforts")."""
    word = lemma(token, lex)
    trigger = _own_noun_trigger(token, word, lex)
    if trigger is not None or not lex.has_role(word, "undertaking"):
        return trigger
    modifier = token.doc[token.i - 1] if token.i > 0 else None
    if modifier is None or modifier.dep_ != "compound" or modifier.head.i != token.i:
        return None
    return _own_noun_trigger(modifier, lemma(modifier, lex), lex)


def _own_noun_trigger(token: Token, word: str, lex: Lexicon) -> Trigger | None:
    """The noun trigger of `token`, whose lemma is `word`."""
    # a nominal gerund is its own noun: "shelling", not the verb's lemma "shell"
    return lex.nouns.get(token.lower_ if token.pos_ == "VERB" else word)


def _noun_candidate(token: Token, lex: Lexicon, own_date: bool) -> Candidate | None:
    trigger = _noun_trigger(token, lex)
    if trigger is None:
        return _fire_undergone(token, lex)
    code = trigger.code
    pattern = _match(token, trigger, lex)
    if pattern is not None and pattern.code == NO_EVENT:
        return None
    reverse = trigger.reverse
    if pattern is not None:
        code, reverse = pattern.code, _reverse(pattern, trigger)
    if code is None:
        return None
    head, relation = _effective_head(token)
    if code == LABOUR_STRIKE and token.dep_ == "nsubj" and lex.has_role(lemma(head, lex), "harm"):
        code, reverse = MILITARY_STRIKE, None  # "Israeli strikes killed ten": force, no walkout
    head_roles = lex.cues.get(lemma(head, lex), frozenset())
    if _light(head, lex):
        head_roles = head_roles | {"light"}  # "stepped up raids"
    undergoer = _undergone_from(token, lex)
    if undergoer is not None and code[:2] in UNDERGONE_ROOTS:
        # "the convoy came under attack by rebels", "came under criticism from Egypt": the
        # act of whom the phrase names, on the verb's subject
        return Candidate(token, undergoer, code, reverse, Rule.NOUN_REACTION)
    elicitor = _elicitor(head, relation, lex)
    if elicitor is not None and reactors(token):
        # "the plan drew sharp criticism from Egypt", "was met with condemnation by the
        # EU": the reaction of whom the phrase names, to the act of the verb's subject
        return Candidate(token, elicitor, code, reverse, Rule.NOUN_REACTION)
    if relation == "nsubjpass" and _recoded_by_verb(head, token, code, lex):
        return None  # "US sanctions were lifted on Turkish citizens": eased, the verb's act
    if relation == "dobj" and head_roles & CARRYING_ROLES:
        if code[:2] in GIVEN_ROOTS and lemma(head, lex) == "have":
            return None  # "Somalia's government has international support": support held
        if _recoded_by_verb(head, token, code, lex):
            return None  # "imposed a boycott on Qatar": the verb's own row codes the act
        # "launched attacks on", "ordered air strikes on": the act is the verb's subject's
        return Candidate(token, head, code, reverse, Rule.NOUN_LIGHT_VERB)
    if relation == "dobj" and "forbid" in head_roles:
        return None  # "police banned the rally": the rally is another's, and was not held
    taker = _taker(token, lex)
    if taker is not None:
        # "French troops took part in the attack on the village": the participant's act
        return Candidate(token, taker, code, reverse, Rule.NOUN_LIGHT_VERB)
    traveller = _visiting(token, code)
    if traveller is not None:
        # "During a visit to China, President Vieira signed two deals": the visit is made by
        # the one who acts while on it
        return Candidate(token, traveller, code, reverse, Rule.NOUN_LIGHT_VERB)
    if relation == "pobj" and head.lower_ == "of" and lex.has_role(lemma(head.head, lex), "allege"):
        # "accused Russia of shelling its cities": the accused is the alleged doer.
        return Candidate(token, token, code, reverse, Rule.NOUN_ALLEGED)
    if relation == "dobj" and head_roles & {"plan", "allege", "refuse", "deny"}:
        if _asked_for(head, lex):
            return None  # "sought aid from India": the verb's appeal, coded on the verb
        if code[:2] in GIVEN_ROOTS and _giver_named(token):
            return None  # "the US wants the support of local militias": theirs to give
        return Candidate(token, head, code, reverse, Rule.NOUN_FRAMED)
    if token.dep_ == "nsubj" and any(
        c.dep_ == "attr" and lex.has_role(lemma(c, lex), "option") for c in head.children
    ):
        threat = lex.transform("threat", code)
        if threat is None:
            return None
        return Candidate(token, head, threat, None, Rule.NOUN_OPTION_THREAT)
    if own_date:
        return Candidate(token, token, code, reverse, Rule.NOUN_DATED)
    if (
        reverse
        and relation == "pobj"
        and head.lower_ in TAKING_PART_PREPS
        and head.head.pos_ == "VERB"
        and (
            any(c.dep_ == "prep" and c.lower_ == "with" for c in token.children)
            or _coordinated_sufferers(head.head)
        )
        and (head.lower_ != "from" or _consulting(head.head, lex))
    ):
        # ("withdrew from talks with": the verb is the event, not the talks.)
        # "discussed the need ... in talks with British Chancellor Lawson": the subject of
        # the clause took part in the talks with the noun's own partner.
        return Candidate(token, head.head, code, reverse, Rule.NOUN_PARTNER)
    reporting = _reporting_clause(token, head, relation, lex)
    if reporting is not None and _names_its_actor(token, lex):
        # "killed in a Nigerian air raid", "Rejections by Uganda doomed the proposal",
        # "strikes carried out by Turkish aircraft": the noun names its own actor, and the
        # clause that reports it gives its modality.
        return Candidate(token, reporting, code, reverse, Rule.NOUN_OWN_ACTOR)
    return None


def _giver_named(noun: Token) -> bool:
    """Whether a noun of something given names its giver in an "of" or "from" phrase ("the
    support of local militias", "aid from Japan")."""
    return any(c.dep_ == "prep" and c.lower_ in ("of", "from") for c in noun.children)


def _recoded_by_verb(verb: Token, noun: Token, code: str, lex: Lexicon) -> bool:
    """Whether a curated row of the light verb names the noun as its object and gives the
    pair another root: "imposed a boycott" is a sanction, not the noun's protest."""
    trigger = lex.verbs.get(lemma(verb, lex))
    if trigger is None:
        return False
    pattern = _match(verb, trigger, lex)
    return (
        pattern is not None
        and pattern.source == "curated"
        and pattern.code != NO_EVENT
        and pattern.code[:2] != code[:2]
        and lemma(noun, lex) in pattern.object
    )


def _undergone_from(noun: Token, lex: Lexicon) -> Token | None:
    """The verb whose subject comes under what `noun` names from someone a "from" or "by"
    phrase names ("came under attack by rebels", "were under fire from Pakistan"), if any."""
    head = noun.head
    if noun.dep_ != "pobj" or head.lower_ != "under" or head.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = head.head
    return verb if lemma(verb, lex) in UNDERGOING_VERBS and reactors(noun) else None


def _fire_undergone(noun: Token, lex: Lexicon) -> Candidate | None:
    """ "A convoy came under fire from Taliban militants": fire, no event noun by itself
    (cue role `onslaught`), is an act of whom its phrase names when an actor comes under it;
    the source tells force from words (`assembly._words_under_fire`)."""
    if not lex.has_role(lemma(noun, lex), "onslaught"):
        return None
    undergoer = _undergone_from(noun, lex)
    if undergoer is None:
        return None
    return Candidate(noun, undergoer, UNDER_FIRE, None, Rule.NOUN_REACTION)


def _elicitor(head: Token, relation: str, lex: Lexicon) -> Token | None:
    """The verb (cues.tsv `elicit`) that draws a reaction noun: as its object ("drew
    criticism", "sparked protests"), or after "met with"."""
    if relation == "dobj" and lex.has_role(lemma(head, lex), "elicit"):
        return head
    if relation == "pobj" and head.lower_ == "with" and lemma(head.head, lex) == "meet":
        return head.head
    return None


# A visit made (CAMEO's 042), and the prepositions of the time one is on it.
VISIT_CODE, VISIT_PREPS = "042", frozenset({"during", "on"})


def _visiting(noun: Token, code: str) -> Token | None:
    """The verb of the clause a visit to a place, with no owner of its own, is the time of
    ("during a visit to China, Vieira signed", "on a visit to Beijing, Putin praised")."""
    if code != VISIT_CODE or noun.dep_ != "pobj" or noun.head.lower_ not in VISIT_PREPS:
        return None
    if any(c.dep_ == "poss" for c in noun.children):
        return None  # "during his visit": the owner's, dated by its own rule
    if not any(c.dep_ == "prep" and c.lower_ == "to" for c in noun.children):
        return None  # "during the visit": whose, and to whom, is told elsewhere
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "nsubj" for c in verb.children):
        return None
    return verb


def _taker(noun: Token, lex: Lexicon) -> Token | None:
    """The verb of taking part whose "in" phrase is `noun`, or the verb of joining whose
    object it is, if any."""
    if noun.dep_ == "dobj" and lex.has_role(lemma(noun.head, lex), "joining"):
        return noun.head if noun in _acts_joined(noun.head, lex) else None
    holders = _in_holders(noun)
    if not holders:
        return None
    verb = holders[-1]
    if verb.pos_ != "VERB" or not taking_part(verb, lex) or noun not in _part_taken_in(verb):
        return None
    trigger = lex.verbs.get(lemma(verb, lex))
    if (
        trigger is not None
        and _names_what_is_taken_part_in(_match(verb, trigger, lex))
        and not _aimed(noun)
    ):
        return None
    return verb


def _aimed(noun: Token) -> bool:
    """ "a military operation against Houthi militants": an act with its own target, which
    outranks CAMEO's idiom for taking part in it (military cooperation, 0312). The parser
    may hang the "against" phrase on the verb that takes part or joins ("took part in the
    operation against the Taliban")."""
    holders = [noun, *([noun.head] if noun.dep_ == "dobj" else _in_holders(noun))]
    return any(c.dep_ == "prep" and c.lower_ == "against" for h in holders for c in h.children)


def _in_holders(noun: Token) -> list[Token]:
    """What an "in" phrase's noun hangs on: its governor, and through "part" the verb ("took
    part in the attack"); none for any other noun."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return []
    holder = noun.head.head
    return [holder, holder.head] if holder.dep_ == "dobj" and holder.lower_ == "part" else [holder]


def _coordinated_sufferers(verb: Token) -> bool:
    """ "20 Syrian rebels and 27 Isis fighters are killed in a battle": a passive whose
    subject is two sides, who fought each other in the noun's mutual act."""
    patient = passive_patient(verb)
    return patient is not None and bool(patient.conjuncts)


def _consulting(verb: Token, lex: Lexicon) -> bool:
    """Whether `verb` is no event of its own, or a consultation ("arrived from a meeting")."""
    found = _verb_candidate(verb, lex)
    return found is None or found.code.startswith("04")


def _reporting_clause(noun: Token, head: Token, relation: str, lex: Lexicon) -> Token | None:
    """The verb that reports `noun` as having taken place: a verb it is the circumstance
    of ("died in drone strikes") or the subject of ("Rejections doomed"), or the noun's
    own participle ("strikes carried out by")."""
    for child in noun.children:
        if child.dep_ == "acl" and _done_by(child, lex):
            return child
    if relation == "pobj" and head.lower_ in CIRCUMSTANCE_PREPS and head.head.pos_ == "VERB":
        return head.head
    if (
        relation == "pobj"
        and head.lower_ in CIRCUMSTANCE_PREPS
        and head.head.dep_ == "dobj"
        and head.head.head.pos_ == "VERB"
    ):
        return head.head.head  # "suffered heavy casualties in an Iranian offensive"
    if relation == "dobj" and head.lower_ in CIRCUMSTANCE_PREPS and head.head.pos_ == "VERB":
        return head.head  # "killed following air raids": the tagger's verb "following"
    if (
        relation in ("nsubj", "nsubjpass")
        and head.pos_ == "VERB"
        # a headline's plural present reports too, "Air strikes by Saudi jets kill 25"
        # (which the tagger may call a bare verb: one with no auxiliary is no infinitive),
        # and so does the progressive, "Palestinian riots are still continuing"
        and _reports(head)
    ):
        return head
    return None


def _reports(verb: Token) -> bool:
    """Whether a verb tells of what happened: a past or present tense, a bare verb with no
    auxiliary (a present the tagger missed), or a progressive ("are still continuing")."""
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if verb.tag_ == "VB":
        return not auxiliaries
    if verb.tag_ == "VBG":
        return any(a.lemma_ == "be" for a in auxiliaries)
    return verb.tag_ in ("VBD", "VBN", "VBZ", "VBP")


def _done_by(participle: Token, lex: Lexicon) -> bool:
    """ "carried out by Turkish aircraft": a light verb's participle with its agent."""
    return lex.has_role(lemma(participle, lex), "light") and any(
        c.dep_ == "agent" for c in participle.children
    )


def _names_its_actor(noun: Token, lex: Lexicon) -> bool:
    """Whether the noun phrase itself can name an actor: a modifier, a possessor, a "by"
    phrase, or the agent of its participle (the actor layer decides which it is)."""
    return bool(between_parties(noun)) or any(
        c.dep_ in ("poss", "amod", "compound", "nmod")
        or (c.dep_ == "prep" and c.lower_ == "by")
        or (c.dep_ == "acl" and _done_by(c, lex))
        for c in noun.children
    )


def _fixed_noun_phrase(token: Token) -> bool:
    """ "to discuss the law and order situation": a word of a fixed pair of nouns, which the
    parser may read as a verb ("order" the situation), is no act."""
    words = tuple(t.lower_ for t in token.doc[max(token.i - 2, 0) : token.i + 1])
    return words in FIXED_NOUN_PAIRS


# Pairs of nouns that name one thing: "law and order".
FIXED_NOUN_PAIRS = frozenset({("law", "and", "order")})


def _nominal_gerund(token: Token) -> bool:
    """ "killed in Israeli tank shelling": a gerund tagged as a verb but used as a noun, an
    argument with a noun's modifiers and none of a verb's (subject, object, auxiliary)."""
    if token.tag_ != "VBG" or any(
        c.dep_ in ("nsubj", "dobj", "aux", "auxpass") for c in token.children
    ):
        return False
    if token.dep_ == "conj" and token.head.pos_ == "NOUN":
        # "disagreement over the committee, as well as fighting in Syria, slowed progress":
        # coordinated with a noun, the gerund is one
        return True
    return token.dep_ in ("pobj", "nsubj", "nsubjpass", "dobj") and any(
        c.dep_ in ("det", "amod", "compound", "poss") for c in token.children
    )


def candidate(token: Token, lex: Lexicon, dated: set[int]) -> Candidate | None:
    """The candidate event `token` triggers, if any; `dated` holds the character offsets of
    the sentence's resolved time expressions (a noun carrying one is an event of its own)."""
    if _fixed_noun_phrase(token):
        return None
    if token.pos_ == "VERB" and not _nominal_gerund(token):
        return _verb_candidate(token, lex)
    if token.pos_ in ("NOUN", "PROPN", "VERB"):
        own_date = any(
            t.idx in dated and not bounded_below(t, token) for t in token.subtree if t.i != token.i
        )
        return _noun_candidate(token, lex, own_date)
    return None
