"""Gold readers, one per format, each returning a `GoldSet`.

    read_plover_gsr       PLOVER gold standard records (PLOVER categories, countries)
    read_petr2_validation PETRARCH-2 validation records (CAMEO codes, Phoenix actor codes)
    read_petr_unittest    PETRARCH unit tests (fictional states; compared on raw code prefixes)
    read_conflibert       ConfliBERT CAMEO five-class sentences (class of the main event)
    read_tempeval3        TempEval-3 TIMEX3 (TimeBank, AQUAINT and the platinum test docs)
    read_meantime         MEANTIME English TIMEX3
    read_own_gold         the project's own format (tests/gold/GUIDE.md), text from the corpus;
                          with `split`, only its `dev` or `test` passages (tests/gold/split.json)

Every reader raises `DataError` naming the file and line for a malformed record.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from itertools import product
from pathlib import Path
from typing import Any

from whimbrel.errors import DataError
from whimbrel.evaluate.codes import country_key, plover_category
from whimbrel.evaluate.records import GoldEvent, GoldItem, GoldQuote, GoldSet, GoldTimex

MODALITIES = ("asserted", "planned", "alleged", "negated", "hypothetical")
# The own gold's recorded split (scripts/split_gold.py), in a file beside the gold file.
SPLITS = ("dev", "test")
SPLIT_FILE = "split.json"


def _records(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        handle = path.open(encoding="utf-8")
    except OSError as error:
        raise DataError(str(path), f"cannot read gold file ({error.strerror})") from None
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                raise DataError(f"{path}:{number}", f"not JSON ({error.msg})") from None
            if not isinstance(record, dict):
                raise DataError(f"{path}:{number}", "expected a JSON object")
            yield number, record


def _date(value: Any, where: str, strict: bool = True) -> date | None:
    """An ISO date; upstream sets (strict=False) have the odd unparseable one: no date then."""
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        if not strict:
            return None
        raise DataError(where, f"bad date {value!r}: expected YYYY-MM-DD") from None


def parse_date(value: Any) -> date | None:
    """A corpus item's date (ISO, maybe with a time), or None when absent or unreadable."""
    return _date(value, "", strict=False)


def _require(record: dict[str, Any], key: str, where: str) -> Any:
    if key not in record:
        raise DataError(where, f"missing field {key!r}")
    return record[key]


# --- CAMEO / PLOVER sentence sets -------------------------------------------------------


def read_plover_gsr(path: Path) -> GoldSet:
    """PLOVER GSR: one sentence each; compound actors expand to one event per pair.

    Reciprocal events ("SRC/TAR" markup) expand to both directions between their actors.
    Dates are the placeholder 2000-01-01, so no date is passed to the coder or scored.
    """
    items = []
    for number, record in _records(path):
        where = f"{path}:{number}"
        events: list[GoldEvent] = []
        for event in _require(record, "events", where):
            category = plover_category(_require(event, "code", where))
            sources = [country_key(a.get("code")) for a in event.get("source") or []]
            targets = [country_key(a.get("code")) for a in event.get("target") or []]
            if event.get("reciprocal"):
                actors = list(dict.fromkeys(sources + targets))
                pairs = [(a, b) for a in actors for b in actors if a != b] or [
                    (a, None) for a in actors
                ]
            else:
                pairs = list(product(sources or [None], targets or [None]))
            events.extend(GoldEvent(codes=(category,), source=s, target=t) for s, t in pairs)
        items.append(
            GoldItem(
                id=_require(record, "id", where),
                text=record["text"],
                published=None,
                events=tuple(events),
            )
        )
    return GoldSet(
        name="plover_gsr",
        scheme="plover",
        items=tuple(items),
        description="PLOVER gold standard records (CAMEO manual sentences); scored at the "
        "PLOVER category, coded CAMEO mapped with CAMEO2PLOVER-2021",
    )


