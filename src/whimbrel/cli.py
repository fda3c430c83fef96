"""The `whimbrel` command: thin Typer shells over the library.

Exit codes: 0 success, 1 input error (or some items of a batch failed), 2 usage error.
Errors are one line on stderr naming the input and the problem; `--debug` adds tracebacks.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from whimbrel import __version__
from whimbrel.errors import ArticleError, InputError, WhimbrelError

app = typer.Typer(
    name="whimbrel",
    help="Turn news text into political event data: who did what to whom, when, where, "
    "and who said it, with the evidence for every record.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
err_console = Console(stderr=True, highlight=False)
_state = {"debug": False}


class OutputFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"
    table = "table"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"whimbrel {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks on errors.")] = False,
) -> None:
    """whimbrel: political event data from news text."""
    _state["debug"] = debug


def parse_published(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"bad date {value!r}: expected YYYY-MM-DD") from None


def fail(error: BaseException) -> typer.Exit:
    """Report `error` in one line (or with a traceback under --debug) and pick the exit code."""
    if _state["debug"]:
        err_console.print_exception()
    err_console.print(f"[bold red]error:[/] {error}", soft_wrap=True)
    return typer.Exit(code=1)


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
        OutputFormat | None,
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
    from dataclasses import replace

    from whimbrel.ingest import is_jsonl, read_articles
    from whimbrel.pipeline import NO_DATE_WARNING, Coder
    from whimbrel.settings import Settings

    anchor = parse_published(published)
    fmt = output_format or (OutputFormat.jsonl if is_jsonl(path) else OutputFormat.json)
    settings = Settings.from_env()
    if actors:
        settings = replace(settings, actor_files=tuple(actors))
    if min_confidence is not None:
        settings = replace(settings, min_confidence=min_confidence)
    failures = 0
    try:
        items = read_articles(path, anchor)
        first = next(items, None)
        if first is None:
            raise InputError(path, "no articles")
        coder = Coder.load(settings)
        stream = _chain(first, items)
        warned = False
        handle: TextIO = sys.stdout if output is None else output.open("w", encoding="utf-8")
        try:
            count = 0
            bad: list[ArticleError] = []
            for coded in coder.code_many(_report_bad(stream, bad)):
                if NO_DATE_WARNING in coded.warnings and not warned:
                    err_console.print(
                        "[yellow]note:[/] no publication date given (use --published): "
                        "relative dates such as 'on Tuesday' are left null."
                    )
                    warned = True
                _write(handle, coded.to_dict(), fmt, count)
                count += 1
            failures = len(bad)
        finally:
            if handle is not sys.stdout:
                handle.close()
        if fmt is OutputFormat.json and count > 1:
            err_console.print(
                f"[yellow]note:[/] {count} articles written as consecutive JSON documents; "
                "use --format jsonl for one per line."
            )
    except WhimbrelError as error:
        raise fail(error) from None
    if failures:
        err_console.print(f"[red]{failures} item(s) skipped[/] (reported above); the rest coded.")
        raise typer.Exit(code=1)


def _chain(first: Any, rest: Iterator[Any]) -> Iterator[Any]:
    yield first
    yield from rest


def _report_bad(items: Iterator[Any], failures: list[ArticleError]) -> Iterator[Any]:
    for item in items:
        if isinstance(item, ArticleError):
            failures.append(item)
            err_console.print(f"[bold red]error:[/] {item} (skipped)", soft_wrap=True)
            continue
        yield item


def _write(handle: TextIO, document: dict[str, Any], fmt: OutputFormat, index: int) -> None:
    if fmt is OutputFormat.jsonl:
        handle.write(json.dumps(document, ensure_ascii=False) + "\n")
    elif fmt is OutputFormat.json:
        handle.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    else:
        console = Console(file=handle, highlight=False, soft_wrap=False, width=160)
        console.print(render_table(document))


def render_table(document: dict[str, Any]) -> Table:
    """A readable table of one article's events, with the trigger highlighted in the evidence."""
    from whimbrel.events.ontology import label

    article = document["article"]
    title = article.get("title") or article["id"]
    table = Table(
        title=f"{title} (published {article.get('published') or 'unknown'}): "
        f"{len(document['events'])} events, {len(document['actors'])} actor mentions, "
        f"{len(document['quotes'])} quotes, {len(document['timexes'])} time expressions",
        show_lines=True,
        expand=True,
    )
    for name, style in (
        ("who", "cyan"),
        ("what", "bold"),
        ("whom", "cyan"),
        ("when", ""),
        ("modality", ""),
        ("evidence", ""),
    ):
        table.add_column(name, style=style, overflow="fold")
    for event in document["events"]:
        table.add_row(
            _actor_cell(event["source"]),
            f"{event['cameo']} {label(event['cameo'])}",
            _actor_cell(event["target"]),
            event["date"] or "-",
            event["modality"],
            _evidence(event),
        )
    return table


def _actor_cell(actor: dict[str, Any] | None) -> str:
    if actor is None:
        return "-"
    return f"{actor.get('code') or '?'}\n{actor['text']}"


def _evidence(event: dict[str, Any]) -> Text:
    sentence = event["sentence"]
    start = event["trigger"]["span"][0] - sentence["span"][0]
    end = event["trigger"]["span"][1] - sentence["span"][0]
    text = Text(sentence["text"])
    if 0 <= start < end <= len(sentence["text"]):
        text.stylize("bold reverse yellow", start, end)
    return text


def main() -> None:
    """Console entry point."""
    try:
        app()
    except KeyboardInterrupt:
        err_console.print("interrupted")
        raise SystemExit(130) from None
