"""Tolls of the eighteenth round: a second one after "the death of", dead told as others than
those told before ("two other people died", "two more died in hospital"), which add to the first
toll once, a toll told place by place, "sent to hell", and deaths an act answered."""

from __future__ import annotations

import pytest

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import actor1, events_of, fatalities


def test_a_tally_taken_to_a_figure_over_several_days_is_no_act_toll() -> None:
    """ "Taking the death toll from a two-day flare-up to 12" tallies several acts: the act keeps
    its own two dead (a reading of such tallies as updates was tried and dropped)."""
    events = events_of(
        "An Israeli missile strike killed two Palestinians in Gaza on Tuesday, taking the death"
        " toll from a two-day flare-up to 12, medics said."
    )
    assert events
    assert fatalities(events[0]) == 2


@pytest.mark.parametrize(
    ("body", "deaths"),
    [
        ("Gunmen attacked a police station in Garissa on Wednesday, leading to the death of"
         " an officer and a civilian.", 2),
        # the wounded after the dead are no second group
        ("Gunmen attacked a police station in Garissa on Wednesday, leading to the deaths of"
         " three people and five injured.", 3),
    ],
)  # fmt: skip
def test_a_second_one_after_the_death_of(body: str, deaths: int) -> None:
    events = events_of(body)
    assert events
    assert fatalities(events[0]) == deaths


def test_dead_told_as_others_add_to_the_first_toll() -> None:
    """ "Killing six police officers. At least two other people died" is 8."""
    events = events_of(
        "Gunmen ambushed a convoy carrying police officers in Durango state on Thursday,"
        " killing six police officers. At least two other people died. Seven police officers"
        " were also injured."
    )
    assert events
    event = events[0]
    assert event.event_type == "armed_clash"
    assert actor1(event) == "Unidentified Armed Group (Mexico)"
    assert fatalities(event) == 8


@pytest.mark.parametrize(
    ("body", "deaths"),
    [
        # "more" dead told later add too
        (
            "Gunmen attacked a police post in Wajir on Wednesday, killing four officers. Two"
            " more died in hospital on Thursday.",
            6,
        ),
        # others told wounded add nothing
        (
            "Gunmen ambushed a police convoy near Garissa on Wednesday, killing six officers."
            " Two other officers were wounded.",
            6,
        ),
        # others told as a part of the dead add nothing
        (
            "Gunmen ambushed a police convoy near Garissa on Wednesday, killing nine people."
            " Among the dead were six officers and three other people.",
            9,
        ),
        # "more" told of the wounded after the dead adds nothing
        (
            "An airstrike hit the village of Hassadjek in Aleppo province on Tuesday. Six"
            " people died and three more were wounded, a rescue group said.",
            6,
        ),
        # the first figure told again with "more" is a retelling
        (
            "Syrian army kills 40 terrorists in Aleppo offensive. Approximately 40 more"
            " terrorists were killed in the al-Malaah region on Thursday, a source said.",
            40,
        ),
        # the rest of a breakdown of the first told adds nothing
        (
            "Airstrikes killed at least 21 civilians in Manbij on Monday. 15 people were killed"
            " in the market, and six more people lost their lives in the industrial district.",
            21,
        ),
        # others whose deaths an act answered were not killed in it
        (
            "Four people were killed on farms near Molo on Sunday in revenge attacks for the"
            " killing of three other people last month.",
            4,
        ),
        (
            "Gunmen killed four people on farms near Molo on Sunday. The attacks were revenge"
            " for the killing of three other people.",
            4,
        ),
        # the attackers' dead told as others count once
        (
            "Soldiers clashed with militants near Garissa on Wednesday, killing five soldiers."
            " Troops killed 12 other militants in the fighting.",
            17,
        ),
    ],
)
def test_others_count_once_and_only_when_dead(body: str, deaths: int) -> None:
    events = events_of(body)
    assert events
    assert fatalities(events[0]) == deaths


def _at(events: list[EventMessage], place: str) -> list[EventMessage]:
    return [e for e in events if e.acled.location and place in e.acled.location]


def test_a_toll_told_place_by_place_goes_to_each_place() -> None:
    """ "31 people had died in Kourakou and 13 in Tondobi": each village's event takes its own
    count, not the lead's total of both."""
    events = events_of(
        "Forty-four civilians were killed by gunmen in two villages in northern Burkina Faso"
        " overnight Thursday, the governor said. Gunmen attacked the villages of Kourakou and"
        " Tondobi. The governor said that 31 people had died in Kourakou and 13 in Tondobi."
    )
    kourakou, tondobi = _at(events, "Kourakou"), _at(events, "Tondobi")
    assert kourakou and tondobi
    assert kourakou[0].event_type == "attack_on_civilians"
    assert fatalities(kourakou[0]) == 31
    assert fatalities(tondobi[0]) == 13


