"""Everything the `whimbrel` command shows: coded articles, progress, summaries, tables.

The only module of the CLI that knows Rich. Data goes to standard output; progress, notes and
errors go to standard error (`err_console`), so output can be piped.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from whimbrel.contract import to_contract
from whimbrel.records import Failure

if TYPE_CHECKING:  # the heavy modules (spaCy, SQLAlchemy) load only when a command runs
    from whimbrel.alerts import StoredAlert
    from whimbrel.engines import Outcome
    from whimbrel.engines.parquet import PartitionReport
    from whimbrel.export import Exported
    from whimbrel.runs import RunSummary
    from whimbrel.store import DyadPeriod, EventRow

err_console = Console(stderr=True, highlight=False)


class CodeFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"
    table = "table"


class EventsFormat(StrEnum):
    table = "table"
    csv = "csv"
    json = "json"
    jsonl = "jsonl"


class DyadFormat(StrEnum):
    table = "table"
    json = "json"


class EvalFormat(StrEnum):
    table = "table"
    json = "json"
    markdown = "markdown"


def stdout_console() -> Console:
    """Standard output; 160 columns wide when it is a file or pipe rather than a terminal."""
    return Console(highlight=False, width=None if sys.stdout.isatty() else 160)


def error(problem: object) -> None:
    """One error line on standard error."""
    err_console.print(f"[bold red]error:[/] {problem}", soft_wrap=True)


def usage_error(problem: str, command: str) -> None:
    """A usage error in one line, pointing at the command's help."""
    hint = f" (see `{command} --help`)" if command else ""
    err_console.print(f"[bold red]error:[/] {problem}{hint}", soft_wrap=True, highlight=False)


def traceback() -> None:
    err_console.print_exception()


def note(text: str) -> None:
    err_console.print(text, soft_wrap=True, highlight=False)


# --- `whimbrel code` -------------------------------------------------------------------------


def write_coded(outcomes: Iterable[Outcome], output: Path | None, fmt: CodeFormat) -> int:
    """Write each coded article to `output` (stdout when None); report each failure on
    stderr. Returns the number of failures. The file is opened once there is an outcome."""
    from whimbrel.pipeline import NO_DATE_WARNING

    count = failures = 0
    warned = False
    handle: TextIO | None = None
    try:
        for outcome in outcomes:
            if handle is None:
                handle = sys.stdout if output is None else output.open("w", encoding="utf-8")
            if isinstance(outcome, Failure):
                failures += 1
                err_console.print(f"[bold red]error:[/] {outcome} (skipped)", soft_wrap=True)
                continue
            if NO_DATE_WARNING in outcome.warnings and not warned:
                err_console.print(
                    "[yellow]note:[/] no publication date given (use --published): "
                    "relative dates such as 'on Tuesday' are left null; people's roles "
                    "are taken as of the latest date in the text, or left to their country."
                )
                warned = True
            _write_document(handle, to_contract(outcome), fmt)
            count += 1
    finally:
        if handle is not None and handle is not sys.stdout:
            handle.close()
    if fmt is CodeFormat.json and count > 1:
        err_console.print(
            f"[yellow]note:[/] {count} articles written as consecutive JSON documents; "
            "use --format jsonl for one per line."
        )
    if failures:
        err_console.print(f"[red]{failures} item(s) skipped[/] (reported above); the rest coded.")
    return failures


def _write_document(handle: TextIO, document: dict[str, Any], fmt: CodeFormat) -> None:
    if fmt is CodeFormat.jsonl:
        handle.write(json.dumps(document, ensure_ascii=False) + "\n")
    elif fmt is CodeFormat.json:
        handle.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    else:
        console = Console(file=handle, highlight=False, soft_wrap=False, width=160)
        console.print(article_table(document))


def article_table(document: dict[str, Any]) -> Table:
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
    # The evidence sentence is what a reader checks the row against: give it the room.
    for name, style, ratio in (
        ("who", "cyan", 2),
        ("what", "bold", 2),
        ("whom", "cyan", 2),
        ("when", "", None),
        ("modality", "", None),
        ("evidence", "", 6),
    ):
        # Dates and modalities keep their natural width; the other columns share the rest.
        table.add_column(name, style=style, overflow="fold", ratio=ratio, no_wrap=ratio is None)
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


# --- `whimbrel eval` -------------------------------------------------------------------------


def evaluation(results: list[Any], fmt: EvalFormat, details: bool) -> None:
    from whimbrel.evaluate import report

    if fmt is EvalFormat.json:
        print(json.dumps([r.to_dict(details) for r in results], indent=2))
    elif fmt is EvalFormat.markdown:
        print(report.markdown(results) + (report.details_text(results) if details else ""))
    else:
        console = Console(highlight=False, width=160)
        for table in report.rich_tables(results):
            console.print(table)
        if details:
            console.print(report.details_text(results), markup=False)


# --- runs: ingest, load, watch ----------------------------------------------------------------


