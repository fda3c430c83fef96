"""How the clause around a trigger frames it: modality, code transforms, the reporter.

`frame_of(trigger)` climbs from the trigger through the complements that govern it
("accuse X of [preparing [an invasion]]", "refuses to [abandon]", "said it [would attack]")
and collects what each level contributes:

- an allege cue (accuse, claim, reproach) makes its complement `alleged`;
- a refuse cue (refuse, decline, reject) negates it and asks for the 12x `refuse` transform;
- a deny cue, or `not`/`never` on the clause, makes it `negated`;
- would/could/might/may/must, `if`/`unless`, "in the event of", and fear or demand cues
  ("demanded that Hamas renounce...", "issued an ultimatum to Ecuador to halt attacks", a
  wish of another: "wants Uganda to attack") make it `hypothetical`;
- will/shall, plan cues (schedule, prepare, promise, plan) and "be to" ("was to meet") make it
  `planned`; an act judged under "it is/was fair (important) to" is `hypothetical`;
- "reportedly", "allegedly" on the clause make it `alleged`;
- a report cue (say, tell, announce) ends the climb and names the reporting verb, whose
  subject is the source when the event is reported speech.

Some clauses assert no event at all, and `Frame.unasserted` says why: a denial of an act under a
reporting or belief verb ("insists it has never ratified", "felt it had not intended to hurt"; a
deny cue's own complement stays a negated event beside the denial), an assurance ("said it would
not attack"; assembly makes "said it would not provide aid" a refusal), "never" under a
reporting or belief verb ("insist Egypt would never attack"), an obligation under a reporting
verb ("said Sudan must return the helicopter": the demand is the event; assembly keeps a
speaker's own, "said it must reject"), and an act inside what a simulate cue describes ("staged
an exercise simulating commandos attacking Seoul"), and the condition of another act ("will
boycott the elections unless the president steps down": `if`/`unless`), and what a deed was done
for ("sent troops to help": `purpose`; assembly keeps a purpose said in the doing, "marched to
protest", unless that doing was itself not done: "could not come together to condemn" is
`undone`), and what a draft cue proposes ("vetoed a resolution to impose sanctions", "a bill to
cut aid": `proposal`; the veto or the draft is the act).

Adverbial clauses, coordination and relative clauses are not complements: their head's cue
does not frame the trigger.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from whimbrel.events.lexicon import Lexicon
from whimbrel.nlp import conjunct_head, gerund_before, is_infinitive, is_listed_gerund
from whimbrel.records import Modality

# Prefixes of verbs whose irregular forms are the bare verb's: "retook", "withdrawn".
VERB_PREFIXES = ("re", "with", "over", "under", "out", "up", "mis", "fore")
# Modals of what may happen, never of what is asked: "may die", "might fall".
POSSIBILITY_AUX = frozenset({"may", "might"})
# "can" and "ca" (of "can't") too: what one can do is not told as done ("where he can be
# murdered", "Iran can attack Israel").
HYPOTHETICAL_AUX = frozenset(
    {"would", "could", "can", "ca", "might", "may", "should", "must", "'d"}
)
# Auxiliaries of a clause told as a fact: "has gone", "had reneged", "was broken".
INDICATIVE_AUX = frozenset({"has", "have", "had", "is", "are", "was", "were", "did", "does"})
# "said Sudan must return the helicopter": an obligation under a reporting verb is a demand.
OBLIGATION_AUX = frozenset({"must", "should"})
FUTURE_AUX = frozenset({"will", "shall", "'ll"})
# "would": a hypothesis, or in reported speech the future seen from the past
REPORTED_FUTURE_AUX = frozenset({"would", "'d"})
# "was to meet", "are to hold talks": the forms of "be" that arrange an act to come.
BE_FORMS = frozenset({"is", "are", "was", "were", "am", "'s", "'re"})
# "will be going to", "has been going to": the other forms of "be".
BE_BARE = frozenset({"be", "been", "being"})
# Adjectives of ability: "was able to arrest" is done as far as the copula says it is.
ABILITY_WORDS = frozenset({"able", "capable"})
# Subjects that name no one.
NO_ONE = frozenset({"none", "nobody"})
# Adjectives of haste: "was quick to condemn", "the first to recognise" is done as said.
PACE_WORDS = frozenset({"quick", "swift", "fast", "prompt", "slow", "first", "last"})
# Adjectives of answering for an act: "was responsible for ordering the killing" tells the
# act as its copula's clause does (alleged under "alleges that").
ANSWERABLE_WORDS = frozenset({"responsible", "guilty", "culpable", "accountable", "liable"})
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
CONDITION_MARKS = frozenset({"if", "unless"})
# Nouns of "in the event that", "in the case that": what follows is a condition.
CONDITION_NOUNS = frozenset({"event", "case"})
# "no dealings with the PLO until it recognizes Israel": English tells a time still to come
# in the present tense after these marks.
AWAITED_MARKS = frozenset({"until", "till", "once"})
PRESENT_TAGS = frozenset({"VBZ", "VBP"})
FINITE_TAGS = frozenset({"VBZ", "VBP", "VBD"})
# Conjunctions that set a second act against the first: "did not attend but sent an envoy".
CONTRASTS = frozenset({"but", "yet"})
# Words an act hangs on that say it is near or likely, not done: "is set to attack", "is
# about to", "poised to", "close to signing", "on the verge of", "on the brink of"; "was
# supposed to leave" is no more than expected.
LIKELY_WORDS = frozenset({"likely", "unlikely", "supposed"})
IMMINENT_WORDS = frozenset({"set", "about", "poised"}) | LIKELY_WORDS  # an infinitive
NEAR_WORDS = frozenset({"close", "closer", "verge", "brink"})  # a "to" or "of" phrase
# "have yet to", "is yet to": what is still to come has not been done.
YET_HEADS = frozenset({"have", "has", "had", "is", "are", "was", "were"})
# Verbs whose "to" phrase is what they bring about.
OUTCOME_VERBS = frozenset({"lead"})
# "in the event of", "in case of": the noun between the prepositions.
CONDITIONAL_NOUNS = frozenset({"event", "case"})
# Prepositions of a goal worked for: "towards lifting the ban".
GOAL_PREPS = frozenset({"towards", "toward"})
NEGATIONS = frozenset({"not", "n't", "never", "no"})
# Adverbs that deny the verb they modify: "never attacked", "hardly qualifying them as
# terrorists", "scarcely criticised"; a habit kept rarely tells of no act done ("Israel
# rarely claims responsibility for its strikes").
NEGATING_ADVERBS = frozenset({"never", "hardly", "scarcely", "rarely", "seldom"})
# Times that, with "no", deny the verb: "at no time", "at no point", "on no occasion".
NO_TIME_NOUNS = frozenset({"time", "point", "stage", "moment", "occasion"})
# How far above a trigger a simulate cue still frames it: "staged an exercise [simulating
# [commandos [attacking Seoul]]]" is three steps.
SIMULATION_DEPTH = 4
COMPLEMENTS = frozenset({"xcomp", "ccomp", "dobj", "pcomp", "pobj", "prep", "attr", "oprd"})
# "Isis is said to have used chemical weapons", "is thought to have fled": the passive of a
# verb of saying or believing tells hearsay of its subject ("was told to stop" is asked of it).
HEARSAY_VERBS = frozenset(
    {"say", "report", "claim", "allege", "believe", "think", "suspect", "understand", "rumour",
     "rumor", "reckon"}
)  # fmt: skip
# "Kenyan police allegedly beat refugees": an act told as claimed, not as seen.
ALLEGING_ADVERBS = frozenset({"reportedly", "allegedly", "purportedly", "supposedly"})
# Verbs whose infinitive is their subject's act even after an object ("promised Somalia to
# withdraw"), unlike "wants Putin to attack".
SUBJECT_CONTROL = frozenset({"promise", "pledge", "vow", "threaten", "offer", "agree"})


@dataclass(frozen=True)
class Frame:
    modality: Modality = "asserted"
    # "refuse", "cease", "intent" or "threat": how the trigger's code must change
    # (lexicon.transform).
    transform: str | None = None
    # The reporting verb whose complement holds the trigger, if any.
    reporter: Token | None = None
    # The cue verb that framed the trigger (accuse, refuse, prepare...), if any.
    cue: Token | None = None
    # The demand or fear verb whose complement holds the trigger ("urged X to support Y").
    demanded: Token | None = None
    # Why the clause asserts no event ("denial", "assurance", "never", "simulation",
    # "condition", "purpose", "undone", "proposal"), or None.
    unasserted: str | None = None
    # Whether a negation frames the trigger (with an allegation: "claims X has not complied").
    negated: bool = False


def lemma(token: Token, lex: Lexicon) -> str:
    """The token's lemma as the lexicon knows it (the pipeline runs without a lemmatizer)."""
    text = token.lower_
    found = lex.forms.get(text)
    verbal = token.pos_ in ("VERB", "AUX")
    if found and (not verbal or found in lex.verbs or found in lex.cues):
        if found == text and found not in lex.verbs and found not in lex.nouns:
            # a cue listed in the plural ("shells", "bombings") is still the inflected
            # verb or event noun: "Russia shells Kharkiv", "Israeli bombings of Gaza"
            triggers = lex.verbs if verbal else lex.nouns
            for suffix in ("es", "s"):
                if text.endswith(suffix) and text[: -len(suffix)] in triggers:
                    return text[: -len(suffix)]
        return found
    if token.lemma_ and token.lemma_ != text:
        return token.lemma_.lower()
    prefixed = _prefixed_form(text, lex)
    if prefixed is not None:
        return prefixed
    # "shelling" is a noun trigger too: as a verb, find the verb it inflects.
    known = (lex.verbs, lex.cues) if verbal else (lex.verbs, lex.nouns, lex.cues)
    for suffix, repl in (
        ("ies", "y"),
        ("ied", "y"),
        ("lling", "l"),
        ("ing", ""),
        ("ing", "e"),
        ("ed", ""),
        ("ed", "e"),
        ("es", ""),
        ("s", ""),
    ):
        if text.endswith(suffix):
            stem = text[: -len(suffix)] + repl
            if any(stem in table for table in known):
                return stem
    return found or text


