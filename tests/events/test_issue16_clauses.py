"""Issue 16, classes 4-7: clauses that assert no event, opinions and judgements in reported
speech, and targets lost in titled coordination or purpose clauses. Each case runs the real
pipeline; the issue's sentences come first in each list, then minimal pairs of our own (a
sentence that must code beside a near twin that must not)."""

from __future__ import annotations

from datetime import date

import pytest

from whimbrel.events.judgements import judgements
from whimbrel.pipeline import Coder, make_article
from whimbrel.records import Event

PUBLISHED = date(2021, 12, 4)


def _events(coder: Coder, text: str) -> list[Event]:
    return list(coder.code(make_article(text, PUBLISHED)).events)


def _keys(coder: Coder, text: str) -> set[tuple[str | None, str | None, str]]:
    """(source country, target country, root) of every event of `text`."""
    return {
        (
            e.source.actor.country if e.source else None,
            e.target.actor.country if e.target else None,
            e.root,
        )
        for e in _events(coder, text)
    }


# Class 4: simulation, denial of a past act, "never" under a reporting verb.
UNASSERTED = [
    ("South Korea staged an exercise simulating North Korean commandos attacking Seoul.", "19"),
    ("Belgrade insists it has never ratified the treaty with Pristina.", "03"),
    ("Ethiopian officials insist Egypt would never attack Ethiopia.", "19"),
    ("Russia said it did not attack Ukrainian ships.", "19"),
    ("The army rehearsed an assault by Chinese paratroopers on Taipei.", "19"),
    ("Israeli officials said Hamas would never release the hostages to Egypt.", "08"),
    ("Greek officials believe Turkish jets did not violate Greek airspace.", "19"),
    # the condition of another act ("unless", "if") is no event of its own
    ("Azerbaijan threatened to cut ties with Russia unless Moscow closed its radar base.", "16"),
]
ASSERTED_TWINS = [
    ("Moscow closed its radar base in Azerbaijan.", ("RUS", "AZE", "16")),
    ("Togo expelled the Ghanaian ambassador.", ("TGO", "GHA", "16")),
    ("North Korean commandos attacked Seoul during the exercise.", ("PRK", "KOR", "19")),
    ("Russia said it attacked Ukrainian ships.", ("RUS", "UKR", "19")),
    ("Ethiopian officials say Egypt attacked Ethiopia.", ("EGY", "ETH", "19")),
    ("Chinese paratroopers assaulted Taipei.", ("CHN", "TWN", "19")),
    ("Turkish troops shelled Armenian villages.", ("TUR", "ARM", "19")),
]


@pytest.mark.parametrize(("text", "root"), UNASSERTED)
def test_unasserted_clause_is_no_event(coder, text, root):
    assert all(key[2] != root for key in _keys(coder, text))


@pytest.mark.parametrize(("text", "wanted"), ASSERTED_TWINS)
def test_asserted_twin_codes(coder, text, wanted):
    assert wanted in _keys(coder, text)


def test_a_condition_is_no_event_but_the_act_it_conditions_is(coder):
    keys = _keys(
        coder, "Ghana said it would close the border if Togo expelled the Ghanaian ambassador."
    )
    assert ("TGO", "GHA", "16") not in keys
    # the act so conditioned is a threat to the one whose act is the condition
    assert ("GHA", "TGO", "13") in keys


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        # a conjunct with no auxiliary of its own shares its head's "would"
        (
            "Russian officials said Russia would shoot down the drones and attack Ukrainian ships.",
            ("RUS", "UKR", "13"),
            ("RUS", "UKR", "19"),
        ),
        # the twin, asserted: each conjunct is its own act
        (
            "Russian officials said Russia shot down the drones and attacked Ukrainian ships.",
            ("RUS", "UKR", "19"),
            ("RUS", "UKR", "13"),
        ),
    ],
)
def test_a_conjunct_shares_its_heads_modality(coder, text, wanted, unwanted):
    keys = _keys(coder, text)
    assert wanted in keys and unwanted not in keys, keys


def test_exercise_itself_is_kept(coder):
    # The simulated attack is no event; the exercise South Korea staged still is.
    keys = _keys(
        coder, "South Korea staged an exercise simulating North Korean commandos attacking Seoul."
    )
    assert any(source == "KOR" and root == "15" for source, _, root in keys)


