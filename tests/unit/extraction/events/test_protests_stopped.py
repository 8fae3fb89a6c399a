"""A demonstration the forces stop, bar or turn back is a protest with intervention (issue 11,
thirty-fourth round): ACLED's codebook calls a peaceful protest that authorities try to
disperse or suppress without serious harm a protest with intervention, and a violent
demonstration one whose demonstrators themselves use violence or destruction. The near misses
stay as they were: forces only present, a grievance against the police, effigies burnt, a ban
with no demonstration met, a road blocked by the crowd, demonstrators turned violent."""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from tests.unit.extraction.events.articles import events_of, main_event


@pytest.mark.parametrize(
    "body",
    [
        # Kenyan dailies
        "Police in Yatta on Monday stopped a demonstration by residents of Matuu town against the area MP.",
        "MACHAKOS, Kenya - Teachers held a demonstration in Machakos town on Monday against the education officer. The protesters tried to march to his office but were turned away by police.",
        "Anti-riot police on Tuesday stopped a demonstration by university lecturers in Nairobi demanding a pay rise.",
        # Nigerian copy: security agents, a march barred
        "ABUJA (AFP) - Security operatives on Monday stopped a protest by pensioners in Abuja demanding their unpaid pensions.",
        "Police in Lagos stopped a protest by market women against the demolition of the Oshodi market on Tuesday.",
        # Indian and Bangladeshi reports
        "KOLKATA (PTI) - Police on Monday stopped a procession of Left Front workers in Kolkata protesting the fuel price hike.",
        "DHAKA - Police prevented BNP activists from bringing out a procession in Dhaka on Sunday demanding the release of their leader.",
        "Law enforcers pushed back the marchers of the student alliance near the Press Club in Dhaka on Wednesday, when they tried to proceed towards the secretariat.",
        # Iraqi (Rudaw, al-Arabiya styles)
        "BAGHDAD (Rudaw) - Iraqi security forces turned back protesters trying to reach the Green Zone in Baghdad on Friday, witnesses said.",
        # comma-less copy of the wire wording
        "BAGHDAD (Rudaw) - Iraqi security forces turned back protesters trying to reach the Green Zone in Baghdad on Friday witnesses said",
        "Police in Lagos stopped a protest by market women against the demolition of the Oshodi market on Tuesday",
    ],
)
def test_a_demonstration_stopped_by_the_forces(body: str) -> None:
    assert main_event(body).codes.acled_sub_event_type == "Protest with intervention"


@pytest.mark.parametrize(
    ("body", "sub_event_type"),
    [
        # a march held short of its goal goes on: peaceful, as monitors code it
        (
            "ABUJA (AFP) - Security operatives on Monday barred the marchers from entering the National Assembly in Abuja, where they were protesting unpaid pensions.",
            "Peaceful protest",
        ),
        (
            "DHAKA - Members of a left alliance staged a protest rally in Dhaka on Sunday demanding fair polls. Police stopped the procession from reaching the Election Commission.",
            "Peaceful protest",
        ),
        (
            "Members of Jubo Dal staged a protest rally in Faridpur town on Thursday against the arrest of their leader. Police stopped the rally but the protest continued.",
            "Peaceful protest",
        ),
        # a crowd stopping traffic in protest: the crowd's own act, no intervention
        (
            "Tens of locals stopped traffic on the highway in protest in Kisii on Monday, angry over the closure of the market.",
            "Peaceful protest",
        ),
        # forces deployed but doing nothing: still peaceful
        (
            "NAIROBI, Kenya (Reuters) - Hundreds of opposition supporters marched through Kisumu on Tuesday protesting the election results. Police were deployed in the town but did not intervene.",
            "Peaceful protest",
        ),
        # a protest against police brutality is the grievance, no intervention
        (
            "Residents of Kayole held a demonstration on Monday against police brutality after a youth was shot dead last week.",
            "Peaceful protest",
        ),
        # effigies burnt: symbolic, no destruction of others' property (a peaceful protest)
        (
            "Hundreds of opposition supporters burned effigies of the governor in Kakamega on Tuesday, protesting the county budget.",
            "Peaceful protest",
        ),
        (
            "DHAKA - Activists of a left alliance burnt an effigy of the commerce minister in front of the Press Club in Dhaka on Friday, protesting the rise of rice prices.",
            "Peaceful protest",
        ),
        # a road blocked by the crowd alone stays peaceful; with burning tyres it is violent
        (
            "Hundreds of residents of Kibera blocked the road on Monday, protesting the demolition of their homes.",
            "Peaceful protest",
        ),
        (
            "Boda boda riders blocked the Kisumu-Busia road with burning tyres on Monday, protesting the death of a colleague in a crash.",
            "Violent demonstration",
        ),
        # the demonstrators' own violence decides, whatever the police did
        (
            "Students of Moi University stoned motorists on the Eldoret-Kitale road on Tuesday while protesting fee increases. Police fired tear gas to disperse them.",
            "Violent demonstration",
        ),
        # dispersed with tear gas, no violence of theirs: intervention
        (
            "Police fired tear gas to disperse traders protesting new market fees in Nakuru on Monday.",
            "Protest with intervention",
        ),
    ],
)
def test_near_misses_keep_their_type(body: str, sub_event_type: str) -> None:
    assert main_event(body).codes.acled_sub_event_type == sub_event_type


