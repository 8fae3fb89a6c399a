"""Argument-linking rules, each on a sentence written for it."""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.extraction.pipeline import extract_events


def _events(body: str) -> list[EventMessage]:
    article = ArticleMessage(
        id="t", body=body, published_at=dt.datetime(2024, 3, 14, tzinfo=dt.UTC)
    )
    return extract_events(article)


def _actor1(event: EventMessage) -> str:
    return next(a.name for a in event.actors if a.role == "actor1")


def test_members_of_a_named_group_are_that_group() -> None:
    """ "Fighters from the Fatemiyoun Division": the division is the actor, not a generic."""
    (event,) = _events("Fighters from the Fatemiyoun Division arrived in Palmyra on Monday.")
    assert (event.event_type, _actor1(event)) == ("deployment", "Fatemiyoun Division")


def test_a_modifier_noun_is_not_an_actor() -> None:
    """ "The military centre ... was reinforced": no Military Forces of Syria in it."""
    events = _events("The military centre in Palmyra, Syria, was reinforced with militia presence.")
    assert [e.event_type for e in events] == ["deployment"]
    assert all(not a.name.startswith("Military Forces") for a in events[0].actors)


def test_a_town_of_a_province_beats_the_provincial_capital() -> None:
    """ "the Deir Ezzor border town of Albu Kamal": the event is in Albu Kamal."""
    (event,) = _events("Hezbollah fighters arrived in the Deir Ezzor border town of Albu Kamal.")
    assert event.locations[0].name == "Albu Kamal"


def test_what_is_feared_or_avoided_did_not_happen() -> None:
    """ "to avoid being noticed or targeted by raids": no raid event."""
    events = _events(
        "The militias redeployed their fighters to Homs"
        " to avoid being noticed or targeted by raids."
    )
    assert [e.event_type for e in events] == ["deployment"]


def _fatalities(event: EventMessage) -> int | None:
    return event.acled.fatalities if event.acled is not None else None


def test_what_a_paragraph_goes_on_to_tell_is_the_same_clash() -> None:
    """Deaths told after a clash are the clash's, not a second event, and an arrest in the
    same sentence does not take them."""
    events = _events(
        "Houthi fighters clashed with army troops in Marib on Monday."
        " Two soldiers were shot and killed, and three fighters were arrested."
    )
    clash = next(e for e in events if e.event_type == "armed_clash")
    assert _actor1(clash) == "Houthis"
    assert clash.locations[0].name == "Ma'rib"
    assert _fatalities(clash) == 2
    assert [e.event_type for e in events].count("attack_on_civilians") == 0
    arrests = [e for e in events if e.event_type == "arrest"]
    assert arrests and all(_fatalities(a) == 0 for a in arrests)


def test_an_explosion_retold_in_three_sentences_is_one_event() -> None:
    events = _events(
        "A car bomb went off outside a market in Kirkuk on Sunday."
        " The blast tore through the stalls."
        " Four people died in the explosion."
    )
    assert [e.event_type for e in events] == ["explosive_attack"]
    assert events[0].locations[0].name == "Kirkuk"
    assert _fatalities(events[0]) == 4


def test_a_toll_in_its_own_sentence_belongs_to_the_killing_before_it() -> None:
    """The stated total wins over the tolls read from the story ("killed two teachers")."""
    (event,) = _events(
        "Unidentified gunmen killed two teachers and a guard in Quetta on Friday. 3 fatalities."
    )
    assert event.event_type == "attack_on_civilians"
    assert event.locations[0].name == "Quetta"
    assert _fatalities(event) == 3


def test_a_separate_attack_elsewhere_stays_its_own_event() -> None:
    """A new named actor in another province is another occurrence."""
    events = _events(
        "Al-Shabaab fighters attacked an army base near Kismayo on Monday."
        " In Baidoa, Islamic State militants shot dead two traders."
    )
    attacks = [e for e in events if e.event_type in {"armed_clash", "attack_on_civilians"}]
    assert len(attacks) == 2
    assert {a.locations[0].name for a in attacks} == {"Kismayo", "Baidoa"}


