"""The violent act a protest is about is no event of the report: told before the protest in an
opening "Following ..." or "After ..." phrase, far inside the grievance by its noun, or as what
someone is blamed "for" doing (issue 11, ninth round)."""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.extraction.pipeline import extract_events
from tests.unit.extraction.events.articles import main_event


def _events(body: str) -> list[EventMessage]:
    return extract_events(ArticleMessage(id="a1", body=body, published_at="2022-06-10T12:00:00Z"))


def _types(body: str) -> list[str]:
    return [e.event_type for e in _events(body)]


def _triggers(body: str) -> list[str]:
    return [e.evidence.trigger for e in _events(body) if e.event_type != "protest"]


@pytest.mark.parametrize(
    "body",
    [
        # the act as the occasion, in an opening phrase, the protest in the main clause
        "On 2 June 2022, following the shooting of a baker in his shop, traders in Alpha protested, asking for more patrols.",
        "On 2 June 2022, after a taxi rider was gunned down by a policeman, his fellow riders protested outside the station in Embu.",
        # far inside the grievance, named by its noun
        "On 2 June 2022, residents held a demonstration in Thika over the slow pace of police investigations into the murder of a shopkeeper.",
        # ... more than a few words inside it (a noun group between the grievance and the act)
        "On 2 June 2022, pupils formed a human chain in Beta calling for a fair trial of the men held in connection with the assault on a librarian.",
        # what someone is blamed for doing, told by a gerund
        "On 2 June 2022, farmers held a protest outside the office of a village chief in Gamma for beating a herder.",
        # a work boycott over colleagues killed
        "On 2 June 2022, bus drivers in Delta boycott their shifts after two drivers were killed by thieves.",
    ],
)
def test_the_act_a_protest_is_about_is_no_event(body: str) -> None:
    assert _types(body) == ["protest"]
    assert main_event(body, "2022-06-10T12:00:00Z").codes.acled_sub_event_type == "Peaceful protest"


@pytest.mark.parametrize(
    ("body", "act"),
    [
        # an opening phrase of time whose main clause is no protest: the act is the news
        ("On 2 June 2022, after the rally ended, police shot dead two men in Kisumu.", "shot dead"),
        # what protesters claim was done to them at the protest is told, not their grievance
        (
            "On 2 June 2022, teachers staged a protest in Dhaka. Protesters claimed that police beat them with batons.",
            "beat",
        ),
        # a clause of its own between the grievance and the act: the act is the day's
        (
            "On 2 June 2022, traders protested over the new tax in Eldoret when police were shooting at the crowd.",
            "shooting",
        ),
    ],
)
def test_acts_outside_the_grievance_are_kept(body: str, act: str) -> None:
    assert act in _triggers(body)


@pytest.mark.parametrize(
    "body",
    [
        # the month "March" is no march
        "Following the killing of two soldiers in an ambush near Bama, the army launched a search operation on 5 March.",
        # troops rallied are no rally
        "After gunmen killed two soldiers in Bama, the army rallied reinforcements.",
    ],
)
def test_an_opening_act_before_a_month_or_troops_rallied_is_news(body: str) -> None:
    clashes = [e for e in _events(body) if e.event_type == "armed_clash"]
    assert [(e.locations[0].name, e.locations[0].admin1) for e in clashes] == [("Bama", "Borno")]


def test_protesters_named_by_their_participle_are_hit_at_the_protest() -> None:
    # "protesting residents" names who was beaten, not what the protest is about
    body = "On 2 June 2022, protesting residents were beaten up by police in Kisumu during their protest over the eviction of traders."
    assert main_event(body, "2022-06-10T12:00:00Z").event_type == "protest_dispersed"


@pytest.mark.parametrize(
    "body",
    [
        "On 2 June 2022, observers counted some 60 shells fired in both directions of the front line near Epsilon.",
        "On 2 June 2022, mortar rounds were fired from both sides of the line near Epsilon.",
        # the phrase far after the trigger, its noun beyond the first 120 characters
        "On 2 June 2022, observers counted 90 shells, mortar bombs, rockets and bursts of fire from rifles, machine guns and other arms of an unknown kind in both directions of the frontline near Epsilon.",
        # a line of control told by its acronym
        "On 2 June 2022, troops fired mortar shells from both sides of the LoC in Poonch.",
    ],
)
def test_heavy_fire_both_ways_is_an_armed_clash(body: str) -> None:
    assert main_event(body, "2022-06-10T12:00:00Z").codes.acled_sub_event_type == "Armed clash"


def test_heavy_fire_one_way_stays_shelling() -> None:
    body = "On 2 June 2022, rebels fired mortars at army positions near Epsilon."
    assert (
        main_event(body, "2022-06-10T12:00:00Z").codes.acled_sub_event_type
        == "Shelling/artillery/missile attack"
    )


def test_both_sides_of_a_river_are_no_two_armed_sides() -> None:
    body = "Artillery shelled the town of Avdiivka on Monday from both sides of the river, killing two civilians."
    (event,) = _events(body)
    assert event.codes.acled_sub_event_type == "Shelling/artillery/missile attack"
    assert [p.name for p in event.locations] == ["Avdiyivka"]