def test_denied_act_is_never_asserted(coder):
    # A deny cue's complement is coded negated (beside the denial itself), never asserted.
    events = _events(coder, "Turkey denies that its troops have ever shelled Armenian villages.")
    assert all(e.modality == "negated" for e in events if e.root == "19")


def test_negated_act_not_reported_stays_negated(coder):
    # Outside reported speech a negated act is still coded, as negated (the gold does so).
    # (Not a stance verb: "has never recognized" is a rejection, 12x, see test_issue16_triggers.)
    events = _events(coder, "Israel has never attacked Egypt.")
    assert events and all(e.modality == "negated" for e in events)


# Class 5: an opinion in reported speech is the speaker's act, not the act it describes.
def test_reported_conduct_harm_is_the_speakers_criticism(coder):
    keys = _keys(
        coder,
        "A Romanian senator told a radio station that Budapest's conduct damages bilateral "
        "relations with Romania.",
    )
    assert ("ROU", "HUN", "11") in keys
    assert ("HUN", "ROU", "16") not in keys


@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        (
            "A Polish minister said that Germany's behaviour damages bilateral relations "
            "with Poland.",
            ("POL", "DEU", "11"),
            ("DEU", "POL", "16"),
        ),
        # The twin: the act itself, not said by anyone, stays the act.
        (
            "Hungary's conduct damages bilateral relations with Romania.",
            ("HUN", "ROU", "16"),
            ("ROU", "HUN", "11"),
        ),
    ],
)
def test_conduct_minimal_pairs(coder, text, wanted, unwanted):
    keys = _keys(coder, text)
    assert wanted in keys
    assert unwanted not in keys


# Class 6: judgement predicates decide the speech act.
JUDGED = [
    ("Serbia said Kosovo's new tax on Serbian goods was illegal.", ("SRB", "XKX", "11")),
    ("Moldova said it suspected that Russian agents were behind the blast.", ("MDA", "RUS", "11")),
    ("Poland described the German pipeline plan as unacceptable.", ("POL", "DEU", "11")),
    ("Iran called the nuclear deal with France a historic victory.", ("IRN", "FRA", "05")),
    ("Lithuania called the Belarusian border closure a provocation.", ("LTU", "BLR", "11")),
    (
        "Ukraine says it has strong evidence proving Russia was behind the chemical attacks.",
        ("UKR", "RUS", "11"),
    ),
    (
        "A Romanian senator said the Russian government was responsible for the poisoning.",
        ("ROU", "RUS", "11"),
    ),
]
NOT_JUDGED = [
    # Negated, about no actor, or "behind" a place rather than an incident.
    ("Serbia said Kosovo's new tax on Serbian goods was not illegal.", "11"),
    ("Serbia said the weather was terrible.", "11"),
    ("Turkish officials said the army was behind the border with Syria.", "11"),
    ("Poland described the German pipeline plan in detail.", "11"),
]


@pytest.mark.parametrize(("text", "wanted"), JUDGED)
def test_judgement_is_a_speech_act(coder, text, wanted):
    assert wanted in _keys(coder, text)


@pytest.mark.parametrize(("text", "root"), NOT_JUDGED)
def test_no_judgement_no_speech_act(coder, text, root):
    assert all(key[2] != root for key in _keys(coder, text))


@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        # The naming verb is the judgement, not a statement of intent nor a phone call.
        ("Poland described the German pipeline plan as unacceptable.", "03"),
        ("Iran called the nuclear deal with France a historic victory.", "04"),
    ],
)
def test_naming_verb_codes_no_event_of_its_own(coder, text, unwanted):
    assert all(key[2] != unwanted for key in _keys(coder, text))


def test_naming_without_judgement_keeps_its_code(coder):
    # No judgement predicate: "called the ambassador" is still the verb's own event.
    keys = _keys(coder, "Lithuania called the Belarusian ambassador on Monday.")
    assert any(root == "04" for _, _, root in keys)


def test_judgement_table_codes_are_speech_acts():
    # Every judgement predicate codes a statement (denial, praise, criticism, accusation),
    # never a material act: the table cannot turn an opinion into an attack.
    table = judgements()
    assert table.predicates and table.conduct and table.incidents
    roots = {code[:2] for code in (*table.predicates.values(), *table.conduct.values())}
    assert roots <= {"01", "05", "11", "12"}


