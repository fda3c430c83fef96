"""The actor knowledge base: entities with names, dated roles and CAMEO codes.

Loaded once per process from the packaged data files (`whimbrel/data/actors/`, described in its
README.md) with any user files layered over them. Records are merged by `id`: a later record with
an id already seen adds its names and replaces the fields it gives, so a user file can add an
alias to a packaged entity or a whole new one.

Lookups are by surface form (lower-cased) and by date: `actor(entity, on)` is the entity's code
and role on the article's date, `holder(country, office, on)` who held an office then.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypedDict

import yaml

from whimbrel.errors import DataError
from whimbrel.records import Actor

if TYPE_CHECKING:
    from whimbrel.actors.match import Tables

# Packaged files in load order (later ids extend earlier ones); user files come after.
PACKAGED = (
    "countries.jsonl",
    "phoenix_people.jsonl",
    "countries.yaml",
    "historical_states.yaml",
    "peoples.yaml",
    "organisations.yaml",
    "people.yaml",
    "people_history.yaml",
    "places.jsonl",
)
# Files written by scripts/build_actor_data.py: their one-word names pass the homonym rule.
GENERATED = ("countries.jsonl", "phoenix_people.jsonl", "places.jsonl")
ENTITY_TYPES = ("person", "country", "organisation", "igo", "region", "media", "group", "place")
GENDERS = ("m", "f")
# Surface-form kinds, in the order a clash between two entities prefers them: "surname" is a
# person's family name derived from the full name, "place" a city or province (places.jsonl).
NAME_KINDS = ("name", "alias", "surname", "metonym", "demonym", "place")
# Name particles that may be written or left out, in any case, joined by a hyphen or a space
# ("al-Maliki", "Al Maliki", "Maliki"; "Abu Bakr al-Baghdadi").
PARTICLES = frozenset({"al", "el"})
# Letters that Unicode does not decompose into a base letter and a mark.
_LETTERS = str.maketrans(
    {"đ": "dj", "ð": "d", "ø": "o", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i",
     "þ": "th", "’": "'", "‘": "'", "ʼ": "'", "`": "'", "–": "-", "—": "-"}
)  # fmt: skip
# Particles that begin a family name in Portuguese, Spanish, Dutch, German and French names.
SURNAME_PARTICLES = frozenset(
    {"da", "das", "de", "del", "della", "di", "do", "dos", "du", "la", "le", "van", "von"}
)
# Particles inside a name, written in either case: "Osama bin Laden" is "Osama Bin Laden",
# "Ursula von der Leyen" is "Ursula Von Der Leyen".
INNER_PARTICLES = PARTICLES | SURNAME_PARTICLES | frozenset({"bin", "ibn", "bint", "der", "den"})
# Countries whose names put the family name first ("President Jiang" is Jiang Zemin).
FAMILY_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM", "SGP", "MNG"})


def fold(text: str) -> str:
    """Lower case without diacritics: "Vučić" -> "vucic", "Đukanović" -> "djukanovic"."""
    folded = unicodedata.normalize("NFKD", text.lower().translate(_LETTERS))
    return "".join(c for c in folded if not unicodedata.combining(c))


def name_key(text: str) -> str:
    """How a surface form and a stretch of text are compared: `fold`ed, hyphens as spaces,
    single spaces, and the particles al/el dropped before another word ("al-Shabaab" =
    "Al Shabaab" = "Shabaab", "Nouri al-Maliki" = "Nouri Maliki")."""
    words = fold(text).replace("-", " ").split()
    kept = [w for i, w in enumerate(words) if w not in PARTICLES or i == len(words) - 1]
    return " ".join(kept)


FIELDS = {
    "id",
    "name",
    "type",
    "country",
    "code",
    "role",
    "aliases",
    "demonyms",
    "metonyms",
    "metonym_code",
    "gender",
    "descriptors",
    "roles",
    "leader_office",
    "comment",
    "source",
}
ROLE_FIELDS = {"code", "office", "start", "end", "comment"}

try:  # the C loader is ten times faster; fall back to the pure-Python one
    _YamlLoader: Any = yaml.CSafeLoader
except AttributeError:  # pragma: no cover
    _YamlLoader = yaml.SafeLoader


@dataclass(frozen=True)
class Role:
    """A dated position: `code` applies from `start` to `end` (both inclusive, None = open)."""

    code: str
    office: str | None = None
    start: date | None = None
    end: date | None = None

    def holds_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Entity:
    id: str
    name: str
    type: str
    country: str | None
    code: str | None
    role: str | None = None
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    metonym_code: str | None = None
    gender: str | None = None
    descriptors: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    leader_office: str | None = None


@dataclass(frozen=True)
class Surface:
    """One way of writing an entity: `kind` is name | alias | metonym | demonym."""

    entity: str
    kind: str
    form: str


class KbCache(TypedDict, total=False):
    """What is derived from a knowledge base once, on first use."""

    order: dict[str, int]  # entity id -> number of the file that last defined it (load_kb)
    offices: dict[tuple[str, str], list[str]]  # (country, office) -> holders (office_index)
    tables: Tables  # the matcher's lookup tables (actors.match.tables)
    phoenix_rank: int  # file number of the generated Phoenix people (load_kb)
    curated: set[str]  # one-word name keys that a hand-written file names (load_kb)
    skeletons: dict[str, set[str]]  # person name skeleton -> entity ids (match)
    # one-word country name/demonym skeleton -> (entity id, kind, form) (match)
    country_skeletons: dict[str, set[tuple[str, str, str]]]
    # (last word, country) -> the one party of that country so named (actors.context)
    party_namesakes: dict[tuple[str, str], Entity]
    # people of several states, as written -> the codes of those states (actors.context)
    people_states: dict[str, frozenset[str]]


@dataclass
class KnowledgeBase:
    """Entities, their surface forms, role words (agents) and office titles."""

    entities: dict[str, Entity] = field(default_factory=dict)
    surfaces: dict[str, list[Surface]] = field(default_factory=dict)
    # role word or phrase (lower case) -> CAMEO role blocks, e.g. "troops" -> "MIL"
    agents: dict[str, str] = field(default_factory=dict)
    # office title (lower case) -> office key, e.g. "secretary of state" -> "foreign minister"
    titles: dict[str, str] = field(default_factory=dict)
    # office key -> the one state it is of wherever it is named ("pope" -> "VAT")
    office_states: dict[str, str] = field(default_factory=dict)
    # CAMEO role block -> a readable word, e.g. "MIL" -> "military"
    role_names: dict[str, str] = field(default_factory=dict)
    # one-word forms that generated data may not use as a name (see `_homonyms`)
    homonyms: frozenset[str] = frozenset()
    # head word of an organisation's name -> its role block ("" for none): "union" -> "LAB"
    organisation_heads: dict[str, str] = field(default_factory=dict)
    sources: tuple[Path, ...] = ()
    cache: KbCache = field(default_factory=KbCache, repr=False, compare=False)

    def lookup(self, text: str) -> list[Surface]:
        return self.surfaces.get(name_key(text), [])

    def role_name(self, code: str | None) -> str | None:
        """Readable role of a code's role blocks: RUSMIL -> "military"."""
        if not code or len(code) <= 3:
            return None
        blocks = code[3:]
        return self.role_names.get(blocks[:3], blocks.lower())

    def actor(self, entity_id: str, on: date | None, metonym: bool = False) -> Actor:
        """The entity's code, country and role as valid on `on` (None: its latest role)."""
        entity = self.entities[entity_id]
        if metonym:
            dated = self.role_on(entity, on) if entity.type == "country" else None
            if dated is not None and dated.code != entity.country:
                # a renamed or not yet independent state: Kinshasa is ZARGOV in 1995;
                # a role with an office says what the place was (Juba, "region of Sudan")
                if dated.office:
                    return Actor(dated.code, dated.code[:3], dated.office, entity.name)
                code = f"{dated.code}GOV"
                return Actor(code, dated.code, self.role_name(code), entity.name)
            government = entity.metonym_code or (f"{entity.country}GOV" if entity.country else None)
            return Actor(
                government, entity.country, self.role_name(government) or "government", entity.name
            )
        role = self.role_on(entity, on)
        if role is not None:
            country = role.code[:3]
            return Actor(role.code, country, role.office or self.role_name(role.code), entity.name)
        ended = [r for r in entity.roles if r.end is not None and (on is None or r.end < on)]
        if ended and entity.type == "person":
            last = max(ended, key=lambda r: r.end or date.min)
            elite = entity.code or (f"{entity.country}ELI" if entity.country else None)
            office = last.office or self.role_name(last.code)
            return Actor(
                elite, entity.country, f"former {office}" if office else "elite", entity.name
            )
        return Actor(
            entity.code, entity.country, entity.role or self.role_name(entity.code), entity.name
        )

    def role_on(self, entity: Entity, on: date | None) -> Role | None:
        if not entity.roles:
            return None
        if on is None:
            # No date: the latest role, if it is still open (a coherent "now").
            latest = max(entity.roles, key=lambda r: r.start or date.min)
            return latest if latest.end is None else None
        current = [r for r in entity.roles if r.holds_on(on)]
        if not current:
            return None
        # A national office makes the person that country's: a minister whose country holds
        # an IGO's rotating chair (Phoenix's IGOEUREEC terms) stays a minister.
        national = [
            r for r in current if not r.code.startswith("IGO") and not r.code.endswith("ELI")
        ]
        current = national or current
        # Several at once (overlapping Phoenix ranges): the latest-starting wins.
        return max(current, key=lambda r: (r.start or date.min, not r.code.endswith("ELI")))

    def holder(
        self, country: str, office: str, on: date | None, code: str | None = None
    ) -> str | None:
        """The id of whoever held `office` in `country` on `on` (None: the current holder);
        `code` narrows it to roles under that code (IGOWSTNAT: NATO's, not the UN's)."""
        best: tuple[date, str] | None = None
        for entity_id in self.office_index().get((country, office), ()):
            entity = self.entities[entity_id]
            for role in entity.roles:
                if role.office != office or role.code[:3] != country[:3]:
                    continue
                if code is not None and not role.code.startswith(code):
                    continue
                if on is None and role.end is not None:
                    continue
                if on is not None and not role.holds_on(on):
                    continue
                key = (role.start or date.min, entity_id)
                if best is None or key > best:
                    best = key
        return best[1] if best else None

    def office_index(self) -> dict[tuple[str, str], list[str]]:
        index = self.cache.get("offices")
        if index is None:
            index = {}
            for entity in self.entities.values():
                for role in entity.roles:
                    if role.office:
                        key = (role.code[:3], role.office)
                        if entity.id not in index.setdefault(key, []):
                            index[key].append(entity.id)
            self.cache["offices"] = index
        return index

    def country_entity(self, code: str) -> Entity | None:
        entity = self.entities.get(code)
        return entity if entity is not None and entity.type in ("country", "region") else None

    def stats(self) -> dict[str, int]:
        return {
            "entities": len(self.entities),
            "people": sum(e.type == "person" for e in self.entities.values()),
            "countries": sum(e.type == "country" for e in self.entities.values()),
            "surface_forms": len(self.surfaces),
            "dated_roles": sum(len(e.roles) for e in self.entities.values()),
            "agents": len(self.agents),
        }


