"""Quotes in marks and indirect speech, attributed to speakers, as `Quote` records.

    direct    a sentence or clause in marks, standing as what was said (`X said: "..."`)
    partial   a phrase in marks inside the reporter's sentence (`calling for "guarantees"`)
    indirect  reported speech without marks (`X said that ...`, `according to X, ...`)

For each quote in marks we look for its cue first up the parse from the quoted words
(`"..." he said` hangs the quote from `said`), then among the cue words of the sentences it
spans; a quote with no cue of its own that follows straight on from another quote (the next
sentence of a speech, the next paragraph of it), or that is a sentence of its own right after
a report ("A spokesman said X. 'This election ...'"), is that speaker's. Quoted names (NBC's
"Today" programme, a nickname) are not quotes and are dropped. Indirect speech is the clause a
reporting cue governs (`said that ...`, `..., he said, would ...`, `according to X, ...`),
unless most of it stands in marks or it is itself only an attribution.
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from whimbrel.nlp import doc_text
from whimbrel.quotes.lexicon import QuoteLexicon, load_lexicon
from whimbrel.quotes.marks import Marked, find_marked
from whimbrel.quotes.speakers import (
    Quoted,
    SpeakerFinder,
    according_relays,
    cue_of,
    cue_subject,
    outer_cue,
)
from whimbrel.records import Mention, Quote, QuoteKind

# Words before a quote that leave it standing as a clause of its own (`added: "..."`).
_CLAUSE_OPENERS = {"that", "but", "and"}
# Walk no further than this up the parse from a quote to its cue.
_MAX_HOPS = 6
# A quoted nickname between a first and last name is this short.
_MAX_NICKNAME_TOKENS = 4
# A reported "clause" this short headed by a cue is an attribution ("the agency reported").
_MAX_ATTRIBUTION_TOKENS = 6
# Indirect speech shorter than this many words is a fragment, not a report.
_MIN_INDIRECT_WORDS = 3


@dataclass
class _Found:
    start: int
    end: int
    kind: QuoteKind
    cue: Token | None
    marked: Marked | None = None
    speaker: Mention | None = None


def extract_quotes(
    doc: Doc,
    mentions: Sequence[Mention],
    sentence_index: Mapping[int, int],
    unbalanced_paragraphs: Sequence[int] = (),
) -> list[Quote]:
    """Every quote in `doc` with its speaker (a mention from `mentions`, or None).

    `unbalanced_paragraphs` lists paragraphs whose quotation marks the normaliser could not
    pair; they are read mark by mark (see `marks.py`), never dropped.
    """
    lexicon = load_lexicon()
    marked = [m for m in find_marked(doc_text(doc), unbalanced_paragraphs) if m.start < m.end]
    regions = sorted((m.open_mark, m.end if m.close_mark is None else m.close_mark) for m in marked)
    starts = [r[0] for r in regions]

    def quoted(char: int) -> bool:
        i = bisect.bisect_right(starts, char) - 1
        return i >= 0 and regions[i][0] <= char <= regions[i][1]

    found: list[_Found] = []
    for quote in marked:
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        if span is None or len(span) == 0 or _is_name(doc, quote, span, lexicon):
            continue
        cue = _cue_above(span, lexicon, quoted) or _cue_near(doc, quote, span, lexicon, quoted)
        found.append(_Found(quote.start, quote.end, _kind(doc, quote, span, lexicon), cue, quote))
    found.extend(_indirect(doc, lexicon, quoted, marked))
    found.sort(key=lambda f: (f.start, f.end))

    finder = SpeakerFinder(doc, lexicon, mentions, sentence_index, previous=[], quoted=quoted)
    last_marked: _Found | None = None
    last_indirect: _Found | None = None
    for item in found:
        if item.cue is not None:
            subject = cue_subject(item.cue, lexicon, quoted)
            item.speaker = finder.mention_for(subject) if subject is not None else None
        elif item.marked is not None:
            # A quote with no cue of its own goes on from the quote just before it, or, when
            # it is a sentence of its own, from the report just before it ("A spokesman said
            # X. 'This election is a choice ...'").
            before = [last_marked] + ([last_indirect] if item.kind == "direct" else [])
            for earlier in sorted((b for b in before if b), key=lambda b: -b.end):
                if _follows_on(doc, earlier, item):
                    item.speaker, item.cue = earlier.speaker, earlier.cue
                    break
        if item.speaker is not None:
            finder.previous.append(item.speaker)
        if item.marked is not None:
            last_marked = item
        else:
            last_indirect = item
    return [_record(doc, n, item, sentence_index) for n, item in enumerate(found, start=1)]


def _record(doc: Doc, number: int, item: _Found, sentence_index: Mapping[int, int]) -> Quote:
    cue = item.cue
    cue_text = None
    if cue is not None:
        cue_text = "according to" if cue.lower_ == "according" else cue.text
    start_token = doc.char_span(item.start, item.end, alignment_mode="expand")
    sentence = None
    if start_token is not None and len(start_token):
        sentence = sentence_index.get(start_token[0].sent.start_char)
    return Quote(
        id=f"q{number}",
        text=doc_text(doc)[item.start : item.end],
        span=(item.start, item.end),
        kind=item.kind,
        speaker=item.speaker,
        cue=cue_text,
        sentence=sentence,
    )


def _is_name(doc: Doc, quote: Marked, span: Span, lexicon: QuoteLexicon) -> bool:
    """Marks around a name or title: `NBC's "Today" program`, `dubbed "Jihadi Jack"`."""
    if not quote.closed:
        return False
    before = [t for t in doc[max(span.start - 8, 0) : span.start] if not t.is_space]
    words_before = [t for t in before if not t.is_punct]
    previous = words_before[-1] if words_before else None
    after = [t for t in doc[span.end : span.end + 4] if not t.is_space]
    following = next((t for t in after if not t.is_punct), None)

    def adjacent_before(token: Token) -> bool:  # only marks or commas between
        return all(t.is_punct and t.text not in ".?!" for t in doc[token.i + 1 : span.start])

    def adjacent_after(token: Token) -> bool:
        return all(t.is_punct and t.text not in ".?!" for t in doc[span.end : token.i])

    if previous is None:
        return False
    cue = lexicon.cue(previous.lower_)
    if cue is not None and cue.role == "naming" and adjacent_before(previous):
        return True
    if previous.lower_ == "so-called":
        return True
    if previous.lower_ == "as" and any(
        t.lower_ in ("known", "nicknamed", "dubbed") for t in words_before[-6:]
    ):
        return True  # known (to his fellow players) as "Dracula"
    if following is not None and following.lower_ in lexicon.titles and adjacent_after(following):
        return True
    if previous.lower_ in lexicon.titles and adjacent_before(previous):
        return True
    # A nickname inside a name: Jimmy "the Whirlwind" White (nothing but marks between).
    return (
        following is not None
        and len(span) <= _MAX_NICKNAME_TOKENS
        and previous.pos_ == "PROPN"
        and following.pos_ == "PROPN"
        and all(t.is_quote for t in doc[previous.i + 1 : span.start])
        and all(t.is_quote for t in doc[span.end : following.i])
    )


def _kind(doc: Doc, quote: Marked, span: Span, lexicon: QuoteLexicon) -> QuoteKind:
    """Direct when the marked words are a clause standing on their own, else partial.

    They stand on their own when nothing of the reporter's sentence leads into them but a
    cue, a colon or comma, `that`, or a conjunction (`said: "..."`, `But "..."`).
    """
    sentence = span[0].sent
    lead = doc_text(doc)[sentence.start_char : quote.open_mark].strip()
    last_word = lead.split()[-1].strip(",:").lower() if lead else ""
    cue = lexicon.cue(last_word)
    stands_alone = (
        not lead
        or lead[-1] in ":,—–-("
        or last_word in _CLAUSE_OPENERS
        or (cue is not None and cue.role == "speech")
    )
    if not stands_alone:
        return "partial"
    has_subject = any(
        t.dep_ in ("nsubj", "nsubjpass", "expl", "csubj") and span.start <= t.head.i < span.end
        for t in span
    )
    # A sentence in marks needs no subject to stand alone ("Keep in mind ...").
    full_stop = span.text.rstrip()[-1:] in ".?!" and len(span) > 3
    return "direct" if has_subject or full_stop else "partial"


def _cue_above(span: Span, lexicon: QuoteLexicon, quoted: Quoted) -> Token | None:
    """The nearest cue up the parse from the quote's words (outside every quote)."""
    best: tuple[int, Token] | None = None
    for token in span:
        if span.start <= token.head.i < span.end and token.head.i != token.i:
            continue
        current, hops = token, 0
        while current.head.i != current.i and hops < _MAX_HOPS:
            current, hops = current.head, hops + 1
            cue = cue_of(current, lexicon, quoted)
            if cue is None:
                continue
            if cue.role != "naming" and (best is None or hops < best[0]):
                best = (hops, current)
            break
    if best is None:
        return None
    # The marks are the reporter's: inside what X said ("X pointed out that the Dutch have
    # announced their withdrawal 'regardless ...'") the quoted words are X's.
    cue_token = best[1]
    for _ in range(3):
        outer = outer_cue(cue_token, lexicon, quoted)
        if outer is None or outer.i == cue_token.i:
            break
        cue_token = outer
    return cue_token