def test_a_toll_of_one_place_told_with_the_wounded_of_another_stays() -> None:
    """The wounded of a second place are no second toll."""
    events = events_of(
        "Gunmen attacked the villages of Kourakou and Tondobi in northern Burkina Faso on"
        " Thursday. Twelve people were killed in Kourakou and 13 wounded in Tondobi."
    )
    kourakou = _at(events, "Kourakou")
    assert kourakou
    assert fatalities(kourakou[0]) == 12


def test_the_enemy_sent_to_hell_are_dead() -> None:
    """A military statement's "12 terrorists were sent to hell" is a toll of 12."""
    events = events_of(
        "Security forces conducted an operation in Tirah Valley, Khyber District, on Thursday."
        " After an intense exchange of fire, 12 terrorists were sent to hell, the ISPR said."
    )
    assert events
    event = events[0]
    assert event.event_type == "armed_clash"
    assert fatalities(event) == 12


def test_dead_told_over_two_places_named_stay_the_first_told() -> None:
    """ "Killed 17 terrorists in A and B", then 12 in one operation: the first told stays (a
    roundup rule for two places named was tried and dropped: it cost the FA-KES check)."""
    events = events_of(
        "Security forces killed 17 terrorists in Khyber Pakhtunkhwa and Balochistan on"
        " Thursday. In Tirah, after an intense exchange of fire, 12 terrorists were killed,"
        " the ISPR said."
    )
    assert events
    assert fatalities(events[0]) == 17


@pytest.mark.parametrize(
    ("body", "event_type", "deaths"),
    [
        # the deaths a protest answered are none of the protest's
        (
            "People of Narok county held a protest at Ewaso Ngiro on Thursday over"
            " the deaths of three men and two women who died after drinking bootleg liquor.",
            "protest",
            0,
        ),
        (
            "Hundreds protested in Nairobi on Sunday over the killing of three students by police.",
            "protest",
            0,
        ),
        # the blame for the act's deaths keeps its toll
        (
            "Police are blaming al-Shabaab militants for the death of an officer and a civilian"
            " in a bomb attack in Garissa on Wednesday.",
            "explosive_attack",
            2,
        ),
        # a claim of the act keeps its toll
        (
            "Al-Shabaab claimed responsibility for the killing of 12 soldiers in Mandera on"
            " Sunday.",
            "armed_clash",
            12,
        ),
    ],
)
def test_deaths_an_act_answered_are_not_its_toll(body: str, event_type: str, deaths: int) -> None:
    events = events_of(body)
    assert events
    assert events[0].event_type == event_type
    assert fatalities(events[0]) == deaths


@pytest.mark.parametrize(
    ("body", "deaths"),
    [
        # the one named and "20 other" fighters are one toll of its own, a retelling of the
        # headline's (the first told stays), not 20 added
        (
            "Al-Nusra spokesman and 20 fighters killed in Idlib strikes. The spokesman of"
            " al-Nusra Front, his son and 20 other fighters were killed in air strikes on Sunday"
            " in Idlib province, a monitor said.",
            20,
        ),
        # "more" bodies found in another village are another act's
        (
            "At least 22 people were killed in an overnight raid on a village in North Kivu"
            " province on Monday. Nine more bodies were discovered on Tuesday in another"
            " village in the area.",
            22,
        ),
        # "more" dead of another operation are another act's
        (
            "Syrian army kills over 100 IS fighters in Deir Ezzor. The army killed at least 100"
            " IS fighters in the al-Husseiniyeh area on Monday. Four more IS fighters were"
            " killed in an army operation in the vicinity of the military airport.",
            100,
        ),
    ],
)
def test_others_inside_a_toll_or_of_another_act_add_nothing(body: str, deaths: int) -> None:
    events = events_of(body)
    assert events
    assert fatalities(events[0]) == deaths


def test_a_second_count_of_another_fate_is_no_place_toll() -> None:
    """ "4 militants were killed in an explosion and 10 arrested in B": B has no toll of 10."""
    events = events_of(
        "Four TTP militants were killed in an explosion and 10 arrested in Kot Sultan on Monday,"
        " police said."
    )
    assert events
    assert all(fatalities(e) != 10 for e in events)


def test_a_place_by_place_toll_is_not_given_to_other_acts_at_the_place() -> None:
    """(nineteenth round, review) The place's count is the toll of the attack told place by
    place, not of a protest over it, an arrest, or a bomb told after it at the same town."""
    events = events_of(
        "Gunmen attacked Gao and Timbuktu in Mali on Sunday. 31 people had died in Gao and 13"
        " in Timbuktu, officials said. On Tuesday, hundreds of residents protested in Gao to"
        " denounce the killings. On Wednesday, a roadside bomb wounded three soldiers near Gao."
    )
    by_type = {(e.event_type, e.acled.location): fatalities(e) for e in events}
    assert by_type[("attack_on_civilians", "Gao")] == 31
    assert by_type[("attack_on_civilians", "Timbuktu")] == 13
    assert by_type[("protest", "Gao")] == 0
    assert by_type[("explosive_attack", "Gao")] == 0
