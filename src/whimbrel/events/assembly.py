"""Event assembly: from a trigger candidate to `Event` records.

`events_for(candidate, sentence, span, context)` builds the events a candidate stands for:

3. `modality.frame_of` reads the clause around the trigger: modality, the refuse / intent /
   threat transforms of the code, and the reporting verb of reported speech; what is
   demanded or urged ("demanded that Hamas renounce...") is left to the demand event, and a
   clause that asserts nothing (a denial, "never" under a reporting verb, a simulation, the
   condition of another act) is no event; an act made a threat with nobody acted upon is
   aimed at the one whose act is its condition ("would close the border if Togo...");
4. sources are the mentions in the subject phrase (one event per coordinated source;
   passive agents, relative clauses, control verbs and "accuse X of V-ing" handled), targets
   those in the object or a prepositional object, else an actor named as the place ("in
   Amman", "attacks in Israel"): the public gold sets code where it happened as the target;
   else the first actor further down the clause's own phrases ("protests to demand the
   removal of the Ugandan ambassador"), else, for force used by police and the like on what
   no actor names, their own country ("police raided the house"), and so for an act
   addressed to people the clause describes but no actor names ("appealed to traders");
   actors the sentence leaves implicit come from the quote's speaker, the reporter, or the
   sentences before ("the two men met"); violence whose doer the report does not name ("was
   shot dead", "a bomb exploded") has no source, or the place it was fired from; an arrest
   whose doer it does not name is by the police of where it happened;
5. the date is the time expression governing the clause, else one at the sentence's top
   level, else the publication date; the place is a location in a prepositional phrase of
   the trigger itself.

An event starts at its rule's base confidence; every fallback and recoding is a `Step` whose
penalty (`events.rules`) lowers it, and every step but a missing target is named in `rule`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from whimbrel.actors import (
    MEDIA,
    NEUTER,
    VENUE_NOUNS,
    is_reciprocal,
    recent_pair,
    thing_between,
)
from whimbrel.events import ontology
from whimbrel.events.anchoring import (
    PLACE_ENTITIES,
    PLACE_PREPS,
    event_date,
    event_place,
    gazetteer_place,
    named_place,
)
from whimbrel.events.judgements import conduct_code
from whimbrel.events.lexicon import Lexicon, Trigger
from whimbrel.events.modality import FINITE_TAGS, Frame, frame_of, lemma
from whimbrel.events.phrases import (
    PLACE_TARGET_PREPS,
    RELATIVE_TAGS,
    Mentions,
    absolute_participle,
    as_place,
    between_parties,
    clause_places,
    country,
    mention_root,
    names_force,
    noun_sources,
    object_phrases,
    participle_patient,
    passive_agent,
    passive_patient,
    place_phrases,
    purpose_clauses,
    reactors,
    relative_head,
    role_block,
    same_actor,
    subject_of,
)
from whimbrel.events.rules import Rule, Step, rule_table
from whimbrel.events.triggers import (
    ATTRIBUTIONS,
    INTENT_ROOT,
    QUESTION_VERBS,
    Candidate,
    conflictual,
    obligation_clause,
    taking_part,
)
from whimbrel.events.triggers import candidate as candidate_at
from whimbrel.nlp import is_infinitive
from whimbrel.records import Actor, Event, Mention, Modality, Quote, Sentence, Timex

FIRST_PERSON = frozenset({"i", "we", "us", "our", "my", "me"})
# Cooperation roots whose coordinated subjects act jointly, towards each other.
JOINT_ROOTS = frozenset({3, 4, 5, 6})
# Codes of those roots done to a third party, never to each other: "Turkey and Italy
# supported the plan" praises no one; nor does offering aid, mediating or hosting.
ONE_WAY_CODES = frozenset({"033", "039", "043", "045", "051", "052", "053", "054", "055", "056"})
CONDITION_MARKS = frozenset({"if", "unless"})
# "fought together", "fought alongside", "fought side by side": allies, not foes
SIDE_BY_SIDE = frozenset({"together", "alongside", "side", "jointly"})
# the prepositions that name whom a fight is against: "fought against the army", "battled
# with police"
FOE_PREPS = frozenset({"against", "with"})
THIRD_PERSON = frozenset({"it", "he", "she", "him", "her", "they", "them"})
# Reported or alleged acts from this root on (coerce, assault, fight, mass violence) accuse
# their doer; milder ones ("said Russia expelled two diplomats") are reports.
ACCUSED_ROOT = 17
# What a claim or allegation tells of accuses from material conflict on ("Lithuania claims
# Belarusian helicopters entered its airspace": a show of force, 150).
ALLEGED_ROOT = 14
JUDGEMENT_RULES = frozenset({Rule.JUDGEMENT_NAMED, Rule.JUDGEMENT_REPORTED})
# Rules of event nouns that must name their own doer ("the Russian annexation of Crimea in
# 2014", "strikes carried out by Turkish aircraft", "criticism from Egypt"): none, no event.
OWN_ACTOR_RULES = frozenset({Rule.NOUN_DATED, Rule.NOUN_OWN_ACTOR, Rule.NOUN_REACTION})
# Rules whose events are kept only with a target (an act on no one is no event between actors)
TARGETED_RULES = frozenset(
    {
        Rule.DECLINED_COMMENT,
        Rule.ASSISTED_ACT,
        Rule.VOICED_FEELING,
        Rule.NOUN_REACTION,
        Rule.ASKED_TO_ACT,
    }
)
# Actor roles that use force at home (police, rebels, unnamed armed men, criminals, parties):
# what they act on, no other country named, is their own country's.
HOME_FORCE_ROLES = frozenset({"COP", "REB", "UAF", "CRM", "OPP", "PTY", "CVL"})
# Subjects whose "threat" is a risk: a cause (an absence, a failure) or a plan or policy.
RISK_SUBJECT_ROLES = ("cause", "proposition")
# Sanctions eased: administrative (081) and economic (085); a curfew or an emergency lifted
# (0813, 0814) is at home.
EASED_SANCTIONS = frozenset({"081", "085"})
# A state's own country and forces, and the voices that speak for the state: what these say
# the country or its forces will or must do is no act on another actor.
OWN_STATE_ROLES = frozenset({"", "MIL"})
# What a state moves is its own, its police too ("deploys an extra 800 police officers").
OWN_FORCE_ROLES = OWN_STATE_ROLES | {"COP"}
STATE_VOICE_ROLES = frozenset({"", "GOV", "MIL", "ELI"})
# A government's role block, and the words that name a government itself: it never stops
# work (`_armed_strike`).
GOVERNMENT = "GOV"
GOVERNMENT_WORDS = frozenset({"government", "administration", "regime", "cabinet"})
# A state moving its own forces: a withdrawal (0874), and force posture (the whole 15 root).
FORCE_MOVES = frozenset({"0874"})
# Actors that fight: their "strike" is an attack, never a stoppage of work.
ARMED_ROLES = frozenset({"MIL", "COP", "REB", "UAF", "INS", "SPY"})
# Adjectives that make an attack one of words: "a scathing attack on the opposition".
VERBAL_ATTACK_WORDS = frozenset(
    {
        "scathing",
        "verbal",
        "blistering",
        "stinging",
        "withering",
        "vitriolic",
        "bitter",
        "worded",
        "personal",
        "rhetorical",
    }
)
# Cue roles of words that tell what was said: "saying", "accusing", "calling it a".
SPEECH_ROLES = frozenset({"report", "allege", "naming"})
# A state itself and all who act for it: its voices, and its police, agents, legislators and
# courts ("Russia said its troops would attack" is a threat; "... extremists may strike" not).
STATE_ROLES = STATE_VOICE_ROLES | {"COP", "SPY", "LEG", "JUD"}
# A mutual act of more parties than this with no one else named is a body's own business
# ("the P5-plus-one group -- Britain, China, France, Germany, Russia and the United States
# -- has been trying to agree on sanctions"), not each member's act towards each other.
MOST_PARTIES_PAIRED = 3
# Who strike by stopping work: workers, students, farmers, firms, the press, health staff.
STRIKING_ROLES = frozenset({"LAB", "EDU", "AGR", "BUS", "MED", "HLH"})
# People whose arrival somewhere is migration, not a visit or a meeting.
MIGRANT_ROLES = frozenset({"REF", "CVL"})
# Cooperation one may say one would not give (intent, consultation, diplomatic and material
# cooperation, aid, yielding): saying so refuses it (12x).
REFUSABLE_ROOTS = frozenset({"03", "04", "05", "06", "07", "08"})
# Cooperation is with a partner, never with whom it is aimed against (yielding is: "lift
# sanctions against Japan" eases them on Japan).
COOPERATION_ROOTS = frozenset({"03", "04", "05", "06", "07"})
# A person of these (or of none) speaks for himself, not for a body: "they" is never he.
PRIVATE_PERSON_ROLES = frozenset({"", "CVL", "BUS"})
# Make and host a visit: between a visitor and a host, never one alone.
VISIT_CODES = frozenset({"042", "043"})
# Actors whose unspecified violence (190) is an assault (180), not military force.
UNARMED_ROLES = frozenset({"CVL", "OPP", "PTY", "LAB", "EDU", "REL", "AGR", "BUS", "MED"})
# Their violence: an assault (180); protesters' is a violent protest, a riot (145), as is
# their assault (18x), force (19x) or destruction of property (1712).
ASSAULT, RIOT = "180", "145"
RIOT_ROOTS, PROPERTY_DESTROYED = frozenset({"18", "19"}), "1712"
# Pronouns of a person: what they point back to is no outlet or place.
PERSONAL_PRONOUNS = frozenset({"him", "her"})
# Parties, governments, legislatures, the opposition and elites: who attack one another in words.
POLITICAL_ROLES = frozenset({"PTY", "GOV", "LEG", "OPP", "ELI"})
# Who protests or demands at home when no target is named: those, and workers, students,
# clergy and farmers.
HOME_PROTEST_ROLES = HOME_FORCE_ROLES | {"LAB", "EDU", "REL", "AGR"}
# Verbs of giving whose object is the gift and whose indirect object the recipient.
GIVING_VERBS = frozenset({"give", "grant", "offer", "provide", "extend", "promise", "pledge"})
# Prepositions of what a weapon is fired at.
AIMED_PREPS = frozenset({"at", "on", "upon", "into", "against"})
# An arrest by a government or a court ("Peruvian authorities have detained a former army
# major") is at home too; an expulsion (174) is of foreigners as often.
HOME_ARREST_CODE, ARRESTING_ROLES = "173", frozenset({"GOV", "JUD"})
# Prepositions of a circumstance the act happens in spite of.
CONCESSIVE = frozenset({"despite", "notwithstanding"})
# Dependencies inside one name, and those that keep a phrase within its clause's arguments.
NAME_DEPS = frozenset({"compound", "amod", "nmod", "poss", "flat"})
PHRASE_DEPS = frozenset(
    {"pobj", "prep", "dobj", "xcomp", "dative", "attr", "oprd", "appos", "pcomp", "poss",
     "compound", "nmod", "npadvmod", "acl"}
)  # fmt: skip
# Violence news often reports without its doer ("was shot dead", "a bomb exploded"): assault,
# fight and mass violence, by a verb that names the act (not a synonym block's guess).
UNNAMED_DOER_ROOTS = frozenset({18, 19, 20})
# A closure or blockade the report gives no doer ("parts of the airport were closed down")
# is done by the place's own authorities, far more often than to them: no event.
UNNAMED_DOER_EXCEPTIONS = frozenset({"191"})
UNNAMED_DOER_RULES = frozenset(
    {Rule.VERB_CURATED_PATTERN, Rule.VERB_CAMEO_PATTERN, Rule.VERB_CURATED, Rule.VERB_CAMEO_DEFAULT}
)


@dataclass(frozen=True)
class Context:
    """What every candidate of one sentence is assembled against."""

    lex: Lexicon
    index: Mentions
    published: date | None
    timexes: Sequence[Timex]
    quotes: Sequence[Quote]


def _quote_at(offset: int, quotes: Sequence[Quote]) -> Quote | None:
    return next((q for q in quotes if q.span[0] <= offset < q.span[1]), None)


# Steps that guess an actor the clause does not name.
GUESSED_ACTORS = frozenset(
    {
        Step.PLACE_TARGET,
        Step.PRONOUN_FALLBACK,
        Step.REPORTER_PRONOUN,
        Step.QUOTE_SPEAKER,
        Step.RECIPROCAL_PAIR,
        Step.IMPLICIT_TARGET,
    }
)


@dataclass
class _Draft:
    """An event being assembled: each step below reads and refines it."""

    code: str
    reverse: str | None
    rule: str
    confidence: float
    modality: Modality
    subject: Token | None = None
    # A verb whose coordinated subjects act on each other when no one else is named
    # ("Iran and Iraq fought a war", "Indian and Pakistani troops clashed"): cues.tsv mutual.
    mutual: bool = False
    sources: list[Mention] = field(default_factory=list)
    # The sources the clause itself names (not the speaker or reporter filled in).
    own_sources: list[Mention] = field(default_factory=list)
    targets: list[Mention] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)

    @property
    def reciprocal(self) -> bool:
        """Whether its parties act on each other: a mutual code, or a mutual fight."""
        return bool(self.reverse) or self.mutual

    def note(self, step: Step) -> None:
        """Apply `step` as the rule table says: its penalty and ceiling, and its name."""
        self.steps.append(step)
        effect = rule_table().steps[step]
        if effect.named:
            self.rule += "+" + step.value
        self.confidence -= effect.penalty
        if effect.ceiling is not None:
            self.confidence = min(self.confidence, effect.ceiling)


def _find_sources(draft: _Draft, candidate: Candidate, lex: Lexicon, index: Mentions) -> None:
    trigger, clause = candidate.trigger, candidate.clause
    if candidate.rule is Rule.NOUN_REACTION:
        # "the plan drew sharp criticism from Egypt": who reacts is named in the noun's
        # phrase; the verb's subject is what they react to (`_find_targets`)
        draft.sources = [m for head in reactors(trigger) for m in index.at(head)]
        return
    subject = subject_of(clause, lex)
    if candidate.rule is Rule.NOUN_ALLEGED:
        accuser = trigger.head.head
        subject = next((c for c in accuser.children if c.dep_ == "dobj"), None)
        if subject is not None:
            subject = relative_head(subject, accuser)
    if subject == trigger:
        # "sanctions are an option": the event noun is no actor; the speaker is the source.
        subject = None
    if subject is None and candidate.rule is Rule.NOUN_PARTNER:
        # "two soldiers were killed in clashes with militants": who suffered the clause took
        # part in what the noun names, with its partner.
        patient = passive_patient(clause)
        subject = relative_head(patient, clause) if patient is not None else None
    draft.subject = subject
    draft.sources = _each_member(index.at(subject)) if subject is not None else []
    if subject is not None and lex.has_role(lemma(subject, lex), "accident"):
        # "homes destroyed by Northern California wildfires": a disaster's place is no doer
        draft.sources = []
    if (
        subject is not None
        and clause.dep_ == "relcl"
        and subject.conjuncts
        and any(
            c.tag_ in RELATIVE_TAGS and c.dep_ in ("nsubj", "nsubjpass") for c in clause.children
        )
    ):
        draft.sources = index.at(subject, coordinated=False)
    if candidate.rule in (Rule.NOUN_DATED, Rule.NOUN_OWN_ACTOR):
        # A dated noun must name its own actor ("the Russian annexation of Crimea in 2014");
        # "clashes between police and protesters" names both: the first acts on the second
        # (and the second on the first, for a mutual event's reverse code).
        heads = between_parties(trigger)
        if len(heads) > 1:
            # "battles between insurgents and US and Iraqi forces": the first side against
            # the rest, never two of the rest against each other
            first = index.at(heads[0], coordinated=False)
            rest = [m for head in heads[1:] for m in index.at(head, coordinated=False)]
            pair = first[:1] + [m for m in rest if m not in first] if first else []
        else:
            pair = sorted({m for head in heads for m in index.at(head)}, key=lambda m: m.span)
        others = _others(pair[1:], pair[:1])
        if others:
            draft.sources, draft.targets = pair[:1], others[:1]
        else:
            draft.sources = noun_sources(trigger, index)


def _each_member(mentions: list[Mention]) -> list[Mention]:
    """ "A joint statement by France and Germany demands ...": one source per issuer."""
    out = []
    for mention in mentions:
        if not mention.members:
            out.append(mention)
            continue
        out.extend(replace(mention, actor=member, members=()) for member in mention.members)
    return out


def _others(mentions: list[Mention], sources: list[Mention]) -> list[Mention]:
    return [m for m in mentions if all(not same_actor(m, s) for s in sources)]


def _without_own_state(draft: _Draft) -> None:
    """ "expressed satisfaction over the development of Vanuatu-China relations": of targets
    named together, the doer's own state is its side, not whom it acts on, when another
    country is named beside it."""
    home = {country(s) for s in draft.sources}
    others = [m for m in draft.targets if country(m) not in home]
    if others and len(others) < len(draft.targets):
        draft.targets = [m for m in draft.targets if m in others or role_block(m)]


def _harmed_in(noun: Token, clause: Token, lex: Lexicon) -> list[Token]:
    """Who a passive verb of harm says was harmed in (or following) the event noun it
    reports: "soldiers were killed in an Azeri attack" -> the soldiers."""
    if (
        noun.dep_ != "pobj"
        or noun.head.head != clause
        or not lex.has_role(lemma(clause, lex), "harm")
    ):
        return []
    patient = passive_patient(clause)
    return [relative_head(patient, clause)] if patient is not None else []


def _find_targets(
    draft: _Draft,
    candidate: Candidate,
    sentence: Sentence,
    span: Span,
    lex: Lexicon,
    index: Mentions,
) -> None:
    if draft.targets:
        return  # the noun named both parties (`_find_sources`)
    trigger, clause = candidate.trigger, candidate.clause
    # A judgement's target is in its naming verb's object, as a verb's is.
    noun = trigger if trigger != clause and candidate.rule not in JUDGEMENT_RULES else None
    phrases = object_phrases(clause, noun)
    if (
        candidate.rule is Rule.NOUN_LIGHT_VERB
        and trigger.dep_ == "dobj"
        and lemma(clause, lex) in GIVING_VERBS
        and not any(
            c.dep_ in ("prep", "dative")
            for t in (clause, trigger)
            for c in t.children
            if c.lower_ == "to"
        )
    ):
        # "the European Community gave the Ivory Coast aid": the parser may read the one
        # given to as a name before the gift, when no "to" phrase names another
        phrases += [c for c in trigger.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if candidate.rule is Rule.NOUN_OWN_ACTOR:
        if trigger.dep_ not in ("nsubj", "nsubjpass") and not lex.has_role(
            lemma(clause, lex), "harm"
        ):
            # "volunteered to fight against Islamic State following the Manchester attack":
            # what the reporting verb does is not what the attack it follows did
            phrases = [p for p in phrases if trigger.is_ancestor(p)]
        # "four Armenian soldiers were killed in an Azeri attack near Nagorno-Karabakh":
        # the attack was on those it killed, before any place its phrase names
        phrases = _harmed_in(trigger, clause, lex) + phrases
    if candidate.rule is Rule.NOUN_REACTION:
        # "the Israeli plan drew criticism from Egypt", "the report has been met with
        # anger": the act reacted to, and through it its doer
        drawn = subject_of(clause, lex) or passive_patient(clause)
        phrases = [drawn] if drawn is not None else []
    obliged = obligation_clause(trigger) if candidate.rule is Rule.REPORTED_OBLIGATION else None
    if obliged is not None and not _passive_clause(obliged):
        # "told the United Nations that Iran should stop enriching": the one obliged (the
        # complement's subject, below), not the one told ("told Ukraine it must withdraw": a
        # pronoun may be the one told)
        doer = subject_of(obliged, lex)
        if doer is not None and doer.pos_ != "PRON":
            phrases = []
    if candidate.rule is Rule.JUDGEMENT_REPORTED:
        # "said Kosovo's new tax was illegal": what the copula's subject names is judged.
        subject = subject_of(trigger.head, lex)
        phrases = [subject] if subject is not None else []
    if candidate.rule is Rule.JUDGEMENT_NAMED:
        # "called the closure a provocation" may come parsed as two predicates: the other
        # one is the thing judged.
        phrases += [c for c in clause.children if c.dep_ in ("oprd", "attr") and c != trigger]
    if draft.reverse and len({country(s) for s in draft.sources}) > 1:
        # "Israel and Lebanon renewed negotiations on a pullback from Lebanon": coordinated
        # parties of a reciprocal event meet each other unless "with" names another.
        phrases = [p for p in phrases if p.dep_ != "pobj" or p.head.lower_ == "with"]
    allies = _allies(clause, draft.code, lex)
    phrases = [p for p in phrases if p.i not in allies]
    phrases = _partners_only(phrases, draft.code)
    if noun is None and lex.has_role(lemma(clause, lex), "topic"):
        # "Putin and Erdogan discussed Syria", "discussed Syria with Turkey": what is
        # discussed is the topic; the partner is named by "with" (or is the other party)
        phrases = _partners(phrases)
    journey = lex.has_role(lemma(clause, lex), "journey")
    if journey or draft.code.startswith(FIRED_CODES):
        # "arrived in Moscow from Helsinki": where the traveller set out is no host; "staged
        # an attack from Afghanistan", "fired rockets from Gaza", "rockets fired from
        # Lebanon" (a bombing): where force came from (one "abducted from Multan" was taken
        # there)
        phrases = [p for p in phrases if p.dep_ != "pobj" or p.head.lower_ != "from"]
    if draft.code[:2] == "11":
        # "complained to the African Union about Somali incursions": a complaint is against
        # whom it is about, not the body it is addressed to; an object still comes first
        # ("criticised Uganda over Somali incursions")
        direct = [p for p in phrases if p.dep_ != "pobj"]
        about = _grievances(clause)
        phrases = direct + about + [p for p in phrases if p not in direct and p not in about]
    moves_forces = _moves_forces(draft)
    home = {country(s) for s in draft.sources}
    verbal_cooperation = ontology.quad_class(draft.code) == ontology.VERBAL_COOPERATION
    for phrase in phrases:
        # "Isis, jihadis and terrorist groups backed by Turkey": a participle on the last of
        # coordinated nouns qualifies that noun alone
        alone = clause.dep_ == "acl" and phrase == clause.head and phrase.dep_ == "conj"
        named = index.at(phrase, coordinated=not alone)
        if draft.code[:2] in FORCE_ROOTS:
            # "when the Taliban seized control of Kabul" (the Taliban as Afghanistan's
            # government): a capital that its own rulers use force on is the place ("rebels
            # fighting Khartoum" fight its government)
            named = [
                as_place(m)
                if m.kind == "metonym" and any(same_actor(m, s) for s in draft.sources)
                else m
                for m in named
            ]
        draft.targets = _others(named, draft.sources)
        if moves_forces:
            # "withdrew American forces from Syria": the forces a state moves are its own,
            # not what it acts on (that is where they go or leave)
            draft.targets = [
                m for m in draft.targets if not _own_state(m, draft.sources, OWN_FORCE_ROLES)
            ]
        if journey:
            # "Thai police flew to Bangkok": a trip to one's own capital visits no one
            draft.targets = [
                m for m in draft.targets if not _where_only(m) or country(m) not in home
            ]
        if verbal_cooperation and not _with_partner(phrase, clause):
            # "Gorbachev suggested Soviet membership in GATT": its own state is no partner
            draft.targets = [m for m in draft.targets if not _own_country(m, home, clause.doc)]
        if draft.targets:
            return
    # "urged the world community to help reinforce AU troops": the appeal is to whom it
    # names as its addressee, no actor here; what the addressee is asked to do is no target
    unnamed_addressee = draft.code[:2] in APPEAL_ROOTS and _unnamed_addressee(clause, index)
    if int(draft.code[:2]) <= 13 and not unnamed_addressee:
        # "demanded that Hamas renounce...", "warned that Iran would...": a speech act is
        # directed at the subject of the clause it demands or reports; "threatened to impose
        # restrictions against German goods": at the object of the act.
        # "Trump's demand that Germany repatriate its citizens": a speech noun's own clause
        said = [c for c in noun.children if _that_clause(c)] if noun is not None else []
        for child in said + list(clause.children):
            if child.dep_ == "ccomp" and _set_apart_before(child, clause):
                continue
            if child.dep_ == "ccomp" or child in said:
                if 3 <= int(draft.code[:2]) <= 9 and _finite(child):
                    # "agreed that Assad's regime had a pattern of dangerous behaviour": a
                    # shared opinion, not cooperation with whom it is about ("allow UN
                    # planes to land" still acts on the planes)
                    continue
                inner = subject_of(child, lex)
                found = [inner] if inner is not None else []
            elif child.dep_ == "xcomp":
                found = _partners_only(object_phrases(child, None), draft.code)
                if lex.has_role(lemma(child, lex), "topic"):
                    # "agreed to discuss the problems of Afghanistan": a topic, no partner
                    found = _partners(found)
            else:
                continue
            for phrase in found:
                named = _others(index.at(phrase), draft.sources)
                if any(_own_state(m, draft.sources) for m in named):
                    # "Germany must ensure prosecution, the German defence minister said",
                    # "warned that Turkish troops and their allies would advance": what a
                    # state says its own country or forces will or must do is its stance,
                    # not an act on them (nor on allies named with them)
                    continue
                draft.targets = named
                if draft.targets:
                    draft.note(Step.COMPLEMENT_TARGET)
                    return
    if draft.code.startswith("13"):
        # "threatened to stop negotiations if the United States goes ahead"
        _condition_target(draft, candidate, lex, index)
        if draft.targets:
            return
    if draft.reciprocal and _among_themselves(draft, clause):
        return  # "Putin and Erdogan will meet in Tehran to discuss Idlib": they meet each other
    # ("The Turkish attack led the YPG to plead with the US": the verb an event noun is the
    # subject of says what the event caused, not what it was for)
    caused = trigger != clause and trigger.dep_ in ("nsubj", "nsubjpass")
    # a meeting's partner is named, never found in what it was held for ("organised a
    # meeting to celebrate Tipu Jayanti")
    light = lex.has_role(lemma(clause, lex), "light")
    purposes = [] if caused or (light and draft.reverse) else purpose_clauses(clause, lex)
    # "staged raids to attempt to free hostages held by Abu Sayyaf": what was attempted
    purposes += [c for p in purposes for c in p.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    cooperative = ontology.quad_class(draft.code) < ontology.VERBAL_CONFLICT
    for purpose in purposes:
        if cooperative and conflictual(purpose, lex):
            # "joined Kurdish forces to fight against Isis": whom the allies fight is no
            # partner of their cooperation
            continue
        # "deployed warships to stop violations by Turkey": aimed at whom the purpose acts on.
        for phrase in object_phrases(purpose, None):
            draft.targets = _others(index.at(phrase), draft.sources)
            if draft.targets:
                draft.note(Step.PURPOSE_TARGET)
                return
    served = _served_act(clause)
    if served is not None and ontology.quad_class(draft.code) in VERBAL_QUADS:
        # "wrote to Taoiseach Micheal Martin to request a meeting", "flew to Moscow to seek
        # aid", "summoned Niger's ambassador to complain": what is said in a letter, on a
        # trip or to one summoned is said to its addressee ("led a group of celebrities in
        # a ceremony to appeal for calm" appeals to no one it led)
        for phrase in _addressees_of(served, lex):
            draft.targets = _others(index.at(phrase), draft.sources)
            if draft.targets:
                draft.note(Step.ADDRESSEE_TARGET)
                return
    pronoun = next((p for p in phrases if p.lower_ in THIRD_PERSON), None)
    if pronoun is not None and draft.sources:
        # An unresolved object pronoun: the latest actor before it in the sentence that is
        # not the source ("tensions between Russia and the West, which accuse it of...",
        # "Israel said Hamas fired a mortar bomb at it").
        listeners = _addressees(span, lex)
        earlier = [
            m
            for m in index.before(pronoun.idx)
            if m.span[0] >= span.start_char
            and all(country(m) != country(s) for s in draft.sources)
            and not any(
                t.left_edge.idx < m.span[1] and m.span[0] < t.right_edge.idx + len(t.right_edge)
                for t in listeners
            )
            and not _where_of_thing(span, m, index)
            and (pronoun.lower_ not in PERSONAL_PRONOUNS or _may_be_person(m))
        ]
        if earlier:
            after = next((t.i for t in span if t.idx >= earlier[-1].span[1]), pronoun.i)
            if not thing_between(span.doc, after, pronoun, lambda t: t.i in index.by_token):
                draft.targets = earlier[-1:]
                draft.note(Step.PRONOUN_FALLBACK)
    if not draft.targets and draft.sources:
        _consequence_target(draft, candidate, index)
    if not draft.targets and draft.sources:
        _coercer_target(draft, candidate, lex, index)
    if not draft.targets and draft.sources:
        _place_target(draft, clause, noun, lex, index, sentence.index)
    if not draft.targets and len({country(s) for s in draft.sources}) == 1:
        if not unnamed_addressee:
            _phrase_target(draft, candidate, lex, index)
        if not draft.targets:
            _domestic_target(draft, candidate, noun, span, lex, index, sentence.index)


def _addressees(span: Span, lex: Lexicon) -> list[Token]:
    """Who a speaker in the sentence addresses: "told BBC News: 'It is unacceptable'"
    speaks to the BBC, not about it, so an "it" of the quote is not the listener."""
    found = []
    for verb in span:
        if not lex.has_role(lemma(verb, lex), "report"):
            continue
        for child in verb.children:
            if child.dep_ in ("dobj", "dative"):
                found.append(child)
            elif child.dep_ == "prep" and child.lower_ == "to":
                found.extend(c for c in child.children if c.dep_ == "pobj")
    return found


def _where_of_thing(span: Span, mention: Mention, index: Mentions) -> bool:
    """Whether a mention only says where a thing is: in "the detentions in Cuba ... 'It is
    unacceptable'" the "it" is the detentions, not Cuba."""
    head = mention_root(span.doc, mention)
    if head is None:
        return False
    prep = head.head
    return (
        head.dep_ == "pobj"
        and prep.lower_ in PLACE_TARGET_PREPS
        and prep.head.pos_ == "NOUN"
        and prep.head.i not in index.by_token
    )