def _cue_near(
    doc: Doc, quote: Marked, span: Span, lexicon: QuoteLexicon, quoted: Quoted
) -> Token | None:
    """The closest cue word in the sentences the quote spans (a speech cue before a relay)."""
    first, last = span[0].sent, span[-1].sent
    window_start, window_end = first.start, last.end
    closing = quote.end if quote.close_mark is None else quote.close_mark
    # `"...," he said.` may be split off as a sentence of its own after the quote.
    if last.end < len(doc) and last.end_char <= closing + 2:
        following = doc[last.end].sent
        if doc_text(doc)[quote.end - 1 : quote.end] == "," or following[0].is_lower:
            window_end = following.end
    # `Weinberger told reporters:` ending one paragraph, the quote opening the next.
    # Normalised text has at most a blank line between words: a short look back is enough.
    before = doc_text(doc)[max(0, quote.open_mark - 64) : quote.open_mark]
    if before.rstrip().endswith(":") and first.start > 0:
        window_start = doc[first.start - 1].sent.start
    candidates: list[tuple[bool, int, Token]] = []
    for token in doc[window_start:window_end]:
        cue = cue_of(token, lexicon, quoted)
        if cue is None or cue.role == "naming":
            continue
        distance = quote.open_mark - token.idx if token.idx < quote.start else token.idx - closing
        candidates.append((cue.role != "speech", abs(distance), token))
    return min(candidates, key=lambda c: (c[0], c[1]))[2] if candidates else None


