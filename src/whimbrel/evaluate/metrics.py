"""Scoring coded events, quotes and dates against gold: pure functions over plain records.

Events are compared per gold item at up to three levels:

    root   the CAMEO root (or the PLOVER category, or the ConfliBERT class, by the set's scheme)
    dyad   source country + target country + root
    code   source country + target country + full CAMEO code

Within an item, gold events and coded events are each counted once per distinct key and
sentence (a coder that emits the same event twice from one sentence is not rewarded or
punished twice), then paired by a maximum one-to-one matching: a coded event matches a gold
event when its key is one of the gold event's acceptable keys and, where the gold names the
sentence, it comes from that sentence. Optional gold events are matched last; a coded event
matched to one counts neither as a hit nor as a false event.

`RootTally` breaks one level's matches down by root (the CAMEO root, or the PLOVER category or
five-class label): a hit counts for the coded root (one of the gold event's acceptable ones),
a miss for the gold event's preferred root, a false event for its coded root. Its confusion
list pairs each missed gold event with a false event of the same sentence and actor pair: the
coder saw the dyad but chose the wrong root.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field

from whimbrel.evaluate.codes import pentaclass_of, plover_of
from whimbrel.evaluate.records import GoldEvent, GoldQuote, Scheme

LEVELS = ("root", "dyad", "code")
# The level used for modality and date accuracy, and for --details.
PAIRING_LEVEL = {"cameo": "dyad", "plover": "dyad", "pentaclass": "root", "none": "root"}


@dataclass(frozen=True)
class CodedEvent:
    """The parts of a coded event the scorer looks at (built from `records.Event`)."""

    sentence_index: int
    sentence_text: str
    cameo: str
    source: str | None
    target: str | None
    modality: str = "asserted"
    date: str | None = None
    confidence: float = 1.0
    plover: str | None = None
    trigger: str = ""
    rule: str | None = None


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float:
        denominator = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denominator if denominator else 0.0


@dataclass
class Ratio:
    """A count of correct answers out of a total (accuracy-style measures)."""

    correct: int = 0
    total: int = 0

    def add(self, other: Ratio) -> None:
        self.correct += other.correct
        self.total += other.total

    @property
    def value(self) -> float | None:
        return self.correct / self.total if self.total else None


@dataclass
class ItemMatch:
    """The outcome of matching one item's events at one level."""

    counts: Counts
    pairs: list[tuple[GoldEvent, CodedEvent]] = field(default_factory=list)
    missed: list[GoldEvent] = field(default_factory=list)
    false: list[CodedEvent] = field(default_factory=list)


def normalise_words(text: str) -> str:
    """Lower case, straight quotes and apostrophes, one space: for 'does X contain Y' tests."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"[\u2018\u2019\u201a\u201b\u2032`´]", "'", text)
    text = re.sub(r"[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]", '"', text)
    text = re.sub(r"[\u2010-\u2015]", "-", text)
    return re.sub(r"\s+", " ", text).strip().lower()


def in_sentence(key: str | None, sentence_text: str) -> bool:
    return key is None or normalise_words(key) in normalise_words(sentence_text)


def coded_label(event: CodedEvent, scheme: Scheme, plover_table: dict[str, str]) -> str | None:
    """The coded event's label in the set's scheme (None: the scheme has no such label)."""
    if scheme == "plover":
        return event.plover or plover_of(event.cameo, plover_table)
    if scheme == "pentaclass":
        return pentaclass_of(event.cameo)
    return event.cameo


def gold_keys(event: GoldEvent, scheme: Scheme, level: str) -> frozenset[Hashable]:
    if scheme == "cameo":
        if level == "root":
            return frozenset(code[:2] for code in event.codes)
        if level == "dyad":
            return frozenset((event.source, event.target, code[:2]) for code in event.codes)
        return frozenset((event.source, event.target, code) for code in event.codes)
    if level == "root":
        return frozenset(event.codes)
    return frozenset((event.source, event.target, code) for code in event.codes)


def coded_key(label: str, event: CodedEvent, scheme: Scheme, level: str) -> Hashable:
    if scheme == "cameo":
        if level == "root":
            return label[:2]
        if level == "dyad":
            return (event.source, event.target, label[:2])
        return (event.source, event.target, label)
    if level == "root":
        return label
    return (event.source, event.target, label)


def levels_for(scheme: Scheme) -> tuple[str, ...]:
    return {"cameo": LEVELS, "plover": ("root", "dyad"), "pentaclass": ("root",)}.get(scheme, ())


def match_events(
    gold: Sequence[GoldEvent],
    coded: Sequence[CodedEvent],
    scheme: Scheme,
    level: str,
    plover_table: dict[str, str] | None = None,
) -> ItemMatch:
    """Match one item's coded events to its gold events at `level`."""
    table = plover_table or {}
    gold_units: list[tuple[GoldEvent, frozenset[Hashable]]] = []
    seen_gold: set[tuple[str | None, frozenset[Hashable], bool]] = set()
    for event in gold:
        keys = gold_keys(event, scheme, level)
        marker = (event.sentence, keys, event.optional)
        if marker not in seen_gold:
            seen_gold.add(marker)
            gold_units.append((event, keys))
    coded_units: list[tuple[CodedEvent, Hashable]] = []
    seen_coded: set[tuple[int, Hashable]] = set()
    for coded_event in coded:
        label = coded_label(coded_event, scheme, table)
        if label is None:
            # Out of the scheme (e.g. a 01 statement has no PLOVER category): not scored.
            continue
        key = coded_key(label, coded_event, scheme, level)
        if (coded_event.sentence_index, key) not in seen_coded:
            seen_coded.add((coded_event.sentence_index, key))
            coded_units.append((coded_event, key))

    def fits(g: int, c: int) -> bool:
        gold_event, keys = gold_units[g]
        coded_event, key = coded_units[c]
        return key in keys and in_sentence(gold_event.sentence, coded_event.sentence_text)

    required = [i for i, (e, _) in enumerate(gold_units) if not e.optional]
    optional = [i for i, (e, _) in enumerate(gold_units) if e.optional]
    owner: dict[int, int] = {}
    _bipartite(required, len(coded_units), fits, owner)
    matched_required = set(owner.values())
    taken = dict(owner)
    _bipartite(optional, len(coded_units), fits, taken, frozen=set(owner))
    result = ItemMatch(Counts())
    for c, g in sorted(taken.items()):
        if g in matched_required:
            result.pairs.append((gold_units[g][0], coded_units[c][0]))
    result.pairs.extend(
        (gold_units[g][0], coded_units[c][0])
        for c, g in sorted(taken.items())
        if g not in matched_required
    )
    result.missed = [gold_units[g][0] for g in required if g not in matched_required]
    result.false = [coded_units[c][0] for c in range(len(coded_units)) if c not in taken]
    result.counts = Counts(tp=len(matched_required), fp=len(result.false), fn=len(result.missed))
    return result