# Quad classes of words, not deeds: appeals, demands, criticism said to someone.
VERBAL_QUADS = frozenset({ontology.VERBAL_COOPERATION, ontology.VERBAL_CONFLICT})


def _served_act(clause: Token) -> Token | None:
    """The act a purpose infinitive is done by: "wrote to Martin" for "to request a
    meeting"; None for any other clause."""
    if clause.dep_ != "advcl" or not is_infinitive(clause) or clause.head.pos_ != "VERB":
        return None
    return clause.head


def _addressees_of(verb: Token, lex: Lexicon) -> list[Token]:
    """Whom a letter, a trip or a summons is addressed to: the verb's "to" phrase ("wrote
    to Martin", "sent personnel to Bosnia"), or whom a verb of summoning summons."""
    found = [
        p
        for c in verb.children
        if c.dep_ in ("prep", "dative") and c.lower_ == "to"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    if lex.has_role(lemma(verb, lex), "summon"):
        found += [c for c in verb.children if c.dep_ == "dobj"]
    return found


# Marks that end one clause before the next: "the UK wants the budget capped - the
# Commission has urged an increase" is two statements, the first not the second's content.
CLAUSE_BREAKS = frozenset({"-", "–", "—", ";", ":"})


def _set_apart_before(complement: Token, verb: Token) -> bool:
    """Whether a clause the parser hangs on `verb` as its complement stands before it, set
    apart by a dash, colon or semicolon: a statement of its own."""
    if complement.i > verb.i:
        return False
    between = verb.doc[complement.right_edge.i + 1 : verb.i]
    return any(t.text in CLAUSE_BREAKS for t in between)


def _unnamed_addressee(clause: Token, index: Mentions) -> bool:
    """Whether an appeal's addressee, the object before its infinitive ("urged the world
    community to help", "called on the international community to respond"), is a common
    noun phrase that names no actor anywhere ("parties to the conflict in Iraq" names Iraq)."""
    if not any(c.dep_ in ("xcomp", "advcl") and is_infinitive(c) for c in clause.children):
        return False
    addressees = [c for c in clause.children if c.dep_ == "dobj"]
    addressees += [
        c
        for p in clause.children
        if p.dep_ == "prep" and p.lower_ == "on"
        for c in p.children
        if c.dep_ == "pobj"
    ]
    return any(
        a.pos_ == "NOUN" and not any(t.i in index.by_token for t in a.subtree) for a in addressees
    )


# Verbs of retreat whose object is what is moved back ("withdrew its troops"), not the
# ground left ("fled the town").
MOVED_OBJECT_VERBS = frozenset({"withdraw", "pull", "recall", "remove"})


def _withdrew_no_forces(candidate: Candidate, lex: Lexicon, index: Mentions) -> bool:
    """ "Labour has withdrawn two controversial posters", "withdrawing her invitation to
    Trump", "doctors could withdraw artificial feeding": what is withdrawn is no force (no
    troops, personnel, weapons or deployed units, nor an actor or a count of them), so no
    military retreat (0874) took place; nor is a body, a treaty or a contest withdrawn from
    ground given up."""
    verb = candidate.trigger
    if (
        candidate.code not in FORCE_MOVES
        or verb.pos_ != "VERB"
        or lemma(verb, lex) not in MOVED_OBJECT_VERBS
    ):
        return False  # "fled the town", "abandoned their positions": the object is left
    objects = [o for c in verb.children if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
    if not objects:
        # "until the UK had withdrawn from the EU", "withdrew from the nuclear accord",
        # "withdrew from the presidential race": a body, a treaty or a contest left is no
        # ground given up
        left = [
            p
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "from"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        return bool(left) and all(
            lex.in_class_either_number(lemma(p, lex), "treaty")
            or lex.has_role(lemma(p, lex), "arena")
            or any((m.actor.code or "").startswith("IGO") for m in index.at(p, coordinated=False))
            for p in left
        )
    roles = ("forces", "deployment", "armed", "person")
    return not any(
        o.i in index.by_token
        or o.like_num
        or o.pos_ not in ("NOUN", "PROPN")
        or _weapon(o, lex)
        or any(lex.has_role(lemma(o, lex), r) for r in roles)
        for o in objects
    )


def _moves_forces(draft: _Draft) -> bool:
    """Whether the event is a state moving its own forces: a withdrawal, a deployment."""
    return draft.code[:4] in FORCE_MOVES or draft.code[:2] == "15"


def _own_state(
    mention: Mention, sources: list[Mention], roles: frozenset[str] = OWN_STATE_ROLES
) -> bool:
    """Whether `mention` is the country itself or its armed forces (or another of `roles`),
    and every source one of the same state's own voices (its government, leaders, forces,
    or the country)."""
    return (
        role_block(mention) in roles
        and bool(sources)
        and all(
            country(s) == country(mention) and role_block(s) in STATE_VOICE_ROLES for s in sources
        )
    )


def _grievances(clause: Token) -> list[Token]:
    """What a complaint or criticism is about: "over Israeli air raids", "about Somali
    incursions"."""
    return [
        c
        for p in clause.children
        if p.dep_ == "prep" and p.lower_ in GRIEVANCE_PREPS
        for c in p.children
        if c.dep_ == "pobj"
    ]


def _consequence_target(draft: _Draft, candidate: Candidate, index: Mentions) -> None:
    """ "Ethiopian forces launched artillery fire against Eritrean troops, killing or
    wounding 40": harm told as the consequence of an attack, on people no actor names, is
    done to whom the attack was aimed at."""
    trigger = candidate.trigger
    if (
        trigger != candidate.clause
        or trigger.dep_ != "advcl"
        or trigger.tag_ != "VBG"
        or ontology.quad_class(draft.code) != ontology.MATERIAL_CONFLICT
    ):
        return
    attack = trigger.head
    aimed = next((c for c in attack.children if c.dep_ == "dobj"), None)
    for phrase in object_phrases(attack, aimed):
        found = _others(index.at(phrase), draft.sources)
        if found:
            draft.targets = found
            draft.note(Step.CONSEQUENCE_TARGET)
            return


def _bombing_harm(draft: _Draft, candidate: Candidate, lex: Lexicon) -> None:
    """ "A suicide attacker detonated a car bomb near a checkpoint, killing three people":
    harm told as the consequence of a bombing (18x) is the bombing, not a second act of force."""
    trigger = candidate.trigger
    if (
        trigger != candidate.clause
        or trigger.dep_ != "advcl"
        or trigger.tag_ != "VBG"
        or not lex.has_role(lemma(trigger, lex), "harm")
        or draft.code.startswith(ASSAULT_ROOT)
    ):
        return
    bombing = candidate_at(trigger.head, lex, set())
    if bombing is not None and bombing.code.startswith(ASSAULT_ROOT):
        draft.code, draft.reverse = bombing.code, None
        draft.note(Step.BOMBING_HARM)


def _orders_own_forces(draft: _Draft, candidate: Candidate, lex: Lexicon) -> bool:
    """ "The home secretary ordered British troops to march into Belfast": a command to the
    commander's own forces is no demand between actors (what they were ordered to do is
    coded as their own act, where it was done)."""
    trigger = candidate.trigger
    if not draft.code.startswith(DEMAND_ROOT) or not lex.has_role(lemma(trigger, lex), "command"):
        return False
    ordered = [c for c in trigger.children if c.dep_ == "dobj"]
    home = {country(s) for s in draft.sources} - {None}
    return (
        bool(ordered and home and draft.targets)
        and all(lex.has_role(lemma(o, lex), "forces") for o in ordered)
        and all(country(t) in home for t in draft.targets)
    )


def _force_condemned(draft: _Draft, clause: Token, lex: Lexicon) -> bool:
    """Whether verbal conflict is aimed at an act of force its object names ("condemned the
    bombings in Amman"): at whoever did it, never at the place where it happened."""
    return ontology.quad_class(draft.code) == ontology.VERBAL_CONFLICT and any(
        c.dep_ == "dobj" and names_force(c, lex) for c in clause.children
    )


# Nouns naming an area by whose it is: "under Benoor police station limits".
JURISDICTION_NOUNS = frozenset({"limits", "jurisdiction"})


def _in_jurisdiction(token: Token) -> bool:
    """Whether a name only says whose area a place is in: "under Benoor police station
    limits" names no police acted on."""
    while token.dep_ in ("compound", "nmod", "amod") and token.head != token:
        token = token.head
    return token.lower_ in JURISDICTION_NOUNS


def _where(token: Token) -> bool:
    """Whether a city's name says where: the object of "in" or "at"."""
    return token.dep_ == "pobj" and token.head.lower_ in ("in", "at")


def _where_only(mention: Mention) -> bool:
    """Whether a mention names a place: a capital, a town or a region (coded by its country
    alone), not a government or people there."""
    return mention.kind in ("metonym", "place") or mention.actor.code == country(mention)


def _located_at(token: Token) -> bool:
    """Whether a name is the object of a preposition of place ("in", "near", "outside"), read
    from the name's head ("in central Addis Ababa"), through a place of a place ("in the
    18th arrondissement of Paris") and through the places beside it ("in Amman, Jordan")."""
    while token.dep_ in ("compound", "flat", "appos", "conj") and token.head != token:
        token = token.head
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.dep_ == "pobj":
        token = token.head.head
    return token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPS


def _allies(clause: Token, code: str, lex: Lexicon) -> set[int]:
    """The tokens of a phrase naming those fought for or beside, never against: "fighting
    for Taliban forces", "alongside Afghan forces", and a "with" phrase beside an "against"
    one ("fought with the US against Isis", "in the fight against Isis" names an ally and an
    opponent). A verb of fighting has them anywhere in its clause ("fought a campaign for the
    Syrian government"); another verb of force only as its own ("attacked a convoy for
    government troops")."""
    preps = [c for c in clause.children if c.dep_ == "prep"]
    sides = set(ALLY_PREPOSITIONS) if code[:2] in VIOLENT_ROOTS else set()
    # the "against" phrase may hang on the ally ("fought with US forces against Isis" as the
    # parser reads it) or name the fight the clause is in ("in the fight against Isis")
    against = [t for p in preps for t in p.subtree if t.dep_ == "prep" and t.lower_ == "against"]
    if against:
        sides.add("with")
    allied = {t.i for p in preps if p.lower_ in sides for t in p.subtree}
    allied -= {t.i for p in against for t in p.subtree}
    if code[:2] in VIOLENT_ROOTS and lex.has_role(lemma(clause, lex), "mutual"):
        allied |= {
            t.i
            for p in clause.subtree
            if p.dep_ == "prep" and p.lower_ in ALLY_PREPOSITIONS
            for t in p.subtree
        }
    return allied


def _partners_only(phrases: list[Token], code: str) -> list[Token]:
    """Of cooperation's target phrases, those that may name a partner: never whom an
    "against" phrase names ("joined an air campaign against Isis", "agreed to cooperate
    against Israel"); other codes' phrases as they are."""
    if code[:2] not in COOPERATION_ROOTS:
        return phrases
    return [p for p in phrases if not _opposed(p)]


def _opposed(phrase: Token) -> bool:
    """Whether a phrase is the object of "against" (a conjunct's first phrase too)."""
    while phrase.dep_ == "conj" and phrase.head != phrase:
        phrase = phrase.head
    return phrase.dep_ == "pobj" and phrase.head.lower_ == "against"


def _partners(phrases: list[Token]) -> list[Token]:
    """The phrases of a verb of talk that name whom one talks with ("with Turkey", "to
    Iran"), not what about."""
    return [p for p in phrases if p.dep_ == "pobj" and p.head.lower_ in PARTNER_PREPS]


def _topics(clause: Token, lex: Lexicon) -> set[int]:
    """The tokens of what the clause's verbs of talk and meetings are about ("agreed to
    discuss the problems of Afghanistan", "a summit on the unrest in Iran"), but for a
    "with" partner inside it ("discussed the need to control spending in talks with
    Lawson")."""
    about = {
        t.i
        for word in clause.subtree
        if (word.pos_ == "VERB" and lex.has_role(lemma(word, lex), "topic"))
        or (word.pos_ == "NOUN" and word.lower_ in VENUE_NOUNS)
        for d in word.children
        if (d.dep_ == "dobj" and word.pos_ == "VERB")
        or (d.dep_ == "prep" and d.lower_ in TOPIC_PREPS)
        for t in d.subtree
    }
    partners = {
        t.i
        for i in about
        if clause.doc[i].dep_ == "prep" and clause.doc[i].lower_ in PARTNER_PREPS
        for t in clause.doc[i].subtree
    }
    return about - partners


def _phrase_target(draft: _Draft, candidate: Candidate, lex: Lexicon, index: Mentions) -> None:
    """ "staged protests to demand the removal of the Ugandan ambassador", "signed a deal to
    buy wheat from Ukraine": no argument names an actor, but one further down the clause's
    own phrases after the trigger does; never one in the subject or in a clause of its own
    ("after Uganda closed the border"), and for a reciprocal event only its "with" partner
    ("discussed the budget in talks with the British chancellor")."""
    if candidate.rule in JUDGEMENT_RULES:
        # "described the agreement as a milestone in Russia's bid": a judgement names what
        # it judges, the agreement, not what the predicate goes on to mention
        return
    trigger, clause = candidate.trigger, candidate.clause
    if _accuses_object(clause, lex):
        # "accused his arch-nemesis of seeking a foothold in Syria": the accused is the
        # object, whatever the act it is accused of goes on to name
        return
    subject = draft.subject
    skip = set(t.i for t in subject.subtree) if subject is not None else set()
    skip |= _allies(clause, draft.code, lex)
    cooperative = ontology.quad_class(draft.code) < ontology.VERBAL_CONFLICT
    verbal_cooperation = ontology.quad_class(draft.code) == ontology.VERBAL_COOPERATION
    # "intervened only two days before a meeting of the Reagan administration's council":
    # a phrase of time names when, and against whom is no partner of cooperation; what is
    # done "without" is not done ("agreed to resign without returning to Kyrgyzstan"); a
    # cause names why ("called off airstrikes due to a sandstorm over the Middle East");
    # "under" names whose rule, command or auspices ("sanctions lifted under Obama")
    asides = TIME_PREPS | CAUSE_PREPS | {"without", "under"}
    done_to = any(c.dep_ == "dobj" for c in clause.children)
    if done_to:
        # "as" after an object names what the object is taken for ("branding him as a
        # police informer"), no one acted on ("such as" names some of the object: "backed
        # rebel groups such as the Syrian Democratic Forces")
        asides |= {"as"}
    if cooperative:
        # (nor are those "besides" whom it is done: "would be attended by former governors
        # besides BJP leader Chaturvedi" names more guests, no host)
        asides |= {"against", "besides"}
    skip |= {
        t.i
        for p in clause.subtree
        if p.dep_ == "prep"
        and p.lower_ in asides
        and not (p.lower_ == "as" and p.i > 0 and p.doc[p.i - 1].lower_ == "such")
        for t in p.subtree
    }
    # "criticised by Annan for its excessive focus on the Palestinian conflict": what the
    # criticism is for is why, not whom it is aimed at; so, for any act done to an object,
    # is what the object did ("to punish the wheat exporter for bribing the Iraqi regime";
    # not what is called "for", "called for convening a meeting of the UN")
    reasons = [
        p
        for p in clause.children
        if p.dep_ == "prep"
        and p.lower_ == "for"
        and (
            draft.code[:2] == "11"
            or (done_to and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in p.children))
        )
    ]
    skip |= {t.i for p in reasons for t in p.subtree}
    skip |= _topics(clause, lex)
    moves_forces = _moves_forces(draft)
    journey = lex.has_role(lemma(clause, lex), "journey")
    home = {country(s) for s in draft.sources}
    force_condemned = _force_condemned(draft, clause, lex)
    for token in clause.subtree:
        if token.i <= trigger.i or token.i in skip or token.i not in index.by_token:
            continue
        if _own_clause(token, clause, lex):
            continue
        if draft.reverse and not _with_partner(token, clause):
            continue  # a reciprocal event's partner is named as one: "in talks with Britain"
        if token.dep_ == "poss" and lex.has_role(lemma(token.head, lex), "relation"):
            continue  # "criticised Canada's allies": not Canada
        mention = index.by_token[token.i]
        if _owned_by_doer(token, index, draft.sources):
            continue  # "suspended talks to unite his ruling ZANU-PF party and PF-ZAPU"
        if token.dep_ == "poss" and mention.kind == "pronoun" and token.head.lower_ in VENUE_NOUNS:
            continue  # "in its talks with China": whose talks, no one acted on
        # a name's head says where it stands: "in New York" ("New" hangs on "York")
        name_head = mention_root(token.doc, mention) or token
        if _in_jurisdiction(name_head):
            continue  # "under Benoor police station limits": where, not the police
        if cooperative and mention.kind in ("metonym", "place") and _where(name_head):
            continue  # "agreed to a package at a meeting in Paris": where, not with whom
        if journey and country(mention) in home and _where_only(mention):
            continue  # "Thai police flew to Bangkok": a trip at home visits no one
        if (
            verbal_cooperation
            and _own_country(mention, home, clause.doc)
            and not _with_partner(token, clause)
        ):
            continue  # "promised to democratize Serbia": its own country, no partner
        if _where(name_head) and name_head.head.head.lower_ in VENUE_NOUNS:
            continue  # "reached agreement during talks in Germany": the venue of the talks
        if force_condemned and _where_only(mention) and _located_at(token):
            continue  # "condemned the bombings in Amman, Jordan": where, not at whom
        if moves_forces and _own_state(mention, draft.sources, OWN_FORCE_ROLES):
            continue  # "withdrew American forces": its own forces
        if mention.kind == "metonym" and _located_at(token) and draft.code[:2] in FORCE_ROOTS:
            # "an attack in eastern Ghouta, near Damascus": where, not the government (a
            # protest "in Algiers" is aimed at those who govern there)
            mention = as_place(mention)
        found = _others([mention], draft.sources)
        if found:
            draft.targets = found
            draft.note(Step.PHRASE_TARGET)
            return


def _accuses_object(clause: Token, lex: Lexicon) -> bool:
    """ "accused the group of smuggling arms", "charged him with spying": a verb of alleging
    whose object is the accused, with what it is accused of ("claimed responsibility for
    the attack" accuses no one)."""
    if not lex.has_role(lemma(clause, lex), "allege"):
        return False
    accused = [c for c in clause.children if c.dep_ == "dobj"]
    return any(
        p.dep_ == "prep" and p.lower_ in ("of", "with")
        for holder in (clause, *accused)
        for p in holder.children
    )


def _owned_by_doer(token: Token, index: Mentions, sources: list[Mention]) -> bool:
    """Whether a name stands in a phrase the doer calls its own ("his ruling ZANU-PF party",
    "its own army"): the doer's side, not whom it acts on."""
    heads = [token]
    while heads[-1].dep_ in ("compound", "amod", "nmod") and heads[-1].head != heads[-1]:
        heads.append(heads[-1].head)
    owners = [index.by_token.get(c.i) for h in heads for c in h.children if c.dep_ == "poss"]
    return any(
        o is not None and o.kind == "pronoun" and any(same_actor(o, s) for s in sources)
        for o in owners
    )


def _domestic_target(
    draft: _Draft,
    candidate: Candidate,
    noun: Token | None,
    span: Span,
    lex: Lexicon,
    index: Mentions,
    sentence: int,
) -> None:
    """ "Police raided the house", "militants attacked a government building": force used on
    a thing or on people no actor names, in a sentence that names no other country, is done
    at home: the target is the doer's own country (the gold guide's domestic event). So is a
    protest or a demand by people at home aimed at no one named: "thousands of Kurds
    demonstrated in Kirkuk", "Ibo elders demanded that control of the ministry be taken
    away" (at those who govern)."""
    demand = draft.code[:2] == "10"
    if ontology.quad_class(draft.code) != ontology.MATERIAL_CONFLICT:
        _addressed_at_home(draft, candidate, noun, span, lex, index, sentence)
        if draft.targets or not demand:
            return
    doer = draft.sources[0]
    role = role_block(doer)
    protest = draft.code[:2] == "14" or demand
    if protest:
        # "Iraqi Kurds demonstrated in Kirkuk", "Ibo elders demanded that control of the
        # ministry be taken away": people at home protest or demand of those who govern
        if role not in HOME_PROTEST_ROLES and not (role == "" and _people(doer, candidate)):
            return  # "China protested": a state protests to someone, unnamed here
    elif role not in HOME_FORCE_ROLES and not (
        draft.code.startswith(HOME_ARREST_CODE) and role in ARRESTING_ROLES
    ):
        return  # an army acts abroad as often as at home: "Russian troops shelled the building"
    home = _home(doer, span, index)
    if home is None:
        return
    if protest:
        phrases = [candidate.trigger]
    elif noun is None:
        # the object, or a passive's patient: "a family was shot by gunmen"
        phrases = [c for c in candidate.clause.children if c.dep_ == "dobj"]
        if phrases and (_weapon(phrases[0], lex) or lex.has_role(phrases[0].lower_, "onslaught")):
            # "opened fire at the convoy", "lobbed grenades": what is fired is no one acted
            # on; what it is fired at is, else (at home all the same) the act itself
            aimed = [
                o
                for p in (*candidate.clause.children, *phrases[0].children)
                if p.dep_ == "prep" and p.lower_ in AIMED_PREPS
                for o in p.children
                if o.dep_ == "pobj"
            ]
            phrases = [*aimed[:1], candidate.trigger]
        patient = passive_patient(candidate.clause)
        if patient is not None and passive_agent(candidate.clause) is not None:
            phrases.append(patient)
    else:  # "a raid on the house"
        preps = [p for p in noun.children if p.dep_ == "prep" and p.lower_ in ("on", "against")]
        phrases = [c for p in preps for c in p.children if c.dep_ == "pobj"]
    # a protest that names no one is aimed at those who govern
    target = (
        Actor(home + "GOV", home, "government", None) if protest else Actor(home, home, None, None)
    )
    for phrase in phrases:
        named = phrase.ent_type_ and phrase.ent_type_ not in COUNTED_ENTITIES
        if not protest and (phrase.pos_ == "PROPN" or named or index.at(phrase)):
            continue  # a name whose actor is unknown is not known to be at home
        if _foreign(phrase, lex):
            continue  # "militants attacked foreign troops": not at home
        draft.targets = [_domestic(phrase, target, sentence)]
        draft.note(Step.DOMESTIC_TARGET)
        return


def _foreign(phrase: Token, lex: Lexicon) -> bool:
    """Whether the phrase says its people or things are from abroad: "foreign forces", or
    names other states: "called on other nations to take their share", or people come from
    elsewhere: "will help refugees", "attacked migrants at the border"."""
    return (
        phrase.lower_ in STATE_NOUNS
        or lex.has_role(lemma(phrase, lex), "newcomer")
        or any(c.dep_ == "amod" and c.lower_ in FOREIGN_WORDS for c in phrase.children)
    )


def _domestic(token: Token, actor: Actor, sentence: int) -> Mention:
    """A mention of an actor the text implies at home, spanning the word that implies it
    (the thing acted on, the people addressed, the verb of an arrest)."""
    return Mention(
        token.text, (token.idx, token.idx + len(token.text)), actor, sentence, kind="domestic"
    )


# Modifiers that put people or things abroad: no domestic target.
FOREIGN_WORDS = frozenset({"foreign", "international", "overseas", "external", "outside"})
# Prepositions of time: their phrase says when, naming no one acted on.
TIME_PREPS = frozenset({"before", "after", "since", "until", "during"})
# Prepositions of cause ("due to", "because of", "owing to"): why, not on whom ("amid a row
# with Erdogan" is kept: the row is often with whom the act is done).
CAUSE_PREPS = frozenset({"due", "because", "owing"})
# Prepositions naming whom force is used for or beside: "fighting for the Taliban".
ALLY_PREPOSITIONS = frozenset({"for", "alongside", "beside"})
# A verb in the present tense ("meet", "visits").
PRESENT_TAGS = frozenset({"VBP", "VBZ"})
# Assault: bombings, assassinations, abductions, beatings.
ASSAULT_ROOT = "18"
# Assault, force and mass violence.
VIOLENT_ROOTS = frozenset({"18", "19", "20"})
# Verbs of coercion: what they force another to do is that other's act.
# (not "pressure": one pressed to resign may not have resigned)
COERCION_VERBS = frozenset({"force", "compel", "oblige"})
# Yield: a retreat, a release, an easing, done under pressure.
YIELD_ROOT = "08"
# Yielding, not specified further: to demands, to pressure ("met the rebels' demands").
YIELD_CODE = "080"
# Force, and the coercion (arrests, curfews, raids) that is done to a place's people.
FORCE_ROOTS = VIOLENT_ROOTS | {"17"}
# Nouns for several states: never a state's own people at home ("called on his allies").
STATE_NOUNS = frozenset(
    {"nations", "countries", "states", "governments", "neighbours", "neighbors", "allies"}
)
# "complained to the UN over Israeli raids": what a complaint is about.
GRIEVANCE_PREPS = frozenset({"over", "about"})
# Entity types of a count, not a name: "arrested 12" are people no actor names.
COUNTED_ENTITIES = frozenset({"CARDINAL", "QUANTITY"})
ADDRESSEE_PREPOSITIONS = frozenset({"to", "against", "behind", "on", "upon", "at"})
# Roots of acts addressed to someone (appeal, praise or apologise, aid, demand, criticise,
# reject, threaten); a statement (01) is addressed to no one, and an intent (03), a meeting
# (04) or an exchange (06) is between partners that must be named.
ADDRESSED_ROOTS = frozenset({"02", "05", "07", "10", "11", "12", "13"})
# Engage in diplomatic cooperation: praise, endorse, defend verbally.
APPROVE_ROOT = "05"
# Appeals and demands (02, 10): made to an addressee, for an act of it.
APPEAL_ROOTS = frozenset({"02", "10"})
# Exhibit force posture: military drills, alerts, test firings.
POSTURE_ROOT = "15"
# Consult: meetings, visits and talks; and the intent to meet.
CONSULT_ROOT, INTENT_TO_MEET = "04", "036"
# Appeal: made to someone, for something.
APPEAL_ROOT = "02"
DEMAND_ROOT = "10"
THREAT_ROOT = "13"
# Signing a formal agreement (057): a 05 act, but a mutual one.
AGREEMENT = "057"
# Prepositions of what is talked about: "talked about Syria", "discussed plans on Iraq".
TOPIC_PREPS = frozenset({"about", "on", "over", "concerning", "regarding"})
# Prepositions of whom one talks with: "discussed Syria with Turkey", "talks to Iran".
PARTNER_PREPS = frozenset({"with", "to"})
# Provide aid: to someone.
AID_ROOT = "07"
# Accusation: its domestic addressee is the people accused, never a cause, a disaster or a
# social ill blamed ("blamed the weather", "blamed the fire on faulty wiring").
ACCUSATION = "112"
BLAMELESS_ROLES = ("cause", "accident", "scourge")


def _addressed_at_home(
    draft: _Draft,
    candidate: Candidate,
    noun: Token | None,
    span: Span,
    lex: Lexicon,
    index: Mentions,
    sentence: int,
) -> None:
    """ "appealed to Muslims to exercise restraint", "apologised to two families", "rejected
    the challenge": a directed act whose addressee the clause describes but no actor names,
    in a sentence that names no other country, is between actors of the doer's country."""
    if (
        draft.code[:2] not in ADDRESSED_ROOTS
        or draft.code[:3] == AGREEMENT
        or draft.reverse
        or candidate.reverse
    ):
        return  # a mutual act needs its partner named ("adopted a resolution" has none)
    doer = draft.sources[0]
    if country(doer) in (None, "IGO"):
        return
    head = noun if noun is not None else candidate.trigger
    # what a demand's object names is what is demanded ("demanded money from a trader",
    # "demanding the right to enrich uranium"), whom its "from" phrase; unless an infinitive
    # says what the object is to do ("ordered all passengers to disembark")
    demand = draft.code[:2] == DEMAND_ROOT and not _told_to_act(head)
    # "expressed satisfaction": a voiced feeling's object is the feeling, never its addressee
    voiced = lex.has_role(lemma(head, lex), "voice")
    # "ordered 50 copies to be made", "urged the bill to be passed": what is to be acted on
    # is no addressee
    patient = _passive_infinitive_object(head)
    objects = ("dative",) if demand or voiced or patient else ("dobj", "dative")
    addressees = ADDRESSEE_PREPOSITIONS | {"from"} if demand else ADDRESSEE_PREPOSITIONS
    phrases = [c for c in head.children if c.dep_ in objects and noun is None]
    phrases += [
        c
        for p in head.children
        if p.dep_ in ("prep", "dative") and p.lower_ in addressees
        for c in p.children
        if c.dep_ == "pobj"
    ]
    material = draft.code[:2] == AID_ROOT
    accusation = draft.code[:3] == ACCUSATION
    # "vowed revenge", "threatened sanctions": a vow's or a threat's object is what is
    # threatened, unless it is people ("warned the government" is addressed to it)
    threat = draft.code[:2] == THREAT_ROOT and _threatening(head, lex)
    # "urged passage of the bill", "suggested an extension": an appeal's object is what is
    # asked for, unless it is people, or told to act ("urged the army to stay alert") or
    # asked for something ("asked the court for a chance")
    appeal = (
        draft.code[:2] == APPEAL_ROOT
        and not _told_to_act(head)
        and not any(c.dep_ == "prep" and c.lower_ == "for" for c in head.children)
    )
    # "welcomed a relaxation of the rules", "praised the decision": what is approved of is an
    # act or a thing, unless it is people ("praised the farmers")
    approval = draft.code[:2] == APPROVE_ROOT
    for phrase in phrases:
        # a people no actor names is described, not named ("appealed to Muslims")
        described = phrase.pos_ == "NOUN" or phrase.ent_type_ == "NORP"
        if not described or phrase.ent_type_ not in ("", "NORP") or index.at(phrase):
            continue
        if any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in phrase.children):
            continue  # "praised the Komei Party's efforts": its owner is named, if unknown
        if _foreign(phrase, lex):
            continue  # "urged foreign forces to avoid civilian casualties": not at home
        if names_force(phrase, lex):
            return  # "condemned the bombings": aimed at who bombed, whom it does not name
        if material and not _plural_or_people(phrase):
            continue  # aid or protection goes to people ("flood victims"), not to "progress"
        if (
            (threat or appeal or (approval and not _names_approval(phrase, lex)))
            and phrase.dep_ == "dobj"
            and not _people_not_acts(phrase, lex)
        ):
            # (support given, "threw his full support behind the Governor-General", is
            # given to someone the clause describes)
            continue
        if accusation and any(lex.has_role(lemma(phrase, lex), r) for r in BLAMELESS_ROLES):
            continue  # "blamed a lack of fire escapes", "blamed the weather": a cause, no one
        if lex.has_role(lemma(phrase, lex), "bond"):
            return  # "hopes to deepen traditional friendship": the partner is not at home
        home = _home(doer, span, index)
        if home is None:
            return
        draft.targets = [_domestic(phrase, Actor(home, home, None, None), sentence)]
        draft.note(Step.DOMESTIC_TARGET)
        return


def _plural_or_people(noun: Token) -> bool:
    """A plural noun or a people's name: "flood victims", "passengers", "Kurds"."""
    return noun.tag_ in ("NNS", "NNPS") or noun.ent_type_ == "NORP"


def _names_approval(noun: Token, lex: Lexicon) -> bool:
    """Whether a noun is itself an act of approval ("support", "praise"): the noun's code,
    or the code of the verb it is the noun of."""
    word = lemma(noun, lex)
    trigger = lex.nouns.get(word) or lex.verbs.get(word)
    return trigger is not None and (trigger.code or "")[:2] == APPROVE_ROOT


def _people_not_acts(noun: Token, lex: Lexicon) -> bool:
    """Whether a threat's or an appeal's object is people ("threatened journalists", "asked
    the judge"), not the act threatened or asked for ("sanctions", "an extension")."""
    word = lemma(noun, lex)
    if noun.ent_type_ == "NORP" or lex.has_role(word, "person") or lex.in_class(word, "PEOPLE"):
        return True  # "threatened journalists", "thanked the local population"
    return _plural_or_people(noun) and word not in lex.nouns


def _passive_infinitive_object(verb: Token) -> bool:
    """Whether a passive infinitive says what is to be done to the verb's object: "ordered
    the flags to be lowered", "ordered 50 copies to be made" (parsed on the object)."""
    infinitives = [c for c in verb.children if c.dep_ == "xcomp" and is_infinitive(c)]
    infinitives += [i for _, i in _object_infinitives(verb)]
    return any(any(c.dep_ == "auxpass" for c in v.children) for v in infinitives)


def _object_infinitives(verb: Token) -> list[tuple[Token, Token]]:
    """(object, infinitive) for each infinitive the parser hung on the verb's object rather
    than on the verb: "ordered all passengers to disembark"."""
    return [
        (o, d)
        for o in verb.children
        if o.dep_ == "dobj"
        for d in o.children
        if d.dep_ in ("relcl", "acl") and is_infinitive(d)
    ]


def _people_counted(noun: Token) -> bool:
    """Whether a noun counts people or things, not a notion: "passengers", "every male"."""
    return _plural_or_people(noun) or any(
        c.dep_ == "det" and c.lower_ in ("every", "each", "all") for c in noun.children
    )


def _told_to_act(verb: Token) -> bool:
    """Whether an infinitive says what the verb's object is to do: "ordered all passengers to
    disembark", "ordered the men of the village to gather" (parsed on the object: people, not
    "the right to enrich uranium")."""
    if any(c.dep_ == "xcomp" for c in verb.children):
        return True
    return any(_people_counted(o) for o, _ in _object_infinitives(verb))


def _home(doer: Mention, span: Span, index: Mentions) -> str | None:
    """The doer's country, if the sentence names no other country and no place abroad."""
    home = country(doer)
    # the sentence's own mentions, by token: a walk of all the article's grew with its square
    here = (index.by_token[t.i] for t in span if t.i in index.by_token)
    # a news agency the sentence credits ("told Xinhua") is no party to what happened
    if home is None or any(country(m) != home and role_block(m) != MEDIA for m in here):
        return None
    for token in span:  # not `span.ents`, which walks every entity of the document
        if token.ent_iob_ != "B":
            continue
        place = named_place(token)
        if place is not None and place[1].country not in (None, home):
            if not index.countries[place[1].country] and index.countries[home] > 1:
                # "Hajin area of the District" in a report from Kashmir: a town of a country
                # no actor or place of the article is of, in one that names its own country
                # again and again (a stray namesake)
                continue
            return None  # "blew themselves up in Tel Aviv": somewhere else, named as a place
    return home


def _people(doer: Mention, candidate: Candidate) -> bool:
    """Whether a mention with no role names a country's people ("Nigerians", "Kurds"), not
    the country itself ("Nigeria"): its head word, or the word it modifies ("Iraqi Kurds"),
    is plural."""
    words = candidate.trigger.doc.char_span(doer.span[0], doer.span[1], alignment_mode="expand")
    if words is None:
        return False
    head = words.root.head if words.root.dep_ in NAME_DEPS else words.root
    return head.tag_ in ("NNS", "NNPS")


def _with_partner(token: Token, clause: Token) -> bool:
    """Whether a "with" phrase holds `token` below `clause`."""
    while token != clause and token.head != token:
        if token.dep_ == "prep" and token.lower_ == "with":
            return True
        token = token.head
    return False


def _own_clause(token: Token, clause: Token, lex: Lexicon) -> bool:
    """Whether `token` lies outside the clause's own phrases: in a clause with a subject of
    its own, a coordinated or subordinate clause ("denied ... and accused Western countries"),
    or an adjective's phrase ("a project dear to Moscow"); an infinitive ("to demand the
    removal of the ambassador", "a deal to buy wheat from Ukraine") and a participle
    ("property seized by government forces") are the clause's own, but not a verb inside
    that participle ("a man believed to have smuggled people into Australia")."""
    while token.dep_ in NAME_DEPS and token.head != token and token.head.pos_ in ("NOUN", "PROPN"):
        token = token.head  # the whole name: "the Ugandan ambassador"
    inner_verb = False
    beyond_of = False
    while token != clause and token.head != token:
        if token.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in token.children
        ):
            return True
        purpose = token.dep_ in ("advcl", "relcl") and is_infinitive(token)
        if token.dep_ not in PHRASE_DEPS and not purpose:
            return True
        if token.dep_ == "prep" and token.lower_ in CONCESSIVE | ATTRIBUTIONS:
            # "was not withdrawing despite Trump's call": in spite of, not at; "according to
            # the Wall Street Journal": who tells it
            return True
        if (
            token.dep_ == "acl"
            and (lex.has_role(lemma(token, lex), "allege") or taking_part(token, lex))
            and beyond_of
        ):
            # "arrested a paratrooper accused of sadism against Somali people", "killed a
            # terrorist involved in an attempt on President Musharraf": whom the noun is
            # accused of acting on, or acted on, was not arrested or killed ("people
            # suspected of being members of Eta" are Eta)
            return True
        if (
            token.dep_ == "acl"
            and token.tag_ == "VBG"
            and token.head.dep_ == "pobj"
            and token.head.head.lower_ != "of"
            and lemma(token.head, lex) not in lex.nouns
            and conflictual(token, lex)
        ):
            # "withdraw soldiers from a force fighting the rebels": whom the doer named in a
            # phrase fights is not acted on by the clause (an event noun's target is:
            # "claimed responsibility for an attack targeting a mall in Kenya's capital"; so
            # is whom a ban's subjects would talk to, "lifted its ban on diplomats speaking
            # with North Korean diplomats")
            return True
        beyond_of = beyond_of or (token.dep_ == "prep" and token.lower_ != "of")
        if token.dep_ == "acl" and inner_verb:
            # "arrested a man believed to have smuggled people into Australia", "a plan
            # aimed at ending the war in Lebanon": what a participle's own verb tells is
            # about the noun, not the clause's act
            return True
        inner_verb = inner_verb or (token.pos_ == "VERB" and token.dep_ != "acl")
        token = token.head
    return False


