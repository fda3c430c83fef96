"""Measure a learned layer against the rules alone (issue 16): does it pay?

    python scripts/learned_veto_experiment.py [--epochs 12] [--threshold 0.02]

Trains a spaCy text classifier (TextCatEnsemble: a bag of words and a CNN over the model's
static vectors) on the ConfliBERT CAMEO *train* sentences (five classes: statement, verbal
and material cooperation, verbal and material conflict), then codes the gold sets the
classifier never saw and scores them twice at each set's pairing level: the rules alone, and
the rules with the classifier as a veto (a rule event is dropped when the classifier gives its
class a probability below the threshold; `--conflict-only` vetoes only material conflict).
Prints dyad + code F1 (P/R) per set for both, and the classifier's accuracy on the ConfliBERT
test sentences. Nothing is written to the package: the weights stay in memory.

It needs `../shared` (or WHIMBREL_SHARED) and about a minute of CPU. The project keeps the
rules alone because the veto lowered F1 on every set when this was last run (README,
"A learned layer").
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

import spacy
from spacy.training import Example
from spacy.vectors import Vectors

from whimbrel.evaluate import runner
from whimbrel.evaluate.codes import pentaclass_of
from whimbrel.evaluate.runner import PAIRING_LEVEL
from whimbrel.pipeline import Coder
from whimbrel.records import Article, CodedArticle, Event
from whimbrel.settings import Settings

CONFLIBERT = Path("corpus/gold/conflibert_cameo/conflibert_cameo_pentaclass.jsonl")
SETS = ("whimbrel_gold_dev", "whimbrel_gold_test", "plover_gsr", "petr2_gsr_validation")


def _sentences(shared: Path, split: str) -> list[tuple[str, str]]:
    rows = [json.loads(line) for line in (shared / CONFLIBERT).read_text().splitlines()]
    return [
        (r["text"], r["events"][0]["code"])
        for r in rows
        if r["split"] == split and r["events"] and r["events"][0]["code"] is not None
    ]


def train(shared: Path, vectors: Vectors, epochs: int, seed: int = 0) -> spacy.language.Language:
    random.seed(seed)
    spacy.util.fix_random_seed(seed)  # the same weights on every run
    examples = _sentences(shared, "train")
    labels = sorted({label for _, label in examples})
    classifier = spacy.blank("en")
    classifier.vocab.vectors = vectors  # the coder's own model: loaded once
    embed = {
        "@architectures": "spacy.MultiHashEmbed.v2",
        "width": 64,
        "rows": [2000, 2000, 1000, 1000],
        "attrs": ["ORTH", "LOWER", "PREFIX", "SUFFIX"],
        "include_static_vectors": True,
    }
    config = {
        "model": {
            "@architectures": "spacy.TextCatEnsemble.v2",
            "linear_model": {
                "@architectures": "spacy.TextCatBOW.v3",
                "exclusive_classes": True,
                "ngram_size": 1,
                "no_output_layer": False,
            },
            "tok2vec": {
                "@architectures": "spacy.Tok2Vec.v2",
                "embed": embed,
                "encode": {
                    "@architectures": "spacy.MaxoutWindowEncoder.v2",
                    "width": 64,
                    "window_size": 1,
                    "maxout_pieces": 3,
                    "depth": 2,
                },
            },
        }
    }
    textcat = classifier.add_pipe("textcat", config=config)
    for label in labels:
        textcat.add_label(label)
    data = [
        Example.from_dict(
            classifier.make_doc(text), {"cats": {x: float(x == label) for x in labels}}
        )
        for text, label in examples
    ]
    optimizer = classifier.initialize(lambda: data)
    for _ in range(epochs):
        random.shuffle(data)
        for start in range(0, len(data), 16):
            classifier.update(data[start : start + 16], sgd=optimizer, drop=0.2)
    return classifier


class Replay:
    """A coder that hands back articles coded before, in order (`runner.SupportsCodeMany`)."""

    def __init__(self, coded: list[CodedArticle]) -> None:
        self.coded = coded

    def code_many(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        return iter(self.coded)


def vetoed(
    coded: CodedArticle, classifier: spacy.language.Language, threshold: float, conflict_only: bool
) -> CodedArticle:
    """`coded` without the events whose class the classifier gives less than `threshold`."""
    cats = {s: classifier(s).cats for s in {e.sentence.text for e in coded.events}}

    def kept(event: Event) -> bool:
        label = pentaclass_of(event.cameo) or ""
        if conflict_only and label != "4":
            return True
        return cats[event.sentence.text].get(label, 1.0) >= threshold

    return replace(coded, events=tuple(e for e in coded.events if kept(e)))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--threshold", type=float, default=0.02)
    parser.add_argument("--conflict-only", action="store_true")
    args = parser.parse_args()
    settings = Settings.from_env()
    shared = settings.shared_dir
    coder = Coder.load(settings)
    classifier = train(shared, coder.nlp.vocab.vectors, args.epochs)
    held_out = _sentences(shared, "test")
    docs = classifier.pipe(text for text, _ in held_out)
    right = sum(
        max(d.cats, key=d.cats.__getitem__) == label
        for d, (_, label) in zip(docs, held_out, strict=True)
    )
    print(f"classifier accuracy on ConfliBERT test: {right / len(held_out):.3f}")

    table = runner.load_plover_table(shared)
    print(f"{'set':24s} {'rules F1 (P/R)':>20s} {'with veto F1 (P/R)':>22s}")
    for name in SETS:
        gold = runner.load_set(name, shared)
        articles = [
            Article(id=i.id, text=i.text, published=i.published)
            for i in gold.items
            if i.text.strip()
        ]
        coded = list(coder.code_many(articles))
        trimmed = [vetoed(c, classifier, args.threshold, args.conflict_only) for c in coded]
        row = [f"{name:24s}"]
        for replay in (Replay(coded), Replay(trimmed)):
            counts = runner.evaluate_set(gold, replay, table).levels[PAIRING_LEVEL[gold.scheme]]
            p, r = counts.precision or 0.0, counts.recall or 0.0
            row.append(f"{100 * counts.f1:6.1f} ({100 * p:4.1f}/{100 * r:4.1f})")
        print("  ".join(row))


if __name__ == "__main__":
    main()
