"""The events stage's data files: ontology, lexicon, places. Each loads and is checked."""

from __future__ import annotations

import csv
import importlib.util
import json
from importlib import resources
from pathlib import Path

import pytest

from whimbrel.errors import DataError
from whimbrel.events import ontology, places
from whimbrel.events.lexicon import ROLES, lexicon, regular_forms
from whimbrel.events.modality import FUTURE_AUX
from whimbrel.events.rules import Bound, Rule, Step, parse_rule_table, rule_table, table_rows

ROOTS = [f"{n:02d}" for n in range(1, 21)]
SCRIPTS = Path(__file__).resolve().parents[2] / "scripts"


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_ontology_codes_have_weights_and_quad_classes():
    codes = ontology.codes()
    assert len(codes) == 311
    assert {c.root for c in codes.values()} == set(ROOTS)
    assert ontology.lookup("190").quad_class == 4
    assert ontology.lookup("036").quad_class == 1
    assert ontology.lookup("112").goldstein < 0 < ontology.lookup("057").goldstein


def test_plover_table_maps_every_root_from_03_and_falls_back_to_parents():
    table = ontology.plover_table()
    # The PLOVER table lists a few four-digit codes (1213, 1214) the codebook lacks.
    assert all(code[:3] in ontology.codes() for code in table)
    for root in ROOTS[2:]:
        assert ontology.plover(root + "0") is not None, root
    assert ontology.plover("1123").event == "ACCUSE"
    assert ontology.plover("1123").context == ("military",)
    assert ontology.plover("0441") == ontology.plover("044")
    # The 2021 table leaves out statements (01) and appeals (02).
    assert ontology.plover("010") is None


def test_cameo_verbs_jsonl_schema():
    path = resources.files("whimbrel").joinpath("data/lexicon/cameo-verbs.jsonl")
    with path.open(encoding="utf-8") as handle:
        blocks = [json.loads(line) for line in handle]
    assert len(blocks) > 300
    pattern_keys = {"before", "particle", "object", "preps", "code", "reverse", "from", "verb"}
    for block in blocks:
        assert set(block) == {"block", "code", "verbs", "patterns"}
        for verb in block["verbs"]:
            assert {"lemma"} <= set(verb) <= {"lemma", "code", "forms"}
            assert verb["lemma"] == verb["lemma"].lower()
        for pattern in block["patterns"]:
            assert pattern["code"] in ontology.codes()
            assert set(pattern) <= pattern_keys
            assert set(pattern) - {"code", "from", "reverse", "verb"}, pattern  # tests something


def test_lexicon_covers_every_root_with_verbs_and_nouns():
    lex = lexicon()
    roots = {t.code[:2] for t in lex.verbs.values() if t.code}
    roots |= {p.code[:2] for t in lex.verbs.values() for p in t.patterns}
    assert roots >= set(ROOTS)
    noun_roots = {t.code[:2] for t in lex.nouns.values() if t.code}
    for noun in (
        "talks",
        "sanctions",
        "annexation",
        "visit",
        "invasion",
        "attack",
        "meeting",
        "summit",
    ):
        assert lex.forms.get(noun) in lex.nouns, noun
    assert len(noun_roots) >= 12


def test_lexicon_forms_and_cues():
    lex = lexicon()
    assert lex.forms["met"] == "meet"  # irregular, from the CAMEO dictionary
    assert lex.forms["accused"] == "accuse"
    assert lex.forms["massing"] == "mass"
    assert lex.forms["sanctions"] == "sanction"
    assert lex.has_role("accuse", "allege") and lex.has_role("refuse", "refuse")
    assert lex.in_class("troops", "&FORCES")
    assert all(roles <= ROLES for roles in lex.cues.values())
    assert "will" in FUTURE_AUX


@pytest.mark.parametrize(
    ("kind", "code", "expected"),
    [
        ("refuse", "080", "124"),
        ("refuse", "0841", "124"),
        ("intent", "040", "036"),
        ("intent", "074", "0334"),
        ("threat", "190", "138"),
        ("threat", "163", "1312"),
        ("refuse", "190", None),
    ],
)
def test_transforms(kind, code, expected):
    assert lexicon().transform(kind, code) == expected


def test_regular_forms():
    assert regular_forms("plan", "verb") >= {"plans", "planned", "planning"}
    assert regular_forms("deny", "verb") >= {"denies", "denied"}
    assert regular_forms("sanction", "noun") == {"sanctions"}


