"""Step 2 of resolution: descriptions ("Kremlin spokesman Dmitry Peskov", "Russian troops",
"the US president", "the President of the United States", "pro-Russian separatists").

`compose` merges modifiers (countries, demonyms, institutions), role words and an optional name
into one mention: a known person keeps their own dated code; an unknown one, or a group, takes
country and role from the description; an office with no name is its holder on the date.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span

from whimbrel.actors.kb import Entity, KnowledgeBase
from whimbrel.actors.match import DATELINE_DASHES, FORMER, Found, Tables, text_key
from whimbrel.records import Actor

# Words that may sit between a description's modifier and its role word ("state media" and
# "official" are role words themselves, so they are not fillers).
FILLERS = {
    "top", "senior", "junior", "chief", "deputy", "acting", "interim", "former", "then", "new",
    "outgoing", "incoming", "first", "current", "ex", "-", "late", "veteran", "main", "local",
    "federal", "regional", "provincial", "national", "central", "leading", "two",
    "three", "several", "many", "some", "other", "hardline", "moderate", "armed", "peace",
    "special",
}  # fmt: skip
# Role words that say who speaks, not which part of the state: "intelligence officials" are
# intelligence (SPY), "army spokesman" army (MIL).
GENERIC_ROLES = {
    "official", "officials", "officer", "officers", "spokesman", "spokeswoman", "spokesperson",
    "spokesmen", "source", "sources", "member", "members", "head", "chief", "leader", "leaders",
    "representative", "representatives", "personnel", "staff",
}  # fmt: skip
# "the French-led coalition" (the leader acts); "Iranian-backed militias" (the militias act).
LED_WORDS = frozenset({"led", "commanded", "headed", "run"})
BACKED_WORDS = frozenset(
    {"backed", "sponsored", "funded", "supported", "armed", "allied", "aligned"}
)
# Prepositions after a role noun that name whose it is: "troops from Chad" (any country or
# body), "officers in the Russian military" (only a body: "police in Kabul" are a place's).
MEMBERSHIP_PREPS = frozenset({"from", "in", "within"})
# The role block of a person out of office (and of those Phoenix files without a term).
ELITE = "ELI"
# Role words of those who act for someone elsewhere ("special envoy Staffan de Mistura").
ENVOY_WORDS = frozenset({"envoy", "ambassador", "mediator", "representative", "emissary"})
# Capitalised words of a portfolio between a modifier and its role word: "Foreign Trade" in
# "French Foreign Trade Minister" (the role table knows "trade minister", not the whole).
MAX_PORTFOLIO_WORDS = 3
PORTFOLIO_POS = frozenset({"PROPN", "NOUN", "ADJ"})  # not "The" of "TAIPEI - The People First"
# Role words that also name a stance "to" something.
STANCE_ROLE_WORDS = frozenset({"opposition"})
# Offices a bare "the president" can stand for (resolved to the latest holder mentioned).
HEAD_OFFICES = {
    "president",
    "prime minister",
    "chancellor",
    "supreme leader",
    "king",
    "foreign minister",
    "defence minister",
    "secretary-general",
}


def agent_matches(doc: Doc, tabs: Tables) -> dict[int, tuple[int, str, str]]:
    """start token -> (end, roles, phrase), longest match per start, lower-case role words only
    (a capitalised "President" is fine; "Army" inside an ORG name is handled by the KB)."""
    out: dict[int, tuple[int, str, str]] = {}
    for start, end in tabs.agent_stretches(doc):
        if doc[end - 1].pos_ not in ("NOUN", "PROPN"):
            continue  # "authorities repatriate": a verb is not a role word
        if doc[end - 1].lower_ in STANCE_ROLE_WORDS and end < len(doc) and doc[end].lower_ == "to":
            continue  # "West German opposition to the reforms": a stance, not the opposition
        phrase = text_key(doc[start:end].text)
        roles = tabs.agent_roles.get(phrase)
        if roles is None:
            continue
        if start not in out or out[start][0] < end:
            out[start] = (end, roles, phrase)
    return out


def _past_credit(doc: Doc, i: int, j: int, mods: list[Found]) -> bool:
    """Whether token `j` opens the sentence after a wire's credit that began the description
    at `i` ("AFP - Leaders from Spain"): a credit describes no one; a city's dateline
    ("KARACHI, Pakistan - Police") still says whose the first role word is."""
    return (
        i < j < len(doc)
        and bool(doc[j].is_sent_start)
        and bool(mods)
        and all((m.actor.code or "")[3:6] == "MED" for m in mods)
    )


def compose(
    doc: Doc, kb: KnowledgeBase, tabs: Tables, base: list[Found], on: date | None
) -> list[Found]:
    """Merge modifiers + role words + names into description mentions."""
    by_start = {f.start: f for f in base}
    covered = {i for f in base for i in range(f.start, f.end)}
    agents = {
        start: match
        for start, match in agent_matches(doc, tabs).items()
        if not any(t in covered for t in range(start, match[0]))
    }
    person_ents = {e.start: e for e in doc.ents if e.label_ == "PERSON"}
    out: list[Found] = []
    i = 0
    n = len(doc)
    while i < n:
        found = by_start.get(i)
        agent = agents.get(i) if i not in covered else None
        if found is None and agent is None:
            i += 1
            continue
        start = i
        mods: list[Found] = []
        side: Found | None = None  # the modifier a "pro-" or "-backed" group sides with
        former = i > 0 and doc[i - 1].lower_ in FORMER
        # leading determiners and fillers are not part of the group start
        j = i
        while True:
            if _past_credit(doc, i, j, mods):
                break
            f = by_start.get(j)
            if (
                f is not None
                and not f.is_person
                and (f.surface_kind in ("demonym", "metonym") or f.actor.country is not None)
            ):
                # a modifier: a country, a demonym, an institution, an IGO
                if mods and _dateline(doc, mods[-1], f):
                    # "ROME - Israeli Foreign Minister Shimon Peres": the dateline is where
                    # the story was filed; the description starts after it
                    mods.clear()
                    start = f.start
                if j >= 2 and doc[j - 1].text == "-" and doc[j - 2].lower_ == "pro":
                    side = f
                    start = min(start, j - 2)
                mods.append(f)
                j = f.end
                if j < n and doc[j].lower_ in ("'s", "’s"):
                    j += 1
                elif j + 1 < n and doc[j].text == "-" and doc[j + 1].lower_ in BACKED_WORDS:
                    # "Russian-backed separatists" are not Russian, as "pro-Russian" ones
                    side = f
                    j += 2
                elif j + 2 < n and doc[j].text == "(" and doc[j + 2].text == ")":
                    inside = by_start.get(j + 1)
                    if doc[j + 1].text.isupper() and (
                        inside is None or inside.entity_id == f.entity_id
                    ):
                        # "Islamic State (IS) militants": the acronym in brackets is the
                        # modifier's own short name; the role word after it is its member
                        # ("BAGHDAD (AFP)" names another: a dateline)
                        j += 3
                continue
            if j < n and doc[j].lower_ in FILLERS and mods and (j + 1) in agents | by_start:
                former = former or doc[j].lower_ in FORMER
                j += 1
                continue
            if (
                mods
                and j not in agents  # "Japanese Defence Minister": a portfolio
                and (j + 1) in agents
                and doc[j + 1].tag_ == "NNS"
                and _people_word(doc, j, covered)
            ):
                j += 1  # "Pakistani Baloch separatists": a people within the state
                continue
            if mods and (k := _past_portfolio(doc, j, agents, by_start, person_ents)) > j:
                j = k
                continue
            break
        agent_end = j
        roles = None
        phrase = None
        while agent_end in agents and not _past_credit(doc, i, agent_end, mods):
            end, next_roles, next_phrase = agents[agent_end]
            if roles is None or next_phrase not in GENERIC_ROLES:
                roles = next_roles
            phrase = next_phrase if phrase is None or next_phrase not in GENERIC_ROLES else phrase
            former = former or next_phrase.split()[0] in FORMER
            agent_end = end
        # "President of the United States", "Foreign Minister of Russia"
        if roles is not None and not mods and agent_end + 1 < n and doc[agent_end].lower_ == "of":
            k = agent_end + 1
            if doc[k].lower_ == "the":
                k += 1
            f = by_start.get(k)
            if f is not None and not f.is_person and f.actor.country:
                mods.append(f)
                agent_end = f.end
                post_mod = True
                # "the spokesman of the Kenyan Foreign Ministry": the institution is whole,
                # and a generic role word speaks for it (GOV, not the spokesman's own)
                while f.surface_kind == "demonym" and agent_end in agents:
                    end, next_roles, next_phrase = agents[agent_end]
                    if phrase in GENERIC_ROLES:
                        roles = next_roles
                    agent_end = end
            else:
                post_mod = False
        else:
            post_mod = False
        if roles is None:
            # a lone KB match (or modifiers with no role word)
            if found is not None:
                if side is not None and found.surface_kind == "demonym":
                    i = found.end
                    continue
                out.append(found)
                i = found.end
            else:
                i += 1
            continue
        # a role word: look for a name right after it (skip a comma)
        k = agent_end
        if k < n and doc[k].text == "," and not post_mod and not _describes_before(doc, start, k):
            k += 1
        name: Found | None = None
        unknown_end = None
        if not post_mod:
            f = by_start.get(k)
            if f is not None and f.is_person:
                name = f
            elif k in person_ents and not any(t in covered for t in range(k, person_ents[k].end)):
                unknown_end = person_ents[k].end
                # the NER may stop early: "Prime Minister Yacouba Isaac | Zida"
                while (
                    unknown_end < n
                    and doc[unknown_end].pos_ == "PROPN"
                    and doc[unknown_end].text[:1].isupper()
                    and unknown_end not in covered
                ):
                    unknown_end += 1
        if k != agent_end and name is None and unknown_end is None:
            k = agent_end  # the comma was not before a name
        if not mods and name is None and unknown_end is None:
            # a bare role word ("officials said", "the president"): a nominal only when the
            # role is an office and the article's context names a country (coref decides)
            office = kb.titles.get(phrase or "")
            if (
                (office in HEAD_OFFICES or office in kb.office_states)
                and start
                and doc[start - 1].lower_ == "the"
                and _referential(doc, start, agent_end)
            ):
                out.append(
                    Found(
                        start, agent_end, Actor(None, None, office, None), "nominal", office=office
                    )
                )
            i = agent_end
            continue
        group = _describe(
            kb, mods, roles, phrase or "", name, unknown_end is not None, side, former, on
        )
        if name is not None:
            group.start, group.end = start, name.end
        elif unknown_end is not None:
            group.start, group.end = start, unknown_end
        else:
            group.start, group.end = start, agent_end
        out.append(group)
        i = group.end
    _coordinated_modifiers(doc, out)
    return out


def _describes_before(doc: Doc, start: int, end: int) -> bool:
    """Whether the phrase doc[start:end] stands in apposition to a name before it, so that
    the name after its comma is another's: "with support from Hassan Rouhani, Iran's
    president, Vladimir Putin demanded" (Putin is no president of Iran)."""
    root = doc[start:end].root
    return root.dep_ == "appos" and root.head.i < start


