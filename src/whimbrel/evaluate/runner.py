"""Run the coder over a gold set and score it; find the gold sets under the shared corpus.

The coder sees only `Article(id, text, published)` built from each gold item: no code, actor
or answer from the gold ever reaches it. Items are coded in their file order, so the same
command gives the same numbers.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from whimbrel.errors import DataError, InputError
from whimbrel.evaluate import readers
from whimbrel.evaluate.codes import actor_key, plover_category, read_cameo2plover
from whimbrel.evaluate.metrics import (
    PAIRING_LEVEL,
    CodedEvent,
    CodedQuote,
    Counts,
    Ratio,
    RootTally,
    date_correct,
    levels_for,
    main_event,
    match_events,
    match_quote,
    normalise_words,
    speaker_correct,
)
from whimbrel.evaluate.records import GoldItem, GoldSet
from whimbrel.evaluate.timexes import CodedTimex, TimexScore, score_by_text, score_spans
from whimbrel.records import Article, CodedArticle

GOLD_DIR = Path("corpus/gold")
NEWS_FILE = Path("corpus/news/news_items.jsonl")
PLOVER_TABLE = Path("corpus/dictionaries/CAMEO2PLOVER-2021.txt")
OWN_GOLD = Path("tests/gold/events_gold.jsonl")
# The quotes gold (its own format and scorer, `evaluate/quotes.py`), beside OWN_GOLD.
QUOTE_GOLD = {
    "whimbrel_quotes": Path("quotes/quotes_gold.jsonl"),
    "whimbrel_quotes_heldout": Path("quotes/quotes_heldout.jsonl"),
    "whimbrel_quotes_test": Path("quotes/quotes_test.jsonl"),
    "whimbrel_quotes_blind": Path("quotes/quotes_blind.jsonl"),
}


@dataclass(frozen=True)
class SharedSet:
    """A gold set of the shared corpus: its file, the `dataset` its records carry, its reader."""

    file: str  # under corpus/gold
    dataset: str  # a record's `dataset` is this, or starts with it and "_"
    reader: Callable[[Path], GoldSet]
    # Run only when named with --set, never by `all` (petrarch2_unittest: fictional states).
    on_request: bool = False

    def holds(self, dataset: object) -> bool:
        return isinstance(dataset, str) and (
            dataset == self.dataset or dataset.startswith(self.dataset + "_")
        )


# The one registry of shared gold sets: `all` runs them in this order (those not on
# request), then the project's own gold; a gold file is recognised by its name or dataset.
SHARED_SETS: dict[str, SharedSet] = {
    "plover_gsr": SharedSet("plover_gsr/plover_gsr.jsonl", "plover_gsr", readers.read_plover_gsr),
    "petr2_gsr_validation": SharedSet(
        "petr2_gsr_validation/petr2_gsr_validation.jsonl",
        "petr2_gsr_validation",
        readers.read_petr2_validation,
    ),
    "conflibert_cameo": SharedSet(
        "conflibert_cameo/conflibert_cameo_pentaclass.jsonl",
        "conflibert_cameo_pentaclass",
        readers.read_conflibert,
    ),
    "tempeval3_timex": SharedSet(
        "temporal/tempeval3_timex_gold.jsonl", "tempeval3", readers.read_tempeval3
    ),
    "meantime_timex": SharedSet(
        "temporal/meantime_en_events_timex.jsonl", "meantime_en", readers.read_meantime
    ),
    "petrarch2_unittest": SharedSet(
        "petrarch2_unittest/petr_unittest.jsonl",
        "petrarch2_unittest",
        readers.read_petr_unittest,
        on_request=True,
    ),
}
OWN_SET = "whimbrel_gold"
# The own gold's recorded dev/test split (tests/gold/split.json): set name -> split.
OWN_SPLITS = {f"{OWN_SET}_{split}": split for split in readers.SPLITS}


class SupportsCodeMany(Protocol):
    def code_many(self, articles: Iterable[Article]) -> Iterator[CodedArticle]: ...


@dataclass
class Detail:
    """One thing a developer should look at: a missed or false event, quote, or timex value."""

    kind: str  # miss | false | quote | timex
    item: str
    sentence: str
    gold: str = ""
    coded: str = ""


@dataclass
class SetResult:
    name: str
    scheme: str
    description: str
    items: int
    gold_events: int
    levels: dict[str, Counts] = field(default_factory=dict)
    modality: Ratio | None = None
    dates: Ratio | None = None
    quotes_found: Ratio | None = None
    quote_speakers: Ratio | None = None
    timex: dict[str, TimexScore] = field(default_factory=dict)
    timex_spans: bool = True
    skipped: list[str] = field(default_factory=list)
    details: list[Detail] = field(default_factory=list)
    # Further measures a set's own scorer reports (name -> correct/total).
    extra: dict[str, Ratio] = field(default_factory=dict)
    # Event counts per item group (e.g. PETR-2's AFP / GOLD / VERB records), per level.
    groups: dict[str, dict[str, Counts]] = field(default_factory=dict)
    # Per-root counts and root confusions at the set's pairing level (metrics.RootTally).
    by_root: RootTally = field(default_factory=RootTally)

    def to_dict(self, details: bool = False) -> dict[str, Any]:
        def counts(c: Counts) -> dict[str, Any]:
            return {
                "tp": c.tp,
                "fp": c.fp,
                "fn": c.fn,
                "precision": _round(c.precision),
                "recall": _round(c.recall),
                "f1": _round(c.f1),
            }

        def ratio(r: Ratio | None) -> dict[str, Any] | None:
            if r is None:
                return None
            return {"correct": r.correct, "total": r.total, "accuracy": _round(r.value)}

        out: dict[str, Any] = {
            "set": self.name,
            "scheme": self.scheme,
            "description": self.description,
            "items": self.items,
            "gold_events": self.gold_events,
            "levels": {name: counts(c) for name, c in self.levels.items()},
            "modality": ratio(self.modality),
            "dates": ratio(self.dates),
            "quotes_found": ratio(self.quotes_found),
            "quote_speakers": ratio(self.quote_speakers),
            "timex": {
                group: {
                    "strict": counts(score.strict) if self.timex_spans else None,
                    "relaxed": counts(score.relaxed),
                    "value": ratio(score.value),
                }
                for group, score in self.timex.items()
            },
            "extra": {name: ratio(value) for name, value in self.extra.items()},
            "groups": {
                group: {level: counts(c) for level, c in by_level.items()}
                for group, by_level in sorted(self.groups.items())
            },
            "skipped": self.skipped,
            "roots": {root: counts(c) for root, c in sorted(self.by_root.roots.items())},
            "confusion": [list(row) for row in self.by_root.most_confused()],
        }
        if details:
            out["details"] = [vars(d) for d in self.details]
        return out


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def evaluate_set(
    gold: GoldSet,
    coder: SupportsCodeMany,
    plover_table: dict[str, str] | None = None,
) -> SetResult:
    """Code every item of `gold` with `coder` and score the output."""
    if gold.scheme == "plover" and not plover_table:
        raise InputError(gold.name, "PLOVER set needs the CAMEO->PLOVER table")
    result = SetResult(
        name=gold.name,
        scheme=gold.scheme,
        description=gold.description,
        items=len(gold.items),
        gold_events=sum(1 for i in gold.items for e in i.events if not e.optional),
        levels={level: Counts() for level in levels_for(gold.scheme)},
        modality=Ratio() if gold.has_modality else None,
        dates=Ratio() if gold.has_dates else None,
        quotes_found=Ratio() if gold.has_quotes else None,
        quote_speakers=Ratio() if gold.has_quotes else None,
        timex_spans=all(t.start is not None for i in gold.items for t in i.timexes),
    )
    usable = [item for item in gold.items if item.text.strip()]
    result.skipped = [item.id for item in gold.items if not item.text.strip()]
    # Only the text, the id and the date go to the coder.
    articles = (Article(id=i.id, text=i.text, published=i.published) for i in usable)
    for item, coded in zip(usable, coder.code_many(articles), strict=True):
        _score_item(item, coded, gold, result, plover_table or {})
    return result


def coded_events(coded: CodedArticle) -> list[CodedEvent]:
    return [
        CodedEvent(
            sentence_index=e.sentence.index,
            sentence_text=e.sentence.text,
            cameo=e.cameo,
            source=actor_key(e.source.actor) if e.source else None,
            target=actor_key(e.target.actor) if e.target else None,
            modality=e.modality,
            date=e.date,
            confidence=e.confidence,
            plover=plover_category(e.plover) if e.plover else None,
            trigger=e.trigger_text,
            rule=e.rule,
        )
        for e in coded.events
    ]


def coded_quotes(coded: CodedArticle) -> list[CodedQuote]:
    text = coded.article.text
    out = []
    for quote in coded.quotes:
        names: list[str] = []
        if quote.speaker is not None:
            names.append(quote.speaker.text)
            if quote.speaker.actor.entity:
                names.append(quote.speaker.actor.entity)
            if quote.speaker.antecedent:
                start, end = quote.speaker.antecedent
                names.append(text[start:end])
        out.append(CodedQuote(text=quote.text, speaker_names=tuple(names)))
    return out


def _score_item(
    item: GoldItem,
    coded: CodedArticle,
    gold: GoldSet,
    result: SetResult,
    plover_table: dict[str, str],
) -> None:
    events = coded_events(coded)
    if gold.scheme == "pentaclass":
        events = main_event(events)
    pairing = PAIRING_LEVEL[gold.scheme]
    for level, total in result.levels.items():
        matched = match_events(item.events, events, gold.scheme, level, plover_table)
        total.add(matched.counts)
        if item.group is not None:
            result.groups.setdefault(item.group, {}).setdefault(level, Counts()).add(matched.counts)
        if level != pairing:
            continue
        result.by_root.add(matched, gold.scheme, plover_table)
        for gold_event, coded_event in matched.pairs:
            if result.modality is not None and gold_event.modality:
                result.modality.add(Ratio(int(coded_event.modality == gold_event.modality), 1))
            if result.dates is not None and gold_event.date:
                result.dates.add(Ratio(int(date_correct(gold_event.date, coded_event.date)), 1))
        for gold_event in matched.missed:
            result.details.append(
                Detail(
                    "miss",
                    item.id,
                    _sentence_of(gold_event.sentence, coded, item),
                    gold=_describe_gold(gold_event),
                )
            )
        for coded_event in matched.false:
            result.details.append(
                Detail(
                    "false",
                    item.id,
                    coded_event.sentence_text,
                    coded=_describe_coded(coded_event),
                )
            )
    if item.quotes and result.quotes_found is not None and result.quote_speakers is not None:
        quotes = coded_quotes(coded)
        for gold_quote in item.quotes:
            found = match_quote(gold_quote, quotes)
            right = speaker_correct(gold_quote, found)
            result.quotes_found.add(Ratio(int(found is not None), 1))
            result.quote_speakers.add(Ratio(int(right), 1))
            if not right:
                result.details.append(
                    Detail(
                        "quote",
                        item.id,
                        f"“{gold_quote.first} … {gold_quote.last}”",
                        gold=f"speaker {gold_quote.speaker}",
                        coded="not found" if found is None else f"speaker {found.speaker_names}",
                    )
                )
    if item.timexes:
        ours = [CodedTimex(t.text, t.span[0], t.span[1], t.value) for t in coded.timexes]
        if result.timex_spans:
            score = score_spans(item.text, item.timexes, coded.article.text, ours)
        else:
            score = score_by_text(item.timexes, ours)
        group = item.group or "all"
        result.timex.setdefault(group, TimexScore()).add(score)
        for gold_timex, mine in score.wrong:
            result.details.append(
                Detail(
                    "timex",
                    item.id,
                    gold_timex.text,
                    gold=str(gold_timex.value),
                    coded="not found" if mine is None else f"{mine.text!r} -> {mine.value}",
                )
            )


def _sentence_of(key: str | None, coded: CodedArticle, item: GoldItem) -> str:
    if key is None:
        return item.text
    wanted = normalise_words(key)
    for sentence in coded.sentences:
        if wanted in normalise_words(sentence.text):
            return sentence.text
    return key


def _describe_gold(event: Any) -> str:
    codes = "|".join(event.codes)
    extra = f" {event.modality}" if event.modality and event.modality != "asserted" else ""
    when = f" @{event.date}" if event.date else ""
    trigger = f" [{event.trigger}]" if event.trigger else ""
    return f"{event.source or '-'} -> {event.target or '-'} {codes}{extra}{when}{trigger}"


def _describe_coded(event: CodedEvent) -> str:
    extra = f" {event.modality}" if event.modality != "asserted" else ""
    when = f" @{event.date}" if event.date else ""
    rule = f" ({event.rule})" if event.rule else ""
    return (
        f"{event.source or '-'} -> {event.target or '-'} {event.cameo}{extra}{when}"
        f" [{event.trigger}]{rule}"
    )


# --- finding and loading gold sets -----------------------------------------------------


def load_plover_table(shared_dir: Path) -> dict[str, str]:
    """CAMEO code -> PLOVER category: the events layer's packaged table when it has one
    (`events.ontology.plover_table`), else PLOVER's CAMEO2PLOVER file in the shared corpus."""
    try:
        from whimbrel.events import ontology

        packaged = ontology.plover_table()
    except (ImportError, AttributeError):
        packaged = {}
    if packaged:
        return {code: plover_category(entry.event) for code, entry in packaged.items()}
    return read_cameo2plover(shared_dir / PLOVER_TABLE)


