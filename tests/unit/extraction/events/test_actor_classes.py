"""Classes of naming and of clause structure that decide who did it: a descriptor before a known
name, a people's tribes, a town's fighters, the article's one armed group behind "the gunmen",
an adjective naming the state behind a strike, a phrase between commas before "were killed"."""

from __future__ import annotations

from newsevents.contracts import AcledFields, EventMessage
from tests.unit.extraction.events.articles import events_of


def _acled(events: list[EventMessage], event_type: str, index: int = 0) -> AcledFields:
    event = [e for e in events if e.event_type == event_type][index]
    assert event.acled is not None
    return event.acled


def test_a_compound_adjective_before_a_known_name_describes_it() -> None:
    acled = _acled(
        events_of(
            "Fighting between the Kurdish-led Syrian Democratic Forces (SDF) and Arab tribal "
            "militia units broke out on Monday near Dhiban, in Deir ez-Zor province."
        ),
        "armed_clash",
    )
    # Not "Kurdish-led Syrian Democratic Forces", a name of its own.
    assert acled.actor1 == "SDF: Syrian Democratic Forces"
    assert acled.actor2 == "Arab Tribal Militia (Syria)"


def test_proper_adjectives_before_the_first_side_of_between() -> None:
    acled = _acled(
        events_of(
            "Fighting between Syrian Arab tribes and the US-backed SDF flared again on "
            "Tuesday near Dhiban, in Deir ez-Zor province."
        ),
        "armed_clash",
    )
    assert acled.actor1 == "Arab Tribal Militia (Syria)"
    assert acled.actor2 == "SDF: Syrian Democratic Forces"


def test_a_countrys_strike_names_its_forces() -> None:
    events = events_of(
        "An Israeli strike on a car in Bazouriyeh in south Lebanon on Thursday killed a "
        "Hezbollah official, a security source said."
    )
    assert len(events) == 1
    assert events[0].acled is not None
    assert events[0].acled.actor1 == "Military Forces of Israel (2022-)"
    assert events[0].acled.actor2 == "Hezbollah"


def test_the_gunmen_are_the_one_group_the_article_names() -> None:
    events = events_of(
        "Suspected Boko Haram fighters attacked the village of Kofa near Maiduguri in Borno "
        "State on Wednesday, burning houses.\n\n"
        "In the village of Dalori, the gunmen opened fire on residents fleeing to a camp, "
        "killing two people."
    )
    named = {e.acled.actor1 for e in events if e.acled is not None}
    # ("Boko Haram" told alone after ISWAP's split is ACLED's joint actor: actors43)
    assert named == {
        "Islamic State (West Africa) and/or Boko Haram - Jamatu Ahli is-Sunnah lid-Dawatai "
        "wal-Jihad"
    }


def test_syrias_blanket_terrorists_stay_the_opposition() -> None:
    events = events_of(
        "Jaish al-Islam fighters shelled the Damascus suburb of Jaramana on Monday.\n\n"
        "On Tuesday, terrorists fired rocket shells at the Bab Touma neighbourhood in "
        "Damascus, killing three civilians."
    )
    told = {(e.acled.actor1, e.acled.actor2) for e in events if e.acled is not None}
    assert ("Opposition Rebels (Syria)", "Civilians (Syria)") in told


def test_a_towns_fighters_are_its_communal_militia_and_were_killed() -> None:
    acled = _acled(
        events_of(
            "Two gunmen of a militia from Zawiyah, on the Libyan coast, were killed in "
            "fighting with a rival group on Friday, a hospital source said."
        ),
        "armed_clash",
    )
    assert acled.actor1 == "Unidentified Armed Group (Libya)"
    assert acled.actor2 == "Zawiyah Communal Militia (Libya)"


def test_a_side_named_before_the_fighters_is_no_town_militia() -> None:
    acled = _acled(
        events_of(
            "Rebel fighters from Jasim attacked an army checkpoint in Daraa province on "
            "Sunday, killing two soldiers."
        ),
        "armed_clash",
    )
    assert acled.actor1 is not None
    assert "Communal Militia" not in acled.actor1


def test_gunmen_beside_the_group_named_otherwise_are_not_the_group() -> None:
    events = events_of(
        "Taliban insurgents attacked a police checkpoint in Farah province early Saturday, "
        "killing three police.\n\n"
        "In Kabul, meanwhile, gunmen shot at the house of a former Taliban commander "
        "late Friday, killing a guard."
    )
    told = {e.acled.actor1 for e in events if e.acled is not None}
    assert told == {"Taliban", "Unidentified Armed Group (Afghanistan)"}


def test_civilians_are_the_toll_of_a_battle_not_a_side() -> None:
    acled = _acled(
        events_of(
            "Gunmen clashed with rival fighters in Gharyan in Libya on Friday, killing two "
            "civilians caught in the crossfire."
        ),
        "armed_clash",
    )
    assert acled.actor2 is not None
    assert not acled.actor2.startswith("Civilians")


def test_an_ethnic_groups_militia_is_no_town_militia_of_its_namesake() -> None:
    acled = _acled(
        events_of(
            "Maasai and Kikuyu militias clashed over access to water near Naivasha in Nakuru "
            "County on Monday, killing two people."
        ),
        "armed_clash",
    )
    assert acled.actor1 == "Maasai Ethnic Militia (Kenya)"


def test_the_unnamed_victims_of_violence_and_arrests_are_civilians() -> None:
    events = events_of(
        "Israeli forces arrested a suspect in a raid on the town of Beita near Nablus on Monday."
    )
    arrest = _acled(events, "arrest")
    assert arrest.actor1 == "Military Forces of Israel (2022-)"
    assert arrest.actor2 == "Civilians (Palestine)"
