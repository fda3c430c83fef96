"""The knowledge base: packaged files against their schema, dated lookups, user files."""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from importlib import resources
from pathlib import Path

import pycountry
import pytest

from whimbrel.actors import KnowledgeBase, load_kb
from whimbrel.actors.kb import PACKAGED, _parse
from whimbrel.errors import DataError
from whimbrel.pipeline import Coder

CODE = re.compile(r"^[A-Z][A-Z0-9]{2,}$")
# Offices one person holds at a time per code; a handover day may belong to both.
SINGLE_HOLDER = {
    "president",
    "prime minister",
    "chancellor",
    "foreign minister",
    "defence minister",
    "secretary-general",
    "supreme leader",
    "king",
}


@pytest.fixture(scope="module")
def kb(coder: Coder) -> KnowledgeBase:
    return coder.kb


def _packaged(name: str) -> list[dict]:
    text = (resources.files("whimbrel.data.actors") / name).read_text(encoding="utf-8")
    return _parse(text, name, name, check=True)


@pytest.mark.parametrize("name", PACKAGED)
def test_packaged_file_matches_schema(name: str) -> None:
    records = _packaged(name)
    assert records
    ids = [r["id"] for r in records]
    if name.endswith(".yaml"):
        assert len(ids) == len(set(ids)), "an id twice in one hand file"
    for record in records:
        for key in ("code",):
            if record.get(key) is not None:
                assert CODE.match(record[key]), (record["id"], record[key])
        for role in record.get("roles") or ():
            assert CODE.match(role["code"]), (record["id"], role)
            if role.get("start") and role.get("end"):
                assert role["start"] <= role["end"], (record["id"], role)


def test_curated_people_have_gender_and_offices() -> None:
    for record in _packaged("people.yaml"):
        assert record.get("gender") in ("m", "f"), record["id"]
        for role in record.get("roles") or ():
            assert role.get("office") and role.get("start"), (record["id"], role)


def test_curated_offices_do_not_overlap() -> None:
    terms: dict[tuple[str, str], list[tuple[date, date, str]]] = {}
    for record in _packaged("people.yaml"):
        for role in record.get("roles") or ():
            if (
                role["office"] in SINGLE_HOLDER
                and "acting" not in (role.get("comment") or "").lower()
            ):
                end = role.get("end") or date(2100, 1, 1)
                terms.setdefault((role["code"], role["office"]), []).append(
                    (role["start"], end, record["id"])
                )
    for key, spans in terms.items():
        spans.sort()
        for (_, end, who), (start, _, next_who) in zip(spans, spans[1:], strict=False):
            assert start >= end - timedelta(days=1), (key, who, next_who)


def test_tsv_tables_load(kb: KnowledgeBase) -> None:
    assert kb.agents["troops"] == "MIL"
    assert kb.agents["spokesman"] == "GOV"  # agents_extra.tsv overrides Phoenix's MED
    assert kb.titles["secretary of state"] == "foreign minister"
    assert kb.role_names["MIL"] == "military"


def test_every_iso_country_is_an_entity(kb: KnowledgeBase) -> None:
    missing = [
        c.alpha_3
        for c in pycountry.countries
        if kb.entities.get(c.alpha_3) is None or kb.entities[c.alpha_3].type != "country"
    ]
    assert missing == []


def test_size(kb: KnowledgeBase) -> None:
    stats = kb.stats()
    assert stats["countries"] >= 249
    assert stats["people"] >= 10_000
    assert stats["surface_forms"] >= 30_000


@pytest.mark.parametrize(
    ("entity", "day", "code", "role"),
    [
        ("vladimir-putin", date(1999, 10, 1), "RUSGOV", "prime minister"),
        ("vladimir-putin", date(2005, 1, 1), "RUSGOV", "president"),
        ("vladimir-putin", date(2010, 1, 1), "RUSGOV", "prime minister"),
        ("vladimir-putin", date(2021, 12, 4), "RUSGOV", "president"),
        ("donald-trump", date(2021, 12, 4), "USAELI", "former president"),
        ("donald-trump", date(2025, 2, 1), "USAGOV", "president"),
        ("joe-biden", date(2012, 1, 1), "USAGOV", "vice president"),
        ("volodymyr-zelensky", date(2019, 5, 19), "UKRELI", None),
        ("volodymyr-zelensky", date(2019, 5, 20), "UKRGOV", "president"),
        ("taliban", date(2020, 1, 1), "AFGREB", "insurgency"),
        ("taliban", date(2022, 1, 1), "AFGGOV", "government"),
    ],
)
def test_actor_on_date(
    kb: KnowledgeBase, entity: str, day: date, code: str, role: str | None
) -> None:
    actor = kb.actor(entity, day)
    assert actor.code == code
    if role is not None:
        assert actor.role == role


