"""Score quote extraction against the hand-checked quote gold.

    python -m whimbrel.evaluate.quotes --gold tests/gold/quotes/quotes_gold.jsonl [--details]

The gold (see `tests/gold/quotes/GUIDE.md`) names corpus items by id and keys each quote by its
first and last few words; the articles are read from the shared corpus
(`<WHIMBREL_SHARED>/corpus/news/news_items.jsonl`), coded with the full pipeline, and compared:

- span recall / precision: a coded quote matches a gold quote of the same family (in marks:
  direct or partial; or indirect) when their spans overlap, one-to-one, largest overlap first.
  Indirect speech counts only in items whose gold annotates it.
- speaker accuracy: of the matched pairs, how many name the right speaker (the gold name found
  in the speaker mention's text, its entity, or its antecedent's text; a gold null needs none).
  A pronoun alone names nobody: a speaker that is a pronoun ("he said") counts only by the
  name its record carries (the actor's entity) or by its antecedent when that is not itself
  a pronoun, never by its own text.
- kind accuracy: of the matched quotes in marks, how many are rightly direct or partial.
- exact spans: of the matched quotes in marks, how many have the gold's span to the
  character (ignoring punctuation and spaces at either end).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from whimbrel.errors import DataError, InputError
from whimbrel.evaluate.metrics import Counts, Ratio, normalise_words
from whimbrel.records import CodedArticle, Quote
from whimbrel.settings import Settings

FAMILIES = ("marked", "indirect")
_KINDS = ("direct", "partial", "indirect")
# Speakers that name nobody by themselves.
PRONOUNS = frozenset(
    {"he", "she", "him", "her", "it", "they", "them", "we", "us", "i", "you", "who", "which"}
)


@dataclass(frozen=True)
class GoldQuoteRow:
    item: str
    kind: str
    first: str
    last: str
    speaker: str | None
    # Which occurrence of `first` in the article opens the quote (1-based), where the words
    # also appear earlier outside it; None: rows sharing `first` are matched in text order.
    occurrence: int | None = None

    @property
    def family(self) -> str:
        return "indirect" if self.kind == "indirect" else "marked"


@dataclass
class QuoteScore:
    spans: dict[str, Counts] = field(default_factory=lambda: {f: Counts() for f in FAMILIES})
    speaker: dict[str, Ratio] = field(default_factory=lambda: {f: Ratio() for f in FAMILIES})
    kind: Ratio = field(default_factory=Ratio)
    # Matched quotes in marks whose span is the gold's to the character (ignoring the
    # punctuation and spaces at either end).
    exact: Ratio = field(default_factory=Ratio)
    # For --details: (item, gold row, coded quote or None) and (item, coded quote) false.
    wrong_speaker: list[tuple[str, GoldQuoteRow, Quote, str]] = field(default_factory=list)
    missed: list[tuple[str, GoldQuoteRow]] = field(default_factory=list)
    false: list[tuple[str, Quote]] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {}
        for family in FAMILIES:
            counts, speaker = self.spans[family], self.speaker[family]
            out[family] = {
                "gold": counts.tp + counts.fn,
                "coded": counts.tp + counts.fp,
                "matched": counts.tp,
                "recall": counts.recall,
                "precision": counts.precision,
                "f1": counts.f1,
                "speaker_accuracy": speaker.value,
                "speaker_correct": speaker.correct,
            }
        out["kind_accuracy"] = self.kind.value
        out["exact_span_share"] = self.exact.value
        return out


def load_gold(path: Path) -> list[GoldQuoteRow]:
    """Read the gold JSONL; a malformed line is an error naming the file and line."""
    rows: list[GoldQuoteRow] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as err:
        raise InputError(str(path), f"cannot read quote gold ({err.strerror})") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            row = GoldQuoteRow(
                item=record["item"],
                kind=record["kind"],
                first=record["first"],
                last=record["last"],
                speaker=record.get("speaker"),
                occurrence=record.get("occurrence"),
            )
        except (json.JSONDecodeError, KeyError, TypeError) as err:
            raise DataError(str(path), f"line {number}: not a quote gold row ({err})") from None
        if row.kind not in _KINDS:
            raise DataError(str(path), f"line {number}: kind {row.kind!r} not in {_KINDS}")
        rows.append(row)
    return rows


def _key_pattern(key: str) -> re.Pattern[str]:
    words = [re.escape(w) for w in key.split()]
    pattern = re.sub("['’]", "['’]", r"\s+".join(words))
    return re.compile(rf"(?<!\w){pattern}(?!\w)")


def locate(text: str, rows: Sequence[GoldQuoteRow]) -> list[tuple[int, int]]:
    """The span of each gold row in `text` (the normalised article), in row order."""
    spans: list[tuple[int, int]] = []
    seen: dict[str, int] = {}
    for row in rows:
        occurrence = seen.get(row.first, 0)
        seen[row.first] = occurrence + 1
        if row.occurrence is not None:
            occurrence = row.occurrence - 1
        starts = list(_key_pattern(row.first).finditer(text))
        if len(starts) <= occurrence:
            raise DataError(row.item, f"gold key {row.first!r} not found in the article")
        start = starts[occurrence].start()
        last = _key_pattern(row.last).search(text, start)
        if last is None:
            raise DataError(row.item, f"gold key {row.last!r} not found after {row.first!r}")
        spans.append((start, last.end()))
    return spans


def speaker_names(quote: Quote, text: str) -> list[str]:
    """Every name the coded speaker goes by: mention text, entity, antecedent text; a pronoun's
    own text is no name, nor is an antecedent that is a pronoun."""
    mention = quote.speaker
    if mention is None:
        return []
    if mention.kind == "pronoun" or normalise_words(mention.text) in PRONOUNS:
        names = [mention.actor.entity] if mention.actor.entity else []
        if mention.antecedent is not None:
            antecedent = text[mention.antecedent[0] : mention.antecedent[1]]
            if normalise_words(antecedent) not in PRONOUNS:
                names.append(antecedent)
        return names
    names = [mention.text]
    if mention.actor.entity:
        names.append(mention.actor.entity)
    if mention.antecedent is not None:
        names.append(text[mention.antecedent[0] : mention.antecedent[1]])
    return names


def speaker_correct(gold: str | None, quote: Quote, text: str) -> bool:
    names = [normalise_words(n) for n in speaker_names(quote, text)]
    if gold is None:
        return not names
    for alternative in gold.split("|"):
        wanted = re.escape(normalise_words(alternative))
        if any(re.search(rf"(?<!\w){wanted}(?!\w)", name) for name in names):
            return True
    return False


def _trimmed(text: str, span: tuple[int, int]) -> tuple[int, int]:
    start, end = span
    edge = " \n.,;:!?\"'“”‘’"
    while start < end and text[start] in edge:
        start += 1
    while end > start and text[end - 1] in edge:
        end -= 1
    return start, end


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def score_item(
    item: str, rows: Sequence[GoldQuoteRow], coded: CodedArticle, score: QuoteScore
) -> None:
    """Add one article's matches to `score`."""
    text = coded.article.text
    spans = locate(text, rows)
    scored_families = {"marked"} | (
        {"indirect"} if any(r.family == "indirect" for r in rows) else set()
    )
    for family in sorted(scored_families):
        gold = [(r, s) for r, s in zip(rows, spans, strict=True) if r.family == family]
        ours = [
            q for q in coded.quotes if ("indirect" if q.kind == "indirect" else "marked") == family
        ]
        pairs = sorted(
            (
                (_overlap(gs, q.span), g, c)
                for g, (_, gs) in enumerate(gold)
                for c, q in enumerate(ours)
                if _overlap(gs, q.span) > 0
            ),
            reverse=True,
        )
        gold_taken: dict[int, int] = {}
        ours_taken: set[int] = set()
        for _, g, c in pairs:
            if g not in gold_taken and c not in ours_taken:
                gold_taken[g] = c
                ours_taken.add(c)
        counts = Counts(
            tp=len(gold_taken), fp=len(ours) - len(ours_taken), fn=len(gold) - len(gold_taken)
        )
        score.spans[family].add(counts)
        for g, c in sorted(gold_taken.items()):
            row, quote = gold[g][0], ours[c]
            right = speaker_correct(row.speaker, quote, text)
            score.speaker[family].add(Ratio(int(right), 1))
            if not right:
                said = ", ".join(speaker_names(quote, text)) or "none"
                score.wrong_speaker.append((item, row, quote, said))
            if family == "marked":
                score.kind.add(Ratio(int(row.kind == quote.kind), 1))
                exact = _trimmed(text, gold[g][1]) == _trimmed(text, quote.span)
                score.exact.add(Ratio(int(exact), 1))
        score.missed.extend((item, gold[g][0]) for g in range(len(gold)) if g not in gold_taken)
        score.false.extend((item, ours[c]) for c in range(len(ours)) if c not in ours_taken)


