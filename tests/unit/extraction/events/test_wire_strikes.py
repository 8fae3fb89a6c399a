"""Air strikes, shelling and clashes as the agencies tell them from Syria, Iraq, Yemen and Libya
(thirty-seventh round, wire57): every sentence here is one article, and its events are asserted
by type, actor1 and place (ACLED's location). The first list failed at the round's start (a
wording no trigger read, or read as another type); the second already worked and must go on
working; the third is the same words in background, denial, plans, history, labour disputes and
other senses, which must make no new event of the day."""

from __future__ import annotations

import pytest

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_on_a_tuesday

_RUSSIA = "Military Forces of Russia (2000-)"
_SYRIA = "Military Forces of Syria (2000-2024)"
_SAUDI = "Military Forces of Saudi Arabia"
_TURKEY = "Military Forces of Turkey (2002-)"
_COALITION = "International Coalition Forces"

Told = list[tuple[str, str | None, str | None]]


def _told(body: str) -> Told:
    return [(e.event_type, e.acled.actor1, e.acled.location) for e in events_on_a_tuesday(body)]


# Wordings the round's start read as no event or as another type.
_FIXED: list[tuple[str, Told]] = [
    # verbs of fire told "from the air"
    (
        "The town of Maarat al-Numan in Idlib province was pounded from the air on Monday, a "
        "war monitor said.",
        [("airstrike", None, "Maarrat an Numan")],
    ),
    (
        "Residents of Douma said they had been bombarded from the air on Monday.",
        [("airstrike", None, "Duma")],
    ),
    # the passive, the aircraft in its "by" phrase
    (
        "Two Al-Nusra targets near Idlib were also hit by the jets on Monday, the ministry said.",
        [("airstrike", None, "Idlib")],
    ),
    (
        "The Observatory said the village of Hass in Idlib province was pounded by regime "
        "aircraft on Monday.",
        [("airstrike", _SYRIA, "Hass")],
    ),
    (
        '"We were bombed all night by the planes," said a resident of Douma in Eastern Ghouta '
        "on Monday.",
        [("airstrike", None, "Duma")],
    ),
    # bare strikes: owned and told with their target or harm, unowned hitting a place
    (
        "The Observatory said strikes hit the town of Khan Shaykhun in Idlib province on "
        "Monday, killing seven people.",
        [("airstrike", None, "Khan Shaykhun")],
    ),
    (
        "Strikes hit the town of Saraqib in Idlib province on Monday, killing nine people, the "
        "Observatory said.",
        [("airstrike", None, "Saraqib")],
    ),
    (
        "Among the dead were six children killed when a strike hit their home in the town of "
        "Saraqib in Idlib province on Monday, the Observatory said.",
        [("airstrike", None, "Saraqib")],
    ),
    (
        "Russian strikes on the town of Kafr Nabl in Idlib province killed seven civilians on "
        "Monday, the monitor said.",
        [("airstrike", _RUSSIA, "Kafranbel")],
    ),
    (
        "Russian strikes killed seven civilians in the town of Kafr Nabl in Idlib province on "
        "Monday, the monitor said.",
        [("airstrike", _RUSSIA, "Kafranbel")],
    ),
    (
        "Russian and Syrian strikes pounded the town of Saraqib in Idlib province on Monday, the "
        "Observatory said.",
        [("airstrike", _SYRIA, "Saraqib")],
    ),
    (
        "Yemeni officials said 12 people were killed in a strike by the Saudi-led coalition on a "
        "house in the town of Zabid in Hodeidah province on Monday.",
        [("airstrike", _SAUDI, "Zabid")],
    ),
    # the coalition's statements: how many strikes, near where
    (
        "The U.S.-led coalition said it carried out 14 strikes near Raqqa in Syria on Monday.",
        [("airstrike", _COALITION, "Ar Raqqah")],
    ),
    (
        "Coalition aircraft conducted 11 strikes near Mosul on Monday, destroying three Islamic "
        "State fighting positions.",
        [("airstrike", _COALITION, "Mosul")],
    ),
    # raids of a coalition or of Russia
    (
        "A Saudi-led coalition raid on a Houthi checkpoint in Saada province killed seven "
        "fighters on Monday, residents said.",
        [("airstrike", _SAUDI, "Sa'dah")],
    ),
    (
        "The bodies of 11 civilians were pulled from the rubble after Russian raids on the town "
        "of Ariha in Idlib province on Monday, the White Helmets said.",
        [("airstrike", _RUSSIA, "Ariha")],
    ),
    # bombers with an owner; howitzers firing
    (
        "Russian bombers destroyed an ammunition depot of the militants near Palmyra on Monday, "
        "the Russian defence ministry said.",
        [("airstrike", _RUSSIA, None)],
    ),
    (
        "Turkish howitzers pounded PKK targets in northern Iraq on Monday, the Turkish military "
        "said.",
        [("shelling", _TURKEY, None)],
    ),
    # a state's side that bombed, whatever it bombed
    (
        "Russia bombed the town of Saraqib in Idlib province on Monday, killing six civilians, "
        "the Observatory said.",
        [("airstrike", _RUSSIA, "Saraqib")],
    ),
    (
        "Syrian government forces bombed the town of Saraqib in Idlib province on Monday, "
        "killing six civilians, the Observatory said.",
        [("airstrike", _SYRIA, "Saraqib")],
    ),
    (
        "The town of Saraqib in Idlib province was bombed by government forces on Monday, "
        "killing six civilians, the Observatory said.",
        [("airstrike", _SYRIA, "Saraqib")],
    ),
    (
        "The Saudi-led coalition bombed Houthi positions in Sanaa on Monday, residents said.",
        [("airstrike", _SAUDI, "Sanaa")],
    ),
    (
        "Pro-government forces bombed rebel-held areas near the town of Latamneh in Hama "
        "province on Monday, the Observatory said.",
        [("airstrike", _SYRIA, "Latamneh")],
    ),
]


