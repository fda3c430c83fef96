"""From parse phrases to actors: subjects, objects and the mentions they hold.

`Mentions` indexes the actor layer's mentions by token; `subject_of` and `object_phrases`
find the phrases that hold an event's source and target, through passives, control and
raising verbs, relative clauses, coordination (titled coordinated names included) and "accuse
X of V-ing"; `purpose_clauses` the "to stop violations by Turkey" that may name the target.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from whimbrel.actors import offices
from whimbrel.actors.describe import BACKED_WORDS
from whimbrel.actors.match import DATELINE_DASHES
from whimbrel.events.anchoring import PLACE_ENTITIES, PLACE_PREPS
from whimbrel.events.lexicon import Lexicon, lexicon
from whimbrel.events.modality import lemma, listed_under
from whimbrel.events.ontology import VERBAL_CONFLICT, quad_class
from whimbrel.nlp import conjunct_head, is_infinitive
from whimbrel.records import Actor, Mention

TARGET_PREPS = (
    "with",
    "against",
    "to",
    "toward",
    "towards",
    "on",
    "upon",
    "at",
    "into",
    "for",
    "from",
    "over",
    "of",
    "between",
)
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
# Cue roles of verbs that are acts themselves, whose infinitive clause says what they were
# done for ("held talks to end the war", "fought alongside the SDF to oust Isis"), unlike a
# framing cue's complement ("vowed to destroy").
PURPOSEFUL_ROLES = frozenset({"light", "mutual", "command"})
# Passive forms that tell what their subject does: "were engaged in", "is involved in".
STATIVE_PASSIVES = frozenset({"engage", "involve"})
# Verbs that voice their subject's intent, object a noun of intent ("voiced its willingness",
# "made plans", "has no plans"); speech verbs do too ("announced its intention").
INTENT_VOICES = frozenset({"express", "voice", "signal", "make", "have", "show", "reaffirm"})
# The role blocks of political parties: two named parties are two actors under one code.
PARTY_BLOCKS = frozenset({"PTY", "OPP"})
# Relations of a body that are others of its own country: "opponents of the Senate".
DOMESTIC_RELATIONS = frozenset({"opponent", "critic"})
# Mention kinds that name a place for an actor: a capital, a town, a country at home.
STAND_IN_KINDS = frozenset({"metonym", "place", "domestic"})
# Verbs whose object is the means of their complement's act, not its doer: "police used
# teargas to disperse the crowd".
INSTRUMENT_VERBS = frozenset({"use", "employ", "utilise", "utilize"})
# Modifiers of an attack that make it terrorists' (`noun_sources`): "the US terror attacks".
TERROR_WORDS = frozenset({"terror", "terrorist"})
MODIFIER_DEPS = frozenset({"amod", "compound"})
# Compass points: "a target southwest of Baghdad" says where the target lies, not whose it is.
COMPASS_POINTS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
)
OBJECT_NOUN_PREPS = (*TARGET_PREPS, "by")
# Nouns that describe a place in apposition: "Peshawar, the provincial capital of ...".
PLACE_NOUNS = frozenset(
    {"capital", "city", "town", "village", "district", "province", "region", "area", "county"}
)
# Where an event with no other target happened: the gold sets code the place's country
# as the target ("arrived in Amman": IRQ -> JOR; "exercises in Alaska": RUS -> USA).
PLACE_TARGET_PREPS = ("in", "inside")
# Verbs whose passive participle on a group's noun says who heads it: "a delegation led by".
LEADING_VERBS = frozenset({"lead", "head"})
# CAMEO roots of force: assault, fight, mass violence.
FORCE_NOUN_ROOTS = frozenset({"18", "19", "20"})


class Mentions:
    """The article's mentions indexed by token, for mapping parse phrases to actors."""

    def __init__(self, doc: Doc, mentions: Sequence[Mention]) -> None:
        self.by_token: dict[int, Mention] = {}
        self.ordered = sorted((m for m in mentions if country(m)), key=lambda m: m.span[0])
        # in how many sentences the article's actors and places are of each country
        self.countries = Counter(
            country for country, _ in {(country(m), m.sentence) for m in self.ordered}
        )
        for mention in self.ordered:
            span = doc.char_span(*mention.span, alignment_mode="expand")
            if span is None:
                continue
            for token in span:
                old = self.by_token.get(token.i)
                if old is None or (old.span[1] - old.span[0]) < (mention.span[1] - mention.span[0]):
                    self.by_token[token.i] = mention

    def in_span(self, span: Span) -> bool:
        return any(t.i in self.by_token for t in span)

    def at(self, head: Token, depth: int = 0, coordinated: bool = True) -> list[Mention]:
        """Mentions of the phrase headed by `head` and of each phrase coordinated with it."""
        found: list[Mention] = []
        tokens = [head]
        if coordinated:
            tokens.extend(head.conjuncts)
            # "The President of Ecuador Rafael Correa and the President of Peru Ollanta
            # Humala": the parser hangs the second title on the first one's name.
            for child in head.children:
                if child.dep_ == "appos":
                    tokens.extend(t for t in child.conjuncts if t not in tokens)
        for token in tokens:
            for mention in self._phrase(token, depth):
                if mention not in found:
                    found.append(mention)
        return found

    def _phrase(self, head: Token, depth: int) -> list[Mention]:
        if head.i in self.by_token:
            found_here = [self.by_token[head.i]]
            found_here.extend(self._misparsed_pair(head, found_here[0]))
            # "Hungarian and Romanian officials": the mention may span only the last
            # adjective and the head; the coordinated adjectives name actors too.
            for child in head.children:
                if child.dep_ in ("amod", "compound") and child.conjuncts:
                    self._add_at((child, *child.conjuncts), found_here)
                elif child.dep_ == "prep" and child.lower_ == "of":
                    # "the foreign ministers of France and Germany": each country's own
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            self._add_at(pobj.conjuncts, found_here)
                elif _hyphen_joined(child, head):
                    # "a U.S.-British air raid", "Russian-Syrian strikes": both sides
                    mention = self.by_token.get(child.i)
                    if mention is not None and mention not in found_here:
                        found_here.insert(0, mention)
            return found_here
        if depth > 2:
            return []
        found: list[Mention] = []
        owners: list[Mention] = []
        agents: list[Mention] = []
        doers: list[Mention] = []
        patients: list[Mention] = []
        lex = lexicon()
        related = lex.has_role(lemma(head, lex), "relation")
        forceful = _forceful_act(head, lex)
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ == "by" and _acted_on(head):
                # "the occupation of Laos by Vietnamese troops", "decisions by Trump": the
                # act's doer is whom acting on the act acts on, before what it was done to
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        agents.extend(self.at(pobj, depth + 1))
            elif child.dep_ == "poss":
                # "his predecessor Donald Trump" is Trump; the owner only when nothing else.
                owners.extend(self._owners(child, depth, related))
            elif child.dep_ == "appos" and child.lower_ in PLACE_NOUNS:
                # "attacked the residence of an official in Peshawar, the provincial capital
                # of Khyber Pakhtunkhwa": the parser may hang a place's description on the
                # wrong noun; it says where, never who
                continue
            elif child.dep_ in ("compound", "amod", "nmod", "appos"):
                if child.i == 0 and _spaced_dash_after(child):
                    # "ISLAMABAD - Tribal elders ... are negotiating": the dateline's city
                    # says where the story was filed, not who the elders are
                    continue
                named = self.at(child, depth + 1)
                found.extend(named)
                if child.dep_ == "amod":
                    doers.extend(named)
            elif child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ != "pobj":
                        continue
                    if related:
                        owners.extend(self._owners(pobj, depth, related))
                        continue
                    of = self.at(pobj, depth + 1)
                    found.extend(map(as_place, of) if _bearing(head) else of)
                    patients.extend(of)
            elif (
                child.dep_ == "acl"
                and child.tag_ == "VBN"
                and _acted_on(head)
                and lex.has_role(lemma(head, lex), "proposition")
                and (maker := _own_agent(child)) is not None
            ):
                # "hit back at comments made by Donald Trump", "rejected a plan drawn up by
                # Iran": a plan, law or remark stands for whoever made it
                agents.extend(self.at(maker, depth + 1))
            elif _led_by(child, lex) and (leader := _own_agent(child)) is not None:
                # "a seven-member team led by refugee leader Rijal met Koirala": a group
                # with no name of its own acts for whoever heads it
                found.extend(self.at(leader, depth + 1))
        if agents:
            return agents
        if forceful and patients and (doers or owners):
            # "criticised the Turkish invasion of northern Syria", "Turkey's invasion of
            # Syria": acting on an act of force acts on its doer, not on whom it struck
            return [m for m in doers or owners if m not in patients]
        if found or not owners:
            return found
        if related and lemma(head, lex) in DOMESTIC_RELATIONS:
            # "opponents of Rwanda's Senate": others of the body's own country, not the body
            return [as_place(m) for m in owners if country(m)]
        if related:
            return []  # "its neighbour", "Iran's proxies": another actor than the owner
        return owners

    def _owners(self, owner: Token, depth: int, related: bool) -> list[Mention]:
        """The owners a noun's possessive or "of" phrase names. Of a relation noun, only a
        body or thing of a state, whose own people its "opponents" are ("opponents of
        Rwanda's Senate", "critics of Kenya's constitution"); a state named as the owner
        ("Iran's opponents") has others."""
        found = self.at(owner, depth + 1)
        if not related or owner.i not in self.by_token:
            return found
        return [m for m in found if country(m) != m.actor.code]

    def _add_at(self, tokens: Iterable[Token], found: list[Mention]) -> None:
        """Add the mentions at `tokens` to `found`, each once."""
        for token in tokens:
            mention = self.by_token.get(token.i)
            if mention is not None and mention not in found:
                found.append(mention)

    def _misparsed_pair(self, head: Token, own: Mention) -> list[Mention]:
        """ "Donald Trump and Theresa May": a name ending in a common word ("May") can leave
        the first name of a pair hanging as its modifier; an "and" between two mentions in
        the head's phrase still coordinates them."""
        if any(c.dep_ == "relcl" for c in head.children):
            # "tensions between Russia and Western countries, which accuse it": a relative
            # clause on the last noun speaks of that noun alone
            return []
        before = [t for t in head.subtree if t.i < head.i]
        joined = [t for t in before if t.dep_ == "cc" and t.lower_ == "and"]
        if not joined:
            return []
        found: list[Mention] = []
        for token in before:
            mention = self.by_token.get(token.i)
            if mention is None or mention is own or mention in found:
                continue
            if mention.span[1] <= joined[0].idx and own.span[0] > joined[0].idx:
                found.append(mention)
        return found

    def before(self, offset: int) -> list[Mention]:
        return [m for m in self.ordered if m.span[1] <= offset]


