"""Merging passes: one occurrence told in several sentences is one event."""

from __future__ import annotations

from tests.unit.extraction.events.articles import actor1, events_of, fatalities


def test_what_a_paragraph_goes_on_to_tell_is_the_same_clash() -> None:
    """Deaths told after a clash are the clash's, not a second event, and an arrest in the
    same sentence does not take them (since dups2 the arrest, told with no one doing it, is
    the clash's outcome and folds into it)."""
    events = events_of(
        "Houthi fighters clashed with army troops in Marib on Monday."
        " Two soldiers were shot and killed, and three fighters were arrested."
    )
    clash = next(e for e in events if e.event_type == "armed_clash")
    assert actor1(clash) == "Houthis"
    assert clash.locations[0].name == "Ma'rib"
    assert fatalities(clash) == 2
    assert [e.event_type for e in events].count("attack_on_civilians") == 0
    arrests = [e for e in events if e.event_type == "arrest"]
    assert all(fatalities(a) == 0 for a in arrests)


def test_an_explosion_retold_in_three_sentences_is_one_event() -> None:
    events = events_of(
        "A car bomb went off outside a market in Kirkuk on Sunday."
        " The blast tore through the stalls."
        " Four people died in the explosion."
    )
    assert [e.event_type for e in events] == ["explosive_attack"]
    assert events[0].locations[0].name == "Kirkuk"
    assert fatalities(events[0]) == 4


def test_a_toll_in_its_own_sentence_belongs_to_the_killing_before_it() -> None:
    """The stated total wins over the tolls read from the story ("killed two teachers")."""
    (event,) = events_of(
        "Unidentified gunmen killed two teachers and a guard in Quetta on Friday. 3 fatalities."
    )
    assert event.event_type == "attack_on_civilians"
    assert event.locations[0].name == "Quetta"
    assert fatalities(event) == 3


def test_a_separate_attack_elsewhere_stays_its_own_event() -> None:
    """A new named actor in another province is another occurrence."""
    events = events_of(
        "Al-Shabaab fighters attacked an army base near Kismayo on Monday."
        " In Baidoa, Islamic State militants shot dead two traders."
    )
    attacks = [e for e in events if e.event_type in {"armed_clash", "attack_on_civilians"}]
    assert len(attacks) == 2
    assert {a.locations[0].name for a in attacks} == {"Kismayo", "Baidoa"}


def test_an_attack_in_another_town_of_the_province_is_another_event() -> None:
    """Two attacks of one paragraph in two towns of Borno are two events with their own tolls."""
    events = events_of(
        "Gunmen killed five farmers in Konduga, Borno, on Monday."
        " In Bama, a suicide bomber killed three worshippers at a mosque."
    )
    tolls = {e.locations[0].name: fatalities(e) for e in events if e.locations}
    assert tolls == {"Konduga": 5, "Bama": 3}


def test_arrests_told_right_after_a_protest_are_its_intervention() -> None:
    """ "Nurses demonstrated ... Police detained eleven nurses.": a protest with intervention,
    though the arrest sentence names no demonstrator."""
    events = events_of(
        "About 60 nurses demonstrated outside the health ministry in Lusaka on Monday."
        " Police detained eleven nurses."
    )
    protest = events[0]
    assert protest.event_type == "protest_dispersed"
    assert protest.codes.acled_sub_event_type == "Protest with intervention"
    assert protest.locations[0].name == "Lusaka"


def test_the_arrest_a_protest_is_about_is_no_intervention() -> None:
    """ "He was detained in January": the grievance retold, not an arrest at the protest."""
    events = events_of(
        "Students protested in Ndola on Monday against the detention of a lecturer."
        " He was detained in January over a speech."
    )
    assert events[0].event_type == "protest"
    assert events[0].codes.acled_sub_event_type == "Peaceful protest"


def test_an_arrest_elsewhere_after_a_protest_is_its_own_event() -> None:
    """Arrests right after a protest are its intervention only where it happened, and not
    arrests of crime suspects or a separate matter."""
    for body in (
        "About 300 protesters marched in Kisumu on Monday. Police detained 20 men in Mombasa.",
        "About 300 protesters marched in Kisumu on Monday. Police detained 20 suspected robbers.",
        "About 300 protesters marched in Kisumu on Monday. Separately, police arrested six men.",
    ):
        types = [e.event_type for e in events_of(body)]
        assert types[:2] == ["protest", "arrest"], body


def test_one_crowd_retold_with_other_opponents_is_one_demonstration() -> None:
    """The tear gas, the wounded and the crowd at the governor's office are one Basra protest,
    however each sentence names the police (before: four events), and one protest with
    intervention: the tear gas is what was done to it (:mod:`.merge.incidents`; before: a
    protest and a dispersal told in the same sentences)."""
    events = events_of(
        "Security forces fired tear gas at protesters in Basra on Wednesday, witnesses said.\n\n"
        "At least ten protesters were wounded when police tried to clear the square.\n\n"
        "Later, crowds gathered outside the governor's office in Basra, demanding his "
        "resignation."
    )
    assert [e.event_type for e in events] == ["protest_dispersed"], [
        (e.event_type, e.evidence.text) for e in events
    ]
    assert len(events[0].evidence.mentions) == 3
    assert {e.locations[0].name for e in events} == {"Basrah"}


def test_demonstrations_in_two_provinces_stay_two() -> None:
    events = events_of(
        "Protesters rallied in Basra on Monday against power cuts. In Najaf, hundreds of "
        "students protested on Tuesday over exam results."
    )
    assert sorted((e.event_type, e.locations[0].name) for e in events) == [
        ("protest", "Basrah"),
        ("protest", "Najaf"),
    ]
