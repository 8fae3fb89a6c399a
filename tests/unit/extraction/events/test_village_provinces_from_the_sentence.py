"""Forty-second round, village62: the province of a village the gazetteer lacks, and of a
namesake inside one country, follows what the sentence tells before the article's main area:
the province the sentence is told in ("In the countryside of X province, ... the village of
Y"), a town the village is told off after a bare comma ("the village of Y, south of Z city"),
and the province chosen for another name of the sentence ("Bara, a village near Potiskum");
"hit X, near Y" places the act at the village X."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of


def _at(events: list[EventMessage], name: str) -> EventMessage:
    return next(e for e in events if e.locations and e.locations[0].name == name)


def _village(body: str, name: str) -> tuple[str, bool, str | None]:
    """The type, ``resolved`` and ACLED admin1 of the event placed first at ``name``."""
    event = _at(events_of(body), name)
    return event.event_type, event.locations[0].resolved, event.acled.admin1


# Held back in the forty-second round (docs/rounds/42.md); read since the forty-eighth
# (place68) by the heading of a roundup's item: `fronted.heading_province`.
def test_a_village_listed_after_a_town_takes_the_province_its_sentence_opens_with() -> None:
    # Deir Maker is filed under Rif Dimashq; the sentence says the fighting was in Quneitra's.
    body = (
        "Army units killed scores of terrorists in Aleppo on Monday, a military source said.\n\n"
        "In the countryside of the southern province of Quneitra, army units killed many "
        "terrorists after targeting their gatherings to the east of Deir Maker and in the "
        "village of Tal Bazam, the source said."
    )
    assert _village(body, "Tal Bazam") == ("armed_clash", False, "Quneitra")


def test_a_village_told_off_a_town_after_a_comma_lies_in_that_towns_province() -> None:
    # The retelling merges into the Aleppo raid; its own words put the village by Idlib, and
    # "Idlib city, was" is the town and its noun, not "the city of" before a name.
    lead = "Regime warplanes struck rebel-held Aleppo on Monday. Activists said the village of "
    told = {"Tal Bazam": "south of Idlib city", "Kafr Bazam": "near Idlib city"}
    for name, off in told.items():
        body = f"{lead}{name}, {off}, was also hit."
        assert _village(body, name) == ("airstrike", False, "Idlib")


def test_a_namesake_takes_the_province_of_a_town_its_sentence_names() -> None:
    # Nigeria has a Bara in Gombe (bigger) and one in Yobe, where Potiskum lies.
    body = "Boko Haram fighters attacked Bara, a village near Potiskum, killing nine people."
    events = events_of(body)
    assert events[0].event_type == "attack_on_civilians"
    assert {e.acled.admin1 for e in events} == {"Yobe"}
    bara = [p for e in events for p in e.locations if p.name == "Bara"]
    assert bara and all(p.admin1 == "Yobe" and p.resolved for p in bara)


def test_a_village_in_a_province_told_after_it_keeps_that_province() -> None:
    # Unchanged: the province told right after the village wins over the lead's city.
    body = (
        "Rebels attacked army positions in Aleppo on Monday, a monitor said.\n\n"
        "Clashes broke out in the village of Tal Bazam in the northern countryside of Hama, "
        "killing five fighters, the Syrian Observatory for Human Rights said."
    )
    assert _village(body, "Tal Bazam") == ("armed_clash", False, "Hama")
    assert _at(events_of(body), "Aleppo").acled.admin1 == "Aleppo"


def test_a_village_hit_near_a_town_after_a_comma_is_the_place_of_the_shelling() -> None:
    # "hit X, near Y": the village, not the town it is told near, is where the shells fell.
    body = (
        "Rebels attacked army positions in Aleppo on Monday.\n\n"
        "Shelling hit Tal Zabbud, near Maarat al-Numan, killing a woman, activists said."
    )
    assert _village(body, "Tal Zabbud") == ("shelling", False, "Idlib")
    events = events_of(body)
    assert [e.event_type for e in events if e.locations[0].name == "Aleppo"] == ["armed_clash"]