# Quad classes of conflict, in words or deeds.
CONFLICT_QUADS = frozenset({ontology.VERBAL_CONFLICT, ontology.MATERIAL_CONFLICT})


def _clause_targets(noun: Token, index: Mentions, taken_part: bool) -> list[Mention]:
    """Who the clause around an event noun names as acted upon: the object of the verb
    it is the subject of ("Rejections by Uganda doomed the Kenyan proposal"), or, for an
    act of conflict or a meeting (`taken_part`), those the verb it is the circumstance of
    happened to ("Villagers were killed in a raid", "during the meeting, delegates from
    China and Africa reviewed"; "Orban proposed $3.4 billion in EU aid" gives Orban none)."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and taken_part:
        verb, relations = noun.head.head, ("nsubj", "nsubjpass")
        if verb.dep_ == "dobj":
            verb = verb.head  # "Iraqi troops suffered heavy casualties in an offensive"
    elif noun.dep_ == "nsubj":
        verb, relations = noun.head, ("dobj", "nsubjpass")
    else:
        return []
    phrases = [c for c in verb.children if c.dep_ in relations and c != noun]
    return [m for phrase in phrases for m in index.at(phrase)]


def _condition_subjects(clause: Token, lex: Lexicon) -> list[Token]:
    """Subjects of the "if" / "unless" clauses of a verb or anywhere in its complement (the
    parser may hang "if the United States goes ahead" on a noun's infinitive: "threatened to
    stop negotiations to reduce weapons if...")."""
    found: list[Token] = []
    for verb in (clause, *(c for c in clause.children if c.dep_ == "xcomp")):
        inner = verb.subtree if verb is not clause else verb.children
        for child in inner:
            if child.dep_ == "advcl" and any(
                m.dep_ == "mark" and m.lower_ in CONDITION_MARKS for m in child.children
            ):
                subject = subject_of(child, lex)
                if subject is not None and subject not in found:
                    found.append(subject)
    return found


def _place_target(
    draft: _Draft, clause: Token, noun: Token | None, lex: Lexicon, index: Mentions, sentence: int
) -> None:
    """No actor acted upon: the place where it happened is the target, as in the public
    gold sets ("arrived in Amman": IRQ -> JOR; "imposed a curfew in Cizre, Turkey": TURGOV ->
    TUR), unless it names the source itself."""
    if draft.reverse and _among_themselves(draft, clause):
        return  # "the two men met in Geneva": the parties meet each other, Geneva is the place
    if draft.reverse and _with_someone(clause):
        # "signed the peace deal with a rebel faction in Abuja": the partner is whom the
        # "with" phrase names, known or not; the place is where they met
        return
    if _force_condemned(draft, clause, lex):
        return  # "condemned the bombings in Amman": aimed at who bombed, not where
    if _accuses_object(clause, lex):
        return  # "accused the sect of hiding arms in Cameroon": the sect, wherever it hid them
    material_conflict = ontology.quad_class(draft.code) == ontology.MATERIAL_CONFLICT
    home = {country(s) for s in draft.sources}
    if draft.code[:2] == "04" and draft.code[:3] not in VISITS and home == {"IGO"}:
        # "the IMF held a meeting in Washington": a body's members meet, with no host (a
        # visit by its envoy "to Baghdad" is still to Iraq)
        return
    if len(home) > 1 and not material_conflict:
        return  # "agreed by Putin and Erdogan at a summit in Sochi": together, where they met
    # force done to a place at home targets it; a show of force there is aimed at no one
    # ("test-fired a missile from a site in Orissa")
    done_to_place = material_conflict and draft.code[:2] != POSTURE_ROOT
    # At home, only force is done to the place ("rebels shelled Aleppo"); a minister who
    # "arrived in Mosul" or "attended a conference in Kandahar" visited nobody.
    phrases = place_phrases(clause, noun)
    if draft.code[:2] != CONSULT_ROOT and not material_conflict:
        # "agreed at a meeting in New York", "pledged aid at a conference in London": where
        # the parties met, no one acted upon (a visit "for talks in Moscow" is hosted there)
        phrases = [p for p in phrases if not _at_venue(p)]
    if (
        not phrases
        and noun is None
        and clause.dep_ == "advcl"
        and clause.tag_ == "VBG"
        and draft.code[:2] in FORCE_ROOTS
        and lemma(clause.head, lex) in lex.verbs
    ):
        # "blew themselves up in Jerusalem and Haifa, killing 26 people": force done where
        # the act it follows from was ("at a summit in Malaysia, demanding reforms" is not;
        # nor "died in Syria fighting with the YPG": a death is no act of theirs)
        phrases = place_phrases(clause.head, None)
    for phrase in phrases:
        found = [
            as_place(m) if m.kind == "metonym" and draft.code[:2] in FORCE_ROOTS else m
            for m in _others(index.at(phrase), draft.sources)
            # "in its talks with China": an owner's pronoun says whose, never where
            if (done_to_place or country(m) not in home) and m.kind != "pronoun"
        ]
        if found:
            draft.targets = found[:1]
            draft.note(Step.PLACE_TARGET)
            return
    # "shelled a neighbourhood in Aleppo": a city is no actor where it only says where
    # (actors.match), so the gazetteer gives its country, as for the event's location; so
    # does a town force is aimed at ("fired artillery at Afrin")
    aimed = _aimed_at_places(clause if noun is None else noun) if done_to_place else []
    for phrase in phrases + aimed:
        # (a name force is aimed at is a place whatever the tagger took it for, "fired
        # rockets at Sderot" its organisation; never a person's)
        any_tag = phrase in aimed and phrase.pos_ == "PROPN" and phrase.ent_type_ != "PERSON"
        place = _gazetteer_place(phrase, draft.sources, sentence, any_tag)
        if place is not None and (done_to_place or country(place) not in home):
            draft.targets = [place]
            draft.note(Step.PLACE_TARGET)
            return


def _aimed_at_places(head: Token) -> list[Token]:
    """The objects of the phrases force is aimed by, on the trigger or its object: "fired
    artillery at Afrin", "rockets rained down on Sderot", "a raid on Kandahar"."""
    return [
        o
        for h in _with_objects(head)
        for p in h.children
        if p.dep_ == "prep" and p.lower_ in AIMING_PREPS
        for o in p.children
        if o.dep_ == "pobj"
    ]


# Prepositions that aim force at a place: "fired at", "rained down on", "advanced into".
AIMING_PREPS = frozenset({"at", "on", "upon", "against", "into", "toward", "towards"})


def _with_someone(clause: Token) -> bool:
    """Whether a clause, or its object, has a "with" phrase naming people or a group ("with a
    main rebel faction"), not a thing ("with great fanfare")."""
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "with"
        and any(
            p.dep_ == "pobj"
            and (p.ent_type_ in PARTNER_ENTITIES or p.pos_ in ("NOUN", "PROPN"))
            and p.lower_ not in MANNER_WORDS
            for p in prep.children
        )
        for holder in _with_objects(clause)
        for prep in holder.children
    )


