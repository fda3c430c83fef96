"""The runner with a scripted stand-in coder: what reaches the coder, and how it is scored."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

import pytest

from whimbrel.errors import DataError, InputError
from whimbrel.evaluate import report
from whimbrel.evaluate.records import GoldEvent, GoldItem, GoldQuote, GoldSet, GoldTimex
from whimbrel.evaluate.runner import evaluate_set, run
from whimbrel.records import (
    Actor,
    Article,
    CodedArticle,
    Event,
    Mention,
    Quote,
    Sentence,
    Timex,
)


def mention(text: str, country: str | None, code: str | None = None) -> Mention:
    return Mention(text, (0, len(text)), Actor(code or country, country, None, None))


def event(sentence: Sentence, cameo: str, source: str, target: str | None, **kw) -> Event:
    return Event(
        id=f"e{cameo}",
        sentence=sentence,
        trigger_text="x",
        trigger_span=sentence.span,
        source=mention(source, source),
        target=mention(target, target) if target else None,
        cameo=cameo,
        root=cameo[:2],
        quad_class=1,
        goldstein=0.0,
        modality=kw.pop("modality", "asserted"),
        confidence=kw.pop("confidence", 0.8),
        **kw,
    )


class ScriptedCoder:
    """Returns canned output per article id and records every Article it is given."""

    def __init__(self, script: dict[str, dict]) -> None:
        self.script = script
        self.seen: list[Article] = []

    def code_many(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        for article in articles:
            self.seen.append(article)
            sentence = Sentence(0, (0, len(article.text)), article.text)
            parts = self.script.get(article.id, {})
            yield CodedArticle(
                article=article,
                sentences=(sentence,),
                events=tuple(make(sentence) for make in parts.get("events", [])),
                quotes=tuple(parts.get("quotes", [])),
                timexes=tuple(parts.get("timexes", [])),
            )


TEXT = "On Tuesday Russia accused Ukraine, and Kyiv said “we deny it all” in Kiev."
GOLD = GoldSet(
    name="toy",
    scheme="cameo",
    items=(
        GoldItem(
            id="a",
            text=TEXT,
            published=date(2021, 12, 4),
            events=(
                GoldEvent(
                    codes=("112", "1123"),
                    source="RUS",
                    target="UKR",
                    sentence="Russia accused",
                    modality="asserted",
                    date="2021-11-30",
                ),
                GoldEvent(
                    codes=("016",),
                    source="UKR",
                    target="RUS",
                    sentence="we deny",
                    modality="negated",
                ),
            ),
            quotes=(GoldQuote("we deny", "all", "Kyiv"),),
            timexes=(GoldTimex("On Tuesday", "2021-11-30"),),
        ),
        GoldItem(id="b", text="Nothing happened here.", published=None),
        GoldItem(id="c", text="   ", published=None),
    ),
    has_quotes=True,
    has_timexes=True,
    has_modality=True,
    has_dates=True,
)
SCRIPT = {
    "a": {
        "events": [
            lambda s: event(s, "1123", "RUS", "UKR", date="2021-11-30"),
            lambda s: event(s, "016", "UKR", "RUS", modality="asserted"),
            lambda s: event(s, "190", "RUS", "UKR"),
        ],
        "quotes": [
            Quote("q1", "we deny it all", (40, 54), "direct", mention("Kyiv", "UKR"), "said"),
        ],
        "timexes": [Timex("On Tuesday", (0, 10), "2021-11-30", "day")],
    },
    "b": {"events": [lambda s: event(s, "010", "USA", None)]},
}


def test_only_text_id_and_date_reach_the_coder():
    coder = ScriptedCoder(SCRIPT)
    evaluate_set(GOLD, coder)
    assert [a.id for a in coder.seen] == ["a", "b"]  # the blank item is skipped, not coded
    for article, item in zip(coder.seen, GOLD.items, strict=False):
        assert article == Article(id=item.id, text=item.text, published=item.published)


def test_scores_events_modality_dates_quotes_and_timexes():
    result = evaluate_set(GOLD, ScriptedCoder(SCRIPT))
    dyad = result.levels["dyad"]
    # Hits: RUS->UKR 11, UKR->RUS 01. False: RUS->UKR 19 in a, USA 01 in b.
    assert (dyad.tp, dyad.fp, dyad.fn) == (2, 2, 0)
    assert (result.levels["code"].tp, result.levels["code"].fp) == (2, 2)
    assert (result.modality.correct, result.modality.total) == (1, 2)
    assert (result.dates.correct, result.dates.total) == (1, 1)
    assert (result.quote_speakers.correct, result.quote_speakers.total) == (1, 1)
    assert result.timex["all"].value.correct == 1
    assert result.skipped == ["c"]
    assert sorted(d.kind for d in result.details) == ["false", "false"]
    text = report.details_text([result])
    assert "RUS -> UKR 190" in text and "USA -> - 010" in text


def test_same_input_same_numbers_and_renderings():
    first = evaluate_set(GOLD, ScriptedCoder(SCRIPT))
    second = evaluate_set(GOLD, ScriptedCoder(SCRIPT))
    assert first.to_dict(details=True) == second.to_dict(details=True)
    table = report.markdown([first])
    assert "| toy | 3 | 2 | country dyad + root | 50.0 | 100.0 | 66.7 |" in table
    assert "quote-speaker accuracy" in table


def test_per_root_report_and_confusions_in_every_format():
    gold = GoldSet(
        name="roots",
        scheme="cameo",
        items=(
            GoldItem(
                id="a",
                text=TEXT,
                published=None,
                events=(
                    GoldEvent(codes=("112",), source="RUS", target="UKR"),
                    GoldEvent(codes=("016",), source="UKR", target="RUS"),
                ),
            ),
        ),
    )
    script = {
        "a": {
            "events": [
                lambda s: event(s, "190", "RUS", "UKR"),  # right dyad, wrong root
                lambda s: event(s, "016", "UKR", "RUS"),  # a hit
            ]
        }
    }
    result = evaluate_set(gold, ScriptedCoder(script))
    roots = result.to_dict()["roots"]
    assert (roots["01"]["tp"], roots["11"]["fn"], roots["19"]["fp"]) == (1, 1, 1)
    assert roots["01"]["precision"] == 1.0 and roots["11"]["recall"] == 0.0
    assert result.to_dict()["confusion"] == [["11", "19", 1]]
    table = report.markdown([result])
    assert "**Events per root**" in table
    assert "| roots | country dyad + root | 19 fight | 0 | 1 | 0.0 | - | 0.0 |" in table
    assert "| roots | 11 disapprove | 19 fight | 1 |" in table
    titles = [t.title for t in report.rich_tables([result])]
    assert "Events per root" in titles and any("wrong roots" in str(t) for t in titles)


def test_baseline_round_trip(tmp_path):
    result = evaluate_set(GOLD, ScriptedCoder(SCRIPT))
    record = report.baseline_record([result], "en_core_web_md", "2026-01-01")
    path = tmp_path / "baseline.json"
    report.write_baseline(path, record)
    assert report.read_baseline(path)["sets"]["toy"]["dyad"] == round(result.levels["dyad"].f1, 4)


def _shared_tree(root) -> None:
    """A miniature shared folder: one PETR-2 file, the news corpus, and our own gold."""
    gold_dir = root / "corpus" / "gold" / "petr2_gsr_validation"
    gold_dir.mkdir(parents=True)
    (gold_dir / "petr2_gsr_validation.jsonl").write_text(
        '{"id": "p1", "text": "Russia accused Ukraine.", "date": "2015-06-09", '
        '"events": [{"code": "112", "source": "RUS", "target": "UKR"}]}\n',
        encoding="utf-8",
    )
    news = root / "corpus" / "news"
    news.mkdir(parents=True)
    (news / "news_items.jsonl").write_text(
        '{"id": "n1", "text": "Russia accused Ukraine of shelling."}\n', encoding="utf-8"
    )


def test_run_all_finds_the_sets_present_and_our_own(tmp_path):
    shared = tmp_path / "shared"
    _shared_tree(shared)
    own = tmp_path / "events_gold.jsonl"
    own.write_text(
        '{"id": "n1", "published": "2015-06-09", "events": [{"sentence": "Russia accused", '
        '"source": "RUS", "target": "UKR", "cameo": "112"}]}\n',
        encoding="utf-8",
    )
    script = {"p1": {"events": [lambda s: event(s, "112", "RUS", "UKR")]}}
    results = run("all", ScriptedCoder(script), shared, own_gold=own)
    assert [r.name for r in results] == ["petr2_gsr_validation", "whimbrel_gold"]
    assert results[0].levels["code"].tp == 1 and results[1].levels["dyad"].fn == 1
    # A folder argument finds the shared root from corpus/gold as well.
    by_folder = run(str(shared / "corpus" / "gold"), ScriptedCoder(script), tmp_path, own_gold=None)
    assert [r.name for r in by_folder] == ["petr2_gsr_validation"]
    only = run("all", ScriptedCoder(script), shared, ["whimbrel_gold"], own_gold=own)
    assert [r.name for r in only] == ["whimbrel_gold"]


def test_run_scores_the_recorded_dev_and_test_splits_of_our_gold(tmp_path):
    shared = tmp_path / "shared"
    _shared_tree(shared)
    news = shared / "corpus" / "news" / "news_items.jsonl"
    news.write_text(
        '{"id": "n1", "text": "Russia accused Ukraine of shelling."}\n'
        '{"id": "n2", "text": "Ukraine accused Russia of shelling."}\n',
        encoding="utf-8",
    )
    own = tmp_path / "events_gold.jsonl"
    own.write_text(
        '{"id": "n1", "published": null, "events": [{"sentence": "Russia accused", '
        '"source": "RUS", "target": "UKR", "cameo": "112"}]}\n'
        '{"id": "n2", "published": null, "events": []}\n',
        encoding="utf-8",
    )
    split = tmp_path / "split.json"
    split.write_text('{"seed": 1, "split": {"dev": ["n2"], "test": ["n1"]}}', encoding="utf-8")
    script = {
        "n1": {"events": [lambda s: event(s, "112", "RUS", "UKR")]},
        "n2": {"events": [lambda s: event(s, "112", "UKR", "RUS")]},
    }
    names = ["whimbrel_gold_dev", "whimbrel_gold_test"]
    by_file = run(str(own), ScriptedCoder(script), shared, names)
    assert [(r.name, r.items) for r in by_file] == [(n, 1) for n in names]
    dev, test = (r.levels["dyad"] for r in by_file)
    assert (dev.tp, dev.fp, test.tp, test.fp) == (0, 1, 1, 0)
    everything = run("all", ScriptedCoder(script), shared, own_gold=own)
    assert [r.name for r in everything][-3:] == ["whimbrel_gold", *names]
    # A passage the split does not assign is refused, naming the split file.
    split.write_text('{"split": {"dev": [], "test": ["n1"]}}', encoding="utf-8")
    with pytest.raises(DataError, match="in no split"):
        run(str(own), ScriptedCoder(script), shared, ["whimbrel_gold_dev"])


def test_run_refuses_unknown_sets_and_missing_paths(tmp_path):
    _shared_tree(tmp_path)
    with pytest.raises(InputError, match="unknown gold set"):
        run("all", ScriptedCoder({}), tmp_path, ["nonesuch"], own_gold=None)
    with pytest.raises(InputError, match="no such gold file"):
        run(str(tmp_path / "missing.jsonl"), ScriptedCoder({}), tmp_path)
    with pytest.raises(InputError, match="corpus/gold"):
        run("all", ScriptedCoder({}), tmp_path / "elsewhere")


def test_event_counts_are_kept_per_group():
    items = tuple(
        GoldItem(
            id=name,
            text="Russia accused Ukraine.",
            published=None,
            events=(GoldEvent(codes=("112",), source="RUS", target="UKR"),),
            group=group,
        )
        for name, group in (("a", "real"), ("b", "constructed"))
    )
    gold = GoldSet(name="g", scheme="cameo", items=items)
    script = {"a": {"events": [lambda s: event(s, "112", "RUS", "UKR")]}}
    result = evaluate_set(gold, ScriptedCoder(script))
    assert result.groups["real"]["dyad"].tp == 1
    assert result.groups["constructed"]["dyad"].fn == 1
    assert result.to_dict()["groups"]["real"]["dyad"]["f1"] == 1.0
