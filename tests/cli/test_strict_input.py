"""Strict input, clear words (issue 17, item 8): each bad input is refused with one line on
stderr and a documented exit code; each good twin of it is accepted.

Commands run in this process through Typer's runner (the model loads once), against real
SQLite files."""

from __future__ import annotations

import csv
import io
import json
import socket
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from whimbrel.cli import app
from whimbrel.records import Actor, Article, CodedArticle, Event, Mention, Sentence
from whimbrel.store import Store

runner = CliRunner()
README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")

TALKS = "Chile's president met Argentine officials in Santiago on Monday to discuss trade."
STRIKE = "Dock workers in Rotterdam went on strike on Tuesday over pay, the union said."


def one_line(stderr: str) -> str:
    """The single line of `stderr`; fails when there are more (a traceback, a box)."""
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1, stderr
    assert "Traceback" not in stderr
    return lines[0]


def _mention(text: str, code: str) -> Mention:
    return Mention(text, (0, len(text)), Actor(code, code[:3], code[3:] or None, None))


def _article(article_id: str, day: str, source: str, target: str, cameo: str) -> CodedArticle:
    text = f"{source} and {target}, report {article_id}."
    event = Event(
        id="e0",
        sentence=Sentence(0, (0, len(text)), text),
        trigger_text="and",
        trigger_span=(0, 1),
        source=_mention(source, source),
        target=_mention(target, target),
        cameo=cameo,
        root=cameo[:2],
        quad_class=4 if cameo.startswith("19") else 1,
        goldstein=-10.0 if cameo.startswith("19") else 4.0,
        modality="asserted",
        confidence=0.9,
        date=day,
        date_basis="explicit",
    )
    article = Article(id=article_id, text=text, published=date.fromisoformat(day))
    return CodedArticle(article=article, sentences=(event.sentence,), events=(event,))


@pytest.fixture
def db(tmp_path: Path) -> str:
    """A store holding three events: RUSGOV->UKRGOV 190 and 036, UKRGOV->RUSGOV 036."""
    url = f"sqlite:///{tmp_path / 'events.sqlite'}"
    with Store.open(url) as store:
        store.write(_article("a", "2021-12-04", "RUSGOV", "UKRGOV", "190"))
        store.write(_article("b", "2021-12-10", "RUSGOV", "UKRGOV", "036"))
        store.write(_article("c", "2022-01-05", "UKRGOV", "RUSGOV", "036"))
    return url


def _csv_rows(stdout: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(stdout)))


# --- ingest: stdin and file kinds -------------------------------------------------------------


def test_jsonl_piped_into_ingest_dash_is_one_article_a_line(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'in.sqlite'}"
    lines = [
        json.dumps({"id": "talks", "text": TALKS, "published": "2024-07-01"}),
        json.dumps({"id": "strike", "text": STRIKE, "published": "2024-07-02"}),
    ]
    piped = runner.invoke(app, ["ingest", "-", "--db", db], input="\n".join(lines) + "\n")
    assert piped.exit_code == 0, piped.output
    assert "coded 2 article(s)" in piped.stderr
    with Store.open(db) as store:
        assert sorted(a.article.id for a in store.articles()) == ["strike", "talks"]
    # The twin: prose on stdin stays one article, even when it opens with a brace.
    prose = runner.invoke(
        app, ["ingest", "-", "--db", db, "-p", "2024-07-03"], input="{Update} " + TALKS
    )
    assert prose.exit_code == 0, prose.output
    assert "coded 1 article(s)" in prose.stderr
    # --format jsonl names the format outright: a bad line is one reported failure.
    forced = runner.invoke(
        app, ["ingest", "-", "--db", db, "--format", "jsonl"], input="{not json\n"
    )
    assert forced.exit_code == 1
    assert "<stdin> line 1: not valid JSON" in forced.stderr