# --- loading -------------------------------------------------------------------------------


def load_kb(extra_files: Sequence[Path] = ()) -> KnowledgeBase:
    """The packaged knowledge base with `extra_files` (user actor files) layered over it."""
    # User files first, so a malformed one fails before the packaged files are read.
    user: list[list[dict[str, Any]]] = []
    for path in map(Path, extra_files):
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as err:
            raise DataError(str(path), f"cannot read actor file ({err.strerror})") from err
        user.append(_parse(text, str(path), path.name))
    records: dict[str, dict[str, Any]] = {}
    # which file last touched each id: a name two entities share goes to the later file's
    rank: dict[str, int] = {}
    # one-word forms a person wrote down (hand and user files): exempt from the homonym rule
    curated: set[str] = set()
    files = [*zip(PACKAGED, _packaged_records(), strict=True), *(("", u) for u in user)]
    for number, (name, file_records) in enumerate(files):
        for record in file_records:
            _merge(records, record)
            rank[record["id"]] = number
            if name not in GENERATED:
                curated.update(
                    name_key(f)
                    for f in (record.get("name") or "", *record.get("aliases", []))
                    if " " not in name_key(f)
                )
    kb = KnowledgeBase(sources=tuple(Path(p) for p in extra_files))
    kb.cache["order"] = rank
    kb.cache["phoenix_rank"] = PACKAGED.index("phoenix_people.jsonl")
    kb.cache["curated"] = curated
    for record in records.values():
        kb.entities[record["id"]] = _entity(record)
    package = resources.files("whimbrel.data.actors")
    kb.agents = dict(_read_tsv(package / "agents.tsv"))
    kb.agents.update(_read_tsv(package / "agents_extra.tsv"))
    titles = _tsv_rows(package / "titles.tsv")
    kb.titles = {row[0].lower(): row[1] for row in titles}
    # the third column, where given, names the one state an office is of
    kb.office_states = {row[1]: row[2] for row in titles if len(row) > 2 and row[2]}
    kb.role_names = {k.upper(): v for k, v in _read_tsv(package / "role_blocks.tsv")}
    kb.homonyms = _homonyms(kb, package)
    kb.organisation_heads = {
        word: "" if role == "-" else role
        for word, role in _read_tsv(package / "organisation_heads.tsv")
    }
    _index(kb)
    return kb


