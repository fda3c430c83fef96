"""Convert the PETRARCH CAMEO verb dictionary into whimbrel's lexicon data.

    python scripts/convert_cameo_verbs.py ../shared/corpus/dictionaries/CAMEO.2.0.txt

Writes two files under `src/whimbrel/data/lexicon/` (schemas in that folder's README.md):

- `cameo-verbs.jsonl`: one line per synonym block of the dictionary::

    {"block": "ask", "code": null,
     "verbs": [{"lemma": "ask", "code": "020"}, {"lemma": "query", "forms": [...]}, ...],
     "patterns": [{"object": ["extradition"], "code": "0213", "from": "request"}, ...]}

  Empty keys are left out. A verb's `code` (or else the block's) is what the verb codes
  alone; a pattern refines it when the verb's dependents match. `forms` lists irregular
  forms only; the loader makes the regular ones. Multi-word verbs (``+ASK_FOR``) become
  patterns with a particle.
- `cameo-synsets.jsonl`: ``{"name": "WEAPON", "words": ["missile", "rocket launcher"]}``.

The dictionary's `[a:b]` codes give `a` for source->target and `b` (`reverse`) for the
target acting back; patterns with no forward code, or a code outside the ontology, are
dropped and counted, as are patterns that test nothing but actor slots. Pattern words are
lower-cased; `&NAME` stays as a synset reference.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/whimbrel/data/lexicon"
CODES = ROOT / "src/whimbrel/data/ontology/cameo-codes.tsv"
PARTICLES = {
    "out",
    "up",
    "down",
    "off",
    "back",
    "away",
    "forward",
    "aside",
    "over",
    "in",
    "on",
    "through",
    "together",
    "apart",
    "around",
    "ahead",
    "along",
    "for",
    "into",
    "across",
}
BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")
CODE = re.compile(r"\[([^\]]*)\]")


def _code(text: str, valid: set[str]) -> tuple[str | None, str | None]:
    forward, _, reverse = text.strip().partition(":")
    forward, reverse = forward.strip(), reverse.strip()
    return (forward if forward in valid else None, reverse if reverse in valid else None)


def _word(token: str) -> str:
    return token.strip("_").replace("_", " ").lower()


def _tokens(text: str) -> list[str]:
    """Split a pattern into words, {noun phrases} and (prepositional phrases)."""
    out: list[str] = []
    depth_brace = 0
    current = ""
    for char in text:
        if char in "{(":
            if depth_brace == 0 and current.strip():
                out.extend(current.split())
                current = ""
            depth_brace += 1
            current += char
        elif char in "})":
            current += char
            depth_brace -= 1
            if depth_brace == 0:
                out.append(current.strip())
                current = ""
        else:
            current += char
    out.extend(current.split())
    return out


def _phrase(token: str) -> list[str]:
    inner = token.strip("{}")
    return [_word(w) for w in inner.split() if w not in "$+^%"]


def parse_pattern(body: str) -> dict | None:
    if "*" not in body:
        return None
    left, _, right = body.partition("*")
    before = [_word(w) for w in left.split() if w.strip("$+^%") and not w.startswith("{")]
    pattern: dict = {"before": before, "particle": None, "object": [], "preps": []}
    for token in _tokens(right):
        if token.startswith("("):
            parts = _tokens(token[1:-1])
            if not parts:
                continue
            prep, rest = parts[0].lower(), parts[1:]
            words = [w for part in rest for w in _phrase(part)]
            pattern["preps"].append([prep, words])
        elif token.startswith("{"):
            if not pattern["object"]:
                pattern["object"] = _phrase(token)
        elif token.strip("$+^%_"):
            word = _word(token)
            if (
                not pattern["object"]
                and pattern["particle"] is None
                and not pattern["preps"]
                and word in PARTICLES
            ):
                pattern["particle"] = word
            elif not pattern["object"]:
                pattern["object"] = [word]
    return pattern


def convert(text: str, valid: set[str]) -> tuple[list[dict], list[dict], int]:
    synsets: list[dict] = []
    blocks: list[dict] = []
    dropped = 0
    section = "synsets"
    current: dict | None = None
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if raw.startswith("####### VERB PATTERNS"):
            section = "verbs"
            continue
        if raw.startswith("######## TRANSFORMATIONS"):
            break
        if not line.strip():
            continue
        if section == "synsets":
            if line.startswith("&"):
                current = {"name": line[1:].strip().rstrip("_"), "words": []}
                synsets.append(current)
            elif line.startswith("+") and current is not None:
                current["words"].append(_word(line[1:].strip()))
            continue
        block = BLOCK.match(line)
        if block:
            code, _ = _code(block[2], valid)
            current = {"block": block[1].lower(), "code": code, "verbs": [], "patterns": []}
            blocks.append(current)
            continue
        if current is None:
            continue
        if line.startswith("-"):
            match = CODE.search(line)
            comment_words = raw.split("#", 1)[1].split() if "#" in raw else []
            comment = comment_words[0].lower() if comment_words else None
            if not match:
                dropped += 1
                continue
            code, reverse = _code(match[1], valid)
            pattern = parse_pattern(line[1 : match.start()])
            if pattern is not None and not any(pattern.values()):
                # "- * $ [190]": nothing left to test once actor slots are dropped.
                pattern = None
            if code is None or pattern is None:
                dropped += 1
                continue
            pattern.update(code=code, reverse=reverse, **{"from": comment})
            current["patterns"].append(pattern)
            continue
        # A verb line: WORD {IRREGULAR FORMS} [code], or +MULTI_WORD {...} [code].
        match = CODE.search(line)
        code = _code(match[1], valid)[0] if match else None
        head = line[: match.start()] if match else line
        forms_match = re.search(r"\{([^}]*)\}", head)
        forms = forms_match[1].split() if forms_match else []
        word = re.sub(r"\{[^}]*\}", "", head).strip()
        if not word:
            continue
        if word.startswith("+"):
            words = word[1:].lower().split("_")
            if len(words) >= 2 and code:
                lemma = words[0]
                current["patterns"].append(
                    {
                        "before": [],
                        "particle": " ".join(words[1:]),
                        "object": [],
                        "preps": [],
                        "code": code,
                        "reverse": None,
                        "from": lemma,
                        "verb": lemma,
                    }
                )
            continue
        current["verbs"].append(
            {"lemma": _word(word), "code": code, "forms": sorted({_word(f) for f in forms})}
        )
    return blocks, synsets, dropped


def compact(block: dict) -> dict:
    """Leave out empty keys (no particle, no prepositions...): the loader defaults them."""

    def strip(row: dict) -> dict:
        return {k: v for k, v in row.items() if v not in (None, [], "")}

    return {
        "block": block["block"],
        "code": block["code"],
        "verbs": [strip(v) for v in block["verbs"]],
        "patterns": [strip(p) for p in block["patterns"]],
    }


def main(source: str) -> None:
    with CODES.open(encoding="utf-8") as handle:
        valid = {row["code"] for row in csv.DictReader(handle, delimiter="\t")}
    blocks, synsets, dropped = convert(Path(source).read_text(encoding="utf-8"), valid)
    OUT.mkdir(parents=True, exist_ok=True)
    with (OUT / "cameo-verbs.jsonl").open("w", encoding="utf-8") as handle:
        for block in blocks:
            handle.write(json.dumps(compact(block), separators=(",", ":")) + "\n")
    with (OUT / "cameo-synsets.jsonl").open("w", encoding="utf-8") as handle:
        for synset in synsets:
            handle.write(json.dumps(synset, separators=(",", ":")) + "\n")
    patterns = sum(len(b["patterns"]) for b in blocks)
    verbs = sum(len(b["verbs"]) for b in blocks)
    print(
        f"{len(blocks)} blocks, {verbs} verbs, {patterns} patterns, {len(synsets)} synsets; "
        f"{dropped} patterns dropped (no usable code)"
    )


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus/dictionaries/CAMEO.2.0.txt")