def _with_objects(head: Token) -> list[Token]:
    """A trigger and its direct objects: where the parser may hang a phrase of either."""
    return [head, *(c for c in head.children if c.dep_ == "dobj")]


# Entity types of a partner named by "with"; words of manner ("with fanfare") are none.
PARTNER_ENTITIES = frozenset({"PERSON", "ORG", "NORP", "GPE"})
MANNER_WORDS = frozenset({"fanfare", "ceremony", "pomp", "care", "caution", "reluctance"})


# Gatherings whose place says where actors met ("a ceasefire in Syria" is not one).
MEETING_VENUES = frozenset(
    {"talks", "summit", "conference", "meeting", "meetings", "negotiations", "session", "forum"}
)


def _at_venue(place: Token) -> bool:
    """Whether a place is where a meeting was: "at a meeting in New York", "during talks in
    Geneva" (a meeting the verb is done at, not one it acts on)."""
    venue = place.head.head
    return venue.dep_ == "pobj" and venue.lower_ in MEETING_VENUES


def _among_themselves(draft: _Draft, clause: Token) -> bool:
    """Whether the parties of a mutual event are its subject's own members: "the two men
    met", "Russia and Turkey will meet", "the four Afghan groups negotiating in Bonn"."""
    subject = draft.subject
    return (
        is_reciprocal(subject, clause)
        or len({country(s) for s in draft.sources}) > 1
        # "Hamas and Fatah held talks in Cairo": two parties of one country
        or _two_sides_paired(draft)
        or (
            # "EU foreign ministers meet in Brussels", "Opec ministers met in Vienna": the
            # members of a body meet each other where the body sits
            subject is not None
            and subject.tag_ == "NNS"
            and bool(draft.sources)
            and all((s.actor.code or "").startswith("IGO") for s in draft.sources)
        )
        or (
            subject is not None
            and subject.tag_ == "NNS"
            and any(c.dep_ == "nummod" or c.lower_ == "all" for c in subject.children)
        )
    )