def _homonyms(kb: KnowledgeBase, package: Any) -> frozenset[str]:
    """One-word forms that are never a name on their own in generated data: common English
    words (`homonyms.tsv`, from spaCy's word probabilities) and the words of titles and role
    words ("Prime", "Minister", "Tigers", "Movement")."""
    words = {key for key, _ in _read_tsv(package / "homonyms.tsv")}
    for phrase in (*kb.titles, *kb.agents):
        words.update(name_key(phrase).split())
    return frozenset(words)


@cache
def _packaged_records() -> tuple[list[dict[str, Any]], ...]:
    """The packaged files' records, parsed once per process (merging copies, never mutates)."""
    package = resources.files("whimbrel.data.actors")
    out = []
    for name in PACKAGED:
        text = (package / name).read_text(encoding="utf-8")
        # The generated JSONL files are checked by the test suite, not at every start-up.
        out.append(_parse(text, f"data/actors/{name}", name, check=name.endswith(".yaml")))
    return tuple(out)


@cache
def offices() -> frozenset[str]:
    """The office keys of `titles.tsv` ("president", "prime minister"): roles held by one
    person, as opposed to institutions' roles ("government", "military")."""
    package = resources.files("whimbrel.data.actors")
    return frozenset(office for _, office in _read_tsv(package / "titles.tsv"))


