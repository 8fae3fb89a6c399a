"""Deaths no one's hand caused, "killed" and "attack" told of things and words, and the police
of a protest's grievance (fortieth round, ordinary60). The sentences are written for these
tests; beside each class, the political violence told in the same words stays."""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from tests.unit.extraction.events.articles import events_of


def _sides(body: str) -> list[tuple[str, str | None, str | None, int]]:
    return [
        (e.event_type, e.acled.actor1, e.acled.actor2, e.acled.fatalities) for e in events_of(body)
    ]


@pytest.mark.parametrize(
    "body",
    [
        # nature
        "An earthquake struck the town of Bam on Monday, killing five people.",
        "A magnitude 6.1 quake killed at least 12 people in the mountain villages of Nepal on Tuesday.",
        "Floods killed 23 people in the northern province of Sindh this week, officials said.",
        "Heavy rains and floods have killed at least 40 people across Kerala since Friday.",
        "A landslide killed eight villagers in the district of Muranga on Wednesday.",
        "Eight people were killed in a landslide in the hills above Freetown on Monday.",
        "Lightning killed three herders grazing cattle near Mbale on Tuesday.",
        "Three pupils were killed by lightning at a school in Kasese district on Monday.",
        "A storm killed six people and destroyed hundreds of homes in Bangladesh on Sunday.",
        "Cyclone Idai has killed more than 200 people in Mozambique, the government said.",
        "Heavy snow and avalanches killed 15 people in the mountains of Afghanistan this week.",
        "A heatwave has killed more than 100 people in the province of Sindh.",
        "The volcano erupted on Sunday, killing at least 13 people on the island.",
        "A wildfire killed four firefighters in California on Tuesday.",
        "A dam burst in the district, killing 12 villagers and flooding their homes.",
        "The typhoon killed at least 20 people and left thousands homeless in the Philippines.",
        "Flash floods swept away a bus in Kitui, killing 10 passengers.",
        "Storms and flooding killed at least nine people in Rio de Janeiro, the mayor said.",
        # roads, rails, water and air
        "A bus crash killed 14 passengers on the highway near Nakuru on Sunday.",
        "Fourteen people were killed when a bus plunged into a ravine in Himachal Pradesh on Monday.",
        "A ferry capsized on the river near Mopti, killing 30 passengers.",
        "A plane crash killed all 157 people on board near Addis Ababa on Sunday.",
        "A train collided with a truck in Egypt on Friday, killing 32 people.",
        "Two trains collided near Karachi, killing at least 18 passengers, officials said.",
        "A tanker truck exploded on the highway near Lagos, killing nine motorists.",
        "A lorry rammed into a market in Kisumu on Monday, killing six traders in an accident.",
        "A road accident killed five members of one family near Mombasa on Sunday.",
        "Two motorcyclists were killed in a road accident near Eldoret on Monday.",
        "Police said the driver was killed instantly when his car hit a tree near Meru.",
        "Five children drowned when their boat capsized on Lake Victoria on Monday.",
        # buildings, fires, crowds, mines and gas
        "A five-storey building collapsed in Lagos on Wednesday, killing at least ten people.",
        "Seven workers were killed when a building under construction collapsed in Nairobi.",
        "A fire killed nine people at a market in Kano on Tuesday night.",
        "A fire in a garment factory near Dhaka killed 17 workers on Thursday.",
        "A stampede at a religious festival killed 24 pilgrims in Allahabad on Sunday.",
        "Eleven people were killed in a stampede at a football stadium in Yaounde.",
        "A mine collapse killed 21 miners in the gold mine at Geita on Tuesday.",
        "Three miners were killed when a tunnel collapsed at the mine on Monday.",
        "An explosion at a coal mine in Balochistan killed 11 miners on Monday.",
        "A gas explosion at a restaurant in Beijing killed four people on Saturday.",
        "A gas cylinder explosion at a hotel in Kampala killed two cooks on Monday.",
        "A boiler blast at a textile factory in Karachi killed six workers.",
        # disease and animals
        "A cholera outbreak has killed 45 people in the north-east of Nigeria, health officials said.",
        "Ebola has killed more than 1,000 people in eastern Congo since August.",
        "Snakebites killed four children in the district last month, health officials said.",
        "An elephant trampled a farmer to death in the village of Tsavo on Monday.",
        "A farmer was killed by an elephant near Tsavo National Park on Monday.",
        "A shark attack killed a surfer off the coast of Western Australia on Sunday.",
        "A crocodile attacked and killed a fisherman on the shores of Lake Baringo on Monday.",
        "A hippo killed a fisherman on Lake Naivasha on Tuesday, wildlife officials said.",
        "A leopard mauled a herder to death in the forest near Nanyuki on Tuesday.",
    ],
)
def test_deaths_no_one_caused_are_no_event(body: str) -> None:
    assert _sides(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "The bill was killed in parliament on Tuesday after a long debate.",
        "Lawmakers killed the proposal in committee on Wednesday.",
        "The measure was killed by the Senate on Thursday.",
        "The company killed off its loss-making phone unit last year.",
        "The company's new chief killed the loss-making project last year.",
        "The new tax is killing small businesses, traders said on Monday.",
        "Critics called the new law an attack on press freedom.",
        "The opposition attacked the government over rising food prices on Monday.",
        "The minister attacked critics of the plan in a speech in Nairobi on Monday.",
        "The opposition leader attacked the president's record in a speech in Kampala on Monday.",
        "The forward shot wide twice before half-time.",
        "Nobody was killed in the crash, officials said.",
    ],
)
def test_things_killed_and_attacks_of_words_are_no_event(body: str) -> None:
    assert _sides(body) == []