def _prefixed_form(text: str, lex: Lexicon) -> str | None:
    """ "retook", "withdrawn", "overthrown": an irregular form of a known verb behind a
    prefix is that prefixed verb's form, when the lexicon knows the prefixed verb."""
    for prefix in VERB_PREFIXES:
        rest = text[len(prefix) :]
        if text.startswith(prefix) and rest in lex.forms:
            word = prefix + lex.forms[rest]
            if word in lex.verbs or word in lex.cues:
                return word
    return None


def _in_the_event(verb: Token) -> bool:
    """Whether a clause is the condition of "in the event that" or "in case" ("in case Iran
    attacks Israel"), parsed as the noun's clause or with the phrase on the verb."""
    head = verb.head
    if (
        verb.dep_ in ("relcl", "acl", "ccomp")
        and head.lower_ in CONDITION_NOUNS
        and head.dep_ == "pobj"
        and head.head.lower_ == "in"
    ):
        return True
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "in"
        and prep.i < verb.i
        and any(
            noun.dep_ == "pobj" and noun.lower_ == "case" and not list(noun.children)
            for noun in prep.children
        )
        for prep in verb.children
    )


def _markers(token: Token, attributed: list[Token] | None = None) -> set[str]:
    found = set()
    attributed = [] if attributed is None else attributed
    if _instead(token) or (token.dep_ == "pcomp" and token.head.lower_ == "without"):
        # "without acknowledging responsibility": what is done without it is not done
        found.add("negated")
    if _in_the_event(token):
        found.add("hypothetical")  # "in the event that Iran attacks": a condition
    for child in token.children:
        text = child.lower_
        if child.dep_ == "neg" or (child.dep_ == "advmod" and text in NEGATING_ADVERBS):
            found.add("negated")
            if text == "never":
                found.add("never")
        elif (
            child.dep_ == "advmod"
            and text == "longer"
            and any(g.lower_ == "no" for g in child.children)
        ):
            found |= {"negated", "ceased"}  # "will no longer abide by the accords"
        elif child.dep_ == "dobj" and any(
            g.dep_ == "det" and g.text == "no" for g in child.children
        ):
            # "offered no details", "made no concessions": none made ("branding the No
            # Campaign" names a campaign)
            found.add("negated")
        elif child.dep_ in ("nsubj", "nsubjpass") and _none_of(child):
            # "neither Britain nor France attacked Iraq", "no country has recognised it"
            found.add("negated")
        elif child.dep_ == "prep" and any(
            g.dep_ == "pobj"
            and g.lower_ in NO_TIME_NOUNS
            and any(d.dep_ in ("det", "neg") and d.lower_ == "no" for d in g.children)
            for g in child.children
        ):
            found.add("negated")  # "at no time did we ask the government for a grant"
        elif child.dep_ == "advmod" and text in ALLEGING_ADVERBS:
            # "Kenyan police allegedly beat refugees": told as claimed, not as seen
            found.add("alleged")
        elif child.dep_ in ("aux", "auxpass"):
            if text in REPORTED_FUTURE_AUX:
                # a hypothesis, or a future told in reported speech (see `frame_of`)
                found.add("hypothetical" if _counterfactual(token) else "would")
            elif text in HYPOTHETICAL_AUX:
                found.add("hypothetical")
                if text in OBLIGATION_AUX:
                    found.add("obliged")
            elif text in FUTURE_AUX:
                found |= {"planned", "future"}
        elif child.dep_ == "mark" and text in CONDITIONAL_MARKS:
            found.add("hypothetical")
            if text in CONDITION_MARKS:
                found.add("condition")
        elif child.dep_ == "mark" and text in AWAITED_MARKS and _awaited(token):
            found |= {"hypothetical", "condition"}
        elif child.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ == "as" for m in child.children
        ):
            # "..., as Washington and Kiev reproach him": an attribution clause.
            attributed.append(child)
    if polar_question(token) or _imperative(token):
        # "Will the United States lift sanctions?": asked, not told; "Withdraw your troops,"
        # Erdogan told Russia: bidden, not done
        found.add("hypothetical")
    return found


