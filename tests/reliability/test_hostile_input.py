"""Hostile and long input: each item stands alone, cleaned on the way in or reported in one line.

The real `whimbrel ingest` and `whimbrel code` run in subprocesses on files written here;
the store is a real SQLite file. Long texts are made of a real-looking paragraph and long
runs of word characters, so the path over spaCy's max_length is exercised without the
minutes that parsing 1.5 million characters of prose takes (benchmarks/length.py times that).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from whimbrel import nlp as nlp_layer
from whimbrel.normalise import clean
from whimbrel.pipeline import Coder, make_article
from whimbrel.store import Store

GOOD = (
    "Norway's foreign minister met Swedish officials in Oslo on Monday to discuss fishing "
    "quotas. The talks ended without agreement, officials said."
)


def long_text(chars: int) -> str:
    """`chars` characters: a real paragraph, then paragraphs of long word-character runs."""
    filler = ("x" * 2_000 + " ") * 9 + "\n\n"
    body = GOOD + "\n\n" + filler * (chars // len(filler) + 1)
    return body[:chars].rstrip() + "\n\nSweden will host the next round in Stockholm."


def _line(**item: object) -> bytes:
    return json.dumps(item).encode("utf-8")


def _run(*args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "whimbrel", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_clean_reports_each_kind_of_change() -> None:
    cleaned = clean("\ufeffA\x00B\x07C\r\nD\rE\ud800F\tG\n")
    assert cleaned.text == "ABC\nD\nE\ufffdF\tG\n"
    assert [w.split(": ", 1)[1] for w in cleaned.warnings] == [
        "dropped a byte-order mark",
        "2 CR/CRLF line end(s) made newlines",
        "removed 1 NUL character(s)",
        "removed 1 control character(s)",
        "replaced 1 lone surrogate(s) with U+FFFD",
    ]
    assert clean("plain text\twith a tab\n").warnings == ()


def test_a_hostile_jsonl_file_loses_no_good_line(tmp_path: Path) -> None:
    good = {f"good-{i}": GOOD.replace("Monday", f"Monday {i}") for i in range(4)}
    cleaned_ids = {
        "surrogate": ("Lone \ud800 surrogate. " + GOOD, "lone surrogate"),
        "nul": ("NUL\x00 inside. " + GOOD, "NUL character"),
        "controls": ("Bell\x07 and escape\x1b. " + GOOD, "control character"),
        "bom": ("\ufeff" + GOOD, "byte-order mark"),
        "crlf": (GOOD.replace(". ", ".\r\n"), "CR/CRLF"),
        "long": (long_text(1_500_000), None),
    }
    lines = [b"\xef\xbb\xbf" + _line(id="good-0", text=good["good-0"], published="2024-06-03")]
    lines += [_line(id=k, text=v, published="2024-06-03") for k, v in good.items() if k != "good-0"]
    lines.insert(2, _line(id="surrogate", text=cleaned_ids["surrogate"][0]))
    lines.insert(3, '{"id": "latin1", "text": "Caf\xe9 in Z\xfcrich."}'.encode("latin-1"))
    for key in ("nul", "controls", "bom", "long"):
        lines.append(_line(id=key, text=cleaned_ids[key][0]))
    lines.append(_line(id="crlf", text=cleaned_ids["crlf"][0]) + b"\r")  # a CRLF line end too
    lines.append(b'{"id": "raw-nul", "text": "Raw \x00 byte. ' + GOOD.encode() + b'"}')
    lines.append(b'{"id": "broken", "text": ')
    source = tmp_path / "hostile.jsonl"
    source.write_bytes(b"\n".join(lines) + b"\n")
    url = f"sqlite:///{tmp_path / 'hostile.sqlite'}"

    done = _run("ingest", str(source), "--db", url)

    # Documented: exit 1 when some items were skipped, each reported on its own line.
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    failed = [line.strip() for line in done.stderr.splitlines() if "failed:" in line]
    assert len(failed) == 2, done.stderr
    assert "line 4" in failed[0] and "not UTF-8" in failed[0]
    assert f"line {len(lines)}" in failed[1] and "not valid JSON" in failed[1]
    with Store.open(url) as store:
        stored = {c.article.id: c for c in store.articles()}
    expected = set(good) | set(cleaned_ids) | {"raw-nul"}
    assert set(stored) == expected
    for key, (_text, warning) in cleaned_ids.items():
        coded = stored[key]
        assert "\x00" not in coded.article.text and "\ud800" not in coded.article.text
        if warning is not None:
            assert any(warning in w for w in coded.warnings), (key, coded.warnings)
    assert any("NUL" in w for w in stored["raw-nul"].warnings)
    assert all(not stored[k].warnings for k in good)
    long = stored["long"]
    assert len(long.article.text) > 1_000_000
    names = " | ".join(m.text for m in long.mentions)
    assert "Norway" in names and "Stockholm" in names  # both ends of the text are coded
    for mention in long.mentions:
        assert long.article.text[mention.span[0] : mention.span[1]] == mention.text


def test_code_codes_a_text_over_the_models_limit(tmp_path: Path) -> None:
    source = tmp_path / "long.txt"
    source.write_text(long_text(1_100_000), encoding="utf-8")
    done = _run("code", str(source), "--published", "2024-06-03")
    assert done.returncode == 0, done.stderr[-2000:]
    document = json.loads(done.stdout)
    text = document["article"]["text"]
    assert len(text) > 1_000_000
    names = " | ".join(a["text"] for a in document["actors"])
    assert "Norway" in names and "Stockholm" in names  # both ends of the text are coded
    for sentence in document["sentences"]:
        start, end = sentence["span"]
        assert text[start:end] == sentence["text"]
    for actor in document["actors"]:
        start, end = actor["span"]
        assert text[start:end] == actor["text"]


@pytest.mark.parametrize("limit", [200, 1_000, 5_000])
def test_pieces_join_back_to_the_text(coder: Coder, limit: int) -> None:
    text = "\n\n".join(
        f"{GOOD} Paragraph {i} runs on with a sentence that has no break in it. " * (1 + i % 3)
        for i in range(40)
    ).replace("\n\nNorway's", "\nNorway's", 10)
    pieces = nlp_layer.cut_pieces(text, limit)
    assert "".join(pieces) == text and len(pieces) > 1
    assert all(len(p) <= limit + 2 for p in pieces)
    joined = nlp_layer.join_pieces(list(coder.nlp.pipe(pieces)))
    whole = coder.nlp(text)
    assert joined.text == text
    assert [t.text for t in joined] == [t.text for t in whole]
    # Cut only at paragraph or sentence ends, so every piece's start is a sentence start.
    starts = {s.start_char for s in joined.sents}
    offset = 0
    for piece in pieces:
        assert offset in starts
        offset += len(piece)
    same = {(e.start_char, e.label_) for e in joined.ents} & {
        (e.start_char, e.label_) for e in whole.ents
    }
    assert len(same) >= 0.95 * len(whole.ents)


def test_a_text_in_pieces_codes_like_the_whole(
    coder: Coder, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "\n\n".join(
        f"{GOOD} In Stockholm on day {i}, Sweden's prime minister said he would visit Oslo."
        for i in range(60)
    )
    article = make_article(text, None, id="pieces")
    whole = coder.code(article)
    monkeypatch.setattr(nlp_layer, "PIECE_CHARS", 1_500)
    pieced = coder.code(article)
    assert pieced.article.text == whole.article.text
    assert pieced.sentences == whole.sentences
    same = set(pieced.mentions) & set(whole.mentions)
    assert len(same) >= 0.95 * len(whole.mentions)
    assert abs(len(pieced.events) - len(whole.events)) <= 0.05 * len(whole.events) + 1
