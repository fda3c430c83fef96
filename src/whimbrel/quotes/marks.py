"""Find the stretches of text inside quotation marks, paragraph by paragraph.

The normaliser rewrites each paragraph's double marks as paired `“...”` where it can. A
paragraph whose marks alternate `“ ” “ ”` is read pair by pair. Any other paragraph (marks
the normaliser could not pair, or well-faced curly marks of a quote that runs on) is read by
the way each mark faces: an opening mark while a quote is open starts a new quote (news style
reopens a quote that runs on into a new sentence), a closing mark with nothing open closes a
quote opened by the colon before it (or, with no colon, is a stray and is skipped), and a
quote still open at the end of the paragraph ends there (it runs on into the next paragraph).
Nothing here raises on unbalanced marks.

Single marks (`‘...’`, `'...'`) are read only outside double-marked quotes, and only where
both ends are clear: in English most single marks are apostrophes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from whimbrel.normalise import CLOSE, DOUBLE_MARKS, OPEN, mark_direction

_DOUBLE_RE = re.compile(f"[{re.escape(DOUBLE_MARKS)}]")
# An opening single mark before a letter, a closing one after a letter or sentence stop.
_SINGLE_OPEN_RE = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))[‘'](?=[^\W\d_])")
_SINGLE_CLOSE_RE = re.compile(r"(?<=[\w.?!,])[’'](?=[\s.,;:?!)\]—–-]|$)")
# Single-marked quotes longer than this are more likely two apostrophes than a quote.
_MAX_SINGLE_WORDS = 25


@dataclass(frozen=True)
class Marked:
    """Text between quotation marks: `start`/`end` bound the words inside the marks."""

    start: int
    end: int
    # The mark that opened it, and the one that closed it (None: ran on to a new quote or to
    # the end of the paragraph).
    open_mark: int
    close_mark: int | None
    paragraph: int

    @property
    def closed(self) -> bool:
        return self.close_mark is not None


def find_marked(text: str, unbalanced_paragraphs: Sequence[int] = ()) -> list[Marked]:
    """Every quoted stretch of `text`, in text order."""
    found: list[Marked] = []
    offset = 0
    for index, paragraph in enumerate(text.split("\n")):
        marks = [m.start() for m in _DOUBLE_RE.finditer(paragraph)]
        if _alternates(paragraph, marks) and index not in unbalanced_paragraphs:
            pairs = _pairs(paragraph, marks)
        else:
            pairs = list(_by_direction(paragraph, marks))
        quoted = [_marked(paragraph, offset, index, o, c) for o, c in pairs]
        quoted.extend(_single_marked(paragraph, offset, index, pairs))
        found.extend(q for q in quoted if q is not None)
        offset += len(paragraph) + 1
    return sorted(found, key=lambda q: q.start)


def _alternates(paragraph: str, marks: list[int]) -> bool:
    return len(marks) % 2 == 0 and all(
        paragraph[i] == (OPEN if n % 2 == 0 else CLOSE) for n, i in enumerate(marks)
    )


def _pairs(paragraph: str, marks: list[int]) -> list[tuple[int, int | None]]:
    return list(zip(marks[0::2], marks[1::2], strict=True))


def _by_direction(paragraph: str, marks: list[int]) -> Iterator[tuple[int, int | None]]:
    opened: int | None = None
    previous_mark = -1
    for i in marks:
        direction = mark_direction(paragraph, i)
        if direction is None:
            # Unclear spacing: it closes what is open, or opens.
            direction = "close" if opened is not None else "open"
        if direction == "open":
            if opened is not None:
                yield opened, None
            opened = i
        elif opened is not None:
            yield opened, i
            opened = None
        else:
            # A closing mark that lost its opening one (`He says: It is ... Cyprus,” he said`):
            # the quote runs from the colon that introduced it, if one does.
            colon = paragraph.rfind(": ", previous_mark + 1, i)
            if colon >= 0:
                yield colon + 1, i
        previous_mark = i
    if opened is not None:
        yield opened, None


def _single_marked(
    paragraph: str, offset: int, index: int, pairs: list[tuple[int, int | None]]
) -> Iterator[Marked | None]:
    """Single-marked quotes outside every double-marked one."""
    inside = [(o, c if c is not None else len(paragraph)) for o, c in pairs]

    def outside(i: int) -> bool:
        return not any(o <= i <= c for o, c in inside)

    closes = [m.start() for m in _SINGLE_CLOSE_RE.finditer(paragraph) if outside(m.start())]
    for match in _SINGLE_OPEN_RE.finditer(paragraph):
        opening = match.start()
        if not outside(opening):
            continue
        closing = next((c for c in closes if c > opening), None)
        if closing is None or not all(outside(i) for i in range(opening, closing)):
            continue
        if len(paragraph[opening:closing].split()) > _MAX_SINGLE_WORDS:
            continue
        yield _marked(paragraph, offset, index, opening, closing)


def _marked(
    paragraph: str, offset: int, index: int, opening: int, closing: int | None
) -> Marked | None:
    end = closing if closing is not None else len(paragraph)
    if closing is None:
        # A quote that runs on stops before the next opening mark, if that is where it ended.
        nxt = _DOUBLE_RE.search(paragraph, opening + 1)
        if nxt is not None:
            end = nxt.start()
    start = opening + 1
    inner = paragraph[start:end]
    stripped = inner.strip()
    if not any(ch.isalnum() for ch in stripped):
        return None
    start += len(inner) - len(inner.lstrip())
    end = start + len(stripped)
    return Marked(
        offset + start,
        offset + end,
        offset + opening,
        None if closing is None else offset + closing,
        index,
    )