def _imperative(verb: Token) -> bool:
    """Whether a verb bids: a bare form that opens its clause, with no subject, auxiliary
    or marker of its own ("Lift the sanctions," the minister said)."""
    first = next((t for t in verb.subtree if not (t.is_punct or t.is_quote)), verb)
    return (
        verb.tag_ == "VB"
        and first == verb
        and verb.dep_ in ("ROOT", "ccomp", "parataxis", "advcl")
        and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "expl")
            for c in verb.children
        )
    )


# Tags of the words that open a question for what is not known ("why", "who", "which").
QUESTION_WORD_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})


def polar_question(verb: Token) -> bool:
    """Whether a clause asks whether it is so: its auxiliary comes before its subject and a
    question mark ends it ("Did Russia attack Ukraine?", "Will Iran sign?"). A question for
    what is not known takes the act as done ("Why did Pakistan attack?")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    inverted = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < subject.i]
    if not inverted or any(
        t.tag_ in QUESTION_WORD_TAGS for t in verb.doc[verb.sent.start : inverted[0].i]
    ):
        return False
    # the question mark closes the verb's own clause (the parser hangs it on the verb)
    after = verb.right_edge.i + 1
    return any(c.text == "?" for c in verb.children) or (
        after < len(verb.doc) and verb.doc[after].text == "?"
    )


def _none_of(subject: Token) -> bool:
    """Whether a subject names no one: "neither Britain nor France", "no country", "none of
    the parties", "nobody"."""
    return (
        subject.lower_ in NO_ONE
        or any(c.dep_ == "preconj" and c.lower_ == "neither" for c in subject.children)
        or any(c.dep_ == "det" and c.lower_ == "no" for c in subject.children)
    )