# Class 7: targets lost in titled coordination and purpose clauses. The parser reads "Peru
# Ollanta Humala" as one name; the country after the title's "of" is the title's.
def test_issue_titled_coordinated_subjects_sign_reciprocally(coder):
    keys = _keys(
        coder,
        "The President of Ecuador Rafael Correa and the President of Peru Ollanta Humala sign "
        "a border accord.",
    )
    assert {("ECU", "PER", "05"), ("PER", "ECU", "05")} <= keys


@pytest.mark.parametrize(
    "text",
    [
        "The President of Ecuador Rafael Correa and the President of Peru Alan Garcia sign a "
        "border accord.",
        "The Foreign Minister of Ecuador and the Foreign Minister of Peru sign a border accord.",
    ],
)
def test_titled_coordinated_subjects_sign_reciprocally(coder, text):
    assert {("ECU", "PER", "05"), ("PER", "ECU", "05")} <= _keys(coder, text)


def test_single_titled_subject_has_no_partner(coder):
    keys = _keys(coder, "The President of Ecuador Rafael Correa signs a border accord.")
    assert all(target != "PER" for _, target, _ in keys)


@pytest.mark.parametrize(
    "text",
    [
        "Greece warned it would deploy warships to stop violations by Turkey.",
        "Greece deployed warships to stop violations by Turkey.",
    ],
)
def test_purpose_clause_names_the_target(coder, text):
    keys = _keys(coder, text)
    assert any(source == "GRC" and target == "TUR" for source, target, _ in keys)


def test_no_purpose_clause_no_target(coder):
    # The twin without a purpose: nobody is acted upon.
    keys = _keys(coder, "Greece deployed warships near Crete.")
    assert all(target is None for _, target, _ in keys)


def test_cue_complement_is_no_purpose(coder):
    # "vows to track down X": the complement of a cue, not a purpose clause of "vows".
    events = _events(coder, "Pakistan vows to track down a former Guantanamo inmate.")
    assert all("purpose-target" not in e.rule for e in events)


# Speech acts found on dev: an alleged failure to cooperate is an accusation; a vow to
# attack is a threat (as "threatened to attack" is), not a promise.
@pytest.mark.parametrize(
    ("text", "wanted", "unwanted"),
    [
        (
            "Mahmoud Abbas claims that Israel has not complied with the Oslo accords.",
            ("PSE", "ISR", "11"),
            ("ISR", None, "03"),
        ),
        (
            "Serbian officials claim that Kosovo has not cooperated with Serbia.",
            ("SRB", "XKX", "11"),
            ("XKX", "SRB", "06"),
        ),
    ],
)
def test_alleged_failure_is_an_accusation(coder, text, wanted, unwanted):
    keys = _keys(coder, text)
    assert wanted in keys
    assert unwanted not in keys


def test_alleged_cooperation_is_no_accusation(coder):
    keys = _keys(coder, "Serbian officials claim that Kosovo has cooperated with Serbia.")
    assert all(root != "11" for _, _, root in keys)


@pytest.mark.parametrize(
    "text",
    [
        "Pakistan vows to track down a former Guantanamo inmate.",
        "Hamas vowed to attack Israel.",
    ],
)
def test_vow_to_attack_is_a_threat_not_a_promise(coder, text):
    roots = {root for _, _, root in _keys(coder, text)}
    assert "13" in roots
    assert "03" not in roots


def test_vow_to_cooperate_stays_an_intent(coder):
    roots = {root for _, _, root in _keys(coder, "Iran vowed to cooperate with the IAEA.")}
    assert roots == {"03"}


@pytest.mark.parametrize(
    "text",
    [
        # "to" parsed as the verb's dative rather than a preposition of the object.
        "The US commander held talks in Beirut on Wednesday, offering further military "
        "support to Lebanon.",
        "The United States offered further military support to Lebanon.",
    ],
)
def test_dative_names_the_target(coder, text):
    assert any(s == "USA" and t == "LBN" for s, t, _ in _keys(coder, text))


# Class 5, the other way round: telling of another's attack is the teller's accusation.
@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("The US claimed that ISIL had attacked Iraq.", ("USA", "IMG", "11")),
        ("Ukraine said Russian troops shelled Kharkiv.", ("UKR", "RUS", "11")),
        ("Ethiopian officials say Egypt attacked Ethiopia.", ("ETH", "EGY", "11")),
    ],
)
def test_told_attack_is_an_accusation(coder, text, wanted):
    assert wanted in _keys(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        # Its own act, a warning of what would be done, an attribution after the fact.
        "Russia said it attacked Ukrainian ships.",
        "Ukraine said Russian troops would shell Kharkiv.",
        "Russian troops shelled Kharkiv, Ukrainian officials said.",
        "The Turkish Army claims to have killed nine militants.",
    ],
)
def test_no_accusation_without_an_accused_other(coder, text):
    assert all(root != "11" for _, _, root in _keys(coder, text))