@pytest.mark.parametrize(
    ("body", "event_type", "actor1", "fatalities"),
    [
        (
            "A bomb killed five people at a market in Maiduguri on Monday.",
            "attack_on_civilians",
            "Unidentified Armed Group (Nigeria)",
            5,
        ),
        (
            "Gunmen attacked a bus near Mandera on Monday, killing 14 passengers.",
            "attack_on_civilians",
            "Unidentified Armed Group (Kenya)",
            14,
        ),
        (
            "Gunmen stormed a hotel in Mogadishu on Sunday, killing 15 people.",
            "attack_on_civilians",
            "Unidentified Armed Group (Somalia)",
            15,
        ),
        (
            "Two people were killed when a roadside bomb hit their car in Kandahar on Monday.",
            "explosive_attack",
            "Unidentified Armed Group (Afghanistan)",
            2,
        ),
        (
            "A bomb hidden in a gas cylinder exploded at a market in Maiduguri, killing seven.",
            "attack_on_civilians",
            "Unidentified Armed Group (Nigeria)",
            7,
        ),
        (
            "An explosion at a police checkpoint killed two officers in Mogadishu on Monday.",
            "explosive_attack",
            "Unidentified Armed Group (Somalia)",
            2,
        ),
        (
            "Militants set fire to a market in Borno on Monday, killing nine traders.",
            "attack_on_civilians",
            "Unidentified Armed Group (Nigeria)",
            9,
        ),
        (
            "Gunmen shot dead a driver after his bus crashed at a roadblock in Kaduna on Monday.",
            "attack_on_civilians",
            "Unidentified Armed Group (Nigeria)",
            1,
        ),
        (
            "Soldiers killed four civilians after their car crashed through a checkpoint in Gao.",
            "attack_on_civilians",
            "Military Forces of Mali (2021-)",
            4,
        ),
        (
            "A mob lynched a driver after his lorry killed a boy in Kisumu on Monday.",
            "mob_violence",
            "Rioters (Kenya)",
            1,
        ),
        (
            "A mob killed two suspected thieves in Kisii on Monday.",
            "mob_violence",
            "Rioters (Kenya)",
            2,
        ),
        (
            "A fire set by rioters killed five people in a shop in Kisumu on Monday.",
            "riot",
            "Rioters (Kenya)",
            5,
        ),
        (
            "Police fired on protesters in Nairobi on Monday, killing two.",
            "protest_repressed",
            "Police Forces of Kenya (2022-)",
            2,
        ),
        (
            "Fighting between two clans killed seven people in Wajir on Tuesday.",
            "armed_clash",
            "Unidentified Armed Group (Kenya)",
            7,
        ),
        (
            "Elephant poachers killed two rangers in Garamba National Park on Monday.",
            "armed_clash",
            "Unidentified Armed Group (International)",
            2,
        ),
    ],
)
def test_the_hand_beside_a_mishap_word_keeps_its_event(
    body: str, event_type: str, actor1: str, fatalities: int
) -> None:
    told = [(kind, first, dead) for kind, first, _, dead in _sides(body)]
    assert told == [(event_type, actor1, fatalities)]


