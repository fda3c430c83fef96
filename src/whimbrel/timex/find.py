"""Find time expressions in a parsed Doc and the tense of the clause that governs each.

Spans come from the NER's DATE and TIME entities, plus a few weekday and deictic words the
model sometimes misses. Tense comes from the nearest finite verb above the expression: a
future auxiliary, a scheduling verb ("scheduled to", "plans to", "is due to"), or past
morphology. `would` counts as future: in reported news it looks forward from the past
("Tuesday's interview would be the first").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from spacy.tokens import Doc, Span, Token

from whimbrel.records import Timex
from whimbrel.timex.resolve import Resolution, Tense, date_atoms, resolve

_EXTRA = re.compile(
    r"\b(?:(?:next|last|this) )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(?:yesterday|today|tomorrow|tonight)\b",
    re.IGNORECASE,
)
_FUTURE_AUX = {"will", "shall", "'ll", "would", "wo", "going"}
_SCHEDULE_LEMMAS = {
    "schedule", "plan", "expect", "due", "set", "intend", "prepare", "aim", "hope",
    "propose", "slate", "agree", "promise", "pledge", "vow", "want", "seek",
}  # fmt: skip


def _inflections(lemma: str) -> set[str]:
    """Regular forms of a verb: the pipeline runs without a lemmatizer, so match on forms."""
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    doubled = lemma + lemma[-1] if lemma[-1] in "npt" and lemma[-2] in "aeiou" else lemma
    return {lemma, lemma + "s", stem + "ed", stem + "ing", doubled + "ed", doubled + "ing"}


_SCHEDULE_FORMS = {form for lemma in _SCHEDULE_LEMMAS for form in _inflections(lemma)} | {
    "set", "sets", "setting", "due", "slated",
}  # fmt: skip
_FUTURE_WORDS = {"next", "coming", "upcoming", "forthcoming"}
_PAST_WORDS = {"last", "ago", "previous", "past", "earlier"}


def clause_tense(token: Token) -> Tense | None:
    """The tense of the clause `token` sits in, from the nearest verb that shows one."""
    node: Token | None = token
    seen = 0
    while node is not None and seen < 12:
        seen += 1
        if node.pos_ in ("VERB", "AUX"):
            tense = _verb_tense(node, token)
            if tense is not None:
                return tense
        if node.head is node:
            break
        node = node.head
    return None


def _verb_tense(verb: Token, origin: Token | None = None) -> Tense | None:
    children = list(verb.children)
    aux = [c for c in children if c.dep_ in ("aux", "auxpass")]
    aux_lower = {a.lower_ for a in aux}
    if aux_lower & _FUTURE_AUX:
        return "future"
    complements = [c for c in children if c.dep_ == "xcomp"]
    # "agreed on Monday to reconvene": a date between a past verb and its complement is
    # the verb's own, when it was agreed
    own_date = (
        origin is not None
        and verb.tag_ == "VBD"
        and bool(complements)
        and verb.i < origin.i < min(c.left_edge.i for c in complements)
    )
    if verb.lower_ in _SCHEDULE_FORMS and not own_date:
        # "are scheduled to meet", "plans to visit": the complement lies ahead.
        if complements or verb.dep_ == "xcomp":
            return "future"
    # Infinitive complement of a scheduling verb: "to meet" under "scheduled".
    if verb.dep_ == "xcomp" and verb.head.lower_ in _SCHEDULE_FORMS:
        return "future"
    if verb.tag_ in ("VBD",) or any(a.tag_ == "VBD" for a in aux):
        return "past"
    if verb.tag_ == "VBN" and aux_lower & {"has", "have", "had", "'ve", "was", "were"}:
        return "past"
    if verb.tag_ in ("VBZ", "VBP") or aux_lower & {"is", "are", "am", "'s", "'re"}:
        return "present"
    return None


def _modifier_tense(span: Span) -> Tense | None:
    words = {t.lower_ for t in span}
    if words & _FUTURE_WORDS:
        return "future"
    if words & _PAST_WORDS:
        return "past"
    return None


def _candidate_spans(doc: Doc) -> Iterator[Span]:
    taken: set[int] = set()
    for ent in doc.ents:
        if ent.label_ in ("DATE", "TIME"):
            taken.update(range(ent.start_char, ent.end_char))
            yield ent
    for match in _EXTRA.finditer(doc.text):
        if taken.intersection(range(match.start(), match.end())):
            continue
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None:
            yield span


def _trim(span: Span) -> Span:
    """Drop leading prepositions and trailing punctuation the NER sometimes includes."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return doc[start:end]


def find_timexes(doc: Doc, published: date | None, sentence_index: dict[int, int]) -> list[Timex]:
    """Every time expression in `doc`, resolved against `published`.

    `sentence_index` maps a sentence's start character to its index in the article.
    """
    found: list[Timex] = []
    for raw in sorted(_candidate_spans(doc), key=lambda s: s.start_char):
        span = _trim(raw)
        if not len(span):
            continue
        tense = _modifier_tense(span) or clause_tense(span.root)
        sentence = sentence_index.get(span.sent.start_char)
        resolution = resolve(span.text, published, tense)
        if resolution.method == "unresolved":
            # A compound ("between 1985 and 1987", "the quarter ended Sept. 30"): its parts.
            atoms = (
                doc.char_span(span.start_char + a, span.start_char + b)
                for a, b in date_atoms(span.text)
            )
            parts = [p for p in atoms if p is not None and p.text != span.text]
            if parts:
                found.extend(_timex(p, resolve(p.text, published, tense), sentence) for p in parts)
                continue
        kind = resolution.kind
        if raw.label_ == "TIME" and kind == "DATE" and resolution.value is None:
            resolution = Resolution(None, None, "TIME", resolution.method)
        found.append(_timex(span, resolution, sentence))
    return found


def _timex(span: Span, resolution: Resolution, sentence: int | None) -> Timex:
    return Timex(
        text=span.text,
        span=(span.start_char, span.end_char),
        value=resolution.value,
        precision=resolution.precision,
        kind=resolution.kind,
        sentence=sentence,
        method=resolution.method,
    )