@pytest.mark.parametrize(
    ("country", "office", "day", "holder"),
    [
        ("USA", "president", date(2021, 12, 4), "joe-biden"),
        ("USA", "president", date(2021, 1, 20), "joe-biden"),  # the handover day: newcomer
        ("USA", "president", None, "donald-trump"),
        ("GBR", "prime minister", date(2022, 10, 1), "liz-truss"),
        ("UKR", "foreign minister", date(2024, 10, 1), "andrii-sybiha"),
        ("RUS", "defence minister", date(2024, 6, 1), "andrei-belousov"),
        ("DEU", "chancellor", date(2025, 6, 1), "friedrich-merz"),
    ],
)
def test_holder(
    kb: KnowledgeBase, country: str, office: str, day: date | None, holder: str
) -> None:
    assert kb.holder(country, office, day) == holder


def test_user_file_adds_and_extends(tmp_path: Path) -> None:
    extra = tmp_path / "my_actors.yaml"
    extra.write_text(
        "- id: jane-doe\n"
        "  name: Jane Doe\n"
        "  type: person\n"
        "  country: GBR\n"
        "  gender: f\n"
        "  aliases: [Doe]\n"
        "  roles:\n"
        "    - {office: foreign minister, code: GBRGOV, start: 2027-01-01}\n"
        "- id: RUS\n"
        "  aliases: [Rossiyskaya Federatsiya]\n",
        encoding="utf-8",
    )
    lines = tmp_path / "more.jsonl"
    lines.write_text(
        json.dumps(
            {
                "id": "acme-militia",
                "name": "Acme Militia",
                "type": "group",
                "country": "UKR",
                "code": "UKRREB",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    kb = load_kb([extra, lines])
    assert kb.actor("jane-doe", date(2027, 3, 1)).code == "GBRGOV"
    assert kb.holder("GBR", "foreign minister", date(2027, 3, 1)) == "jane-doe"
    assert [s.entity for s in kb.lookup("Rossiyskaya Federatsiya")] == ["RUS"]
    assert [s.entity for s in kb.lookup("Russia")] == ["RUS"]  # the packaged names remain
    assert kb.actor("acme-militia", None).code == "UKRREB"
    assert kb.sources == (extra, lines)


def test_user_file_is_used_by_find_mentions(coder: Coder, tmp_path: Path) -> None:
    from whimbrel.actors import find_mentions

    extra = tmp_path / "my_actors.yaml"
    extra.write_text(
        "- {id: zog, name: Zog Zogovich, type: person, country: SRB, gender: m,"
        " roles: [{office: president, code: SRBGOV, start: 2026-01-01}]}\n",
        encoding="utf-8",
    )
    kb = load_kb([extra])
    doc = coder.nlp("Zog Zogovich met the press. He smiled.")
    found = find_mentions(doc, date(2026, 5, 1), {0: 0}, kb)
    assert [(m.text, m.actor.code, m.kind) for m in found] == [
        ("Zog Zogovich", "SRBGOV", "name"),
        ("He", "SRBGOV", "pronoun"),
    ]


@pytest.mark.parametrize(
    ("content", "suffix", "message"),
    [
        ("- {name: No Id}\n", ".yaml", "missing 'id'"),
        ("- {id: x, name: X, type: wizard}\n", ".yaml", "type 'wizard'"),
        ("- {id: x, name: X, colour: red}\n", ".yaml", "unknown field"),
        ("- {id: x, name: X, roles: [{code: USAGOV, start: 2021-13-01}]}\n", ".yaml", "bad date"),
        ("- {id: x, name: X, roles: [{code: USAGOV, start: 'soon'}]}\n", ".yaml", "bad start"),
        ("{not json\n", ".jsonl", "not JSON"),
        ("- {id: brand-new}\n", ".yaml", "needs a 'name'"),
        ("id: x\n", ".txt", "must end in"),
    ],
)
def test_bad_user_file_is_one_clear_error(
    tmp_path: Path, content: str, suffix: str, message: str
) -> None:
    path = tmp_path / f"bad{suffix}"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataError) as err:
        load_kb([path])
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_missing_user_file(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="cannot read actor file"):
        load_kb([tmp_path / "absent.yaml"])