def _counterfactual(verb: Token) -> bool:
    """ "would have preferred", "would have to coordinate": what might have been, or must
    be, not a future."""
    return verb.lower_ == "have" or any(
        c.dep_ == "aux" and c.lower_ in ("have", "'ve") for c in verb.children
    )


def _on_condition(verb: Token) -> bool:
    """Whether an "if" or "unless" clause hangs on `verb` ("would visit Turkey if the talks
    went well")."""
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in c.children)
        for c in verb.children
    )


def _banned_doer(noun: Token, lex: Lexicon) -> bool:
    """Whether `noun` is the object of a preposition of a deny noun ("ban on its diplomats")."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.dep_ == "prep"
        and prep.head.pos_ == "NOUN"
        and lex.has_role(lemma(prep.head, lex), "deny")
    )


def _outcome_doer(noun: Token, lex: Lexicon) -> bool:
    """Whether `noun` is the object of an outcome verb's "to" ("lead to the president ...")."""
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "to"
        and lemma(noun.head.head, lex) in OUTCOME_VERBS
    )


def _awaited(verb: Token) -> bool:
    """ "vowed not to deal with the PLO until it recognizes Israel": a present tense after
    "until" or "once", under a main clause that is not itself in the present (a headline's
    "Rebels hold the town until troops arrive" tells both as now), is an act awaited."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ in PRESENT_TAGS
        and verb.head.tag_ not in PRESENT_TAGS
        and not any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in PRESENT_TAGS for c in verb.head.children
        )
    )


def _wish_noun_of(clause: Token, head: Token, lex: Lexicon) -> Token | None:
    """The noun of fear or demand whose "that" clause `clause` is: its head ("fears that
    extremists may strike"), or the object noun just before it that the parser passed over
    for the verb ("reiterated its demand today that Israel ease restrictions"); or the noun
    of fear whose gerund it is ("Sharon risks being assassinated", the verb read as a plural
    noun; "a request urging the AU to act" is the request's own words)."""
    if (
        clause.dep_ == "acl"
        and head.pos_ == "NOUN"
        and (clause.tag_ == "VBG" or any(c.lower_ == "being" for c in clause.children))
    ):
        return head if lex.has_role(lemma(head, lex), "fear") else None
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return None
    noun = head if clause.dep_ == "acl" and head.pos_ == "NOUN" else _noun_before(clause, head)
    if noun is None:
        return None
    return noun if lex.cues.get(lemma(noun, lex), frozenset()) & WISH_ROLES else None


def _claim_noun_of(clause: Token, head: Token, lex: Lexicon) -> Token | None:
    """The noun of allegation or report whose clause `clause` is: its head, with "that"
    ("allegations that Pakistan is supporting militants"), or the object noun just before a
    clause with its own subject that the parser hung on the verb, with or without "that"
    ("hit back at Labour claims he had used Mrs Dixon")."""
    if clause.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN":
        if head.dep_ == "ROOT":
            return None  # "E pao reports on July 11 that...": a verb mis-tagged
        if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            return None
        noun: Token | None = head
    elif clause.dep_ == "relcl" and head.pos_ == "NOUN" and head.dep_ != "ROOT":
        # "refused to deny claims the prime minister had reneged on a deal": a clause with a
        # subject of its own and no relative word, read as a relative clause, is what is
        # claimed
        children = list(clause.children)
        deps = {c.dep_ for c in children}
        if (
            any(c.tag_ in QUESTION_WORD_TAGS for c in children)
            or not deps & {"nsubj", "nsubjpass"}
            or not deps & CONTENT_CLAUSE_DEPS
        ):
            # "claims which the minister rejected", "an allegation Tehran dismissed as a new
            # lie": a relative clause, its object the claim itself
            return None
        noun = head
    elif any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        noun = _noun_before(clause, head)
    else:
        return None
    if noun is None or not lex.cues.get(lemma(noun, lex), frozenset()) & CLAIM_ROLES:
        return None
    return noun


def _noun_before(clause: Token, head: Token) -> Token | None:
    """The verb's object, or the object of its preposition, that ends just before a clause
    the parser hung on the verb instead of on that noun ("reiterated its demand today that
    Israel ease restrictions", "hit back at Labour claims he had used Mrs Dixon")."""
    if clause.dep_ not in ("ccomp", "advcl") or head.pos_ not in ("VERB", "AUX"):
        return None
    nouns = [c for c in head.children if c.dep_ == "dobj"]
    nouns += [g for p in head.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj"]
    nouns = [n for n in nouns if n.pos_ == "NOUN" and n.right_edge.i < clause.left_edge.i]
    if not nouns:
        return None
    noun = max(nouns, key=lambda n: n.right_edge.i)
    between = clause.doc[noun.right_edge.i + 1 : clause.left_edge.i]
    if any(t.ent_type_ not in ("DATE", "TIME") for t in between):
        return None
    return noun


# Cue roles of the speaker's own participles after a list: "accused Israel of violating
# rights, saying it had proof and calling for an inquiry".
SPEAKERS_ROLES = frozenset({"report", "demand", "naming"})


def listed_under(clause: Token, lex: Lexicon) -> Token | None:
    """The gerund that an adverbial "-ing" clause is listed with, when the parser hung the
    middle of a list on the verb above it: "accused the US of violating rights, ignoring
    law and sending a signal" ("violating" for "ignoring"). None for the speaker's own
    participles ("..., saying it had proof and calling for an inquiry")."""
    if not is_listed_gerund(clause):
        return None
    listed = [clause, *(c for c in clause.children if c.dep_ == "conj")]
    if any(lex.cues.get(lemma(t, lex), frozenset()) & SPEAKERS_ROLES for t in listed):
        return None
    return gerund_before(clause)


def _instead(token: Token) -> bool:
    """ "Instead of using water cannon", "rather than attacking Iran": what was not done."""
    prep = token.head
    return (
        token.dep_ == "pcomp"
        and prep.lower_ in ("of", "than")
        and any(c.dep_ == "advmod" and c.lower_ in ("instead", "rather") for c in prep.children)
    )


def _semicolon_between(clause: Token, head: Token) -> bool:
    """Whether a semicolon parts a clause from the head the parser gave it."""
    low, high = sorted((clause.i, head.i))
    return any(t.text == ";" for t in clause.doc[low:high])


# Cue roles of nouns whose "that" clause is wished or feared, not done.
WISH_ROLES = frozenset({"fear", "demand"})
# Cue roles of nouns whose clause is someone's claim: "allegations that", "reports that".
CLAIM_ROLES = frozenset({"allege", "report"})
# What a claimed clause read as relative has that a relative clause, whose object is the
# noun it qualifies, mostly lacks: an object, or an auxiliary ("claims he had reneged").
CONTENT_CLAUSE_DEPS = frozenset({"dobj", "aux", "auxpass"})
# The dependents that give a clause a subject or a tense of its own.
SUBJECT_OR_AUX = frozenset({"nsubj", "nsubjpass", "aux", "auxpass"})
# What a subjectless participle shares of its head's markers: the mood, not the negation.
SHARED_MOODS = frozenset({"hypothetical", "would", "obliged", "planned", "future", "condition"})


def frame_of(trigger: Token, lex: Lexicon) -> Frame:
    attributed: list[Token] = []
    markers = _markers(trigger, attributed)
    for clause in attributed:
        roles = lex.cues.get(lemma(clause, lex), frozenset())
        if "allege" in roles:
            markers.add("alleged")
    transform: str | None = None
    reporter: Token | None = None
    cue: Token | None = None
    demanded: Token | None = None
    node = trigger
    for _ in range(12):
        head = conjunct_head(node)
        relation = node.dep_
        listed = listed_under(node, lex)
        if listed is not None:
            head, relation = listed, "conj"
        if head == node:
            break
        if relation == "ccomp" and _semicolon_between(node, head):
            # "Peru has ratified the pact; Colombia plans to sign": a clause a semicolon
            # ends is a sentence of its own, not what the next one plans or says
            break
        if (
            relation == "xcomp"
            and head.lower_ in YET_HEADS
            and any(c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children)
        ):
            # "have yet to endorse", "is yet to sign": not done, and not refused either
            markers.add("hypothetical")
            break
        wished = _wish_noun_of(node, head, lex)
        if wished is not None:
            # "amid fears that extremists may strike": what is feared has not happened,
            # and nobody threatened it; "their demand that the government release the
            # prisoners": what is demanded is not done either
            markers.add("hypothetical")
            demanded = demanded or wished
            break
        claim = _claim_noun_of(node, head, lex)
        if claim is not None:
            # "allegations that Pakistan is supporting militants", "reports that Russia had
            # attacked", "hit back at Labour claims he had used Mrs Dixon as a human shield":
            # someone's claim, not the reporter's; denied or called baseless, as it mostly
            # is, it is still no more than alleged
            markers.add("alleged")
            cue = cue or claim
            break
        if relation == "advcl":
            # An adverbial clause's own conditional mark was read with its markers; the
            # main clause does not frame it ("Receiving X, he promised..." is no promise),
            # unless it is what the main clause's demand asks for.
            request = _request_of(node, head, lex)
            if request is not None:
                markers.add("hypothetical")
                demanded = demanded or request
            elif is_infinitive(node):
                # "sent troops to stop the attacks": what the act was for, not yet done.
                markers.add("purpose")
                if _undone(head, lex):
                    # "could not come together to condemn the violence": the act it was
                    # to be said in was not done either
                    markers.add("undone")
            elif node.tag_ == "VBG" and not any(c.dep_ in SUBJECT_OR_AUX for c in node.children):
                # "he could save 35 billion while also offering tax cuts", "will visit China,
                # attending the summit": a participle with no subject or auxiliary of its own
                # shares its head's mood (not its negation: "did not speak while visiting")
                markers |= _markers(head) & SHARED_MOODS
            break
        if relation == "conj":
            if not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "neg") for c in node.children):
                # "would shoot down the missiles and attack their platforms": a conjunct
                # with no subject or auxiliary of its own shares its head's
                shared = _markers(head)
                if node.tag_ in FINITE_TAGS and head.tag_ == "VB":
                    # "will not attend the conference but backs its aim": a tense of its
                    # own, so no share in the head's auxiliary or its negation
                    shared = set()
                elif any(c.dep_ == "cc" and c.lower_ in CONTRASTS for c in head.children):
                    shared -= {"negated", "never"}  # "did not attend but sent an envoy"
                markers |= shared
            node = head
            continue
        if (
            relation == "relcl"
            and head.dep_ in ("dobj", "dative")
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in node.children)
            and "report" in lex.cues.get(lemma(head.head, lex), frozenset())
        ):
            # "told a radio station that X damages Y", parsed as a relative clause of the
            # hearer: a "that" complementiser makes it the reporting verb's complement.
            reporter = head.head
            break
        if _infinitive_of_noun(node, relation, head, "plan", lex):
            # "stressed Iraq's readiness to cooperate with Jordan", "announced its intention
            # to withdraw": an act intended, not done (its noun's owner intends it); "has no
            # plans to start talks": none intended ("no plans for Blair to meet him", parsed
            # as a relative clause, too)
            markers.add("planned")
            if any(c.dep_ in ("det", "neg") and c.lower_ == "no" for c in head.children):
                markers.add("negated")
            cue = cue or head
            node = head
            continue
        if _infinitive_of_noun(node, relation, head, "draft", lex):
            # "vetoed a UN resolution to impose sanctions", "a bill to cut aid": what a text
            # proposes is not done by being proposed
            markers.add("proposed")
            break
        if relation == "acl" and _banned_doer(head, lex):
            # "lifted its ban on its diplomats speaking with North Korean ones": what a ban
            # forbids its doers was not done
            markers.add("negated")
            break
        if relation == "acl" and _outcome_doer(head, lex):
            # "could lead to the Turkish president reaching a deal", parsed as the doer's
            # participle: as real as what leads to it
            markers |= _markers(head.head.head)
            break
        if relation == "acl" and any(c.dep_ == "det" and c.lower_ == "any" for c in head.children):
            # "any ballistic missile used by North Korea against Japan would be...": any such
            # act, none told as done
            markers.add("hypothetical")
            break
        if relation not in COMPLEMENTS:
            break
        if relation == "prep" and head.dep_ == "acomp" and head.lower_ in ANSWERABLE_WORDS:
            # "alleges that the royal court was responsible for ordering his death": the act
            # is framed as the copula's clause is
            markers |= _markers(head.head)
            node = head.head
            continue
        if head.pos_ == "ADP" or head.dep_ == "prep":
            if (
                head.lower_ == "with"
                and relation == "pcomp"
                and any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children)
            ):
                # "decided on the relocation, with Hungary voting against": a clause with
                # a subject of its own after "with" tells what happened beside the act, not
                # what was decided, planned or said of it
                break
            if head.lower_ == "of" and head.head.lower_ in CONDITIONAL_NOUNS:
                markers.add("hypothetical")
            if head.lower_ in GOAL_PREPS:
                # "pledged to work towards lifting the ban": a goal, not yet done
                markers.add("hypothetical")
            if head.lower_ == "against" and lex.has_role(lemma(head.head, lex), "caution"):
                # "warned the US against imposing sanctions": an act warned against is not
                # done; the warning is the event
                markers.add("hypothetical")
                demanded = demanded or head.head
            node = head
            continue
        roles = lex.cues.get(lemma(head, lex), frozenset())
        if (
            relation == "xcomp"
            and any(c.dep_ == "auxpass" for c in head.children)
            and lemma(head, lex) in HEARSAY_VERBS
        ):
            # "Isis is said to have used such weapons", "Iran is believed to have sent
            # arms": what is said or believed of someone is claimed, not seen
            markers.add("alleged")
            cue = cue or head
            node = head
            continue
        if (
            "report" in roles
            and relation == "xcomp"
            and is_infinitive(node)
            and any(c.dep_ in ("dobj", "dative") for c in head.children)
            and not any(c.dep_ == "prep" and c.lower_ == "to" for c in head.children)
        ):
            # "told the United States to withdraw", "warned him to withdraw from the case":
            # what someone is told to do is asked of him, not done ("has written to the
            # Taoiseach to request a meeting" requests it)
            markers.add("hypothetical")
            demanded = demanded or head
            break
        if "report" in roles and relation in ("ccomp", "xcomp", "dobj"):
            reporter = head
            break
        if _rules_out(head, lex) and relation in ("xcomp", "ccomp", "dobj"):
            # "ruled out attacking Iran": not to be done; "did not rule out attending the
            # conference": possible, no more (the two negations make no assertion)
            own = _markers(head)
            markers.add("hypothetical" if "negated" in own else "negated")
            markers |= own - {"negated"}
            cue = cue or head
            node = head
            continue
        if "allege" in roles:
            markers.add("alleged")
            cue = cue or head
        elif "refuse" in roles and relation in ("xcomp", "dobj"):
            transform = transform or "refuse"
            cue = cue or head
        elif "cease" in roles and relation == "xcomp":
            # "will stop providing military aid", "halted supplying gas": the act ends
            markers.add("ceased")
            cue = cue or head
        elif "deny" in roles:
            markers.add("negated")
            cue = cue or head
        elif "weigh" in roles and relation in ("xcomp", "dobj"):
            # "is considering releasing Barghouti", "mulling imposing sanctions": an act
            # weighed, not done or decided
            markers.add("hypothetical")
            cue = cue or head
        elif (
            "believe" in roles
            and relation == "ccomp"
            and not ("demand" in roles and _subjunctive(node))
        ):
            # "felt that it had not intended to hurt": an opinion, like reported speech.
            markers.add("believed")
        elif "permit" in roles and relation in ("xcomp", "ccomp"):
            # "a law allowing the military to help handle the crisis": what one is let do
            # has not been done; the permission is its own event
            markers.add("hypothetical")
            demanded = demanded or head
        elif roles & {"fear", "demand"}:
            # What is feared or demanded has not happened.
            markers.add("hypothetical")
            demanded = demanded or head
        elif (
            "plan" in roles
            and relation in ("xcomp", "ccomp")
            and _wished_of_another(head, node, lex)
        ):
            # "Obama wants Putin to attack", "Russia expects Ukraine to withdraw": what one
            # wishes another would do is asked of it, not done or planned by it.
            markers.add("hypothetical")
            demanded = demanded or head
        elif (head.lower_ in IMMINENT_WORDS and relation == "xcomp") or (
            head.lower_ in NEAR_WORDS and relation in ("prep", "pobj")
        ):
            # "is set to attack", "are close to signing", "on the brink of war": about to
            # happen, not done; "is likely to attack": no more than likely
            markers.add("hypothetical" if head.lower_ in LIKELY_WORDS else "planned")
            cue = cue or head
        elif "plan" in roles:
            markers.add("planned")
            cue = cue or head
        elif head.pos_ == "AUX" and head.lower_ in BE_FORMS and is_infinitive(node):
            if any(c.dep_ in ("acomp", "attr") for c in head.children):
                # "it was fair to criticise the timing", "it is important to support":
                # an act judged, not done
                markers.add("hypothetical")
            else:
                # "she was to meet Chirac", "the leaders are to hold talks": arranged
                markers.add("planned")
        elif (
            head.lower_ == "going"
            and relation == "xcomp"
            and is_infinitive(node)
            and any(c.dep_ == "aux" and c.lower_ in BE_FORMS | BE_BARE for c in head.children)
        ):
            # "Russia is going to attack", "police were going to arrest him": a future
            markers.add("planned")
            cue = cue or head
        elif head.pos_ in ("VERB", "AUX") and relation in ("xcomp", "ccomp"):
            # A verb that is no cue ("required to", "mean that") passes its modality on.
            pass
        elif (
            head.lower_ in ABILITY_WORDS | PACE_WORDS
            and relation == "xcomp"
            and head.dep_ == "acomp"
        ):
            # "have not been able to arrest", "will be able to meet", "was quick to condemn":
            # the act is as real as the ability (or haste) its copula reports
            markers |= _markers(head.head)
        elif head.pos_ == "ADJ" and relation == "xcomp" and head.dep_ == "acomp":
            # "will be sufficient to force Russia to negotiate", "is eager to meet", "were
            # reluctant to attack": an act the adjective weighs, not one done
            markers.add("hypothetical")
            cue = cue or head
        elif head.pos_ in ("NOUN", "PROPN") and relation in ("pobj",):
            pass
        elif (
            head.pos_ == "VERB"
            and relation == "prep"
            and node.lower_ == "to"
            and lemma(head, lex) in OUTCOME_VERBS
        ):
            # "could lead to Erdogan reaching a deal": the outcome is as real as its cause
            pass
        elif head.pos_ == "VERB" and relation == "prep" and node.lower_ == "by":
            # "accused X of increasing provocation by carrying out exercises": the means
            # is framed as the act it serves.
            pass
        elif relation not in ("dobj", "attr", "oprd"):
            break
        markers |= _markers(head)
        if head.dep_ == "acomp":
            # "were not willing to lend", "if the two are unable to reach a pact": the copula
            # carries the adjective's negation and condition ("would be ready to host" stays
            # an intent)
            copula = _markers(head.head)
            markers |= copula & {"negated", "never"}
            if "condition" in copula:
                markers |= {"condition", "hypothetical"}
        node = head
    if "ceased" in markers and transform is None:
        # an act that stops is no act done, nor one denied: it becomes its cessation where
        # the act has one (transforms.tsv, when=cease: "stop providing aid" is 162)
        transform = "cease"
        markers.discard("ceased")
    if "would" in markers:
        # "the Kremlin said Putin would meet Erdogan on Friday": the future of reported
        # speech, planned; "would retaliate if attacked", or unreported, a hypothesis
        plain_report = (
            reporter is not None and "condition" not in markers and not _on_condition(trigger)
        )
        markers.add("planned" if plain_report else "hypothetical")
    unasserted = _unasserted(trigger, markers, reporter, lex)
    if "alleged" in markers:
        modality: Modality = "alleged"
    elif transform == "refuse" and demanded is None:
        # a refusal is done; one demanded of another ("urged Italy to refuse to recognize
        # Macedonia") is not, and the demand is the event
        modality = "asserted"
    elif "hypothetical" in markers:
        modality = "hypothetical"
    elif "negated" in markers:
        modality = "negated"
    elif "planned" in markers:
        modality = "planned"
    else:
        modality = "asserted"
    negated = "negated" in markers
    return Frame(modality, transform, reporter, cue, demanded, unasserted, negated)