def _own_country(mention: Mention, home: set[str | None], doc: Doc) -> bool:
    """Whether a mention names the state of one of the sources: "Serbia", "Soviet
    membership"; not its people ("called on Liberians") nor a person an undated article
    codes by country alone."""
    if country(mention) not in home or mention.actor.code != country(mention):
        return False
    head = mention_root(doc, mention)
    if head is None:
        return False
    return head.ent_type_ == "GPE" or (
        head.ent_type_ == "NORP" and head.dep_ in ("amod", "compound")
    )


def _fought_each_other(trigger: Token, lex: Lexicon) -> bool:
    """Whether a verb of fighting sets its coordinated subjects against each other, not
    side by side ("fought together", "fought alongside")."""
    return (
        trigger.pos_ == "VERB"
        and lex.has_role(lemma(trigger, lex), "mutual")
        and not any(c.lower_ in SIDE_BY_SIDE for c in trigger.children)
    )


def _fight_among_parties(draft: _Draft) -> bool:
    """Whether the coordinated subjects of a verb of fighting, with no one else named, are
    each other's targets ("rebels and government troops clashed")."""
    return draft.mutual and not draft.targets and len(draft.sources) > 1


def _two_sides_paired(draft: _Draft) -> bool:
    """Whether a (mutual) act's subject pairs two sides of one country ("Hamas and Fatah",
    "the government and the rebels", "leaders of rival Hamas and Fatah movements"): not one
    actor named twice ("Putin and Lavrov" are the Russian government), two arms of one state
    (its police and army, its ministries), nor a list, which names one side's delegation
    ("the home minister, his deputy, the party president and a spokesman"), nor one person's
    two titles ("Congress leader and lawyer Shaktisinh Gohil")."""
    if len(draft.sources) != 2 or draft.subject is None:
        return False
    a, b = draft.sources
    if a.actor.code == b.actor.code or (
        role_block(a) in STATE_ROLES and role_block(b) in STATE_ROLES
    ):
        return False
    if _titles_of_one(draft.subject):
        return False
    groups = [len(t.conjuncts) + 1 for t in draft.subject.subtree if t.conjuncts]
    return max(groups, default=1) == 2


def _titles_of_one(subject: Token) -> bool:
    """ "Congress leader and lawyer Shaktisinh Gohil": a bare singular role noun (no article,
    no owner) joined to a name is a title of the person named, not a second party."""
    return (
        subject.tag_ == "NN"
        and not any(c.dep_ in ("det", "poss") for c in subject.children)
        and any(c.pos_ == "PROPN" for c in subject.conjuncts)
    )


def _speaks_for_self(mention: Mention) -> bool:
    """Whether the mention of a person named speaks for no body: a private person, or one
    known by no office, at most by nationality ("British bar owner Ken Cheshire"); "Hamas
    leader Khaled Meshaal said they would attack" speaks for Hamas."""
    return role_block(mention) in PRIVATE_PERSON_ROLES


def _gazetteer_place(
    phrase: Token, sources: list[Mention], sentence: int, any_tag: bool = False
) -> Mention | None:
    """The country of a named place as a mention of that country, spanning the place name
    (`any_tag`: whatever the tagger took the name for)."""
    place = gazetteer_place(phrase) if any_tag else named_place(phrase)
    if place is None or place[1].country is None:
        return None
    entity, code = place[0], place[1].country
    mention = Mention(
        entity.text,
        (entity.start_char, entity.end_char),
        Actor(code, code, None, None),
        sentence,
        kind="place",
    )
    return None if any(same_actor(mention, s) for s in sources) else mention


def _in_quoted_words(token: Token, quotes: Sequence[Quote]) -> bool:
    """Whether `token` stands between quotation marks (a direct or partial quote), not
    in a reported clause that only paraphrases."""
    return any(q.kind != "indirect" and q.span[0] <= token.idx < q.span[1] for q in quotes)


def _attribute_speech(
    draft: _Draft,
    candidate: Candidate,
    frame: Frame,
    speaker: Mention | None,
    quotes: Sequence[Quote],
    lex: Lexicon,
    index: Mentions,
) -> list[Mention]:
    """Fill the source from reported speech and quotes; return the reporters."""
    subject, clause = draft.subject, candidate.clause
    reporter_subject = subject_of(frame.reporter, lex) if frame.reporter is not None else None
    reporters = index.at(reporter_subject) if reporter_subject is not None else []
    if speaker is not None:
        reporters = reporters or [speaker]
    if (
        not draft.sources
        and subject is not None
        and subject.lower_ in THIRD_PERSON
        and reporters
        and frame.reporter is not None
        # a speaker's own words name the speaker "we" or "I": "they" inside the quote is
        # someone else ("'they will strike again,' she said" is no threat of hers)
        and not _in_quoted_words(subject, quotes)
        and not (
            subject.lower_ in ("they", "them")
            and reporter_subject is not None
            and not reporter_subject.conjuncts
            and (
                reporter_subject.tag_ == "NN"
                or (reporter_subject.ent_type_ == "PERSON" and _speaks_for_self(reporters[0]))
            )
        )
    ):
        # "Russia said it would attack": an unresolved pronoun in the reported clause is
        # read as the reporter itself; "they opened fire, the security official said" is
        # not the official, nor "they can protest, bar owner Ken Cheshire told AFP" the
        # one person named. "They" of reporters named together is all of them ("the
        # government and the rebels said they had agreed", "the foreign ministers of
        # Britain and France said they would meet").
        joint = (
            subject.lower_ in ("they", "them")
            and reporter_subject is not None
            and (
                bool(reporter_subject.conjuncts)
                or (reporter_subject.tag_ in ("NNS", "NNPS") and len(reporters) > 1)
            )
        )
        draft.sources = reporters if joint else reporters[:1]
        draft.note(Step.REPORTER_PRONOUN)
    draft.own_sources = list(draft.sources)
    # The speaker is the source of "we confirm..." and of subjectless main clauses inside
    # the quote ("sanctions are an option"), never of a passive or participle without agent.
    # ("the US" is the country, not "us")
    speaker_speaks = (
        subject is not None and subject.lower_ in FIRST_PERSON and subject.pos_ == "PRON"
    )
    if subject is None and passive_patient(clause) is None and not draft.sources:
        # (an event noun that names its own doer keeps it: "A U.S.-British air raid left
        # eight civilians dead, the Iraqi military said")
        speaker_speaks = (
            clause.dep_ in ("ROOT", "ccomp") or candidate.rule is Rule.NOUN_OPTION_THREAT
        )
    if speaker is not None and speaker_speaks:
        draft.sources = [speaker]
        draft.own_sources = draft.sources if subject is not None else []
        draft.note(Step.QUOTE_SPEAKER)
    return reporters


def _recode_stance(draft: _Draft, candidate: Candidate, frame: Frame, lex: Lexicon) -> None:
    """ "Spain does not recognize Kosovo": withholding a stance is a rejection (12x); so is
    not yielding, "did not bow to the rebels' demands", "will not give in to pressure", and
    saying one would not help, "said it would not provide support to Israel"."""
    if draft.modality != "negated" or frame.cue is not None:
        return
    if (
        draft.code != YIELD_CODE
        and not lex.has_role(lemma(candidate.trigger, lex), "stance")
        and frame.unasserted != "assurance"
    ):
        return
    refused = lex.transform("refuse", draft.code)
    if refused is not None:
        draft.code, draft.reverse, draft.modality = refused, None, "asserted"
        draft.note(Step.REFUSAL)


def _recode_condition(draft: _Draft, candidate: Candidate, lex: Lexicon, index: Mentions) -> None:
    """ "Greece would defend Cyprus if Turkish troops landed": a promise of protection on
    another actor's act is a threat to that actor (transforms.tsv, when=condition)."""
    if draft.modality not in ("planned", "hypothetical") or not draft.sources:
        return
    threat = lex.transform("condition", draft.code)
    if threat is None:
        return
    for inner in _condition_subjects(candidate.clause, lex):
        found = _others(index.at(inner), draft.sources)
        if found:
            draft.code, draft.reverse, draft.modality = threat, None, "asserted"
            draft.targets = found[:1]
            draft.note(Step.CONDITION_TARGET)
            return


def _that_clause(token: Token) -> bool:
    """A noun's clause opened by "that": "the demand that Germany repatriate", not a relative
    clause ("the demand that Germany made")."""
    return (
        token.dep_ == "acl"
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    )


def _finite(verb: Token) -> bool:
    """Whether a clause is finite ("that Assad's regime had"), not an infinitive ("planes to
    land")."""
    if is_infinitive(verb):
        return False
    return verb.tag_ in FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") or (c.dep_ == "mark" and c.lower_ == "that")
        for c in verb.children
    )


def _condition_target(draft: _Draft, candidate: Candidate, lex: Lexicon, index: Mentions) -> None:
    """A threat is aimed at the one whose act is its condition: "threatened to stop talks if
    the United States goes ahead", and an act made a threat by `_recode` with nobody acted
    upon, "said it would close the border if Togo expelled the envoy"."""
    for inner in _condition_subjects(candidate.clause, lex):
        draft.targets = _others(index.at(inner), draft.sources)
        if draft.targets:
            draft.note(Step.CONDITION_TARGET)
            return


def _reported_opinion(draft: _Draft, reporters: list[Mention], index: Mentions) -> None:
    """ "A senator said Budapest's conduct damages relations with Romania": a conflictual act
    done by an actor's conduct, in reported speech, is the speaker's criticism of that actor
    (the code `judgements` gives the conduct noun), not an act of the actor."""
    subject = draft.subject
    if (
        not reporters
        or subject is None
        or int(draft.code[:2]) < 11
        or subject.i in index.by_token
        or not draft.own_sources
    ):
        return
    code = conduct_code(subject)
    owners = _others(draft.own_sources, reporters[:1])
    if code is None or not owners:
        return
    draft.sources, draft.own_sources, draft.targets = reporters[:1], reporters[:1], owners
    draft.code, draft.reverse = code, None
    draft.note(Step.REPORTED_OPINION)


def _alleged_failure(draft: _Draft, frame: Frame, lex: Lexicon, index: Mentions) -> None:
    """ "claims that Israel has not been complying with the accords": alleging that another
    failed to cooperate is the alleger's accusation (112) of it, not a cooperation."""
    root = int(draft.code[:2])
    if not (draft.modality == "alleged" and frame.negated and frame.cue is not None):
        return
    if not 3 <= root <= 8 or not draft.own_sources:
        return
    accuser = subject_of(frame.cue, lex)
    accusers = index.at(accuser) if accuser is not None else []
    accused = _others(draft.own_sources, accusers)
    if not accusers or not accused:
        return
    draft.sources, draft.own_sources, draft.targets = accusers[:1], accusers[:1], accused
    draft.code, draft.reverse, draft.modality = "112", None, "asserted"
    draft.note(Step.ALLEGED_FAILURE)


def _reported_accusation(
    draft: _Draft, draft_trigger: Token, frame: Frame, lex: Lexicon, index: Mentions
) -> tuple[Token, Mention, _Draft] | None:
    """ "The US claimed that ISIL had attacked Iraq", "Ukraine said Russian troops shelled
    Kharkiv": telling of another's attack accuses it (112, speaker -> doer), beside the act
    itself. Alleged acts by anyone but the alleger, reported ones only by another country;
    what would or will be done is a warning, not an accusation. Returns the speech verb, the
    accuser and the accusation's draft (its targets the accused)."""
    if draft.modality not in ("asserted", "alleged"):
        return None
    if int(draft.code[:2]) < (ALLEGED_ROOT if draft.modality == "alleged" else ACCUSED_ROOT):
        return None
    if frame.transform is not None or not draft.own_sources:
        return None
    if draft.reverse:
        # "Hamas confirmed that Israeli commandos had exchanged gunfire with its fighters":
        # a clash both sides fought blames neither
        return None
    if draft.targets and all((m.actor.code or "").startswith("IMG") for m in draft.targets):
        # "a Pentagon spokesman said the SDF had seized the last Isis strongholds": force on
        # a militant group the world fights is told as news of a war on it, no blame
        return None
    speech = frame.cue if draft.modality == "alleged" else frame.reporter
    if speech is None or (draft.modality == "alleged" and frame.reporter is not None):
        # An allegation inside reported speech ("X said Y claims..."): whose is unclear.
        speech = frame.cue if frame.reporter is None else None
    if speech is None or (speech is frame.reporter and speech.i > draft_trigger.i):
        # "..., the Israeli army said Friday": an attribution after the fact sources the
        # news; it accuses nobody.
        return None
    if _nested_under_other_verb(draft_trigger, speech):
        return None  # "Japan said it understood why the U.S. attacked": no accusation
    speaker = subject_of(speech, lex)
    accusers = index.at(speaker) if speaker is not None else []
    if not accusers:
        return None
    accuser = accusers[0]
    if draft.modality == "alleged":
        accused = [m for m in draft.own_sources if not same_actor(m, accuser)]
    else:
        accused = [m for m in draft.own_sources if country(m) != country(accuser)]
    if not accused:
        return None
    made = _Draft("112", None, draft.rule, draft.confidence, "asserted", targets=accused[:1])
    made.note(Step.REPORTED_ACCUSATION)
    return speech, accuser, made


def _nested_under_other_verb(trigger: Token, speech: Token) -> bool:
    """Whether the act is told in a clause of another verb inside the speech ("said it
    understood why the U.S. attacked"), not as the speech's own complement."""
    token = trigger
    for _ in range(8):
        if token.head == speech or token.head == token:
            return False
        if token.dep_ in ("ccomp", "xcomp", "advcl", "acl", "relcl", "pcomp", "csubj"):
            return True
        token = token.head
    return False


def _speaks_for(reporter: Mention, doer: Mention) -> bool:
    """Whether what `reporter` says `doer` would do is its own threat: the same actor, or its
    state's own government and forces ("Russia said its troops would attack"); never rebels
    or people of its country ("Indonesia said extremists may strike" is a warning)."""
    return same_actor(reporter, doer) or (
        country(reporter) == country(doer) and role_block(doer) in STATE_ROLES
    )


def _threatening(cue: Token, lex: Lexicon) -> bool:
    """ "threatened to attack", "vowed to attack": a conflictual act so framed is a threat."""
    word = lemma(cue, lex)
    return word == "threaten" or lex.has_role(word, "vow")


