"""Death tolls of the forty-second round (toll62), read from the text: each test is a short
sentence of my own in the voice of an agency wire or a monitor's note, asserting the toll read
and, where the event matters, each event's toll (and day)."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.extraction.text.deaths import find_deaths
from tests.unit.extraction.events.articles import event_tolls, events_of


def _deaths(text: str) -> list[float]:
    return [q.value for q in find_deaths(text, [])]


@pytest.mark.parametrize(
    ("body", "deaths"),
    [
        # a group and the kin or aide of one of them
        ("Two soldiers and his driver were killed in an ambush near Kismayo.", 3),
        ("Three farmers and their two sons were shot dead by gunmen in Zamfara.", 5),
        ("Two gunmen and their driver were killed by soldiers at a checkpoint.", 3),
        # a couple is two people
        ("A couple were shot and killed in their home in Juba on Monday.", 2),
        ("An elderly couple were shot dead by gunmen in Maiduguri.", 2),
        ("Gunmen killed an elderly couple in their home in Jos.", 2),
        ("A married couple and their son were killed when gunmen stormed the house.", 3),
        # a couple's own are counted, not the couple (review63)
        ("A couple's three children were killed when gunmen attacked their home in Nakuru.", 3),
        # the bodies of more than one
        ("The bodies of a man and a woman were found in a ditch near Mogadishu.", 2),
        ("The bodies of two men and his son were found in a river in Kasai.", 3),
        ("Three villagers' bodies were found burned near the camp.", 3),
        # succumbed, with the owner of the wound untold; "dies" of notes
        ("Two protesters succumbed to bullet injuries on Monday in Nepalgunj.", 2),
        ("5 persons sustained injuries during the clash, 1 of whom succumbed to injuries.", 1),
        ("1 police officer dies in an exchange of fire in Mandera.", 1),
        # a harm by whom before the killing
        ("Two civilians were arrested by the army and killed near Myitkyina.", 2),
        ("A trader was abducted by four men and stabbed to death near the market.", 1),
        # a count of the killer's own
        ("A police officer shot dead two of his colleagues in Baringo.", 2),
        # one shot, then dead in a "who" clause
        ("Police shot one gang member, who died later in hospital, and arrested seven.", 1),
        (
            "Gunmen attacked a bank in Kano on Monday and wounded two guards, who later "
            "succumbed to their wounds.",
            2,
        ),
    ],
)
def test_the_dead_are_counted(body: str, deaths: int) -> None:
    assert _deaths(body) == [deaths]
    # one event of the article carries the toll, once
    assert [t for t in event_tolls(body) if t] == [deaths]


@pytest.mark.parametrize(
    ("body", "deaths"),
    [
        # a vague couple, no people
        ("A couple of soldiers were killed in the clash.", []),
        ("A couple days later a man was killed in Gao.", [1]),
        # the article of another's subject heads no group with kin
        ("Three gunmen attacked a man and his wife were killed.", [2]),
        # a commander is no kin: the group's count stands
        ("Seven soldiers and their commander were killed.", [7]),
        # "the" of a group with their kin stays no count (review62)
        ("The gunmen and their driver were killed by soldiers.", []),
        # a count shot, not dead
        ("Police shot two robbers, who were wanted for murder.", []),
        # the wounded after the body
        ("The bodies of two men were found in Homs and 3 people were wounded.", [2]),
    ],
)
def test_the_limits_hold(body: str, deaths: list[float]) -> None:
    assert _deaths(body) == deaths


def test_a_wounded_man_who_died_later_on_his_own_day_is_the_act_s() -> None:
    # one attack: the wounded man's death adds to its dead, dated to the attack's day
    body = (
        "Gunmen attacked a village in Kisumu on Sunday, killing two farmers. A man who was "
        "wounded in the attack died in hospital on Tuesday."
    )
    events = events_of(body)
    assert [e.acled.fatalities for e in events if e.acled] == [3]
    assert [e.acled.event_date for e in events if e.acled] == [dt.date(2024, 3, 10)]


@pytest.mark.parametrize(
    "later",
    [
        "A man wounded in the attack succumbed to his injuries on Tuesday.",
        "Police shot one of the attackers, who later died in hospital.",
    ],
)
def test_the_wounded_who_died_later_add_to_the_dead_told_before(later: str) -> None:
    body = f"Gunmen attacked a village in Kisumu on Sunday, killing two farmers. {later}"
    assert event_tolls(body) == [3]


def test_the_one_wounded_who_died_is_no_second_dead() -> None:
    # the wounded man is the one the act hurt: one dead, one event
    body = "Gunmen shot and wounded a trader in Kisumu on Sunday. The trader died on Tuesday."
    assert event_tolls(body) == [1]


def test_a_day_of_a_later_death_in_a_note_of_one_sentence_stays() -> None:
    # the note's own sentence: the wound's day is told, and dates the act
    body = "A man who was injured in a clash with police in Kisumu on Saturday died on Sunday."
    events = events_of(body)
    assert [e.acled.fatalities for e in events if e.acled] == [1]
    assert [e.acled.event_date for e in events if e.acled] == [dt.date(2024, 3, 9)]