def _follows_on(doc: Doc, before: _Found, item: _Found) -> bool:
    """Does `item` carry straight on from the quote `before` (same speech, no narration)?"""
    if before.speaker is None:
        return False
    gap = doc.char_span(before.end, item.start, alignment_mode="expand")
    if gap is None:
        return False
    first = doc.char_span(before.start, before.end, alignment_mode="expand")
    if first is None or not len(first):
        return False
    # Only the earlier quote's own sentence (its attribution) may lie between them.
    between = {t.sent.start for t in gap if not t.is_space and not t.is_punct}
    return between <= {first[-1].sent.start, doc[gap.end - 1].sent.start if len(gap) else -1}


def _indirect(
    doc: Doc, lexicon: QuoteLexicon, quoted: Quoted, marked: Sequence[Marked]
) -> list[_Found]:
    """Reported speech without marks: the clause a reporting verb (or `according to`) governs."""
    found: list[_Found] = []
    for token in doc:
        cue = cue_of(token, lexicon, quoted)
        if cue is None or not cue.reports:
            continue
        if token.lower_ == "according" and according_relays(token, lexicon):
            continue
        clause = _reported_clause(token)
        if not clause or cue_of(min(clause, key=lambda t: t.i), lexicon, quoted):
            continue  # "said, adding that ...": the inner cue reports the clause
        if quoted(clause[0].idx):
            continue  # `"We confirm" that ...`: the clause opens inside a quote
        if len(clause) <= _MAX_ATTRIBUTION_TOKENS and any(
            cue_of(t, lexicon, quoted) for t in clause if t.head.i == token.i
        ):
            continue  # `X said ..., the ANSA news agency reported`: an attribution, not a report
        clause = _trim(clause)
        if len([t for t in clause if t.is_alpha]) < _MIN_INDIRECT_WORDS:
            continue
        start, end = clause[0].idx, clause[-1].idx + len(clause[-1])
        # A clause that ends inside a quote takes the rest of the quoted words with it.
        end = max([end, *(m.end for m in marked if m.start < end <= m.end)])
        inside = sum(1 for c in range(start, end) if quoted(c))
        if inside * 2 >= end - start:
            continue  # the words are in marks: a direct or partial quote already
        found.append(_Found(start, end, "indirect", token))
    return found


def _reported_clause(cue: Token) -> list[Token]:
    if cue.lower_ == "according":
        head = cue.head
        if head.i == cue.i or head.pos_ not in ("VERB", "AUX"):
            return []
        skip = {t.i for t in cue.subtree}
        return [t for t in head.subtree if t.i not in skip]
    for child in cue.children:
        if child.dep_ == "ccomp" and child.i > cue.i:
            return list(child.subtree)
    # `Failure to do so, he said, would ...`: the cue hangs inside the clause it reports.
    if cue.dep_ in ("parataxis", "ccomp") and cue.head.i > cue.i and _has_subject(cue):
        skip = {t.i for t in cue.subtree}
        return [t for t in cue.head.subtree if t.i not in skip]
    for child in cue.children:
        if child.dep_ == "ccomp" and child.i < cue.i and _has_subject(cue):
            return list(child.subtree)
    # `X and Y are to meet on Tuesday, the government announced`: parsed as coordination.
    head = cue.head
    if cue.dep_ == "conj" and head.i < cue.i and _has_subject(cue):
        linked = any(c.dep_ == "cc" and head.i < c.i < cue.i for c in head.children)
        if not linked:
            skip = {t.i for t in cue.subtree}
            return [t for t in head.subtree if t.i not in skip]
    return []


def _has_subject(token: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)


def _trim(tokens: list[Token]) -> list[Token]:
    tokens = sorted(tokens, key=lambda t: t.i)
    while tokens and (tokens[0].is_punct or tokens[0].is_space or tokens[0].lower_ == "that"):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].is_space):
        tokens = tokens[:-1]
    if tokens and tokens[0].lower_ in ("whether", "if", "how", "why", "what", "when"):
        return []
    return tokens
