"""A dispersal told with the demonstrators' own violence is a violent demonstration (issue 11,
thirtieth round): ACLED's codebook keeps "protest with intervention" for peaceful
demonstrators the forces dispersed; stones, a building stormed, a police line broken, roads
blocked with stones or tyres, shops looted make the demonstration violent whatever met it.
Short reports written for these tests in the wordings of Kenyan, West African, South Asian and
Middle Eastern outlets; places generic or well known."""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from newsevents.extraction.events.detect.refine.crowds.dispersed_rioters import dispersed_rioters

from .articles import main_event


@pytest.mark.parametrize(
    "body",
    [
        # Kenyan dailies: the crowd's act in a relative or time clause of the dispersal
        "Police in Kisumu fired tear gas at opposition supporters who tried to storm the tallying centre on Tuesday.",
        "Anti-riot police dispersed hundreds of residents who had blocked the Nairobi-Nakuru highway using stones and logs on Monday.",
        "University students stoned vehicles on the campus in Eldoret as police lobbed tear gas to disperse them on Thursday.",
        "Police used tear gas to disperse boda boda riders in Kakamega after the protest became rowdy on Friday.",
        # West African wire and local press
        "Gendarmes fired tear gas to disperse youths who were hurling stones at the prefecture in Conakry on Wednesday.",
        "Police dispersed traders in Kano who had looted shops near the central market on Sunday, a spokesman said.",
        # South Asian papers
        "Police lobbed tear gas shells to disperse students who attempted to storm the deputy commissioner's office in Sylhet on Monday.",
        "Police baton-charged and dispersed the agitators after they broke a police cordon outside the assembly in Lahore on Tuesday.",
        # Middle Eastern outlets
        "Security forces fired tear gas to disperse protesters who set tyres on fire outside the governorate building in Basra on Friday.",
        "Lebanese troops dispersed demonstrators who tried to force their way into the parliament in Beirut on Saturday.",
    ],
)
def test_a_dispersal_told_with_the_crowds_violence_is_a_violent_demonstration(
    body: str,
) -> None:
    event = main_event(body)
    assert event.codes.acled_event_type == "Riots"
    assert event.codes.acled_sub_event_type == "Violent demonstration"
    assert event.acled is not None and event.acled.actor1 is not None
    assert event.acled.actor1.startswith("Rioters")


def test_the_bare_demonstration_named_after_the_riot_is_the_same_event() -> None:
    """ "... dispersed youths who had blocked the road with stones, as residents protested":
    one violent demonstration, not a riot beside a peaceful protest."""
    from .articles import events_of

    events = events_of(
        "Police in Kisumu dispersed youths who had blocked the Kisumu-Busia road using stones as residents protested over the killing of a trader on Monday."
    )
    assert [e.codes.acled_sub_event_type for e in events] == ["Violent demonstration"]


@pytest.mark.parametrize(
    "body",
    [
        # dispersed with tear gas, no violence of the crowd told
        "Police fired tear gas to disperse opposition supporters who had gathered outside the electoral commission offices in Mombasa on Tuesday.",
        # the violence is the grievance, not the crowd's act
        "Police fired tear gas to disperse traders protesting the looting of their stalls in Kano on Monday.",
        "Riot police dispersed women demonstrating against the torching of their homes in Jos on Friday.",
        # the forces' own means
        "Police dispersed the sit-in outside the press club in Karachi and smashed the protesters' banners on Sunday.",
    ],
)
def test_a_peaceful_crowd_dispersed_stays_a_protest_with_intervention(body: str) -> None:
    event = main_event(body)
    assert event.codes.acled_sub_event_type == "Protest with intervention"


@pytest.mark.parametrize(
    ("sentence", "violent"),
    [
        ("Police dispersed youths who pelted stones at officers.", True),
        ("Police dispersed residents who had barricaded the road with burning tyres.", True),
        ("Police dispersed residents who blocked the road for two hours.", False),
        ("Police dispersed traders protesting the looting of their stalls.", False),
        ("Police smashed the barricades and dispersed the crowd.", False),
        # the noun "protest" as the subject is the crowd's act, the verb its grievance
        (
            "Tear gas was fired and police dispersed them after the protest broke a police line.",
            True,
        ),
        ("Police dispersed traders who protest the looting of their stalls.", False),
        ("Police dispersed the crowd when officers tried to break up a fight at the rally.", False),
        ("Police dispersed activists who tried to break the police barricade.", True),
    ],
)
def test_the_crowds_violence_is_read_from_its_own_verbs(sentence: str, violent: bool) -> None:
    start = sentence.index("dispersed")
    assert dispersed_rioters(sentence, start, start + len("dispersed")) is violent