def _tsv_rows(resource: Any) -> list[list[str]]:
    """The stripped fields of each row of a tab-separated file; blank and "#" lines left out."""
    return [
        [field.strip() for field in line.split("\t")]
        for line in resource.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]


def _read_tsv(resource: Any) -> Iterator[tuple[str, str]]:
    for row in _tsv_rows(resource):
        yield row[0].lower(), row[1]


def _parse(text: str, where: str, name: str, check: bool = True) -> list[dict[str, Any]]:
    if name.endswith(".jsonl"):
        out = []
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as err:
                raise DataError(f"{where}:{number}", f"not JSON ({err.msg})") from err
    elif name.endswith((".yaml", ".yml")):
        try:
            loaded = yaml.load(text, Loader=_YamlLoader)
        except yaml.YAMLError as err:
            raise DataError(where, f"not YAML ({' '.join(str(err).split())})") from err
        except ValueError as err:  # a date YAML reads but the calendar refuses: 2021-13-01
            raise DataError(where, f"bad date ({err})") from err
        out = loaded or []
        if isinstance(out, dict) and "actors" in out:
            out = out["actors"]
    else:
        raise DataError(where, "actor files must end in .yaml, .yml or .jsonl")
    if not isinstance(out, list):
        raise DataError(where, "expected a list of actor records")
    for index, record in enumerate(out):
        if check or not isinstance(record, dict) or "id" not in record:
            _check(record, f"{where}[{index}]")
    return out