def _acted_on(noun: Token) -> bool:
    """Whether `noun` is an act or a thing some verb acts on (its object, or the object of a
    preposition of it), not the subject of a clause."""
    return noun.pos_ == "NOUN" and noun.dep_ in ("dobj", "pobj", "conj", "appos")


def _led_by(child: Token, lex: Lexicon) -> bool:
    """ "a delegation led by", "a team headed by": a passive participle of leading, on a
    group that no name of its own qualifies ("PLFI cadres led by their area commander" are
    the PLFI's) and that is no act ("an investigation led by the prosecutors")."""
    group = child.head
    return (
        child.dep_ == "acl"
        and child.tag_ == "VBN"
        and lemma(child, lex) in LEADING_VERBS
        and lemma(group, lex) not in lex.nouns
        and not any(c.pos_ == "PROPN" and c.dep_ in ("compound", "amod") for c in group.children)
    )


# The most words a city before a dateline's colon takes ("New Delhi:", "Rio de Janeiro:").
DATELINE_WORDS = 4


def _colon_dateline(token: Token, verb: Token) -> bool:
    """Whether a subject is a dateline's city before a colon at the start of the sentence,
    with the verb's own subject after it: "New Delhi: US President Donald Trump held out"."""
    after = token.i + 1
    return (
        token.dep_ == "nsubj"
        and after < len(token.doc)
        and token.doc[after].text == ":"
        and token.i - token.sent.start < DATELINE_WORDS
        and any(c.dep_ == "nsubj" and c.i > after for c in verb.children)
    )


