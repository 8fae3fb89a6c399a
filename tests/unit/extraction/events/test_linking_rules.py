"""Argument-linking rules, each on a sentence written for it."""

from __future__ import annotations

from tests.unit.extraction.events.articles import actor1, events_of


def test_members_of_a_named_group_are_that_group() -> None:
    """ "Fighters from the Fatemiyoun Division": the division is the actor, not a generic."""
    (event,) = events_of("Fighters from the Fatemiyoun Division arrived in Palmyra on Monday.")
    assert (event.event_type, actor1(event)) == ("deployment", "Fatemiyoun Division")


def test_a_modifier_noun_is_not_an_actor() -> None:
    """ "The military centre ... was reinforced": no Military Forces of Syria in it."""
    events = events_of(
        "The military centre in Palmyra, Syria, was reinforced with militia presence."
    )
    assert [e.event_type for e in events] == ["deployment"]
    assert all(not a.name.startswith("Military Forces") for a in events[0].actors)


def test_a_town_of_a_province_beats_the_provincial_capital() -> None:
    """ "the Deir Ezzor border town of Albu Kamal": the event is in Albu Kamal."""
    (event,) = events_of("Hezbollah fighters arrived in the Deir Ezzor border town of Albu Kamal.")
    assert event.locations[0].name == "Albu Kamal"


def test_what_is_feared_or_avoided_did_not_happen() -> None:
    """ "to avoid being noticed or targeted by raids": no raid event."""
    events = events_of(
        "The militias redeployed their fighters to Homs"
        " to avoid being noticed or targeted by raids."
    )
    assert [e.event_type for e in events] == ["deployment"]


def test_where_it_happened_before_whose_it_is_and_before_a_road_name() -> None:
    """ "residents of Bahawalnagar ... in Multan", "on Peshawar road in Mardan"."""
    (protest,) = events_of(
        "Residents of Bahawalnagar staged a protest in Multan on Monday against power cuts."
    )
    assert protest.locations[0].name == "Multan"
    (sit_in,) = events_of("Traders protested against new taxes on Peshawar road in Mardan city.")
    assert sit_in.locations[0].name == "Mardan"


def test_armed_men_shooting_at_a_state_force_is_a_clash() -> None:
    """Both sides armed (Jubaland's forces are a state force): ACLED's armed clash, even where
    the victim is "a member"."""
    events = events_of("Al-Shabaab militants killed a member of the Jubaland forces in Gedo.")
    assert [e.event_type for e in events] == ["armed_clash"]
    assert {a.name for a in events[0].actors} >= {"al-Shabaab", "Jubaland Security Forces"}


def test_an_attack_repulsed_is_told_by_the_act_not_the_toll() -> None:
    """ "died after troops repelled their assault": the clash's evidence is "repelled"."""
    events = events_of(
        "Several ISWAP fighters were killed after Nigerian troops repelled their assault on a"
        " base in Borno."
    )
    clash = next(e for e in events if e.event_type == "armed_clash")
    assert clash.evidence.trigger == "repelled"


def test_a_relative_clause_that_alone_says_where_places_the_event() -> None:
    """The workers' clause is the only one with a town; where they want to go is not the
    place."""
    events = events_of(
        "Police baton-charged a crowd of mill workers, who had stopped trains at Igatpuri "
        "(Nashik, Maharashtra), demanding to travel back to their villages in Jharkhand."
    )
    assert [(p.name, p.admin1) for p in events[0].locations][:2] == [
        ("Igatpuri", "Maharashtra"),
        ("Nashik", "Maharashtra"),
    ]


def test_a_relative_clause_about_someone_else_is_not_the_place() -> None:
    (event,) = events_of(
        "A commander, who had trained in Lebanon, arrived in Palmyra, Syria, with 40 fighters."
    )
    assert event.locations[0].name == "Tadmur"


def test_fire_lands_where_it_was_aimed_not_at_the_firing_post() -> None:
    (event,) = events_of(
        "Rebel gunners positioned at Lira fired mortars at an army barracks near Kitgum."
    )
    assert [p.name for p in event.locations] == ["Kitgum"]
    # not for other acts: police based in a town arrest elsewhere, the town stays a place
    events = events_of("Police based in Kisumu arrested two men who had robbed a bank in Nakuru.")
    arrest = next(e for e in events if e.event_type == "arrest")
    assert {p.name for p in arrest.locations} == {"Kisumu", "Nakuru"}


def test_a_crowd_from_a_town_protests_there_when_nothing_else_is_named() -> None:
    """An origin is no event place ("gunmen from X attacked Y" happened in Y), but a crowd
    from a town with no other place named protests at home."""
    (home,) = events_of("Women and youth from Anantnag, India, protested against the arrests.")
    assert home.locations[0].name == "Anantnag"
    (away,) = events_of("Hundreds of farmers from Okara protested in Lahore, Pakistan.")
    assert away.locations[0].name == "Lahore"


def test_a_demonstrations_aim_is_not_where_it_is_held() -> None:
    """ "condemning the aggression on Gaza": the rally is at the press club in Dhaka (twenty-third
    round)."""
    events = events_of(
        "On Monday, students staged a protest rally in front of the National Press Club, Dhaka, "
        "condemning the military assault on Gaza and voicing solidarity with Palestine."
    )
    protest = next(e for e in events if e.event_type == "protest")
    assert protest.locations[0].name == "Dhaka"
    assert protest.acled.actor1 == "Protesters (Bangladesh)"
