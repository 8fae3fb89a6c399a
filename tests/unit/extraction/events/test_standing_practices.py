"""Non-violent acts told as a practice or a standing state are no news of the day (thirty-third
round, standing53): property seized from a class of people, a force that funds, recruits or
releases in the singular present, a count of standing things, a report of a practice, and
people described by an earlier flight. The same acts told as dated news stay published.
Texts written for these tests in Deir Ezzor 24, Enab Baladi, Observatory, Asharq al-Awsat,
SANA and wire styles; published Tuesday 20 February 2024 ("on Monday" is the day before)."""

from __future__ import annotations

import pytest

from newsevents.contracts import EventMessage
from newsevents.extraction.events.link.temporal.practices import told_as_a_practice
from tests.unit.extraction.events.articles import events_on_a_tuesday, told_in

MAYADIN_LEAD = (
    "Iran-backed militias arrested three young men at a checkpoint in the city of al-Mayadin "
    "in eastern Deir Ezzor on Monday, local sources told Deir Ezzor 24."
)
NAWA_LEAD = (
    "Regime forces shelled the town of Nawa in the western countryside of Daraa on Monday, "
    "killing a woman, Enab Baladi's correspondent reported."
)
QURIYAH_LEAD = (
    "The Syrian Observatory for Human Rights said gunmen shot dead a member of the Iranian "
    "militias near the town of al-Quriyah in Deir Ezzor countryside on Monday."
)
HOMS_LEAD = (
    "Syrian security forces detained a journalist in the city of Homs on Monday, his family said."
)
JASIM_LEAD = (
    "Gunmen killed a local official in the town of Jasim in Daraa province on Monday, Asharq "
    "al-Awsat learned from local sources."
)
QAMISHLI_LEAD = (
    "Turkish drones struck a vehicle near the town of Qamishli in northeastern Syria on Monday, "
    "killing two fighters of the Syrian Democratic Forces, a war monitor said."
)

EVACUEES_LEAD = (
    "A suicide car bomb attack on buses carrying evacuees killed 40 people near Aleppo on "
    "Monday, a monitor said."
)


def _types(events: list[EventMessage]) -> list[str]:
    return [e.event_type for e in events]


# (lead, its published type, its place, the standing sentence, the type read in it)
STANDING = [
    # Deir Ezzor 24: property of a class of people, in the perfect
    (
        MAYADIN_LEAD,
        "arrest",
        "Al Mayadin",
        "The militias have seized the homes of displaced families in al-Mayadin and turned "
        "some of them into headquarters.",
        "property_seized",
    ),
    (
        MAYADIN_LEAD,
        "arrest",
        "Al Mayadin",
        "The militias have confiscated properties of residents who left for areas held by the "
        "Syrian Democratic Forces.",
        "property_seized",
    ),
    # Asharq al-Awsat: a bare object of property
    (
        JASIM_LEAD,
        "attack_on_civilians",
        "Jasim",
        "Militias loyal to Iran have taken over farmland belonging to displaced residents of "
        "Jasim.",
        "property_seized",
    ),
    # Enab Baladi: the singular present of a force's practice
    (
        NAWA_LEAD,
        "shelling",
        "Nawa",
        "Iran funds and recruits young men in the Daraa countryside through the Fourth "
        "Division, according to local sources.",
        "recruitment",
    ),
    # wire: a government's practice
    (
        HOMS_LEAD,
        "arrest",
        "Homs",
        "The government releases detainees in periodic amnesties, but rights groups say "
        "thousands remain missing.",
        "release",
    ),
    # Observatory: a count of standing things
    (
        QURIYAH_LEAD,
        "armed_clash",
        "al-Quriyah",
        "There are about 30 recruiting centers run by the Iranian militias in the western "
        "countryside of Deir Ezzor, according to SOHR sources.",
        "recruitment",
    ),
    # wire: a report of a practice
    (
        QAMISHLI_LEAD,
        "airstrike",
        "Al Qamishli",
        "A report by the Syrian Network for Human Rights documented the arrest of 200 people "
        "returning to the province.",
        "arrest",
    ),
    # SANA: a perfect in a relative clause about a thing
    (
        "Army units shot down a drone launched by terrorists towards the town of Suqaylabiyah "
        "in Hama countryside on Monday, SANA reporter said.",
        "weapons_disrupted",
        "As Suqaylibiyah",
        "Families from the town cannot return to their homes, which the terrorist groups have "
        "seized.",
        "property_seized",
    ),
    # Asharq al-Awsat: a participle about an actor
    (
        JASIM_LEAD,
        "attack_on_civilians",
        "Jasim",
        "Local committees, funded by Iran, patrol the streets of Jasim at night.",
        "funding",
    ),
    # Enab Baladi: a count of the act's people that reached a figure
    (
        NAWA_LEAD,
        "shelling",
        "Nawa",
        "The number of recruits in the Fourth Division has reached about 2,000, according to "
        "the sources.",
        "recruitment",
    ),
    # wire: the singular present in a relative clause
    (
        NAWA_LEAD,
        "shelling",
        "Nawa",
        "Russia funds the Fifth Corps, which recruits fighters in the Daraa countryside.",
        "recruitment",
    ),
    # a monitor's perfect: a tally of a stretch
    (
        HOMS_LEAD,
        "arrest",
        "Homs",
        "The United Nations has documented the arrest of returnees in the province.",
        "arrest",
    ),
    # what a report says of a non-violent act
    (
        MAYADIN_LEAD,
        "arrest",
        "Al Mayadin",
        "The report said the militias had seized more than 500 houses in the city.",
        "property_seized",
    ),
    # AFP: a present passive of displacement (the lead's "bomb attack on" is no present verb)
    (
        EVACUEES_LEAD,
        "suicide_bombing",
        "Aleppo",
        "Activists say those who are displaced are mostly Sunni Muslims.",
        "relocation",
    ),
    # AFP: acts named as the bare means of a practice
    (
        EVACUEES_LEAD,
        "suicide_bombing",
        "Aleppo",
        "Rebels say they are being forced to leave through bombardment and siege.",
        "shelling",
    ),
    # Deir Ezzor 24: people described by an earlier flight
    (
        MAYADIN_LEAD,
        "arrest",
        "Al Mayadin",
        "The militias continue to seize houses of residents who fled al-Mayadin.",
        "relocation",
    ),
]


