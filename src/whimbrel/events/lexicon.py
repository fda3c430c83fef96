"""The predicate lexicon: verb and noun triggers, their patterns, and the framing cues.

Data files in `data/lexicon/` (schemas in its README.md):

- `cameo-verbs.jsonl` / `cameo-synsets.jsonl`: the PETRARCH CAMEO verb dictionary, converted
  by `scripts/convert_cameo_verbs.py`;
- `triggers.tsv`: whimbrel's curated verb and noun triggers, which take precedence over the
  CAMEO verb defaults (the CAMEO dictionary leaves e.g. REFUSE uncoded and MEET at 040);
- `cues.tsv`: words that frame other events (reporting, alleging, refusing, planning...);
- `transforms.tsv`: how refusal, intent and threat frames change a code;
- `block-defaults.tsv`: the verbs coded by their CAMEO synonym block alone that may code on
  their own (under the stricter `verb-cameo-block` rule).

Everything is indexed by lemma once per process (`lexicon()`); matching is dict lookups.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources

from whimbrel.errors import DataError
from whimbrel.events import ontology

_DIR = "data/lexicon"
ROLES = frozenset(
    {
        "report",
        "disclosure",
        "assist",
        "partake",
        "joining",
        "cease",
        "allege",
        "deny",
        "refuse",
        "plan",
        "fear",
        "demand",
        "light",
        "voice",
        "naming",
        "pejorative",
        "forces",
        "deployment",
        "armed",
        "person",
        "option",
        "stance",
        "simulate",
        "believe",
        "vow",
        "harm",
        "explosive",
        "unknown",
        "document",
        "relation",
        "scourge",
        "reflexive",
        "proposition",
        "reception",
        "publication",
        "territory",
        "envoy",
        "journey",
        "caution",
        "quality",
        "requirement",
        "permit",
        "accident",
        "mishap",
        "summon",
        "cause",
        "topic",
        "bond",
        "mutual",
        "command",
        "weigh",
        "lethal",
        "undertaking",
        "premises",
        "verbal",
        "ailment",
        "arena",
        "onslaught",
        "money",
        "clientele",
        "ordeal",
        "appointment",
        "draft",
        "misfortune",
        "forbid",
        "elicit",
        "newcomer",
        "courtesy",
        "protester",
    }
)
TRANSFORMS = frozenset({"refuse", "cease", "intent", "threat", "condition", "joint"})
# A curated pattern with this code makes its frame no event ("signed the bill into law").
NO_EVENT = "-"
# Disapproval (criticism, accusation) and threat: a sibling's idiom never turns the first
# into the second (`_borrowed`).
DISAPPROVE_ROOT = "11"
THREATEN_ROOT = "13"


@dataclass(frozen=True)
class Pattern:
    """A trigger refined by its dependents; `specificity` ranks competing matches."""

    code: str
    particle: str | None = None
    object: tuple[str, ...] = ()
    preps: tuple[tuple[str, tuple[str, ...]], ...] = ()
    before: tuple[str, ...] = ()
    reverse: str | None = None
    source: str = "cameo"
    # The verb of the block the pattern was written under (CAMEO's `from`): on a tie, a
    # pattern written for the verb itself wins over a sibling's ("ratified an agreement").
    written_for: str | None = None

    @property
    def specificity(self) -> int:
        score = 2 * bool(self.particle) + 2 * bool(self.object) + 2 * len(self.preps)
        score += len(self.object) + sum(len(words) for _, words in self.preps)
        # Curated entries win: they were written for this coder's frames.
        return score + 100 * (self.source == "curated")


@dataclass(frozen=True)
class Trigger:
    """What a lemma codes alone (`code`, may be None) and the patterns that refine it."""

    lemma: str
    pos: str
    code: str | None
    reverse: str | None = None
    source: str = "cameo"
    patterns: tuple[Pattern, ...] = ()


@dataclass
class Lexicon:
    verbs: dict[str, Trigger] = field(default_factory=dict)
    nouns: dict[str, Trigger] = field(default_factory=dict)
    synsets: dict[str, frozenset[str]] = field(default_factory=dict)
    cues: dict[str, frozenset[str]] = field(default_factory=dict)
    transforms: dict[str, dict[str, str]] = field(default_factory=dict)
    # Verbs whose CAMEO synonym-block default may code alone (`block-defaults.tsv`).
    block_defaults: frozenset[str] = frozenset()
    # Lower-case openings of copied web navigation, coded for no events (`navigation.tsv`).
    navigation: tuple[str, ...] = ()
    # Nouns of "in the wake of", "in response to": no place (`circumstance_nouns.tsv`).
    circumstances: frozenset[str] = frozenset()
    # Inflected form -> lemma, for the verbs and nouns the lexicon knows.
    forms: dict[str, str] = field(default_factory=dict)

    def has_role(self, lemma: str, role: str) -> bool:
        return role in self.cues.get(lemma, ())

    def in_class(self, word: str, name: str) -> bool:
        """Whether `word` belongs to synset or cue class `name` (written &NAME in patterns)."""
        name = name.lstrip("&").upper()
        return word in self.synsets.get(name, ()) or self.has_role(word, name.lower())

    def in_class_either_number(self, word: str, name: str) -> bool:
        """`in_class` for a word that may be a plural: classes list most members in the
        singular ("sent weapons" is &WEAPON, "attacked with guns" names a weapon)."""
        return self.in_class(word, name) or self.in_class(crude_singular(word), name)

    def navigation_text(self, text: str) -> bool:
        """Whether a sentence is web navigation copied into the story, not its report."""
        return text.lstrip().lower().startswith(self.navigation)

    def transform(self, kind: str, code: str) -> str | None:
        table = self.transforms.get(kind, {})
        for length in range(len(code), 1, -1):
            if code[:length] in table:
                return table[code[:length]]
        return None


def _open(name: str):
    return resources.files("whimbrel").joinpath(f"{_DIR}/{name}").open(encoding="utf-8")


def _tsv(name: str) -> Iterable[dict[str, str]]:
    with _open(name) as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            first = next(iter(row.values()), "") or ""
            if first.startswith("#") or not first.strip():
                continue
            yield {k: (v or "").strip() for k, v in row.items() if k is not None}


def _check_code(code: str | None, where: str) -> None:
    if code is not None and code not in ontology.codes():
        raise DataError(f"{_DIR}/{where}", f"unknown CAMEO code {code!r}")


def regular_forms(lemma: str, pos: str) -> set[str]:
    """Regular English inflections: what the CAMEO dictionary leaves implicit."""
    if " " in lemma:
        head, _, rest = lemma.partition(" ")
        return {f"{form} {rest}" for form in regular_forms(head, pos)}
    forms = set()
    vowels = "aeiou"
    if lemma.endswith(("s", "x", "z", "ch", "sh")):
        plural = lemma + "es"
    elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in vowels:
        plural = lemma[:-1] + "ies"
    else:
        plural = lemma + "s"
    forms.add(plural)
    if pos == "noun":
        return forms
    if lemma.endswith("e"):
        forms |= {lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in vowels:
        forms |= {lemma[:-1] + "ied", lemma + "ing"}
    else:
        forms |= {lemma + "ed", lemma + "ing"}
        # Doubled final consonant (plan -> planned, ban -> banned) for short CVC verbs.
        if _ends_short_syllable(lemma):
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


def _ends_short_syllable(word: str) -> bool:
    """Whether a word ends consonant-vowel-consonant ("hop", "tap"), the ending a verb doubles
    before "-ing" and "-ed"."""
    vowels = "aeiou"
    return (
        len(word) >= 3
        and word[-1] not in vowels + "wxy"
        and word[-2] in vowels
        and word[-3] not in vowels
    )


def _pattern(raw: dict, source: str) -> Pattern:
    return Pattern(
        code=raw["code"],
        particle=raw.get("particle") or None,
        object=tuple(raw.get("object") or ()),
        preps=tuple((p, tuple(words)) for p, words in raw.get("preps") or ()),
        before=tuple(raw.get("before") or ()),
        reverse=raw.get("reverse") or None,
        source=source,
        written_for=raw.get("from") or None,
    )


def _load_cameo(lex: Lexicon) -> None:
    with _open("cameo-synsets.jsonl") as handle:
        for number, line in enumerate(handle, 1):
            row = json.loads(line)
            if not isinstance(row.get("name"), str) or not isinstance(row.get("words"), list):
                raise DataError(f"{_DIR}/cameo-synsets.jsonl", f"line {number}: bad synset")
            lex.synsets[row["name"].upper()] = frozenset(row["words"])
    patterns: dict[str, list[Pattern]] = {}
    defaults: dict[str, str | None] = {}
    inherited: dict[str, bool] = {}
    with _open("cameo-verbs.jsonl") as handle:
        for number, line in enumerate(handle, 1):
            block = json.loads(line)
            if not isinstance(block.get("verbs"), list):
                raise DataError(f"{_DIR}/cameo-verbs.jsonl", f"line {number}: no verbs list")
            block_patterns = []
            for raw in block["patterns"]:
                _check_code(raw["code"], "cameo-verbs.jsonl")
                pattern = _pattern(raw, "cameo")
                if raw.get("verb"):
                    patterns.setdefault(raw["verb"], []).append(pattern)
                else:
                    block_patterns.append(pattern)
            for verb in block["verbs"]:
                lemma = verb["lemma"]
                code = verb.get("code") or block.get("code")
                _check_code(code, "cameo-verbs.jsonl")
                # A verb listed in several blocks keeps its first coded default; one coded by
                # its block only is marked so the coder can tell it from a verb's own code.
                if defaults.get(lemma) is None:
                    defaults[lemma] = code
                    inherited[lemma] = (
                        not verb.get("code") and code is not None and lemma != block["block"]
                    )
                patterns.setdefault(lemma, []).extend(block_patterns)
                for form in verb.get("forms", []):
                    lex.forms.setdefault(form, lemma)
    for lemma, code in defaults.items():
        source = "cameo-block" if inherited.get(lemma) else "cameo"
        lex.verbs[lemma] = Trigger(
            lemma, "verb", code, source=source, patterns=tuple(patterns.get(lemma, ()))
        )


def _prep(text: str) -> tuple[str, tuple[str, ...]]:
    """A curated prepositional constraint: "for", or "as &PEJORATIVE" (preposition, words)."""
    prep, *words = text.split()
    return prep, tuple(words)


def _load_curated(lex: Lexicon) -> None:
    for row in _tsv("triggers.tsv"):
        lemma, pos, code = row["lemma"].lower(), row["pos"], row["code"]
        if pos not in ("verb", "noun") or not lemma or not code:
            raise DataError(f"{_DIR}/triggers.tsv", f"bad row {row!r}")
        constrained = row.get("particle") or row.get("object") or row.get("prep")
        if code == "-" and not constrained:
            # Not a trigger at all: a CAMEO default too vague to keep.
            (lex.verbs if pos == "verb" else lex.nouns).pop(lemma, None)
            continue
        if code != NO_EVENT:
            _check_code(code, "triggers.tsv")
        reverse = row.get("reverse") or None
        _check_code(reverse, "triggers.tsv")
        table = lex.verbs if pos == "verb" else lex.nouns
        old = table.get(lemma)
        if constrained:
            pattern = Pattern(
                code=code,
                particle=row.get("particle") or None,
                object=tuple(row["object"].split("|")) if row.get("object") else (),
                preps=(_prep(row["prep"]),) if row.get("prep") else (),
                reverse=reverse,
                source="curated",
            )
            if old is None:
                table[lemma] = Trigger(lemma, pos, None, None, "curated", (pattern,))
            else:
                table[lemma] = Trigger(
                    lemma, pos, old.code, old.reverse, old.source, (pattern, *old.patterns)
                )
        else:
            patterns = old.patterns if old else ()
            table[lemma] = Trigger(lemma, pos, code, reverse, "curated", patterns)


def _load_cues(lex: Lexicon) -> None:
    cues: dict[str, set[str]] = {}
    for row in _tsv("cues.tsv"):
        if row["role"] not in ROLES:
            raise DataError(f"{_DIR}/cues.tsv", f"unknown role {row['role']!r}")
        cues.setdefault(row["lemma"].lower(), set()).add(row["role"])
    lex.cues = {k: frozenset(v) for k, v in cues.items()}
    for row in _tsv("transforms.tsv"):
        if row["when"] not in TRANSFORMS:
            raise DataError(f"{_DIR}/transforms.tsv", f"unknown frame {row['when']!r}")
        _check_code(row["to"], "transforms.tsv")
        lex.transforms.setdefault(row["when"], {})[row["from"]] = row["to"]


def _load_block_defaults(lex: Lexicon) -> None:
    allowed = set()
    for row in _tsv("block-defaults.tsv"):
        lemma, code = row["lemma"], row.get("code") or None
        trigger = lex.verbs.get(lemma)
        if trigger is None or trigger.source != "cameo-block":
            raise DataError(f"{_DIR}/block-defaults.tsv", f"{lemma!r} has no CAMEO block default")
        _check_code(code, "block-defaults.tsv")
        if code is not None:
            # The block's code does not fit this member ("opposed to": a rejection).
            lex.verbs[lemma] = Trigger(
                lemma, "verb", code, trigger.reverse, trigger.source, trigger.patterns
            )
        allowed.add(lemma)
    lex.block_defaults = frozenset(allowed)


def _load_navigation(lex: Lexicon) -> None:
    lex.navigation = tuple(row["prefix"].lower() for row in _tsv("navigation.tsv"))


def _load_circumstances(lex: Lexicon) -> None:
    lex.circumstances = frozenset(row["noun"].lower() for row in _tsv("circumstance_nouns.tsv"))


def _drop_borrowed_idioms(lex: Lexicon) -> None:
    """PETRARCH lets every pattern of a synonym block apply to all its verbs; a sibling's
    idiom that would turn a verb from conflict to cooperation, or from words to deeds, does
    not carry over: "take part" (030) is not "captured part of a rebel base" (capture: 171),
    nor is express's "&OPPOSITION" (110) "citing domestic opposition" (cite: 010). Nor does
    a sibling's phrasal verb carry over, whatever its code (`_borrowed_phrasal`)."""
    for table in (lex.verbs, lex.nouns):
        for lemma, trigger in table.items():
            kept = tuple(
                p
                for p in trigger.patterns
                if not _borrowed(p, trigger) and not _borrowed_phrasal(p, trigger, lex)
            )
            if len(kept) != len(trigger.patterns):
                table[lemma] = replace(trigger, patterns=kept)


