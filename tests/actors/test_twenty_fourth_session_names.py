"""Actor classes found by reading whimbrel's output on corpus items no gold set holds
(issue 16, twenty-fourth session: `audit` seeds 10214 to 10217, and the 1,500 seeded corpus
items)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

D2002 = date(2002, 3, 23)
D2005 = date(2005, 11, 29)
CodesOf = Callable[[str, date | None], list[tuple[str, str | None]]]


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        # without capitals, "the commission" is any commission, not Brussels's
        ("the national human rights commission visited the city on thursday. about 35 people "
         "sat on a dharna, demanding that they be heard by the commission. the commission "
         "later met the chief minister of gujarat in ahmedabad.", "the commission", None),
        # the twin: with its capital it is the European Commission
        ("The Commission said on Monday that the European Union would act.",
         "The Commission", "IGOEUREEC"),
    ],
)  # fmt: skip
def test_a_capitalised_alias_needs_its_capital(
    codes_of: CodesOf, text: str, surface: str, code: str | None
) -> None:
    found = [c for t, c in codes_of(text, D2002) if t == surface]
    if code is None:
        assert all(c != "IGOEUREEC" for c in found), found
    else:
        assert found and all(c == code for c in found), found


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # an acronym spelt out as a body the knowledge base lacks is that body (a body
        # named as an organisation is, of the story's country: thirty-fifth session)
        ("South Africa's deputy president declined to comment on an investigation by the "
         "National Prosecuting Authority (NPA). The NPA said it would appeal.", "ZAFGOV"),
        # the twin: spelt out as the body the knowledge base knows, it is that body
        ("The New People's Army (NPA) attacked a police station in Luzon.", "PHLREB"),
    ],
)  # fmt: skip
def test_an_acronym_is_the_body_it_spells(codes_of: CodesOf, text: str, code: str | None) -> None:
    found = [c for t, c in codes_of(text, D2005) if t == "NPA"]
    assert found and all(c == code for c in found), found


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a demonym on an act names whose act it was, not where those it hurt were
        ("Ten civilians were killed in an Israeli raid on Gaza.", None),
        # the twin: on a noun of ground it says where
        ("Ten civilians were killed in a Pakistani village near the border.", "PAKCVL"),
    ],
)  # fmt: skip
def test_a_demonym_on_an_act_is_no_place(codes_of: CodesOf, text: str, code: str | None) -> None:
    found = dict(codes_of(text, D2005))
    assert found.get("civilians") == code, found
