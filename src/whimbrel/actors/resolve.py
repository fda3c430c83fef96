"""Find actor mentions in a parsed article and resolve them against the knowledge base.

    find_mentions(doc, published, sentence_index, kb) -> list[Mention]

Steps, each over the whole doc:
1. lookups over every surface form in the KB (names, aliases, metonyms, demonyms) and over
   role words ("spokesman", "troops", "foreign minister"), built once per KB (`match.py`);
2. descriptions: modifiers + role word + optional name ("Kremlin spokesman Dmitry Peskov",
   "Russian troops", "the US president", "the President of the United States") become one
   mention whose country and role come from the description when the person is unknown
   (`describe.py`);
3. spaCy's PERSON and ORG entities that the KB does not know become `unknown` mentions;
4. coreference (`coref.py`): pronouns, "the democrat", "his American counterpart"; then a
   person still unknown is of the country the article is about (`context.py`).
The result is sorted by span and non-overlapping (the longest candidate wins).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from spacy.tokens import Doc

from whimbrel.actors.context import PLACE_ID
from whimbrel.actors.describe import compose, modifier_mentions, pro_context, title_context
from whimbrel.actors.kb import KnowledgeBase
from whimbrel.actors.match import (
    DATELINE_DASHES,
    HONORIFICS,
    Found,
    drop_doc_caches,
    kb_matches,
    tables,
)
from whimbrel.records import Actor, Mention

# --- step 3: entities the KB does not know ---------------------------------------------------


def unknown_entities(doc: Doc, taken: set[int]) -> list[Found]:
    out = []
    # family names of the people named so far: the parser may tag one alone as a place
    # ("detained Tshisekedi" after "Prime Minister Etienne Tshisekedi"); coref unites them
    surnames: set[str] = set()
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) > 1:
            surnames.add(ent[-1].text)
        if ent.label_ not in ("PERSON", "ORG") and not (
            ent.label_ in ("GPE", "NORP") and len(ent) == 1 and ent.text in surnames
        ):
            continue
        if any(i in taken for i in range(ent.start, ent.end)):
            continue
        start = ent.start
        if doc[start].lower_ == "the":
            start += 1
        start = _after_dateline(doc, start, ent.end)
        if start >= ent.end:
            continue
        if start and doc[start - 1].is_quote and ent.label_ == "ORG":
            continue  # “Initiatives”: a quoted word, not an organisation
        out.append(
            Found(
                start,
                ent.end,
                Actor(None, None, None, None),
                "unknown",
                is_person=ent.label_ != "ORG",
            )
        )
    return out


def _after_dateline(doc: Doc, start: int, end: int) -> int:
    """ "BERLIN - Lena Brandt": the NER may run a wire dateline into the name after it."""
    for i in range(start, min(end, start + 5)):
        if doc[i].text in DATELINE_DASHES:
            if i > start and all(t.is_upper or not t.is_alpha for t in doc[start:i]):
                return i + 1
            break
    return start


# --- the whole step ---------------------------------------------------------------------------


def find_mentions(
    doc: Doc,
    published: date | None,
    sentence_index: Mapping[int, int],
    kb: KnowledgeBase,
) -> list[Mention]:
    """Every actor mention in `doc`, resolved against `kb` as valid on `published`.

    `sentence_index` maps a sentence's start character to its index in the article. With no
    date (`published` None; the pipeline first tries `article_date`), only what holds on any
    date is given: Bush is USA, not USAGOV or USAELI.
    """
    try:
        found = _find(doc, published, kb)
    finally:
        drop_doc_caches(doc)  # per-doc caches of this step only
    mentions = [_mention(doc, f, sentence_index) for f in found]
    if has_sentences(doc):
        from whimbrel.actors.coref import issued_by_mentions

        mentions = sorted(mentions + issued_by_mentions(doc, mentions), key=lambda m: m.span)
    return mentions


def _without_family_names(doc: Doc, base: list[Found]) -> list[Found]:
    """ "Armed robber Robert Napier ... Napier said": a town's one-word name that is the last
    word of a person named in full before it is that person's family name, not the town
    (coreference binds it to the full name)."""
    named_before: dict[str, int] = {}
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) > 1:
            named_before.setdefault(ent[-1].text, ent.start)
    if not named_before:
        return base
    return [
        f
        for f in base
        if not (
            f.end - f.start == 1
            and (f.entity_id or "").startswith(PLACE_ID)
            and named_before.get(doc[f.start].text, f.start) < f.start
        )
    ]


def _find(doc: Doc, published: date | None, kb: KnowledgeBase) -> list[Found]:
    from whimbrel.actors import context, coref

    tabs = tables(kb)
    base = kb_matches(doc, kb, tabs, published)
    base = _longest(_without_family_names(doc, base))
    found = compose(doc, kb, tabs, base, published)
    found = _longest(found + modifier_mentions(doc, tabs, found))
    pro_context(kb, base, found)
    parsed = has_sentences(doc)
    if parsed:
        title_context(doc, kb, tabs, base, found)
    taken = {i for f in found for i in range(f.start, f.end)}
    # "Security Forces" tagged as an organisation is the generic actor all the same, and so
    # is an unknown name ending in an armed group's word ("Left Wing Extremists")
    found.extend(
        f
        for f in unknown_entities(doc, taken)
        if not context.is_generic(doc, f.start, f.end)
        and not context.ends_armed(doc, f.start, f.end)
    )
    taken = {i for f in found for i in range(f.start, f.end)}
    found.extend(context.generic_mentions(doc, found, taken))
    found = _longest(found)
    context.namesake_places(doc, kb, found)
    context.give_countries(doc, kb, found)
    if parsed:
        context.igo_officials(doc, found)
    context.stated_countries(doc, kb, found)
    _honorifics(doc, found)
    if parsed:  # coreference needs sentences and a parse
        found = coref.resolve(doc, found, kb, tabs, published)
        context.people_of_article(doc, kb, found)
    if published is None:
        context.undated(doc, kb, found)
    else:
        context.as_of(kb, found, published)
    return _longest(found)


def has_sentences(doc: Doc) -> bool:
    return doc.has_annotation("SENT_START") or doc.has_annotation("DEP")


def _honorifics(doc: Doc, found: list[Found]) -> None:
    taken = {i for f in found for i in range(f.start, f.end)}
    for f in found:
        if (
            f.is_person
            and f.start
            and doc[f.start - 1].lower_ in HONORIFICS
            and f.start - 1 not in taken
        ):
            f.start -= 1


def _longest(found: list[Found]) -> list[Found]:
    """Non-overlapping, longest first, then earliest; returned in text order."""
    chosen: list[Found] = []
    taken: set[int] = set()
    for f in sorted(found, key=lambda f: (-(f.end - f.start), f.start)):
        span = range(f.start, f.end)
        if f.end <= f.start or any(i in taken for i in span):
            continue
        chosen.append(f)
        taken.update(span)
    return sorted(chosen, key=lambda f: f.start)


def _mention(doc: Doc, f: Found, sentence_index: Mapping[int, int]) -> Mention:
    span = doc[f.start : f.end]
    return Mention(
        text=span.text,
        span=(span.start_char, span.end_char),
        actor=f.actor,
        sentence=sentence_index.get(span.sent.start_char) if has_sentences(doc) else None,
        kind=f.kind,
        antecedent=f.antecedent,
    )