@pytest.mark.parametrize(("body", "told"), _FIXED, ids=[b[:40] for b, _ in _FIXED])
def test_wire_wordings_of_strikes_and_shelling(body: str, told: Told) -> None:
    assert _told(body) == told


# Wordings that already worked at the round's start.
_KEPT: list[tuple[str, Told]] = [
    (
        "Russian air raids killed 12 civilians in the town of Saraqib in Idlib province on "
        "Monday, the Syrian Observatory for Human Rights said.",
        [("airstrike", _RUSSIA, "Saraqib")],
    ),
    (
        "Syrian government jets bombed the rebel-held town of Douma on Monday, killing at least "
        "nine people, residents said.",
        [("airstrike", _SYRIA, "Duma")],
    ),
    (
        "Saudi-led coalition air strikes hit a market in Yemen's Saada province on Monday, "
        "killing 20 people, residents and medics said.",
        [("airstrike", _SAUDI, "Sa'dah")],
    ),
    (
        "Eight civilians were killed in air strikes on the village of Kafr Nabl in Idlib on "
        "Monday, the monitor said.",
        [("airstrike", None, "Kafranbel")],
    ),
    (
        "Barrel bombs dropped by government helicopters killed five people in Aleppo's Tariq "
        "al-Bab district on Monday, rescuers said.",
        [("airstrike", _SYRIA, "Tariq al-Bab")],
    ),
    (
        "Helicopter gunships attacked Islamic State positions near the town of Tal Afar on "
        "Monday, the Iraqi military said.",
        [("airstrike", None, "Tall Afar")],
    ),
    (
        "Ariha in Idlib province was hit by Russian air strikes on Monday, residents said.",
        [("airstrike", _RUSSIA, "Ariha")],
    ),
    (
        "Ten people, among them four children, were killed when warplanes struck a market in "
        "the town of Ariha in Idlib province on Monday, the Observatory said.",
        [("airstrike", None, "Ariha")],
    ),
    (
        "Three people were killed as jets struck the town of Binnish in Idlib province on "
        "Monday, rescue workers said.",
        [("airstrike", None, "Binnish")],
    ),
    (
        "Residents fled the town of Sarmin after air strikes on Monday killed six people, the "
        "Observatory said.",
        [("airstrike", None, "Sarmin")],
    ),
    (
        "Air strikes by the Saudi-led coalition killed 11 civilians in the Yemeni capital Sanaa "
        "on Monday, residents said.",
        [("airstrike", _SAUDI, "Sanaa")],
    ),
    (
        "Iraqi aircraft bombed Islamic State hideouts in the Hamrin mountains on Monday, the "
        "military said.",
        [("airstrike", "Military Forces of Iraq (2022-)", "Hamrin Mountains")],
    ),
    (
        "Libyan National Army warplanes carried out air strikes on the town of Gharyan south of "
        "Tripoli on Monday, an LNA spokesman said.",
        [("airstrike", "Military Forces of Libya (2014-) Haftar Faction", "Gharyan")],
    ),
    (
        "Government aircraft carried out at least 20 raids on the town of Kafr Batna in Eastern "
        "Ghouta on Monday, the Observatory said.",
        [("airstrike", _SYRIA, "Kafr Batna")],
    ),
    (
        "Kurdish-led forces said coalition aircraft struck Islamic State fighters in the town of "
        "Hajin on Monday.",
        [("airstrike", _COALITION, "Hajin")],
    ),
    (
        "Israeli warplanes hit targets near Damascus airport on Monday, Syrian state media said.",
        [("airstrike", "Military Forces of Israel (2022-)", "Damascus")],
    ),
    (
        "The village of Kafr Nabl was bombed by government aircraft on Monday, killing four "
        "people, the Observatory said.",
        [("airstrike", _SYRIA, "Kafranbel")],
    ),
    (
        "The town of Saraqib came under heavy aerial bombardment on Monday, residents said.",
        [("airstrike", None, "Saraqib")],
    ),
    (
        "A U.S. drone strike killed three suspected al Qaeda militants in Yemen's Shabwa "
        "province on Monday, local officials said.",
        [("airstrike", "Military Forces of the United States (2021-2025)", "Shabwah")],
    ),
    (
        "Turkish drones struck positions of Haftar's forces near the town of Tarhuna on Monday, "
        "the Government of National Accord said.",
        [("airstrike", _TURKEY, "Tarhuna")],
    ),
    (
        "An air strike by the Libyan National Army hit a migrant detention centre in the Tripoli "
        "suburb of Tajoura on Monday, killing 40 people, officials said.",
        [("airstrike", "Military Forces of Libya (2014-) Haftar Faction", "Tajura'")],
    ),
    (
        "The town of Douma in Eastern Ghouta was bombarded by regime warplanes on Monday, "
        "killing 14 civilians, the Observatory said.",
        [("airstrike", _SYRIA, "Duma")],
    ),
    (
        "As jets struck the town of Maarat al-Numan in Idlib province on Monday, thousands fled "
        "north, the United Nations said.",
        [("airstrike", None, "Maarrat an Numan")],
    ),
    (
        "The regime's air force bombed the town of Saraqib in Idlib province on Monday, the "
        "Observatory said.",
        [("airstrike", _SYRIA, "Saraqib")],
    ),
    (
        "The army bombed militant hideouts in the Hamrin mountains on Monday, the Iraqi "
        "military said.",
        [("airstrike", "Military Forces of Iraq (2022-)", "Hamrin Mountains")],
    ),
    # shelling and clashes in the same voices
    (
        "Government forces shelled the rebel-held district of Jobar in Damascus on Monday, "
        "killing four people, the Observatory said.",
        [("shelling", _SYRIA, "Jobar")],
    ),
    (
        "Five civilians were killed by rebel shelling in government-held western Aleppo on "
        "Monday, state media said.",
        [("shelling", "Opposition Rebels (Syria)", "Aleppo")],
    ),
    (
        "Houthi fighters fired artillery shells at the Saudi border town of Najran on Monday, "
        "killing two people, the coalition said.",
        [("shelling", "Houthis", "Najran")],
    ),
    (
        "Islamic State militants shelled Iraqi army positions near the town of Baiji on Monday, "
        "killing three soldiers, police said.",
        [("shelling", "Islamic State (Iraq)", "Bayji")],
    ),
    (
        "Heavy clashes broke out between Houthi fighters and government troops in the Yemeni "
        "city of Taiz on Monday, residents said.",
        [("armed_clash", "Houthis", "Taiz")],
    ),
    (
        "Kurdish-led forces said they were battling Islamic State militants in the town of "
        "Hajin in Deir al-Zor province on Monday.",
        [("armed_clash", "SDF: Syrian Democratic Forces", "Hajin")],
    ),
    (
        "Libyan forces allied to the Tripoli government clashed with Haftar's fighters south of "
        "the capital Tripoli on Monday, killing six, a spokesman said.",
        [
            (
                "armed_clash",
                "Military Forces of Libya (2016-) Government of National Accord",
                "Tripoli",
            )
        ],
    ),
    (
        "The Observatory said at least 20 fighters were killed in clashes between government "
        "forces and rebels near the town of Latamneh in Hama province on Monday.",
        [("armed_clash", _SYRIA, "Latamneh")],
    ),
]