def root_of(label: str, scheme: Scheme) -> str:
    """The label's root: the first two digits of a CAMEO code, other schemes' label itself."""
    return label[:2] if scheme == "cameo" else label


@dataclass
class RootTally:
    """Counts per root and the (gold root, coded root) confusions, summed over items."""

    roots: dict[str, Counts] = field(default_factory=dict)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)

    def _counts(self, root: str) -> Counts:
        return self.roots.setdefault(root, Counts())

    def add(self, match: ItemMatch, scheme: Scheme, plover_table: dict[str, str]) -> None:
        """Add one item's matches (at the level the set pairs events at)."""

        def coded_root(event: CodedEvent) -> str:
            label = coded_label(event, scheme, plover_table)
            return root_of(label or "", scheme)

        for gold, coded in match.pairs:
            if not gold.optional:
                self._counts(coded_root(coded)).tp += 1
        for gold in match.missed:
            self._counts(root_of(gold.codes[0], scheme)).fn += 1
        for coded in match.false:
            self._counts(coded_root(coded)).fp += 1
        unused = list(match.false)
        dyads = scheme != "pentaclass"
        for gold in match.missed:
            for coded in unused:
                same_dyad = (gold.source, gold.target) == (coded.source, coded.target)
                if in_sentence(gold.sentence, coded.sentence_text) and (same_dyad or not dyads):
                    self.confusion[(root_of(gold.codes[0], scheme), coded_root(coded))] += 1
                    unused.remove(coded)
                    break

    def most_confused(self, limit: int = 10) -> list[tuple[str, str, int]]:
        """The most frequent wrong (gold root, coded root) pairs, most frequent first."""
        ranked = sorted(self.confusion.items(), key=lambda pair: (-pair[1], pair[0]))
        return [(gold, coded, n) for (gold, coded), n in ranked[:limit]]


def _bipartite(
    left: Sequence[int],
    n_right: int,
    fits: Callable[[int, int], bool],
    owner: dict[int, int],
    frozen: set[int] | None = None,
) -> None:
    """Kuhn's augmenting paths: extend `owner` (right -> left) to a maximum matching.

    Right nodes in `frozen` keep their owner (used to add optional gold after required gold).
    """
    locked = frozen or set()

    def augment(g: int, visited: set[int]) -> bool:
        for c in range(n_right):
            if c in visited or c in locked or not fits(g, c):
                continue
            visited.add(c)
            if c not in owner or augment(owner[c], visited):
                owner[c] = g
                return True
        return False

    for g in left:
        augment(g, set())


def main_event(coded: Sequence[CodedEvent]) -> list[CodedEvent]:
    """The sentence's main event for single-label sets: the most confident, earliest first."""
    if not coded:
        return []
    best = max(enumerate(coded), key=lambda pair: (pair[1].confidence, -pair[0]))
    return [best[1]]


def date_correct(gold: str, coded: str | None) -> bool:
    """Is the coded date right at the gold's precision ("2021-06" accepts "2021-06-15")?"""
    return coded is not None and len(coded) >= len(gold) and coded[: len(gold)] == gold


@dataclass(frozen=True)
class CodedQuote:
    text: str
    # Every name the speaker goes by here: the mention, its entity, its antecedent's text.
    speaker_names: tuple[str, ...] = ()


def match_quote(gold: GoldQuote, coded: Sequence[CodedQuote]) -> CodedQuote | None:
    """The coded quote that holds the gold quote's first and last words, if any."""
    first, last = normalise_words(gold.first), normalise_words(gold.last)
    for quote in coded:
        text = normalise_words(quote.text)
        if first in text and last in text:
            return quote
    return None


def speaker_correct(gold: GoldQuote, coded: CodedQuote | None) -> bool:
    """True when every word of the gold speaker's name is in one of the coded speaker's names."""
    if coded is None or not gold.speaker:
        return False
    wanted = normalise_words(gold.speaker).split()
    return any(
        all(word in normalise_words(name).split() for word in wanted)
        for name in coded.speaker_names
    )