def test_a_csv_is_refused_not_coded_as_prose(tmp_path: Path) -> None:
    db_file = tmp_path / "in.sqlite"
    table = tmp_path / "articles.csv"
    table.write_text(f'id,text\n1,"{TALKS}"\n', encoding="utf-8")
    refused = runner.invoke(app, ["ingest", str(table), "--db", f"sqlite:///{db_file}"])
    assert refused.exit_code == 1
    line = one_line(refused.stderr)
    assert line.startswith(f"error: {table}: a .csv file is not read")
    assert "--format text" in line
    assert not db_file.exists()  # refused before anything was opened
    # The rule names its way out: --format text reads the file as one article.
    as_text = runner.invoke(
        app, ["ingest", str(table), "--db", f"sqlite:///{db_file}", "--format", "text"]
    )
    assert as_text.exit_code == 0, as_text.output
    assert "coded 1 article(s)" in as_text.stderr
    # A .txt twin is read as prose without being asked.
    prose = tmp_path / "talks.txt"
    prose.write_text(TALKS, encoding="utf-8")
    read = runner.invoke(
        app, ["ingest", str(prose), "--db", f"sqlite:///{db_file}", "-p", "4 Jul 2024"]
    )
    assert read.exit_code == 0, read.output


# --- export: the format from the suffix -------------------------------------------------------


def test_export_infers_the_format_from_the_suffix_or_refuses(db: str, tmp_path: Path) -> None:
    parquet = tmp_path / "events.parquet"
    done = runner.invoke(app, ["export", str(parquet), "--db", db])
    assert done.exit_code == 0, done.output
    assert pq.read_table(parquet).column("cameo").to_pylist() == ["190", "036", "036"]
    jsonl = tmp_path / "events.jsonl"
    assert runner.invoke(app, ["export", str(jsonl), "--db", db]).exit_code == 0
    assert len(jsonl.read_text(encoding="utf-8").splitlines()) == 3
    tsv = tmp_path / "events.tsv"
    refused = runner.invoke(app, ["export", str(tsv), "--db", db])
    assert refused.exit_code == 1
    assert one_line(refused.stderr) == (
        f"error: {tsv}: suffix '.tsv' names no export format: use .csv, .jsonl or .parquet, "
        "or --format csv|jsonl|parquet|gdelt"
    )
    assert not tsv.exists()
    named = runner.invoke(app, ["export", str(tsv), "--db", db, "--format", "gdelt"])
    assert named.exit_code == 0, named.output
    assert len(tsv.read_text(encoding="utf-8").splitlines()) == 3


# --- settings from the environment ------------------------------------------------------------


@pytest.mark.parametrize(
    ("variable", "value", "expected"),
    [
        ("WHIMBREL_BATCH_SIZE", "lots", "an integer"),
        ("WHIMBREL_MIN_CONFIDENCE", "high", "a number"),
        ("WHIMBREL_PROGRESS_EVERY", "10s", "a number"),
    ],
)
def test_a_bad_environment_variable_is_one_line(
    db: str, variable: str, value: str, expected: str
) -> None:
    result = runner.invoke(app, ["events", "--db", db], env={variable: value})
    assert result.exit_code == 1
    assert one_line(result.stderr) == f"error: {variable}: bad value {value!r}: expected {expected}"
    good = runner.invoke(app, ["events", "--db", db], env={variable: "2"})
    assert good.exit_code == 0, good.output


# --- serve on a busy port ---------------------------------------------------------------------


def test_serve_on_a_busy_port_is_one_line_and_exit_3(db: str) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = runner.invoke(app, ["serve", "--db", db, "--port", str(port)])
    assert result.exit_code == 3
    assert one_line(result.stderr) == (
        f"error: 127.0.0.1:{port}: address already in use (another server listens there); "
        "choose another --port"
    )
    assert "whimbrel on http" not in result.output  # no banner for a server that never ran
    assert "`3` the server could not start" in README, "exit code 3 is not documented"