def _people_word(doc: Doc, i: int, covered: set[int]) -> bool:
    """Whether token `i` is a capitalised word no mention covers, between a state's demonym
    and a plural role word: an ethnic or regional people ("Pakistani Baloch separatists")."""
    token = doc[i]
    return i not in covered and token.is_alpha and token.text[0].isupper() and not token.is_upper


def _dateline(doc: Doc, before: Found, after: Found) -> bool:
    """Whether `before` is a dateline ("ROME -") that `after` follows: a dash set apart by
    spaces, not the hyphen of "US-backed"."""
    dash = next(
        (t for t in doc[before.start : after.start] if t.text in DATELINE_DASHES and t.whitespace_),
        None,
    )
    if not doc[before.start].is_sent_start:
        return False
    # "BAGHDAD US warplanes fired": a capital in capitals whose dash a feed stripped
    capitals = before.surface_kind == "metonym" and all(
        t.is_upper and len(t) > 3 for t in doc[before.start : before.end] if t.is_alpha
    )
    return dash is not None or capitals


def _past_portfolio(
    doc: Doc,
    j: int,
    agents: dict[int, tuple[int, str, str]],
    by_start: dict[int, Found],
    person_ents: dict[int, Span],
) -> int:
    """Where the role word starts after the capitalised portfolio words at `j` ("Foreign" in
    "French Foreign Trade Minister"), or `j` when there are none: up to three words no table
    knows, none a name, right before a role word."""
    k = j
    while k < len(doc) and k - j < MAX_PORTFOLIO_WORDS:
        token = doc[k]
        if k in agents or k in by_start or k in person_ents:
            break
        if (
            not (token.is_alpha and token.is_title and token.pos_ in PORTFOLIO_POS)
            or token.is_sent_start
        ):
            return j
        k += 1
    return k if k > j and k in agents else j


