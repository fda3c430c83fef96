"""Who said it: the cue word of a quote, its subject, and the mention that subject is.

The speaker is the grammatical subject of the cue (said, told, added, warned, according to
...), found through the parse whatever the order (`"...", he told the agency`; `X said:
"..."`; `"...," said X`). A cue without a subject of its own borrows the subject of the verb
it hangs from (`adding`, `saying`, a coordinated `and accused`). A medium that relays the
words ("quoted by the Interfax news agency", "according to local media") is never the
speaker, and neither is the subject of `quoted` ("the agency quoted him as saying": "him"
is). No subject, no speaker: the nearest name is not a guess we make.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property

from spacy.tokens import Doc, Span, Token

from whimbrel.nlp import entities, entity_at
from whimbrel.quotes.lexicon import Cue, QuoteLexicon
from whimbrel.records import Actor, Mention

# Dependency labels of a cue that borrows the subject of the word it hangs from.
_BORROWS_SUBJECT = ("advcl", "xcomp", "conj", "pcomp", "parataxis", "ccomp")
# Children of a noun that belong to its name or description ("Kremlin spokesman Dmitry").
_NAME_PARTS = ("compound", "det", "amod", "poss", "nummod", "flat", "nmod", "case")
_RELATIVE = ("who", "which", "that", "whom")
_PERSONAL = {"he", "she", "him", "her", "his"}
_GROUP = {"they", "them", "it", "we"}
ACCORDING_TO = Cue("according to", "speech", True)
# How many sentences back the body that issued "the statement" may be named.
ISSUER_LOOKBACK = 3
# How many named entities back "the president" may find its titled name: far more than an
# article holds, but bounded, so a book-length text does not cost the square of its length.
DESCRIBED_LOOKBACK = 500
_UNKNOWN = Actor(code=None, country=None, role=None, entity=None)

Quoted = Callable[[int], bool]


def _nothing_quoted(char: int) -> bool:
    return False


def cue_of(token: Token, lexicon: QuoteLexicon, quoted: Quoted) -> Cue | None:
    """The cue `token` is, if it is one and stands outside every quote."""
    if quoted(token.idx):
        return None
    if token.lower_ == "according":
        following = token.nbor(1) if token.i + 1 < len(token.doc) else None
        return ACCORDING_TO if following is not None and following.lower_ == "to" else None
    cue = lexicon.cue(token.lower_)
    if cue is None:
        return None
    if cue.role != "naming" and token.pos_ not in ("VERB", "AUX"):
        return None  # "a note", "the state", "his promise"
    return cue


def name_tokens(token: Token) -> list[Token]:
    """The head noun with the words that make up its name or description."""
    parts = [token]
    for child in token.children:
        if child.dep_ in _NAME_PARTS and child.i < token.i:
            parts.extend(child.subtree)
    return sorted(set(parts), key=lambda t: t.i)


def cue_subject(cue_token: Token, lexicon: QuoteLexicon, quoted: Quoted) -> Token | None:
    """The token that is the speaker of `cue_token` (a name, noun or pronoun), or None."""
    token = cue_token
    for _ in range(6):
        if token.lower_ == "according":
            return _according_to(token, lexicon)
        found, subject = _own_subject(token, lexicon, quoted)
        if found:
            return subject
        if token.dep_ not in _BORROWS_SUBJECT or token.head.i == token.i:
            return None
        # A participle or coordinated cue (`adding`, `and said`) the parser hung inside the
        # reported clause belongs with the reporting verb above that clause.
        token = outer_cue(token, lexicon, quoted) or token.head
        if quoted(token.idx):
            # Borrowing from a verb inside a quote: `Noting ..., he said, "This was ..."`
            # hangs the attribution (`he said`) from the quote's verb.
            attribution = [
                c
                for c in token.children
                if not quoted(c.idx)
                and (cue := cue_of(c, lexicon, quoted)) is not None
                and cue.role == "speech"
            ]
            if not attribution:
                return None
            token = attribution[0]
    return None


def _own_subject(token: Token, lexicon: QuoteLexicon, quoted: Quoted) -> tuple[bool, Token | None]:
    """(whether `token` settles the speaker itself, the speaker) from its own dependents."""
    cue = lexicon.cue(token.lower_)
    relay = cue is not None and cue.role == "relay"
    if relay:
        for child in token.children:
            if child.dep_ == "dobj" and not quoted(child.idx):
                return True, child  # "the agency quoted him as saying"
    # The parser sometimes hangs the subject on an auxiliary ("whom he had qualified").
    auxiliaries = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    children = [*token.children, *(g for a in auxiliaries for g in a.children)]
    # "Asked whether the Conservatives and the BNP appeal ..., Mr Howard told the BBC": of
    # two subjects the parser gives a cue, a person's name nearest before it speaks
    before = [c for c in children if c.dep_ == "nsubj" and c.i < token.i]
    people = [c for c in before if c.ent_type_ == "PERSON"]
    if len(before) > 1 and people:
        nearest, first = max(people, key=lambda c: c.i), min(before, key=lambda c: c.i)
        # set apart by punctuation, not a title and its name ("vhp secretary k nandy said")
        if any(t.is_punct for t in token.doc[first.i : nearest.left_edge.i]):
            children = [nearest, *children]
    for child in children:
        if child.dep_ == "nsubj" and not quoted(child.idx):
            if relay:
                return True, None  # "Interfax quoted ...": the medium is not the speaker
            if child.lower_ in _RELATIVE:
                return True, (token.head if token.dep_ == "relcl" else None)
            return True, child
    for child in token.children:
        if child.dep_ == "nsubjpass" and relay and not quoted(child.idx):
            return True, child  # "X was quoted as saying"
        if child.dep_ == "agent" and not relay:
            agents = [t for t in child.children if t.dep_ == "pobj"]
            if agents:
                return True, agents[0]  # "announced by Joe Biden"
    if token.dep_ == "acl" and token.head.pos_ in ("NOUN", "PROPN"):
        return True, token.head  # "Peskov, quoted by ...", "the minister, speaking ..."
    if token.dep_ == "ROOT":
        named = _named_before_apposition(token)
        if named is not None:
            return True, named
        # "Ravi Batra, whose book ... has been a best seller, said ...": the parser makes the
        # relative clause a complement and takes the name along as its subject.
        for clause in token.children:
            if clause.dep_ == "ccomp" and clause.i < token.i and not quoted(clause.idx):
                for child in clause.children:
                    if child.dep_ == "nsubj" and child.pos_ == "PROPN" and not quoted(child.idx):
                        if any(t.dep_ == "relcl" for t in child.children):
                            return True, child
    return False, None


def _named_before_apposition(cue: Token) -> Token | None:
    """`..., Shiraz Maher, director at the ICSR, said:` parsed without a subject for `said`.

    The name whose apposition ends right before the cue (commas only between) is its subject.
    """
    for token in cue.sent:
        if token.i >= cue.i or token.dep_ != "appos" or token.head.ent_type_ != "PERSON":
            continue
        last = max(t.i for t in token.subtree)
        if token.head.i < token.i and all(t.is_punct for t in cue.doc[last + 1 : cue.i]):
            return token.head
    return None


def outer_cue(token: Token, lexicon: QuoteLexicon, quoted: Quoted) -> Token | None:
    """The nearest speech cue above `token` whose clausal complement holds it."""
    path_has_clause = False
    current = token
    for _ in range(4):
        if current.head.i == current.i:
            return None
        path_has_clause = path_has_clause or current.dep_ == "ccomp"
        current = current.head
        cue = cue_of(current, lexicon, quoted)
        if cue is not None and cue.role == "speech":
            return current if path_has_clause or current.i == token.head.i else None
    return None


def according_relays(token: Token, lexicon: QuoteLexicon) -> bool:
    """`X said ..., according to Interfax`: the source relays words a speech cue reports."""
    for ancestor in token.ancestors:
        cue = lexicon.cue(ancestor.lower_)
        if cue is not None and cue.role == "speech" and ancestor.pos_ in ("VERB", "AUX"):
            return True
    return False


def _according_to(token: Token, lexicon: QuoteLexicon) -> Token | None:
    if according_relays(token, lexicon):
        return None
    to = [t for t in token.children if t.lower_ == "to"]
    if not to and token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "to":
        to = [token.nbor(1)]
    for pobj in (t for word in to for t in word.children):
        if pobj.dep_ == "pobj":
            return pobj
    return None


def _same_referent(mention: Mention, pronoun: Mention) -> bool:
    """Does the actor layer's resolved `pronoun` point at `mention`?"""
    if mention.actor.entity is not None and mention.actor.entity == pronoun.actor.entity:
        return True
    antecedent = pronoun.antecedent
    return antecedent is not None and (
        antecedent[0] < mention.span[1] and mention.span[0] < antecedent[1]
    )