def _spaced_dash_after(token: Token) -> bool:
    """Whether a spaced dash follows the token ("ISLAMABAD - Tribal elders"), as in a
    dateline."""
    nxt = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (
        nxt is not None
        and nxt.text in DATELINE_DASHES
        and bool(token.whitespace_)
        and bool(nxt.whitespace_)
    )


def _hyphen_joined(child: Token, head: Token) -> bool:
    """Whether `child` is the first of two names joined by a hyphen into one modifier."""
    return (
        child.dep_ in ("npadvmod", "amod", "compound", "nmod")
        and child.i + 2 == head.i
        and head.doc[child.i + 1].text in ("-", "–")
    )


def names_force(noun: Token, lex: Lexicon) -> bool:
    """Whether a noun names an act of force ("invasion", "annexation", "bombings")."""
    trigger = lex.nouns.get(lemma(noun, lex))
    return trigger is not None and trigger.code is not None and trigger.code[:2] in FORCE_NOUN_ROOTS


def _forceful_act(noun: Token, lex: Lexicon) -> bool:
    """Whether an acted-on noun names an act of force."""
    return _acted_on(noun) and names_force(noun, lex)


def _bearing(head: Token) -> bool:
    """ "an Islamic State target southwest of Baghdad": the parser heads the phrase on the
    compass point, whose "of" names where the target lies (Iraq), not whose it is (not
    Baghdad's government)."""
    return head.lower_.replace("-", "") in COMPASS_POINTS


def mention_root(doc: Doc, mention: Mention) -> Token | None:
    """The syntactic head of a mention's words in `doc`, if its span maps onto tokens."""
    span = doc.char_span(*mention.span, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def as_place(mention: Mention) -> Mention:
    """A mention read as where something lies: its country, no government or people."""
    code = mention.actor.country
    return replace(mention, actor=Actor(code, code, None, None), kind="place")


def country(mention: Mention) -> str | None:
    actor = mention.actor
    return actor.country or (actor.code[:3] if actor.code else None)


def role_block(mention: Mention) -> str:
    """The CAMEO role block of a mention's code ("COP" of "PAKCOP"), or ""."""
    return (mention.actor.code or "")[3:6]


def same_actor(a: Mention, b: Mention) -> bool:
    """Same span, or the same code and not two holders of different offices under it: Mobutu
    and his prime minister are both ZARGOV, but one can arrest the other."""
    if a.span == b.span:
        return True
    if a.actor.code is None or a.actor.code != b.actor.code:
        return _state_and_capital(a, b) or _state_and_capital(b, a)
    return not _two_people(a.actor, b.actor) and not _two_parties(a, b) and not _two_named(a, b)


def _state_and_capital(state: Mention, capital: Mention) -> bool:
    """A country named bare and its capital standing for its government are one state:
    "Turkey ... warned the bloc not to cross Ankara's red lines"."""
    country = state.actor.country
    return (
        country is not None
        and state.actor.code == country
        and state.kind in ("name", "pronoun")  # not its people, "Algerians protested in Algiers"
        and capital.kind == "metonym"
        and capital.actor.code == f"{country}GOV"
        and state.actor.entity == capital.actor.entity  # the state itself, no one of it
    )


def _two_named(a: Mention, b: Mention) -> bool:
    """Two actors the knowledge base tells apart (Kabila and his vice president Bemba, both
    CODGOV, named or pointed back to); a capital standing for a state is not an actor of
    its own beside the state's leader ("Putin said Moscow would respond")."""
    return (
        a.kind not in STAND_IN_KINDS
        and b.kind not in STAND_IN_KINDS
        and bool(a.actor.entity and b.actor.entity)
        and a.actor.entity != b.actor.entity
    )


def _two_parties(a: Mention, b: Mention) -> bool:
    """Two named parties of one country under one code (PTY, OPP): "the Congress attacked
    the BJP"."""
    return (
        role_block(a) in PARTY_BLOCKS
        and a.actor.entity is not None
        and b.actor.entity is not None
        and a.actor.entity != b.actor.entity
    )


def _two_people(a: Actor, b: Actor) -> bool:
    """Two holders of different offices ("president", "prime minister")."""
    held = offices()
    return a.role in held and b.role in held and a.role != b.role


def relative_head(token: Token, verb: Token) -> Token:
    """A relative pronoun stands for the noun its clause modifies."""
    if token.tag_ in RELATIVE_TAGS and verb.dep_ == "relcl":
        # "Russia and Western countries, which accuse it": the nearest conjunct is meant.
        candidates = [t for t in (verb.head, *verb.head.conjuncts) if t.i < token.i]
        head = max(candidates, key=lambda t: t.i) if candidates else verb.head
        if token.tag_ == "WDT":
            # "a fire in an apartment in the 18th arrondissement of Paris which killed
            # eight": the parser hangs the clause on the last place, but a place only says
            # where; the thing there is meant
            while head.dep_ == "pobj" and head.head.head.pos_ in ("NOUN", "PROPN"):
                prep = head.head.lower_
                if not (prep in PLACE_PREPS or (prep == "of" and head.ent_type_ in PLACE_ENTITIES)):
                    break
                head = head.head.head
            described = _described_by_agent(head, token)
            if described is not None:
                head = described
        return head
    return token


def _described_by_agent(head: Token, pronoun: Token) -> Token | None:
    """ "an alliance led by Kurdish militias and backed by the US, which took control of
    Raqqa": after a comma, a "which" clause on the agent of a participle describing a noun
    goes on describing that noun, not its agent."""
    if head.dep_ != "pobj" or head.head.dep_ != "agent":
        return None
    if pronoun.i == 0 or pronoun.doc[pronoun.i - 1].text != ",":
        return None
    participle = head.head.head
    while participle.dep_ == "conj":
        participle = participle.head
    if participle.dep_ != "acl" or participle.head.pos_ not in ("NOUN", "PROPN"):
        return None
    return participle.head


def arguments(verb: Token) -> list[Token]:
    """The verb's dependents, and those the parser hung on its auxiliaries instead."""
    children = list(verb.children)
    for child in verb.children:
        if child.dep_ in ("aux", "auxpass"):
            children.extend(child.children)
    return children


def shared_object(verb: Token) -> Token | None:
    """ "killed or wounded 300 soldiers", "arrested and charged two men": a verb with no
    object of its own, joined straight to a verb on the same side (conflict or cooperation),
    shares its object: "police arrived and arrested five men" arrived at no one."""
    after = verb.doc[verb.i + 1 : verb.i + 3]
    if len(after) < 2 or after[0].dep_ != "cc" or after[0].head != verb:
        return None
    conjunct = after[1]
    if conjunct.dep_ != "conj" or conjunct.head != verb or conjunct.pos_ != "VERB":
        return None
    lex = lexicon()
    if lex.has_role(lemma(conjunct, lex), "topic"):
        return None  # "met and discussed Syria": what is talked about
    own, other = lex.verbs.get(lemma(verb, lex)), lex.verbs.get(lemma(conjunct, lex))
    if own is None or other is None or own.code is None or other.code is None:
        return None
    if (quad_class(own.code) >= VERBAL_CONFLICT) != (quad_class(other.code) >= VERBAL_CONFLICT):
        return None
    if any(c.dep_ in ("dobj", "nsubjpass", "auxpass", "ccomp", "xcomp") for c in verb.children):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in conjunct.children):
        return None
    return next((c for c in conjunct.children if c.dep_ == "dobj"), None)


