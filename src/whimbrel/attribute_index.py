"""A faster `match` for spaCy's attribute_ruler: the same matches, found by table look-up.

The English pipelines' attribute_ruler maps tags to parts of speech and morphology with some
180 one- and two-token Matcher patterns. spaCy runs the generic Matcher over every token for
each of them, which costs about a fifth of the whole parse on en_core_web_md (measured with
benchmarks/throughput.py). Every one of those patterns tests a token's TAG, LOWER or DEP for
equality or membership, so each can be indexed by one of those values: a token then only
meets the few patterns filed under its own tag, lower-case form and dependency label.

`IndexedMatch(ruler)` returns exactly what `AttributeRuler.match` returns (the same tuples
in the same order, so later rules keep their precedence) and spaCy's own `set_annotations`
applies them. `index_attribute_ruler` installs it only when every pattern uses operators it
understands; otherwise the ruler is left as it is. tests/test_attribute_index.py checks the
two agree token for token.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc

# The Matcher attributes these patterns may test; doc.to_array reads all of them in one call.
_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE", "ORTH", "NORM", "POS")
# Attributes worth filing patterns under, most selective first: a word form singles out a
# handful of tokens, a tag or a dependency label thousands.
_ANCHORS = ("ORTH", "LOWER", "NORM", "DEP", "TAG", "POS", "IS_SPACE")

Test = Callable[[int], bool]


class Unsupported(ValueError):
    """A pattern uses an operator or attribute this index does not reproduce."""


def _id(value: str | bool) -> int:
    # to_array gives booleans as 0/1 and strings as their StringStore ids (symbols included).
    return int(value) if isinstance(value, bool) else get_string_id(value)


def _test(value: Any, strings: StringStore) -> Test:
    if isinstance(value, str | bool):
        wanted = _id(value)
        return lambda v: v == wanted
    if isinstance(value, dict) and len(value) == 1:
        ((op, arg),) = value.items()
        if op == "IN":
            members = frozenset(_id(a) for a in arg)
            return lambda v: v in members
        if op == "NOT_IN":
            members = frozenset(_id(a) for a in arg)
            return lambda v: v not in members
        if op == "REGEX":
            search = re.compile(arg).search
            seen: dict[int, bool] = {}

            def matches(v: int) -> bool:
                hit = seen.get(v)
                if hit is None:
                    hit = seen[v] = search(strings[v]) is not None
                return hit

            return matches
    raise Unsupported(f"operator {value!r}")


def _anchor(token: dict[str, Any]) -> tuple[str, tuple[int, ...]] | None:
    """The attribute and value ids to file a pattern under (its first token's), if any."""
    for attr in _ANCHORS:
        value = token.get(attr)
        if isinstance(value, str | bool):
            return attr, (_id(value),)
    for attr in _ANCHORS:
        value = token.get(attr)
        if isinstance(value, dict) and set(value) == {"IN"}:
            return attr, tuple(_id(a) for a in value["IN"])
    return None


class IndexedMatch:
    """Drop-in for `AttributeRuler.match(doc)`, by look-up instead of the generic Matcher."""

    def __init__(self, ruler: Any) -> None:
        strings = ruler.vocab.strings
        # pattern number -> (attr_id, match id, per token: [(column, test)])
        self._patterns: list[tuple[int, int, list[list[tuple[int, Test]]]]] = []
        self._filed: dict[tuple[int, int], list[int]] = defaultdict(list)
        self._unfiled: list[int] = []
        used = sorted(
            {attr for e in ruler.patterns for p in e["patterns"] for t in p for attr in t}
        )
        unknown = set(used) - set(_ATTRS)
        if unknown:
            raise Unsupported(f"attribute(s) {sorted(unknown)}")
        self._attrs = used
        column = {attr: i for i, attr in enumerate(used)}
        for attr_id, entry in enumerate(ruler.patterns):
            match_id = strings.add(str(attr_id))
            for pattern in entry["patterns"]:
                tokens = [
                    [(column[attr], _test(value, strings)) for attr, value in token.items()]
                    for token in pattern
                ]
                number = len(self._patterns)
                self._patterns.append((attr_id, match_id, tokens))
                anchor = _anchor(pattern[0])
                if anchor is None:
                    self._unfiled.append(number)
                else:
                    attr, values = anchor
                    for value in values:
                        self._filed[column[attr], value].append(number)
        self._anchors = sorted({c for c, _ in self._filed})

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        if not len(doc):
            return []
        rows = doc.to_array(self._attrs).tolist()
        if len(self._attrs) == 1:  # to_array gives a flat list for one attribute
            rows = [[v] for v in rows]
        filed, patterns, unfiled, anchors = (
            self._filed,
            self._patterns,
            self._unfiled,
            self._anchors,
        )
        n = len(rows)
        found: set[tuple[int, int, int, int]] = set()
        for i, row in enumerate(rows):
            candidates = list(unfiled)
            for c in anchors:
                hit = filed.get((c, row[c]))
                if hit:
                    candidates.extend(hit)
            for number in candidates:
                attr_id, match_id, tokens = patterns[number]
                end = i + len(tokens)
                if end <= n and all(
                    test(rows[i + offset][c])
                    for offset, token in enumerate(tokens)
                    for c, test in token
                ):
                    found.add((attr_id, match_id, i, end))
        return sorted(found)


def index_attribute_ruler(nlp: Language, name: str = "attribute_ruler") -> bool:
    """Give `nlp`'s attribute ruler the indexed `match`; False if it has none or cannot."""
    if name not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe(name)
    if not isinstance(ruler, AttributeRuler):
        return False
    try:
        ruler.match = IndexedMatch(ruler)  # type: ignore[method-assign]  # replacing it is the point
    except Unsupported:
        return False
    return True