def _coordinated_modifiers(doc: Doc, out: list[Found]) -> None:
    """ "Hungarian and Romanian officials": the first demonym shares the second's role;
    "the foreign ministers of France and Germany": the second country shares the first's."""
    for first, second in zip(out, out[1:], strict=False):
        _coordinated_owner(doc, first, second)
        if second.kind != "description" or not (
            first.surface_kind == "demonym" or _shares_head(doc, first, second)
        ):
            continue
        between = {t.lower_ for t in doc[first.end : second.start]}
        code, country = second.actor.code, second.actor.country
        if not between or not between <= {"and", "or", ","} or not code or not country:
            continue
        if not first.actor.country or code[:3] != country:
            continue
        first.actor = Actor(
            first.actor.country + code[3:], first.actor.country, second.actor.role, None
        )
        first.kind = "description"


def _shares_head(doc: Doc, first: Found, second: Found) -> bool:
    """ "Wellington and Auckland workers", "US and British officials": a country or capital
    named before the noun of the next description modifies that noun as well."""
    if first.surface_kind not in ("metonym", "name", "alias") or first.is_person:
        return False
    root = doc[first.start : first.end].root
    return root.dep_ in ("nmod", "compound", "amod") and second.start <= root.head.i < second.end


def _coordinated_owner(doc: Doc, first: Found, second: Found) -> None:
    """ "The presidents of Croatia and Slovenia": a country coordinated with the one a plural
    role word is "of" holds that role too."""
    code, country = first.actor.code, first.actor.country
    if first.kind != "description" or not code or not country or code[:3] != country:
        return
    if second.surface_kind != "name" or second.is_person or not second.actor.country:
        return
    if second.actor.code != second.actor.country:
        return  # a country's own name, not one of its institutions
    root = doc[second.start : second.end].root
    owner = root.head
    if root.dep_ != "conj" or not first.start <= owner.i < first.end:
        return
    if owner.dep_ != "pobj" or owner.head.lower_ != "of" or owner.head.head.tag_ != "NNS":
        return
    if not {t.lower_ for t in doc[first.end : second.start]} <= {"and", ",", "the"}:
        return
    second.actor = Actor(
        second.actor.country + code[3:], second.actor.country, first.actor.role, None
    )
    second.kind = "description"