def test_accusation_keeps_the_alleged_act(coder):
    events = _events(coder, "The US claimed that ISIL had attacked Iraq.")
    assert any(e.root == "19" and e.modality == "alleged" for e in events)


def test_obligation_under_reporting_verb_is_the_demand_only(coder):
    # "said Sudan must return X": Russia's demand (10) is the event; Sudan returned nothing.
    keys = _keys(coder, "Russia said on Tuesday that Sudan must return a Mi-26 helicopter.")
    assert ("RUS", "SDN", "10") in keys
    assert all(source != "SDN" for source, _, _ in keys)


def test_obligation_twin_asserted_act_codes(coder):
    assert ("SDN", "RUS", "08") in _keys(coder, "Sudan returned a Mi-26 helicopter to Russia.")


# The infinitive of a demand made with a light verb ("issued an ultimatum to X to ...",
# "made an appeal to X to ..."), parsed as the light verb's adverbial, is what is demanded:
# the demand is the event, the act asked for has not happened.
@pytest.mark.parametrize(
    ("text", "demand", "unwanted"),
    [
        ("Peru made an appeal to Ecuador to halt attacks across the border.", "02", "08"),
        ("Washington issued an ultimatum to Baghdad to withdraw its troops.", "13", "08"),
        ("Peru has issued an ultimatum to Ecuador to halt attacks on the border.", "13", "08"),
    ],
)
def test_light_verb_demand_infinitive_is_not_asserted(coder, text, demand, unwanted):
    roots = {e.root for e in _events(coder, text)}
    assert demand in roots
    assert unwanted not in roots


def test_demanded_act_twin_asserted_codes(coder):
    assert ("ECU", None, "08") in _keys(coder, "Ecuador halted attacks across the border.")


# What an act was done for ("sent troops to help", "sent warships to protect") has not been
# done yet; a statement, appeal, verbal conflict or protest is made by the act it is the
# purpose of ("marched to protest", "sent an envoy to urge").
@pytest.mark.parametrize(
    ("text", "unwanted"),
    [
        ("Ghana sent troops to Togo to help the Togolese government.", "07"),
        ("France sent warships to the Gulf to protect Saudi Arabia.", "07"),
    ],
)
def test_purpose_of_a_deed_is_not_done(coder, text, unwanted):
    assert unwanted not in {e.root for e in _events(coder, text)}


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Ghana helped the Togolese government.", ("GHA", "TGO", "07")),
        ("French warships protected Saudi Arabia.", ("FRA", "SAU", "07")),
        (
            "Students marched in Nairobi to protest the Ugandan border closure.",
            ("KEN", "UGA", "14"),
        ),
        ("Japan sent an envoy to Seoul to urge South Korea to reopen talks.", ("JPN", "KOR", "02")),
    ],
)
def test_deed_done_or_purpose_said_in_the_doing_codes(coder, text, wanted):
    assert wanted in _keys(coder, text)


# A statement, declaration or resolution speaks for whoever issued it: what it is said to do
# ("a statement condemning", "a declaration demanding") is its issuer's act.
@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Iran issued a statement condemning the Saudi air strikes.", ("IRN", "SAU", "11")),
        ("Iran issued a statement that condemned the Saudi air strikes.", ("IRN", "SAU", "11")),
        ("The UN Security Council adopted a resolution condemning Israel.", ("IGO", "ISR", "11")),
        (
            "The Kurdistan Workers' Party issued a declaration demanding that the Turkish "
            "government release its leader.",
            ("TUR", "TUR", "10"),
        ),
        # the twin that names its issuer in the phrase already coded
        ("A statement by Iran condemned the Saudi air strikes.", ("IRN", "SAU", "11")),
    ],
)
def test_a_document_speaks_for_its_issuer(coder, text, wanted):
    assert wanted in _keys(coder, text)


def test_a_document_without_issuer_has_no_source(coder):
    # nobody issued this statement in the text: the condemnation has no known source
    keys = _keys(coder, "The statement condemning the Saudi air strikes was read aloud.")
    assert all(source is None for source, _, root in keys if root == "11")


