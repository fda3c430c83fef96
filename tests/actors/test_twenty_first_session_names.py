"""Actor classes found by reading whimbrel's output on corpus items no gold set holds
(issue 16, twenty-first session: `audit` seeds 10101 to 10107)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

D1997 = date(1997, 4, 18)
D2015 = date(2015, 9, 9)
CodesOf = Callable[[str, date | None], list[tuple[str, str | None]]]


@pytest.mark.parametrize(
    ("text", "namesake"),
    [
        # one the report introduces as anybody is not the knowledge base's namesake
        ("Nahid, a young, bespectacled man, offers to translate for the others.", False),
        ("Nahid, a student from Hasakah, complains about low wages.", False),
        # the twin: introduced by an office, the namesake stays
        ("Nahid, a former minister, offers to mediate.", True),
    ],
)
def test_a_name_introduced_as_anybody_is_private(
    codes_of: CodesOf, text: str, namesake: bool
) -> None:
    found = dict(codes_of(text, D2015))
    # Nurul Islam Nahid, Bangladesh's education minister in 2015
    assert (found.get("Nahid") == "BGDGOVEDU") is namesake, found


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a family name alone after a full name given with a title is that person
        (
            "Bill Clinton assured Hong Kong's Democratic party leader Martin Lee of support. "
            "Lee said he asked Clinton to invite Tung.",
            "HKGPTY",
        ),
        # the twin: with no such full name, the knowledge base's Lee is meant
        (
            "Bill Clinton met Taiwan's leaders. Lee said he asked Clinton to invite Tung.",
            "TWNGOV",
        ),
    ],
)
def test_a_family_name_after_a_titled_full_name(codes_of: CodesOf, text: str, code: str) -> None:
    found = codes_of(text, D1997)
    assert ("Lee", code) in found, found