def _referential(doc: Doc, start: int, end: int) -> bool:
    """Not a predicate ("wants to be the president") nor "the president of the company",
    nor "the president and five managers of a savings bank"."""
    root = doc[start:end].root
    if root.dep_ in ("attr", "oprd", "appos") or root.head.lemma_ == "become":
        return False
    if any(
        p.dep_ == "pobj" and p.pos_ == "NOUN"
        for conj in root.conjuncts
        for c in conj.children
        if c.dep_ == "prep" and c.lower_ in ("of", "for")
        for p in c.children
    ):
        return False  # (but "the president and the prime minister of Italy" are Italy's)
    return not (end < len(doc) and doc[end].lower_ in ("of", "for"))


def pro_context(kb: KnowledgeBase, base: list[Found], found: list[Found]) -> None:
    """Give "pro-Russian separatists" the article's most-mentioned other country."""
    counts: dict[str, int] = {}
    for f in base:
        entity = kb.entities.get(f.entity_id or "")
        if entity is not None and entity.type == "country" and f.actor.country:
            counts[f.actor.country] = counts.get(f.actor.country, 0) + 1
    for f in found:
        if f.surface_kind != "pro" or f.actor.country is not None:
            continue
        others = {c: n for c, n in counts.items() if c != f.sides_with}
        if not others:
            continue
        country = max(others, key=lambda c: others[c])
        role = f.actor.code or ""
        blocks = kb.agents.get(f.actor.role or "", "REB") if not role else role
        sides = kb.entities.get(f.sides_with or "")
        side_name = sides.name if sides is not None else f.sides_with
        f.actor = Actor(f"{country}{blocks}", country, f"pro-{side_name} {f.actor.role}", None)