@pytest.mark.parametrize(("body", "told"), _KEPT, ids=[b[:40] for b, _ in _KEPT])
def test_wire_wordings_that_worked_keep_working(body: str, told: Told) -> None:
    assert _told(body) == told


_LEAD = "Gunmen killed four farmers near the town of Tikrit on Monday, a local official said."


def _after_the_lead(sentence: str) -> list[EventMessage]:
    """The events of an article whose lead is another act, other than the lead's own."""
    events = events_on_a_tuesday(f"{_LEAD} {sentence}")
    return [e for e in events if e.evidence.start > len(_LEAD)]


@pytest.mark.parametrize(
    "sentence",
    [
        # denied, planned, history, a tally over time
        "The Saudi-led coalition denied it had bombed a hospital in Saada province, a spokesman "
        "said on Monday.",
        "The coalition said on Monday it would carry out more strikes near Raqqa in the coming "
        "days.",
        "Residents said they feared the town would be bombed from the air if the talks failed.",
        "The regime bombed Douma for weeks in 2018 before retaking it, residents recalled on "
        "Monday.",
        "Government forces pounded Aleppo for months in 2016 before retaking the city.",
        "The U.S.-led coalition has conducted strikes in Syria since September 2014.",
        "U.S. forces have conducted strikes in Somalia for years, the Pentagon said on Monday.",
        "The government bombing campaign has killed thousands of civilians since 2011, the "
        "monitor said on Monday.",
        "The U.N. warned on Monday that coalition raids on the port of Hodeidah could cut off "
        "aid to millions of people.",
    ],
)
def test_the_same_words_in_background_denial_and_plans_are_no_news(sentence: str) -> None:
    assert _after_the_lead(sentence) == []