def _vows_conflict(candidate: Candidate, lex: Lexicon) -> bool:
    """ "vowed to destroy the group": the vow is the threat its complement codes, not a
    promise (03x) of its own."""
    verb = candidate.trigger
    if not lex.has_role(lemma(verb, lex), "vow"):
        return False
    for child in verb.children:
        if child.dep_ == "xcomp":
            inner = candidate_at(child, lex, set())
            if inner is not None and int(inner.code[:2]) >= 14:
                return True
    return False


def _forced_to_yield(candidate: Candidate, lex: Lexicon) -> bool:
    """ "forcing Saudi forces to pull out", "forced the rebels to withdraw": the coercion is
    coded as the yielding it forced (08x, by the forced, to the coercer; `_coercer_target`),
    as CAMEO codes a retreat under pressure, not as a coercion of its own."""
    verb = candidate.trigger
    if verb.pos_ != "VERB" or lemma(verb, lex) not in COERCION_VERBS:
        return False
    for child in verb.children:
        if child.dep_ == "xcomp":
            inner = candidate_at(child, lex, set())
            if inner is not None and inner.code[:2] == YIELD_ROOT:
                return True
    return False


def _coercer_target(draft: _Draft, candidate: Candidate, lex: Lexicon, index: Mentions) -> None:
    """ "Iraqi troops forced Islamic State fighters to withdraw from Ramadi": a yielding
    forced on its doer is to the one who forced it."""
    clause = candidate.clause
    if draft.code[:2] != YIELD_ROOT or clause.dep_ != "xcomp":
        return
    coercion = clause.head
    if coercion.pos_ != "VERB" or lemma(coercion, lex) not in COERCION_VERBS:
        return
    coercer = subject_of(coercion, lex)
    if coercer is not None and not index.at(coercer):
        # "pressure from Russia forced Armenia to release...": whose the pressure was
        coercer = next(
            (o for p in coercer.children if p.lower_ == "from" for o in p.children), coercer
        )
    found = _others(index.at(coercer), draft.sources) if coercer is not None else []
    if found:
        draft.targets = found[:1]
        draft.note(Step.COERCER_TARGET)


def _labour_strike(draft: _Draft, candidate: Candidate, lex: Lexicon) -> None:
    """ "Workers said they will strike for 24 hours": workers, students or residents who strike
    and hit nothing stop work (143); "militants struck a police post" stays force."""
    trigger = candidate.trigger
    roles = {role_block(s) for s in draft.own_sources}
    if (
        draft.code[:2] != "19"
        or trigger.pos_ != "VERB"
        or lemma(trigger, lex) != "strike"
        or not roles
        or not roles <= STRIKING_ROLES | {"CVL"}
        or any(c.dep_ in ("dobj", "nsubjpass") for c in trigger.children)
        # "residents are going to strike for 72 hours" stop work; "villagers struck back at
        # the raiders" did not
        or ("CVL" in roles and draft.targets)
    ):
        return
    draft.code, draft.reverse = "143", None
    draft.note(Step.LABOUR_STRIKE)


def _armed_strike(draft: _Draft, candidate: Candidate, lex: Lexicon) -> None:
    """ "Isis was quick to claim the strike", "Israeli strikes on Gaza": a strike (the noun,
    a stoppage of work by default) made by armed men, or on someone, is an attack."""
    trigger = candidate.trigger
    if (
        draft.code != "143"
        or trigger.pos_ != "NOUN"
        or lemma(trigger, lex) != "strike"
        or not draft.own_sources
    ):
        return
    # "Israeli strikes on Gaza": a stoppage of work is on nothing (though "against" a reform);
    # a state itself never stops work ("the United States launched a strike against Iran"),
    # nor does its government or its leader by name ("Trump's statement announcing the
    # strikes"; "a strike by bank officers" may be staff the parser calls officials)
    # ("a mass strike on Thursday": a day says when, not on whom)
    aimed = any(
        c.dep_ == "prep"
        and c.lower_ == "on"
        and any(o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME") for o in c.children)
        for c in trigger.children
    )
    doers = draft.own_sources
    if not aimed and not all(
        _armed(s) or _state_itself(s, trigger.doc) or _government_itself(s) for s in doers
    ):
        return
    draft.code, draft.reverse = "190", None
    draft.note(Step.ARMED_STRIKE)


def _government_itself(mention: Mention) -> bool:
    """Whether a mention is a government or a member named by name ("Trump", "the Bush
    administration"), not people a role word describes ("bank officers")."""
    if role_block(mention) != GOVERNMENT:
        return False
    return mention.kind != "description" or mention.actor.role in GOVERNMENT_WORDS


def _spoken_attack(draft: _Draft, candidate: Candidate, lex: Lexicon) -> None:
    """ "Mbeki attacked British imperialists, saying they treated Africans like savages": an
    attack told with a participle of speech is words, when everyone who made it holds an
    office or speaks for a body (a role) that bears no arms; a state ("Israel struck Gaza,
    saying...") or armed men keep force. An attack its adjective calls one of words ("a
    scathing attack", "a strongly worded attack") is words whoever made it."""
    trigger = candidate.trigger
    if draft.code[:2] not in VIOLENT_ROOTS or not draft.own_sources:
        return
    # the verb, or the light verb of a noun: "made a scathing attack on the opposition"
    verb = trigger if trigger.pos_ == "VERB" else candidate.clause
    if verb.pos_ != "VERB":
        return
    worded = trigger.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.lower_ in VERBAL_ATTACK_WORDS for c in trigger.children
    )
    unarmed = not any(
        _armed(s) or not (role_block(s) or _named_person(s, verb.doc)) for s in draft.own_sources
    )
    said = unarmed and (
        any(
            c.dep_ == "advcl"
            and c.tag_ == "VBG"
            and lex.cues.get(lemma(c, lex), frozenset()) & SPEECH_ROLES
            for c in verb.children
        )
        # "Attacking the VHP, Yadav said it did not represent...": the attack is what is said
        or (
            verb.dep_ == "advcl"
            and verb.tag_ == "VBG"
            and bool(lex.cues.get(lemma(verb.head, lex), frozenset()) & SPEECH_ROLES)
        )
    )
    if not (said or worded):
        return
    draft.code, draft.reverse = "111", None
    draft.note(Step.SPOKEN_ATTACK)


def _named_person(mention: Mention, doc: Doc) -> bool:
    """A person the knowledge base lacks, named ("Oliver Letwin") or pointed back to by "he"
    or "she": someone who speaks, bearing no arms the text tells of."""
    if not _person(mention):
        return False
    if mention.kind == "pronoun":
        return mention.text.lower() in PERSONAL_PRONOUNS
    root = mention_root(doc, mention)
    return root is not None and root.ent_type_ == "PERSON"


# Pronouns that stand for one person as a doer ("he", "she"; not coref's possessives:
# "his plan to withdraw" is the leader's state's plan).
PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her"})


def _private(mention: Mention, doc: Doc, roles: frozenset[str]) -> bool:
    """Whether a mention is of one of `roles` (civilians, parties, firms...) or a person named
    with no office: no authority, no armed force."""
    return role_block(mention) in roles or _named_person(mention, doc)


def _armed(mention: Mention) -> bool:
    """An army, a police force, rebels, insurgents or an armed group (IMG...)."""
    code = mention.actor.code or ""
    return role_block(mention) in ARMED_ROLES or code.startswith("IMG")


# How a name hangs on another noun as its modifier, not as a party of its own.
NAME_MODIFIER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})


def _state_itself(mention: Mention, doc: Doc) -> bool:
    """A country named by its name as the doer ("the United States", "Iran"): not its people
    by their demonym ("Druze inhabitants of the Syrian Golan Heights") or as owner ("Brazil's
    university teachers launched a national strike")."""
    if mention.kind not in ("name", "alias") or mention.actor.code != country(mention):
        return False
    root = mention_root(doc, mention)
    if root is None:
        return False
    return root.pos_ == "PROPN" and root.ent_type_ != "NORP" and root.dep_ not in NAME_MODIFIER_DEPS


def _armed_march(draft: _Draft, candidate: Candidate, lex: Lexicon) -> bool:
    """ "SFs began marching back to their base": troops, police or fighters who march move;
    they do not demonstrate."""
    return (
        draft.code[:2] == "14"
        and lemma(candidate.trigger, lex) == "march"
        and bool(draft.own_sources)
        and all(_armed(s) for s in draft.own_sources)
    )


def _passive_obligation(reporting: Token) -> bool:
    """Whether what the reporting verb says must be done is said in the passive, with no
    one named to do it ("the changes should be carried out", "nothing should be said")."""
    return _passive_clause(obligation_clause(reporting))


def _passive_clause(clause: Token | None) -> bool:
    return clause is not None and any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children)


def _future_dated(draft: _Draft, candidate: Candidate, span: Span, ctx: Context) -> None:
    """ "U.S. and Japanese officials meet tomorrow", "the prime minister visits China next
    month": a present-tense act that its own clause dates after the report has not happened;
    it is planned (and a planned meeting or visit an intent to one)."""
    trigger = candidate.trigger
    if draft.modality != "asserted" or trigger.tag_ not in PRESENT_TAGS or ctx.published is None:
        return
    when, basis = event_date(trigger, candidate.clause, span, ctx.timexes, ctx.published)
    # an ISO day, month or year: after the report when later than the report's own at that
    # precision ("1987-04" after 1987-03-29; "1987-03" is not)
    if basis == "clause-timex" and when and when > ctx.published.isoformat()[: len(when)]:
        draft.modality = "planned"
        draft.note(Step.FUTURE_DATED)


def _political_fight(draft: _Draft, candidate: Candidate, lex: Lexicon) -> bool:
    """ "I will fight to ensure it is honoured", "had been fighting a very active campaign to
    retain the seat": a politician, a party or a government that fights no one named
    campaigns; it uses no force. Armed forces do ("US troops have fought to liberate it"),
    and so does a state named by its capital ("Ankara has fought a four-decade insurgency").
    A fight for a peaceful end is a campaign whoever is named near it ("Reagan, fighting to
    regain public confidence in the wake of the Iran arms scandal")."""
    return (
        draft.code[:2] == "19"
        and lex.has_role(lemma(candidate.trigger, lex), "mutual")
        and bool(draft.own_sources)
        and all(
            role_block(m) in POLITICAL_ROLES and not _named_as_state(m) for m in draft.own_sources
        )
        and (not draft.targets or _striving(candidate.trigger, lex))
    )


def _striving(verb: Token, lex: Lexicon) -> bool:
    """Whether a verb of fighting strives for a peaceful act (its "to" infinitive) and
    fights no one: "fighting to regain confidence", not "fought the rebels to retake the
    town" or "fought against the army to free the city"."""
    children = list(verb.children)
    ends = [c for c in children if c.dep_ in ("xcomp", "advcl") and is_infinitive(c)]
    return (
        bool(ends)
        and not any(conflictual(c, lex) for c in ends)
        and not any(
            c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in FOE_PREPS for c in children
        )
    )


def _named_as_state(mention: Mention) -> bool:
    """A state named by its capital or pointed back to as "it": "Ankara", "with whom it has
    fought"."""
    return mention.kind == "metonym" or (
        mention.kind == "pronoun" and mention.text.lower() in NEUTER
    )


def _armed_attack(draft: _Draft, candidate: Candidate, lex: Lexicon) -> None:
    """ "Angolan troops are attacking Zaire for no reason": CAMEO's pattern reads an attack
    "for" something as criticism (111); troops, police or fighters who attack use force, the
    verb's own code."""
    if draft.code[:2] != "11" or candidate.rule is not Rule.VERB_CAMEO_PATTERN:
        return
    trigger = candidate.trigger
    own = lex.verbs.get(lemma(trigger, lex)) if trigger.pos_ == "VERB" else None
    if own is None or own.code is None or own.code[:2] not in FORCE_ROOTS:
        return
    if not draft.own_sources or not all(role_block(m) in ARMED_ROLES for m in draft.own_sources):
        return
    draft.code, draft.reverse = own.code, own.reverse
    draft.note(Step.ARMED_ATTACK)


# Seizing property, and occupying territory: what a place seized by its name is.
PROPERTY_SEIZED, GROUND_OCCUPIED = "171", "192"
# Words for a part of a place: "liberated much of north-eastern Syria" (the mayor of a city
# is no part of it).
PART_WORDS = frozenset({"much", "most", "part", "parts", "all", "half", "rest", "bulk", "swathes"})


def _ground_taken(draft: _Draft, candidate: Candidate, index: Mentions) -> None:
    """ "Islamic State captured Raqqa", "the Taliban seized Kunduz": a town, a region or a
    capital seized by its name is ground occupied, as "seized the town" is (the parser
    takes too many place names for people to tell them by their entity type)."""
    if draft.code != PROPERTY_SEIZED or not draft.targets:
        return
    objects = [c for c in candidate.clause.children if c.dep_ == "dobj"]
    named = [m for c in objects for m in index.at(c)]
    if all(t in named and _where_only(t) for t in draft.targets):
        draft.code, draft.reverse = GROUND_OCCUPIED, None
        draft.note(Step.GROUND_TAKEN)


def _ground_freed(candidate: Candidate, code: str, index: Mentions) -> bool:
    """ "The Iraqi army liberated Mosul", "forces that freed much of Syria from Isis": a
    place freed by its name is ground fought for, no release or concession (08) to the
    place or its country; whom it was freed from is the foe, which the verb does not code."""
    if code[:2] != YIELD_ROOT:
        return False
    objects = [c for c in candidate.clause.children if c.dep_ == "dobj"]
    return bool(objects) and all(_place_named(c, index) for c in objects)


def _place_named(noun: Token, index: Mentions) -> bool:
    """Whether a noun names a place by its name ("Mosul", "Kuwait"), or a part of one ("much
    of north-eastern Syria"), not its people ("Palestinian prisoners")."""
    mentions = index.at(noun)
    if noun.ent_type_ in PLACE_ENTITIES or any(m.kind in ("metonym", "place") for m in mentions):
        return True
    if noun.pos_ == "PROPN" and mentions and all(m.kind == "unknown" for m in mentions):
        # a name the tagger took for a person's, which the knowledge base does not know and
        # the gazetteers put in the country the name was resolved to ("liberated Aleppo";
        # "freed Mandela" names no town in Ghana)
        place = gazetteer_place(noun)
        return place is not None and all(place[1].country == country(m) for m in mentions)
    return noun.lower_ in PART_WORDS and any(
        _place_named(g, index)
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
        if g.dep_ == "pobj"
    )


def _press_only(sources: list[Mention]) -> bool:
    """Whether there are sources and all are the press (role MED)."""
    return bool(sources) and all(role_block(s) == "MED" for s in sources)


def _killed_by_a_text(draft: _Draft, candidate: Candidate, lex: Lexicon) -> bool:
    """ "vetoed the draft resolution that would have condemned an Israeli attack in Beit
    Lahia that killed 11 civilians", with the killing parsed as the resolution's: a text kills
    no one; the parser hung the killing on the wrong noun, and its doer is not known here."""
    return _a_text(draft.subject, lex) and _kills(candidate.trigger, lex)


def _a_text(subject: Token | None, lex: Lexicon, roles: tuple[str, ...] = ("document",)) -> bool:
    """Whether a clause's subject is a text of one of the cue `roles`: by default a text an
    actor issues (`document`); with `WRITTEN_ROLES` also one it publishes or proposes, whose
    attacks are words ("a Labour poster attacked Michael Howard", "Labour poster plans
    attacking Mr Howard")."""
    return subject is not None and any(lex.has_role(lemma(subject, lex), r) for r in roles)


# Cue roles of texts and proposals: what they "attack" they attack in words.
WRITTEN_ROLES = ("document", "publication", "draft", "proposition")


def _kills(verb: Token, lex: Lexicon) -> bool:
    """Whether a verb is one of harm or killing (cue roles `harm`, `lethal`)."""
    return any(lex.has_role(lemma(verb, lex), r) for r in ("harm", "lethal"))


def _political_attack(draft: _Draft, candidate: Candidate, lex: Lexicon) -> None:
    """ "Labour attacked the Tories over tax", "the Tory leader attacked Mr Brown": an attack
    by parties or politicians on parties, politicians or a government is words (111), not
    force. People in numbers ("BJP workers attacked Congress supporters") may still come to
    blows, and a weapon named keeps force. An attack done "verbally" or "politically" (cue
    role `verbal`), one by a text, or one on plans the parser reads as a clause is words
    whoever makes it, with a target named or not."""
    if draft.code != "190" or not draft.own_sources:
        return
    if (
        any(
            c.dep_ == "advmod" and lex.has_role(c.lower_, "verbal")
            for c in candidate.trigger.children
        )
        or _attacked_plans(candidate.trigger, lex)
        or _a_text(draft.subject, lex, WRITTEN_ROLES)
    ):
        # "verbally attacked the minister", "attack Michael Howard politically", "attacked
        # Tory plans to ...", "a Labour poster attacked Michael Howard": words
        _as_words(draft)
        return
    if not draft.targets:
        return
    clause = candidate.clause
    if _kills(candidate.trigger, lex):
        return  # "was killed on the Kremlin's orders", "was murdered by the communists"
    phrases = (
        t
        for child in clause.children
        # "clashed with Trump, pointing out that the UK air force is active over Syria": a
        # clause of its own (a conjoined verb's too) names forces it tells of, not the clash's
        if child.dep_ not in ("advcl", "ccomp", "parataxis")
        and not (child.dep_ == "conj" and child.pos_ in ("VERB", "AUX"))
        for t in child.subtree
    )
    if any(lex.has_role(lemma(t, lex), r) for t in phrases for r in ("forces", "armed")):
        return  # "fighting the forces of President Habre": the forces are fought
    if not all(role_block(m) in POLITICAL_ROLES for m in draft.own_sources):
        return
    if not all(role_block(m) in POLITICAL_ROLES or _person(m) for m in draft.targets):
        return
    if not all(_heads_argument(m, clause, True) for m in draft.own_sources) or not all(
        _heads_argument(m, clause, False) for m in draft.targets
    ):
        return  # "supporters of the opposition attacked the ruling party's offices"
    if _weapon_named(clause, lex):
        return
    _as_words(draft)


def _as_words(draft: _Draft) -> None:
    """Recode an attack as the words it is: criticism (111)."""
    draft.code, draft.reverse = "111", None
    draft.note(Step.POLITICAL_ATTACK)