def title_context(
    doc: Doc, kb: KnowledgeBase, tabs: Tables, base: list[Found], found: list[Found]
) -> None:
    """ "President Mugabe", "Senator Lawton Chiles" (a name the KB lacks, a title without a
    country): the country the sentence names most, else the article's, when one country has
    most of its mentions, else the one its dateline and actors place it in ("WASHINGTON -
    ... Senator Lawton Chiles")."""
    from whimbrel.actors.context import acts, home_country

    def countries(mentions: list[Found]) -> dict[str, int]:
        counts: dict[str, int] = {}
        for f in mentions:
            entity = kb.entities.get(f.entity_id or "")
            if entity is not None and entity.type == "country" and f.actor.country:
                counts[f.actor.country] = counts.get(f.actor.country, 0) + 1
        return counts

    article = countries(base)
    home: str | None = None  # looked up once, when first needed ("": none)
    for f in found:
        if f.kind != "description" or f.actor.country is not None or f.actor.code is not None:
            continue
        phrase = text_key(f.actor.role or "")
        # a title before a name: "Senator Lawton Chiles", "Governor Kant Shastri"
        # (a generic role word, "spokesman Ehsanullah Ehsan", speaks for whom the text names
        # shortly before: coreference decides that)
        named_title = (
            doc[f.end - 1].ent_type_ == "PERSON"
            and phrase in tabs.agent_roles
            and phrase not in GENERIC_ROLES
        )
        if named_title and phrase.split()[-1] in ENVOY_WORDS:
            continue  # an envoy acts away from home: the story's country is no guess of theirs
        if (phrase not in kb.titles and not named_title) or phrase.split()[0] in FORMER:
            continue
        sent = doc[f.start].sent
        local = countries([g for g in base if sent.start <= g.start < sent.end])
        pool = local or (
            article if article and max(article.values()) * 2 > sum(article.values()) else {}
        )
        if named_title and phrase not in kb.titles:
            # a lesser title: the country its sentence names as an actor, not one the sentence
            # visits or acts on ("Minister Juan Sourrouille left for the United States")
            pool = countries(
                [g for g in base if sent.start <= g.start < sent.end and acts(doc[g.start])]
            )
        if not pool:
            if home is None:
                home = home_country(doc, found) or ""
            if home and home != "IGO":
                pool = {home: 1}
        if not pool:
            continue
        country = max(pool, key=lambda c: pool[c])
        f.actor = Actor(
            f"{country}{tabs.agent_roles.get(phrase, 'GOV')}", country, f.actor.role, None
        )


def _describe(
    kb: KnowledgeBase,
    mods: list[Found],
    roles: str,
    phrase: str,
    name: Found | None,
    named: bool,
    side: Found | None,
    former: bool,
    on: date | None,
) -> Found:
    """What a description stands for. `name` is a known person after the role word; `named`
    says an unknown name follows ("Kremlin spokesman Ivan Petrov": not the office-holder)."""
    if len(mods) == 1 and name is None and not named and side is None:
        org = kb.entities.get(mods[0].entity_id or "")
        mod_code = mods[0].actor.code or ""
        # "the Xinhua news agency", "Taliban insurgents", "NATO officials": the organisation
        if (
            org is not None
            and org.type in ("media", "group", "igo", "organisation")
            and (org.type in ("media", "group") or roles == "GOV" or mod_code.endswith(roles))
            and (kb.titles.get(phrase) is None or _holder(kb, mods, phrase, on) is None)
        ):
            return replace(mods[0])
    country = None
    org_code = None
    for mod in mods:
        if mod.actor.country and country is None:
            country = mod.actor.country
        if mod.actor.code and len(mod.actor.code) > 3 and org_code is None:
            org_code = mod.actor.code
    sides_with = None
    if side is not None:
        # "pro-Russian separatists" are not Russian; `_pro_context` gives them a country,
        # unless another modifier names theirs: "Turkish-backed Syrian rebels" are Syrian
        sides_with = side.actor.country
        country = next(
            (m.actor.country for m in mods if m.actor.country not in (None, sides_with)), None
        )
    office = kb.titles.get(phrase)
    if name is not None:
        entity = kb.entities[name.entity_id] if name.entity_id else None
        namesake = (
            entity is not None
            and entity.type == "person"
            and country is not None
            and entity.country not in (None, country)
        )  # "U.S. Trade Representative Michael Smith" is not Ireland's Michael Smith
        home = country or (entity.country if entity is not None else None)
        if (
            entity is not None
            and not (former or namesake)
            and office is not None
            and home not in (None, "IGO")
            and (name.actor.code or "").endswith(ELITE)
            and _title_fills_gap(kb, entity, roles, office, on)
        ):
            # "Italian Prime Minister Romano Prodi" in 1997, between the KB's terms for him
            # (1957-96 an elite, 2006-08 in government): the title says what he is on the day
            own_org = org_code if org_code is not None and org_code[:3] == home else None
            code = _combine(home, own_org, roles, former)
            return replace(name, actor=Actor(code, home, phrase, name.actor.entity))
        if entity is not None and (entity.roles or entity.type != "person") and not namesake:
            return replace(name, kind="name" if name.kind == "name" else name.kind)
        code = _combine(country, org_code, roles, former)
        return replace(
            name, actor=Actor(code, country, phrase, name.actor.entity), kind="description"
        )
    code = _combine(country, org_code, roles, former)
    role_word = phrase if not former or phrase.split()[0] in FORMER else f"former {phrase}"
    if office and country and not former and not named:
        holder = _holder(kb, mods, phrase, on)
        if holder is None and office == "leader":
            leader = kb.entities.get(country)
            holder = kb.holder(
                country, (leader.leader_office if leader else None) or "president", on
            )
        if holder is not None:
            actor = kb.actor(holder, on)
            entity = kb.entities[holder]
            return Found(
                0, 0, actor, "nominal", holder, True, entity.gender, country=country, office=office
            )
        return Found(
            0,
            0,
            Actor(code, country, role_word, None),
            "description",
            is_person=_is_singular_person(phrase),
            country=country,
            office=office,
        )
    found = Found(
        0,
        0,
        Actor(code, country, role_word, None),
        "description",
        is_person=_is_singular_person(phrase) and office is not None,
        country=country,
    )
    if side is not None:
        found.surface_kind = "pro"
        found.sides_with = sides_with
    return found


