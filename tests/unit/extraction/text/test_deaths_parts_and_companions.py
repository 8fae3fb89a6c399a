"""Death tolls of the forty-fourth round (toll64), read from the text: each test is a short
article of my own in the voice of an agency wire, asserting each event's toll (issue 10: the
dead of this act counted once; a tally of several acts, the wounded and another act's dead
stay out)."""

from __future__ import annotations

import pytest

from newsevents.extraction.text.deaths import find_deaths
from tests.unit.extraction.events.articles import event_tolls


def _deaths(text: str) -> list[float]:
    return [q.value for q in find_deaths(text, [])]


@pytest.mark.parametrize(
    ("body", "toll"),
    [
        # a count of them set off by commas is a part of the dead, not a toll of its own
        (
            "At least 30 people, 12 of them children, were killed when a car bomb exploded in "
            "a market in Baghdad on Monday.",
            30,
        ),
        ("Eight people, five of them children, died when gunmen attacked a bus near Garissa.", 8),
        (
            "Police said eight people, two of them police officers, were shot dead when "
            "gunmen raided a bar in Mandera on Sunday.",
            8,
        ),
        # one named or told by role, and others "along with" them: the others add up
        (
            "A local commander, along with nine of his fighters, was killed in a clash with "
            "soldiers near Kismayo on Monday.",
            10,
        ),
        (
            "Tomas Verel alongside six of his comrades were killed in a battle with army "
            "troops near Red Rock on Friday.",
            7,
        ),
        # one by role with an owner's word or "the", and a count of others by their noun
        (
            "Gunmen opened fire on a bus in Kirinyaga, killing the driver and five passengers.",
            6,
        ),
        (
            "Gunmen opened fire on a bus in Kirinyaga, killing its driver and two others.",
            3,
        ),
        ("Soldiers killed the rebel commander and 12 fighters in a raid near Kidal on Monday.", 13),
        # (the wounded of the act's next clause are no passive of the others: review65)
        (
            "A roadside bomb hit a minibus in Ghazni province on Monday, killing the driver and"
            " five passengers and wounding eight others, officials said.",
            6,
        ),
        (
            "Militants stormed a checkpoint near Kismayo, killing the commander and four"
            " soldiers and injuring two, the army said.",
            5,
        ),
        # a count broken down right after its noun: the parts are the same dead
        ("Three people, two women and a child, were killed when shells hit Douma on Monday.", 3),
        ("Three people two women and a child were killed when shells hit Douma on Monday.", 3),
        ("Rebel shells killed two civilians, a woman and a child, in Douma on Monday.", 2),
        # (people may be anyone: their parts may be soldiers and policemen)
        ("Four people, two soldiers and two policemen, were killed in a blast in Mogadishu.", 4),
    ],
)
def test_the_dead_are_counted_once(body: str, toll: int) -> None:
    assert [t for t in event_tolls(body) if t] == [toll]


@pytest.mark.parametrize(
    ("body", "toll"),
    [
        # a tally of several acts after the act's own dead, told by a relative clause
        (
            "A car bomb exploded in a market in Baghdad on Monday, killing 12 people, the third "
            "such attack this week which has killed more than 50 people.",
            12,
        ),
        (
            "A car bomb in Baghdad killed 12 people on Monday, the deadliest of a wave of "
            "attacks that have killed 80 people this month.",
            12,
        ),
        # a total told beside a part of the dead is the toll, not one more group of them
        (
            "An air strike hit a school in Haas on Monday. Aid workers said six teachers also "
            "died in the strike while a monitor said 35 people in total had died.",
            35,
        ),
        (
            "An air strike hit a school in Haas on Monday. Six teachers died in the strike and "
            "35 people were killed in all, a monitor said.",
            35,
        ),
        # a tally named after the act's dead, in a clause of its own
        (
            "A car bomb in Baghdad killed 12 people on Monday, bringing to 40 the number of "
            "people killed in attacks this week.",
            12,
        ),
    ],
)
def test_a_tally_of_several_acts_is_no_toll_of_the_act(body: str, toll: int) -> None:
    assert event_tolls(body) == [toll]


@pytest.mark.parametrize(
    ("text", "deaths"),
    [
        # the wounded, or a verb of their own, before the count of them: that count is the dead
        ("Eight soldiers were ambushed near the border, two of them were killed.", [2.0]),
        ("Thirteen people were shot, two of them were killed.", [2.0]),
        ("Gunmen kidnapped 20 people near Kaduna, five of them were later killed.", [5.0]),
        ("Gunmen kidnapped 20 people, one of them was killed.", [1.0]),
        # a list of others, not a breakdown: the parts do not add up, or name no one at all
        ("Two soldiers, a civilian and a policeman were killed in the attack.", [4.0]),
        ("Two soldiers and a civilian were killed in the attack.", [3.0]),
        # civilians, passengers or residents are never soldiers or policemen: parts of the
        # security forces after them are more dead even where the figures add up (review65)
        ("Two civilians, a soldier and a policeman were killed in the attack.", [4.0]),
        ("A suicide bomber killed two civilians, a soldier and a policeman in Mogadishu.", [4.0]),
        ("The blast killed three passengers, two soldiers and a police officer.", [6.0]),
        # the wounded after "along with", and the others' wounds after the count
        ("A local commander, along with nine of his fighters, was injured in a clash.", []),
        (
            "Gunmen opened fire on a bus, killing the driver and five passengers were wounded.",
            [1.0],
        ),
        # an act's own relative clause is its toll
        ("The militants launched a wave of attacks on army posts that killed 12 soldiers.", [12.0]),
    ],
)
def test_the_limits_hold(text: str, deaths: list[float]) -> None:
    assert _deaths(text) == deaths