def passive_conjunct(verb: Token) -> bool:
    """ "were arrested and freed on bail", "is arrested ... and flown to Bangkok": a conjunct
    with no auxiliary of its own shares its head's passive ("had been killed, injured or
    taken captive": through each participle before it)."""
    if verb.dep_ != "conj" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    head = verb.head
    if any(c.dep_ == "auxpass" for c in head.children):
        return True
    return head.tag_ == "VBN" and passive_conjunct(head)


def _own_subject(verb: Token) -> bool:
    """Whether a verb has a subject or an object of its own ("arrested and beat two
    policemen" is active)."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in verb.children)


def reduced_passive(verb: Token) -> bool:
    """ "an official killed in the attack", "hostages held by Abu Sayyaf": a participle
    after its noun, which it tells what was done to; the tagger may call it a past tense."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBN", "VBD")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


# Prepositions that tell what a passive's patient did before, for or as it ("murdered after
# refusing", "tasked by Moscow with forcing", "quoted by radio as saying"); "were joined by
# Germany in casting votes" is both sides' act.
PATIENT_ACT_PREPS = frozenset({"after", "before", "since", "upon", "for", "until", "with", "as"})


def _participle_after_noun(verb: Token) -> bool:
    """ "in support of creches threatened with banishment": a clause the parser hangs on the
    verb above, tagged a past tense, though it follows the noun it tells what was done to,
    with no subject or object of its own; it borrows no subject from the verb above."""
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBD"
        and before is not None
        and before.pos_ in ("NOUN", "PROPN")
        and before.head is not verb
        and not any(c.dep_ in ("dobj", "nsubj", "nsubjpass", "mark") for c in verb.children)
    )