def available_sets(shared_dir: Path, own_gold: Path | None = OWN_GOLD) -> list[str]:
    """Names of the gold sets `all` runs: those found under `shared_dir`, then our own."""
    names = [
        name
        for name, shared in SHARED_SETS.items()
        if not shared.on_request and (shared_dir / GOLD_DIR / shared.file).is_file()
    ]
    if own_gold is not None and (shared_dir / NEWS_FILE).is_file():
        if own_gold.is_file():
            names.append(OWN_SET)
            if (own_gold.parent / readers.SPLIT_FILE).is_file():
                names += list(OWN_SPLITS)
        names += [n for n, p in QUOTE_GOLD.items() if (own_gold.parent / p).is_file()]
    return names


def load_set(name: str, shared_dir: Path, own_gold: Path | None = OWN_GOLD) -> GoldSet:
    if name in QUOTE_GOLD:
        raise InputError(name, "a quote gold set: run it through `run` (whimbrel eval all)")
    if name == OWN_SET:
        if own_gold is None or not own_gold.is_file():
            raise InputError(str(own_gold), "the project's gold file was not found")
        return readers.read_own_gold(own_gold, shared_dir / NEWS_FILE)
    if name in OWN_SPLITS:
        if own_gold is None or not own_gold.is_file():
            raise InputError(str(own_gold), "the project's gold file was not found")
        return readers.read_own_gold(own_gold, shared_dir / NEWS_FILE, OWN_SPLITS[name])
    if name not in SHARED_SETS:
        known = ", ".join([*SHARED_SETS, OWN_SET, *OWN_SPLITS, *QUOTE_GOLD])
        raise InputError(name, f"unknown gold set (known: {known})")
    shared = SHARED_SETS[name]
    path = shared_dir / GOLD_DIR / shared.file
    if not path.is_file():
        raise InputError(str(path), f"gold set {name} not found (set WHIMBREL_SHARED)")
    return shared.reader(path)