def score_quotes(rows: Sequence[GoldQuoteRow], coded: Mapping[str, CodedArticle]) -> QuoteScore:
    score = QuoteScore()
    by_item: dict[str, list[GoldQuoteRow]] = {}
    for row in rows:
        by_item.setdefault(row.item, []).append(row)
    for item, item_rows in by_item.items():
        score_item(item, item_rows, coded[item], score)
    return score


def read_items(corpus_file: Path, ids: set[str]) -> dict[str, dict]:
    if not corpus_file.is_file():
        raise InputError(str(corpus_file), "news corpus not found (set WHIMBREL_SHARED)")
    found: dict[str, dict] = {}
    with corpus_file.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record["id"] in ids:
                found[record["id"]] = record
    missing = ids - set(found)
    if missing:
        raise InputError(str(corpus_file), f"gold items not in the corpus: {sorted(missing)}")
    return found


def evaluate(gold_path: Path, settings: Settings | None = None) -> QuoteScore:
    """Code the gold's articles from the shared corpus and score their quotes."""
    from whimbrel.pipeline import Coder, make_article

    settings = settings or Settings.from_env()
    rows = load_gold(gold_path)
    corpus_file = settings.shared_dir / "corpus" / "news" / "news_items.jsonl"
    records = read_items(corpus_file, {r.item for r in rows})
    coder = Coder.load(settings)
    articles = [
        make_article(
            r["text"],
            date.fromisoformat(r["date"][:10]) if r.get("date") else None,
            id=r["id"],
            title=r.get("title"),
        )
        for r in records.values()
    ]
    coded = {c.article.id: c for c in coder.code_many(articles)}
    return score_quotes(rows, coded)


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.1f}%"