def subject_of(verb: Token, lex: Lexicon, depth: int = 0) -> Token | None:
    writing = _written_to(verb, lex)
    if writing is not None and depth <= 4:
        # "wrote to the watchdog accusing Labour", "sent a letter to the UN urging": the
        # writing says it, not the one written to
        if lex.has_role(lemma(writing, lex), "document"):
            return _issuer(writing, lex, depth + 1)
        return subject_of(writing, lex, depth + 1)
    absolute = absolute_participle(verb)
    for child in arguments(verb):
        if (child.i == 0 and _spaced_dash_after(child)) or _colon_dateline(child, verb):
            continue  # "BAGHDAD -- Two car bombs killed": the dateline's city, parsed a subject
        if child.dep_ in ("nsubj", "csubj") and not absolute:
            subject = relative_head(child, verb)
            if subject is not child and lex.has_role(lemma(subject, lex), "document"):
                # "a statement that condemned the strikes": the statement's issuer
                return _issuer(subject, lex, depth)
            return subject
    agent = passive_agent(verb)
    if agent is not None:
        return agent
    if lemma(verb, lex) in STATIVE_PASSIVES and any(
        c.dep_ == "prep" and c.lower_ == "in" for c in verb.children
    ):
        # "Serb forces were engaged in ethnic cleansing": a state, its subject the doer
        patient = passive_patient(verb)
        if patient is not None:
            return relative_head(patient, verb)
    if depth > 0:
        # "X is scheduled to meet": the passive subject controls the complement.
        patient = passive_patient(verb)
        if patient is not None:
            return relative_head(patient, verb)
    elif (
        absolute
        or any(c.dep_ == "auxpass" for c in verb.children)
        or (verb.tag_ == "VBN" and verb.dep_ == "advcl")
        or reduced_passive(verb)
        or _participle_after_noun(verb)
    ):
        # "47 died and 120 were injured", "Asked if...": a passive event borrows no subject;
        # its source can only be its "by" agent, found above.
        return None
    if depth > 4 or verb.head == verb:
        return None
    head = verb.head
    if verb.dep_ == "xcomp":
        dobj = next((c for c in head.children if c.dep_ == "dobj"), None)
        head_lemma = lemma(head, lex)
        instrument = head_lemma in INSTRUMENT_VERBS
        # "summoned Beijing's ambassador to protest": the summoner's purpose
        own = lex.has_role(head_lemma, "plan") or lex.has_role(head_lemma, "summon")
        if dobj is not None and not own and not instrument:
            return dobj
        patient = passive_patient(head)
        if patient is not None and passive_agent(head) is not None:
            # "Mbeki, who was named by the African Union to act as mediator", "was asked by
            # Iran to mediate": the one named or asked acts, not who named or asked him
            return relative_head(patient, head)
        return subject_of(head, lex, depth + 1)
    if verb.tag_ in ("VBN", "VBD") and passive_conjunct(verb) and not _own_subject(verb):
        # "were arrested and freed on bail": the conjunct is passive too (the tagger may
        # call its participle a past tense: "should be hunted down and killed")
        return None
    if verb.dep_ == "conj" and lemma(head, lex) == "say":
        # "Police said a group of armed people, dressed in uniform, looted a truck": the
        # parser's object of "said" is the subject of the clause it reports
        said = next((c for c in head.children if c.dep_ == "dobj"), None)
        if said is not None and said.i < verb.i:
            return said
    if verb.dep_ == "conj":
        return subject_of(conjunct_head(verb), lex, depth + 1)
    listed = listed_under(verb, lex)
    if listed is not None:
        return subject_of(listed, lex, depth + 1)
    if verb.dep_ in ("advcl", "acomp"):
        return subject_of(head, lex, depth + 1)
    if verb.dep_ in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
        # "a member of Hamas jailed a year ago": a passive participle's noun is its patient.
        if reduced_passive(verb):
            return None
        if (
            verb.dep_ == "acl"
            and is_infinitive(verb)
            and (owner := intent_owner(head, lex)) is not None
        ):
            # "Iraq's readiness to cooperate", "voiced willingness to resume talks": the one
            # whose intent the noun is
            return owner
        if verb.dep_ == "acl" and lex.has_role(lemma(head, lex), "document"):
            # "issued a declaration demanding that...": the declaration's issuer
            return _issuer(head, lex, depth)
        return head
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        governor = head.head
        roles = lex.cues.get(lemma(governor, lex), frozenset())
        reason = head.lower_ == "for" and governor.pos_ == "VERB"
        if roles & {"allege", "deny"} or reason:
            # "accused Russia of shelling", "prevented militants from launching rockets",
            # "thanked Chirac for not supporting the move", "sanctioned Russia for annexing
            # Crimea": the object is the one who (would have) acted ("stand trial for
            # abusing inmates": a thing, the subject did it).
            dobj = next((c for c in governor.children if c.dep_ == "dobj"), None)
            if any(c.dep_ == "auxpass" for c in governor.children):
                # "members of the cell are accused of having beheaded prisoners, ... the US
                # journalists": the passive's subject is the accused; an object the parser
                # finds there is a stray conjunct of the victims
                dobj = None
            if dobj is not None and (not reason or _may_act(dobj)):
                return relative_head(dobj, governor)
        patient = passive_patient(governor)
        if (
            patient is not None
            and head.lower_ in PATIENT_ACT_PREPS
            and any(c.dep_ == "auxpass" for c in governor.children)
        ):
            # "Abu Nidal was murdered on Saddam's orders after refusing to train fighters":
            # the one the passive was done to did the "-ing" act, not its agent
            return relative_head(patient, governor)
        return subject_of(governor, lex, depth + 1)
    return None


def intent_owner(noun: Token, lex: Lexicon) -> Token | None:
    """Whose intent a noun of intent is: its possessor ("Iraq's readiness", "its decision"),
    the people or state it is of ("the Indian decision"), or the subject of a verb that voices
    it ("voiced willingness to resume talks", "made plans to protect the tankers"); None for
    an intent no one is said to hold ("regrets the decision to", "scrapped plans to"), and
    for a noun that is no intent."""
    if not lex.has_role(lemma(noun, lex), "plan"):
        return None
    for child in noun.children:
        if child.dep_ == "poss":
            return child
        if child.dep_ in ("amod", "compound") and child.ent_type_ in ("NORP", "GPE"):
            return child
    verb = noun.head
    if noun.dep_ == "dobj" and (
        lemma(verb, lex) in INTENT_VOICES or lex.has_role(lemma(verb, lex), "report")
    ):
        return subject_of(verb, lex, 1)
    return None


# Nouns of an order an act is done on: "on the orders of", "at the behest of", "on the
# direction of", "under the command of".
ORDER_NOUNS = frozenset(
    {"order", "orders", "instruction", "instructions", "direction", "directions", "behest",
     "command", "directive", "directives"}
)  # fmt: skip


