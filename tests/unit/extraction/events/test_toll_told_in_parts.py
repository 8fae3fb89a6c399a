"""Tolls of the thirty-third round: the dead told in parts, a list of people and counts joined
by commas and "and" ("a man, his wife and their three children", "the commander, his deputy
and 12 of their men"), counted part by part; a tally a death told beside it raised ("died of
his wounds, bringing the toll to six"). Short articles in the styles of the outlets that write
them, with their near misses: the wounded in the list, a list of places or of sources, a list
whose last part opens a clause of its own."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from newsevents.extraction.text.deaths import find_deaths

from .articles import events_of


def _deaths(text: str) -> list[float]:
    return [q.value for q in find_deaths(text, [])]


def _tolls(body: str) -> list[tuple[str, int]]:
    return [(e.event_type, _fatalities(e)) for e in events_of(body)]


def _fatalities(event: EventMessage) -> int:
    assert event.acled is not None
    return event.acled.fatalities


def test_a_family_told_in_parts_is_every_one_of_them() -> None:
    assert _deaths("The strike killed a man, his wife and their three children in Tarvo.") == [5]
    assert _deaths("The shelling killed two children, their mother and a neighbour.") == [4]
    assert _deaths("A child, a woman and an elderly man were killed in the shelling.") == [3]
    assert _deaths("A father and his three daughters died when the roof fell in.") == [4]
    # the two-part family the older wordings read stays as it was
    assert _deaths("A mother and her two sons were killed when a shell hit their home.") == [3]
    assert _deaths("A man and his son were killed by sniper fire.") == [2]


def test_a_leader_and_his_men_told_in_parts() -> None:
    assert _deaths("The commander, his deputy and 12 of their men were killed in the raid.") == [14]
    assert _deaths("The strike killed the commander, his son and 20 other fighters.") == [22]
    assert _deaths("The group's spokesman, his son and 20 other fighters were killed.") == [22]
    assert _deaths("The commander and his two bodyguards were killed in a drone strike.") == [3]
    assert _deaths("Ali Hassan, Omar Saleh and two other men were killed in the raid.") == [4]


def test_a_list_in_copy_that_dropped_its_commas() -> None:
    # some outlets' copy drops every comma: a possessive still opens a new part
    assert _deaths("The strike killed a man his wife and their three children in Tarvo.") == [5]
    assert _deaths("The commander his deputy and 12 of their men were killed in the raid.") == [14]
    assert _deaths("A rocket killed a woman her son and a neighbour in Tarvo.") == [3]
    # near misses: the kin as the subject of the next clause, or of a verb of saying
    assert _deaths("The strike killed a man his brother and two cousins were wounded.") == [1]
    assert _deaths("Gunmen killed a farmer his son said on Monday.") == [1]
    assert _deaths("A shell hit the house of a man his wife and their son were injured.") == []


def test_sides_told_in_parts_add_up() -> None:
    assert _deaths("Two soldiers, a civilian and three militants were killed in the clashes.") == [
        6
    ]
    assert _deaths("The blast killed two soldiers, a police officer and a civilian.") == [4]


def test_near_misses_of_a_list_of_the_dead() -> None:
    # the wounded: the killed and wounded together, a verb of wounding inside the list, the
    # last part the subject of a clause of its own
    assert _deaths("A soldier, two policemen and three civilians were killed and wounded.") == []
    assert _deaths("Gunmen killed a policeman, wounded his son and three other men.") == [1]
    assert _deaths("The strike killed a man, his wife and their son was wounded.") == [1]
    # a list of places or of sources is no list of the dead
    assert _deaths("Shells hit Tarvo, Marsa and two other villages, killing three people.") == [3]
    assert _deaths("Reuters, AFP and two local outlets reported that a man was killed.") == [1]
    # a phrase of place before the list is no part of it
    assert _deaths("In Deir Ezzor, a man, his wife and their son were killed.") == [3]
    # a part among the dead told before is no new part
    assert _deaths("Six civilians, a woman among them, were killed in Tarvo.") == [6]
    # the arrested are not the dead
    assert _deaths("Meanwhile Ali Hassan, his brother and three others were arrested.") == []


def test_a_tally_raised_by_the_death_told_beside_it() -> None:
    assert 6 in _deaths("Another civilian died of his wounds, bringing the death toll to six.")
    assert 11 in _deaths("Rescuers found two more bodies, bringing the toll from the strike to 11.")
    assert _deaths("The deaths raised the number of people killed in the attack to nine.") == [9]
    assert 2 in _deaths(
        "A wounded man died on Friday, raising the death toll from the incident to two."
    )
    # a tally of several days is no act's toll: the act keeps its own dead
    assert 12 not in _deaths(
        "A missile strike killed two men in Tarvo, taking the death toll from a two-day "
        "flare-up to 12, medics said."
    )
    # no figure after "to": a toll of the war raised in speeches is no count
    assert _deaths("The government is raising the toll of the war in its speeches.") == []


def test_sana_rocket_on_a_family_home() -> None:
    body = (
        "A rocket fired by terrorists hit a house in the al-Midan neighbourhood of Aleppo city "
        "on Tuesday, killing a man, his wife and their three children, SANA reported. The "
        "source said the rocket also caused material damage to houses nearby."
    )
    assert _tolls(body) == [("shelling", 5)]


def test_observatory_strike_on_a_commander_and_his_men() -> None:
    body = (
        "The commander of the Ahrar al-Sham group, his deputy and 12 of their fighters were "
        "killed in an air strike on their headquarters in Saraqib in Idlib province on Sunday, "
        "the Syrian Observatory for Human Rights said. It was not clear whether Syrian or "
        "Russian jets carried out the raid."
    )
    events = events_of(body)
    assert [(e.event_type, _fatalities(e)) for e in events] == [("airstrike", 14)]
    assert any(place.name == "Saraqib" for place in events[0].locations)


def test_wire_toll_raised_by_a_later_death() -> None:
    body = (
        "Syrian warplanes struck the town of Kafr Nabl in Idlib province on Monday, killing "
        "three civilians, the Syrian Observatory for Human Rights said. A wounded woman later "
        "died in hospital, raising the toll to four, the monitor added."
    )
    assert _tolls(body) == [("airstrike", 4)]


def test_anadolu_family_and_a_background_toll() -> None:
    # the family's dead are today's toll; last year's toll of the town stays with last year
    body = (
        "A mother and her four children were killed on Thursday when regime helicopters "
        "dropped barrel bombs on a house in the town of Darayya in Damascus countryside, "
        "civil defense sources told Anadolu Agency. In 2016, more than 2,000 people were killed "
        "in the town during the siege, according to local sources."
    )
    tolls = _tolls(body)
    assert tolls and tolls[0][1] == 5
    assert sum(t for _type, t in tolls) == 5


def test_rudaw_clash_with_the_wounded_only_in_the_list() -> None:
    body = (
        "Two Peshmerga fighters were killed and a commander, his driver and three other "
        "fighters were wounded when ISIS militants attacked a position near Makhmour on "
        "Tuesday, a Peshmerga official told Rudaw."
    )
    tolls = _tolls(body)
    assert tolls and all(t == 2 for _type, t in tolls)


def test_the_decapitated_are_dead() -> None:
    assert _deaths("The militants decapitated four men in the main square of Tarvo.") == [4]
    assert _deaths("Three men were decapitated by the group in Tarvo.") == [3]
    # a figure of speech counts no dead
    assert _deaths("Police decapitated two gangs last year.") == []
    assert _deaths("The arrests decapitated the gang's leadership.") == []


def test_observatory_executions_told_apart() -> None:
    body = (
        "Meanwhile in the city of Raqqa the group decapitated another three men and hung their "
        "bodies in the main square, the Syrian Observatory for Human Rights said."
    )
    assert _tolls(body) == [("attack_on_civilians", 3)]


def test_wire_roundup_over_two_parts_of_a_province() -> None:
    # the lead's 20 sums two places; the town's own toll, told next, is the strike's there
    body = (
        "Air strikes believed to be by the US-led coalition killed 20 civilians in two parts of "
        "the eastern province of Deir ez-Zor on Tuesday, the Syrian Observatory for Human "
        "Rights said. Jets struck the town of al-Mayadin, killing four militants and 11 "
        "civilians, the monitor said. The monitor said strikes also killed five civilians in "
        "the village of Khasham further north."
    )
    assert _tolls(body) == [("airstrike", 15), ("airstrike", 5)]


def test_a_role_after_a_name_is_its_apposition() -> None:
    text = "Gunmen killed Ali Hassan, a farmer, and his son in Tarvo."
    assert _deaths(text) == [2]
    assert _deaths("Abu Omar, the group's commander, and two aides were killed.") == [3]
    # a possessive after a name is another person
    assert _deaths("Ali Hassan, his brother and two cousins were killed in Tarvo.") == [4]


def test_a_name_after_a_role_is_its_apposition() -> None:
    # the person's name told between commas after the role is that person (review54): three
    # dead, not four
    assert _deaths(
        "A roadside bomb killed a Taliban commander, Mullah Ahmad, and two of his fighters in "
        "Helmand on Monday."
    ) == [3]
    assert _deaths("Gunmen killed a village chief, Musa Bello, and his two sons.") == [3]
    # names listed on their own are each one of the dead
    assert _deaths("Gunmen killed Ahmed Ali, Omar Hassan and Khaled Youssef in Kano.") == [3]
