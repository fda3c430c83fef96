"""`whimbrel code` and `whimbrel eval`."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from whimbrel.cli import render
from whimbrel.cli.app import app, parse_day
from whimbrel.cli.render import CodeFormat, EvalFormat

if TYPE_CHECKING:
    from whimbrel.evaluate.runner import SupportsCodeMany
    from whimbrel.records import Article, CodedArticle


@app.command("code")
def code_command(
    path: Annotated[
        str, typer.Argument(help="A .txt article, a .jsonl file of articles, or - for stdin.")
    ],
    published: Annotated[
        str | None,
        typer.Option(
            "--published", "-p", help="Publication date YYYY-MM-DD, the anchor for relative dates."
        ),
    ] = None,
    output_format: Annotated[
        CodeFormat | None,
        typer.Option("--format", "-f", help="json (one article), jsonl (one per line), table."),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file instead of stdout.")
    ] = None,
    actors: Annotated[
        list[Path] | None,
        typer.Option("--actors", help="Extra actor file (YAML/JSONL) over the packaged KB."),
    ] = None,
    min_confidence: Annotated[
        float | None, typer.Option("--min-confidence", help="Drop events below this confidence.")
    ] = None,
) -> None:
    """Code news text into events, actors, quotes and time expressions.

    Example:

        whimbrel code article.txt --published 2021-12-04 --format table
        whimbrel code articles.jsonl --output coded.jsonl
    """
    from whimbrel.cli import render
    from whimbrel.ingest import is_jsonl, read_articles
    from whimbrel.runs.code import code_items
    from whimbrel.settings import Settings

    anchor = parse_day(published, "--published")
    fmt = output_format or (CodeFormat.jsonl if is_jsonl(path) else CodeFormat.json)
    settings = Settings.from_env()
    if actors:
        settings = replace(settings, actor_files=tuple(actors))
    if min_confidence is not None:
        settings = replace(settings, min_confidence=min_confidence)
    outcomes = code_items(read_articles(path, anchor), settings, source=path)
    if render.write_coded(outcomes, output, fmt):
        raise typer.Exit(code=1)


class CountingCoder:
    """A coder that reports each coded article to a progress tracker. The total grows by
    each gold set's size as the set is handed over, so the ETA covers the sets begun."""

    def __init__(self, coder: SupportsCodeMany, tracker: render.Tracker) -> None:
        self.coder = coder
        self.tracker = tracker
        self.done = 0
        self.total = 0

    def code_many(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        batch = list(articles)
        self.total += len(batch)
        self.tracker.update(self.done, self.total)
        for coded in self.coder.code_many(batch):
            self.done += 1
            self.tracker.update(self.done, self.total)
            yield coded


@app.command("eval")
def eval_command(
    gold: Annotated[
        str,
        typer.Argument(
            help="`all` (every gold set in the shared corpus plus tests/gold/events_gold.jsonl), "
            "a shared corpus folder, or one gold file."
        ),
    ],
    set_names: Annotated[
        list[str] | None, typer.Option("--set", help="Only this gold set (repeatable).")
    ] = None,
    output_format: Annotated[
        EvalFormat, typer.Option("--format", "-f", help="table, json or markdown.")
    ] = EvalFormat.table,
    details: Annotated[
        bool, typer.Option("--details", help="List every missed and every false event.")
    ] = False,
    shared: Annotated[
        Path | None,
        typer.Option("--shared", help="The shared corpus folder (default: WHIMBREL_SHARED)."),
    ] = None,
    own_gold: Annotated[
        Path, typer.Option("--own-gold", help="The project's own gold file.")
    ] = Path("tests/gold/events_gold.jsonl"),
    write_baseline: Annotated[
        Path | None,
        typer.Option("--write-baseline", help="Record the F1 figures here (regression guard)."),
    ] = None,
) -> None:
    """Code gold texts and score events, quotes and time expressions against the gold.

    Example:

        whimbrel eval all --format markdown
        whimbrel eval tests/gold/events_gold.jsonl --details
    """
    from whimbrel.cli import render
    from whimbrel.evaluate import report
    from whimbrel.evaluate.runner import run
    from whimbrel.pipeline import Coder
    from whimbrel.settings import Settings

    settings = Settings.from_env()
    with render.progress("eval", settings.progress_every_s) as tracker:
        coder = CountingCoder(Coder.load(settings), tracker)
        results = run(gold, coder, shared or settings.shared_dir, set_names or (), own_gold)
    render.evaluation(results, output_format, details)
    if write_baseline is not None:
        record = report.baseline_record(results, settings.model, date.today().isoformat())
        report.write_baseline(write_baseline, record)
