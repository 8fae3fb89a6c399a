"""Duplicates and background on wire reports (fifty-first round, prec71): "besieged" before the
side of a named city describes where the act hit (``data/triggers.tsv``); an act named as the
topic of an inquiry or as a point in time names back the act told before whatever day its
sentence tells (``events/merge/incidents/retold/topic.py``, ``named_back.py``), and alone after
the lead it is referred to, background (``events/background/referred.py``); a day's act named
again by its possessive in a clause of frame ("Sunday's explosion came as ...") is the news set in
its frame (``events/background/framed.py``)."""

from __future__ import annotations

from newsevents.contracts import ArticleMessage, EventMessage
from newsevents.extraction.pipeline import extract_events


def _events(body: str, title: str = "") -> list[EventMessage]:
    article = ArticleMessage(
        id="prec71-test", title=title, body=body, published_at="2016-11-21T12:00:00Z"
    )
    return [e for e in extract_events(article) if e.event_type != "other"]


def test_besieged_before_a_side_of_a_city_tells_the_place() -> None:
    body = (
        "Rescuers said government jets killed 40 civilians on Sunday when they bombed markets in"
        " besieged eastern Homs."
    )
    events = _events(body)
    assert [e.event_type for e in events] == ["airstrike"]
    assert events[0].acled is not None
    assert events[0].acled.location == "Homs"
    assert events[0].acled.fatalities == 40


def test_besieged_before_a_held_side_of_a_city_tells_the_place() -> None:
    body = (
        "A charity said its bakery in besieged rebel-held western Homs was hit by warplanes on"
        " Sunday, killing two workers."
    )
    types = [e.event_type for e in _events(body)]
    assert "movement_restricted" not in types
    assert "airstrike" in types


def test_troops_besieging_a_named_town_still_restrict_movement() -> None:
    body = "Government troops besieged the town of Madaya on Sunday, cutting its last road."
    assert "movement_restricted" in [e.event_type for e in _events(body)]


def test_besieged_before_a_side_of_the_city_tells_the_place() -> None:
    body = (
        "Medics said jets killed 30 people in raids on Homs and nearby villages on Sunday, and"
        " that the raids hit markets in the besieged northern parts of the city."
    )
    types = [e.event_type for e in _events(body)]
    assert "movement_restricted" not in types
    assert "airstrike" in types


def test_an_inquiry_into_the_attacks_names_back_the_lead() -> None:
    body = (
        "Rebel medics said army units killed 300 people with chemical weapons in two suburbs east"
        " of Hama on Wednesday. A team of UN experts reached Hama on Saturday to prepare an"
        " inquiry into the alleged attacks, a correspondent said."
    )
    events = _events(body)
    assert [e.event_type for e in events] == ["chemical_attack"]
    assert events[0].acled is not None
    assert events[0].acled.fatalities == 300


def test_aircraft_seen_at_the_time_of_the_attack_are_no_second_act() -> None:
    body = (
        "At least 70 people died in a gas attack on the town of Kafr Zita on Wednesday, medics"
        " said. Western monitors told reporters that two government jets flew low over the"
        " houses at the time of the attack."
    )
    events = _events(body)
    assert [e.event_type for e in events] == ["chemical_attack"]
    assert events[0].acled is not None
    assert events[0].acled.location == "Kafr Zayta"
    assert events[0].acled.fatalities == 70


def test_the_site_of_an_earlier_attack_is_referred_to() -> None:
    body = (
        "The two foreign ministers met in Geneva on Saturday to talk about the war. One of them"
        " said inspectors must be let into the site of the alleged gas attack near Hama. They"
        " also agreed to meet again in a month."
    )
    assert "chemical_attack" not in [e.event_type for e in _events(body)]


def test_a_statement_condemning_the_massacre_tells_the_news() -> None:
    body = (
        "Tuesday 12 March 2019 08:41 Council urges help for the villagers. The National Council"
        " condemns the massacre carried out by the gunmen against shepherds in the town of"
        " Saraqib. Witnesses said that some 30 shepherds were lined up and shot by the gunmen"
        " at dawn."
    )
    violent = [e for e in _events(body) if e.event_type in ("attack_on_civilians", "armed_clash")]
    assert violent
    assert violent[0].acled is not None
    assert violent[0].acled.location == "Saraqib"


def test_an_investigation_of_the_news_keeps_the_news() -> None:
    body = (
        "Gunmen shot dead a shopkeeper in Mombasa on Sunday, police said. Officers have launched"
        " an investigation into the killing, the county commander said on Monday."
    )
    events = _events(body)
    assert [e.event_type for e in events] == ["attack_on_civilians"]
    assert events[0].acled is not None
    assert events[0].acled.location == "Mombasa"


def test_a_days_explosion_set_in_its_frame_is_no_second_blast() -> None:
    body = (
        "A car bomb blast killed at least 44 people in the town of Qamishli on Sunday, a"
        " monitor said. The explosion struck beside a police station. Sunday's explosion came as"
        " rebels fought their way into the outskirts of Raqqa, far to the south."
    )
    blasts = [e for e in _events(body) if e.event_type == "explosive_attack"]
    assert len(blasts) == 1
    assert blasts[0].acled is not None
    assert blasts[0].acled.location == "Al Qamishli"
    assert blasts[0].acled.fatalities == 44


def test_a_days_explosion_without_an_apostrophe_is_framed_too() -> None:
    body = (
        "A car bomb blast killed at least 44 people in the town of Qamishli on Sunday, a"
        " monitor said. The explosion struck beside a police station. Sundays explosion came as"
        " rebels fought their way into the outskirts of Raqqa, far to the south."
    )
    assert [e.event_type for e in _events(body)].count("explosive_attack") == 1


def test_strikes_that_coincided_with_an_offensive_abroad_are_set_in_their_frame() -> None:
    body = (
        "Warplanes struck three rebel-held towns in Idlib province on Sunday, killing 12 people,"
        " a monitor said. One of the strikes hit a market in Saraqib. Sunday's air strikes"
        " coincided with a push by Iraqi troops on the city of Tikrit."
    )
    strikes = [e for e in _events(body) if e.event_type == "airstrike"]
    assert len(strikes) == 1
    assert strikes[0].acled is not None
    assert strikes[0].acled.location == "Saraqib"


def test_an_inquiry_demanded_before_the_act_is_told_leaves_one_act() -> None:
    body = (
        "An army spokesman warned the rebels on Sunday against new attacks. We want a full"
        " investigation of the alleged gas attack on the town of Kafr Zita, the spokesman said."
        " On Monday a gas incident in the town killed some 80 people, medics said."
    )
    chemical = [e for e in _events(body) if e.event_type == "chemical_attack"]
    assert len(chemical) == 1
    assert chemical[0].acled is not None
    assert chemical[0].acled.fatalities == 80