def _cameo_events(record: dict[str, Any], where: str, raw: bool) -> tuple[GoldEvent, ...]:
    events = []
    for event in _require(record, "events", where):
        code = str(_require(event, "code", where))
        source, target = event.get("source"), event.get("target")
        if raw:
            # Fictional states (Arnor, Gondor): compare on the code's first three letters.
            s = source[:3] if source else None
            t = target[:3] if target else None
        else:
            s, t = country_key(source), country_key(target)
        events.append(
            GoldEvent(codes=(code,), source=s, target=t, source_actor=source, target_actor=target)
        )
    return tuple(events)


def read_petr2_validation(path: Path) -> GoldSet:
    items = [
        GoldItem(
            id=_require(record, "id", f"{path}:{number}"),
            text=record["text"],
            published=_date(record.get("date"), f"{path}:{number}", strict=False),
            events=_cameo_events(record, f"{path}:{number}", raw=False),
            group=record.get("category"),
        )
        for number, record in _records(path)
        if not record.get("expected_error")
    ]
    return GoldSet(
        name="petr2_gsr_validation",
        scheme="cameo",
        items=tuple(items),
        description="PETRARCH-2 validation records (AFP 2008, 2014-15 news, constructed)",
    )


def read_petr_unittest(path: Path) -> GoldSet:
    """PETRARCH unit tests; records that expect a coding error are left out."""
    items = [
        GoldItem(
            id=_require(record, "id", f"{path}:{number}"),
            text=record["text"],
            published=_date(record.get("date"), f"{path}:{number}", strict=False),
            events=_cameo_events(record, f"{path}:{number}", raw=True),
        )
        for number, record in _records(path)
        if not record.get("expected_error")
    ]
    return GoldSet(
        name="petrarch2_unittest",
        scheme="cameo",
        items=tuple(items),
        description="PETRARCH unit tests (fictional states; not realistic accuracy data)",
    )


def read_conflibert(path: Path, split: str | None = "test") -> GoldSet:
    """ConfliBERT five-class sentences; by default the fixed test split (451 labelled).

    Rows without a class (NER sentences that matched no class row) are left out.
    """
    items = []
    for number, record in _records(path):
        where = f"{path}:{number}"
        if split is not None and record.get("split") != split:
            continue
        labels = [e.get("code") for e in _require(record, "events", where)]
        labels = [str(label) for label in labels if label is not None]
        if not labels:
            continue
        items.append(
            GoldItem(
                id=_require(record, "id", where),
                text=record["text"],
                published=None,
                events=tuple(GoldEvent(codes=(label,)) for label in labels[:1]),
            )
        )
    return GoldSet(
        name="conflibert_cameo",
        scheme="pentaclass",
        items=tuple(items),
        description="ConfliBERT CAMEO five-class sentences"
        + (f", {split} split" if split else "")
        + "; the most confident coded event's class against the sentence's class",
    )


# --- time expressions ------------------------------------------------------------------


def _timexes(record: dict[str, Any], where: str) -> tuple[GoldTimex, ...]:
    return tuple(
        GoldTimex(
            text=_require(t, "text", where),
            value=t.get("value"),
            kind=t.get("type") or "DATE",
            start=int(_require(t, "start", where)),
            end=int(_require(t, "end", where)),
        )
        for t in _require(record, "timexes", where)
    )


def read_tempeval3(path: Path) -> GoldSet:
    """TempEval-3 TIMEX3 gold, DCT as the publication date; platinum docs grouped apart."""
    items = []
    for number, record in _records(path):
        where = f"{path}:{number}"
        dataset = record.get("dataset") or ""
        items.append(
            GoldItem(
                id=_require(record, "id", where),
                text=_require(record, "text", where),
                published=_date(record.get("dct"), where, strict=False),
                timexes=_timexes(record, where),
                group="platinum" if "platinum" in dataset else "timebank+aquaint",
            )
        )
    return GoldSet(
        name="tempeval3_timex",
        scheme="none",
        items=tuple(items),
        description="TempEval-3 TIMEX3 (TimeBank, AQUAINT, platinum); DCT as anchor",
        has_timexes=True,
    )