def _words_under_fire(draft: _Draft, candidate: Candidate, lex: Lexicon) -> None:
    """ "came under attack from the opposition", "came under fire from rights groups": force
    an actor comes under from those who bear no arms (a government, parties, politicians,
    the press, groups, persons named) is words, 111. Fire (cue role `onslaught`) from a
    state is words too ("came under fire from Washington") unless troops came under it; an
    attack from a state, or from anyone armed, keeps force."""
    if (
        candidate.rule is not Rule.NOUN_REACTION
        or draft.code[:2] not in VIOLENT_ROOTS
        or not draft.own_sources
        or any(_armed(s) for s in draft.own_sources)
    ):
        return
    trigger = candidate.trigger
    fire = lex.has_role(lemma(trigger, lex), "onslaught") and not any(
        _armed(t) for t in draft.targets
    )  # "Indian soldiers came under fire from Pakistan": shots at troops
    if not fire and not all(
        role_block(s) or _named_person(s, trigger.doc) for s in draft.own_sources
    ):
        return
    _as_words(draft)


def _attacked_plans(verb: Token, lex: Lexicon) -> bool:
    """ "He attacked Tory plans to process asylum claims abroad", which the parser reads as
    a clause ("Tory plans to ..."): an attack whose only complement is a plan or a proposal
    (cue roles `publication`, `proposition`) misread as a verb is on the plan, in words."""
    if verb.pos_ != "VERB" or any(c.dep_ == "dobj" for c in verb.children):
        return False
    return any(
        c.dep_ == "ccomp"
        and c.tag_ in ("VBZ", "VBP")
        and (
            lex.has_role(lemma(c, lex), "publication") or lex.has_role(lemma(c, lex), "proposition")
        )
        for c in verb.children
    )


# Arrest and detention: what only an authority does.
ARREST = "173"
# Military protection, and the verbal defence of another (CAMEO 074 and 052).
PROTECTION, VERBAL_DEFENCE = "074", "052"


def _verbal_defence(draft: _Draft, candidate: Candidate) -> None:
    """ "Defence minister George Fernandes defended the Narendra Modi government": protection
    (074) given by no armed actor to a government, a party, a politician or a person is a
    verbal defence (052); troops, or a state, defending a country or its people protect it."""
    if draft.code != PROTECTION or candidate.trigger.pos_ != "VERB" or not draft.targets:
        return
    if not draft.own_sources or any(_armed(m) or not role_block(m) for m in draft.own_sources):
        return
    doc = candidate.trigger.doc
    if not all(role_block(m) in POLITICAL_ROLES or _named_person(m, doc) for m in draft.targets):
        return
    draft.code, draft.reverse = VERBAL_DEFENCE, None
    draft.note(Step.VERBAL_DEFENCE)


# Roots of words and gestures of accord, from a statement to diplomatic cooperation (01 to 05).
ACCORD_ROOTS = frozenset({"01", "02", "03", "04", "05"})


def _welcomed_misfortune(draft: _Draft, candidate: Candidate, lex: Lexicon) -> bool:
    """ "Israel welcomed the death of the Hamas leader", "Baghdad hailed Iran's failure": a
    loss welcomed or agreed on is no approval of, or agreement with, whom it befell. Such
    targets are dropped; True when no one is left (no event)."""
    if draft.code[:2] not in ACCORD_ROOTS or not draft.targets:
        return False
    trigger = candidate.trigger
    doc = trigger.doc
    # the verb's object, or a noun of its phrases ("expressed support for the murder of
    # journalists"), not one inside a clause of its own
    befallen = {
        t.i
        for obj in trigger.subtree
        if obj.dep_ in ("dobj", "pobj")
        and lex.has_role(lemma(obj, lex), "misfortune")
        and not any(v.pos_ == "VERB" and v != trigger for v in _path_up(obj, trigger))
        for t in obj.subtree
    }
    if not befallen:
        return False
    kept = [
        t for t in draft.targets if (root := mention_root(doc, t)) is None or root.i not in befallen
    ]
    if len(kept) == len(draft.targets):
        return False
    draft.targets = kept
    return not kept


def _path_up(token: Token, top: Token) -> list[Token]:
    """The heads from a token up to `top` (itself included, `top` not)."""
    path = []
    while token != top and token.head != token:
        path.append(token)
        token = token.head
    return path


def _may_be_person(mention: Mention) -> bool:
    """Whether "him" or "her" may point back to a mention: not a news outlet ("speaking to
    the BBC, Riedijk said Isis tortured him") or a place."""
    return role_block(mention) != "MED" and mention.kind not in ("metonym", "place")


def _person(mention: Mention) -> bool:
    """A person the knowledge base lacks, named ("Mr Brown") or pointed back to."""
    return mention.kind in ("unknown", "pronoun") and not role_block(mention)


def _heads_argument(mention: Mention, clause: Token, doer: bool) -> bool:
    """Whether a mention is itself a subject (`doer`; of this verb or of one it depends on:
    "after battling Reagan, Congress...") or the verb's own object or prepositional object, and
    no crowd ("Congress workers": a plural common noun); not the owner of what is acted on
    ("the ruling party's offices") or the body its people belong to ("supporters of the
    opposition")."""
    root = mention_root(clause.doc, mention)
    if root is None or root.tag_ == "NNS":
        return False
    while root.dep_ == "conj" and root.head != root:
        root = root.head
    if doer:
        by = root.dep_ == "pobj" and root.head.dep_ == "agent"
        return by or root.dep_ in ("nsubj", "nsubjpass") or mention.kind == "pronoun"
    governor = root.head.head if root.head.dep_ in ("prep", "agent") else root.head
    return governor == clause and root.dep_ != "poss"


def _unarmed_violence(draft: _Draft, candidate: Candidate, lex: Lexicon) -> None:
    """ "Nationalists attacked party offices": unspecified violence (190) by civilians,
    parties, workers or students is an assault (180), not military force. Violence or
    destruction by protesters ("demonstrators clashed with police", "the building was
    demolished by a protester") is a violent protest, CAMEO's riot (145). With a weapon named
    ("launched missiles") it stays force."""
    roles = {role_block(s) for s in draft.own_sources}
    if not roles or not roles <= UNARMED_ROLES:
        return
    protest = all(_protesters(s, lex) for s in draft.own_sources)
    rioting = protest and (draft.code[:2] in RIOT_ROOTS or draft.code == PROPERTY_DESTROYED)
    if draft.code != "190" and not rioting:
        return
    if (draft.reverse or candidate.reverse) and any(map(_armed, draft.targets)):
        return  # "cadres were killed in a gunfight with the Rapid Action Battalion": both fired
    clause = candidate.clause
    if _weapon_named(clause, lex) or any(
        _weapon_named(c, lex) for c in clause.conjuncts if c.pos_ == "VERB"
    ):
        return  # "opened fire and killed two policemen": the weapon of the coordinated act
    draft.code, draft.reverse = (RIOT if protest else ASSAULT), None
    draft.note(Step.UNARMED)


def _protesters(mention: Mention, lex: Lexicon) -> bool:
    """Whether a mention names people by their protest ("protesters", "Ukrainian rioters")."""
    word = (mention.actor.role or "").rsplit(" ", 1)[-1].lower()
    return bool(word) and lex.has_role(word, "protester")


def _recode(draft: _Draft, frame: Frame, reporters: list[Mention], lex: Lexicon) -> bool:
    """Apply the refusal, threat and intent transforms; False when nothing is left."""
    root = int(draft.code[:2])
    if frame.transform == "refuse":
        refused = lex.transform("refuse", draft.code)
        if refused is None:
            return False
        draft.code, draft.reverse = refused, None
        draft.note(Step.REFUSAL)
    elif frame.transform == "cease" and (ceased := lex.transform("cease", draft.code)):
        # (an act with no cessation of its own, force, stays as framed: "no longer wants to
        # engage troops" is a negated act)
        draft.code, draft.reverse = ceased, None
        if draft.modality == "negated":
            draft.modality = "asserted"  # "will no longer cooperate": the end is announced
        draft.note(Step.CESSATION)
    elif frame.cue is not None and root >= 14 and _threatening(frame.cue, lex):
        threat = lex.transform("threat", draft.code)
        if threat is None:
            return False
        draft.code, draft.reverse, draft.modality = threat, None, "asserted"
        draft.note(Step.THREAT)
    elif (
        draft.modality in ("planned", "hypothetical")
        and root >= 14
        and reporters
        and draft.own_sources
        and any(_speaks_for(reporters[0], s) for s in draft.own_sources)
    ):
        # "Russia said it would attack": a threat, asserted by the one who would act.
        if frame.negated:
            # "I would never attack him", quoted: an assurance that it will not be done, no
            # threat (with the reporting verb in the sentence `frame_of` reads it a denial)
            return False
        threat = lex.transform("threat", draft.code)
        if threat is None:
            return False
        draft.code, draft.reverse, draft.modality = threat, None, "asserted"
        draft.note(Step.SAID_THREAT)
    elif draft.modality == "planned" and 4 <= root <= 8:
        intent = lex.transform("intent", draft.code)
        if intent is not None:
            # Only the source intends: "Putin offered to negotiate with Armenia" is no
            # Armenian intent (coordinated sources still pair up in _pairs).
            draft.code, draft.reverse = intent, None
            draft.note(Step.INTENT)
    return True


def _fill_from_context(
    draft: _Draft, candidate: Candidate, sentence: Sentence, span: Span, index: Mentions
) -> None:
    """Actors the sentence leaves implicit: "the two men met", "sanctions are an option"."""
    if (
        draft.reverse
        and len(draft.sources) < 2
        and not draft.targets
        and is_reciprocal(draft.subject, candidate.clause)
    ):
        # "Iran rejected the EU's call ... before the two sides resume talks": the pair may
        # be named earlier in the same sentence; a news agency is never one of the sides
        before = draft.subject.idx if draft.subject is not None else span.start_char
        pair = recent_pair(
            index.ordered, before, sentence.index, excluded=lambda m: role_block(m) == MEDIA
        )
        if pair:
            draft.sources = pair
            draft.note(Step.RECIPROCAL_PAIR)
    if candidate.rule is Rule.NOUN_OPTION_THREAT and draft.sources and not draft.targets:
        own = {country(s) for s in draft.sources}
        others = [m for m in reversed(index.before(span.start_char)) if country(m) not in own]
        if others:
            draft.targets = others[:1]
            draft.note(Step.IMPLICIT_TARGET)


def _attack_with_doer(clause: Token, lex: Lexicon, index: Mentions) -> bool:
    """Whether the clause happened "in" an event noun that names its doer ("were injured in
    an attack by American forces", "killed in the Israeli air strike", "injured in a blast
    carried out by Maoist cadres")."""
    patient = passive_patient(clause)
    # "rebels and Isis fighters are killed in a battle": the two sides fought it
    sufferers = index.at(patient) if patient is not None else []
    sides = len(sufferers) > 1 and all(_armed(m) for m in sufferers)
    return any(
        (lemma(pobj, lex) in lex.nouns or lex.has_role(lemma(pobj, lex), "explosive"))
        and (
            bool(noun_sources(pobj, index))
            or (_mutual(lex.nouns.get(lemma(pobj, lex))) and (sides or _fought_with(pobj, index)))
        )
        for prep in clause.children
        if prep.dep_ == "prep" and prep.lower_ in ("in", "during")
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    )


def _fought_with(noun: Token, index: Mentions) -> bool:
    """ "killed in a gunfight with police": the fight names the other side, and its own
    event is between the two (the dead one's side and the police)."""
    return any(
        index.at(pobj)
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "with"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    )


def _mutual(trigger: Trigger | None) -> bool:
    """Whether a noun trigger names an act of two sides on each other ("a battle")."""
    return trigger is not None and bool(trigger.reverse)


def _unnamed_doer(
    draft: _Draft, candidate: Candidate, lex: Lexicon, index: Mentions, sentence: int
) -> bool:
    """ "A prayer leader was shot dead in Karachi", "a bomb exploded in Cotabato", "unidentified
    men shot dead six villagers": violence whose doer the report does not name is still an
    event (the gold guide's null source) against the victims it names, else the place it hit;
    fired "from the Gaza Strip", it is the place it came from that acted. A doer the text does
    name but whimbrel cannot resolve (a pronoun, a proper name) makes no event; nor does a
    verb of harm that also tells of accidents, unless a weapon did it."""
    if int(draft.code[:2]) not in UNNAMED_DOER_ROOTS or draft.modality != "asserted":
        return False
    if draft.code in UNNAMED_DOER_EXCEPTIONS:
        return False
    if candidate.rule not in UNNAMED_DOER_RULES:
        return False
    if lex.has_role(lemma(candidate.trigger, lex), "partake"):
        return False  # "120 constables have been engaged under a DCP": posted, not attacked
    subject, clause = draft.subject, candidate.clause
    if subject is None:
        # Only a passive leaves the doer out; a participle or relative clause ("an attack
        # targeting non-Muslims", "the group that kidnapped") has one the parse did not reach.
        if not (
            any(c.dep_ in ("auxpass", "nsubjpass") for c in clause.children)
            or absolute_participle(clause)
        ):
            return False
    elif not (_weapon(subject, lex) or _unknown_doer(subject, lex)):
        return False  # a doer the text names ("Houthi militants", "Government forces")
    if lex.has_role(lemma(candidate.trigger, lex), "harm") and not (
        # "unidentified men killed a trader": people who harm do violence, not an accident
        (_weapon(subject, lex) or _unknown_doer(subject, lex))
        if subject is not None
        else _weapon_circumstance(clause, lex)
    ):
        return False
    if _attack_with_doer(clause, lex, index):
        return False  # "injured in Monday's U.S. attack": the attack's own event names its doer
    if not draft.targets:
        # "Sixteen Turkish citizens who were kidnapped": the relative's noun
        patient = passive_patient(clause)
        draft.targets = index.at(relative_head(patient, clause)) if patient is not None else []
    for phrase in clause_places(clause):
        if draft.targets:
            break
        place = _place_actor(phrase, index, sentence)
        if place is not None and place.kind == "metonym":
            place = as_place(place)  # "a bomb exploded in Paris": France, not its government
        draft.targets = [place] if place is not None else []
    draft.targets = [t for t in draft.targets[:1] if country(t)]
    if not draft.targets:
        return False
    # only what is fired or launched comes "from" a place; people are kidnapped from one
    fired = draft.code.startswith(FIRED_CODES)
    origin = _origin(clause, draft.targets, index, sentence) if fired else None
    if origin is not None:
        draft.sources = draft.own_sources = [origin]
        draft.note(Step.ORIGIN_SOURCE)
    else:
        draft.note(Step.UNNAMED_DOER)
    return True


def _origin(
    clause: Token, targets: list[Mention], index: Mentions, sentence: int
) -> Mention | None:
    """The place a projectile came from ("fired at Israel from the Gaza Strip"), if it is
    of another country than the one it hit."""
    for prep in clause.children:
        if prep.dep_ != "prep" or prep.lower_ != "from":
            continue
        for phrase in (c for c in prep.children if c.dep_ == "pobj"):
            place = _place_actor(phrase, index, sentence)
            if place is not None and country(place) not in (None, country(targets[0])):
                return place
    return None


ARREST_CODES = ("173", "174")
# Making and hosting a visit.
VISITS = ("042", "043")
# What is fired or launched, and so comes "from" a place: force, mass violence, bombings.
FIRED_CODES = ("19", "20", "183")


def _arresting_authority(
    draft: _Draft, candidate: Candidate, index: Mentions, span: Span, sentence: int
) -> None:
    """ "Some of the gunmen have been arrested": an arrest whose doer the report does not name
    is by the police of the country where it happened (the place named in the clause, else
    the one country the sentence names)."""
    if not draft.code.startswith(ARREST_CODES) or draft.modality != "asserted":
        return
    clause = candidate.clause
    if draft.subject is not None or not any(c.dep_ == "auxpass" for c in clause.children):
        return
    if any(c.dep_ == "agent" for c in clause.children):
        return
    if any(
        role_block(m)  # a body's: a party, a union, a league
        for p in clause.children
        if p.dep_ == "prep" and p.lower_ == "from"
        for o in p.children
        for m in index.at(o)
    ):
        return  # "had been expelled from the party": by the body left, not by the police
    patient = passive_patient(clause)
    victims = [m for m in index.at(patient) if country(m)] if patient is not None else []
    if not victims:
        return
    where = None
    for phrase in clause_places(clause):
        place = _place_actor(phrase, index, sentence)
        if place is not None and country(place):
            where = country(place)
            break
    if where is None:
        where = _home(victims[0], span, index)
    if where is None or where == "IGO":
        return
    police = _domestic(candidate.trigger, Actor(f"{where}COP", where, "police", None), sentence)
    draft.sources = draft.own_sources = [police]
    draft.targets = victims[:1]
    draft.note(Step.DOMESTIC_TARGET)


def _place_actor(phrase: Token, index: Mentions, sentence: int) -> Mention | None:
    """The actor a place phrase names ("Lebanon"), else its country in the gazetteer."""
    named = index.at(phrase)
    return named[0] if named else _gazetteer_place(phrase, [], sentence)


def _weapon(subject: Token, lex: Lexicon) -> bool:
    """ "a bomb exploded", "an explosion killed two", "rockets hit the town": the weapon
    stands for its unnamed user."""
    word = subject.lower_
    return lex.in_class_either_number(word, "WEAPON") or lex.in_class_either_number(
        word, "explosive"
    )


def _weapon_named(clause: Token, lex: Lexicon) -> bool:
    """Whether the clause names a weapon ("attacked the offices with grenades") or gunfire
    opened (cue role `onslaught`: "cadres opened fire and killed two policemen"): force."""
    return any(
        _weapon(t, lex)
        or (
            t.dep_ == "dobj"
            and lex.has_role(lemma(t, lex), "onslaught")
            and lemma(t.head, lex) in GUNFIRE_VERBS
        )
        for t in clause.subtree
        if t.pos_ == "NOUN"
    )


# Verbs whose object "fire" is gunfire ("opened fire", "returned fire"), unlike "set fire to".
GUNFIRE_VERBS = frozenset({"open", "return", "exchange", "trade"})


def _weapon_circumstance(clause: Token, lex: Lexicon) -> bool:
    """ "killed in a car bomb explosion", "died in a suicide bombing": a passive harm done in
    or by a weapon or an attack, not an accident."""
    for prep in clause.children:
        if prep.dep_ not in ("prep", "agent") or prep.lower_ not in ("in", "by"):
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            attack = lex.nouns.get(lemma(noun, lex))
            if _weapon(noun, lex) or (
                attack is not None
                and attack.code is not None
                and int(attack.code[:2]) in UNNAMED_DOER_ROOTS
            ):
                return True
    return False