def _infinitive_of_noun(node: Token, relation: str, head: Token, role: str, lex: Lexicon) -> bool:
    """Whether `node` is the infinitive that a noun of cue `role` governs: "its readiness to
    cooperate" (plan), "a resolution to impose sanctions" (draft)."""
    return (
        relation in ("acl", "relcl")
        and head.pos_ == "NOUN"
        and lex.has_role(lemma(head, lex), role)
        and is_infinitive(node)
    )


def _rules_out(verb: Token, lex: Lexicon) -> bool:
    """ "ruled out attacking Iran": a verb of excluding an act."""
    return lemma(verb, lex) == "rule" and any(
        c.dep_ == "prt" and c.lower_ == "out" for c in verb.children
    )


def _undone(verb: Token, lex: Lexicon) -> bool:
    """Whether the act of `verb` is negated, conditional, or refused or denied by the verb
    it completes ("could not come together", "refused to come together")."""
    if _markers(verb) & {"negated", "hypothetical", "would"}:
        return True
    roles = lex.cues.get(lemma(verb.head, lex), frozenset())
    return verb.dep_ == "xcomp" and bool(roles & {"refuse", "deny"})


def _wished_of_another(head: Token, clause: Token, lex: Lexicon) -> bool:
    """Whether the infinitive `clause` of a wish or plan verb has its own subject, the verb's
    object ("wants Putin to attack"), rather than the verb's subject ("wants to attack";
    "promised Somalia to withdraw" is still the promiser's act)."""
    if lemma(head, lex) in SUBJECT_CONTROL:
        return False
    if not is_infinitive(clause):
        return False
    # the object must be someone to act ("wants Putin to"), not a thing ("prepare initiatives
    # to defend Ukraine", which the parser may hang the same way)
    return any(
        c.dep_ == "dobj" and c.i < clause.i and (c.pos_ in ("PROPN", "PRON") or c.ent_type_)
        for c in head.children
    ) or any(c.dep_ == "nsubj" for c in clause.children)