# The people of a town as one body and a crowd told as the doer of a passive (West African,
# Sahel and East African dailies, where "la population" is translated as it stands).
@pytest.mark.parametrize(
    ("body", "place"),
    [
        (
            "The angry population of Abomey-Calavi set fire to the police station after the death of a motorcyclist on Sunday.",
            "Abomey-Calavi",
        ),
        (
            "The population of Kandi attacked the gendarmerie after the killing of a young man by a soldier on Monday.",
            "Kandi",
        ),
        (
            "A presumed thief was burned by an angry crowd at the Dantokpa market in Cotonou on Friday.",
            "Cotonou",
        ),
        ("The suspect was beaten by the mob before police arrived in Lome on Sunday.", "Lome"),
        (
            "A man accused of stealing a motorcycle was stoned by a crowd in Kisumu on Tuesday.",
            "Kisumu",
        ),
    ],
)
def test_a_towns_population_and_a_crowd_told_as_doer_are_rioters(body: str, place: str) -> None:
    event = main_event(body)
    assert event.codes.acled_event_type == "Riots"
    assert event.acled is not None and event.acled.actor1 is not None
    assert event.acled.actor1.startswith("Rioters")
    assert event.acled.location is not None and place in event.acled.location


@pytest.mark.parametrize(
    "body",
    [
        # the population hit by an armed group stays the civilians it attacked
        "Jihadists attacked the local population in a village near Tanguieta on Monday, killing four.",
        "Gunmen opened fire on the population of Kafanchan on Sunday, killing three people.",
    ],
)
def test_a_population_hit_by_armed_men_stays_an_attack(body: str) -> None:
    event = main_event(body)
    assert event.codes.acled_sub_event_type == "Attack"


# Roadblocks and burning tyres answering a death or an arrest: the grievance African dailies
# tell by "after" or "following", not by a word of protest.
@pytest.mark.parametrize(
    "body",
    [
        "Zemidjan drivers blocked the road and burned tyres in Cotonou on Monday after one of them was killed by a police officer.",
        "Okada riders set up bonfires on the Ikorodu road in Lagos on Friday following the death of a colleague at a checkpoint.",
        "Traders barricaded the market road in Kumasi on Tuesday following the arrest of their chairman.",
    ],
)
def test_roadblocks_answering_a_death_are_a_violent_demonstration(body: str) -> None:
    event = main_event(body)
    assert event.codes.acled_sub_event_type == "Violent demonstration"
    assert event.acled is not None and event.acled.actor1 is not None
    assert event.acled.actor1.startswith("Rioters")


def test_barricades_built_by_others_after_a_death_are_no_riot() -> None:
    from .articles import events_of

    events = events_of("Engineers built barricades after the death of a worker in the flood.")
    assert all(e.codes.acled_event_type != "Riots" for e in events)


# What a demonstration was free of, told as a negated pair: the second item is negated too.
@pytest.mark.parametrize(
    "body",
    [
        "Opposition supporters protested in Mombasa on Friday. There were no reports of violence or clashes with police.",
        "Hundreds of supporters marched in Lome on Saturday, with no incidents of looting or clashes reported.",
        "Students demonstrated in Dhaka on Sunday without arrests or clashes.",
    ],
)
def test_a_negated_pair_leaves_the_demonstration_peaceful(body: str) -> None:
    event = main_event(body)
    assert event.codes.acled_sub_event_type == "Peaceful protest"


def test_a_count_of_no_fewer_is_no_negation() -> None:
    event = main_event(
        "No fewer than 12 people were killed or wounded when gunmen attacked a village near Maiduguri on Monday."
    )
    assert event.codes.acled_sub_event_type == "Attack"