def _own_agent(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return None


def passive_agent(verb: Token) -> Token | None:
    """The noun of a passive verb's "by" phrase, its own or the one it shares with passives
    joined to it by "and": "were abducted and later released by Maoist cadres", "were
    kidnapped by gunmen and killed"."""
    agent = _own_agent(verb)
    if agent is not None or not (
        any(c.dep_ == "auxpass" for c in verb.children) or passive_conjunct(verb)
    ):
        return agent
    # "were kidnapped by gunmen and killed", "had been killed, injured or taken captive",
    # "the town was shelled by rebels and two people were killed": a passive joined to
    # another by "and" shares its agent
    shared = sorted(
        (
            c
            for c in verb.conjuncts
            if passive_conjunct(c) or any(a.dep_ == "auxpass" for a in c.children)
        ),
        key=lambda c: abs(c.i - verb.i),
    )
    for other in shared:
        agent = _own_agent(other)
        if agent is not None:
            return agent
    return ordered_by(verb)


def ordered_by(verb: Token) -> Token | None:
    """ "was murdered on the orders of Saddam Hussein", "was planned at the behest of the
    central committee", "on Saddam's orders": a passive act done on someone's orders is theirs
    (a request is not an order: "deployed at the request of the government" is another's act)."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("on", "at", "under"):
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lower_ not in ORDER_NOUNS:
                continue
            for child in noun.children:
                if child.dep_ == "poss" and child.pos_ != "PRON":
                    return child
                if child.dep_ == "prep" and child.lower_ == "of":
                    return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _may_act(noun: Token) -> bool:
    """Whether an object can be a doer: a name, a pronoun, people ("two Pakistanis"), or one
    of a nation ("jailed a Nigerian student for helping militants")."""
    return (
        noun.pos_ in ("PROPN", "PRON")
        or bool(noun.ent_type_)
        or noun.tag_ == "NNS"
        or any(c.dep_ == "amod" and c.ent_type_ == "NORP" for c in noun.children)
    )


def _written_to(verb: Token, lex: Lexicon) -> Token | None:
    """The writing or the letter that a participle after its addressee tells the content
    of: "wrote to the watchdog accusing", "sent a letter to the UN urging", "a letter to
    the Council demanding" (the parser hangs the participle on the addressee, or makes the
    addressee its subject); None for any other verb."""
    if verb.tag_ != "VBG":
        return None
    if verb.dep_ == "acl" and verb.head.dep_ == "pobj":
        prep = verb.head.head
    elif verb.dep_ == "pcomp" and any(c.dep_ == "nsubj" for c in verb.children):
        prep = verb.head
    else:
        return None
    if prep.lower_ != "to" or prep.dep_ not in ("prep", "dative"):
        return None
    governor = prep.head
    if lex.has_role(lemma(governor, lex), "document"):
        return governor
    if governor.pos_ != "VERB":
        return None
    if lex.has_role(lemma(governor, lex), "report") or any(
        c.dep_ == "dobj" and lex.has_role(lemma(c, lex), "document") for c in governor.children
    ):
        return governor
    return None


def _may_be_acted_on(participle: Token) -> bool:
    """Whether the noun a participle qualifies can be acted on: a name, people, a person."""
    noun = participle.head
    lex = lexicon()
    word = lemma(noun, lex)
    return (
        _may_act(noun)
        or lex.in_class(word, "PEOPLE")
        or any(lex.has_role(word, role) for role in ("person", "forces", "armed"))
        # "a Palestinian teenager": whoever a demonym qualifies
        or any(c.ent_type_ == "NORP" and c.dep_ in ("amod", "compound") for c in noun.children)
    )


def _issuer(document: Token, lex: Lexicon, depth: int) -> Token | None:
    """Who issued a statement, declaration or resolution: its own "by"/"from" phrase or
    owner ("Iran's statement", "a statement by Iran"), else the subject of the verb that
    issued or adopted it ("the Council adopted a resolution condemning...")."""
    for child in document.children:
        if child.dep_ == "poss" or (child.dep_ == "compound" and child.pos_ == "PROPN"):
            return document
        if child.dep_ == "prep" and child.lower_ in ("by", "from"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    if document.dep_ == "dobj" and depth <= 4:
        return subject_of(document.head, lex, depth + 1)
    return None


def passive_patient(verb: Token) -> Token | None:
    if absolute_participle(verb):
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    own = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if own is None and passive_conjunct(verb) and not any(c.dep_ == "nsubj" for c in verb.children):
        # "two traders were arrested and released": the conjunct shares its head's patient
        return next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)
    return own


def participle_patient(verb: Token) -> Token | None:
    """What a passive participle with no subject of its own was done to: the noun it
    qualifies ("a protocol signed by Russia") or the subject of the clause it hangs on
    ("government forces pound the area, backed by Russian allies")."""
    if verb.tag_ != "VBN":
        return None
    if verb.dep_ == "acl":
        return verb.head
    if verb.dep_ == "advcl":
        return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return None


def absolute_participle(verb: Token) -> bool:
    """ "with 52 Palestinians killed": a participle after "with" tells what was done to its
    noun, which the parser may still call the subject. So does a verb of harm with no object
    and no auxiliary: "Three soldiers killed in militant ambush" (a headline), "A policeman
    injured in the attack died" (the tagger may call it a past tense either way)."""
    if verb.tag_ not in ("VBD", "VBN"):
        return False
    if any(c.dep_ == "mark" and c.lower_ in ("with", "without") for c in verb.children):
        return True
    if _bare_subject(verb) and (
        (verb.tag_ == "VBN" and verb.dep_ == "csubj") or _copula_after(verb)
    ):
        # "the Australian arrested in Afghanistan is from Adelaide": a participle on the
        # subject of the verb after it, read as a clause that is that verb's subject, or as
        # the main verb with the copula left hanging
        return True
    lex = lexicon()
    return (
        lex.has_role(lemma(verb, lex), "harm")
        and _bare_subject(verb)
        and shared_object(verb) is None  # "killed or wounded 300 soldiers"
        # "Russia hit out at the United States": the particle of words of censure
        and not any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
    )