def test_a_ban_meets_no_demonstration() -> None:
    # a government's ban, no demonstration held nor stopped: no intervention event
    events = events_of(
        "ABUJA (Reuters) - The government barred all protests in Abuja ahead of the vote on Monday, a spokesman said."
    )
    assert all(e.codes.acled_sub_event_type != "Protest with intervention" for e in events)


def test_a_man_stopped_by_guards_is_no_demonstration() -> None:
    # a passive "stopped by" with no demonstration before it: the mob's violence stays
    event = main_event(
        "A mob chopped off the hand of a man who had been stopped by farm guards for alleged theft in Meru on Monday."
    )
    assert event.codes.acled_sub_event_type == "Mob violence"


def test_a_crowd_stopping_traffic_is_their_protest() -> None:
    # the crowd stops the road, not the forces a demonstration
    event = main_event(
        "Angry traders in Kisii stopped traffic on the main road for two hours on Monday, protesting the closure of the market."
    )
    assert event.codes.acled_sub_event_type == "Peaceful protest"


@pytest.mark.parametrize(
    ("body", "sub_event_type"),
    [
        # the harm placed at the demonstration by the phrase opening its sentence: excessive force
        (
            "IDPs protested in Nakuru on Monday over the lack of health care services. During one protest, two people were shot and injured by police.",
            "Excessive force against protesters",
        ),
        (
            "BAGHDAD (AFP) - Thousands of Iraqis rallied in Nasiriyah on Friday against corruption. At the rally, security forces shot dead two protesters, medics said.",
            "Excessive force against protesters",
        ),
        # "in protest" is the doers' aim, not a demonstration they hit
        (
            "In protest against the killing of a trader, youths attacked two shopkeepers in Kisumu on Monday.",
            "Violent demonstration",
        ),
        # a road barricaded by the dispersed crowd: ACLED's codebook counts barricades as violence
        (
            "Police officers in Kasarani lobbed teargas to disperse hundreds of boda boda riders who had barricaded the Thika Superhighway at Roysambu, protesting the death of a colleague.",
            "Violent demonstration",
        ),
        (
            "Police lobbed teargas to disperse hundreds of traders who had barricaded the main road in Kisii town protesting new market fees",
            "Violent demonstration",
        ),
        # barricaded themselves inside: a sit-in dispersed, no road barricaded
        (
            "Police fired tear gas to disperse students who had barricaded themselves inside the hall at Maseno University, protesting the suspension of their leaders.",
            "Protest with intervention",
        ),
    ],
)
def test_harm_at_a_demonstration_and_barricades(body: str, sub_event_type: str) -> None:
    assert main_event(body).codes.acled_sub_event_type == sub_event_type