# --- read commands never create a database ----------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [["events"], ["dyad", "RUS", "UKR"], ["export", "out.csv"], ["serve", "--port", "1"]],
    ids=["events", "dyad", "export", "serve"],
)
def test_read_commands_refuse_a_database_that_does_not_exist(
    tmp_path: Path, command: list[str]
) -> None:
    missing = tmp_path / "typo.sqlite"
    url = f"sqlite:///{missing}"
    result = runner.invoke(app, [*command, "--db", url])
    assert result.exit_code == 1
    assert one_line(result.stderr).startswith(f"error: {url}: no such database")
    assert not missing.exists()
    assert not (tmp_path / "out.csv").exists()


def test_ingest_still_creates_its_database(tmp_path: Path) -> None:
    prose = tmp_path / "talks.txt"
    prose.write_text(TALKS, encoding="utf-8")
    created = tmp_path / "new" / "events.sqlite"
    result = runner.invoke(
        app, ["ingest", str(prose), "--db", f"sqlite:///{created}", "-p", "2024-07-01"]
    )
    assert result.exit_code == 0, result.output
    assert created.is_file()


# --- codes, roots and dates -------------------------------------------------------------------


def test_actor_codes_are_accepted_in_any_case(db: str) -> None:
    upper = runner.invoke(app, ["events", "--db", db, "--source", "RUS", "--format", "csv"])
    lower = runner.invoke(app, ["events", "--db", db, "--source", "rus", "--format", "csv"])
    assert upper.exit_code == lower.exit_code == 0, lower.output
    assert [r["event_id"] for r in _csv_rows(lower.stdout)] == ["e0", "e0"]
    assert _csv_rows(lower.stdout) == _csv_rows(upper.stdout)
    mixed = runner.invoke(app, ["events", "--db", db, "--target", "rusGov", "--format", "csv"])
    assert [r["source_code"] for r in _csv_rows(mixed.stdout)] == ["UKRGOV"]
    dyad = runner.invoke(app, ["dyad", "rus", "ukr", "--db", db, "--format", "json"])
    assert dyad.exit_code == 0, dyad.output
    assert [p["events"] for p in json.loads(dyad.stdout)] == [1, 1]


@pytest.mark.parametrize("root", ["21", "0", "00", "-1", "1a", "190"])
def test_an_out_of_range_root_is_refused(db: str, root: str) -> None:
    result = runner.invoke(app, ["events", "--db", db, "--root", root])
    assert result.exit_code == 2
    line = one_line(result.stderr)
    assert f"bad root {root!r}: expected a CAMEO root from 01 to 20" in line
    assert "whimbrel events --help" in line


@pytest.mark.parametrize(("root", "count"), [("19", 1), ("3", 2), ("03", 2), ("20", 0)])
def test_a_root_in_range_is_accepted(db: str, root: str, count: int) -> None:
    result = runner.invoke(app, ["events", "--db", db, "--root", root, "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert len(_csv_rows(result.stdout)) == count


@pytest.mark.parametrize(
    "written", ["2021-12-10", "10 Dec 2021", "December 10, 2021", "10 December 2021"]
)
def test_dates_in_words_are_accepted(db: str, written: str) -> None:
    result = runner.invoke(app, ["events", "--db", db, "--from", written, "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert [r["day"] for r in _csv_rows(result.stdout)] == ["2021-12-10", "2022-01-05"]


@pytest.mark.parametrize(
    "written", ["10 Dec", "12/10/2021", "yesterday", "in three days", "Tuesday", "31 Feb 2021"]
)
def test_an_unparseable_or_ambiguous_date_is_one_line(db: str, written: str) -> None:
    result = runner.invoke(app, ["events", "--db", db, "--from", written])
    assert result.exit_code == 2
    line = one_line(result.stderr)
    assert f"bad date {written!r}: expected YYYY-MM-DD or a day in words" in line