def _holder(kb: KnowledgeBase, mods: list[Found], phrase: str, on: date | None) -> str | None:
    """Who held the office a description names: "Kremlin spokesman" (by the Kremlin's code,
    RUSGOV), "NATO secretary-general" (IGOWSTNAT), "the Russian foreign minister" (RUS)."""
    office = kb.titles.get(phrase)
    if office is None:
        return None
    for mod in mods:
        code = mod.actor.code or ""
        if len(code) > 3:
            holder = kb.holder(code[:3], office, on, code=code)
            if holder is not None or not code.endswith("GOV"):
                return holder  # a Pentagon spokesman is not the White House's
    for mod in mods:
        if mod.actor.country and mod.actor.country != "IGO":
            return kb.holder(mod.actor.country, office, on)
    return None


def _is_singular_person(phrase: str) -> bool:
    last = phrase.rsplit(" ", 1)[-1]
    return not last.endswith("s") or last.endswith("ss")


def _title_fills_gap(
    kb: KnowledgeBase, entity: Entity, roles: str, office: str, on: date | None
) -> bool:
    """Whether a person's title may say what he is on `on`: the knowledge base has terms for
    him but none that day, and either a later term starts after it or none is of the title's
    role blocks. A title of an office whose term the KB has seen end is a courtesy, not an
    office held ("President Trump" in December 2021)."""
    if entity.type != "person" or not entity.roles or on is None:
        return False
    if kb.role_on(entity, on) is not None:
        return False
    if any(r.office == office and r.end is not None and r.end < on for r in entity.roles):
        return False
    later = any(r.start is not None and r.start > on for r in entity.roles)
    return later or not any(r.code.endswith(roles) for r in entity.roles)


def _combine(country: str | None, org_code: str | None, roles: str, former: bool) -> str | None:
    if former:
        return f"{country}ELI" if country else None
    if org_code is not None and (roles == "GOV" or org_code.endswith(roles)):
        return org_code
    if country is None:
        return None
    if country == "IGO" and org_code:
        return org_code
    return f"{country}{roles}"


# --- actors inside modifiers: "the French-led coalition", "warplanes from X" -----------------

# Role blocks of leaders whose coalition or alliance is a political one.
POLITICAL_LEADERS = frozenset({"PTY", "GOV", "OPP"})