def _unknown_doer(subject: Token, lex: Lexicon) -> bool:
    """ "unidentified men", "unknown persons", "a suicide attacker": a doer the text says it
    does not know, or knows only by the attack."""
    return any(
        c.dep_ in ("amod", "compound") and lex.has_role(c.lower_, "unknown")
        for c in subject.children
    )


# Acts whose agents, named by a participle on what they made, made it with each other: "a
# ceasefire agreed by Russia and Turkey", "a talks round held by", "a treaty signed by".
MADE_TOGETHER_ROOTS, SIGNED = frozenset({INTENT_ROOT, CONSULT_ROOT}), "057"


def _pairs(
    draft: _Draft, trigger: Token, lex: Lexicon
) -> list[tuple[Mention | None, Mention | None, str]]:
    """(source, target, code) for each event the draft stands for (`trigger` its word)."""
    pairs: list[tuple[Mention | None, Mention | None, str]] = []
    if not draft.sources and Step.UNNAMED_DOER in draft.steps:
        return [(None, target, draft.code) for target in draft.targets]
    if draft.targets:
        for source in draft.sources:
            for target in draft.targets:
                # a domestic target is those acted on at home, never the doer, even when an
                # undated person is coded by country alone ("Tony Blair apologised to...")
                if target.kind == "domestic" or not same_actor(source, target):
                    pairs.append((source, target, draft.code))
                    if draft.reverse and not _hosted_by_place(draft):
                        pairs.append((target, source, draft.reverse))
        return pairs
    countries = {country(s) for s in draft.sources}
    joint = lex.transform("joint", draft.code) if len(countries) > 1 else None
    mutual = bool(
        draft.reciprocal
        or joint
        or (int(draft.code[:2]) in JOINT_ROOTS and draft.code[:3] not in ONE_WAY_CODES)
    )
    if mutual and len(countries) > MOST_PARTIES_PAIRED:
        return []
    # "Hamas and Fatah held talks": a reciprocal act of two parties of one country too
    sides = mutual and _two_sides_paired(draft)
    if (
        (len(countries) > 1 or sides)
        and not _acts_on_someone(draft, lex)
        and not _met_others(draft, trigger, lex)
        # "Russia and China supported the resolution", "Britain and France backed the
        # plan": a stance each takes towards a third, not towards each other
        and not lex.has_role(lemma(trigger, lex), "stance")
        and mutual
    ):
        # "Bosnia and Slovenia agreed to a ceasefire": each party acts towards the other;
        # "French and Egyptian warships launched war games": done together, a military
        # exercise is military cooperation (transforms.tsv, when=joint).
        for source in draft.sources:
            for other in draft.sources:
                if country(source) != country(other) or (sides and source != other):
                    pairs.append((source, other, draft.reverse or joint or draft.code))
        return pairs
    draft.note(Step.MISSING_TARGET)
    return [(source, None, draft.code) for source in draft.sources]


def _hosted_by_place(draft: _Draft) -> bool:
    """ "The Pope arrived in Prague for a visit": a visit to a place hosts the visitor only
    by implication; a host is coded when named as one ("was met at the airport by Havel")."""
    return draft.code[:3] in VISIT_CODES and Step.PLACE_TARGET in draft.steps


def _acts_on_someone(draft: _Draft, lex: Lexicon) -> bool:
    """Whether coordinated "by" agents act on a person or a named patient ("Assad, who has
    been backed by Russian and Iranian forces", "government forces pound the area, backed
    by Iranian and Russian allies"), or on whatever a participle qualifies ("Assad's
    regime, backed by Moscow and Tehran"), not on each other as a treaty's signatories do
    ("a protocol signed by Russia and the United States"; so too an agreement or a meeting
    they made, "a ceasefire agreed by", "talks held by")."""
    subject = draft.subject
    if subject is None or subject.head.dep_ != "agent":
        return False
    verb = subject.head.head
    made_together = draft.code[:2] in MADE_TOGETHER_ROOTS or draft.code[:3] == SIGNED
    if verb.dep_ in ("acl", "advcl") and not made_together:
        return True
    patient = passive_patient(verb)
    if patient is None:
        patient = participle_patient(verb)
    if patient is None:
        return False
    return patient.tag_ in RELATIVE_TAGS | {"PRP", "NNP", "NNPS"} or any(
        lex.has_role(lemma(patient, lex), role) for role in ("forces", "armed", "person")
    )


def _met_others(draft: _Draft, trigger: Token, lex: Lexicon) -> bool:
    """Whether coordinated subjects of a meeting met someone the verb's object describes
    ("Chinese and Egyptian ministers met the press", "met reporters"), not each other (what
    they discussed is a topic: they discussed it with each other)."""
    if not (draft.code[:2] == CONSULT_ROOT or draft.code == INTENT_TO_MEET):
        return False
    if trigger.pos_ != "VERB" or lex.has_role(lemma(trigger, lex), "topic"):
        return False
    return any(
        c.dep_ == "dobj" and c.pos_ == "NOUN" and lemma(c, lex) not in lex.nouns
        for c in trigger.children
    )


def _said_in_doing(code: str) -> bool:
    """Whether an act done "to" do `code` is already that act: a statement, an appeal,
    verbal conflict or a protest is made by the march or visit it is the purpose of
    ("marched to protest", "visited Paris to urge", "summoned the envoy to complain"); help,
    talks or force ("sent troops to stop the attacks", "met to discuss") are only intended."""
    return code[:2] in ("01", "02", "14") or ontology.quad_class(code) == ontology.VERBAL_CONFLICT


def events_for(candidate: Candidate, sentence: Sentence, span: Span, ctx: Context) -> list[Event]:
    lex, index = ctx.lex, ctx.index
    trigger, clause = candidate.trigger, candidate.clause
    # A noun framed by its cue verb ("preparing an invasion") takes the frame from the noun.
    frame = frame_of(trigger if candidate.rule is Rule.NOUN_FRAMED else clause, lex)
    draft = _Draft(
        candidate.code,
        candidate.reverse,
        candidate.rule.value,
        rule_table().base[candidate.rule],
        "asserted" if candidate.rule is Rule.NOUN_OPTION_THREAT else frame.modality,
    )
    if (
        (
            frame.unasserted not in (None, "obligation")
            and not (frame.unasserted == "purpose" and _said_in_doing(candidate.code))
            and not (
                frame.unasserted == "assurance"
                and frame.modality == "negated"
                and candidate.code[:2] in REFUSABLE_ROOTS
            )
        )
        or _vows_conflict(candidate, lex)
        or _forced_to_yield(candidate, lex)
    ):
        # A denial, an assurance ("said it would not attack"), "never" under a reporting
        # verb, a simulation, what an act was for: nothing was done; a vow to attack is
        # coded as the threat its complement becomes, a forced retreat as the retreat.
        return []
    if frame.demanded is not None and draft.modality == "hypothetical":
        # "demanded that Hamas renounce...", "urged the EC to support the PLO": the demand
        # is the event (10x, 02x); the act demanded has not happened and is not coded.
        return []
    if trigger.pos_ == "NOUN" and any(
        c.dep_ in ("det", "neg") and c.lower_ == "no" for c in trigger.children
    ):
        draft.modality = "negated"  # "had made no demands", "launched no attack"
    scheduled = (
        candidate.rule is Rule.NOUN_OWN_ACTOR
        and draft.modality == "asserted"
        and lex.has_role(lemma(clause, lex), "plan")
    )
    if scheduled:
        # "a security meeting has been arranged between Israel and the Palestinians", "talks
        # have been scheduled for Monday": what is planned has not yet happened
        draft.modality = "planned"
    if _withdrew_no_forces(candidate, lex, index):
        return []
    draft.mutual = _fought_each_other(trigger, lex)
    _bombing_harm(draft, candidate, lex)
    _find_sources(draft, candidate, lex, index)
    if candidate.rule in OWN_ACTOR_RULES and not draft.sources:
        return []
    if (
        draft.code[:2] in VIOLENT_ROOTS
        and draft.subject is not None
        and lex.has_role(lemma(draft.subject, lex), "accident")
    ):
        return []  # "an Indian Railways train derailment kills two": no one did it
    if (
        draft.code[:2] in VIOLENT_ROOTS
        and trigger.dep_ == "advcl"
        and lex.has_role(lemma(trigger.head, lex), "mishap")
        and not any(c.dep_ == "dobj" for c in trigger.head.children)
    ):
        return []  # "a military aircraft crashed at the airport, killing 36 people": the same
    if (
        draft.code in FORCE_MOVES
        and draft.sources
        and all(_private(m, trigger.doc, UNARMED_ROLES | MIGRANT_ROLES) for m in draft.sources)
    ):
        # "after fleeing Isis's last stronghold, Begum gave birth": civilians who flee or
        # pull out retreat no forces (CAMEO's 0874 is a military retreat)
        return []
    if (
        draft.code[:2] == THREAT_ROOT
        and draft.subject is not None
        and any(lex.has_role(lemma(draft.subject, lex), r) for r in RISK_SUBJECT_ROLES)
    ):
        # "the absence of Bush was threatening to overshadow the summit": a cause or a plan
        # that "threatens" is a risk, no one's threat
        return []
    _find_targets(draft, candidate, sentence, span, lex, index)
    _without_own_state(draft)
    if candidate.rule in TARGETED_RULES and not draft.targets:
        # "declined to comment on the report": a refusal to tell no one in particular;
        # "helped to plan killings": help to no one; "expressed surprise at the figures":
        # a feeling voiced about no one
        return []
    if candidate.rule is Rule.NOUN_PARTNER and (
        draft.steps
        or (
            not draft.targets
            and (
                len({m.actor.code for m in draft.sources}) < 2
                or not all(_armed(m) for m in draft.sources)
            )
        )
    ):
        # only the noun's own "with" partner, never a guessed one; or two sides that
        # suffered in it together ("rebels and Isis fighters are killed in a battle")
        return []
    if candidate.rule is Rule.NOUN_OWN_ACTOR:
        if draft.modality not in ("asserted", "alleged") and not scheduled:
            return []  # "if a US strike on Syria threatened...": not reported as happened
        if not draft.targets:
            taken_part = bool(draft.reverse) or ontology.quad_class(draft.code) in CONFLICT_QUADS
            draft.targets = _others(_clause_targets(trigger, index, taken_part), draft.sources)
        if not draft.targets:
            return []
    quote = _quote_at(trigger.idx, ctx.quotes)
    speaker = quote.speaker if quote is not None and quote.speaker is not None else None
    if speaker is not None and not country(speaker):
        speaker = None
    reporters = _attribute_speech(draft, candidate, frame, speaker, ctx.quotes, lex, index)
    if frame.unasserted == "obligation" and not any(
        country(s) == country(r) for s in draft.own_sources for r in reporters
    ):
        # "Russia said Sudan must return the helicopter": the demand (10x) is the event.
        return []
    _labour_strike(draft, candidate, lex)
    _armed_strike(draft, candidate, lex)
    if _political_fight(draft, candidate, lex):
        return []  # (before a fight told with a word of speech is taken for words)
    _spoken_attack(draft, candidate, lex)
    _recode_stance(draft, candidate, frame, lex)
    _recode_condition(draft, candidate, lex, index)
    _reported_opinion(draft, reporters, index)
    _alleged_failure(draft, frame, lex, index)
    if _welcomed_misfortune(draft, candidate, lex):
        return []
    if _orders_own_forces(draft, candidate, lex):
        return []
    _future_dated(draft, candidate, span, ctx)
    if not _recode(draft, frame, reporters, lex):
        return []
    if _armed_march(draft, candidate, lex) or _killed_by_a_text(draft, candidate, lex):
        return []
    if _ground_freed(candidate, draft.code, index):
        return []
    if draft.code.startswith("13") and not draft.targets:
        _condition_target(draft, candidate, lex, index)
    _armed_attack(draft, candidate, lex)
    _political_attack(draft, candidate, lex)
    _words_under_fire(draft, candidate, lex)
    _verbal_defence(draft, candidate)
    _ground_taken(draft, candidate, index)
    _unarmed_violence(draft, candidate, lex)
    _fill_from_context(draft, candidate, sentence, span, index)
    if not draft.sources:
        _arresting_authority(draft, candidate, index, span, sentence.index)
    if not draft.sources and not _unnamed_doer(draft, candidate, lex, index, sentence.index):
        return []
    if candidate.rule in JUDGEMENT_RULES and not draft.targets:
        # A judgement of nobody's act ("said the situation was unacceptable") is no event.
        return []
    if (
        not draft.targets
        and (draft.code[:2] == CONSULT_ROOT or draft.code == INTENT_TO_MEET)
        and len({country(s) for s in draft.sources}) < 2
        and lex.has_role(lemma(candidate.clause, lex), "journey")
    ):
        return []  # "Thai police flew to Bangkok": a trip that meets no one named
    if draft.code[:2] == AID_ROOT and not draft.targets:
        # "German astronaut Thomas Reiter assisted the space walk": aid goes to someone; with
        # no one named, it is help with a task, no event between actors
        return []
    if draft.code in EASED_SANCTIONS and not draft.targets:
        # "Taiwan relaxed restrictions to allow more students in": a sanction is eased for
        # someone or somewhere; with no one named, a policy changed, no event between actors
        return []
    if (
        candidate.rule is Rule.VERB_CAMEO_DEFAULT
        and not draft.targets
        and not (draft.reverse or _fight_among_parties(draft))
    ):
        # A CAMEO default with nobody acted upon ("arrived", "resigned", "allowed") is
        # right too rarely on the public gold sets to be worth its false events; the
        # parties of a mutual act act upon each other.
        return []
    if (
        (draft.reverse or candidate.reverse)
        and not draft.targets
        and len({country(m) for m in draft.sources}) < 2
        and not _two_sides_paired(draft)
    ):
        # "party executives met to draw up a package", "representatives of African countries
        # will meet here": a mutual act among one side's own members, with no partner
        # named, is no event between actors (nor is the intent to one)
        return []
    if (
        draft.code[:2] == "04"
        and draft.sources
        and all(role_block(s) in MIGRANT_ROLES for s in draft.sources)
        and (Step.PLACE_TARGET in draft.steps or all(_where_only(t) for t in draft.targets))
    ):
        # "Syrian refugees were arriving in Canada", "residents left their homes for nearby
        # Mittagong": people on the move visit no one
        return []
    if ontology.quad_class(draft.code) == ontology.MATERIAL_CONFLICT and _press_only(draft.sources):
        # "a month after the Guardian tracked down their family": the press finds, reveals
        # and reports; it arrests, seizes and attacks no one
        return []
    if (
        draft.code[:2] == APPEAL_ROOT
        and lemma(trigger, lex) in QUESTION_VERBS
        and _press_only(draft.sources)
    ):
        # "Asked by Reuters to clarify his statement, the oil minister said...": the press
        # asks its questions in an interview; no appeal to the one who answers
        return []
    if (
        draft.code.startswith(ARREST)
        and draft.own_sources
        and all(_private(m, trigger.doc, UNARMED_ROLES) for m in draft.own_sources)
    ):
        # "Lucy tracked down Mr Pound after her birth mother told her his name": a private
        # person, a party or a firm that finds or holds someone arrests no one
        return []
    if draft.code[:3] in VISIT_CODES and not draft.targets:
        # "a police officer visited the scene": a visit to no actor's place is no event
        return []
    if candidate.rule is Rule.REPORTED_OBLIGATION and (
        not draft.targets
        or (Step.DOMESTIC_TARGET in draft.steps and _passive_obligation(candidate.trigger))
    ):
        # "said such efforts should be stopped", "said the changes should be carried out
        # quickly": an obligation put on no actor demands nothing of anyone ("said ministers
        # must respond" demands of those who govern)
        return []
    if candidate.rule is Rule.VERB_CAMEO_BLOCK and (
        not (draft.targets or _fight_among_parties(draft))
        or not draft.own_sources
        # "a police checkpoint protecting Baghdad University": a participle on a noun says
        # what the thing is for, no act its modifier's actor did
        or (trigger.dep_ == "acl" and trigger.tag_ == "VBG")
        or GUESSED_ACTORS & set(draft.steps)
        # "seizing a chance to legitimise his ascendancy in Syria": a state or place deep in
        # its phrases is no one the verb acts on
        or (Step.PHRASE_TARGET in draft.steps and all(map(_where_only, draft.targets)))
        or (
            Step.DOMESTIC_TARGET in draft.steps
            and ontology.quad_class(draft.code) < ontology.VERBAL_CONFLICT
        )
    ):
        # A synonym-block default ("stormed", "congratulated") codes only between the actor
        # its clause names as subject and one it names as object: no guessed actor, and no
        # help to a thing at home ("a police outpost guarding a resort"; force on one,
        # "police surrounded the house", is the gold sets' domestic event).
        return []

    location = event_place(trigger, clause, index.by_token)
    when, basis = event_date(trigger, clause, span, ctx.timexes, ctx.published)
    quote_id = quote.id if quote is not None else None
    rows = [(trigger, s, t, code, draft) for s, t, code in _pairs(draft, trigger, lex)]
    accusation = _reported_accusation(draft, trigger, frame, lex, index)
    if accusation is not None:
        speech, accuser, accused = accusation
        rows.extend((speech, accuser, t, accused.code, accused) for t in accused.targets)
    events = []
    for number, (said, source, target, code, made) in enumerate(rows):
        countries = {country(source) if source else None, country(target) if target else None}
        if code == "040" and location is not None and location.country not in (None, *countries):
            code = "044"  # met in a third country
        info = ontology.lookup(code)
        plover = ontology.plover(code)
        events.append(
            Event(
                id=f"ev-{sentence.index}-{trigger.idx}-{number}",
                sentence=sentence,
                trigger_text=said.text,
                trigger_span=(said.idx, said.idx + len(said.text)),
                source=source,
                target=target,
                cameo=code,
                root=info.root,
                quad_class=info.quad_class,
                goldstein=info.goldstein,
                modality=made.modality,
                confidence=round(rule_table().clamp(made.confidence), 2),
                date=when,
                date_basis=basis,
                plover=plover.event if plover else None,
                location=location,
                quote=quote_id,
                rule=made.rule,
            )
        )
    return events