def _named_in_apposition(subject: Token) -> Token:
    """`The Turkish president, Recep Tayyip Erdoğan, said`: the name in apposition."""
    if subject.pos_ == "NOUN" or subject.is_lower:
        for child in subject.children:
            if child.dep_ == "appos" and child.ent_type_ in ("PERSON", "ORG"):
                return child
    return subject


def _entities_ending_by(doc: Doc, char: int) -> tuple[Span, ...]:
    """The doc's entities that end at or before `char`, found by bisection (not a walk)."""
    ents = entities(doc)
    return ents[: bisect.bisect_right(ents, char, key=lambda e: e.end_char)]


def _name_extent(subject: Token) -> tuple[int, int]:
    """Characters of the subject's name: its titles and, for a name, the whole entity."""
    parts = name_tokens(subject)
    start, end = parts[0].idx, parts[-1].idx + len(parts[-1])
    ent = entity_at(subject.doc, subject.i) if subject.ent_type_ else None
    if ent is not None:
        start, end = min(start, ent.start_char), max(end, ent.end_char)
    return start, end


@dataclass
class SpeakerFinder:
    """Turns subject tokens into mentions, remembering who spoke for pronouns.

    The actor layer's mention of the subject is used as it is, with three exceptions: a
    pronoun subject of a cue right after someone spoke is that speaker (quote-aware, where
    general coreference often takes the nearest name); a description around a mention ("a
    German government source") is the whole description; and a subject the actor layer left
    unresolved is resolved here (a pronoun to the last speaker or named subject, "the
    spokesman" to the last person introduced with that title).
    """

    doc: Doc
    lexicon: QuoteLexicon
    mentions: Sequence[Mention]
    sentence_index: Mapping[int, int]
    # Speakers found so far, in text order (for "he said" with no resolved mention).
    previous: list[Mention]
    # Whether a character offset lies inside quotation marks: a name inside a quote is never
    # what a pronoun outside it stands for.
    quoted: Quoted = field(default_factory=lambda: _nothing_quoted)
    # spaCy rebuilds Doc.text from its tokens on every access: read it once.
    text: str = field(init=False)

    # The mentions' positions sorted by start, to find those over a stretch by bisection.
    _order: list[int] = field(init=False)
    _starts: list[int] = field(init=False)
    _longest: int = field(init=False)

    def __post_init__(self) -> None:
        self.text = self.doc.text
        self._order = sorted(range(len(self.mentions)), key=lambda k: self.mentions[k].span[0])
        self._starts = [self.mentions[k].span[0] for k in self._order]
        self._longest = max((m.span[1] - m.span[0] for m in self.mentions), default=0)

    def _overlapping(self, start: int, end: int) -> list[Mention]:
        """The mentions over characters [start, end), in their own order: a walk of all of
        them per subject made long texts cost time with the square of their length."""
        lo = bisect.bisect_right(self._starts, start - self._longest)
        hi = bisect.bisect_left(self._starts, end)
        near = (self.mentions[k] for k in sorted(self._order[lo:hi]))
        return [m for m in near if m.span[0] < end and start < m.span[1]]

    def mention_for(self, subject: Token) -> Mention | None:
        """The mention the subject token is: the actor layer's, or one built here."""
        subject = _named_in_apposition(subject)
        start, end = _name_extent(subject)
        head_start, head_end = subject.idx, subject.idx + len(subject)
        on_head = self._overlapping(head_start, head_end)
        in_name = self._overlapping(start, end)
        sentence = self.sentence_index.get(subject.sent.start_char)
        if not on_head and in_name:
            # "a German government source": the speaker is the source, of that government's
            # side ("Begum's family" is not Begum, though: a possessor lends no actor).
            inner = min(in_name, key=lambda m: m.span[1] - m.span[0])
            owner = self.doc.char_span(*inner.span, alignment_mode="expand")
            possessor = owner is not None and any(t.dep_ == "poss" for t in owner)
            actor = _UNKNOWN if possessor else inner.actor
            return Mention(self.text[start:end], (start, end), actor, sentence, "description")
        if subject.lower_ in self.lexicon.documents and subject.pos_ == "NOUN":
            return self._document(subject, (start, end), sentence)
        chosen = min(on_head, key=lambda m: m.span[1] - m.span[0], default=None)
        pronoun = subject.pos_ == "PRON" or subject.lower_ in _PERSONAL | _GROUP
        if pronoun and chosen is not None and chosen.antecedent is not None:
            if self.quoted(chosen.antecedent[0]):
                chosen = None  # bound to a name inside the quote: not who speaks it
        if pronoun:
            # `"...," he said` right after someone spoke: reporters mean the last speaker,
            # whoever else was named in between ("Mr Blair had been 'hurt', he added").
            speaker = self._recent_speaker(subject)
            if speaker is not None and (chosen is None or not _same_referent(speaker, chosen)):
                return Mention(
                    subject.text,
                    (head_start, head_end),
                    self._named(speaker),
                    sentence,
                    "pronoun",
                    speaker.span,
                )
        if pronoun and chosen is not None and chosen.antecedent is not None:
            named = self._mention_at(chosen.antecedent)
            if named is not None:
                return replace(chosen, actor=self._named(named))
        if chosen is not None and (chosen.actor.entity is not None or chosen.antecedent):
            return chosen
        if chosen is not None and chosen.kind not in ("pronoun", "nominal", "description"):
            if not (subject.is_lower and chosen.actor.code is None):
                return chosen
        if subject.pos_ == "PRON" or subject.lower_ in _PERSONAL | _GROUP:
            antecedent = self._antecedent(subject)
            if antecedent is None:
                return chosen
            return Mention(
                subject.text,
                (head_start, head_end),
                self._named(antecedent),
                sentence,
                "pronoun",
                antecedent.span,
            )
        text = self.text[start:end]
        if subject.pos_ == "PROPN" and not subject.is_lower:
            return chosen or Mention(text, (start, end), _UNKNOWN, sentence, "name")
        antecedent = self._described(subject, start)
        if antecedent is not None:
            return Mention(
                text, (start, end), antecedent.actor, sentence, "nominal", antecedent.span
            )
        return chosen or Mention(text, (start, end), _UNKNOWN, sentence, "nominal")

    def _named(self, antecedent: Mention) -> Actor:
        """The antecedent's actor, carrying the person's name when the knowledge base has none
        ("Sri Lankan army commander Ravi Perera ... he said": Ravi Perera, LKAMIL)."""
        if antecedent.actor.entity is not None or antecedent.kind == "pronoun":
            return antecedent.actor
        for _ in range(3):  # "presidential spokesman" -> "spokesman Marlin Fitzwater"
            if antecedent.antecedent is None or self._has_person(antecedent.span):
                break
            earlier = self._mention_at(antecedent.antecedent)
            if earlier is None or earlier.span == antecedent.span:
                break
            antecedent = earlier
        span = self.doc.char_span(*antecedent.span, alignment_mode="expand")
        names = _persons(span) if span is not None else []
        if names:
            return replace(antecedent.actor, entity=names[-1].text)
        if antecedent.kind in ("name", "alias", "unknown") and span is not None:
            if all(t.pos_ == "PROPN" for t in span):
                return replace(antecedent.actor, entity=antecedent.text)  # "Ma said"
        return antecedent.actor

    def _previous_paragraph(self, offset: int) -> int:
        """Where the paragraph before the one holding `offset` starts (blank lines skipped)."""
        text = self.text
        end = text.rfind("\n", 0, offset)
        while end > 0 and text[end - 1] == "\n":
            end -= 1
        return text.rfind("\n", 0, max(end, 0))

    def _has_person(self, span: tuple[int, int]) -> bool:
        tokens = self.doc.char_span(*span, alignment_mode="expand")
        return tokens is not None and bool(_persons(tokens))

    def _document(self, noun: Token, extent: tuple[int, int], sentence: int | None) -> Mention:
        """ "the statement said": the body that issued the statement speaks. Its own words
        name it ("a statement by France", "the ministry's statement"), else the article does:
        who issued a statement before, else the subject of the sentences just before."""
        start, end = extent
        for child in noun.children:
            owners: list[Token] = []
            if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
                owners = [t for t in child.children if t.dep_ == "pobj"]
            elif child.dep_ in ("poss", "compound", "amod"):
                owners = [child]
            for owner in owners:
                inner = self._mention_in(owner)
                if inner is not None:
                    end = max(end, max(t.idx + len(t) for t in owner.subtree))
                    text = self.text[start:end]
                    return Mention(text, (start, end), inner.actor, sentence, "nominal", inner.span)
        issuer = self._issuer(noun)
        if issuer is None:
            return Mention(self.text[start:end], (start, end), _UNKNOWN, sentence, "nominal")
        return Mention(
            self.text[start:end], (start, end), issuer.actor, sentence, "nominal", issuer.span
        )

    def _mention_in(self, token: Token) -> Mention | None:
        """The actor layer's mention within the phrase `token` heads, if it has a country."""
        parts = sorted(token.subtree, key=lambda t: t.i)
        start, end = parts[0].idx, parts[-1].idx + len(parts[-1])
        inside = [
            m
            for m in self.mentions
            if m.span[0] < end and start < m.span[1] and (m.actor.code or m.actor.entity)
        ]
        return inside[0] if inside else None

    @cached_property
    def _sentences(self) -> list[Span]:
        """The doc's sentences, listed once (not per statement noun), and only if asked."""
        return list(self.doc.sents)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self._sentences]

    def _issuer(self, noun: Token) -> Mention | None:
        sentences = self._sentences
        here = bisect.bisect_right(self._sentence_starts, noun.i) - 1
        window = sentences[max(0, here - ISSUER_LOOKBACK) : here + 1]
        # "X issued a statement ... 'the statement said'"
        for sent in reversed(window):
            for token in reversed(list(sent)):
                if token.i >= noun.i or token.lower_ not in self.lexicon.documents:
                    continue
                verb = token.head
                for child in verb.children:
                    if child.dep_ == "nsubj" and child.i != token.i:
                        found = self._mention_in(child)
                        if found is not None and not self.quoted(found.span[0]):
                            return found
        # else the body that was last the subject of a sentence
        for sent in reversed(window):
            for token in reversed(list(sent)):
                if token.i >= noun.i or token.dep_ not in ("nsubj", "nsubjpass"):
                    continue
                if self.quoted(token.idx):
                    continue
                found = self._mention_in(token)
                if found is not None and found.actor.code:
                    return found
        return None

    def _described(self, noun: Token, before: int) -> Mention | None:
        """`the president` -> the last named person introduced with that title.

        A definite description takes as antecedent the nearest earlier name whose title
        words hold its head noun ("President Reagan", "White House spokesman Marlin
        Fitzwater"). Without a definite article there is no claim to a known referent.
        """
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children):
            return None
        word = noun.lower_
        # Proper adjectives must agree: "the Palestinian president" is not Egypt's.
        proper = {
            c.lower_
            for c in noun.children
            if c.dep_ in ("amod", "compound") and c.text[:1].isupper()
        }
        for ent in reversed(_entities_ending_by(self.doc, before)[-DESCRIBED_LOOKBACK:]):
            if ent.end_char > before or ent.label_ not in ("PERSON", "ORG"):
                continue
            titled = name_tokens(ent.root)
            if not proper <= {t.lower_ for t in titled}:
                continue
            if any(t.lower_ == word for t in titled) or any(
                t.lower_ == word for t in ent.root.children if t.dep_ == "appos"
            ):
                span = (min(ent.start_char, titled[0].idx), ent.end_char)
                return self._mention_at((ent.start_char, ent.end_char)) or Mention(
                    self.text[span[0] : span[1]],
                    span,
                    _UNKNOWN,
                    self.sentence_index.get(ent.sent.start_char),
                    "name",
                )
            appositive = ent.root.head if ent.root.dep_ == "appos" else None
            if appositive is not None and appositive.lower_ == word:
                return self._mention_at((ent.start_char, ent.end_char)) or Mention(
                    ent.text,
                    (ent.start_char, ent.end_char),
                    _UNKNOWN,
                    self.sentence_index.get(ent.sent.start_char),
                    "name",
                )
        return None

    def _antecedent(self, pronoun: Token) -> Mention | None:
        """The later of: the last speaker before `pronoun`, the last subject naming someone.

        Reporters keep "he" for whoever they last quoted or last named as the subject of a
        sentence; we look back no further than the previous paragraph for a named subject.
        """
        candidates: list[Mention] = []
        person = pronoun.lower_ in _PERSONAL
        for mention in reversed(self.previous):
            if mention.span[1] > pronoun.idx:
                continue
            if mention.kind == "pronoun" and mention.antecedent is not None:
                mention = self._mention_at(mention.antecedent) or mention
            if person and not self._could_be_person(mention):
                continue
            candidates.append(mention)
            break
        labels = ("PERSON",) if person else ("ORG", "NORP", "GPE")
        paragraph_start = self._previous_paragraph(pronoun.idx)
        for ent in reversed(_entities_ending_by(self.doc, pronoun.idx)):
            if ent.start_char < paragraph_start:
                break
            if self.quoted(ent.start_char):
                continue  # a name inside a quote is not the one who speaks after it
            if ent.label_ in labels and ent.root.dep_ in ("nsubj", "nsubjpass"):
                span = (ent.start_char, ent.end_char)
                sentence = self.sentence_index.get(ent.sent.start_char)
                candidates.append(
                    self._mention_at(span) or Mention(ent.text, span, _UNKNOWN, sentence, "name")
                )
                break
        return max(candidates, key=lambda m: m.span[1], default=None)

    def _recent_speaker(self, pronoun: Token) -> Mention | None:
        """The last speaker, if quoted in this paragraph or the one before and fit for `pronoun`."""
        paragraph_start = self._previous_paragraph(pronoun.idx)
        person = pronoun.lower_ in _PERSONAL
        for mention in reversed(self.previous):
            if mention.span[1] > pronoun.idx:
                continue
            if mention.kind == "pronoun" and mention.antecedent is not None:
                mention = self._mention_at(mention.antecedent) or mention
            if mention.span[0] < paragraph_start:
                return None
            if person and not self._could_be_person(mention):
                continue
            return mention
        return None

    def _could_be_person(self, mention: Mention) -> bool:
        """Could "he" or "she" refer to this mention? Not if its head names a thing or place."""
        span = self.doc.char_span(*mention.span, alignment_mode="expand")
        if span is None or not len(span):
            return False
        head = span.root
        if head.ent_type_ == "ORG" and len(span) == 1 and mention.actor.entity is None:
            return True  # a bare surname the model took for an organisation ("Trump said")
        if head.ent_type_:
            return head.ent_type_ == "PERSON"
        if mention.actor.entity is not None or mention.antecedent is not None:
            return True
        return head.pos_ == "PROPN" or head.lower_ in self.lexicon.persons

    def _mention_at(self, span: tuple[int, int]) -> Mention | None:
        for mention in self._overlapping(*span)[:1]:
            return mention
        for mention in self.previous:
            if mention.span == span:
                return mention
        return None


def _persons(span: Span) -> list[Span]:
    """The PERSON entities inside `span`, found by token: `span.ents` walks every entity of
    the document, once per quote."""
    found = []
    for token in span:
        if token.ent_iob_ == "B" and token.ent_type_ == "PERSON":
            entity = entity_at(span.doc, token.i)
            if entity is not None and entity.end <= span.end:
                found.append(entity)
    return found