def modifier_mentions(doc: Doc, tabs: Tables, found: list[Found]) -> list[Found]:
    """Mentions whose actor sits in a modifier, from `found` (the descriptions so far):

    - "the French-led coalition": the leader acts (FRA + the noun's role, MIL by default);
    - "Iranian-backed militias": the militias act; they are of the country the article places
      them in (`context.py`), else of their backer; the role says who backs them;
    - "warplanes from the French-led coalition", "troops from Chad": a role noun or a
      vehicle of war, of the country of the phrase after "from";
    - "officers in the Russian military": a role noun inside an institution is its member.
    The result replaces the modifier mentions it swallows (resolve.py keeps the longest).
    """
    from whimbrel.actors.context import GENERIC, generic_agents

    out: list[Found] = []
    by_start = {f.start: f for f in found}
    n = len(doc)
    for f in found:
        country = f.actor.country
        if f.is_person or not country or country == "IGO":
            continue
        # the hyphen may be the mention's last token ("French-") or the next one
        dash = f.end - 1 if doc[f.end - 1].text == "-" else f.end
        verb = dash + 1
        if (
            verb + 1 >= n
            or doc[dash].text != "-"
            or doc[verb].lower_ not in LED_WORDS | BACKED_WORDS
        ):
            continue
        head = _noun_after(doc, verb + 1)
        if head is None:
            continue
        noun = text_key(doc[verb + 1 : head + 1].text)
        name = doc[f.start : dash].text
        if doc[verb].lower_ in LED_WORDS:
            # "the BJP-led coalition" is the party's, a political one; "the French-led
            # coalition", an army's by default
            own = (f.actor.code or "")[3:6]
            roles = tabs.agent_roles.get(noun, own if own in POLITICAL_LEADERS else "MIL")
            actor = Actor(f"{country}{roles}", country, f"{name}-led {noun}", None)
            out.append(Found(f.start, head + 1, actor, "description", country=country))
        else:
            role = f"{name}-backed {noun}"
            backed = Found(f.start, head + 1, Actor(None, None, role, None), "description")
            backed.surface_kind, backed.sides_with = GENERIC, country
            # "Turkish-backed Syrian rebels": a country of their own among the noun's words
            backed.country = next(
                (
                    g.actor.country
                    for g in found
                    if verb < g.start <= head and g.actor.country not in (None, country, "IGO")
                ),
                None,
            )
            out.append(backed)
    vehicles = generic_agents().modifier_heads
    led = {g.start: g for g in out}
    for token in doc:
        noun = token.lower_
        known = noun in vehicles or noun in tabs.agent_roles
        if (not known and noun not in GENERIC_ROLES) or token.pos_ != "NOUN":
            continue  # the cheap test first: this loop sees every token
        if not known and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
            continue  # "members of parliament from the party": its "of" phrase says what they are
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ not in MEMBERSHIP_PREPS:
                continue
            for pobj in (t for t in prep.children if t.dep_ == "pobj"):
                source = next(
                    (
                        g
                        for g in (*led.values(), *by_start.values())
                        if g.start <= pobj.i < g.end and g.actor.country and not g.is_person
                    ),
                    None,
                )
                if source is None or source.actor.country == "IGO" or not source.actor.code:
                    continue
                country = source.actor.country or ""
                roles = vehicles.get(noun) or tabs.agent_roles.get(noun, "")
                # "warplanes from the French-led coalition" are the coalition's; "workers
                # from Bangkok" are Thai workers, not its government
                whole = len(source.actor.code) > 3 and source.kind != "metonym"
                if prep.lower_ != "from" and (not whole or noun not in GENERIC_ROLES):
                    # "officers in the Russian military", never "police in Kabul" (a place's)
                    # nor "the opposition in the Lok Sabha" (a role of its own)
                    continue
                if not known and not whole:
                    continue  # "officials from Chad" are its government; "members" are no one's
                code = source.actor.code if whole else country + roles
                start = token.i
                while (
                    start
                    and doc[start - 1].dep_ in ("amod", "compound")
                    and (doc[start - 1].head.i == token.i)
                ):
                    start -= 1
                actor = Actor(code, country, noun, None)
                out.append(Found(start, source.end, actor, "description", country=country))
    return out


def _noun_after(doc: Doc, i: int) -> int | None:
    """The head noun of the phrase starting at token `i` ("coalition", "militia groups")."""
    j = i
    while j < len(doc) and doc[j].pos_ in ("NOUN", "PROPN", "ADJ"):
        if doc[j].pos_ in ("NOUN", "PROPN") and (
            j + 1 >= len(doc) or doc[j + 1].pos_ not in ("NOUN", "PROPN")
        ):
            return j
        j += 1
    return None