def read_gold_file(path: Path, shared_dir: Path) -> GoldSet:
    """Read one gold file, recognising the format by its file name or first record."""
    for shared in SHARED_SETS.values():
        if path.name == Path(shared.file).name:
            return shared.reader(path)
    try:
        with path.open(encoding="utf-8") as handle:
            first = json.loads(handle.readline() or "{}")
    except (OSError, json.JSONDecodeError) as error:
        raise DataError(str(path), f"cannot read a gold record ({error})") from None
    dataset = first.get("dataset") if isinstance(first, dict) else None
    for shared in SHARED_SETS.values():
        if shared.holds(dataset):
            return shared.reader(path)
    return readers.read_own_gold(path, shared_dir / NEWS_FILE)


def shared_root(path: Path) -> Path | None:
    """The shared folder a directory argument names: the root, its corpus/ or corpus/gold/."""
    for candidate in (path, path.parent, path.parent.parent):
        if (candidate / GOLD_DIR).is_dir():
            return candidate
    return None


def run(
    gold: str,
    coder: SupportsCodeMany,
    shared_dir: Path,
    set_names: Iterable[str] = (),
    own_gold: Path | None = OWN_GOLD,
) -> list[SetResult]:
    """What `whimbrel eval GOLD` does: pick the sets, code them, score them, in order.

    `gold` is "all" (every set under `shared_dir` plus our own), a shared folder, or one
    gold file. `set_names` narrows "all" (or a folder) to the named sets.
    """
    wanted = list(set_names)
    path = Path(gold)
    sets: list[GoldSet]
    if gold == "all" or path.is_dir():
        if gold != "all":
            root = shared_root(path)
            if root is None:
                raise InputError(gold, f"no {GOLD_DIR} folder here")
            shared_dir = root
        if not (shared_dir / GOLD_DIR).is_dir():
            raise InputError(str(shared_dir), f"no {GOLD_DIR} folder (set WHIMBREL_SHARED)")
        names = wanted or available_sets(shared_dir, own_gold)
        quote_sets = [n for n in names if n in QUOTE_GOLD]
        sets = [load_set(name, shared_dir, own_gold) for name in names if name not in QUOTE_GOLD]
    elif path.is_file():
        quote_sets = []
        sets = [read_gold_file(path, shared_dir)]
        if wanted and sets[0].name == OWN_SET and set(wanted) <= set(OWN_SPLITS):
            split_file = path.parent / readers.SPLIT_FILE
            sets = [readers.split_of(sets[0], split_file, OWN_SPLITS[n]) for n in wanted]
        elif wanted and sets[0].name not in wanted:
            raise InputError(gold, f"holds set {sets[0].name}, not {', '.join(wanted)}")
    else:
        raise InputError(gold, "no such gold file or folder (or use `all`)")
    table: dict[str, str] | None = None
    results = []
    for gold_set in sets:
        if gold_set.scheme == "plover" and table is None:
            table = load_plover_table(shared_dir)
        results.append(evaluate_set(gold_set, coder, table))
    for name in quote_sets:
        if own_gold is None:
            raise InputError(name, "the quote gold lives beside the project's gold file")
        results.append(
            evaluate_quote_gold(name, own_gold.parent / QUOTE_GOLD[name], coder, shared_dir)
        )
    return results