def read_meantime(path: Path) -> GoldSet:
    items = []
    for number, record in _records(path):
        where = f"{path}:{number}"
        items.append(
            GoldItem(
                id=_require(record, "id", where),
                text=_require(record, "text", where),
                published=_date(record.get("dct"), where, strict=False),
                timexes=_timexes(record, where),
            )
        )
    return GoldSet(
        name="meantime_timex",
        scheme="none",
        items=tuple(items),
        description="MEANTIME English Wikinews TIMEX3; DCT as anchor",
        has_timexes=True,
    )


# --- the project's own gold ------------------------------------------------------------

_EVENT_FIELDS = {
    "sentence",
    "trigger",
    "source",
    "target",
    "source_actor",
    "target_actor",
    "cameo",
    "alternatives",
    "modality",
    "date",
    "optional",
    "reciprocal",
    "note",
}
_ITEM_FIELDS = {"id", "published", "passage", "events", "quotes", "timexes", "note"}


def load_news(path: Path, ids: set[str]) -> dict[str, str]:
    """Texts of the corpus items named in `ids` from news_items.jsonl."""
    texts: dict[str, str] = {}
    for _, record in _records(path):
        if record.get("id") in ids:
            texts[record["id"]] = record["text"]
    return texts


def select_passage(text: str, passage: dict[str, Any] | None, where: str) -> str:
    """Cut the annotated passage: from the first `from` words up to the end of `until`."""
    if not passage:
        return text
    start = 0
    if passage.get("from"):
        start = text.find(passage["from"])
        if start < 0:
            raise DataError(where, f"passage start {passage['from']!r} not in the text")
    end = len(text)
    if passage.get("until"):
        found = text.find(passage["until"], start)
        if found < 0:
            raise DataError(where, f"passage end {passage['until']!r} not in the text")
        end = found + len(passage["until"])
    return text[start:end]


def _own_event(raw: dict[str, Any], where: str, known_codes: set[str]) -> list[GoldEvent]:
    unknown = set(raw) - _EVENT_FIELDS
    if unknown:
        raise DataError(where, f"unknown event field(s) {sorted(unknown)}")
    codes = (str(_require(raw, "cameo", where)), *map(str, raw.get("alternatives", [])))
    bad = [c for c in codes if known_codes and c not in known_codes]
    if bad:
        raise DataError(where, f"unknown CAMEO code(s) {bad}")
    modality = raw.get("modality", "asserted")
    if modality not in MODALITIES:
        raise DataError(where, f"bad modality {modality!r}: expected one of {MODALITIES}")
    when = raw.get("date")
    if when is not None and len(str(when)) not in (4, 7, 10):
        raise DataError(where, f"bad date {when!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")
    event = GoldEvent(
        codes=codes,
        source=country_key(raw.get("source")),
        target=country_key(raw.get("target")),
        sentence=_require(raw, "sentence", where),
        trigger=raw.get("trigger"),
        source_actor=raw.get("source_actor"),
        target_actor=raw.get("target_actor"),
        modality=modality,
        date=when,
        optional=bool(raw.get("optional", False)),
    )
    if raw.get("source") and event.source is None:
        raise DataError(where, f"source {raw['source']!r} is not a country code")
    if raw.get("target") and event.target is None:
        raise DataError(where, f"target {raw['target']!r} is not a country code")
    if not raw.get("reciprocal"):
        return [event]
    return [
        event,
        replace(
            event,
            source=event.target,
            target=event.source,
            source_actor=event.target_actor,
            target_actor=event.source_actor,
        ),
    ]


