"""Classes of wording the ACLED sets outside the 2020 week showed (issue 11, fifteenth round):
members of a party the dictionary knows, named by the party ("KANU members"), brawl as a
crowd, not as an armed group; an act whose anniversary is marked is no event of the day; the
act a protest answers, told "in the wake of" it or after an opening of anger ("Outraged by
..."), is the protest's grievance; "have taken to the streets" with a demand is a protest; a
fight a gathering was "devoid of" or passed "without" is denied."""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.extraction.events.detect.sides.parties import party_member
from newsevents.extraction.pipeline import extract_events


def _events(body: str) -> list[EventMessage]:
    return extract_events(ArticleMessage(id="a1", body=body, published_at="2022-06-10T12:00:00Z"))


def _types(body: str) -> list[str]:
    return [e.event_type for e in _events(body)]


@pytest.mark.parametrize(
    "body",
    [
        # the party's acronym and a member noun, on both sides
        "On 2 June 2022, KANU members clashed with NARC members in Alpha after the vote count.",
        # two parties sharing the member noun
        "On 2 June 2022, KANU and NARC members clashed outside a polling station in Alpha.",
        # "members of" the party
        "On 2 June 2022, members of the KANU clashed with NARC members in Alpha.",
        # the police against the party's members
        "On 2 June 2022, police clashed with NARC members in Alpha.",
    ],
)
def test_a_partys_members_brawl_as_a_crowd(body: str) -> None:
    assert _types(body) == ["mob_violence"]


def test_party_member_reads_the_dictionarys_parties_only() -> None:
    assert party_member("KANU members ")
    assert party_member("members of the NARC ")
    # an armed group's members are no party's: the dictionary knows it as armed
    assert not party_member("two al Shabaab members ")
    # a party named with no member noun is no crowd of its members
    assert not party_member("a statement by KANU ")


def test_armed_group_members_still_fight_a_battle() -> None:
    body = "On 2 June 2022, al Shabaab members clashed with soldiers near a base in Alpha."
    assert _types(body) == ["armed_clash"]


@pytest.mark.parametrize(
    "body",
    [
        "On 2 June 2022, hundreds of residents held a rally in Alpha on the tenth anniversary of the market massacre.",
        "On 2 June 2022, students staged a protest in Alpha on the first anniversary of the killing of three farmers.",
    ],
)
def test_an_act_whose_anniversary_is_marked_is_no_event(body: str) -> None:
    assert _types(body) == ["protest"]


def test_the_anniversary_of_a_protest_movement_is_a_commemoration() -> None:
    body = (
        "On 2 June 2022, thousands marched in Alpha to mark the anniversary of the land agitation."
    )
    assert "protest" in _types(body)


@pytest.mark.parametrize(
    "body",
    [
        # the act after the protest, told "in the wake of" it
        "On 2 June 2022, protests erupted across Alpha in the wake of the deadly raid on a school.",
        # an opening of anger names the act the protest answers
        "On 2 June 2022, outraged by the brutal murder of a trader by unknown men, residents of Alpha staged a protest.",
    ],
)
def test_the_act_a_protest_answers_is_its_grievance(body: str) -> None:
    assert _types(body) == ["protest"]


def test_an_act_after_a_rally_is_still_the_news() -> None:
    body = "On 2 June 2022, after the rally ended, police shot dead two men in Alpha."
    assert "attack_on_civilians" in _types(body) or "armed_clash" in _types(body)


def test_taken_to_the_streets_with_a_demand_is_a_protest() -> None:
    body = "On 2 June 2022, residents of Alpha have taken to the streets demanding a new hospital."
    assert _types(body) == ["protest"]


@pytest.mark.parametrize(
    "body",
    [
        "On 2 June 2022, party supporters took to the streets of Alpha to celebrate the victory. The celebrations saw no police presence and no running battles.",
        "On 2 June 2022, the march in Alpha passed off without any clashes.",
    ],
)
def test_a_fight_a_gathering_was_free_of_is_no_event(body: str) -> None:
    assert "armed_clash" not in _types(body)


def test_an_attack_without_warning_still_happened() -> None:
    body = "On 2 June 2022, gunmen attacked a bus in Alpha without warning, killing two passengers."
    assert _types(body) == ["attack_on_civilians"]