@pytest.mark.parametrize(("lead", "lead_type", "place", "standing", "kind"), STANDING)
def test_a_practice_after_the_lead_is_background(
    lead: str, lead_type: str, place: str, standing: str, kind: str
) -> None:
    body = f"{lead}\n\n{standing}"
    assert told_in(events_on_a_tuesday(body), standing) == []
    marked = told_in(events_on_a_tuesday(body, include_background=True), standing)
    assert kind in _types(marked)
    assert all(e.temporal_status == "background" for e in marked)
    # the lead's act stays the news, at its place
    news = told_in(events_on_a_tuesday(body), lead)
    assert _types(news) == [lead_type]
    assert news[0].locations[0].name == place


# Stories whose news is itself a practice (no violent act in the lead): the lead's act is
# published, the practices told after it are not.
SITUATIONS = [
    (
        "Iranian militias seize homes of displaced people in al-Mayadin\n\n"
        "Iran-backed militias have seized the homes of 15 families in the city of al-Mayadin in "
        "eastern Deir Ezzor, local sources told Deir Ezzor 24 on Monday.",
        "property_seized",
        "Al Mayadin",
        [
            "Iran funds and recruits young men in the area through local intermediaries, the "
            "sources said.",
            "There are about 30 recruiting centers run by the militias in the western "
            "countryside of Deir Ezzor.",
        ],
    ),
    (
        "Hezbollah recruits young men in Qusayr\n\n"
        "The Lebanese Hezbollah has recruited 40 young men from the city of al-Qusayr in Homs "
        "countryside over the past week, the Syrian Observatory for Human Rights said.",
        "recruitment",
        "Homs",
        [
            "Hezbollah funds the recruitment through a local office and pays each recruit $100 "
            "a month.",
            "A report by the Syrian Network for Human Rights documented the arrest of 200 people "
            "who refused to join.",
        ],
    ),
]


@pytest.mark.parametrize(("news", "kind", "place", "practices"), SITUATIONS)
def test_practices_in_a_story_about_a_situation(
    news: str, kind: str, place: str, practices: list[str]
) -> None:
    body = "\n\n".join([news, *practices])
    published = events_on_a_tuesday(body)
    assert _types(published) == [kind]
    assert published[0].locations[0].name == place
    for practice in practices:
        marked = told_in(events_on_a_tuesday(body, include_background=True), practice)
        assert marked and all(e.temporal_status == "background" for e in marked)


