"""Wire wordings of other regions the forty-fourth round found misread (articles of our own):
a group's home told by its country's possessive, forces named by their task, the rank or
suspicion of the ones killed, a missile told by its state's adjective, a strike "by" a
country's group, a demonstration's riot in another town, and a rally attacked by bombers."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of


def _sides(events: list[EventMessage]) -> list[tuple[str, str | None, str | None, int]]:
    return [
        (
            e.event_type,
            e.acled.actor1,
            e.acled.actor2,
            e.acled.fatalities or 0,
        )
        for e in events
        if e.acled is not None
    ]


def _no_period(name: str | None) -> str | None:
    return name.split(" (")[0] if name and name.startswith(("Military", "Police")) else name


def test_soldiers_killed_at_a_border_post_are_the_posts_country_not_the_attackers_home() -> None:
    """ "Yemen's Houthi movement" tells the group's home; the post is in Jazan (Saudi Arabia),
    and the soldiers killed there are Saudi."""
    events = events_of(
        "A drone launched by Yemen's Houthi movement struck a Saudi border post in Jazan"
        " province on Tuesday, killing three soldiers and wounding five, the Saudi-led"
        " coalition said."
    )
    strike = next(e for e in events if e.event_type == "airstrike")
    assert strike.acled is not None
    assert strike.acled.actor1 == "Houthis"
    assert _no_period(strike.acled.actor2) == "Military Forces of Saudi Arabia"
    assert strike.acled.fatalities == 3
    assert strike.locations[0].name == "Jazan"


def test_counter_terrorism_forces_that_killed_a_senior_commander_are_the_attackers() -> None:
    events = events_of(
        "Iraqi counter-terrorism forces killed a senior Islamic State commander and two of his"
        " aides in a raid in the western desert of Anbar province on Saturday, the military"
        " said."
    )
    sides = [(t, _no_period(a1), a2, n) for t, a1, a2, n in _sides(events)]
    assert sides == [("armed_clash", "Military Forces of Iraq", "Islamic State (Iraq)", 3)]


def test_suspected_and_top_members_killed_are_the_side_hit() -> None:
    suspected = _sides(
        events_of(
            "Iraqi forces killed three suspected Islamic State militants in a raid in Anbar"
            " province on Saturday."
        )
    )
    top = _sides(
        events_of("Iraqi forces killed a top Islamic State leader in a raid in Anbar on Saturday.")
    )
    for (kind, actor1, actor2, _dead), dead in ((suspected[0], 3), (top[0], 1)):
        assert (kind, _no_period(actor1), actor2) == (
            "armed_clash",
            "Military Forces of Iraq",
            "Islamic State (Iraq)",
        )
        assert _dead == dead


def test_a_missile_told_by_its_states_adjective_is_that_states_forces() -> None:
    events = events_of(
        "A Russian missile struck a residential building in the southern port city of Odesa"
        " overnight, killing five people including a child, the regional governor said."
    )
    assert [(t, _no_period(a1), a2, n) for t, a1, a2, n in _sides(events)] == [
        ("shelling", "Military Forces of Russia", "Civilians (Ukraine)", 5)
    ]
    assert events[0].locations[0].name == "Odesa"


def test_shelling_by_a_countrys_paramilitary_group_is_the_groups() -> None:
    events = events_of(
        "Shelling by Sudan's paramilitary Rapid Support Forces (RSF) hit the main hospital in"
        " El Fasher, the capital of North Darfur state, on Friday, killing nine patients and"
        " staff, doctors said."
    )
    assert _sides(events) == [("shelling", "Rapid Support Forces", "Civilians (Sudan)", 9)]


def test_a_riot_told_opening_on_another_town_is_that_towns_own() -> None:
    """Tear gas on the march in Nairobi is a protest with intervention there; the burning tyres
    told "In Nakuru" are Nakuru's riot, not Nairobi's."""
    events = events_of(
        "Kenyan police fired tear gas and water cannon at thousands of protesters in central"
        " Nairobi on Tuesday as demonstrations against proposed tax rises spread to several"
        " towns. In Nakuru, protesters burned tyres and blocked roads."
    )
    assert [(e.event_type, e.locations[0].name) for e in events] == [
        ("protest_dispersed", "Nairobi"),
        ("riot", "Nakuru"),
    ]
    assert events[0].acled is not None
    assert events[0].acled.actor1 == "Protesters (Kenya)"


def test_a_rally_a_bomb_or_gunmen_struck_is_the_victims_gathering_not_a_protest() -> None:
    for body, kind, dead in (
        (
            "A bomb exploded at an election rally in Pakistan's Balochistan province on"
            " Wednesday, killing at least 20 people, police said.",
            "explosive_attack",
            20,
        ),
        (
            "A suicide bomber struck a campaign rally in Peshawar on Wednesday, killing 12 people.",
            "suicide_bombing",
            12,
        ),
    ):
        events = events_of(body)
        assert [e.event_type for e in events] == [kind]
        assert events[0].acled is not None
        assert events[0].acled.actor2 == "Civilians (Pakistan)"
        assert events[0].acled.fatalities == dead


def test_the_act_a_strike_answered_is_not_the_strikers_nor_at_their_target() -> None:
    """The rockets told "hours after" are not the warplanes'; the warplanes' strike is not at
    the Israeli town the rockets hit."""
    events = events_of(
        "Israeli warplanes struck several Hezbollah sites in southern Lebanon on Sunday, hours"
        " after rockets fired from Lebanon hit an open area near the northern Israeli town of"
        " Kiryat Shmona, the Israeli military said."
    )
    strike = next(e for e in events if e.event_type == "airstrike")
    rockets = next(e for e in events if e.event_type == "shelling")
    assert strike.acled is not None and rockets.acled is not None
    assert _no_period(strike.acled.actor1) == "Military Forces of Israel"
    assert strike.acled.actor2 == "Hezbollah"
    assert "Qiryat Shmona" not in [p.name for p in strike.locations]
    assert rockets.locations[0].name == "Qiryat Shmona"
    assert not (rockets.acled.actor1 or "").startswith("Military Forces of Israel")


def test_fire_on_a_crowd_of_worshippers_is_an_attack_not_repression() -> None:
    """Worshippers and shoppers are no demonstrators: gunmen firing on them attacked civilians;
    police firing on a crowd of protesters still used excessive force. (Mourners stay read as
    a demonstration's: a funeral was often one, as in Syria in 2011.)"""
    mourners = events_of(
        "Gunmen opened fire on a crowd of worshippers in Balochistan province on Wednesday,"
        " killing five people."
    )
    protesters = events_of(
        "Police opened fire on a crowd of protesters in Karachi on Wednesday, killing two."
    )
    assert _sides(mourners) == [
        ("attack_on_civilians", "Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)", 5)
    ]
    assert [(t, _no_period(a1), a2, n) for t, a1, a2, n in _sides(protesters)] == [
        ("protest_repressed", "Police Forces of Pakistan", "Protesters (Pakistan)", 2)
    ]


def test_armed_men_fleeing_after_their_act_displace_no_one() -> None:
    """The attackers' escape is no relocation; residents fleeing stay displaced."""
    attackers = events_of(
        "Islamist insurgents burned dozens of homes in the village of Nangade in Cabo Delgado"
        " province on Tuesday before fleeing into the bush, a local official said."
    )
    assert [e.event_type for e in attackers] == ["property_destroyed"]
    residents = events_of(
        "Thousands of residents fled the town of Nangade in Cabo Delgado province on Tuesday,"
        " a local official said."
    )
    assert [e.event_type for e in residents] == ["relocation"]