def evaluate_quote_gold(
    name: str, path: Path, coder: SupportsCodeMany, shared_dir: Path
) -> SetResult:
    """Score the quotes gold with its own scorer (`evaluate/quotes.py`), coding with `coder`.

    As everywhere, the coder gets only each item's text, id and date.
    """
    from whimbrel.evaluate import quotes as quote_eval

    rows = quote_eval.load_gold(path)
    records = quote_eval.read_items(shared_dir / NEWS_FILE, {r.item for r in rows})
    articles = [
        Article(id=r["id"], text=r["text"], published=readers.parse_date(r.get("date")))
        for r in records.values()
    ]
    coded = {c.article.id: c for c in coder.code_many(articles)}
    score = quote_eval.score_quotes(rows, coded)
    marked = score.spans["marked"]
    result = SetResult(
        name=name,
        scheme="none",
        description=f"quote gold {path} scored by whimbrel.evaluate.quotes",
        items=len(records),
        gold_events=0,
        quotes_found=Ratio(marked.tp, marked.tp + marked.fn),
    )
    result.extra["quote spans in marks: precision"] = Ratio(marked.tp, marked.tp + marked.fp)
    result.extra["quote-speaker accuracy (matched, in marks)"] = score.speaker["marked"]
    if score.speaker["indirect"].total or score.spans["indirect"].fn:
        indirect = score.spans["indirect"]
        result.extra["indirect quotes found"] = Ratio(indirect.tp, indirect.tp + indirect.fn)
        result.extra["quote-speaker accuracy (matched, indirect)"] = score.speaker["indirect"]
    result.extra["quote kind accuracy (direct/partial)"] = score.kind
    for item, row in score.missed:
        result.details.append(
            Detail(
                "quote",
                item,
                f"“{row.first} … {row.last}”",
                gold=f"{row.kind}, speaker {row.speaker}",
                coded="not found",
            )
        )
    for item, row, _, said in score.wrong_speaker:
        result.details.append(
            Detail(
                "quote",
                item,
                f"“{row.first} … {row.last}”",
                gold=f"speaker {row.speaker}",
                coded=f"speaker {said}",
            )
        )
    return result