def read_split(path: Path) -> dict[str, str]:
    """Passage id -> `dev` or `test`, from a recorded split file (`{"split": {name: [ids]}}`)."""
    try:
        record = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise DataError(str(path), f"cannot read the dev/test split ({error})") from None
    split = record.get("split") if isinstance(record, dict) else None
    if not isinstance(split, dict) or set(split) != set(SPLITS):
        raise DataError(str(path), f"expected {{'split': {{{', '.join(SPLITS)}: [ids]}}}}")
    owner: dict[str, str] = {}
    for name in SPLITS:
        for item_id in split[name]:
            if item_id in owner:
                raise DataError(str(path), f"passage {item_id!r} is in more than one split")
            owner[item_id] = name
    return owner


def split_of(gold: GoldSet, split_path: Path, split: str) -> GoldSet:
    """The passages of `gold` in one split; every passage must have been assigned."""
    if split not in SPLITS:
        raise DataError(str(split_path), f"unknown split {split!r}: expected one of {SPLITS}")
    owner = read_split(split_path)
    unassigned = [item.id for item in gold.items if item.id not in owner]
    if unassigned:
        raise DataError(
            str(split_path),
            f"{len(unassigned)} passage(s) in no split, e.g. {unassigned[0]!r} "
            "(assign them with scripts/split_gold.py)",
        )
    items = tuple(item for item in gold.items if owner[item.id] == split)
    return replace(
        gold,
        name=f"{gold.name}_{split}",
        items=items,
        description=f"{gold.description}, {split} split",
        has_quotes=any(i.quotes for i in items),
        has_timexes=any(i.timexes for i in items),
        has_dates=any(e.date for i in items for e in i.events),
    )


def read_own_gold(path: Path, news_path: Path, split: str | None = None) -> GoldSet:
    """The project's own gold: annotations in the repo, texts from the shared corpus by id.

    With `split` ("dev" or "test"), only that split's passages, as recorded in the split
    file beside `path`; the set is then named `whimbrel_gold_dev` or `whimbrel_gold_test`.
    """
    from whimbrel.events.ontology import codes as cameo_codes

    known = set(cameo_codes())
    records = list(_records(path))
    texts = load_news(news_path, {str(r.get("id")) for _, r in records})
    items = []
    for number, record in records:
        where = f"{path}:{number}"
        unknown = set(record) - _ITEM_FIELDS
        if unknown:
            raise DataError(where, f"unknown field(s) {sorted(unknown)}")
        item_id = _require(record, "id", where)
        if item_id not in texts:
            raise DataError(where, f"corpus item {item_id!r} not found in {news_path}")
        text = select_passage(texts[item_id], record.get("passage"), where)
        events: list[GoldEvent] = []
        for raw in record.get("events", []):
            events.extend(_own_event(raw, where, known))
        for event in events:
            if event.sentence and not _contains(text, event.sentence):
                raise DataError(where, f"sentence key {event.sentence!r} not in the passage")
        for quote in record.get("quotes", []):
            for key in (quote.get("first"), quote.get("last")):
                if key and not _contains(text, key):
                    raise DataError(where, f"quote words {key!r} not in the passage")
        quotes = tuple(
            GoldQuote(
                first=_require(q, "first", where),
                last=_require(q, "last", where),
                speaker=q.get("speaker"),
            )
            for q in record.get("quotes", [])
        )
        timexes = tuple(
            GoldTimex(text=_require(t, "text", where), value=t.get("value"))
            for t in record.get("timexes", [])
        )
        items.append(
            GoldItem(
                id=item_id,
                text=text,
                published=_date(record.get("published"), where),
                events=tuple(events),
                quotes=quotes,
                timexes=timexes,
            )
        )
    gold = GoldSet(
        name="whimbrel_gold",
        scheme="cameo",
        items=tuple(items),
        description="whimbrel's own hand-annotated passages (tests/gold/GUIDE.md)",
        has_quotes=any(i.quotes for i in items),
        has_timexes=any(i.timexes for i in items),
        has_modality=True,
        has_dates=any(e.date for i in items for e in i.events),
    )
    return gold if split is None else split_of(gold, path.parent / SPLIT_FILE, split)


def _contains(text: str, key: str) -> bool:
    from whimbrel.evaluate.metrics import normalise_words

    return normalise_words(key) in normalise_words(text)