# An owner does not stand for a noun that names another actor related to it: "Iran's
# proxies" and "its neighbour" are not Iran; "Iran's forces" are.
def test_a_relational_noun_is_not_its_owner(coder):
    assert all(
        source != "IRN"
        for source, _, _ in _keys(coder, "Iran's proxies attacked US bases in Iraq.")
    )
    assert all(
        source != "RUS"
        for source, _, _ in _keys(coder, "Russia's allies condemned the Ukrainian strikes.")
    )


def test_an_owner_stands_for_its_forces(coder):
    assert ("IRN", "USA", "19") in _keys(coder, "Iran's forces attacked US bases in Iraq.")


# Harm told as the consequence of an attack (", killing 40") on people no actor names is
# done to whom the attack was aimed at; with no one aimed at, it keeps no target.
@pytest.mark.parametrize(
    "text",
    [
        "Ethiopian forces launched artillery fire against Eritrean troops near the border, "
        "killing or wounding 40.",
        "Ethiopian forces crossed into Eritrea near the border town of Zalambessa, killing or "
        "wounding 40.",
    ],
)
def test_consequence_of_an_attack_is_done_to_its_target(coder, text):
    killing = [e for e in _events(coder, text) if e.trigger_text == "killing"]
    assert killing and all(
        e.target is not None and e.target.actor.country == "ERI" for e in killing
    )


def test_consequence_without_an_aim_has_no_target(coder):
    text = "Ethiopian forces crossed the border on Monday, killing or wounding 40."
    killing = [e for e in _events(coder, text) if e.trigger_text == "killing"]
    assert killing and all(e.target is None for e in killing)


# What one wishes another would do ("wants Uganda to attack", "expects Ukraine to withdraw")
# is asked of it, not planned by it; "wants to attack" is the subject's own plan, and a
# promise stays the promiser's act.
@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Kenya wants Uganda to attack the Somali rebels.", "UGA"),
        ("Russia expects Ukraine to withdraw its troops from the border.", "UKR"),
    ],
)
def test_a_wish_of_another_is_not_its_plan(coder, text, doer):
    assert all(source != doer for source, _, _ in _keys(coder, text))


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Kenya wants to attack the Somali rebels.", ("KEN", "SOM", "19")),
        ("Kenya promised Somalia to withdraw its troops.", ("KEN", "SOM", "03")),
        # a thing prepared is no one to act: the plan stays Kenya's
        ("Kenya prepared new measures to defend Uganda.", ("KEN", "UGA", "03")),
    ],
)
def test_own_plan_or_promise_stays_the_subjects(coder, text, wanted):
    assert wanted in _keys(coder, text)


# A complaint is against whom it is about, not the body it is addressed to; a criticised
# object still comes first.
@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Kenya complained to the African Union about Somali incursions.", ("KEN", "SOM", "11")),
        ("Lebanon complained to the United Nations over Israeli air raids.", ("LBN", "ISR", "11")),
        ("Kenya criticised Uganda over Somali incursions.", ("KEN", "UGA", "11")),
        ("Kenya complained to Uganda.", ("KEN", "UGA", "11")),
    ],
)
def test_a_complaint_targets_what_it_is_about(coder, text, wanted):
    assert wanted in _keys(coder, text)


def test_a_condition_deep_in_the_threat_names_its_target(coder):
    # the parser hangs the "if" clause on the infinitive of "talks", deep in the threat
    text = (
        "Serbia threatened to suspend talks to normalise relations if Kosovo keeps its new tax "
        "on Serbian goods."
    )
    assert ("SRB", "XKX", "13") in _keys(coder, text)


def test_an_object_pronoun_after_the_object_is_the_teller(coder):
    # "at it" comes after the object "rockets": the unresolved pronoun is still the
    # latest other actor, the teller
    assert ("PSE", "ISR", "19") in _keys(coder, "Israel said Hamas fired rockets at it overnight.")


# "reportedly", "allegedly": an act told as claimed, not as seen, is alleged.
@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Kenyan police allegedly beat Somali refugees in Nairobi.", "alleged"),
        ("Houthi militants reportedly seized a Saudi border town.", "alleged"),
        ("Kenyan police beat Somali refugees in Nairobi.", "asserted"),
    ],
)
def test_alleging_adverbs(coder, text, modality):
    events = [e for e in _events(coder, text) if e.root in ("18", "19")]
    assert events and all(e.modality == modality for e in events)