class Tracker:
    """The state a progress display shows: items done of a total (None: unknown), a detail."""

    def __init__(self) -> None:
        self.done = 0
        self.total: int | None = None
        self.detail = ""
        self.started = time.monotonic()
        self._lock = threading.Lock()

    def update(self, done: int, total: int | None, detail: str = "") -> None:
        with self._lock:
            self.done, self.total, self.detail = done, total, detail

    def summary(self, summary: RunSummary) -> None:
        """Take the state of a run: items dealt with of its total, and what became of them."""
        self.update(
            summary.processed,
            summary.total,
            f"{summary.coded} stored, {summary.duplicates} duplicate, "
            f"{len(summary.failures)} failed, {summary.rate:.1f} articles/s",
        )

    def line(self, label: str) -> str:
        """The plain progress line written when standard error is not a terminal."""
        with self._lock:
            done, total, detail = self.done, self.total, self.detail
        elapsed = time.monotonic() - self.started
        count = f"{done}/{total}" if total is not None else f"{done}"
        parts = [f"{label}: {count} items", f"{_clock(elapsed)} elapsed"]
        if total is not None and 0 < done <= total:
            parts.append(f"about {_clock(elapsed / done * (total - done))} left")
        if detail:
            parts.append(detail)
        return "; ".join(parts)


