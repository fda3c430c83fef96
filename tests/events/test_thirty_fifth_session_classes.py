"""Wrong or missing events found by reading whimbrel's output on corpus items no gold set
holds (issue 16, thirty-fifth session: `audit` seeds 10314 onwards).

Each class is tested on made-up sentences as a minimal pair where one exists: the trap, and
its twin that must still code (or stay uncoded).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from whimbrel.pipeline import Coder, make_article

Dyad = tuple[str | None, str | None, str]
D2013 = date(2013, 9, 10)
CheckPair = Callable[[str, date, Dyad | None, Dyad | None], None]
ModalityByDyad = Callable[[str, date], dict[Dyad, str]]


@pytest.mark.parametrize(
    ("text", "dyad", "modality"),
    [
        # a clause with a subject of its own after a noun of claim, with no "that" and
        # read by the parser as a relative clause, is what is claimed
        ("Britain's foreign secretary rejected claims Russia had shelled the Ukrainian "
         "town.", ("RUS", "UKR", "19"), "alleged"),
        ("Britain refused to deny reports Iran has attacked the Saudi tanker.",
         ("IRN", "SAU", "19"), "alleged"),
        # the twin: said by the reporter's source, it is told as done
        ("Britain's foreign secretary said Russia had shelled the Ukrainian town.",
         ("RUS", "UKR", "19"), "asserted"),
        # a real relative clause on such a noun, its object the claim itself, is the
        # subject's own act
        ("Ukraine repeated an allegation Moscow dismissed as a lie.", ("RUS", None, "01"),
         "asserted"),
    ],
)  # fmt: skip
def test_a_clause_claimed_without_that_is_alleged(
    modality_by_dyad: ModalityByDyad, text: str, dyad: Dyad, modality: str
) -> None:
    found = modality_by_dyad(text, D2013)
    assert found.get(dyad) == modality, found


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a participle on the subject of the verb after it tells what was done to that
        # subject, whether the parser reads it as the clause that is the subject or as the
        # main verb with the copula left hanging: the subject did not do it
        ("The Pakistani detained in Kabul last week is a known smuggler.", None,
         ("PAK", "AFG", "17")),
        ("The Australian arrested in Afghanistan is from Adelaide.", None,
         ("AUS", "AFG", "17")),
        # the twin: the doer named as the subject of the arrest
        ("Afghan police detained a Pakistani in Kabul last week.", ("AFG", "PAK", "17"),
         None),
    ],
)  # fmt: skip
def test_a_participle_on_a_subject_is_done_to_it(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2013, present, absent)


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # what is fired is no one acted on: the target at home is what it is fired at
        ("Pakistani militants opened fire at the convoy.", "convoy"),
        ("Indian police opened fire on the mob.", "mob"),
        # else the act itself stands for those it hit at home
        ("Pakistani militants opened fire.", "opened"),
    ],
)
def test_a_weapon_fired_is_no_target(coder: Coder, text: str, target: str) -> None:
    coded = coder.code(make_article(text, D2013))
    force = [e for e in coded.events if e.cameo.startswith("19")]
    assert [e.target.text if e.target else None for e in force] == [target], coded.events


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # an arrest by a government or a court of someone no actor names is at home
        ("Peruvian authorities have detained a former army major.", ("PER", "PER", "173"),
         None),
        # the twin: an expulsion is of foreigners as often, so no one is assumed
        ("Peruvian authorities have expelled a former army major.", None,
         ("PER", "PER", "174")),
    ],
)  # fmt: skip
def test_an_arrest_by_the_authorities_is_at_home(
    assert_country_codes: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_country_codes(text, D2013, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # men the report calls masked or hooded are doers it does not know: violence by
        # them is still an event, against those it names
        ("Masked men kidnapped 16 Turkish workers in Baghdad.", (None, "TUR", "18"), None),
        ("Hooded men shot dead two Turkish workers in Baghdad.", (None, "TUR", "19"),
         None),
        # the twin: men the report just calls men are no doer it says it does not know
        ("Men kidnapped 16 Turkish workers in Baghdad.", None, (None, "TUR", "18")),
    ],
)  # fmt: skip
def test_masked_men_are_unknown_doers(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2013, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # harm told by a participle on a verb of accident with no object is the accident's:
        # no one did it
        ("An Iranian military aircraft crashed at Tehran's airport, killing 36 people.", None,
         ("IRN", "IRN", "19")),
        ("A Bangladeshi ferry capsized in the river, killing 40 people.", None,
         ("BGD", None, "19")),
        # the twins: a doer who sinks something, or storms it, kills by force
        ("Iranian commandos sank the ship, killing 20 sailors.", ("IRN", None, "19"), None),
        ("Taliban militants stormed the checkpoint, killing two Afghan soldiers.",
         ("AFG", "AFG", "19"), None),
    ],
)  # fmt: skip
def test_harm_after_an_accident_has_no_doer(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2013, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # the one given to, read by the parser as a name before the gift, is the recipient
        ("Japan gave Vietnam aid.", ("JPN", "VNM", "07"), None),
        ("The European Community gave the Ivory Coast aid.", ("IGO", "CIV", "07"), None),
        # the twin: a "to" phrase names the recipient; the name before the gift is whose
        ("Japan gave US aid to the Kurds.", None, ("JPN", "USA", "07")),
    ],
)  # fmt: skip
def test_a_gift_goes_to_the_name_before_it(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2013, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a deal struck is no blow, in the passive as in the active
        ("A deal was struck between Iran and Iraq.", None, (None, "IRN", "19")),
        ("The Tory leader said such agreements had been struck at dinners with the "
         "chancellor.", None, (None, "GBR", "19")),
        ("Iran and Iraq struck a deal.", ("IRN", "IRQ", "05"), None),
        # the twin: what a blow is struck on is hit
        ("Two Iraqi policemen were struck by a car bomb.", (None, "IRQ", "19"), None),
    ],
)  # fmt: skip
def test_a_passive_patient_is_the_object_a_pattern_names(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2013, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a participle on the last of coordinated nouns qualifies that noun alone
        ("Syria will clear the country of Isis, jihadis and terrorist groups backed by "
         "Turkey.", None, ("TUR", "IMG", "05")),
        # the twin: set off after the whole coordination, it qualifies each
        ("Russia and China, backed by Iran, condemned the strike.", ("IRN", "CHN", "05"),
         None),
    ],
)  # fmt: skip
def test_a_participle_on_the_last_conjunct_is_its_own(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2013, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a lawsuit filed is a case brought against whom it names (CAMEO's 115)
        ("Iran filed a lawsuit against the United States.", ("IRN", "USA", "115"), None),
        ("Greenpeace sued the French government.", ("NGO", "FRA", "115"), None),
    ],
)  # fmt: skip
def test_a_lawsuit_is_a_case_brought(
    assert_country_codes: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_country_codes(text, D2013, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a visit to a place, with no owner, that a clause's act is done during is made by
        # that clause's subject
        ("During a visit to China on Friday, Guinea-Bissau President Joao Bernardo Vieira "
         "signed two deals.", ("GNB", "CHN", "042"), None),
        ("On a visit to Kuwait, South Korea's president praised the emir.",
         ("KOR", "KWT", "042"), None),
        # the twins: a visit named with no place is told elsewhere, and one by another is
        # theirs
        ("During the visit, Russian President Vladimir Putin praised China.", None,
         ("RUS", "CHN", "042")),
        ("Protesters in Paris threw stones during a visit by the Chinese president.", None,
         ("FRA", "CHN", "042")),
    ],
)  # fmt: skip
def test_a_visit_is_made_by_who_acts_during_it(
    assert_country_codes: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_country_codes(text, D2013, present, absent)
