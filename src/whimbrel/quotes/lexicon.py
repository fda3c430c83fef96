"""The quote extractor's word lists, loaded from `data/quotes/` (TSV, schema in each header).

    cues.tsv   lemma, forms, role (speech | relay | naming), reports (yes | no)
    words.tsv  word, class (title | person | document)

Forms are listed in full because the pipeline runs spaCy without its lemmatizer. Lines that
start with `#` are comments.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Literal, cast

from whimbrel.errors import DataError

CueRole = Literal["speech", "relay", "naming"]
CUE_COLUMNS = ("lemma", "forms", "role", "reports")
WORD_COLUMNS = ("word", "class")
_ROLES = ("speech", "relay", "naming")
_WORD_CLASSES = ("title", "person", "document")


@dataclass(frozen=True)
class Cue:
    lemma: str
    role: CueRole
    # Whether the verb's clausal complement is reported speech ("X said that ...").
    reports: bool


@dataclass(frozen=True)
class QuoteLexicon:
    cues: dict[str, Cue]  # by inflected form, lower case
    titles: frozenset[str]
    persons: frozenset[str]
    # Nouns for what a body issues ("the statement said"): the speaker is the body.
    documents: frozenset[str] = frozenset()

    def cue(self, form: str) -> Cue | None:
        return self.cues.get(form.lower())


def _rows(text: str, path: str, columns: tuple[str, ...]) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader(text.splitlines(), delimiter="\t")
    header = next(reader, None)
    if header != list(columns):
        raise DataError(path, f"header must be {' <tab> '.join(columns)}, got {header}")
    for number, row in enumerate(reader, start=2):
        if not row or row[0].startswith("#"):
            continue
        if len(row) != len(columns) or not all(cell.strip() for cell in row):
            raise DataError(path, f"line {number}: expected {len(columns)} non-empty columns")
        yield number, [cell.strip() for cell in row]


def parse_cues(text: str, path: str = "cues.tsv") -> dict[str, Cue]:
    """Cue words by inflected form; a malformed line is a `DataError` naming it."""
    cues: dict[str, Cue] = {}
    for number, (lemma, forms, role, reports) in _rows(text, path, CUE_COLUMNS):
        if role not in _ROLES:
            raise DataError(path, f"line {number}: role {role!r} is not one of {_ROLES}")
        if reports not in ("yes", "no"):
            raise DataError(path, f"line {number}: reports must be yes or no, got {reports!r}")
        cue = Cue(lemma, cast(CueRole, role), reports == "yes")
        for form in (f.strip().lower() for f in forms.split(",")):
            if form in cues and cues[form] != cue:
                raise DataError(path, f"line {number}: form {form!r} already listed")
            cues[form] = cue
    return cues


def parse_words(text: str, path: str = "words.tsv") -> dict[str, frozenset[str]]:
    """Words by class (title, person, document); a malformed line is a `DataError` naming it."""
    words: dict[str, set[str]] = {c: set() for c in _WORD_CLASSES}
    for number, (word, word_class) in _rows(text, path, WORD_COLUMNS):
        if word_class not in words:
            raise DataError(path, f"line {number}: class {word_class!r} not in {_WORD_CLASSES}")
        words[word_class].add(word.lower())
    return {c: frozenset(w) for c, w in words.items()}


def _read(name: str) -> tuple[str, str]:
    path = f"data/quotes/{name}"
    return resources.files("whimbrel").joinpath(path).read_text(encoding="utf-8"), path


@cache
def load_lexicon() -> QuoteLexicon:
    """The packaged cue words, title nouns and person nouns (loaded once)."""
    cues = parse_cues(*_read("cues.tsv"))
    words = parse_words(*_read("words.tsv"))
    return QuoteLexicon(cues, words["title"], words["person"], words["document"])