def _clock(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 3600}:{whole % 3600 // 60:02d}:{whole % 60:02d}"


@contextmanager
def progress(label: str, every_s: float = 10.0) -> Iterator[Tracker]:
    """Progress of a long run on standard error while the block runs.

    On a terminal: a Rich bar with the total and an ETA. Elsewhere (a log file, a pipe): a
    plain line every `every_s` seconds, from a timer thread, so a long step (loading the
    model, coding one large batch) never leaves the log silent for longer.
    """
    tracker = Tracker()
    if err_console.is_terminal:
        with Progress(
            SpinnerColumn(),
            TextColumn(f"[bold]{label}[/]"),
            BarColumn(bar_width=None),
            MofNCompleteColumn(),
            TextColumn("{task.fields[detail]}"),
            TimeElapsedColumn(),
            TextColumn("ETA"),
            TimeRemainingColumn(),
            console=err_console,
            transient=False,
        ) as bar:
            task = bar.add_task(label, total=None, detail="")
            stop = threading.Event()

            def refresh() -> None:
                while not stop.wait(0.5):
                    bar.update(
                        task, completed=tracker.done, total=tracker.total, detail=tracker.detail
                    )

            thread = threading.Thread(target=refresh, daemon=True)
            thread.start()
            try:
                yield tracker
            finally:
                stop.set()
                thread.join()
                bar.update(task, completed=tracker.done, total=tracker.total, detail=tracker.detail)
        return
    stop = threading.Event()

    def tick() -> None:
        while not stop.wait(every_s):
            note(tracker.line(label))

    thread = threading.Thread(target=tick, daemon=True)
    thread.start()
    try:
        yield tracker
    finally:
        stop.set()
        thread.join()


def summary_lines(summary: RunSummary, max_failures: int = 20) -> list[str]:
    """The run in one line, then its first failures."""
    done = f"{summary.coded} article(s) with {summary.events} event(s)"
    if summary.partitions is None:
        head = f"coded {done}"
    else:
        head = f"loaded {summary.partitions} partition(s): stored {done}"
    head += (
        f" in {summary.seconds:.1f}s ({summary.rate:.1f} articles/s); "
        f"skipped {summary.duplicates} duplicate(s); {len(summary.failures)} failed"
    )
    if summary.interrupted:
        head += "; interrupted (run again to finish)"
    lines = [head]
    if summary.undated_articles or summary.undated_events:
        lines.append(
            f"  no date: {summary.undated_articles} of the {summary.coded} article(s) and "
            f"{summary.undated_events} of the {summary.events} event(s) (stored with an empty "
            "day: give --published, or a `published`/`date` per JSONL line)"
        )
    shown = [f"  failed: {f}" for f in summary.failures[:max_failures]]
    if len(summary.failures) > max_failures:
        shown.append(f"  ... and {len(summary.failures) - max_failures} more (see the runs table)")
    return [*lines, *shown]


def run_summary(summary: RunSummary) -> None:
    for line in summary_lines(summary):
        style = "red" if line.startswith("  failed") or line.startswith("  ...") else "yellow"
        if not line.startswith("  "):
            err_console.print(line, soft_wrap=True, highlight=False, markup=False)
            continue
        err_console.print(Text(line, style=style), soft_wrap=True)


def partition_outcome(outcome: PartitionReport | Failure) -> None:
    """One line per partition of a Dask run."""
    if isinstance(outcome, Failure):
        err_console.print(
            f"[red]partition {outcome.position} failed:[/] {outcome.problem}; "
            "run again to retry it",
            soft_wrap=True,
        )
        return
    state = "already written" if outcome.skipped else "coded"
    err_console.print(
        f"partition {outcome.index}: {outcome.articles} articles {state}, "
        f"{len(outcome.failures)} failed",
        highlight=False,
    )


def watch_cycle(console: Console) -> Callable[[int, RunSummary], None]:
    """The log line of each `watch` cycle, written to `console`."""

    def show(cycle: int, summary: RunSummary) -> None:
        stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S")
        console.print(
            f"{stamp} cycle {cycle}: {summary.coded} new, {summary.duplicates} already "
            f"stored, {len(summary.failures)} failed, {summary.events} events",
            highlight=False,
        )
        for failure in summary.failures[:10]:
            console.print(f"  [red]failed:[/] {failure}", soft_wrap=True, highlight=False)

    return show


def watch_stopped(console: Console, cycles: int) -> None:
    console.print(f"watch stopped after {cycles} cycle(s)", highlight=False)


# --- queries: events, dyad, export ------------------------------------------------------------


def exported(result: Exported, output: Path) -> None:
    note(f"wrote {result.rows} rows to {output}")
    if result.undated_left_out:
        note(
            f"left out {result.undated_left_out} undated event(s): a GDELT row needs a "
            "SQLDATE (csv, jsonl and parquet keep them, flagged `undated`)"
        )


def events(rows: list[EventRow], fmt: EventsFormat) -> None:
    from whimbrel.export import record, write_csv, write_jsonl

    if fmt is EventsFormat.csv:
        write_csv(rows, sys.stdout)
    elif fmt is EventsFormat.jsonl:
        write_jsonl(rows, sys.stdout)
    elif fmt is EventsFormat.json:
        records = [record(row) for row in rows]
        print(json.dumps(records, ensure_ascii=False, indent=2, default=_iso))
    else:
        stdout_console().print(events_table(rows))


def _iso(value: object) -> str:
    if isinstance(value, date):  # datetimes too
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


def events_table(rows: list[EventRow]) -> Table:
    table = Table(title=f"{len(rows)} events", expand=True)
    for name in ("day", "source", "cameo", "target", "goldstein", "mentions", "evidence"):
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(
            str(row.day or "-"),
            row.source_code or row.source_country or "-",
            row.cameo,
            row.target_code or row.target_country or "-",
            f"{row.goldstein:+.1f}",
            str(row.cluster_mentions or 1),
            row.sentence_text,
        )
    return table


def dyad(source: str, target: str, periods: list[DyadPeriod], fmt: DyadFormat) -> None:
    if fmt is DyadFormat.json:
        print(json.dumps(dyad_records(periods), indent=2))
    else:
        stdout_console().print(dyad_table(source, target, periods))


def dyad_table(source: str, target: str, periods: list[DyadPeriod]) -> Table:
    table = Table(title=f"{source} -> {target}")
    for name in ("period", "events", "goldstein sum", "goldstein mean", "q1", "q2", "q3", "q4"):
        table.add_column(name, justify="right")
    for p in periods:
        table.add_row(
            p.period.isoformat(),
            str(p.events),
            f"{p.goldstein_sum:.1f}",
            f"{p.goldstein_mean:.2f}",
            *(str(n) for n in p.quad_counts),
        )
    return table


def dyad_records(periods: list[DyadPeriod]) -> list[dict[str, Any]]:
    return [
        {
            "period": p.period.isoformat(),
            "events": p.events,
            "goldstein_sum": p.goldstein_sum,
            "goldstein_mean": p.goldstein_mean,
            **{f"quad{i}": n for i, n in enumerate(p.quad_counts, start=1)},
        }
        for p in periods
    ]


class AlertsFormat(StrEnum):
    table = "table"
    json = "json"


def alerts(found: list[StoredAlert], by: str, fmt: AlertsFormat) -> None:
    """Escalation alerts, strongest first: a table (or a note that there are none), or JSON."""
    if fmt is AlertsFormat.json:
        print(json.dumps(alert_records(found), indent=2))
    elif not found:
        err_console.print(f"no alerts: no dyad breaks from its trailing baseline (by {by})")
    else:
        stdout_console().print(alerts_table(found, by))


def alerts_table(found: list[StoredAlert], by: str) -> Table:
    table = Table(title=f"Escalation alerts by {by}")
    for name in ("period", "dyad", "measure", "observed", "baseline", "q", "events"):
        table.add_column(name, justify="right" if name in ("observed", "baseline", "q") else "left")
    for item in found:
        a = item.alert
        measure = "conflict events" if a.measure == "conflicts" else "Goldstein mean"
        table.add_row(
            f"{a.period.isoformat()}..{item.period_end.isoformat()}",
            f"{a.dyad[0]} -> {a.dyad[1]}",
            f"{measure} ({a.direction})",
            f"{a.observed:.1f}",
            f"{a.expected:.2f}",
            f"{a.q_value:.2g}",
            f"{item.event_count}: " + " ".join(str(pk) for pk in item.event_pks[:5]),
        )
    return table


def alert_records(found: list[StoredAlert]) -> list[dict[str, Any]]:
    return [
        {
            "source": item.alert.dyad[0],
            "target": item.alert.dyad[1],
            "period": item.alert.period.isoformat(),
            "period_end": item.period_end.isoformat(),
            "measure": item.alert.measure,
            "direction": item.alert.direction,
            "observed": item.alert.observed,
            "expected": item.alert.expected,
            "p_value": item.alert.p_value,
            "q_value": item.alert.q_value,
            "event_count": item.event_count,
            "event_pks": list(item.event_pks),
        }
        for item in found
    ]
