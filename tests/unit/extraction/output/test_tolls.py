"""Death tolls per occurrence: retold tolls count once, distinct victims add up, the wounded
and a headline's year are no deaths."""

from __future__ import annotations

import pytest

from tests.unit.extraction.events.articles import events_of, fatalities


@pytest.mark.parametrize(
    ("body", "deaths"),
    [
        # Headlines without punctuation: the second number is the injured.
        ("5 persons killed 41 others injured in rocket fire on Idlib.", 5),
        ("3 killed 9 injured in a blast in Homs.", 3),
        # Casualties, not deaths.
        ("Six soldiers were killed and wounded when a roadside bomb hit their patrol in Homs.", 0),
        # Distinct victims of one occurrence in two sentences add up.
        (
            "Gunmen attacked a checkpoint in Kirkuk on Sunday. Two soldiers were killed."
            " Three militants were killed.",
            5,
        ),
        # The same figure retold under another name of the dead is one toll; a headline's
        # present "kill" names no victim of its own.
        (
            "28 fighters were killed in a blast in Idlib on Monday. 28 commanders of the brigade"
            " were killed in the explosion, which targeted a meeting, a monitor said.",
            28,
        ),
        (
            "Twenty-eight fighters were killed in a blast in Idlib on Monday. Twenty-eight"
            " commanders of the brigade were killed in the explosion, a monitor said.",
            28,
        ),
        (
            "Air raids kill at least nine civilians in Raqqa on Monday. Eleven farm workers were"
            " killed when the raids hit a farm near Raqqa, a monitor said.",
            9,
        ),
        # One person of each side, or a sentence that says it adds ("also"), is no retelling.
        (
            "A soldier was killed when gunmen attacked a checkpoint in Kirkuk on Sunday. A"
            " militant was killed and three were wounded.",
            2,
        ),
        (
            "Two soldiers were killed when gunmen attacked a checkpoint in Kirkuk on Sunday. Two"
            " militants were also killed.",
            4,
        ),
        # The same toll retold is one toll.
        (
            "A car bomb killed 11 people in Azaz market in Aleppo on Monday. The car bomb"
            " explosion killed 11 people and wounded 30, a monitor said.",
            11,
        ),
        # Tolls in other words.
        (
            "Coalition jets struck a village near Raqqa, claiming the lives of more than nine"
            " people.",
            9,
        ),
        ("Government troops have killed more than 40 militants near Hama.", 40),
        (
            "The death toll in a truck bomb attack on a market in Azaz has risen to at least 64,"
            " a monitor said.",
            64,
        ),
        ("Twin suicide blasts targeted a checkpoint near Damascus claiming 4 martyrs.", 4),
        ("An official said the blast resulted in the martyrdom of 3 citizens in Homs.", 3),
        ("A video showed the beheadings of at least 18 men near Dabiq.", 18),
        # Another source's figure further down does not replace the lead's toll ...
        (
            "Airstrikes hit the city of Idlib on Tuesday, killing at least 15 people, medics"
            " said. Activists said 26 people were killed in the airstrikes.",
            15,
        ),
        # ... an update does.
        (
            "A car bomb killed 12 people in a market in Baghdad on Monday. The death toll from"
            " the car bomb rose to 20 on Tuesday, police said.",
            20,
        ),
        # A dateline's year is not a toll.
        ("Mon Dec 28 2015 Two civilians killed in a mortar attack on Damascus.", 2),
        # A run-on headline and lead tell one toll twice in one sentence.
        (
            "Drone Strike Kills 3 Fighters in Quneitra Three fighters died when a drone hit"
            " their post in al-Hadar village.",
            3,
        ),
        # "Fatalities are split across N events (X)": the note's own share is its toll.
        (
            "On 4 March, 14 militants were killed in clashes with the army in Kunar."
            " Fatalities are split across 3 events (5).",
            5,
        ),
    ],
)
def test_the_toll_of_the_main_event(body: str, deaths: int) -> None:
    events = events_of(body)
    assert events
    assert max(fatalities(e) or 0 for e in events) == deaths


@pytest.mark.parametrize(
    ("body", "deaths"),
    [
        # The dead broken down by side: the summary stays.
        (
            "Five people were killed in an attack on a checkpoint in Kirkuk on Sunday. Two"
            " soldiers were killed. Three militants were killed.",
            5,
        ),
        # A headline's killed-and-injured count is no toll; the body's is.
        (
            "Twenty killed & injured in shelling on Aleppo. Rebels fired mortar shells on the"
            " al-Midan neighborhood of Aleppo on Saturday. Two civilians were killed.",
            2,
        ),
        # The women and children named inside a toll are among its dead.
        (
            "Seven civilians including a man and three children were killed when rebels fired"
            " mortar shells on al-Midan in Aleppo on Sunday.",
            7,
        ),
    ],
)
def test_a_summary_toll_against_its_parts(body: str, deaths: int) -> None:
    """Each occurrence's own toll: killed-and-injured is no death count, a subset of the dead
    adds no one, the dead broken down by side are the summary's."""
    events = events_of(body)
    assert [fatalities(e) for e in events] == [deaths]


def test_the_one_named_after_a_passive_toll_is_among_its_dead() -> None:
    body = (
        "Rebels fired mortar shells on a market in Aleppo on Sunday. Four persons were killed"
        " a child among them and six others got injured."
    )
    assert [fatalities(e) for e in events_of(body)] == [4]


