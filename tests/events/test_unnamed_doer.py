"""Violence whose doer the report does not name (issue 16).

"A shopkeeper was shot dead in Peshawar" is an assault with no source (the gold guide's
null) on the country of the victim or of the place hit; a doer the text names but whimbrel
cannot resolve ("local men", "he") makes no such event, and neither does a verb of harm
that also tells of accidents ("killed in a road accident") unless a weapon did it. Fired
"from Lebanon", the place it came from is the source. Made-up sentences, as minimal pairs.
"""

from __future__ import annotations

from datetime import date

import pytest

D2019 = date(2019, 6, 3)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A shopkeeper was shot dead in Peshawar on Monday.", (None, "PAK", "19")),
        ("A journalist was stabbed in Tijuana, Mexico.", (None, "MEX", "18")),
        ("Soldiers were ambushed in Borno State, Nigeria.", (None, "NGA", "19")),
        ("A car bomb exploded near a market in Mogadishu.", (None, "SOM", "18")),
        ("Two policemen were killed by a landmine in Kunar province.", (None, "AFG", "19")),
        ("Unidentified men abducted a doctor in Kaduna, Nigeria.", (None, "NGA", "18")),
        # harm done in or by a weapon or an attack the report names, not its doer
        ("Three Iraqi civilians were killed in a car bombing in Baghdad.", (None, "IRQ", "19")),
        ("A roadside bombing killed one Kenyan soldier near Mandera.", (None, "KEN", "19")),
        (
            "A Lebanese journalist was killed in a car bomb explosion in Beirut.",
            (None, "LBN", "19"),
        ),
    ],
)
def test_violence_with_no_named_doer_has_no_source(root_dyads_of, text: str, expected) -> None:
    assert expected in root_dyads_of(text, D2019)


@pytest.mark.parametrize(
    "text",
    [
        # no violence
        "A shopkeeper died of a heart attack in Peshawar on Monday.",
        # a verb of harm with no weapon: an accident as likely as an attack
        "Two farmers were killed in a road accident in Punjab province of Pakistan.",
        "Two farmers were killed in Punjab province of Pakistan.",
        # an explosion that is no weapon
        "A gas cylinder exploded in a kitchen in Lahore.",
        # the doer is named, only not resolved: no guess that nobody did it
        "Local men abducted a doctor in Kaduna, Nigeria.",
        # not reported as done
        "Police said a shopkeeper could be shot in Peshawar.",
    ],
)
def test_no_unnamed_doer_event(dyads_of, text: str) -> None:
    assert not any(s is None for s, _, _ in dyads_of(text, D2019))


def test_a_named_doer_is_kept(root_dyads_of) -> None:
    pairs = root_dyads_of("Pakistani troops shot dead a militant in Waziristan.", D2019)
    assert ("PAK", "PAK", "19") in pairs
    assert not any(s is None for s, _, _ in pairs)


def test_fired_from_another_country_is_its_act(root_dyads_of) -> None:
    pairs = root_dyads_of("Rockets were fired at Israel from Lebanon.", D2019)
    assert ("LBN", "ISR", "19") in pairs


def test_fired_from_the_country_hit_names_nobody(root_dyads_of) -> None:
    pairs = root_dyads_of("Rockets were fired at Syria from Syria.", D2019)
    assert (None, "SYR", "19") in pairs