def test_curated_triggers_rows_are_well_formed():
    path = resources.files("whimbrel").joinpath("data/lexicon/triggers.tsv")
    with path.open(encoding="utf-8") as handle:
        rows = [r for r in csv.DictReader(handle, delimiter="\t") if not r["lemma"].startswith("#")]
    for row in rows:
        assert row["pos"] in ("verb", "noun"), row
        assert row["code"] == "-" or row["code"] in ontology.codes(), row
        assert not row.get("reverse") or row["reverse"] in ontology.codes(), row


def test_convert_pattern_syntax():
    convert = _script("convert_cameo_verbs")
    pattern = convert.parse_pattern(" * POLICE (TO BORDER) ")
    assert pattern == {
        "before": [],
        "particle": None,
        "object": ["police"],
        "preps": [["to", ["border"]]],
    }
    assert convert.parse_pattern(" * OFF {ARMS SHIPMENT}")["particle"] == "off"
    assert convert.parse_pattern(" &MILITARY * ")["before"] == ["&military"]


@pytest.mark.shared
def test_packaged_lexicon_is_the_conversion_of_the_shared_dictionary(shared_dir):
    convert = _script("convert_cameo_verbs")
    source = shared_dir / "corpus" / "dictionaries" / "CAMEO.2.0.txt"
    blocks, synsets, _ = convert.convert(source.read_text(encoding="utf-8"), set(ontology.codes()))
    path = resources.files("whimbrel").joinpath("data/lexicon/cameo-verbs.jsonl")
    with path.open(encoding="utf-8") as handle:
        assert [json.loads(line) for line in handle] == [convert.compact(b) for b in blocks]
    plover = _script("convert_cameo_plover")
    rows = plover.convert(
        (shared_dir / "corpus" / "dictionaries" / "CAMEO2PLOVER-2021.txt").read_text("utf-8")
    )
    assert {row[0] for row in rows} == set(ontology.plover_table())


@pytest.mark.parametrize(
    ("name", "country"),
    [
        ("Geneva", "CHE"),
        ("the Black Sea", None),
        ("Kiev", "UKR"),
        ("Kyiv", "UKR"),
        ("Crimea", "UKR"),
        ("Donbas", "UKR"),
        ("Gaza", "PSE"),
        ("Paris", "FRA"),
        ("Ukraine", "UKR"),
    ],
)
def test_places_resolve(name, country):
    place = places.resolve(name)
    assert place is not None
    assert place.country == country


def test_places_unknown_and_most_populous():
    assert places.resolve("Nowhere-on-Sea") is None
    geneva = places.resolve("Geneva")
    assert geneva is not None and geneva.lat == pytest.approx(46.2, abs=0.1)
    gazetteer = places.gazetteer()
    assert all(p.lat is not None and p.lon is not None for p in gazetteer.values())


def test_rule_table_gives_every_rule_a_confidence_within_the_bounds():
    table = rule_table()
    lowest, highest = table.bounds[Bound.LOWEST], table.bounds[Bound.HIGHEST]
    assert set(table.base) == set(Rule) and set(table.steps) == set(Step)
    assert all(lowest < confidence <= highest for confidence in table.base.values())
    for effect in table.steps.values():
        assert 0 <= effect.penalty < highest
        assert effect.ceiling is None or lowest <= effect.ceiling <= highest
    # A matched pattern is surer than the verb's default, the default the least sure but
    # for the synonym-block default, which is surer of nothing.
    assert table.base[Rule.VERB_CURATED_PATTERN] > table.base[Rule.VERB_CURATED]
    others = {rule: base for rule, base in table.base.items() if rule != Rule.VERB_CAMEO_BLOCK}
    assert min(others.values()) == table.base[Rule.VERB_CAMEO_DEFAULT]
    assert table.base[Rule.VERB_CAMEO_BLOCK] < table.base[Rule.VERB_CAMEO_DEFAULT]
    assert table.clamp(-1.0) == lowest and table.clamp(2.0) == highest


def test_rule_table_refuses_a_missing_an_unknown_or_a_repeated_row():
    rows = table_rows()
    with pytest.raises(DataError, match="no row for noun-dated"):
        parse_rule_table([r for r in rows if r["name"] != "noun-dated"])
    unknown = {**rows[0], "name": "verb-guessed"}
    with pytest.raises(DataError, match="unknown or repeated rule 'verb-guessed'"):
        parse_rule_table([*rows, unknown])
    with pytest.raises(DataError, match="unknown or repeated"):
        parse_rule_table([*rows, rows[0]])
    with pytest.raises(DataError, match="not a number"):
        parse_rule_table([{**rows[0], "confidence": "high"}, *rows[1:]])