def test_a_riot_after_a_crash_is_the_only_event() -> None:
    assert _sides(
        "Residents rioted in Thika on Monday after a bus crash killed a boy, burning two buses."
    ) == [("riot", "Rioters (Kenya)", None, 0)]


def test_youths_torching_a_station_after_an_accident_keep_their_act() -> None:
    assert _sides(
        "Youths torched a police station in Kisumu after a man was killed in an accident."
    ) == [("mob_violence", "Rioters (Kenya)", "Civilians (Kenya)", 0)]


@pytest.mark.parametrize(
    "body",
    [
        "Kenyans living in London protested outside the Kenyan High Commission on Saturday, demanding justice for protesters killed by police in Nairobi.",
        "Kenyans in London protested outside the embassy on Saturday against police killings in Nairobi.",
    ],
)
def test_the_police_a_crowd_abroad_protests_are_no_side(body: str) -> None:
    assert _sides(body) == [("protest", "Protesters (United Kingdom)", None, 0)]


def test_the_force_that_faced_the_crowd_after_its_grievance_stays() -> None:
    body = "Students protested against the new fees in Nairobi on Monday before police fired tear gas at them."
    assert _sides(body) == [
        ("protest_dispersed", "Protesters (Kenya)", "Police Forces of Kenya (2022-)", 0)
    ]


@pytest.mark.parametrize(
    ("body", "event_type"),
    [
        # "storm" after its doers is the verb, not the weather
        ("Gunmen storm a village in Lamu, killing three farmers", "attack_on_civilians"),
        ("Armed men storm a clinic in Garissa to kill a patient", "attack_on_civilians"),
        # a venue of words far after the act names no attack of words
        (
            "Four clerks attacked a teacher in his house in Kitui over posting on social media about the exam.",
            "attack_on_civilians",
        ),
        # war's words beside the mishap words (lead's blind check of ordinary60): shooting told
        # as fire, a crackdown that crushes, violence that erupts, an assault
        ("Two civilians were killed by the sniper fire in Douma on Monday.", "attack_on_civilians"),
        (
            "Four rebels were killed in the heavy fire exchanged with the army in Hama.",
            "armed_clash",
        ),
        ("Violence erupted in Kisumu after the vote, killing three.", "attack_on_civilians"),
        ("Troops moved to crush the protests in Sanaa, killing 12.", "attack_on_civilians"),
        # a cause's word inside a name ("the Hail brigade") is no cause; the attack the article
        # tells, condemned "in a statement", is no attack of words
        (
            "Gunmen of the Hail brigade killed two farmers near Hama on Monday.",
            "attack_on_civilians",
        ),
        ("The ministry condemned the attack in a statement on Monday.", "attack_on_civilians"),
        (
            "Rebels lost control of the town after an assault that killed 20 of their fighters.",
            "armed_clash",
        ),
    ],
)
def test_violence_told_beside_weather_or_speech_words_stays(body: str, event_type: str) -> None:
    assert event_type in [e.event_type for e in events_of(body)]


def test_a_party_named_freedom_is_no_freedom_attacked() -> None:
    body = "Unknown people carried out an attack on a National Freedom Party office in Kandy on Monday."
    assert events_of(body)


@pytest.mark.parametrize(
    ("body", "event_type", "actor1"),
    [
        # a fire someone set is no cause: its setter is read (review61)
        (
            "Four civilians were killed in the fire set by the militia in the village of Dibis on Monday.",
            "attack_on_civilians",
            "Unidentified Armed Group (Iraq)",
        ),
        (
            "Four civilians were killed in a blaze started by militiamen in the village of Dibis on Monday.",
            "attack_on_civilians",
            "Unidentified Armed Group (Iraq)",
        ),
        # an armoured vehicle of the forces is their hand, no road accident
        (
            "Three protesters were killed when an armoured vehicle rammed into the crowd in Khartoum on Monday.",
            "protest_repressed",
            "Protesters (Sudan)",
        ),
        # a strike of war told as a noun beside a collapse
        (
            "Six people were killed as the building collapsed after the strike in Idlib on Monday.",
            "attack_on_civilians",
            "Unidentified Armed Group (Syria)",
        ),
    ],
)
def test_war_told_beside_a_fire_or_a_collapse_keeps_the_death(
    body: str, event_type: str, actor1: str
) -> None:
    assert [(e.event_type, e.acled.actor1) for e in events_of(body)] == [(event_type, actor1)]