def _check(record: Any, where: str) -> None:
    if not isinstance(record, dict):
        raise DataError(where, "an actor record must be a mapping")
    unknown = set(record) - FIELDS
    if unknown:
        raise DataError(where, f"unknown field(s) {sorted(unknown)}")
    if not isinstance(record.get("id"), str) or not record["id"]:
        raise DataError(where, "missing 'id'")
    kind = record.get("type")
    if kind is not None and kind not in ENTITY_TYPES:
        raise DataError(where, f"type {kind!r} is not one of {', '.join(ENTITY_TYPES)}")
    if record.get("gender") not in (None, *GENDERS):
        raise DataError(where, f"gender must be m or f, not {record['gender']!r}")
    for key in ("aliases", "demonyms", "metonyms", "descriptors"):
        value = record.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise DataError(where, f"'{key}' must be a list of strings")
    for number, role in enumerate(record.get("roles") or []):
        if not isinstance(role, dict) or not isinstance(role.get("code"), str):
            raise DataError(f"{where}.roles[{number}]", "a role needs a 'code'")
        if set(role) - ROLE_FIELDS:
            raise DataError(
                f"{where}.roles[{number}]", f"unknown field(s) {sorted(set(role) - ROLE_FIELDS)}"
            )
        for key in ("start", "end"):
            try:
                role[key] = _date(role.get(key))
            except ValueError as err:
                raise DataError(
                    f"{where}.roles[{number}]", f"bad {key} {role.get(key)!r}: expected YYYY-MM-DD"
                ) from err


def _date(value: Any) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value))


def _merge(records: dict[str, dict[str, Any]], record: dict[str, Any]) -> None:
    old = records.get(record["id"])
    if old is None:
        if not record.get("name"):
            raise DataError(record["id"], "a new actor record needs a 'name'")
        records[record["id"]] = dict(record)
        return
    merged = dict(old)
    if "roles" in record and "code" not in record:
        # new dated roles make the old default code stale (Phoenix's UKRGOVMIL for Poroshenko)
        merged.pop("code", None)
        merged.pop("role", None)
    for key, value in record.items():
        if key in ("aliases", "demonyms", "metonyms", "descriptors"):
            merged[key] = list(dict.fromkeys([*old.get(key, []), *value]))
        else:
            merged[key] = value
    if record.get("name") and record["name"] != old["name"]:
        merged["aliases"] = list(dict.fromkeys([*merged.get("aliases", []), old["name"]]))
    records[record["id"]] = merged


def _entity(record: dict[str, Any]) -> Entity:
    roles = tuple(
        Role(r["code"], r.get("office"), _date(r.get("start")), _date(r.get("end")))
        for r in record.get("roles") or ()
    )
    country = record.get("country")
    code = record.get("code")
    kind = record.get("type") or "person"
    if code is None and country:
        code = f"{country}ELI" if kind == "person" else country
    return Entity(
        id=record["id"],
        name=record["name"],
        type=kind,
        country=country,
        code=code,
        role=record.get("role"),
        aliases=tuple(a for a in record.get("aliases", []) if a != record["name"]),
        demonyms=tuple(record.get("demonyms", [])),
        metonyms=tuple(record.get("metonyms", [])),
        metonym_code=record.get("metonym_code"),
        gender=record.get("gender"),
        descriptors=tuple(d.lower() for d in record.get("descriptors", []))
        + (COUNTRY_DESCRIPTORS if kind == "country" else ())
        + (ARMED_GROUP_DESCRIPTORS if _armed_group(kind, code) else ()),
        roles=roles,
        leader_office=record.get("leader_office"),
    )


