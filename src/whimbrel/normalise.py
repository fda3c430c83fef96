"""Text repair before NLP: mojibake, whitespace, and the quotation marks machine translation breaks.

`clean` runs first, on the way in (`pipeline.make_article`): it makes any string storable and
hashable (no NUL or other C0 control but tab and newline, no lone surrogate, no byte-order
mark, newlines only) and says what it changed, so the change is recorded on the article.

Machine translation leaves double quotation marks reversed (`” We confirm “`), padded with
spaces, glued to the next word (`“Killer”Joe`) or unpaired (a stray `do. “` echoing the end
of a quote). Within each paragraph we pair the marks in order, rewrite each pair as
`“...”` with the padding moved outside, and drop a trailing unpaired mark that only echoes
the words before the last closing mark. Paragraphs whose marks still do not pair are left
with their marks as found and reported in `Normalised.unbalanced_paragraphs`, so the quote
extractor can fall back for that paragraph instead of failing the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import ftfy

OPEN, CLOSE = "“", "”"
# Every double quotation mark we treat as a quote delimiter. Single marks are left alone:
# in English they are mostly apostrophes ("I’m", "Tuesday’s").
DOUBLE_MARKS = '"“”„‟«»〝〞＂'
_MARK_RE = re.compile(f"[{re.escape(DOUBLE_MARKS)}]")
_SPACES_RE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_WORD_RE = re.compile(r"\w+", re.UNICODE)


# The abbreviations after which old wire copy capitalises the next word ("U.S.", "U.K."),
# and the closed-class words that are never capitalised there on their own account.
_AFTER_ABBREVIATION_RE = re.compile(r"\b((?:U\.S\.|U\.K\.) )([A-Z][a-z]+)\b")
FUNCTION_WORDS = frozenset({
    "and", "or", "but", "to", "on", "in", "of", "for", "from", "with", "at", "by", "as",
    "the", "a", "an", "is", "was", "are", "were", "has", "had", "have", "would", "will",
    "could", "should", "can", "may", "might", "must", "not", "said", "says", "he", "she",
    "it", "they", "also", "which", "that",
})  # fmt: skip
# C0 controls but tab and newline (carriage returns are line ends, handled first).
_CONTROL_RE = re.compile("[\x01-\x08\x0b\x0c\x0e-\x1f]")
# Surrogate code points: only halves of a pair in UTF-16, never text (JSON's "\ud800").
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


@dataclass(frozen=True)
class Cleaned:
    text: str
    # One line per kind of change ("removed 2 NUL character(s)"); empty when none was needed.
    warnings: tuple[str, ...] = ()


def clean(text: str, field: str = "text") -> Cleaned:
    """`text` safe to hash, store and parse, and what was changed, each note naming `field`."""
    warnings: list[str] = []

    def note(count: int, what: str) -> None:
        if count:
            warnings.append(f"{field}: {what.format(count)}")

    if text.startswith("\ufeff"):
        text = text[1:]
        note(1, "dropped a byte-order mark")
    if "\r" in text:
        crlf = text.count("\r\n")
        text = text.replace("\r\n", "\n")
        lone = text.count("\r")
        text = text.replace("\r", "\n")
        note(crlf + lone, "{} CR/CRLF line end(s) made newlines")
    if "\x00" in text:
        nul = text.count("\x00")
        text = text.replace("\x00", "")
        note(nul, "removed {} NUL character(s)")
    text, controls = _CONTROL_RE.subn("", text)
    note(controls, "removed {} control character(s)")
    text, surrogates = _SURROGATE_RE.subn(REPLACEMENT, text)
    note(surrogates, "replaced {} lone surrogate(s) with U+FFFD")
    return Cleaned(text, tuple(warnings))


@dataclass(frozen=True)
class Normalised:
    text: str
    # Indices (0-based) of paragraphs whose quotation marks could not be paired.
    unbalanced_paragraphs: tuple[int, ...] = ()
    # What was changed, for audit ("paired 3 quotes", "dropped echo fragment ...").
    repairs: tuple[str, ...] = ()


def normalise(text: str) -> Normalised:
    """Repair `text` and return it with what was done.

    Paragraph breaks (newlines) are kept: the NLP layer starts a sentence at each one.
    """
    text = ftfy.fix_text(text, uncurl_quotes=False, normalization="NFC")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs = [_SPACES_RE.sub(" ", p).strip() for p in text.split("\n")]
    repaired: list[str] = []
    unbalanced: list[int] = []
    repairs: list[str] = []
    for index, paragraph in enumerate(paragraphs):
        fixed, ok, notes = repair_quotes(paragraph)
        repaired.append(fixed)
        repairs.extend(f"paragraph {index}: {note}" for note in notes)
        if not ok:
            unbalanced.append(index)
    # Collapse runs of blank lines to one paragraph break; drop leading/trailing blanks.
    out = "\n".join(repaired)
    out = re.sub(r"\n{3,}", "\n\n", out).strip("\n")
    out, lowered = repair_abbreviation_capitals(out)
    if lowered:
        repairs.append(f"lowercased {lowered} word(s) capitalised after an abbreviation")
    return Normalised(out, tuple(unbalanced), tuple(repairs))


def repair_abbreviation_capitals(text: str) -> tuple[str, int]:
    """Undo a wire-copy artifact: old Reuters text capitalises the word after "U.S." as if
    the abbreviation ended a sentence ("The U.S. Said", "the U.S. Attack", "U.S. Would").
    Such a word is lowercased when it is a function word or auxiliary, or when the text
    itself writes it in lower case mid-sentence and never capitalised there ("U.S.
    Treasury", "U.S. Navy" stay). The length of the text does not change."""
    changed = 0

    def fix(match: re.Match[str]) -> str:
        nonlocal changed
        word = match.group(2)
        lower = word.lower()
        if lower in FUNCTION_WORDS or (
            _mid_sentence(text, lower) and not _mid_sentence(text, word)
        ):
            changed += 1
            return match.group(1) + lower
        return match.group(0)

    return _AFTER_ABBREVIATION_RE.sub(fix, text), changed


def _mid_sentence(text: str, word: str) -> bool:
    """Whether `word`, as written, stands mid-sentence: after a lower-case word or a comma,
    so neither at a sentence start nor after "U.S."."""
    return re.search(rf"[a-z,;] {word}\b", text) is not None


def repair_quotes(paragraph: str) -> tuple[str, bool, list[str]]:
    """Pair the double quotation marks of one paragraph.

    Returns the repaired paragraph, whether every mark found a partner, and notes.
    """
    marks = [m.start() for m in _MARK_RE.finditer(paragraph)]
    if not marks:
        return paragraph, True, []
    if _runs_on(paragraph, marks):
        # Publishers' marks already face the right way; a quote that runs on into a new
        # sentence reopens without closing (`... Doctor Who. “I feel British`). Pairing them
        # left to right would swap quote and narration, so they stay for the quote extractor.
        return paragraph, False, ["marks kept as found: a quote runs on unclosed"]
    notes: list[str] = []
    if len(marks) % 2 == 1:
        echo = _echo_fragment(paragraph, marks)
        if echo is None:
            return paragraph, False, ["unpaired quotation mark left as found"]
        start, end = echo
        notes.append(f"dropped echo fragment {paragraph[start:end].strip()!r}")
        paragraph = (paragraph[:start].rstrip() + " " + paragraph[end:].lstrip()).strip()
        marks = [m.start() for m in _MARK_RE.finditer(paragraph)]
    pieces: list[str] = []
    cursor = 0
    for opening, closing in zip(marks[0::2], marks[1::2], strict=True):
        before = paragraph[cursor:opening]
        inner = paragraph[opening + 1 : closing].strip()
        # Keep a space between the preceding word and the opening mark.
        if before and not before[-1].isspace() and before[-1] not in "([{—–-/":
            before += " "
        pieces.append(before)
        pieces.append(f"{OPEN}{inner}{CLOSE}")
        cursor = closing + 1
        # A closing mark glued to the next word ("Killer”Joe") gets its space back.
        if cursor < len(paragraph) and (paragraph[cursor].isalnum()):
            pieces.append(" ")
    pieces.append(paragraph[cursor:])
    fixed = "".join(pieces)
    # Padding inside the marks may leave " ," or " ." behind a closing mark.
    fixed = re.sub(rf"{CLOSE} +([,.;:!?])", rf"{CLOSE}\1", fixed)
    fixed = _SPACES_RE.sub(" ", fixed).strip()
    if fixed != paragraph:
        notes.append(f"paired {len(marks) // 2} quotation(s)")
    return fixed, True, notes


def mark_direction(text: str, index: int) -> str | None:
    """Which way the quotation mark at `text[index]` faces: "open", "close" or None (unclear).

    Curly marks say it themselves when the spacing agrees; straight marks are read from the
    spacing alone (an opening mark sits before a word, a closing mark after one).
    """
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    opens = not after.isspace() and (before.isspace() or before in "([{—–-/'‘")
    closes = not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-'’")
    mark = text[index]
    if mark in "“„«〝":
        return "open" if not after.isspace() else None
    if mark in "”»〞":
        return "close" if not before.isspace() else None
    if opens != closes:
        return "open" if opens else "close"
    return None


def _runs_on(paragraph: str, marks: list[int]) -> bool:
    """Are these well-faced marks with a quote that reopens or ends unclosed?

    News style repeats the opening mark when a quote runs on (`Who. “I feel British ...”`,
    `champion. "There might`); such a paragraph is right as it is, though its marks do not
    alternate. Curly marks face the way they are drawn, straight ones the way spacing says.
    """
    if any(paragraph[i] not in (OPEN, CLOSE, '"') for i in marks):
        return False
    is_open = runs_on = False
    for i in marks:
        direction = mark_direction(paragraph, i)
        if direction is None or (direction == "close" and not is_open):
            return False
        if direction == "open" and is_open:
            if paragraph[:i].rstrip()[-1:] not in (".", "?", "!", "…", "’", ":"):
                return False
            runs_on = True
        is_open = direction == "open"
    return runs_on or is_open


def _echo_fragment(paragraph: str, marks: list[int]) -> tuple[int, int] | None:
    """Find a trailing `words. “` that repeats the words before the previous mark.

    MT output sometimes ends a quote twice: `... he will do.” do. “`. The fragment between
    the last two marks must be short and made only of words that end the quoted text.
    Returns the span to delete (the fragment and the stray mark), or None.
    """
    last = marks[-1]
    if paragraph[last + 1 :].strip():
        return None  # the unpaired mark is not at the end of the paragraph
    previous = marks[-2] if len(marks) >= 2 else None
    if previous is None:
        # A lone mark at the end of a paragraph carries nothing: drop the mark alone.
        return last, last + 1
    fragment = paragraph[previous + 1 : last]
    fragment_words = _WORD_RE.findall(fragment)
    if len(fragment_words) > 4:
        return None
    quoted_words = _WORD_RE.findall(paragraph[:previous])
    if fragment_words and quoted_words[-len(fragment_words) :] != fragment_words:
        return None
    return previous + 1, last + 1
