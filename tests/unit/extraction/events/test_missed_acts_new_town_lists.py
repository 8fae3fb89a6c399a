"""Occurrences the seventeenth round found missed: a sentence telling an act at a list of towns
(commas or not) that an earlier event of the article never named is not folded into that event
as a retelling; it stays apart and is split per town (events/geography/lists/new_place_lists.py,
used by the merging passes of events/merge/incidents and by
events/merge/places/per_place/listed_places.py)."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of


def _towns(events: list[EventMessage], kind: str) -> list[str]:
    return [e.locations[0].name for e in events if e.event_type == kind and e.locations]


def test_a_list_after_a_summary_at_the_province_is_one_event_per_town() -> None:
    # The summary and the list are told by the same army in one province, another act between
    # them: the list used to be folded into the summary as its repeat, its towns one event.
    events = events_of(
        "The army killed 25 militants in Idlib province, a military source said on Monday."
        " In Hama, rebels shelled the town of Mhardeh, wounding two civilians."
        " Army units killed a number of militants in Ariha Sarmin and Binnish in Idlib"
        " countryside."
    )
    assert _towns(events, "armed_clash") == ["Idlib", "Ariha", "Sarmin", "Binnish"]
    # (the sentence's heading province yields to the town the shelling hit: twenty-ninth
    # round, roundup49)
    assert _towns(events, "shelling") == ["Maharda"]
    summary = next(e for e in events if e.event_type == "armed_clash")
    assert summary.acled is not None and summary.acled.fatalities == 25


def test_a_list_two_sentences_after_the_lead_is_not_the_lead_told_again() -> None:
    # Folded into the lead as the story's violence told on, the towns were one event.
    events = events_of(
        "Troops killed 20 militants in Idlib province on Monday, the army said."
        " The militants had attacked checkpoints the week before."
        " Army units killed a number of militants in Ariha Sarmin and Binnish in Idlib"
        " countryside."
    )
    assert _towns(events, "armed_clash") == ["Idlib", "Ariha", "Sarmin", "Binnish"]


def test_a_second_town_struck_beside_the_leads_town_is_its_own_strike() -> None:
    # The retelling names the lead's town first: the list is read there although the event
    # keeps the lead's mention of it, and the toll stays with the lead's town.
    events = events_of(
        "Warplanes struck the town of Ariha on Monday, killing five people."
        " Witnesses said the warplanes struck Ariha and Sarmin in the afternoon."
    )
    assert _towns(events, "airstrike") == ["Ariha", "Sarmin"]
    assert [e.acled.fatalities if e.acled else None for e in events] == [5, 0]


def test_the_fight_told_again_at_its_town_with_the_villages_its_fighters_came_from() -> None:
    # The sentence names the lead's town outside the list: it retells that fight, and the
    # villages are where one side came from, not places of acts of their own.
    events = events_of(
        "Fighting broke out around the town of Tarhuna on Monday, residents said. They said"
        " the clashes around Tarhuna pitted fighters of the town against militiamen from the"
        " villages of Garabulli and Msallata."
    )
    assert _towns(events, "armed_clash") == ["Tarhuna"]