def _bare_subject(verb: Token) -> bool:
    """Whether a verb has a subject and no auxiliary or object of its own."""
    return any(c.dep_ == "nsubj" for c in verb.children) and not any(
        c.dep_ in ("dobj", "aux", "auxpass", "ccomp", "xcomp") for c in verb.children
    )


COPULA_FORMS = frozenset({"is", "was", "are", "were"})


def _copula_after(verb: Token) -> bool:
    """Whether an unattached form of "be" with no subject follows the verb: "The Pakistani
    detained in Kabul last week is a known smuggler"."""
    return any(
        c.dep_ == "dep"
        and c.i > verb.i
        and c.lower_ in COPULA_FORMS
        and not any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
        for c in verb.children
    )


# Participles of backing or making: "militias backed by Iran", "a force unveiled by
# Tillerson" are acted on themselves, not their patron (unlike "hostages held by Abu Sayyaf").
PATRONS = BACKED_WORDS | {
    "trained",
    "created",
    "formed",
    "founded",
    "established",
    "unveiled",
    "set",
}


def object_phrases(verb: Token, noun: Token | None) -> list[Token]:
    """Phrases that may hold the target, best first."""
    found: list[Token] = []
    heads = [noun, verb] if noun is not None else [verb]
    for head in heads:
        shared = shared_object(head) if head == verb and noun is None else None
        for child in (*arguments(head), *([shared] if shared is not None else [])):
            # a light verb's dative is its noun's target: "gave Tanzania a grant"
            if head == verb and (child.dep_ == "dative" or (child.dep_ == "dobj" and noun is None)):
                if child.pos_ == "ADP":
                    # "offering support to Lebanon" with "to" parsed as the dative: its object.
                    found.extend(c for c in child.children if c.dep_ == "pobj")
                else:
                    found.append(relative_head(child, verb))
        patient = passive_patient(head) if head == verb else None
        if (
            patient is None
            and head == verb
            and (verb.dep_ == "advcl" or (verb.dep_ == "acl" and _may_be_acted_on(verb)))
        ):
            # "government forces pound the area, backed by Russian allies": the main clause's
            # subject is what the participle's agent acts on; so is the one a participle
            # qualifies, "Palestinians killed by Israeli troops", "Assad, supported by
            # Russia" (not a thing, "a ceremony attended by", "a statement signed by": its
            # agents act on no one through it)
            patient = participle_patient(verb)
        if patient is not None and passive_agent(verb) is not None:
            # "Assad, who has been backed by Russian forces": the relative's antecedent
            found.append(relative_head(patient, verb))
        for prep in TARGET_PREPS:
            for child in head.children:
                if child.dep_ == "prep" and child.lower_ == prep:
                    if prep == "of" and head == verb:
                        continue
                    # "the PKK, with whom it has fought": the relative's noun
                    found.extend(
                        relative_head(c, verb) if head == verb else c
                        for c in child.children
                        if c.dep_ == "pobj"
                    )
    # "support the sovereignty of Ukraine": look one step into a non-actor object;
    # "rejected calls by Belarus": the author of the object noun is the one acted upon.
    patient = passive_patient(verb) if noun is None else None
    if passive_agent(verb) is None:
        patient = None
    for child in verb.children:
        # the object, or a passive's patient: "a camp for Congolese refugees was attacked by"
        if noun is None and (child.dep_ == "dobj" or child == patient):
            for grand in child.children:
                # "offering support to Lebanon": the parser may call that "to" a dative.
                if grand.dep_ in ("prep", "dative") and grand.lower_ in OBJECT_NOUN_PREPS:
                    found.extend(c for c in grand.children if c.dep_ == "pobj")
                # "free hostages held by Abu Sayyaf", "condemned the attack carried out by
                # the PKK": the agent of the object's participle
                if reduced_passive(grand) and grand.lower_ not in PATRONS:
                    found.extend(
                        c
                        for a in grand.children
                        if a.dep_ == "agent"
                        for c in a.children
                        if c.dep_ == "pobj"
                    )
    # "withdrew from talks with the United States": the partner of a prepositional object.
    for pobj in list(found):
        if pobj.head.head == verb:
            for grand in pobj.children:
                if grand.dep_ == "prep" and grand.lower_ == "with":
                    found.extend(c for c in grand.children if c.dep_ == "pobj")
    return found


def purpose_clauses(verb: Token, lex: Lexicon) -> list[Token]:
    """The verbs of the purpose clauses of `verb`: "deployed warships [to stop violations by
    Turkey]", "in order to", "staged raids to free hostages". A cue's complement ("vowed to
    destroy") is no purpose, but a light verb's may be; what is talked about is no one acted
    on ("held talks to discuss Syria")."""
    if lex.cues.get(lemma(verb, lex), frozenset()) - PURPOSEFUL_ROLES:
        return []
    return [
        child
        for child in verb.children
        if child.dep_ in ("xcomp", "advcl")
        and child.pos_ == "VERB"
        and is_infinitive(child)
        and not lex.has_role(lemma(child, lex), "topic")
    ]


