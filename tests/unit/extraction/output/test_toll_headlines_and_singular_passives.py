"""Tolls of the twenty-first round: the headline's toll for the lead's act when the body tells
none, and one person killed told as the subject of a singular passive the shorter wordings
cannot span."""

from __future__ import annotations

import datetime as dt

import pytest

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.extraction import extract_events
from tests.unit.extraction.events.articles import actor1, events_of, fatalities


def _with_title(title: str, body: str) -> list[EventMessage]:
    article = ArticleMessage(
        id="t", title=title, body=body, published_at=dt.datetime(2024, 3, 14, tzinfo=dt.UTC)
    )
    return extract_events(article)


def _violent(events: list[EventMessage]) -> list[EventMessage]:
    return [e for e in events if e.event_type not in {"protest", "movement_restricted"}]


def test_the_headline_toll_goes_to_the_lead_act_that_tells_none() -> None:
    """ "Checkpoint attack: five dead" over a body that tells the attack without its dead."""
    events = _with_title(
        "Sinai checkpoint attack: five dead",
        "Suspected militants attacked two army checkpoints near Sheikh Zuweid in North Sinai"
        " on Monday, security officials said.",
    )
    assert events
    event = events[0]
    assert event.event_type == "armed_clash"
    assert fatalities(event) == 5
    assert any(q.text == "five dead" for q in event.quantities)


def test_a_headline_of_no_crowd_gives_no_dispersal_its_dead() -> None:
    """(review41b) "Gunman kills 4" tells the shooting's dead, not those of a dispersal the
    body opens with; a headline that tells the crowd gives its dead to the crowd's act."""
    events = _with_title(
        "Gunman kills 4 in Kenya shooting",
        "Police in Nairobi on Tuesday dispersed protesters who had blocked a road. Separately, a"
        " gunman opened fire at a bar in Eldoret, police said.",
    )
    tolls = {e.event_type: fatalities(e) for e in _violent(events)}
    assert tolls.get("attack_on_civilians") == 4
    assert not tolls.get("riot") and not tolls.get("protest_dispersed")
    crowd = _with_title(
        "Three dead after protest in Lagos",
        "Police fired teargas at market traders protesting in Lagos on Monday.",
    )
    assert [fatalities(e) for e in _violent(crowd)] == [3]


@pytest.mark.parametrize(
    ("title", "body"),
    [
        (
            "A year after 12 were killed in Garissa, survivors protest",
            "Survivors of the attack protested in Garissa on Monday; police dispersed them with"
            " teargas.",
        ),
        (
            "Families of 12 killed in 2019 raid clash with police",
            "Relatives of the victims clashed with police in Garissa, Kenya, on Monday.",
        ),
        (
            "Kenya: Gunmen strike again in Lamu where 60 were killed last month",
            "Gunmen attacked a village in Lamu, Kenya, on Monday, officials said.",
        ),
        (
            "Trial opens for men accused of killing 5 in Nairobi",
            "Gunmen attacked a bar in Nairobi, Kenya, on Monday, police said.",
        ),
    ],
)
def test_a_headline_of_a_past_act_or_a_charge_gives_no_toll(title: str, body: str) -> None:
    """(review41b) The headline's dead are a past act's or a charge's, not the lead's."""
    events = _violent(_with_title(title, body))
    assert events
    assert all(not fatalities(e) for e in events)


@pytest.mark.parametrize(
    ("title", "body", "dead"),
    [
        (
            "Three dead as police baton-charged protesters in Kisumu",
            "Police dispersed protesters in Kisumu, Kenya, on Monday.",
            3,
        ),
        (
            "Kenyan police accused of killing 5 protesters in Kisumu",
            "Police fired live bullets at protesters in Kisumu, Kenya, on Monday.",
            5,
        ),
    ],
)
def test_a_charge_word_of_the_days_act_keeps_the_headline_toll(
    title: str, body: str, dead: int
) -> None:
    """(review41b) "baton-charged" and an accusation of the day's act are no charge at court."""
    assert [fatalities(e) for e in _violent(_with_title(title, body))] == [dead]


def test_a_body_that_tells_its_own_toll_keeps_it() -> None:
    """The lead's "killing three" is the act's toll, not the headline's figure."""
    events = _with_title(
        "Gunmen kill 4 soldiers at checkpoint",
        "Gunmen attacked an army checkpoint near Haditha on Monday, killing three soldiers,"
        " officials said.",
    )
    assert events
    assert fatalities(events[0]) == 3


@pytest.mark.parametrize(
    "title",
    [
        # two acts in the headline, two tolls
        "Two soldiers killed in Idlib, three civilians killed in Aleppo shelling",
        # a toll of several acts
        "Eleven killed in two separate attacks in northern Burkina Faso",
        # a period's tally
        "Over 300 killed since the start of the year in the province",
        # casualties, not dead
        "Houthi drone strike kills and injures 14 in Taiz",
    ],
)
def test_a_headline_of_several_acts_or_no_dead_gives_no_toll(title: str) -> None:
    events = _with_title(
        title,
        "Gunmen attacked an army checkpoint near Haditha on Monday, officials said.",
    )
    assert events
    assert fatalities(events[0]) == 0


def test_the_headline_dead_told_at_another_event_are_not_given_again() -> None:
    """The body tells the nine dead at its second event: the lead's event gets none of them."""
    events = _with_title(
        "Nine villagers killed by separatists",
        "Attackers stormed the market of Bamenyam at dawn on Tuesday and set stores on fire,"
        " officials said.\n\nIn the village of Bamenyam, gunmen killed nine villagers on Tuesday,"
        " the prefect told state radio.",
    )
    assert events
    assert sum(fatalities(e) or 0 for e in events) == 9


@pytest.mark.parametrize(
    "body",
    [
        # a time told between "was" and its verb
        "A police officer was on Thursday, January 18 killed after an explosive device concealed"
        " in a donkey cart detonated at a checkpoint near Mandera.",
        # a group's name and a phrase set off by commas in the subject
        "A member of the New People's Army (NPA), earlier mistakenly identified as a soldier,"
        " was killed in an encounter with troops on Thursday in the village of Sanguit.",
        # a relative clause set off by commas
        "Also, a collaborator with the Hezbollah group, which is an ally of the government, was"
        " killed by gunmen in his house in the village of Harak on Monday.",
    ],
)
def test_one_killed_told_as_the_subject_of_a_singular_passive(body: str) -> None:
    events = _violent(events_of(body))
    assert events
    assert fatalities(events[0]) == 1


@pytest.mark.parametrize(
    "body",
    [
        # another verb before the killing: the counter-attack is no dead person
        "Militants attacked an army post near Djibo on Monday and a counter attack was launched"
        " that killed several of them, the army said.",
        # a part of the dead told before
        "A suicide car bomb killed 13 people at a checkpoint in Tikrit on Sunday. A senior"
        " police officer was among those killed, police said.",
    ],
)
def test_a_singular_passive_that_tells_no_new_dead(body: str) -> None:
    events = _violent(events_of(body))
    assert events
    expected = 13 if "13 people" in body else 0
    assert fatalities(events[0]) == expected


def test_one_dead_keeps_the_act_actors() -> None:
    events = events_of(
        "A member of the New People's Army (NPA), earlier mistakenly identified as a soldier,"
        " was killed in an encounter with troops of the Philippine Army on Thursday in the"
        " village of Sanguit in Nueva Vizcaya."
    )
    events = _violent(events)
    assert events
    assert events[0].event_type == "armed_clash"
    assert fatalities(events[0]) == 1
    assert actor1(events[0])