def test_a_toll_told_in_a_paragraph_of_its_own_counts_the_act_before_it() -> None:
    """Outlets that set each sentence apart tell the toll in its own paragraph: it belongs to
    the paragraph before, to the act its sentence names ("Fighting": the clashes, not the air
    strikes told beside them)."""
    body = (
        "Jihadists captured the village of Heet in Daraa province on Friday, a monitor said.\n\n"
        "\u201cAfter heavy clashes, the jihadists captured Heet in spite of regime air strikes on"
        " them,\u201d the monitor's head said.\n\n"
        "Fighting since Thursday has left 14 rebels and 9 jihadists dead, he said."
    )
    tolls = {e.event_type: fatalities(e) for e in events_of(body)}
    assert tolls == {"territory_taken": 0, "armed_clash": 23, "airstrike": 0}


@pytest.mark.parametrize(
    ("body", "deaths"),
    [
        # An age is no count of the dead.
        ("Gunmen shot dead 25-year-old Ahmed Bello in Kano on Monday.", 1),
        (
            "Rebels fired a mortar shell on a school in Aleppo on Sunday. A medical source said"
            " that six pupils between 8 and 13 years old were killed.",
            6,
        ),
        # One named before a count is one more of the dead.
        (
            "A drone strike on the town of Bint Jbeil in Lebanon killed a senior commander of"
            " Hezbollah and two fighters on Friday.",
            3,
        ),
        (
            "Ali Hassan and three others were killed when gunmen opened fire on their car in"
            " Kirkuk on Monday.",
            4,
        ),
        # One person named by a role, as a headline writes it.
        ("Gunmen killed police officer in Meru town on Sunday.", 1),
        ("Student shot dead in clashes between rioters and police in Kisumu on Monday.", 1),
        ("A roadside bomb hit a bus near Kirkuk on Monday. The driver was killed.", 1),
        # A stated toll in a run-on sentence is its total, not one more group of the dead.
        (
            "Rebels shelled the al-Midan neighborhood in Aleppo on Sunday. Three people killed in"
            " shelling on al-Midan The death toll from the shelling on al-Midan rose to 9 killed"
            " and 40 others injured, a source said.",
            9,
        ),
    ],
)
def test_how_many_a_toll_counts(body: str, deaths: int) -> None:
    assert [fatalities(e) for e in events_of(body)] == [deaths]


@pytest.mark.parametrize(
    ("body", "deaths"),
    [
        # A tally that grew, told first, is the toll; the earlier figure told after it is not.
        (
            "The number of people killed in a raid on a market in Alpha on Friday climbed to six."
            " On Friday officials said that two people were killed in the raid.",
            6,
        ),
    ],
)
def test_a_tally_that_grew_told_first_is_the_toll(body: str, deaths: int) -> None:
    # one event, the raid, with the tally as its toll (not a second event with the earlier two)
    assert [(e.event_type, fatalities(e)) for e in events_of(body)] == [
        ("attack_on_civilians", deaths)
    ]


def test_a_war_s_tally_is_no_act_s_toll() -> None:
    """ "The years-long uprising has killed more than 3,000 people": no toll of the bombing
    told before it (it read 3, then 3,000)."""
    events = events_of(
        "A roadside bomb exploded near an army truck in Yala on Sunday, police said. It did not"
        " injure anyone."
        " The years-long uprising has killed more than 3,000 people, monitors say."
    )
    assert events
    assert [fatalities(e) for e in events] == [0]


def test_a_victim_named_after_a_toll_of_one_is_that_victim() -> None:
    """ "A 41-year-old was shot dead ... Samir Adel Haddour was shot dead": one death, named."""
    events = events_of(
        "A 41-year-old farmer was shot dead by soldiers in Tubas on Tuesday, the ministry said."
        " Samir Adel Haddour was shot dead during a raid on the village."
    )
    assert [(e.event_type, fatalities(e), [p.name for p in e.locations]) for e in events] == [
        ("attack_on_civilians", 1, ["Tubas"])
    ]


@pytest.mark.parametrize(
    ("body", "deaths"),
    [
        (
            'Gunmen ambushed a police patrol near Kano on Monday. "We have lost three persons,"'
            " a police spokesman said.",
            3,
        ),
        (
            "Gunmen ambushed an army convoy near Kano on Monday. The army lost 12 soldiers in the"
            " ambush, a spokesman said.",
            12,
        ),
    ],
)
def test_a_sides_losses_in_its_own_words_are_its_dead(body: str, deaths: int) -> None:
    """ "We have lost three persons", "the army lost 12 soldiers": the dead of the side that
    speaks."""
    assert [fatalities(e) for e in events_of(body)] == [deaths]


def test_losses_counted_in_hundreds_are_not_one() -> None:
    """ "lost over one hundred militants": the count is a hundred, not the "one" before it."""
    body = (
        "Troops repelled an attack on a base near Kano on Monday, the army said. The group has"
        " lost more than one hundred militants in the battle."
    )
    assert 1 not in [fatalities(e) for e in events_of(body)]


def test_losses_of_things_or_of_the_wounded_are_no_dead() -> None:
    """ "lost two vehicles" counts no one, and the wounded told after it are no dead."""
    body = (
        "Gunmen ambushed an army convoy near Kano on Monday. The army lost two vehicles and"
        " four soldiers were wounded, a spokesman said."
    )
    assert [fatalities(e) for e in events_of(body)] == [0]


def test_members_lost_to_another_side_are_no_dead() -> None:
    """ "lost five members to the opposition": they went over, no one died."""
    body = (
        "Police fired tear gas at protesters at a rally in Kano on Monday. The ruling party"
        " lost five members to the opposition after the rally, its spokesman said."
    )
    assert [fatalities(e) for e in events_of(body)] == [0]