def place_phrases(verb: Token, noun: Token | None) -> list[Token]:
    """The objects of the trigger's "in" phrases: "arrived in Amman", "riots in Gaza"."""
    heads = [noun, verb] if noun is not None else [verb]
    for child in verb.children:
        # "fired at targets in Jericho", "threatened to resume attacks in Israel": the place
        # of the object, or of the act threatened or promised.
        if child.dep_ == "xcomp":
            heads.append(child)
            heads.extend(c for c in child.children if c.dep_ == "dobj")
        elif child.dep_ == "dobj" and noun is None:
            heads.append(child)
        elif child.dep_ == "prep" and child.lower_ in TARGET_PREPS:
            heads.extend(c for c in child.children if c.dep_ == "pobj")
    found: list[Token] = []
    for head in heads:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in PLACE_TARGET_PREPS:
                found.extend(_places_in(child))
    return found


def _places_in(prep: Token) -> list[Token]:
    """The objects of a place preposition that say where: not "in the presence of police
    officials", who watched, nor "in the wake of the Iran arms scandal", which says after
    what."""
    circumstances = lexicon().circumstances
    return [
        c
        for c in prep.children
        if c.dep_ == "pobj" and c.lower_ not in WITNESS_NOUNS and c.lower_ not in circumstances
    ]


# "in the presence of", "in the absence of": who was there, not where.
WITNESS_NOUNS = frozenset({"presence", "absence"})


def clause_places(clause: Token) -> list[Token]:
    """The "in" places of a clause, its own first, then those inside its phrases ("by gunmen
    in Plateau", "in Garhi Sarmai area of Darra Adamkhel in Kohat District"), never those
    of another clause."""
    found = place_phrases(clause, None)
    for token in clause.subtree:
        if token.dep_ != "prep" or token.lower_ not in PLACE_TARGET_PREPS:
            continue
        head = token.head
        while head != clause and head.pos_ not in ("VERB", "AUX"):
            head = head.head
        if head == clause:
            found.extend(c for c in _places_in(token) if c not in found)
    return found


def between_parties(noun: Token) -> list[Token]:
    """The heads of the two parties "between" whom the noun's event happened: "clashes
    between police and protesters", and "a gunfight broke out between police and militants",
    where the parser hangs the phrase on the verb the noun is the subject of; none when the
    phrase names fewer than two."""
    holders = [noun, noun.head] if noun.dep_ in ("nsubj", "nsubjpass") else [noun]
    for holder in holders:
        for child in holder.children:
            if child.dep_ != "prep" or child.lower_ != "between":
                continue
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                if pobj.conjuncts:
                    return [pobj, *pobj.conjuncts]
                if any(
                    c.dep_ in ("amod", "compound", "nmod") and c.conjuncts for c in pobj.children
                ):
                    return [pobj]  # "between Indian and Chinese troops": one head, two sides
                after = pobj.doc[pobj.right_edge.i + 1 : pobj.right_edge.i + 2]
                partner = [c for c in holder.conjuncts if c.i > pobj.i]
                if after and after[0].lower_ == "and" and partner:
                    # "talks between Iran and the EU began": the parser joins the second
                    # party to the noun itself, but "between" takes two
                    return [pobj, partner[0]]
    return []


# Prepositions naming who reacts: "criticism from Egypt", "a rebuke by Turkey".
REACTOR_PREPS = frozenset({"from", "by"})


def phrase_after_object(noun: Token) -> Token | None:
    """The prepositional phrase a verb has straight after its object noun, if any: the
    parser may hang the noun's own phrase on the verb ("waged war against the government",
    "triggered protests from Ukraine")."""
    if noun.dep_ != "dobj":
        return None
    return next(
        (c for c in noun.head.children if c.dep_ == "prep" and c.i == noun.right_edge.i + 1),
        None,
    )


def reactors(noun: Token) -> list[Token]:
    """Who a reaction noun is from: "drew criticism from Egypt and Jordan" -> Egypt, Jordan;
    "was met with condemnation by the EU" -> the EU (the passive's agent); "came under
    attack by rebels" -> the rebels."""
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in REACTOR_PREPS]
    after = phrase_after_object(noun)
    if after is not None and after.lower_ in REACTOR_PREPS:
        preps.append(after)
    if noun.dep_ == "pobj" and noun.head.lower_ == "with":
        preps += [c for c in noun.head.head.children if c.dep_ == "agent"]
    if noun.dep_ == "pobj" and noun.head.lower_ == "under":
        # "came under fire from rebels": the parser may hang the phrase on the verb
        preps += [
            c
            for c in noun.head.head.children
            if c.dep_ == "prep" and c.lower_ in REACTOR_PREPS and c.i > noun.i
        ]
    heads = [pobj for prep in preps for pobj in prep.children if pobj.dep_ == "pobj"]
    return [t for head in heads for t in (head, *head.conjuncts)]


def noun_sources(noun: Token, index: Mentions) -> list[Mention]:
    found: list[Mention] = []
    terror = any(c.lower_ in TERROR_WORDS for c in noun.children if c.dep_ in MODIFIER_DEPS)
    for child in noun.children:
        if child.dep_ in ("poss", "amod", "compound", "nmod"):
            # "the US terror attacks", "the London terror attacks": where terrorists struck,
            # not a state's own attack ("Hamas terror attacks" are the group's)
            found.extend(
                m for m in index.at(child) if not (terror and child.dep_ != "poss" and _a_state(m))
            )
        elif child.dep_ == "prep" and child.lower_ == "by":
            for pobj in child.children:
                found.extend(index.at(pobj))
        elif child.dep_ == "acl":
            # "strikes carried out by Turkish aircraft": the agent of the noun's participle.
            for agent in child.children:
                if agent.dep_ == "agent":
                    for pobj in agent.children:
                        found.extend(index.at(pobj))
    return found


def _a_state(mention: Mention) -> bool:
    """Whether a mention names a state or a place of one, not a group of its people."""
    code = mention.actor.code or ""
    return mention.kind in STAND_IN_KINDS or len(code) == 3 or code.endswith("GOV")
