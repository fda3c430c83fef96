"""Wrong or missing events found by reading whimbrel's output on corpus items no gold set
holds, and on the PLOVER set's false events (issue 16, twenty-fifth session: `audit` seeds
10218 and 10219, 48 items each).

Each class is tested on made-up sentences as a minimal pair where one exists: the trap, and
its twin that must still code (or stay uncoded).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

Dyad = tuple[str | None, str | None, str]
D1987 = date(1987, 4, 21)
D2004 = date(2004, 11, 8)
D2018 = date(2018, 1, 16)
CheckPair = Callable[[str, date, Dyad | None, Dyad | None], None]
ModalityOf = Callable[[str, date], dict[Dyad, str]]


@pytest.mark.parametrize(
    ("text", "event", "modality"),
    [
        # the middle of a list of accused acts is the accused's, and alleged
        ("Amnesty International accused Israel of violating human rights, ignoring "
         "international law and sending a signal to abusive governments.",
         ("ISR", None, "12"), "alleged"),
        ("Iran accused Israel of killing its scientists, ignoring international law and "
         "threatening its neighbours.", ("ISR", None, "12"), "alleged"),
    ],
)  # fmt: skip
def test_an_accused_act_listed_after_a_comma_is_alleged_of_the_accused(
    modality_by_dyad: ModalityOf, text: str, event: Dyad, modality: str
) -> None:
    found = modality_by_dyad(text, D2004)
    assert found.get(event) == modality, found
    assert not any(s not in ("ISR", None) for s, _, root in found if root == "12"), found


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # the twin: a participle clause after a plain verb stays its subject's
        ("Russia attacked Ukraine, killing five civilians and wounding twenty.",
         ("RUS", "UKR", "19"), ("UKR", None, "19")),
    ],
)  # fmt: skip
def test_a_participle_after_a_plain_verb_stays_its_subjects(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2004, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a reaction drawn by an act is from whom its phrase names, against the act's doer
        ("The Israeli plan drew sharp criticism from Egypt.", ("EGY", "ISR", "11"), None),
        ("The Russian move prompted condemnation from France and Germany.",
         ("DEU", "RUS", "11"), ("RUS", "FRA", "11")),
        ("The new Chinese law triggered protests from Japan.", ("JPN", "CHN", "14"),
         ("CHN", "JPN", "11")),
        ("The Iranian plan was met with condemnation by the European Union.",
         ("IGO", "IRN", "11"), None),
        ("Spain's government approved new fines for holding demonstrations, sparking "
         "protests from Moroccan rights groups.", ("MAR", "ESP", "14"), ("ESP", "MAR", "11")),
        # the twins: no one named as reacting, or no reaction drawn, is no event
        ("The Russian move sparked protests in Ukraine.", None, ("UKR", "RUS", "14")),
        ("The Israeli plan drew crowds from Egypt.", None, ("EGY", "ISR", "11")),
    ],
)  # fmt: skip
def test_a_reaction_drawn_is_the_reactors_act(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2018, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a plan or remark made by someone stands for its maker
        ("Iraq's president has hit back at comments made by Donald Trump.",
         ("IRQ", "USA", "11"), None),
        ("Egypt rejected a plan drawn up by Israel.", ("EGY", "ISR", "12"), None),
        # the twin: people held by someone are not that someone
        ("Israel freed two Lebanese men held by the army.", ("ISR", "LBN", "08"),
         ("ISR", "ISR", "08")),
    ],
)  # fmt: skip
def test_a_plan_made_by_someone_stands_for_its_maker(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2018, present, absent)


@pytest.mark.parametrize(
    ("text", "event", "modality"),
    [
        # a duty assigned is not done yet
        ("US soldiers in Iraq were tasked with monitoring Iran.", ("USA", "IRN", "09"),
         "planned"),
        ("The UN force was entrusted with monitoring the border with Israel.",
         ("IGO", "ISR", "09"), "planned"),
        # an act an adjective weighs is not done
        ("Hariri warned that withholding funds will be sufficient to force Russia or Syria "
         "to negotiate.", ("RUS", "SYR", "04"), "hypothetical"),
        ("Israel was reluctant to attack Iran.", ("ISR", "IRN", "19"), "hypothetical"),
        # the twins: haste or ability keeps the act as done as its copula says
        ("France was quick to condemn the Russian attack.", ("FRA", "RUS", "11"), "asserted"),
        ("Pakistani police were able to arrest the Afghan smugglers.", ("PAK", "AFG", "17"),
         "asserted"),
        # an act ruled out will not be done; one not ruled out may be
        ("Israel ruled out attacking Iran.", ("ISR", "IRN", "19"), "negated"),
        ("Israel did not rule out attacking Iran.", ("ISR", "IRN", "19"), "hypothetical"),
        # what one can do is not told as done
        ("Iran can attack Israel.", ("IRN", "ISR", "19"), "hypothetical"),
        # the twin: a plain act stays asserted
        ("Israel attacked Iran.", ("ISR", "IRN", "19"), "asserted"),
    ],
)  # fmt: skip
def test_duties_weighed_and_ruled_out_acts_are_not_done(
    modality_by_dyad: ModalityOf, text: str, event: Dyad, modality: str
) -> None:
    found = modality_by_dyad(text, D2018)
    assert found.get(event) == modality, found


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a list of passives shares its passive: the victims did nothing
        ("Yildirim said 300 militants had been killed, injured or taken captive in the "
         "Afrin offensive.", None, ("SYR", "SYR", "18")),
        # the twin: a "by" agent on the last of the list is the whole list's
        ("Two Afghan soldiers were kidnapped by the Taliban and killed.",
         ("AFG", "AFG", "19"), None),
    ],
)  # fmt: skip
def test_a_list_of_passives_shares_its_passive(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2018, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # idioms that are no act: common ground found, the centre ground occupied, a video
        # released
        ("European foreign ministers meet Friday to try and find common ground with Turkey.",
         None, ("EUR", "TUR", "09")),
        ("Labour had learned to occupy the political centre ground in Britain.", None,
         ("GBR", "GBR", "19")),
        ("Osama bin Laden admitted planning the attacks in a videotape released by the "
         "Pentagon.", None, ("USA", None, "08")),
        # the twins: evidence found, a town occupied, prisoners released
        ("Israeli troops occupied the Lebanese town of Khiam.", ("ISR", "LBN", "19"), None),
        ("The Pentagon released three Afghan prisoners.", ("USA", "AFG", "08"), None),
        # fire opened against someone is force, as on or at them
        ("Nepal police opened fire against Maoist demonstrators.", ("NPL", "NPL", "19"), None),
        # a trust abused and a stab in the back are figures, no assault
        ("Mr Kennedy told delegates that Labour had abused the public's trust in Britain.",
         None, ("GBR", "GBR", "18")),
        ("The US, Erdogan said, had stabbed Turkey in the back.", None, ("TUR", "TUR", "18")),
        # the twin: people abused are assaulted
        ("Iraqi police abused Kuwaiti prisoners.", ("IRQ", "KWT", "18"), None),
        # a spending target hit is a goal met; a warrant of doom signed is no agreement;
        # attempts abandoned concede nothing
        ("Denmark and Norway hit the 0.7% UN aid spending target.", None,
         ("DNK", "IGO", "19")),
        ("Trump had effectively signed a global death warrant for Mexican women.", None,
         ("USA", None, "05")),
        ("Northern Alliance commanders have abandoned all attempts to secure a surrender of "
         "Al Qaeda militants.", None, ("AFG", "IMG", "08")),
        # the twin: missiles hit a target
        ("Russian missiles hit Ukrainian targets.", ("RUS", "UKR", "19"), None),
        # coming to someone's aid helps them, it visits no one
        ("Britain came to the aid of Kuwait.", ("GBR", "KWT", "07"), ("GBR", "KWT", "04")),
    ],
)  # fmt: skip
def test_idioms_of_ground_and_publication(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2018, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # what one side shares with another it gives; the other gives nothing back
        ("Israeli intelligence officials have shared evidence with the United States.",
         ("ISR", "USA", "06"), ("USA", "ISR", "06")),
        ("Israel shared intelligence with Jordan.", ("ISR", "JOR", "06"), ("JOR", "ISR", "06")),
    ],
)  # fmt: skip
def test_what_is_shared_with_another_goes_one_way(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2018, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # people come from elsewhere are not the country that helps or harms them
        ("As Croatia confirmed it will help refugees, the first 5,650 crossed the border.",
         ("HRV", None, "03"), ("HRV", "HRV", "03")),
        ("Hungarian police attacked migrants at the border.", ("HUN", None, "19"),
         ("HUN", "HUN", "19")),
        ("The Egyptian tourism ministry accused the tourists of being in a restricted zone.",
         None, ("EGY", "EGY", "11")),
        # the twin: people at home are
        ("Hungarian police attacked protesters at the border.", ("HUN", "HUN", "19"), None),
    ],
)  # fmt: skip
def test_people_come_from_elsewhere_are_not_at_home(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2018, present, absent)


@pytest.mark.parametrize(
    ("text", "event", "modality"),
    [
        # a subject that names no one did not act
        ("Neither Britain nor France attacked Iraq.", ("GBR", "IRQ", "19"), "negated"),
        ("None of the Arab states condemned Israel.", ("ARB", "ISR", "11"), "negated"),
        # the twin: both did
        ("Both Britain and France attacked Iraq.", ("GBR", "IRQ", "19"), "asserted"),
    ],
)  # fmt: skip
def test_a_subject_naming_no_one_did_not_act(
    modality_by_dyad: ModalityOf, text: str, event: Dyad, modality: str
) -> None:
    found = modality_by_dyad(text, D2004)
    assert found.get(event) == modality, found


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # a "which" clause after a participle's agent describes what the participle does
        ("The responsibility falls on the Syrian Democratic Forces, an alliance led by "
         "Kurdish militias and backed by the US, which took control of Raqqa.", None,
         ("USA", "SYR", "19")),
        # the victims of a kidnapping named by a relative clause are its target
        ("Sixteen Turkish citizens who were kidnapped from a construction site in Iraq were "
         "released on Wednesday.", (None, "TUR", "18"), (None, "IRQ", "18")),
        # the twin: a "which" clause on a plain object describes that object
        ("Israel rejected a peace plan drafted by Egypt, which proposed a ceasefire.",
         ("ISR", "EGY", "12"), None),
    ],
)  # fmt: skip
def test_a_relative_clause_describes_its_own_noun(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2018, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # nationalists and supporters are people, not an army: their attacks are assaults
        ("Turkish nationalists attacked over 120 provincial offices of the pro-Kurdish HDP "
         "party.", ("TUR", "TUR", "18"), ("TUR", "TUR", "19")),
        ("Serbian nationalists attacked the US embassy in Belgrade.", ("SRB", "USA", "18"),
         ("SRB", "USA", "19")),
        # the twin: an army's attack is force
        ("Turkish troops attacked Kurdish positions in Syria.", ("TUR", "SYR", "19"), None),
    ],
)  # fmt: skip
def test_attacks_by_nationalists_are_assaults(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2018, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # attacking a deficit fights an ill, no one
        ("Congress is trying to attack the trade deficit through a trade bill.", None,
         ("USA", None, "19")),
        # the twin: attacking an army is force
        ("Congress voted to attack the Iraqi army.", ("USA", "IRQ", "19"), None),
    ],
)  # fmt: skip
def test_an_ill_attacked_is_no_one(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D1987, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # arms sent or provided are military aid; arms given up are a surrender
        ("The United States continued to send arms to Pakistan last year.",
         ("USA", "PAK", "07"), None),
        ("Iran provided weapons to Hezbollah.", ("IRN", "LBN", "07"), None),
        ("Only 35 Indian rebels had given up arms in Chhattisgarh.", None, ("IND", "IND", "07")),
        # chemical weapons used are weapons of mass destruction, not riot control
        ("The Syrian army used chemical weapons against Turkish troops.", ("SYR", "TUR", "20"),
         ("SYR", "TUR", "17")),
        # weapons recovered by police are taken from no one; trucks torched are destroyed,
        # no car bomb
        ("Pakistani police recovered four AK 47 rifles from Afghan militants.", None,
         ("PAK", "AFG", "17")),
        ("Taliban militants torched three NATO trucks in Afghanistan.", ("AFG", "IGO", "17"),
         ("AFG", "IGO", "18")),
        # part of a stronghold captured is ground taken
        ("Burmese troops have captured part of a Karen guerrilla stronghold in Thailand.",
         ("MMR", "MMR", "19"), ("MMR", "MMR", "17")),
        # the twin: a ship seized is property taken
        ("Iranian forces seized a British tanker.", ("IRN", "GBR", "17"), None),
        # rockets intercepted are shot down, no property seized
        ("Israeli forces intercepted Syrian rockets over the city.", None,
         ("ISR", "SYR", "17")),
        # a demand reiterated is a demand made
        ("The International Labor Office reiterated its demand that Israel ease restrictions "
         "on Palestinian workers.", ("IGO", "ISR", "10"), None),
        # sanctions lifted are eased (08), not an intent to ease them (0351); a law enacted
        # to protest is no cooperation with whom it protests
        ("Germany on Wednesday lifted sanctions against gold from South Africa.",
         ("DEU", "ZAF", "08"), ("DEU", "ZAF", "03")),
        ("The sanctions law, enacted by the United States to protest South Africa's apartheid "
         "laws, prohibited imports of uranium.", None, ("USA", "ZAF", "06")),
        # the twin: sanctions to be lifted are an intent
        ("Obama has agreed to lift the sanctions on Iran.", ("USA", "IRN", "03"), None),
        # opposition groups at home are the opposition
        ("Opposition groups in Zimbabwe are demanding that President Robert Mugabe abandon "
         "his policy of land seizures.", ("ZWE", "ZWE", "10"), None),
    ],
)  # fmt: skip
def test_arms_given_and_used_demands_repeated(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2004, present, absent)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # what someone is told or warned to do is asked of him, not done
        ("Russia told the United States to withdraw its troops from Syria.", None,
         ("USA", "SYR", "08")),
        ("Iran warned Britain to release the tanker.", None, ("GBR", None, "08")),
        # the twin: what a speaker tells reporters was done is reported as done
        ("Russia told reporters it had withdrawn its troops from Syria.", ("RUS", "SYR", "08"),
         None),
        # weapons taken away are property seized
        ("Pakistani Taliban militants took away weapons from Indian soldiers.",
         ("PAK", "IND", "17"), ("PAK", None, "03")),
    ],
)  # fmt: skip
def test_told_to_act_is_not_done(
    assert_roots: CheckPair, text: str, present: Dyad | None, absent: Dyad | None
) -> None:
    assert_roots(text, D2018, present, absent)
