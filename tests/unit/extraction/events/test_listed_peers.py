"""The twenty-first round's lists (``lists41``): names the gazetteer lacks, listed beside a
known town or district as one more place of the act, are one event each
(events/geography/lists/listed_names.py; merge/places/localities/placing/unknown_places.py); and an
act split off
an event told earlier keeps its news status in the story's closing paragraph
(background/closing.py)."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of


def _places(events: list[EventMessage], kind: str) -> list[str]:
    return sorted(e.locations[0].name for e in events if e.event_type == kind and e.locations)


def _deaths(events: list[EventMessage]) -> int:
    return sum(e.acled.fatalities for e in events if e.acled is not None)


def test_unknown_names_listed_beside_a_known_town_are_places_of_their_own() -> None:
    events = events_of(
        "Militants attacked army bases in Qoryooley, Dhanweyne and Barawe on Sunday, killing"
        " six soldiers, officials said."
    )
    assert _places(events, "armed_clash") == ["Barawe", "Dhanweyne", "Qoryooley"]
    by_place = {e.locations[0].name: e for e in events if e.locations}
    # placed where the known town is, in its province, by the same attackers
    peer = by_place["Dhanweyne"]
    assert peer.locations[0].admin1 == by_place["Qoryooley"].locations[0].admin1
    assert peer.acled is not None and peer.acled.actor1 == "Unidentified Armed Group (Somalia)"
    # the toll is told for the list as a whole: it stays on one event, once
    assert _deaths(events) == 6


def test_an_air_strike_on_a_list_is_one_strike_per_place() -> None:
    events = events_of(
        "The air force struck militant positions in Mastung, Kalbhatari and Sorab on Monday,"
        " killing four fighters."
    )
    assert _places(events, "airstrike") == ["Kalbhatari", "Mastung", "Sorab"]
    assert _deaths(events) == 4


def test_where_the_gunners_were_is_no_list_of_targets() -> None:
    events = events_of(
        "Rebels positioned in Saraqeb, Kafr Batikh and Binnish fired rockets at the town of"
        " Fuaa on Tuesday, wounding five people."
    )
    shellings = [e for e in events if e.event_type == "shelling"]
    assert len(shellings) == 1
    assert shellings[0].locations[0].name == "Fuaa"


def test_places_named_near_the_act_are_reference_points() -> None:
    events = events_of("Gunmen killed three farmers near Mastung, Kalbhatari and Sorab on Monday.")
    attacks = [e for e in events if e.event_type == "attack_on_civilians"]
    assert len(attacks) == 1
    assert _deaths(events) == 3


def test_a_raid_on_a_second_village_told_in_the_closing_paragraph_is_news() -> None:
    events = events_of(
        "Gunmen killed four villagers in Kabakawa in Zamfara State on Saturday, police said.\n\n"
        "The attackers came on motorcycles and burned houses, residents said.\n\n"
        "The police commissioner said officers had been deployed to the area.\n\n"
        "Residents said the gunmen raided Kabakawa and Dangulbi villages and killed the men."
    )
    raids = sorted(
        (e.locations[0].name, e.acled.fatalities if e.acled else None)
        for e in events
        if e.event_type in ("attack_on_civilians", "mob_violence") and e.locations
    )
    assert raids == [("Dangulbi", 0), ("Kabakawa", 4)]
    assert all(e.locations[0].admin1 == "Zamfara" for e in events if e.locations)


def test_names_qualifying_the_speakers_after_a_town_are_no_places() -> None:
    """A town, then the names that qualify who said it ("Pashto and Urdu media reported",
    "Catholic and Anglican leaders said"): the list is the attribution's subject, one event at
    the town (review41a)."""
    events = events_of(
        "Militants attacked a police station in Peshawar, Pashto and Urdu media reported.\n\n"
        "Police said calm had returned to the area."
    )
    violent = [e for e in events if e.event_type != "protest"]
    assert [e.locations[0].name for e in violent if e.locations] == ["Peshawar"]
    events = events_of(
        "Gunmen attacked a church in Kaduna, Catholic and Anglican leaders said on Sunday,"
        " killing two worshippers.\n\nPolice said calm had returned to the area."
    )
    assert _places(events, "attack_on_civilians") == ["Kaduna"]
    assert _deaths(events) == 2


def test_names_qualifying_the_speakers_after_a_village_list_are_no_villages() -> None:
    """In "a village near Makurdi, Benue State, Tiv and Idoma community leaders said" the names
    after the list's last comma qualify the speakers; one attack, at Makurdi, with its toll."""
    events = events_of(
        "Gunmen killed seven farmers in an attack on a village near Makurdi, Benue State, Tiv and"
        " Idoma community leaders said on Monday.\n\nThe police confirmed the attack."
    )
    assert _places(events, "attack_on_civilians") == ["Makurdi"]
    assert _deaths(events) == 7
    listed = events_of(
        "Gunmen attacked the villages of Tse-Akaa, Tse-Ubur and Tse-Gbaa near Makurdi on Monday,"
        " killing seven farmers.\n\nThe police confirmed the attacks."
    )
    assert "Tse-Gbaa" in _places(listed, "attack_on_civilians")