@pytest.mark.parametrize(
    "body",
    [
        # labour strikes, weather, crowds, the box office
        "Workers' strikes hit the port of Basra on Monday, halting oil exports, officials said.",
        "Strikes by teachers hit schools in the city of Sulaimaniya on Monday.",
        "Storms pounded the coast of Libya on Monday, flooding the town of Derna.",
        "Heavy rain pounded the city of Aden on Monday, residents said.",
        "The film bombed at the box office, the studio said on Monday.",
        # aircraft and guns not firing
        "Russian bombers flew over the Baltic Sea on Monday, NATO said.",
        "Howitzers and tanks were moved to the border on Monday, Turkish media said.",
        "Turkey bought 24 howitzers from South Korea on Monday, the defence ministry said.",
        "The coalition's war planes were grounded by the storm on Monday, officials said.",
    ],
)
def test_other_senses_of_the_words_are_no_event(body: str) -> None:
    assert _told(body) == []


@pytest.mark.parametrize(
    ("body", "event_type"),
    [
        # a non-state side bombs with a device, not from the air
        (
            "Militants bombed a church in the city of Alexandria on Monday, killing 20 people, "
            "officials said.",
            "attack_on_civilians",
        ),
        (
            "Islamic State militants bombed a Shi'ite mosque in the city of Kirkuk on Monday, "
            "killing 12 people, police said.",
            "attack_on_civilians",
        ),
        # a petrol bomb is a crowd's weapon, whoever the state words near it
        (
            "The home of a government adviser in Kisumu was petrol bombed by a mob on Monday, "
            "police said.",
            "mob_violence",
        ),
        # suicide and car bombers are no aircraft
        (
            "Suicide bombers attacked a market in Baghdad on Monday, killing 30 people, police "
            "said.",
            "suicide_bombing",
        ),
        (
            "Car bombers struck a checkpoint near Baghdad on Monday, killing five soldiers, "
            "police said.",
            "armed_clash",
        ),
        # the military compounds of a strike report are no fight
        (
            "The army destroyed three infantry fighting vehicles of the militants near Mosul on "
            "Monday.",
            "property_destroyed",
        ),
    ],
)
def test_bombers_that_are_no_air_power_keep_their_type(body: str, event_type: str) -> None:
    assert [t for t, _, _ in _told(body)] == [event_type]


def test_the_free_syrian_army_bombing_a_checkpoint_is_no_air_strike() -> None:
    body = (
        "The Free Syrian Army bombed a government checkpoint near Daraa on Monday, a "
        "spokesman said."
    )
    assert "airstrike" not in [t for t, _, _ in _told(body)]


# Wordings now read as air strikes whose owner the actors stage does not yet name: "the regime"
# and "the coalition" alone are no actor (a coalition's name depends on the war).
@pytest.mark.xfail(strict=True, reason="'the regime' / 'the coalition' alone name no actor")
@pytest.mark.parametrize(
    ("body", "told"),
    [
        (
            "The regime bombed the town of Saraqib in Idlib province on Monday, killing six "
            "civilians, the Observatory said.",
            [("airstrike", _SYRIA, "Saraqib")],
        ),
        (
            "The coalition bombed Houthi positions in Saada province on Monday, the Saudi state "
            "news agency said.",
            [("airstrike", _SAUDI, "Sa'dah")],
        ),
        (
            "Coalition raids on the Houthi-held capital Sanaa killed five civilians on Monday, "
            "residents said.",
            [("airstrike", _SAUDI, "Sanaa")],
        ),
    ],
)
def test_strikes_owned_by_the_regime_or_the_coalition_alone(body: str, told: Told) -> None:
    assert _told(body) == told