def test_where_it_happened_before_whose_it_is_and_before_a_road_name() -> None:
    """ "residents of Bahawalnagar ... in Multan", "on Peshawar road in Mardan"."""
    (protest,) = _events(
        "Residents of Bahawalnagar staged a protest in Multan on Monday against power cuts."
    )
    assert protest.locations[0].name == "Multan"
    (sit_in,) = _events("Traders protested against new taxes on Peshawar road in Mardan city.")
    assert sit_in.locations[0].name == "Mardan"


def test_armed_men_shooting_at_a_state_force_is_a_clash() -> None:
    """Both sides armed (Jubaland's forces are a state force): ACLED's armed clash, even where
    the victim is "a member"."""
    events = _events("Al-Shabaab militants killed a member of the Jubaland forces in Gedo.")
    assert [e.event_type for e in events] == ["armed_clash"]
    assert {a.name for a in events[0].actors} >= {"al-Shabaab", "Jubaland Security Forces"}


def test_an_attack_repulsed_is_told_by_the_act_not_the_toll() -> None:
    """ "died after troops repelled their assault": the clash's evidence is "repelled"."""
    events = _events(
        "Several ISWAP fighters were killed after Nigerian troops repelled their assault on a"
        " base in Borno."
    )
    clash = next(e for e in events if e.event_type == "armed_clash")
    assert clash.evidence.trigger == "repelled"


def test_an_attack_in_another_town_of_the_province_is_another_event() -> None:
    """Two attacks of one paragraph in two towns of Borno are two events with their own tolls."""
    events = _events(
        "Gunmen killed five farmers in Konduga, Borno, on Monday."
        " In Bama, a suicide bomber killed three worshippers at a mosque."
    )
    tolls = {e.locations[0].name: _fatalities(e) for e in events if e.locations}
    assert tolls == {"Konduga": 5, "Bama": 3}


def test_a_relative_clause_that_alone_says_where_places_the_event() -> None:
    """The workers' clause is the only one with a town; where they want to go is not the
    place."""
    events = _events(
        "Police baton-charged a crowd of mill workers, who had stopped trains at Igatpuri "
        "(Nashik, Maharashtra), demanding to travel back to their villages in Jharkhand."
    )
    assert [(p.name, p.admin1) for p in events[0].locations][:2] == [
        ("Igatpuri", "Maharashtra"),
        ("Nashik", "Maharashtra"),
    ]


def test_a_relative_clause_about_someone_else_is_not_the_place() -> None:
    (event,) = _events(
        "A commander, who had trained in Lebanon, arrived in Palmyra, Syria, with 40 fighters."
    )
    assert event.locations[0].name == "Tadmur"


def test_fire_lands_where_it_was_aimed_not_at_the_firing_post() -> None:
    (event,) = _events(
        "Rebel gunners positioned at Lira fired mortars at an army barracks near Kitgum."
    )
    assert [p.name for p in event.locations] == ["Kitgum"]
    # not for other acts: police based in a town arrest elsewhere, the town stays a place
    events = _events("Police based in Kisumu arrested two men who had robbed a bank in Nakuru.")
    arrest = next(e for e in events if e.event_type == "arrest")
    assert {p.name for p in arrest.locations} == {"Kisumu", "Nakuru"}


def test_arrests_told_right_after_a_protest_are_its_intervention() -> None:
    """ "Nurses demonstrated ... Police detained eleven nurses.": a protest with intervention,
    though the arrest sentence names no demonstrator."""
    events = _events(
        "About 60 nurses demonstrated outside the health ministry in Lusaka on Monday."
        " Police detained eleven nurses."
    )
    protest = events[0]
    assert protest.event_type == "protest_dispersed"
    assert protest.codes.acled_sub_event_type == "Protest with intervention"
    assert protest.locations[0].name == "Lusaka"


def test_the_arrest_a_protest_is_about_is_no_intervention() -> None:
    """ "He was detained in January": the grievance retold, not an arrest at the protest."""
    events = _events(
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
        types = [e.event_type for e in _events(body)]
        assert types[:2] == ["protest", "arrest"], body
