"""Wire wordings of other regions the forty-fifth round found misread (articles of our own):
the side whose office speaks ("The U.S. military's Central Command said the missiles missed")
is a teller, not the author of the act it tells."""

from __future__ import annotations

from tests.unit.extraction.events.articles import events_of


def test_the_side_whose_office_speaks_does_not_author_the_act_it_retells() -> None:
    events = events_of(
        "Yemen's Houthi movement said on Tuesday it had targeted a Liberian-flagged cargo ship"
        " in the Red Sea with ballistic missiles.\n\nThe U.S. military's Central Command said"
        " the missiles missed the vessel and no injuries were reported."
    )
    assert [(e.event_type, e.acled.actor1 if e.acled else None) for e in events] == [
        ("shelling", "Houthis")
    ]


def test_a_side_speaking_through_its_office_of_its_own_act_stays_its_author() -> None:
    """ "Israel's military said its jets struck": Israel's own act."""
    events = events_of(
        "Israel's military said its jets struck a Hamas command centre in Gaza City on Monday,"
        " killing three militants."
    )
    assert [(e.event_type, e.acled.actor1 if e.acled else None) for e in events] == [
        ("airstrike", "Military Forces of Israel (2022-)")
    ]


def _agents(body: str) -> list[tuple[str, str | None]]:
    return [(e.event_type, e.acled.actor1 if e.acled else None) for e in events_of(body)]


def test_the_militia_after_a_fight_with_one_named_militia_is_that_militia() -> None:
    """A fight's two sides both act: the one group named as the army's opponent is "the
    militia" of the next act."""
    agents = _agents(
        "Fighting between Ethiopian federal troops and Fano militiamen killed at least 30 people"
        " in the town of Debre Markos on Saturday, residents said.\n\nOn Sunday, the militia"
        " ambushed an army convoy near Bahir Dar, killing six soldiers, a resident said."
    )
    assert agents[1] == ("armed_clash", "Fano Militia")


def test_the_rebels_after_one_named_rebel_group_are_that_group() -> None:
    agents = _agents(
        "M23 rebels seized the town of Rubaya in North Kivu on Monday, a local official said."
        "\n\nOn Wednesday, the rebels shelled the town of Sake, killing three civilians."
    )
    assert agents == [
        ("territory_taken", "M23: March 23 Movement"),
        ("shelling", "M23: March 23 Movement"),
    ]


def test_the_rebels_stay_unnamed_when_two_groups_act() -> None:
    agents = _agents(
        "M23 rebels seized the town of Rubaya in North Kivu on Monday. ADF militants killed"
        " ten villagers near Beni on Tuesday.\n\nOn Wednesday, the rebels shelled the town of"
        " Sake, killing three civilians."
    )
    assert ("shelling", "M23: March 23 Movement") not in agents


def test_the_dead_of_another_named_agents_act_elsewhere_are_that_acts() -> None:
    """ "ADF militants killed ten villagers near Beni" after "M23 rebels attacked Rubaya": the
    ten are the ADF act's, not the attack told before."""
    events = events_of(
        "M23 rebels attacked the town of Rubaya in North Kivu on Monday. ADF militants killed"
        " ten villagers near Beni on Tuesday."
    )
    tolls = {
        (e.acled.actor1 if e.acled else None, e.locations[0].name if e.locations else None): (
            e.acled.fatalities if e.acled else None
        )
        for e in events
    }
    assert tolls == {
        ("M23: March 23 Movement", "Rubaya"): 0,
        ("ADF: Allied Democratic Forces", "Beni"): 10,
    }


def _disrupted(body: str) -> list[tuple[str | None, str | None]]:
    return [
        (e.acled.actor1, e.acled.actor2)
        for e in events_of(body)
        if e.event_type == "weapons_disrupted" and e.acled is not None
    ]


