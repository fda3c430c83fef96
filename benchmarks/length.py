"""Coding cost against text length: seconds per 1,000 sentences and peak memory, per size.

    .venv/bin/python benchmarks/length.py                     # 250 ... 8,000 sentences
    .venv/bin/python benchmarks/length.py --sizes 250 2000 --chars 2000000
    .venv/bin/python benchmarks/length.py --profile 2000      # pyinstrument, one size

Each text is made of varied real sentences: the sentences of the shared corpus
(`news/news_items.jsonl` under WHIMBREL_SHARED), sampled evenly across the whole corpus for
each size, four to a paragraph. Nothing of the corpus is written to disk. Every size is coded
in a fresh process (`Coder.code`, after a warm-up on a short text), so its peak resident memory
is its own: the figure includes the loaded model. The last columns are each figure over the
figure at the smallest size: 1.00 means the cost per sentence does not grow with length.
--chars codes one text of at least that many characters built the same way (the pieces path,
over the model's max_length). Timings on a shared machine are noisy: compare ratios in one run.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import subprocess
import sys
import time

from whimbrel.settings import Settings

SIZES = (250, 500, 1000, 2000, 4000, 8000)
# A sentence ends at . ! or ? (optionally closed by a quotation mark) before a capital.
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[A-Z“\"])")
SENTENCES_PER_PARAGRAPH = 4


def corpus_sentences(settings: Settings) -> list[str]:
    """Distinct sentences of 8 to 60 words from the shared corpus, in corpus order."""
    path = settings.shared_dir / "corpus" / "news" / "news_items.jsonl"
    if not path.is_file():
        sys.exit(f"length benchmark skipped: corpus not found at {path} (set WHIMBREL_SHARED)")
    seen: set[str] = set()
    out: list[str] = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            text = json.loads(line).get("text") or ""
            for paragraph in text.splitlines():
                for sentence in _SENTENCE_END.split(paragraph.strip()):
                    sentence = " ".join(sentence.split())
                    if 8 <= len(sentence.split()) <= 60 and sentence not in seen:
                        seen.add(sentence)
                        out.append(sentence)
    return out


def build_text(pool: list[str], sentences: int) -> str:
    """`sentences` sentences taken evenly across `pool` (cycling if it is too small)."""
    step = max(1, len(pool) // sentences)
    chosen = [pool[(i * step + i // len(pool)) % len(pool)] for i in range(sentences)]
    paragraphs = [
        " ".join(chosen[i : i + SENTENCES_PER_PARAGRAPH])
        for i in range(0, len(chosen), SENTENCES_PER_PARAGRAPH)
    ]
    return "\n\n".join(paragraphs)


def sentences_for_chars(pool: list[str], chars: int) -> int:
    average = sum(len(s) + 1 for s in pool) / len(pool)
    return int(chars / average * 1.02) + SENTENCES_PER_PARAGRAPH


def measure(sentences: int | None, chars: int | None, profile: bool) -> dict[str, float]:
    """Code one text in this process; what the parent prints."""
    from whimbrel.pipeline import Coder, make_article

    settings = Settings.from_env()
    pool = corpus_sentences(settings)
    if chars is not None:
        sentences = sentences_for_chars(pool, chars)
    assert sentences is not None
    text = build_text(pool, sentences)
    coder = Coder.load(settings)
    coder.code(make_article(build_text(pool[::97], 20)))  # warm-up: caches, tables
    article = make_article(text)
    profiler = None
    if profile:
        try:
            from pyinstrument import Profiler
        except ImportError:
            sys.exit("--profile needs pyinstrument: pip install 'whimbrel[bench]'")

        profiler = Profiler()
        profiler.start()
    started = time.perf_counter()
    coded = coder.code(article)
    seconds = time.perf_counter() - started
    if profiler is not None:
        profiler.stop()
        print(profiler.output_text(unicode=True, color=False, show_all=False), file=sys.stderr)
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "sentences": sentences,
        "coded_sentences": len(coded.sentences),
        "chars": len(text),
        "seconds": seconds,
        "peak_mb": peak_kib / 1024,
        "events": len(coded.events),
    }


def run_child(args: list[str]) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, "--child", *args], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        sys.exit(done.stdout + done.stderr)
    sys.stderr.write(done.stderr)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=list(SIZES), help="sentences")
    parser.add_argument("--chars", type=int, help="also code one text of this many characters")
    parser.add_argument("--profile", type=int, metavar="SENTENCES", help="profile one size")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        sentences = args.sizes[0] if args.sizes else None
        print(json.dumps(measure(sentences, args.chars, args.profile is not None)))
        return
    if args.profile:
        row = run_child(["--sizes", str(args.profile), "--profile", str(args.profile)])
        print(json.dumps(row))
        return

    print(
        f"{'sentences':>9} {'chars':>10} {'seconds':>8} {'s/1k sent':>10} {'peak MB':>8} "
        f"{'time ratio':>10} {'mem ratio':>9}"
    )
    first: dict[str, float] | None = None
    runs = [["--sizes", str(size)] for size in args.sizes]
    if args.chars:
        runs.append(["--chars", str(args.chars)])
    for run in runs:
        row = run_child(run)
        per_k = 1000 * row["seconds"] / row["sentences"]
        row["per_k"] = per_k
        first = first or row
        print(
            f"{row['sentences']:9d} {row['chars']:10d} {row['seconds']:8.1f} {per_k:10.2f} "
            f"{row['peak_mb']:8.0f} {per_k / first['per_k']:10.2f} "
            f"{row['peak_mb'] / first['peak_mb']:9.2f}",
            flush=True,
        )


if __name__ == "__main__":
    main()