def told_as_so(verb: Token, lex: Lexicon) -> bool:
    """Whether a verb's clause complement tells what is, was or may befall, in the indicative:
    "suggested Mr Blair went back on a pledge", "suggest thousands may die", not "suggested
    (that) they meet", "should meet" or "suggested Britain might take in refugees"."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp"):
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
            continue  # a participle the parser made a clause: "arms seized last week"
        auxiliaries = {a.lower_ for a in clause.children if a.dep_ in ("aux", "auxpass")}
        if auxiliaries & POSSIBILITY_AUX and lemma(clause, lex) not in lex.verbs:
            return True  # "officials suggest tens of thousands may die": a forecast, no act
        if auxiliaries & (HYPOTHETICAL_AUX | FUTURE_AUX):
            continue
        # (a present after a present may still be asked for: "I suggest the BBC
        # concentrates on the issues")
        past = verb.tag_ in ("VBD", "VBN")
        if clause.tag_ == "VBD" or (past and clause.tag_ == "VBZ") or auxiliaries & INDICATIVE_AUX:
            return True
    return False


def _subjunctive(clause: Token) -> bool:
    """Whether a clause's verb is a bare present with no auxiliary ("suggested that Iran and
    Iraq meet", "proposed that he resign"), or takes "should": asked for, not told as so."""
    auxiliaries = {c.lower_ for c in clause.children if c.dep_ in ("aux", "auxpass")}
    if auxiliaries:
        return auxiliaries <= {"should", "be"}
    return clause.tag_ in ("VB", "VBP")