def test_fire_told_intercepted_by_a_states_forces_is_their_interception() -> None:
    """ACLED codes the side that brought the fire down first, the side that fired second."""
    assert _disrupted(
        "Hezbollah fired dozens of rockets at northern Israel on Sunday, wounding two people in"
        " Kiryat Shmona, Israeli medics said.\n\nThe Israeli military said most of the rockets"
        " were intercepted."
    ) == [("Military Forces of Israel (2022-)", "Hezbollah")]
    assert _disrupted(
        "The Houthis fired a ballistic missile at the Saudi city of Jazan on Monday, the"
        " Saudi-led coalition said, adding that its air defences intercepted it."
    ) == [("Military Forces of Saudi Arabia", "Houthis")]


def test_an_interception_told_by_its_agent_or_by_no_state_is_left() -> None:
    """The active "Ukraine's air force said it had shot down 60 drones" already names its
    agent; a medic's word names no interceptor."""
    assert (
        _disrupted(
            "Ukraine's air force said on Monday it had shot down 60 of 90 drones launched by Russia"
            " overnight over the Odesa region."
        )[0][0]
        == "Military Forces of Ukraine (2019-)"
    )


def test_vigilantes_killed_are_no_mob() -> None:
    """ "killing five vigilantes": the insurgents' attack; "Vigilantes lynched" is a mob's."""
    attack = events_of(
        "Boko Haram insurgents on Monday night attacked Gajiram town in Nganzai Local Government"
        " Area of Borno State, killing five vigilantes."
    )
    assert [e.event_type for e in attack] == ["attack_on_civilians"]
    assert attack[0].locations[0].name == "Gajiram"
    shot = events_of(
        "Three vigilantes were shot dead when bandits attacked Dansadau in Zamfara State on Monday."
    )
    assert [e.event_type for e in shot] == ["attack_on_civilians"]
    mob = events_of("Vigilantes lynched a suspected thief in Kano on Monday.")
    assert [e.event_type for e in mob] == ["mob_violence"]


def test_a_byline_before_its_filing_place_is_a_dateline() -> None:
    """ "By Staff Reporter | Maiduguri —": the report was filed from Maiduguri; the attack was
    in Gajiram."""
    events = events_of(
        "By Staff Reporter | Maiduguri — Boko Haram insurgents attacked Gajiram town in Borno"
        " State on Monday, killing five residents."
    )
    assert [(e.event_type, e.locations[0].name) for e in events] == [
        ("attack_on_civilians", "Gajiram")
    ]


def test_a_speaker_described_between_commas_tells_the_strikes_it_does_not_make_them() -> None:
    """ "The People's Defence Force, an armed group opposed to the junta, said the strikes
    hit a school": the junta's strikes told again, at their village."""
    events = events_of(
        "Myanmar's military junta carried out air strikes on a village in the Sagaing region on"
        " Tuesday, killing at least 30 people including children, local media said.\n\nThe"
        " People's Defence Force, an armed group opposed to the junta, said the strikes hit a"
        " school and a monastery in Pazigyi village."
    )
    assert [(e.event_type, e.acled.actor1 if e.acled else None) for e in events] == [
        ("airstrike", "Military Forces of Myanmar (2021-)")
    ]


def test_a_speaker_described_between_commas_still_tells_its_own_act() -> None:
    events = events_of(
        "Hezbollah, the Iran-backed group, said it fired dozens of rockets at an Israeli base"
        " near Safed on Monday."
    )
    assert [(e.event_type, e.acled.actor1 if e.acled else None) for e in events] == [
        ("shelling", "Hezbollah")
    ]


def test_people_seized_by_the_states_forces_are_arrested() -> None:
    """ "Gunmen seized two farmers" is an abduction (kenya65); the state's forces seizing people
    arrest them, and goods they seize stay a seizure."""

    def types(body: str) -> list[str]:
        return [e.event_type for e in events_of(body)]

    assert types("Police seized two men and three vehicles in Garissa on Monday.") == ["arrest"]
    assert types("Two suspects were seized by soldiers at a checkpoint near Maiduguri.") == [
        "arrest"
    ]
    assert types("Gunmen seized two farmers near Kandi on Monday.") == ["abduction"]
    assert types("Police seized 200 kilograms of cannabis in Mombasa on Monday.") == [
        "property_seized"
    ]