@pytest.mark.parametrize(
    "body",
    [
        "Four people were killed in a fire started by an electrical fault at a market in Kano on Tuesday.",
        "A fire caused by a short circuit killed nine people at a market in Kano on Tuesday night.",
        "Two people were killed by a lightning strike in Kasese on Monday.",
        "Floods caused by heavy rains killed 23 people in Sindh this week.",
    ],
)
def test_a_fire_of_a_fault_and_a_strike_of_lightning_are_no_event(body: str) -> None:
    assert _sides(body) == []


@pytest.mark.parametrize(
    "body",
    [
        # a freedom or a right that modifies a person is no attack of words (review61)
        "Unknown men attacked a human rights activist in Harare on Monday.",
        "Unidentified men attacked a women's rights activist outside her home in Harare on Monday.",
        # a press conference that is not where it was said
        "The journalist was attacked outside a press conference in Kampala on Monday.",
        "A journalist was attacked by unknown men after a news conference in Kampala on Monday.",
    ],
)
def test_attacks_on_people_beside_words_of_speech_stay(body: str) -> None:
    assert [e.event_type for e in events_of(body)] == ["attack_on_civilians"]


@pytest.mark.parametrize(
    "body",
    [
        "The opposition leader attacked the president at a news conference in Kampala on Monday.",
        "Critics called the new law an attack on press freedom in the country.",
    ],
)
def test_attacks_told_at_a_news_conference_or_on_a_freedom_stay_words(body: str) -> None:
    assert _sides(body) == []


@pytest.mark.parametrize(
    "body",
    [
        # a cause's word that describes the dead is no cause (review61)
        "Two Ebola health workers were killed in Butembo on Monday, officials said.",
        "Three Covid-19 vaccinators were killed in Peshawar on Monday.",
        "A tanker driver was killed in Zamfara on Monday.",
    ],
)
def test_the_dead_told_with_a_cause_word_stay(body: str) -> None:
    assert [e.event_type for e in events_of(body)] == ["attack_on_civilians"]


@pytest.mark.parametrize(
    "body",
    [
        "A fire killed workers at a garment factory in Dhaka on Thursday.",
        "The mine workers were killed when the tunnel collapsed on Monday.",
    ],
)
def test_a_cause_before_people_it_killed_is_still_a_cause(body: str) -> None:
    assert _sides(body) == []


@pytest.mark.parametrize(
    ("body", "event_type"),
    [
        # a mishap's verb told of a thing that is no body (review61)
        (
            "Ten people were killed in Tripoli on Monday after the truce collapsed.",
            "attack_on_civilians",
        ),
        (
            "Twenty people were killed as the country plunged into violence after the vote.",
            "attack_on_civilians",
        ),
        (
            "Five protesters were killed in Conakry on Monday after the court overturned the election result.",
            "protest_repressed",
        ),
        (
            "Three demonstrators were killed on Monday as the currency crashed and prices soared.",
            "protest_repressed",
        ),
    ],
)
def test_a_truce_collapsed_or_a_verdict_overturned_is_no_mishap(body: str, event_type: str) -> None:
    assert [e.event_type for e in events_of(body)] == [event_type]


@pytest.mark.parametrize(
    "body",
    [
        "Ten traders were killed when the market collapsed in Lagos on Monday.",
        "A bus overturned on the highway near Nakuru on Monday, killing 14 passengers.",
        "Fourteen people were killed when a bus plunged into the river in Himachal Pradesh on Monday.",
    ],
)
def test_bodies_that_collapse_overturn_and_plunge_are_still_mishaps(body: str) -> None:
    assert _sides(body) == []