def _borrowed_phrasal(pattern: Pattern, trigger: Trigger, lex: Lexicon) -> bool:
    """Whether `pattern` is a sibling's phrasal verb, a particle and nothing else: a phrasal
    verb is a word of its own, not shared by synonyms ("cut down" is 194, "split down the
    middle" nothing; "advance into" is force, "proceed into" is not)."""
    if not pattern.particle or pattern.object or pattern.preps or pattern.before:
        return False
    return written_for_sibling(pattern, trigger, lex)


def written_for_sibling(pattern: Pattern, trigger: Trigger, lex: Lexicon) -> bool:
    """Whether a CAMEO pattern was written for another verb of the trigger's block."""
    if pattern.source != "cameo" or pattern.written_for is None:
        return False
    # CAMEO's `from` may be an inflected form ("threw"), and a form may be listed as a verb
    written_for = lex.forms.get(pattern.written_for, pattern.written_for)
    return (
        trigger.lemma != written_for
        and lex.forms.get(trigger.lemma) != written_for
        and pattern.written_for not in regular_forms(trigger.lemma, "verb")
    )


def _borrowed(pattern: Pattern, trigger: Trigger) -> bool:
    """Whether `pattern` is a sibling verb's idiom that changes `trigger`'s quad class, makes
    it one act of both sides ("announced a plan", 032 both ways, is no joint act when the verb
    is "described"; a visit and its hosting, 042 and 043, is two acts), or makes a threat of
    words against someone: "condemned the administration's move" is criticism (111), not
    the threat (130) CAMEO writes for "prevented a move" in the same block."""
    if pattern.source != "cameo" or pattern.code == NO_EVENT or trigger.code is None:
        return False
    if pattern.written_for in (None, trigger.lemma):
        return False
    if not (pattern.object or pattern.particle or pattern.preps):
        return False
    if pattern.reverse == pattern.code and not trigger.reverse:
        return True
    if trigger.code[:2] == DISAPPROVE_ROOT and pattern.code[:2] == THREATEN_ROOT:
        return True
    return ontology.quad_class(pattern.code) != ontology.quad_class(trigger.code)


def crude_singular(word: str) -> str:
    """A crude singular for object nouns the lexicon does not know ("blocked roads")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


@cache
def lexicon() -> Lexicon:
    """The packaged lexicon, loaded and indexed once per process."""
    lex = Lexicon()
    _load_cameo(lex)
    _load_curated(lex)
    _load_cues(lex)
    _load_block_defaults(lex)
    _load_navigation(lex)
    _load_circumstances(lex)
    _drop_borrowed_idioms(lex)
    verbal = {*lex.verbs, *lex.cues}
    for table, pos in ((lex.verbs, "verb"), (lex.nouns, "noun")):
        for lemma in table:
            # "hoping", "hoped" are "hope"'s, not "hop"'s (which doubles: "hopping")
            doubling = _ends_short_syllable(lemma) and lemma + "e" in verbal
            silent_e = regular_forms(lemma + "e", "verb") if doubling else set()
            for form in regular_forms(lemma, pos) - silent_e:
                lex.forms.setdefault(form, lemma)
    for lemma in lex.cues:
        for form in regular_forms(lemma, "verb"):
            lex.forms.setdefault(form, lemma)
    for lemma in (*lex.verbs, *lex.nouns, *lex.cues):
        lex.forms[lemma] = lemma
    return lex