# "the country", "the nation": a state named earlier (coref's descriptor rule), as "the
# alliance" is NATO.
COUNTRY_DESCRIPTORS = ("country", "nation")
# "the group", "the militant group": an armed group named earlier ("the PKK ... vowed to
# destroy the group").
ARMED_GROUP_DESCRIPTORS = (
    "group", "militant group", "armed group", "rebel group", "insurgent group", "terror group",
    "terrorist group", "jihadist group", "militia",
)  # fmt: skip
# The role codes of armed groups outside a state's forces (an IGO-coded group, "IMG...", is
# one too: Islamic State, Al-Qaeda).
ARMED_GROUP_ROLES = ("REB", "UAF", "INS")


def _armed_group(kind: str, code: str | None) -> bool:
    """Whether an entity is an armed group outside a state's forces, by its code."""
    if kind not in ("group", "organisation") or not code:
        return False
    return code[3:6] in ARMED_GROUP_ROLES or code.startswith("IMG")


# Entity types whose one-word names the homonym rule filters (countries, IGOs and media are
# few and curated: "Chad", "Guinea" and "Turkey" are countries).
HOMONYM_TYPES = ("person", "organisation", "group", "place")
# The number after a monarch's or pope's name: "II", "XVI" (never a family name).
REGNAL_NUMBER = re.compile(r"[IVXL]+")
# "Northern Cambodia", "Western Ukraine": a part of a country, an actor coded as the country.
COMPASS = ("Northern", "Southern", "Eastern", "Western", "Central")


def _plurals(demonyms: Iterable[str]) -> list[str]:
    """ "Liberian" -> "Liberians", "Iraqi" -> "Iraqis" ("Vietnamese", "Swiss" stay)."""
    return [f"{d}s" for d in demonyms if d.endswith(("an", "i")) and " " not in d]


def _index(kb: KnowledgeBase) -> None:
    curated = kb.cache.get("curated", set())
    for entity in kb.entities.values():
        own = {name_key(f) for f in (entity.name, *entity.aliases, *entity.metonyms)}
        place = entity.type == "place"
        parts = (
            [f"{c} {entity.name}" for c in COMPASS]
            if entity.type == "country" and entity.id == entity.country
            else []
        )
        for kind, forms in (
            ("place" if place else "name", (entity.name,)),
            ("place" if place else "alias", entity.aliases),
            ("metonym", entity.metonyms),
            ("demonym", (*entity.demonyms, *_plurals(entity.demonyms))),
            ("place", parts),
        ):
            for form in forms:
                key = name_key(form)
                if not any(c.isalpha() for c in key):
                    continue  # "313" (a Phoenix armed group) would match any number
                # "the Kremlin" when "Kremlin" is known: the article's "the" is not the name
                if key.startswith("the ") and key[4:] in own:
                    continue
                if (
                    entity.type in HOMONYM_TYPES
                    and len(form.replace("-", " ").split()) == 1
                    and key in kb.homonyms
                    and key not in curated
                    and kind != "demonym"
                ):
                    continue  # "Prime", "Tigers": a common word is not a name on its own
                _add_surface(kb, Surface(entity.id, kind, form))
    for form, (kind, owners) in _derived_person_names(kb).items():
        key = name_key(form)
        if key in kb.homonyms or any(
            kb.entities[s.entity].type != "place" for s in kb.surfaces.get(key, ())
        ):
            continue  # a name the KB spells out wins; a town's name ("Bush", Egypt) does not
        for entity_id in sorted(owners):
            _add_surface(kb, Surface(entity_id, kind, form))