def _request_of(clause: Token, head: Token, lex: Lexicon) -> Token | None:
    """The demand noun whose infinitive `clause` is, parsed as the light verb's adverbial:
    "issued an ultimatum to Ecuador to halt attacks", "made an appeal to the rebels to
    lay down their arms"."""
    if not is_infinitive(clause):
        return None
    for child in head.children:
        if (
            child.dep_ == "dobj"
            and child.i < clause.i
            and lex.has_role(lemma(child, lex), "demand")
        ):
            return child
    return None


def _unasserted(
    trigger: Token, markers: set[str], reporter: Token | None, lex: Lexicon
) -> str | None:
    """Why the clause asserts no event, or None (see the module docstring)."""
    if reporter is not None and "obliged" in markers:
        # The demand is the event ("said Sudan must return": 10x); the act demanded is not
        # (assembly keeps a speaker's own obligation, "said it must reject", as its act).
        return "obligation"
    spoken = reporter is not None or "believed" in markers
    if (spoken or "alleged" in markers) and "never" in markers:
        # "Peru claimed that it never signed any pact with Chile": a claim of what never was
        return "never"
    if (
        spoken
        and "negated" in markers
        and not markers & {"future", "alleged"}
        and not ("would" in markers and lex.has_role(lemma(trigger, lex), "stance"))
    ):
        # "Belgrade insists it has not ratified the treaty": the speaker denies an act; "said
        # it will not attend" is left to the plan frames, and "said it would not recognize the
        # vote" is a stance refused now, a rejection. "Would not" of any other act is an
        # assurance that it will not be done (assembly makes a refusal of one that would
        # have helped: "said it would not provide support to Israel").
        return "assurance" if "would" in markers else "denial"
    if "undone" in markers:
        return "undone"
    if "proposed" in markers:
        return "proposal"
    if "purpose" in markers:
        # Assembly keeps a purpose that is said in the doing ("marched to protest").
        return "purpose"
    if "condition" in markers:
        # "will boycott the elections unless the president steps down": a condition of
        # another act, reported as no more than that
        return "condition"
    for ancestor in _ancestors(trigger, SIMULATION_DEPTH):
        if lex.has_role(lemma(ancestor, lex), "simulate"):
            return "simulation"
    return None


def _ancestors(token: Token, depth: int) -> list[Token]:
    found: list[Token] = []
    node = token
    while node.head != node and len(found) < depth:
        node = node.head
        found.append(node)
    return found
