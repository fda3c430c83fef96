"""Wrong or missing events found by reading whimbrel's output on corpus items no gold set
holds (issue 16, twenty-sixth session: `audit` seeds 10227 onwards, 48 items each).

Each class is tested on made-up sentences as a minimal pair where one exists: the trap, and
its twin that must still code (or stay uncoded).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

Dyad = tuple[str | None, str | None, str]
D1997 = date(1997, 4, 30)
D2018 = date(2018, 12, 19)
CheckPair = Callable[[str, date, Dyad | None, Dyad | None], None]
ModalityOf = Callable[[str, date], dict[Dyad, str]]


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # words against a move are criticism, not the threat CAMEO writes for "prevent a
        # move", a verb of the same synonym block
        ("France condemned the Russian government's move to annex Crimea.",
         ("FRA", "RUS", "11"), ("FRA", "RUS", "13")),
        ("Britain accused the Iranian government's move to enrich uranium.",
         ("GBR", "IRN", "11"), ("GBR", "IRN", "13")),
        # the twin: a warning stays a threat
        ("France warned the Russian government against annexing Crimea.",
         ("FRA", "RUS", "13"), None),
    ],
)  # fmt: skip
def test_criticism_borrows_no_threat_from_its_synonym_block(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2018, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a ban its modifier names as one on trade or travel is an embargo
        ("The United States imposed an investment ban on Burma.", ("USA", "MMR", "16"), None),
        ("Washington imposed a trade ban on Iraq.", ("USA", "IRQ", "16"), None),
        ("Russia imposed an import ban on Georgian wine.", ("RUS", "GEO", "16"), None),
        # lifting a ban eases a sanction
        ("India lifted a ban on Pakistani films.", ("IND", "PAK", "08"), ("IND", "PAK", "16")),
        # the twins: a ban on what the text does not tie to a foe names no embargo
        ("Three U.S. senators said they wanted a temporary ban on all U.S. imports of "
         "Toshiba products.", None, ("USA", "USA", "13")),
        ("The Russian government imposed a ban on opposition rallies.", None,
         ("RUS", "RUS", "16")),
    ],
)  # fmt: skip
def test_a_trade_ban_is_an_embargo(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D1997, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # calling on someone who is asked for nothing is a visit
        ("The Pakistani ambassador called on President Bush on Monday.",
         ("PAK", "USA", "04"), ("PAK", "USA", "02")),
        ("The Indian foreign minister called on the Nepali king in Kathmandu.",
         ("IND", "NPL", "04"), ("IND", "NPL", "02")),
        # the twins: calling on someone to act, or for something, asks it of them
        ("The Pakistani ambassador called on President Bush to lift sanctions.",
         ("PAK", "USA", "02"), ("PAK", "USA", "04")),
        ("France called on Germany to cut its budget deficit.", ("FRA", "DEU", "02"),
         ("FRA", "DEU", "04")),
        ("Pakistan called on India for talks.", ("PAK", "IND", "10"), ("PAK", "IND", "04")),
    ],
)  # fmt: skip
def test_a_courtesy_call_is_a_visit(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2018, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # the means of an act, told by a participle of using, is no act of its own
        ("A Russian jet was shot down by Syrian rebels using a shoulder-held missile.",
         ("SYR", "RUS", "19"), ("SYR", None, "17")),
        ("Indian troops fired on Pakistani smugglers using live ammunition.",
         ("IND", "PAK", "19"), ("IND", None, "17")),
        # the twin: using a weapon as the act itself
        ("Egyptian police used tear gas to disperse Sudanese protesters.",
         ("EGY", "SDN", "17"), None),
    ],
)  # fmt: skip
def test_a_participle_of_using_is_the_means_not_an_act(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2018, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # rejecting a proposal by "shooting" or "voting" it down fires no shot
        ("France, Sweden and Belgium shot down a German proposal.", ("FRA", "DEU", "12"),
         ("FRA", "DEU", "19")),
        ("The Greek parliament voted down the German plan.", ("GRC", "DEU", "12"), None),
        # the twin: an aircraft shot down is force
        ("The Indian air force shot down a Pakistani drone.", ("IND", "PAK", "19"),
         ("IND", "PAK", "12")),
    ],
)  # fmt: skip
def test_a_proposal_shot_down_is_rejected(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2018, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # two sides of one country agreeing agree with each other
        ("The Colombian government and the FARC rebels agreed to create special courts.",
         ("COLGOV", "COLREB", "030"), ("COLGOV", None, "030")),
        ("The Philippine government and Moro rebels have agreed to create an autonomous "
         "region.", ("PHLREB", "PHLGOV", "030"), ("PHLREB", None, "030")),
        # the twins: two arms of one state are one side
        ("The Colombian army and police agreed to share intelligence.", None,
         ("COLMIL", "COLCOP", "030")),
    ],
)  # fmt: skip
def test_two_sides_of_one_country_agree_with_each_other(
    assert_dyads: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_dyads(text, D2018, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # "they" of reporters named together is all of them
        ("Israel and Syria said they would resume talks.", ("ISR", "SYR", "03"), None),
        ("The Colombian government and the FARC rebels said they had agreed to create "
         "special courts.", ("COL", None, "03"), None),
        # the twin: "it" of one reporter is that reporter
        ("Russia said it would resume talks with Japan.", ("RUS", "JPN", "03"), None),
    ],
)  # fmt: skip
def test_they_of_reporters_named_together_is_all_of_them(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2018, present, absent)


def test_they_of_two_reporters_gives_each_its_own_event(
    assert_dyads: CheckPair,
) -> None:
    text = (
        "The Colombian government and the FARC rebels said they had agreed to create "
        "special courts."
    )
    assert_dyads(text, D2018, ("COLGOV", None, "030"), None)
    assert_dyads(text, D2018, ("COLREB", None, "030"), None)


@pytest.mark.parametrize(
    ("text", "event", "modality"),
    [
        # an act one is said to answer for is framed as the clause that says so
        ("Turkey alleges that the Saudi royal court was responsible for ordering the "
         "arrest of Iranian diplomats.", ("SAU", "IRN", "17"), "alleged"),
        # the twin: said by the report itself, it is asserted
        ("The Saudi royal court was responsible for ordering the arrest of Iranian "
         "diplomats.", ("SAU", "IRN", "17"), "asserted"),
    ],
)  # fmt: skip
def test_an_act_answered_for_is_framed_as_its_clause(
    modality_by_dyad: ModalityOf, text: str, event: Dyad, modality: str
) -> None:
    found = modality_by_dyad(text, D2018)
    assert found.get(event) == modality, found


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # one jailed, arrested or sentenced for an act did it, when the object may act
        ("A Tunisian court jailed a Nigerian student for two years for helping militants "
         "in Lebanon.", ("NGA", "LBN", "07"), ("TUN", "LBN", "07")),
        ("Iran arrested a British diplomat for spying on Iran.", ("GBR", "IRN", "09"),
         ("IRN", "IRN", "09")),
        # the twin: a thing stood trial for is the subject's own act
        ("Iran must stand trial for abusing Iraqi inmates.", ("IRN", "IRQ", "18"), None),
    ],
)  # fmt: skip
def test_the_act_one_is_punished_for_is_the_punished_ones(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2018, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a meeting "at" a meeting or a summit was held, no intent to meet
        ("Cuba's President Raul Castro and U.S. President Barack Obama met briefly on "
         "Tuesday at a bilateral meeting.", ("CUB", "USA", "04"), ("CUB", "USA", "03")),
        ("Obama met Raul Castro at the summit on Monday.", ("USA", "CUB", "04"),
         ("USA", "CUB", "03")),
        # the twin: a meeting still to come is an intent
        ("Obama will meet Raul Castro at the summit next week.", ("USA", "CUB", "03"),
         ("USA", "CUB", "04")),
    ],
)  # fmt: skip
def test_a_meeting_at_a_venue_was_held(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, date(2015, 9, 29), present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # admitting a member lets it in, nothing is owned up to
        ("ASEAN plans to admit Burma to the regional group.", None,
         ("IGO", "MMR", "01")),
        ("Iraq admitted UN weapons inspectors on Monday.", None, ("IRQ", "IGO", "01")),
        # the twins: an act or a responsibility admitted is owned up to
        ("Pakistan admitted shooting down an Indian jet.", ("PAK", "IND", "01"), None),
        ("Iran admitted responsibility for the attack on Iraq.", ("IRN", "IRQ", "01"), None),
    ],
)  # fmt: skip
def test_a_member_admitted_is_let_in(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2018, present, absent)


@pytest.mark.parametrize(
    ("text", "event", "modality"),
    [
        # a question whether it is so asserts nothing
        ("Did Russia attack Ukraine?", ("RUS", "UKR", "19"), "hypothetical"),
        ("“Will the United States lift sanctions on Iran?” the Iranian minister asked.",
         ("USA", "IRN", "08"), "hypothetical"),
        # a bidding asserts nothing either
        ("“Withdraw your troops from Syria,” the Turkish minister told Russia.",
         ("TUR", "SYR", "08"), "hypothetical"),
        # the twins: a question for what is not known takes the act as done; a told act is
        # asserted
        ("“Why did Pakistan attack Indian posts?” the Indian minister asked.",
         ("PAK", "IND", "19"), "asserted"),
        ("Russia attacked Ukraine on Monday.", ("RUS", "UKR", "19"), "asserted"),
    ],
)  # fmt: skip
def test_a_question_or_a_bidding_asserts_nothing(
    modality_by_dyad: ModalityOf, text: str, event: Dyad, modality: str
) -> None:
    found = modality_by_dyad(text, D2018)
    assert found.get(event) == modality, found


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # asking a question is no appeal
        ("“Will the United States lift sanctions?” the Iranian minister asked Washington.",
         None, ("IRN", "USA", "02")),
        # the twin: asking someone to act is one
        ("The Iranian minister asked Washington to lift the sanctions.",
         ("IRN", "USA", "02"), None),
    ],
)  # fmt: skip
def test_a_question_asked_is_no_appeal(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2018, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # intervening in a war is armed force
        ("Turkey intervened in the war in Syria in August 2016.", ("TUR", "SYR", "19"),
         ("TUR", "SYR", "07")),
        # the twin: intervening in a dispute between others mediates it
        ("Egypt intervened in the dispute between Israel and Hamas.", ("EGY", "ISR", "04"),
         ("EGY", "ISR", "19")),
    ],
)  # fmt: skip
def test_an_intervention_in_a_war_is_force(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2018, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # protesters' unarmed violence is a violent protest, CAMEO's riot
        ("Demonstrators attacked the Russian embassy in Kiev.", ("UKR", "RUS", "14"),
         ("UKR", "RUS", "18")),
        ("Ukrainian rioters stormed the Russian embassy.", ("UKR", "RUS", "14"),
         ("UKR", "RUS", "19")),
        # the twins: other civilians' violence is an assault; a weapon named keeps force
        ("Turkish nationalists attacked the Greek consulate.", ("TUR", "GRC", "18"),
         ("TUR", "GRC", "14")),
        ("Protesters fired rockets at the Russian embassy in Kiev.", ("UKR", "RUS", "19"),
         ("UKR", "RUS", "14")),
        # a weapon named in the plural is named all the same
        ("Turkish nationalists attacked the Greek consulate with guns.", ("TUR", "GRC", "19"),
         ("TUR", "GRC", "18")),
    ],
)  # fmt: skip
def test_protesters_violence_is_a_riot(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2018, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a state or a city before "terror attacks" says where terrorists struck
        ("Britain tightened its laws after the US terror attacks in 2001.", None,
         ("USA", None, "19")),
        ("Britain tightened its laws after the London terror attacks in 2005.", None,
         ("GBR", None, "19")),
        # the twins: a group's terror attacks are its own; a state's air strikes are too
        ("Hamas terror attacks in 2004 killed dozens of Israelis.", ("PSE", "ISR", "19"),
         None),
        ("The Russian air strikes in 2015 killed dozens of Syrians.", ("RUS", "SYR", "19"),
         None),
    ],
)  # fmt: skip
def test_terror_attacks_are_not_the_named_states(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2018, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # what one risks, and a passive graded as a feeling, is no act done
        ("Israel's opposition leader warns that Sharon risks being assassinated in Gaza.",
         None, (None, "PSE", "18")),
        ("Annan said he was extremely encouraged by the Arab League initiative.", None,
         ("IGO", "IGO", "05")),
        ("Kofi Annan said he was deeply disappointed by Israel.", None,
         ("ISR", "IGO", "05")),
        # the twins: a passive act done by another stays done
        ("Israel was strongly criticised by Egypt.", ("EGY", "ISR", "11"), None),
        ("Sharon was attacked by Palestinian gunmen in Gaza.", ("PSE", "ISR", "19"), None),
    ],
)  # fmt: skip
def test_a_risk_or_a_feeling_is_no_act(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, date(2005, 1, 10), present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a sum given "in" aid is aid, of the kind its modifier names
        ("Japan gave Pakistan 50 million dollars in aid.", ("JPN", "PAK", "07"), None),
        ("The US provided $50 million in military aid to Jordan.", ("USA", "JOR", "07"),
         None),
        ("Japan sent humanitarian aid to Haiti.", ("JPN", "HTI", "07"), None),
        # the twin: a sum spent on no aid is none
        ("Iran sent 200 troops in an attack on Iraq.", None, ("IRN", "IRQ", "07")),
    ],
)  # fmt: skip
def test_a_sum_in_aid_is_aid(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D1997, present, absent)


@pytest.mark.parametrize(
    ("text", "dyad"),
    [
        ("The US provided $50 million in military aid to Jordan.", ("USA", "JOR", "072")),
        ("Japan sent humanitarian aid to Haiti.", ("JPN", "HTI", "073")),
        ("The EU gave economic assistance to Serbia.", ("IGOEUREEC", "SRB", "071")),
    ],
)  # fmt: skip
def test_aid_is_of_the_kind_its_modifier_names(
    assert_dyads: CheckPair, text: str, dyad: Dyad
) -> None:
    assert_dyads(text, D1997, dyad, None)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a suspension says what is cut by what is suspended
        ("Italy announced a suspension of air links with Serbia on Wednesday.",
         ("ITA", "YUG", "16"), None),
        ("The United States announced the suspension of aid to Pakistan.",
         ("USA", "PAK", "16"), None),
        ("Israel ordered the suspension of talks with the Palestinians.",
         ("ISR", "PSE", "16"), None),
        # a blockade imposed again is imposed
        ("Israel reimposed a blockade on Gaza.", ("ISR", "PSE", "19"), None),
        # the twins: a suspension of no tie, and a legal battle, are no event
        ("The Indian league announced the suspension of a Pakistani player.", None,
         ("IND", "PAK", "16")),
        ("Indian villagers have been fighting a court battle against a Pakistani firm.",
         None, ("IND", "PAK", "19")),
    ],
)  # fmt: skip
def test_a_tie_suspended_is_cut(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, date(1991, 7, 3), present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # property destroyed by protesters is a riot too
        ("The Russian building was demolished by a Ukrainian protestor.",
         ("UKR", "RUS", "14"), ("UKR", "RUS", "17")),
        # the twin: destroyed by others it is destruction
        ("Ukrainian villagers demolished the Russian building.", ("UKR", "RUS", "17"),
         ("UKR", "RUS", "14")),
    ],
)  # fmt: skip
def test_property_destroyed_by_protesters_is_a_riot(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2018, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a step of one's own taken back is no retreat of forces
        ("The Indian minister said he would not withdraw his resignation from the cabinet.",
         None, ("IND", "IND", "08")),
        ("India withdrew its complaint against Pakistan.", None, ("IND", "PAK", "08")),
        # the twin: troops withdrawn retreat
        ("India withdrew its troops from the Pakistani border.", ("IND", "PAK", "08"), None),
    ],
)  # fmt: skip
def test_a_step_taken_back_is_no_retreat(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2018, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # calling off or ending a strike or a protest eases dissent
        ("Nigerian teachers ended their strike against the Nigerian government.",
         ("NGA", "NGA", "08"), None),
        ("The Nigerian Union of Teachers announced that it has called off a four-day strike.",
         ("NGA", None, "08"), ("NGA", None, "16")),
        # the twin: talks called off are relations cut
        ("Israel called off the talks with Syria.", ("ISR", "SYR", "16"), None),
    ],
)  # fmt: skip
def test_a_strike_called_off_eases_dissent(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, date(2004, 3, 10), present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a government never stops work: its strikes are attacks
        ("Trump announced the strikes on Friday.", ("USA", None, "19"), ("USA", None, "14")),
        # the twin: workers' strikes stop work
        ("Nigerian teachers announced the strikes on Friday.", ("NGA", "NGA", "14"),
         ("NGA", "NGA", "19")),
    ],
)  # fmt: skip
def test_a_governments_strikes_are_attacks(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, date(2018, 4, 15), present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # what one says another must do is demanded of the one obliged, not of the one told
        ("Britain told the United Nations that Iran should stop enriching uranium.",
         ("GBR", "IRN", "10"), ("GBR", "IGO", "10")),
        ("Britain told Japan the U.S. should cut its deficit.", ("GBR", "USA", "10"),
         ("GBR", "JPN", "10")),
        # the twin: said to no one, it is demanded of the one obliged all the same
        ("Britain said Iran must stop enriching uranium.", ("GBR", "IRN", "10"), None),
    ],
)  # fmt: skip
def test_an_obligation_told_is_demanded_of_the_one_obliged(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2018, present, absent)


@pytest.mark.parametrize(
    ("text", "event", "modality"),
    [
        # what one is required to do is not done
        ("Iran was required to withdraw its troops from Iraq.", ("IRN", "IRQ", "08"), None),
        ("The UN resolution requires Iraq to destroy its chemical weapons.",
         ("IRQ", None, "17"), None),
        # the twin: done, it is asserted
        ("Iran withdrew its troops from Iraq.", ("IRN", "IRQ", "08"), "asserted"),
    ],
)  # fmt: skip
def test_a_required_act_is_not_done(
    modality_by_dyad: ModalityOf, text: str, event: Dyad, modality: str | None
) -> None:
    found = modality_by_dyad(text, D2018)
    assert found.get(event) == modality, found