def _derived_person_names(kb: KnowledgeBase) -> dict[str, tuple[str, set[str]]]:
    """Forms people's records lack: first-last names ("Carlos Menem" for "Carlos Saul Menem",
    kind alias, when exactly one person would get it) and family names ("Mugabe"; "Jiang" for
    Jiang Zemin, whose family name comes first; kind surname, every owner: `match` takes one
    only when a single owner holds a role on the article's date)."""
    owners: dict[str, set[str]] = {}
    surnames: dict[str, set[str]] = {}
    people = []
    for entity in kb.entities.values():
        if entity.type != "person":
            continue
        words = [w for w in entity.name.split() if name_key(w) not in PARTICLES]
        if len(words) < 2 or not all(w[:1].isupper() for w in words):
            continue
        if words[0].lower() == "the":
            continue  # "The Islamic State", filed by Phoenix as a person: no "the State"
        if REGNAL_NUMBER.fullmatch(words[-1]):
            continue  # "John Paul II", "Leo XIV": a regnal name has no family name to take
        people.append((entity, words))
    given = _western_given_names(people)
    for entity, words in people:
        if entity.country in FAMILY_FIRST and words[0] in given:
            # "Sarah Liao", "Timothy Tong": a Hong Kong or Taiwanese official with a Western
            # given name puts the family name last (no "Sarah" was abducted in China); with
            # more words ("Donald Tsang Yam Kuen", "Tony Keng Yam Tan") it may be anywhere
            family, min_length = (words[-1], 2) if len(words) == 2 else ("", 2)
        elif entity.country in FAMILY_FIRST:
            family, min_length = words[0], 2
        else:
            family, min_length = words[-1], 4
        if len(family) >= min_length and family.replace("-", "").isalpha():
            surnames.setdefault(family, set()).add(entity.id)
        if len(words) >= 3 and words[-2].lower() in SURNAME_PARTICLES:
            # "dos Santos", "de Klerk", "van Rompuy": the particle belongs to the family name
            surnames.setdefault(f"{words[-2]} {words[-1]}", set()).add(entity.id)
        if len(words) >= 3:
            owners.setdefault(f"{words[0]} {words[-1]}", set()).add(entity.id)
    out = {form: ("surname", ids) for form, ids in surnames.items()}
    out.update({form: ("alias", ids) for form, ids in owners.items() if len(ids) == 1})
    return out


def _western_given_names(people: list[tuple[Entity, list[str]]]) -> set[str]:
    """First names the knowledge base's people of family-last countries use ("John",
    "Sarah"): at least `GIVEN_NAME_USES` times, twice as often as people of family-first
    countries open their names with them (so "Lee", "Kim" and "Park" stay family names), four
    letters or more, no title, and never put last as a family name ("Anson Chan")."""
    western: dict[str, int] = {}
    eastern: dict[str, int] = {}
    eastern_family: set[str] = set()
    for entity, words in people:
        counts = eastern if entity.country in FAMILY_FIRST else western
        counts[words[0]] = counts.get(words[0], 0) + 1
        if entity.country in FAMILY_FIRST:
            eastern_family.add(words[-1])  # "Anson Chan": a family name put last
    return {
        name
        for name, uses in western.items()
        if uses >= GIVEN_NAME_USES
        and uses >= 2 * eastern.get(name, 0)
        and len(name) >= 4
        and name.isalpha()
        and name.lower() not in HONORIFIC_WORDS
        and name not in eastern_family
    }


# How many people of family-last countries must open their names with a word for it to be
# taken for a given name; titles that open names are none.
GIVEN_NAME_USES = 3
HONORIFIC_WORDS = frozenset({"sir", "dame", "lord", "lady"})


def _add_surface(kb: KnowledgeBase, surface: Surface) -> None:
    key = name_key(surface.form)
    existing = kb.surfaces.setdefault(key, [])
    for i, s in enumerate(existing):
        # spellings stay apart: each has its own case rule ("RIA Novosti", "Ria Novosti")
        if s.entity == surface.entity and s.form == surface.form:
            # the same entity and spelling by two kinds: keep the stronger kind
            if NAME_KINDS.index(surface.kind) < NAME_KINDS.index(s.kind):
                existing[i] = surface
            return
    existing.append(surface)


def iter_entities(kb: KnowledgeBase, kinds: Iterable[str]) -> Iterator[Entity]:
    wanted = set(kinds)
    return (e for e in kb.entities.values() if e.type in wanted)
