"""False events found by reading whimbrel's output on corpus items no gold set holds (issue 16).

Each class was seen in news none of the gold sets label, so no figure steers it; the fixes
are the class, tested here on made-up sentences as minimal pairs: the trap and its twin that
must still code.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from whimbrel.pipeline import Coder, make_article

Dyad = tuple[str | None, str | None, str]
D2015 = date(2015, 6, 1)


def roots(dyads: set[Dyad]) -> set[tuple[str | None, str | None, str]]:
    return {(s[:3] if s else None, t[:3] if t else None, code[:2]) for s, t, code in dyads}


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # strike a deal is an agreement; strike positions is force
        ("Russia struck a deal with Ukraine on gas prices.", ("RUS", "UKR", "05"), "19"),
        ("Congolese troops struck rebel positions near Goma.", ("COD", "COD", "19"), "05"),
        # an attack on a plan is criticism; on a base, force
        # (two parties of one country are two actors: the Tories criticise Labour)
        ("The Tories attacked Labour's plans on tax.", ("GBR", "GBR", "11"), "19"),
        ("Russian troops attacked a Ukrainian base.", ("RUS", "UKR", "19"), "11"),
        # a release of prisoners, not of a report
        ("Israel released 30 Palestinian prisoners.", ("ISR", "PSE", "08"), None),
    ],
)
def test_object_decides_the_code(
    dyads_of: Callable[[str, date], set[Dyad]], text: str, expected, absent
) -> None:
    found = roots(dyads_of(text, D2015))
    assert expected in found
    if absent is not None:
        assert not any(code == absent for _, _, code in found)


@pytest.mark.parametrize(
    "text",
    [
        # the verb acts on no actor
        "The United Nations released its annual population report on Wednesday.",
        "The spokesman succumbed to his injuries after an armed attack.",
        "The senator said he was in fighting mood.",
        "The Kenyan government fought corruption for years.",
        "Fifty European editors signed a letter to the EU.",
        "Police denied the reporters access to the platform.",
        "Their Saudi guides locked the pilgrims in, condemning them to their fate.",
        # sport, law-making, business
        "The British prime minister shot basketball hoops with students.",
        "Executive orders signed by President Barack Obama took effect.",
        "The bill was signed by President Barack Obama.",
        "The emergency meeting of EU ministers yielded no agreement.",
        "German airline Lufthansa cancelled 84 flights.",
        # idioms and court or assembly procedure
        "An Albanian hacker pleaded guilty on Friday in New York to bank fraud.",
        "Cuba's foreign minister introduced the resolution in the General Assembly.",
        "The United States called the shots in the Middle East.",
        # harm to oneself, idioms, leaving a post
        "An Afghan woman tried to kill herself by self-immolation.",
        "The Shiv Sena struck a discordant note on the government's handling of the issue.",
        "Paul Boateng, the British minister, is to step down as a Labour MP.",
        # harm by no one: a storm, an accident
        "The storm killed five people in Karachi.",
        "Five people were killed in a road accident.",
    ],
)
def test_no_event_where_no_actor_is_acted_on(
    dyads_of: Callable[[str, date], set[Dyad]], text: str
) -> None:
    assert dyads_of(text, D2015) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel and Jordan signed a peace treaty.", ("ISR", "JOR", "05")),
        ("France vowed to defend Mali against the rebels.", ("FRA", "MLI", "03")),
        ("France condemned the Syrian government.", ("FRA", "SYR", "11")),
        ("Colombian soldiers fought the rebels near the border.", ("COL", "COL", "19")),
        ("Hamas denied the allegations.", ("PSE", None, "01")),
        ("Police shot two protesters in Srinagar.", ("IND", "IND", "19")),
        ("A peace treaty signed by Israel and Jordan took effect.", ("ISR", "JOR", "05")),
    ],
)
def test_twins_with_an_actor_still_code(
    dyads_of: Callable[[str, date], set[Dyad]], text: str, expected
) -> None:
    assert expected in roots(dyads_of(text, D2015))


def test_a_pact_struck_is_an_agreement_not_force(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    text = "Leaders of Italy's Greens party struck an electoral pact with the Socialists."
    found = dyads_of(text, D2015)
    assert found and all(code == "057" for _, _, code in found)


def test_owner_is_no_target_of_what_is_done_to_its_friends(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    assert not any(t == "CAN" for _, t, _ in dyads_of("Russia criticised Canada's friends.", D2015))
    assert ("RUS", "CAN", "111") in dyads_of("Russia criticised Canada.", D2015)


def test_due_to_meet_is_planned(coder: Coder) -> None:
    coded = coder.code(make_article("Putin and Erdogan are due to meet in Tehran.", D2015))
    assert coded.events and all(e.modality == "planned" for e in coded.events)
    coded = coder.code(make_article("Putin and Erdogan met in Tehran.", D2015))
    assert coded.events and all(e.modality == "asserted" for e in coded.events)


def test_coordinated_parties_meet_each_other_not_their_topic(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    found = roots(dyads_of("Putin and Erdogan will meet in Tehran to discuss Idlib.", D2015))
    assert ("RUS", "TUR", "03") in found and ("TUR", "RUS", "03") in found
    assert not any("SYR" in (s, t) for s, t, _ in found)


def test_counted_parties_negotiate_among_themselves_not_with_the_venue(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    found = dyads_of("The four Afghan groups negotiated in Bonn for eight days.", D2015)
    assert not any((t or "").startswith("DEU") for _, t, _ in found)
    twin = roots(dyads_of("The four Afghan groups held talks with Germany.", D2015))
    assert ("AFG", "DEU", "04") in twin


def test_coordinated_agents_act_on_the_patient_not_on_each_other(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    text = "Rebels are fighting Bashar al-Assad, who has been backed by Russian and Iranian forces."
    found = roots(dyads_of(text, D2015))
    assert ("RUS", "SYR", "06") in found and ("IRN", "SYR", "06") in found
    assert not {("RUS", "IRN", "06"), ("IRN", "RUS", "06")} & found
    # the twin: signatories of a treaty do act on each other
    treaty = roots(dyads_of("A protocol was signed by Russia and the United States.", D2015))
    assert ("RUS", "USA", "05") in treaty


def test_an_obligation_on_no_actor_demands_nothing(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    assert dyads_of("Serbia said such efforts must be stopped.", D2015) == set()
    assert ("SRB", "XKX", "100") in dyads_of("Serbia said Kosovo must withdraw the tax.", D2015)


@pytest.mark.parametrize(
    ("text", "absent", "expected"),
    [
        ("Russia violated the Minsk agreement.", "BLR", None),
        ("The United States refused to sign up to the Kyoto treaty.", "JPN", ("USA", None, "12")),
    ],
)
def test_a_city_naming_an_accord_is_no_party(
    dyads_of: Callable[[str, date], set[Dyad]], text: str, absent: str, expected
) -> None:
    found = roots(dyads_of(text, D2015))
    assert not any(absent in (s, t) for s, t, _ in found)
    if expected is not None:
        assert expected in found


def test_a_city_acted_on_is_still_its_country(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    assert ("RUS", "BLR", "19") in roots(dyads_of("Russia attacked Minsk.", D2015))


def test_migrants_arriving_visit_no_one(dyads_of: Callable[[str, date], set[Dyad]]) -> None:
    assert dyads_of("Thousands of Syrian refugees arrived in Amman on Sunday.", D2015) == set()
    twin = roots(dyads_of("The Iraqi foreign minister arrived in Amman on Sunday.", D2015))
    assert ("IRQ", "JOR", "04") in twin


def test_a_clash_reported_by_one_side_accuses_no_one(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    clash = dyads_of("Hamas said Israeli commandos had exchanged gunfire with its fighters.", D2015)
    assert not any(code == "112" for _, _, code in clash)
    attack = dyads_of("Hamas said Israeli commandos had attacked its fighters.", D2015)
    assert ("PSEREB", "ISRMIL", "112") in attack


def test_a_meeting_place_at_home_is_no_target(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    home = "President Hamid Karzai attended a security conference in Kandahar."
    assert dyads_of(home, D2015) == set()
    abroad = "President Hamid Karzai attended a security conference in Islamabad."
    assert ("AFG", "PAK", "04") in roots(dyads_of(abroad, D2015))


def test_parties_agreeing_at_a_summit_agree_with_each_other(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    text = "The plan was agreed by Vladimir Putin and Recep Tayyip Erdogan at a summit in Sochi."
    found = roots(dyads_of(text, D2015))
    assert {("RUS", "TUR", "03"), ("TUR", "RUS", "03")} <= found
    assert ("RUS", "RUS", "03") not in found  # Sochi, where they met, is no party


def test_with_beside_against_names_an_ally(dyads_of: Callable[[str, date], set[Dyad]]) -> None:
    found = roots(dyads_of("Iraqi troops fought with the United States against Isis.", D2015))
    assert ("IRQ", "IMG", "19") in found
    assert not any(t == "USA" for _, t, _ in found)
    assert ("IRQ", "USA", "19") in roots(dyads_of("Iraqi troops fought the United States.", D2015))


def test_workers_who_strike_stop_work(dyads_of: Callable[[str, date], set[Dyad]]) -> None:
    # a strike they say they will make threatens dissent (133), not force (138)
    found = dyads_of("Indian workers said they would strike against the government.", D2015)
    assert {code for _, _, code in found} == {"133"}
    militants = roots(dyads_of("Militants struck a police post in Srinagar.", D2015))
    assert ("IND", "IND", "19") in militants


def test_the_two_sides_are_named_in_their_own_sentence_and_not_the_press(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    text = (
        "Sudanese officials told Xinhua on Monday that the talks went well. "
        "Iran rejected a call by the European Union before the two sides resumed talks."
    )
    found = roots(dyads_of(text, D2015))
    assert ("IRN", "IGO", "04") in found
    assert not any("CHN" in (s, t) for s, t, _ in found)


def test_what_others_are_implored_to_do_is_not_done(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    implored = dyads_of("The world implored Israel and Hamas to end hostilities.", D2015)
    assert not any(code.startswith("08") for _, _, code in implored)


def test_with_those_killed_names_victims_not_killers(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    found = roots(dyads_of("Israeli jets struck Gaza, with 52 Palestinians killed.", D2015))
    assert ("ISR", "PSE", "19") in found
    assert not any(s == "PSE" for s, _, _ in found)


def test_a_meeting_place_is_no_partner_in_agreement_but_is_where_force_falls(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    agreed = "West Germany agreed to a package of measures at a meeting in Paris."
    assert not any(t and t.startswith("FRA") for _, t, _ in dyads_of(agreed, D2015))
    twin = "West Germany agreed to a package of measures with France."
    assert ("DEU", "FRA", "030") in dyads_of(twin, D2015)
    curfew = "The President of Algeria threatened to impose a curfew in Algiers."
    assert ("DZA", "DZA", "13") in roots(dyads_of(curfew, D2015))


def test_allies_backing_a_participle_s_subject_back_it_not_each_other(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    text = "Syrian government forces pound the area, backed by Iranian and Russian allies."
    found = roots(dyads_of(text, D2015))
    assert ("IRN", "SYR", "05") in found and ("RUS", "SYR", "05") in found
    assert not any({s, t} == {"IRN", "RUS"} for s, t, _ in found)


def test_a_plot_is_planned_not_done(coder: Coder) -> None:
    plotted = coder.code(
        make_article("Algerian militants plotted to bomb a market in Paris.", D2015)
    )
    assert plotted.events and all(e.modality == "planned" for e in plotted.events)
    bombed = coder.code(make_article("Algerian militants bombed a market in Paris.", D2015))
    assert bombed.events and all(e.modality == "asserted" for e in bombed.events)


def test_what_an_actor_needs_to_do_is_not_done(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    assert dyads_of("The Indian government needs to talk to the farmers.", D2015) == set()


def test_a_plea_to_an_actor_is_still_an_appeal(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    text = "The Afghan president pleaded with the Taliban to free the hostages."
    assert ("AFG", "AFG", "02") in roots(dyads_of(text, D2015))


def test_protection_at_home_goes_to_people_not_to_places(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    guarding = dyads_of("Malaysian police guarding a resort were ambushed by gunmen.", D2015)
    assert not any(code.startswith("07") for _, _, code in guarding)
    refugees = roots(dyads_of("Malaysian police guarded the Filipino refugees.", D2015))
    assert ("MYS", "PHL", "07") in refugees


def test_what_was_done_instead_of_an_act_is_not_that_act(coder: Coder) -> None:
    text = "Rather than attacking Iran, Israel imposed sanctions on Tehran."
    coded = coder.code(make_article(text, D2015))
    modality = {e.trigger_text: e.modality for e in coded.events}
    assert modality.get("attacking") == "negated" and modality.get("sanctions") == "asserted"
    twin = coder.code(make_article("Israel attacked Iran.", D2015))
    assert [e.modality for e in twin.events] == ["asserted"]


def test_defending_a_decision_is_words_for_its_owner_not_protection(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    own = dyads_of("The British prime minister defended his EU budget deal on Saturday.", D2015)
    assert not any(code.startswith("07") for _, _, code in own)
    assert ("GBR", "ISR", "052") in dyads_of("Britain defended Israel's decision.", D2015)


def test_an_attack_told_inside_another_verb_accuses_no_one(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    understood = "Japan said it understood why the U.S. attacked an Iranian oil platform."
    assert not any(code == "112" for _, _, code in dyads_of(understood, D2015))
    told = "Japan said the U.S. attacked an Iranian oil platform."
    assert ("JPN", "USA", "112") in dyads_of(told, D2015)


def test_they_is_not_a_single_official_who_reports(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    text = "They opened fire on security forces, the Pakistani security official said."
    assert not any((s or "").startswith("PAKGOV") for s, _, _ in dyads_of(text, D2015))
    state = dyads_of("Pakistan said they would attack India.", D2015)
    assert ("PAK", "IND", "138") in state


@pytest.mark.parametrize(
    ("text", "twin", "expected"),
    [
        (
            "Ariel Sharon has always fought mercilessly against terrorism.",
            "Israeli troops fought against Hamas.",
            ("ISR", "PSE", "19"),
        ),
        (
            "Blair said it was vital to protect Britain's national interests.",
            "French troops protected Malian villages from the rebels.",
            None,
        ),
        (
            "Burkina Faso's cabinet dismissed the minister in charge of security.",
            "India dismissed Pakistan's allegations.",
            ("IND", "PAK", "01"),
        ),
    ],
)
def test_no_event_against_an_abstraction_or_in_a_reshuffle(
    dyads_of: Callable[[str, date], set[Dyad]], text: str, twin: str, expected
) -> None:
    assert dyads_of(text, D2015) == set()
    if expected is not None:
        assert expected in roots(dyads_of(twin, D2015))


def test_a_conjunct_of_a_passive_is_passive(dyads_of: Callable[[str, date], set[Dyad]]) -> None:
    found = dyads_of("Ten British men have been arrested and freed on bail.", D2015)
    assert not any((s or "").startswith("GBRPPL") for s, _, _ in found)
    assert ("GBRCOP", "GBRPPL", "173") in found


# Seventh session: classes from two more unlabelled samples.


@pytest.mark.parametrize(
    ("trap", "twin", "expected"),
    [
        # how a move was received is no meeting
        (
            "The Russian proposal met a cool reception in Kiev.",
            "The Russian foreign minister met his Ukrainian counterpart in Kiev.",
            ("RUS", "UKR", "04"),
        ),
        # betrothal is no combat; "according to" is no argument of the verb
        (
            "The Chilean singer is engaged to a Brazilian actor, according to her agent.",
            "Nigerian teachers began a strike over unpaid wages.",
            ("NGA", "NGA", "14"),
        ),
        # fundraising is no aid given
        (
            "Kenyan exiles raised money for a new hospital in Nairobi.",
            "Japan pledged aid to Kenya.",
            ("JPN", "KEN", "03"),
        ),
        # a poll standing is no occupation
        (
            "The ruling Conservatives have moved into a five-point lead over Labour.",
            "Turkish troops moved into northern Iraq.",
            ("TUR", "IRQ", "19"),
        ),
        # the act a purpose was to be said in was not done
        (
            "Indian parties could not come together to condemn Pakistan.",
            "Indian parties came together to condemn Pakistan.",
            ("IND", "PAK", "11"),
        ),
        # a publication released frees no one
        (
            "The Kenyan government released opposing accounts of the talks.",
            "The Kenyan government released 30 Somali prisoners.",
            ("KEN", "SOM", "08"),
        ),
        # "barring" with no subject of its own is "except"
        (
            "jaipur: the state headquarters has ordered that all policemen on leave should be "
            "recalled and barring medical emergencies all leave to police personnel stands "
            "cancelled.",
            "Israeli police are barring Palestinians from entering the mosque.",
            ("ISR", "PSE", "16"),
        ),
        # the press finds and reports; it arrests no one
        (
            "The children were freed a month after the Guardian tracked down their family.",
            "Police in Trinidad tracked down the family.",
            ("TTO", None, "17"),
        ),
        # order restored at home is no cooperation; relations restored are
        (
            "Indian police moved in and restored order in Ahmedabad.",
            "India restored diplomatic relations with Pakistan.",
            ("IND", "PAK", "05"),
        ),
        # a quality shown is no demonstration
        (
            "Iran demonstrated its military power to the United States.",
            "Thousands of Iranians demonstrated against the United States.",
            ("IRN", "USA", "14"),
        ),
        # alarm raised and forces assembled are no acts on anyone (CAMEO's own patterns)
        (
            "The withdrawal of US troops from Syria has raised alarm among Kurdish officials.",
            "The United States raised doubts about the Iranian proposal.",
            ("USA", "IRN", "01"),
        ),
        (
            "Washington had assembled a Kurdish-led force to push Isis from Syria.",
            "Iraqi protesters assembled outside the US embassy in Baghdad.",
            ("IRQ", "USA", "04"),
        ),
        # a state felt, not an act done: "felt threatened"
        (
            "Taiwan felt threatened by Chinese military drills.",
            "China threatened Taiwan with military drills.",
            ("CHN", "TWN", "13"),
        ),
        # a city naming strikes is where they fell, not who made them
        (
            "Two Palestinians were killed in the Gaza strikes.",
            "Israeli strikes on Gaza killed two Palestinians.",
            ("ISR", "PSE", "19"),
        ),
    ],
)
def test_no_event_in_the_trap_and_its_twin_codes(
    dyads_of: Callable[[str, date], set[Dyad]], trap: str, twin: str, expected
) -> None:
    assert dyads_of(trap, D2015) == set()
    assert expected in roots(dyads_of(twin, D2015))


def test_an_attack_on_someone_s_conduct_is_criticism(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    text = "The French president attacked the way the British government handled the crisis."
    found = roots(dyads_of(text, D2015))
    assert ("FRA", None, "11") in found
    assert not any(code == "19" for _, _, code in found)


def test_a_speech_noun_s_that_clause_names_its_target(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    text = "Washington's demand that Berlin and Paris take back their fighters met resistance."
    found = roots(dyads_of(text, D2015))
    assert ("USA", "DEU", "10") in found and ("USA", "FRA", "10") in found


def test_what_a_state_says_its_own_country_must_do_is_no_demand(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    own = "Germany must defend its borders, the German defence minister said."
    assert not any(code == "100" for _, _, code in dyads_of(own, D2015))
    other = "China must open its markets, the German defence minister said."
    assert ("DEU", "CHN", "10") in roots(dyads_of(other, D2015))


def test_forces_a_state_withdraws_are_its_own_not_its_target(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    assert ("USA", "SYR", "08") in roots(
        dyads_of("The United States withdrew American troops from Syria.", D2015)
    )
    found = dyads_of("The United States withdrew American troops.", D2015)
    assert not any((t or "").startswith("USA") for _, t, _ in found)


def test_a_strike_by_armed_men_is_an_attack_not_a_stoppage(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    found = roots(dyads_of("Al-Shabaab claimed the strike on the Kenyan base.", D2015))
    assert ("SOM", "KEN", "19") in found
    assert not any(code == "14" for _, _, code in found)


def test_a_longer_party_name_is_not_the_party_it_ends_with(coder: Coder) -> None:
    coded = coder.code(make_article("The Progressive Democratic Party criticised China.", D2015))
    assert not any(m.actor.code == "USAPTY" for m in coded.mentions)
    coded = coder.code(make_article("The Democratic Party criticised China.", D2015))
    assert any(m.actor.code == "USAPTY" for m in coded.mentions)


def test_was_to_meet_is_planned(coder: Coder) -> None:
    coded = coder.code(
        make_article("The Iranian president was to meet his Iraqi counterpart.", D2015)
    )
    assert coded.events and all(e.modality == "planned" for e in coded.events)
    coded = coder.code(make_article("The Iranian president met his Iraqi counterpart.", D2015))
    assert coded.events and all(e.modality == "asserted" for e in coded.events)


def test_the_patron_of_what_is_acted_on_is_no_target(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    text = "Turkey vowed to crush the new border force unveiled by the United States."
    assert not any(t == "USA" for _, t, _ in dyads_of(text, D2015))
    held = "Turkey vowed to free the hostages held by the United States."
    assert any(t == "USA" for _, t, _ in dyads_of(held, D2015))


@pytest.mark.parametrize(
    ("text", "absent", "twin", "expected"),
    [
        # the venue of talks is no party to what is agreed there
        (
            "Four Afghan factions reached agreement on a cabinet during talks in Germany.",
            "DEU",
            "Four Afghan factions reached agreement with Germany.",
            ("AFG", "DEU", "03"),
        ),
        # a verb inside a participle tells about its noun, not the clause's act
        (
            "Malaysian police arrested a man believed to have smuggled migrants into Australia.",
            "AUS",
            "Egypt signed a deal to buy wheat from Ukraine.",
            ("EGY", "UKR", "05"),
        ),
        # an agreement adopted at home has no partner there
        (
            "The Kerala assembly adopted a resolution on the floods.",
            "IND",
            "Islamic State fighters took the city of Mosul.",
            ("IMG", "IRQ", "19"),
        ),
        # "post-Taliban" is a time, not the Taliban
        (
            "The Afghan opposition agreed on a post-Taliban government.",
            "AFG",
            "The Afghan opposition agreed with the Taliban.",
            ("AFG", "AFG", "03"),
        ),
        # what an act happens in spite of is not acted on
        (
            "The United States was not withdrawing from the region despite Iran's demands.",
            "IRN",
            "The United States was withdrawing from Iraq.",
            ("USA", "IRQ", "08"),
        ),
        # an appeal to an addressee no actor names is not to those it is asked to help
        (
            "Sudan urged the international community to help reinforce the African Union troops.",
            "IGO",
            "Sudan urged the African Union to reinforce its troops.",
            ("SDN", "IGO", "02"),
        ),
    ],
)
def test_a_phrase_that_is_not_a_party_names_no_actor(
    dyads_of: Callable[[str, date], set[Dyad]], text: str, absent: str, twin: str, expected
) -> None:
    found = dyads_of(text, D2015)
    assert found and not any((t or "").startswith(absent) for _, t, _ in found), found
    assert expected in roots(dyads_of(twin, D2015))


def test_the_wounded_taken_to_hospital_are_not_seized(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    assert (
        dyads_of("Two Iraqi soldiers wounded in the clash were taken to hospital.", D2015) == set()
    )


def test_a_participle_after_its_noun_makes_the_noun_no_doer(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    text = "Kofi Annan eulogized an Egyptian United Nations official killed in the attack."
    assert not any(s is not None and code.startswith("19") for s, _, code in dyads_of(text, D2015))
    twin = "Iraqi insurgents killed an Egyptian official in Baghdad."
    assert ("IRQ", "EGY", "19") in roots(dyads_of(twin, D2015))


@pytest.mark.parametrize(
    ("text", "absent", "twin", "expected"),
    [
        # "opposition to" is a stance, not the opposition
        (
            "The Netherlands regretted German opposition to the reforms.",
            "DEUOPP",
            "Kenyan opposition leaders criticised Uganda.",
            ("KENOPP", "UGA", "111"),
        ),
        # a country's name before "policy" names what the policy is about
        (
            "Sweden criticised the EU's Russia policy.",
            "RUS",
            "Sweden criticised Russia.",
            ("SWE", "RUS", "111"),
        ),
        # those said to be foreign are not at home
        (
            "Afghan militants attacked foreign troops near Kandahar.",
            "AFG",
            "Afghan militants attacked troops near Kandahar.",
            ("AFGUAF", "AFG", "190"),
        ),
    ],
)
def test_a_word_beside_the_name_changes_who_is_meant(
    dyads_of: Callable[[str, date], set[Dyad]], text: str, absent: str, twin: str, expected
) -> None:
    assert not any(t == absent for _, t, _ in dyads_of(text, D2015))
    assert expected in dyads_of(twin, D2015)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an irregular form behind a prefix is the prefixed verb's; ground retaken is occupied
        ("Syrian troops retook the town of Palmyra.", ("SYRMIL", "SYR", "192")),
        # diplomats withdrawn reduce relations, troops withdrawn retreat
        ("Britain had withdrawn four of its diplomats in Tehran.", ("GBR", "IRNGOV", "161")),
        ("Britain withdrew its troops from Iraq.", ("GBR", "IRQ", "0874")),
        # a unit "of" a known institution, and its acronym later, are that institution
        (
            "The Anti Terrorism Unit (ATU) of the Kenyan police arrested two suspects. "
            "The ATU had raided a house in Mombasa.",
            ("KENCOP", "KEN", "190"),
        ),
    ],
)
def test_forms_and_names_the_lexicon_or_kb_lack(
    dyads_of: Callable[[str, date], set[Dyad]], text: str, expected
) -> None:
    assert expected in dyads_of(text, D2015)


def test_a_proposal_withdrawn_is_no_retreat(dyads_of: Callable[[str, date], set[Dyad]]) -> None:
    text = "A Labour peer has withdrawn proposals to reform the House of Lords."
    assert dyads_of(text, D2015) == set()


def test_an_act_judged_fair_or_important_is_not_done(coder: Coder) -> None:
    text = "The British minister said it was fair to criticise Russia."
    coded = coder.code(make_article(text, D2015))
    assert all(e.modality != "asserted" for e in coded.events)
    coded = coder.code(make_article("The British minister criticised Russia.", D2015))
    assert any(e.modality == "asserted" and e.cameo == "111" for e in coded.events)


def test_harm_in_an_attack_that_names_its_doer_is_that_attack(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    found = dyads_of("Several Iranians were injured in an attack by American forces.", D2015)
    assert ("USAMIL", "IRN", "190") in found
    assert not any(s is None for s, _, _ in found)
    # with no doer named, the harm is still coded with the gold guide's null source
    found = dyads_of("Several Iranians were injured in an attack near Tehran.", D2015)
    assert (None, "IRN", "190") in found


def test_where_a_traveller_set_out_is_no_host(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    found = dyads_of("The US secretary of state arrived in Moscow from Helsinki.", D2015)
    assert not any((t or "").startswith("FIN") for _, t, _ in found)
    assert ("USAGOV", "RUSGOV", "040") in found


def test_a_failed_attempt_is_no_rejection(dyads_of: Callable[[str, date], set[Dyad]]) -> None:
    text = "Egypt has failed to persuade the United States to reduce interest rates."
    assert not any(code.startswith("12") for _, _, code in dyads_of(text, D2015))
    assert ("EGY", "USA", "120") in dyads_of("Egypt rejected the American proposal.", D2015)


def test_people_demanding_at_home_demand_of_those_who_govern(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    found = dyads_of("Kenyan farmers demanded that the price of maize be raised.", D2015)
    assert ("KENAGR", "KENGOV", "100") in found
    # a state's demand with no one named stays without a target; one named is the target
    assert ("KEN", None, "100") in dyads_of(
        "Kenya demanded that the price of maize be raised.", D2015
    )
    found = dyads_of("Kenyan farmers demanded that Uganda lift its ban.", D2015)
    assert ("KENAGR", "UGA", "100") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a doer known only by the attack, or said to be unknown, does violence: no accident
        ("A suicide attacker killed five American soldiers in Baghdad.", (None, "USAMIL", "190")),
        ("Unidentified men killed a trader in Karachi.", (None, "PAK", "190")),
    ],
)
def test_unknown_people_who_harm_do_violence(
    dyads_of: Callable[[str, date], set[Dyad]], text: str, expected
) -> None:
    assert expected in dyads_of(text, D2015)


@pytest.mark.parametrize(
    ("text", "twin", "expected"),
    [
        # a city naming an incident is where it happened, not who did it
        (
            "The Mumbai attacks killed 166 people.",
            "The US raid killed ten people in Iraq.",
            ("USA", "IRQCVL", "190"),  # people counted where it happened are its civilians
        ),
        # troops who march move; they do not demonstrate
        (
            "Indian security forces began marching back to their base.",
            "Thousands of Indian farmers marched to parliament.",
            ("INDAGR", "INDGOV", "140"),
        ),
        # coming to power is no visit
        (
            "Growth was the lowest since the Indonesian president came to power.",
            "The Indonesian president came to Malaysia.",
            ("IDNGOV", "MYS", "040"),
        ),
        # presenting oneself offers nothing to another
        (
            "Turkish President Erdogan offered himself as the spokesman of the Middle East.",
            "Turkish President Erdogan offered Syria help.",
            ("TURGOV", "SYR", "030"),
        ),
        # a system, a law or a measure withdrawn is no retreat
        (
            "The Chinese government withdrew the new car registration system.",
            "The Chinese government withdrew its troops from the Indian border.",
            ("CHNGOV", "IND", "0874"),
        ),
        # a fire or a storm named by its city is no actor
        (
            "The Kabul fire killed ten Afghan soldiers.",
            "The Kabul government killed ten Afghan soldiers.",
            ("AFGGOV", "AFGMIL", "190"),
        ),
    ],
)
def test_no_event_in_the_trap_and_its_twin_codes_in_full(
    dyads_of: Callable[[str, date], set[Dyad]], text: str, twin: str, expected
) -> None:
    assert dyads_of(text, D2015) == set()
    assert expected in dyads_of(twin, D2015)


def test_who_tells_the_news_is_no_target(dyads_of: Callable[[str, date], set[Dyad]]) -> None:
    text = "Syria is moving its chemical weapon stocks, according to the Wall Street Journal."
    assert not any((t or "").endswith("MED") for _, t, _ in dyads_of(text, D2015))
    twin = (
        "Syria is moving its chemical weapon stocks to Iraq, according to the Wall Street Journal."
    )
    assert ("SYR", "IRQ", "154") in dyads_of(twin, D2015)


@pytest.mark.parametrize(
    ("text", "twin", "expected"),
    [
        # an official's attack told with what was said is criticism; a state's stays force
        (
            "Russian Foreign Minister Sergei Lavrov attacked the Georgian president, saying "
            "he had provoked the war.",
            "Russia attacked Georgia, saying it had provoked the war.",
            ("RUS", "GEO", "19"),
        ),
        (
            "South African president Thabo Mbeki attacked British imperialists, saying they "
            "treated Africans like savages.",
            "South African troops attacked British positions, killing three soldiers.",
            ("ZAF", "GBR", "19"),
        ),
    ],
)
def test_an_attack_told_with_what_was_said_is_criticism(
    dyads_of: Callable[[str, date], set[Dyad]], text: str, twin: str, expected
) -> None:
    found = roots(dyads_of(text, D2015))
    assert (expected[0], expected[1], "11") in found
    assert not any(code[:1] == "1" and code[1] in "89" for _, _, code in found)
    assert expected in roots(dyads_of(twin, D2015))


def test_a_campaign_rally_is_no_protest(dyads_of: Callable[[str, date], set[Dyad]]) -> None:
    text = "The Kenyan opposition leader held a campaign rally in Mombasa."
    assert not any(code.startswith("14") for _, _, code in dyads_of(text, D2015))
    twin = "The Kenyan opposition leader held a rally in Mombasa."
    assert ("KENOPP", "KEN", "141") in dyads_of(twin, D2015)


def test_taking_power_is_taking_office(dyads_of: Callable[[str, date], set[Dyad]]) -> None:
    assert dyads_of("The new Afghan government will take power this weekend.", D2015) == set()
    twin = "Taliban fighters took control of Kunduz."
    assert ("AFGREB", "AFG", "192") in dyads_of(twin, D2015)


def test_members_of_a_body_meet_each_other_where_it_sits(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    assert dyads_of("EU foreign ministers met in Brussels on Monday.", D2015) == set()
    # a state's envoy meeting in a capital meets its hosts
    found = dyads_of("The US secretary of state met in Moscow on Monday.", D2015)
    assert ("USAGOV", "RUSGOV", "040") in found


def test_a_city_a_target_lies_near_is_its_country_not_its_government(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    found = dyads_of("US jets struck an Islamic State target southwest of Damascus.", D2015)
    assert ("USA", "SYR", "195") in found
    assert not any((t or "").startswith("SYRGOV") for _, t, _ in found)
    assert ("USA", "SYRGOV", "190") in dyads_of("US jets struck Damascus.", D2015)


def test_acting_on_an_act_acts_on_its_doer(dyads_of: Callable[[str, date], set[Dyad]]) -> None:
    found = roots(
        dyads_of("Britain criticised the treatment of Iranian prisoners by Iraqi guards.", D2015)
    )
    assert ("GBR", "IRQ", "11") in found
    assert ("GBR", "IRN", "11") not in found
    twin = "Britain criticised the treatment of Iranian prisoners."
    assert ("GBR", "IRN", "11") in roots(dyads_of(twin, D2015))


def test_two_people_the_kb_knows_apart_are_two_actors(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    text = (
        "Incumbent Joseph Kabila on Monday rejected the challenge by Vice President "
        "Jean-Pierre Bemba."
    )
    assert ("CODGOV", "CODGOV", "120") in dyads_of(text, date(2006, 11, 27))


def test_other_nations_are_not_at_home(dyads_of: Callable[[str, date], set[Dyad]]) -> None:
    text = "The German chancellor called on other nations to take in more refugees."
    assert dyads_of(text, D2015) == {("DEUGOV", None, "020")}
    twin = "The German chancellor called on Italy to take in more refugees."
    assert ("DEUGOV", "ITA", "020") in dyads_of(twin, D2015)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a backed or "pro-" group that names its own country is of that country
        ("Afrin was overrun by Turkish-backed Syrian rebels.", ("SYRREB", "SYR", "192")),
        (
            "Ukraine said pro-Russian Moldovan separatists attacked Ukrainian troops near Odessa.",
            ("MDAREB", "UKRMIL", "190"),
        ),
        # one that does not is of where the story places it, as before
        ("Iranian-backed militias attacked US troops in Iraq.", ("IRQUAF", "USAMIL", "190")),
    ],
)
def test_a_backed_group_is_of_its_own_country(
    dyads_of: Callable[[str, date], set[Dyad]], text: str, expected
) -> None:
    assert expected in dyads_of(text, D2015)


def test_whom_force_is_used_for_is_no_target(dyads_of: Callable[[str, date], set[Dyad]]) -> None:
    found = dyads_of("An Australian man has been fighting for Taliban forces.", D2015)
    assert not any((t or "").startswith("AFG") for _, t, _ in found)
    twin = "Australian troops have been fighting Taliban forces."
    assert ("AUSMIL", "AFGREB", "190") in dyads_of(twin, D2015)
    # for appeals and calls, "for" still names what is asked, as before
    assert ("GBR", "RUS", "020") in dyads_of("Britain asked Russia for help.", D2015)


def test_a_strike_on_someone_is_an_attack(dyads_of: Callable[[str, date], set[Dyad]]) -> None:
    found = dyads_of("Israeli strikes on Gaza killed two Palestinians.", D2015)
    assert not any(code == "143" for _, _, code in found)
    # workers' strike in a city stays a stoppage of work
    found = dyads_of("Indian workers held a strike in Mumbai.", D2015)
    assert ("INDLAB", "IND", "143") in found


def test_a_name_spelt_alike_only_in_its_consonants_is_another_person(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    # "Anthony Zinni" and "Antonio Sanha" share a consonant skeleton, not a family name
    found = dyads_of("Anthony Zinni met Yasser Arafat in Ramallah.", date(2003, 1, 15))
    assert not any((s or "").startswith("GIN") for s, _, _ in found)
    # another spelling of a family name is still the person: Kadhafi for Gaddafi
    found = dyads_of("Mouammar Kadhafi met Yasser Arafat in Tripoli.", date(2003, 1, 15))
    assert ("LBYGOV", "PSEGOV", "040") in found


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        # violence at a capital is done where it stands, not to its government
        (
            "A parcel bomb exploded outside the Indonesian embassy in Paris, injuring ten people.",
            (None, "FRA", "183"),
            "FRAGOV",
        ),
        ("Syrian troops launched an attack near Damascus.", ("SYRMIL", "SYR", "190"), "SYRGOV"),
    ],
)
def test_violence_in_a_capital_is_done_in_its_country(
    dyads_of: Callable[[str, date], set[Dyad]], text: str, expected, wrong: str
) -> None:
    found = dyads_of(text, D2015)
    assert expected in found
    assert not any(t == wrong for _, t, _ in found)


def test_a_protest_in_a_capital_is_still_aimed_at_its_government(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    found = dyads_of("Hundreds of protesters blocked roads in Algiers.", D2015)
    assert ("DZACVL", "DZAGOV", "144") in found


def test_obligations_met_are_no_meeting(dyads_of: Callable[[str, date], set[Dyad]]) -> None:
    text = "Poland said it would meet its financial obligations to the United States."
    assert dyads_of(text, D2015) == set()
    found = dyads_of("Poland met the American ambassador.", D2015)
    assert ("POL", "USAGOV", "040") in found


def test_a_body_of_many_agreeing_is_no_pair_of_members(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    text = "Britain, China, France, Germany, Russia and the United States have agreed on sanctions."
    assert dyads_of(text, D2015) == set()
    # three parties still meet each other
    found = dyads_of("Britain, France and Germany met in Berlin.", D2015)
    assert ("GBR", "DEU", "040") in found and ("DEU", "FRA", "040") in found


def test_a_dateline_after_a_caption_is_no_subject(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    text = (
        "A woman mourns in Baghdad, October 4. AP. BAGHDAD (AFP) - Britain's Foreign "
        "Secretary paid a surprise visit to Iraq on Tuesday."
    )
    found = dyads_of(text, D2015)
    assert ("GBRGOV", "IRQ", "042") in found
    assert not any((s or "").startswith("IRQ") for s, _, _ in found)


def test_the_congress_leadership_in_an_indian_story_is_the_indian_party(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    text = "new delhi: the congress leadership rejected the government's claim on pota."
    found = dyads_of(text, date(2002, 3, 31))
    assert found and all((s or "").startswith("IND") for s, _, _ in found)
    twin = "WASHINGTON: The Congress leadership rejected the American government's claim."
    assert any((s or "").startswith("USA") for s, _, _ in dyads_of(twin, date(2002, 3, 31)))


@pytest.mark.parametrize(
    ("text", "twin", "expected"),
    [
        # a prisoner carried, a traveller returning, a trip to one's own capital: no visit
        (
            "A Thai suspect is arrested in Narathiwat Province and flown to Bangkok.",
            "The Thai foreign minister flew to Rangoon.",
            ("THAGOV", "MMRGOV", "036"),
        ),
        (
            "Prime Minister Tony Blair has arrived back from his mission to the Middle East.",
            "Prime Minister Tony Blair has arrived in Israel.",
            ("GBRELI", "ISR", "040"),
        ),
        (
            "Thai police arrested the suspect and flew to Bangkok.",
            "Thai police flew to Rangoon.",
            ("THACOP", "MMRGOV", "036"),
        ),
    ],
)
def test_a_journey_that_visits_no_one(
    dyads_of: Callable[[str, date], set[Dyad]], text: str, twin: str, expected
) -> None:
    assert not any(code[:2] in ("03", "04") for _, _, code in dyads_of(text, D2015))
    assert expected in dyads_of(twin, D2015)


def test_an_arrest_in_a_capital_is_made_in_its_country(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    found = dyads_of(
        "French police arrested an arsonist for a fire in an apartment in Paris.", D2015
    )
    assert ("FRACOP", "FRA", "173") in found
    assert not any(t == "FRAGOV" for _, t, _ in found)


def test_a_leader_s_allies_are_not_his_own_country(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    text = "US President George W Bush called on his allies to freeze the assets."
    assert not any(t == "USA" for _, t, _ in dyads_of(text, D2015))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # riot control: teargas fired, crowds dispersed, with teargas used as the means
        ("Argentine police fired teargas at protesters.", ("ARGCOP", "ARGCVL", "175")),
        ("Argentine police used force to disperse protesters.", ("ARGCOP", "ARGCVL", "175")),
        # a dotted abbreviation hyphened to a word is two words
        ("U.S.-led forces attacked Taliban positions.", ("USAMIL", "AFGREB", "193")),
    ],
)
def test_police_and_forces_named_in_ways_the_parse_missed(
    dyads_of: Callable[[str, date], set[Dyad]], text: str, expected
) -> None:
    assert expected in dyads_of(text, D2015)


def test_an_accident_does_no_violence(dyads_of: Callable[[str, date], set[Dyad]]) -> None:
    text = "An Indian Railways train derailment near Gulbarga kills at least two people."
    assert dyads_of(text, D2015) == set()
    # an explosion is still an attack whose doer the report does not name
    found = dyads_of("An explosion killed two Iraqi soldiers in Baghdad.", D2015)
    assert (None, "IRQMIL", "190") in found


def test_a_party_named_in_another_country_s_story_is_that_country_s(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    text = (
        "Israeli Prime Minister Ariel Sharon on Friday invited the opposition Labour Party "
        "to begin talks on a unity government."
    )
    found = dyads_of(text, date(2004, 12, 17))
    assert ("ISRGOV", "ISROPP", "040") in found
    assert not any((t or "").startswith("GBR") for _, t, _ in found)


@pytest.mark.parametrize(
    ("text", "expected", "wrong"),
    [
        # "V X for doing": X did it
        (
            "Chinese President Jiang Zemin thanked French President Jacques Chirac for not "
            "supporting a European Union move to censure China.",
            ("FRAGOV", "IGOEUREEC", "120"),
            "CHN",
        ),
        (
            "Indian police arrested two Pakistanis for attacking a temple.",
            ("PAK", None, "190"),
            "INDCOP",
        ),
    ],
)
def test_whom_an_act_is_thanked_or_punished_for_did_it(
    dyads_of: Callable[[str, date], set[Dyad]], text: str, expected, wrong: str
) -> None:
    found = dyads_of(text, date(2004, 12, 17))
    assert expected in found
    assert not any((s or "").startswith(wrong) and code == expected[2] for s, _, code in found)


def test_a_band_coming_to_a_village_at_home_visits_no_one(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    text = "A group of Indian Maoists came to Badapada under Kuduguluguma block."
    assert dyads_of(text, D2015) == set()
    found = dyads_of("The Thai prime minister came to Malaysia.", D2015)
    assert ("THAGOV", "MYS", "040") in found


def test_fighting_poverty_and_climate_change_is_no_violence(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    text = (
        "The Lib Dems want to restore Britain's reputation by fighting international poverty "
        "and climate change."
    )
    assert dyads_of(text, D2015) == set()
    assert ("INDMIL", "PAKUAF", "190") in dyads_of(
        "Indian troops fought Pakistani militants.", D2015
    )


def test_what_one_stands_trial_for_one_did(dyads_of: Callable[[str, date], set[Dyad]]) -> None:
    # the object of "stand trial for" is a thing: the one who stands trial did it
    text = (
        "A military judge ordered a U.S. Army reservist to stand trial in Baghdad for "
        "allegedly abusing Iraqi inmates."
    )
    assert any(
        (s or "").startswith("USA") and code[:2] == "18" for s, _, code in dyads_of(text, D2015)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attack called one of words, or told with what was said, is criticism
        ("The Indian minister launched a bitter attack on Pakistan.", ("INDGOV", "PAK", "111")),
        (
            "the bjp on friday made a scathing attack on the opposition in the lok sabha "
            "alleging it had a vested interest in continuing tension.",
            ("INDPTY", "INDOPP", "111"),
        ),
        # troops' attack stays force
        ("Indian troops launched an attack on Pakistani posts.", ("INDMIL", "PAK", "190")),
    ],
)
def test_an_attack_of_words_is_criticism(
    dyads_of: Callable[[str, date], set[Dyad]], text: str, expected
) -> None:
    found = dyads_of(text, date(2002, 3, 15))
    assert expected in found
    assert len({code for _, _, code in found if code[:2] in ("18", "19", "11")}) == 1


@pytest.mark.parametrize(
    "text",
    [
        # a phrase of time names when; a cooperative act's "against" names no partner
        "Japanese Prime Minister Nakasone intervened only two days before a meeting of the "
        "Reagan administration's Economic Policy Council.",
        "The Australian cricket team has arrived in Adelaide to prepare for the first Test "
        "against South Africa.",
        # stirring feeling is no flogging
        "The VHP programme is aimed at whipping up Hindu sentiments all over India.",
    ],
)
def test_no_event_in_time_phrases_sport_and_stirred_feeling(
    dyads_of: Callable[[str, date], set[Dyad]], text: str
) -> None:
    assert dyads_of(text, date(2002, 3, 15)) == set()


def test_a_time_phrase_leaves_the_named_partner(
    dyads_of: Callable[[str, date], set[Dyad]],
) -> None:
    found = dyads_of("Japan met American officials before the summit in Tokyo.", D2015)
    assert ("JPN", "USAGOV", "040") in found


@pytest.mark.parametrize(
    ("text", "doer", "wrong"),
    [
        # "it" after a thing named since the actor stands for the thing
        ("Russia drafted a resolution, and Britain criticised it.", "GBR", "RUS"),
        ("Russia signed the treaty, and Britain welcomed it.", "GBR", "RUS"),
    ],
)
def test_it_after_a_thing_is_the_thing(dyads_of, text, doer, wrong):
    pairs = dyads_of(text, D2015)
    assert any(p[0] == doer for p in pairs), pairs
    assert not any(p[0] == doer and p[1] == wrong for p in pairs), pairs


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # twins: no thing between, or the thing is the pronoun's own clause's
        ("Russia massed troops, and Ukraine accused it of preparing an invasion.", ("UKR", "RUS")),
        ("Israel said Hamas fired a mortar bomb at it.", ("PSEREB", "ISR")),
    ],
)
def test_it_after_an_actor_is_the_actor(dyads_of, text, pair):
    assert pair in {p[:2] for p in dyads_of(text, D2015)}