def report(score: QuoteScore, details: bool = False) -> str:
    lines = ["family     gold  coded  matched  recall  precision  speaker-accuracy"]
    for family in FAMILIES:
        c, s = score.spans[family], score.speaker[family]
        lines.append(
            f"{family:<9} {c.tp + c.fn:>5} {c.tp + c.fp:>6} {c.tp:>8}  {_pct(c.recall):>6}"
            f"  {_pct(c.precision):>9}  {_pct(s.value):>8} ({s.correct}/{s.total})"
        )
    lines.append(
        f"kind (direct/partial) accuracy on matched quotes in marks: {_pct(score.kind.value)}"
    )
    lines.append(f"matched quotes in marks with the gold's exact span: {_pct(score.exact.value)}")
    if details:
        lines.append("\nwrong speakers:")
        lines += [
            f"  {i}: {r.first!r} gold={r.speaker!r} ours={s!r}"
            for i, r, _, s in score.wrong_speaker
        ]
        lines.append("missed:")
        lines += [f"  {i}: {r.kind} {r.first!r} ... {r.last!r}" for i, r in score.missed]
        lines.append("false:")
        lines += [f"  {i}: {q.kind} {q.text[:70]!r}" for i, q in score.false]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m whimbrel.evaluate.quotes", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--gold", type=Path, default=Path("tests/gold/quotes/quotes_gold.jsonl"))
    parser.add_argument(
        "--shared", type=Path, help="the shared folder (default: WHIMBREL_SHARED or ../shared)"
    )
    parser.add_argument(
        "--details", action="store_true", help="list misses, false quotes, wrong speakers"
    )
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args(argv)
    settings = Settings.from_env()
    if args.shared is not None:
        from dataclasses import replace

        settings = replace(settings, shared_dir=args.shared)
    try:
        score = evaluate(args.gold, settings)
    except (InputError, DataError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 1
    print(json.dumps(score.as_dict(), indent=2) if args.json else report(score, args.details))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