# The same acts told as dated news, after a lead or as the lead: published, with their type.
NEWS = [
    # Deir Ezzor 24: a seizure of counted houses on a day
    (
        "The Iranian militias seized three houses in the city of al-Mayadin on Monday, local "
        "sources told Deir Ezzor 24.",
        "property_seized",
        "Al Mayadin",
    ),
    # a dated act in the present perfect, with its number
    (
        "Security services have arrested 12 young men in the city of al-Mayadin today, Deir "
        "Ezzor 24 reported.",
        "arrest",
        "Al Mayadin",
    ),
    # SANA: a release on a day
    (
        "Syrian authorities released 20 detainees from Adra prison near Damascus on Monday, "
        "state news agency SANA reported.",
        "release",
        "Damascus",
    ),
    # the Observatory's count of the day
    (
        "The Syrian Observatory for Human Rights documented the death of two civilians in "
        "regime shelling on the town of Nawa in Daraa countryside on Monday.",
        "shelling",
        "Nawa",
    ),
    # an ACLED note: one act told as news, its object generic
    (
        "On 18 February 2024, Iran-backed militias seized the homes of displaced families in "
        "Al Mayadin town (Deir Ez Zor).",
        "property_seized",
        "Al Mayadin",
    ),
]


@pytest.mark.parametrize(("lead", "kind", "place"), NEWS)
def test_the_same_act_told_as_news_is_published(lead: str, kind: str, place: str) -> None:
    events = told_in(events_on_a_tuesday(lead), lead)
    assert _types(events) == [kind]
    assert events[0].temporal_status == "current"
    assert events[0].locations[0].name == place


@pytest.mark.parametrize(
    "news",
    [
        # counted, on a day, after the lead
        "The militias have seized three houses in al-Mayadin on Monday.",
        # a dated agreement
        "The two sides signed an agreement on Monday to end the fighting in al-Mayadin.",
        # a release counted on a day
        "The militia released 20 detainees from its prison in al-Mayadin on Monday.",
        # a fronted day, an act of another kind
        "On Monday, the Fourth Division also arrested five young men at a checkpoint near "
        "al-Mayadin.",
    ],
)
def test_a_dated_act_after_the_lead_stays_news(news: str) -> None:
    body = f"{MAYADIN_LEAD}\n\n{news}"
    published = told_in(events_on_a_tuesday(body), news)
    assert published and all(e.temporal_status == "current" for e in published)


@pytest.mark.parametrize(
    ("sentence", "trigger", "kind", "practice"),
    [
        ("Iran funds the militia in the town.", "funds", "funding", True),
        ("The regime releases detainees for bribes.", "releases", "release", True),
        # a demonym before a plural noun: no subject and its verb
        ("Russian patrols in the town were stepped up.", "patrols", "deployment", False),
        # a noun before the clause's own verb
        ("Government funds were used to pay the fighters.", "funds", "funding", False),
        ("Mass arrests continue in the town.", "arrests", "arrest", False),
        # a new thing: a caption's act of the day in the present
        ("The regiment occupies new facility in the town.", "occupies", "base_established", False),
        # a determiner, no subject: the noun retells the note's act
        ("The arrests took place in the town.", "arrests", "arrest", False),
        ("Several arrests took place that day.", "arrests", "arrest", False),
        # a participle about an actor, fronted or in commas
        ("Funded by Iran, the militia pays its fighters.", "Funded", "funding", True),
        ("Local committees, funded by Iran, patrol the town.", "funded", "funding", True),
        # a passive coordinated with another: the act itself, as an ACLED note tells it
        ("He was disarmed and arrested by other officers.", "arrested", "arrest", False),
        # a text told in the present: its present is the news
        ("Iran funds the militia in the town.", "funds", "funding", False),
        # a perfect with a counted or owned object
        (
            "The militias have seized the homes of two activists.",
            "seized",
            "property_seized",
            False,
        ),
        (
            "The militias have seized the homes of displaced people.",
            "seized",
            "property_seized",
            True,
        ),
        # a monitor's own count of the day is no report of a practice
        ("The Observatory documented the arrest of five men.", "arrest", "arrest", False),
        ("A UN report documented the arrest of five men.", "arrest", "arrest", True),
        # a monitor's perfect: a count of the day, a practice with no number
        ("SOHR has documented the death of 12 people.", "death", "shelling", False),
        ("SOHR has documented the arrest of 12 young men.", "arrest", "arrest", False),
        ("The UN has documented the arrest of returnees.", "arrest", "arrest", True),
        # a violent act in the perfect is left to the other readers
        ("The army has shelled the homes of displaced families.", "shelled", "shelling", False),
    ],
)
def test_practice_wordings(sentence: str, trigger: str, kind: str, practice: bool) -> None:
    in_present = sentence.startswith("Iran funds") and not practice
    at = sentence.index(trigger)
    assert told_as_a_practice(sentence, at, trigger, kind, in_present=in_present) is practice  # type: ignore[arg-type]
