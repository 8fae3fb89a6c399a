"""Who acts and who is hit, named the ACLED way: armed men are no mob, a town is no country,
the owner of the targets struck is hit, a state strikes with its forces, civilians are those of
the place hit (``events/detect/refine/refinement.py``, ``places/reading/surface.py``,
``events/link/roles.py``, ``output/sides/air/state_agent.py``, ``output/sides/victims.py``)."""

from __future__ import annotations

from newsevents.contracts import AcledFields, ArticleMessage, EventMessage
from newsevents.extraction.pipeline import extract_events


def _events(body: str) -> list[EventMessage]:
    article = ArticleMessage(id="sides-test", body=body, published_at="2024-05-08T12:00:00Z")
    return extract_events(article)


def _acled_by_type(body: str) -> dict[str, AcledFields]:
    return {event.event_type: event.acled for event in _events(body)}


def test_armed_men_in_the_main_clause_act_in_its_participle_clause() -> None:
    # "people" is the object of "shooting at", not the agent of "burning": no mob.
    for armed in ("Suspected militants", "Gunmen", "Bandits", "Jihadists"):
        events = _events(
            f"{armed} attacked the village of Kukawa in Borno state on Monday night, shooting"
            " at people and burning houses, residents said."
        )
        assert [e.event_type for e in events] == ["attack_on_civilians"], armed
        assert events[0].acled.actor1 == "Unidentified Armed Group (Nigeria)"
        assert events[0].acled.actor2 == "Civilians (Nigeria)"
        assert events[0].acled.location == "Kukawa"
    # A crowd in the main clause still acts as one.
    crowd = _acled_by_type(
        "A mob attacked the village of Kukawa in Borno state on Monday, beating people and"
        " burning houses."
    )
    assert crowd["mob_violence"].actor1 == "Rioters (Nigeria)"


def test_a_town_followed_by_a_preposition_is_not_a_country() -> None:
    # "Beni in" folds like "Benin": a lowercase word joins a name only by its exact spelling.
    acled = _acled_by_type(
        "Rebels of the Allied Democratic Forces killed 12 civilians in an attack on a village"
        " near Beni in North Kivu province on Sunday, local officials said."
    )
    assert acled["attack_on_civilians"].country == "Democratic Republic of Congo"
    assert acled["attack_on_civilians"].actor2 == "Civilians (Democratic Republic of Congo)"
    assert acled["attack_on_civilians"].location == "Beni"
    assert acled["attack_on_civilians"].admin1 == "North Kivu"


def test_the_owner_of_the_targets_struck_is_hit_and_the_state_strikes_with_its_forces() -> None:
    acled = _acled_by_type(
        "Israel launched air strikes on Hezbollah targets in southern Lebanon on Tuesday."
    )
    assert acled["airstrike"].actor1 == "Military Forces of Israel (2022-)"
    assert acled["airstrike"].actor2 == "Hezbollah"
    shelled = _acled_by_type("Russia shelled Ukrainian positions near Bakhmut on Tuesday.")
    assert shelled["shelling"].actor1 == "Military Forces of Russia (2000-)"
    # A country that is no subject names no agent: the strike's agent stays unnamed.
    told = _acled_by_type("Residents of Bakhmut in Ukraine said shells hit the market on Tuesday.")
    assert told["shelling"].actor1 == "Unidentified Armed Group (Ukraine)"


def test_civilians_told_without_a_nation_are_those_of_the_place_hit() -> None:
    acled = _acled_by_type(
        "Russia launched massive shelling on Kharkiv on Thursday, killing three civilians, the"
        " regional governor said."
    )
    assert acled["shelling"].actor2 == "Civilians (Ukraine)"
    assert acled["shelling"].actor1 == "Military Forces of Russia (2000-)"
    assert acled["shelling"].fatalities == 3
    # A nation told keeps its own.
    foreign = _acled_by_type(
        "Gunmen killed two Palestinian civilians near Jenin in the West Bank on Thursday."
    )
    assert foreign["attack_on_civilians"].actor2 == "Civilians (Palestine)"
