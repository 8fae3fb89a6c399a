"""Ordinary news (sport, business, the crime desk, church, diplomacy) told with the words of
violence and politics is no event; the literal act beside it still is (twenty-sixth round,
spur46). The sentences are written for these tests."""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from tests.unit.extraction.events.articles import events_of


def _types(body: str) -> list[str]:
    return sorted(e.event_type for e in events_of(body))


@pytest.mark.parametrize(
    "body",
    [
        # sport and business
        "City beat the visitors twice this month before a goalless draw away from home.",
        "Going into the new season, Patel is the rider to beat.",
        "A streaming firm beat three rival bidders for the broadcast rights of the league.",
        "Both drivers were fighting for the lead at the racing circuit on Sunday.",
        "After the second goal the players went back into their shell for a while.",
        # figures of speech
        "The minister quickly shot down rumours of a cabinet reshuffle.",
        "The challenger took a shot at the governor's tax plan during a televised debate.",
        "Crews spent the night fighting a warehouse fire near the port.",
        "The new charity helps in fighting childhood cancer across the region.",
        "The senator fought for more funding for rural roads last year.",
        "Banks reported a surge in ransomware attacks on their networks last year.",
        "Lawmakers rejected the offensive and baseless comments of the ambassador.",
        "The retailer pulled a shirt after shoppers called the print racist or offensive.",
        "The road scheme was executed by military engineers last year.",
        "The advertisement is targeted to young voters in rural districts.",
        "Maria Shell, 41, was named the new head of the agency.",
    ],
)
def test_violence_words_in_another_sense_are_no_event(body: str) -> None:
    assert _types(body) == []


@pytest.mark.parametrize(
    ("body", "event_type"),
    [
        (
            "On Monday gunmen beat two traders to death in the market of Kano.",
            "attack_on_civilians",
        ),
        (
            "Fans beat a referee unconscious after the match in Lagos on Sunday.",
            "attack_on_civilians",
        ),
        (
            "Heavy fighting erupted near Goma between the army and rebels on Monday.",
            "armed_clash",
        ),
        ("Gunmen shot a farmer in the village of Kafr Nabl on Monday.", "attack_on_civilians"),
        ("Government forces shelled the town of Kafr Nabl on Monday.", "shelling"),
        (
            "Militants executed two soldiers in the village of Kafr Nabl on Monday.",
            "attack_on_civilians",
        ),
    ],
)
def test_the_literal_act_stays(body: str, event_type: str) -> None:
    assert event_type in _types(body)


@pytest.mark.parametrize(
    "body",
    [
        "A 34-year-old woman is in custody after threatening a shop clerk.",
        "Smith, 47, was arrested Friday outside a bowling alley.",
        "The teenager was remanded in custody on Monday pending trial.",
        "A hedge fund manager was arrested on fraud charges on Wednesday.",
        "Both men were arrested late on Friday and booked into the county jail.",
    ],
)
def test_an_arrest_of_the_crime_desk_is_no_event(body: str) -> None:
    assert _types(body) == []


@pytest.mark.parametrize(
    "body",
    [
        "Police arrested a 25-year-old activist in Nairobi on Monday.",
        "Police arrested three men in Homs on Monday.",
        "Police arrested two suspected militants over the murder of a chief in Mandera on Monday.",
    ],
)
def test_an_arrest_an_analyst_codes_stays(body: str) -> None:
    assert "arrest" in _types(body)


@pytest.mark.parametrize(
    "body",
    [
        "A research vessel arrived in the port of Perth on Monday.",
        "The new high-speed service to the capital arrived ten minutes late.",
        "The two sides did arrive at a compromise late on Tuesday.",
        "Neighbours held the burglar until police arrived.",
        "The clinic reopened after private donors funded a new wing.",
        "Each county receives state funds according to its population.",
        "A local bakery is sponsoring the charity concert this year.",
        "Burglars entered the studio overnight and stole two guitars and a laptop.",
        "The watchdog ordered the lender to raise its capital reserves.",
        "The foreign ministry expelled two diplomats on Monday over the spying row.",
        "Thousands of faithful attended the Easter vigil at the cathedral.",
        "Her commitment was demonstrated by years of volunteer work.",
    ],
)
def test_ordinary_arrivals_money_thefts_orders_and_rites_are_no_event(body: str) -> None:
    assert _types(body) == []


@pytest.mark.parametrize(
    ("body", "event_type"),
    [
        ("Army reinforcements arrived in the district of Dhubab on Monday.", "deployment"),
        ("Iran funded the militia with weapons and cash, the report said.", "funding"),
        ("Gunmen stole three vehicles from a farm in Kanam on Monday.", "property_seized"),
        (
            "The militants ordered all residents of the village to leave within three days.",
            "order_issued",
        ),
        ("Militants expelled 300 families from the village of Kafr Nabl on Monday.", "relocation"),
        (
            "Hundreds held a candlelight vigil for the victims of the attack in Nairobi on Monday.",
            "protest",
        ),
        (
            "Workers demonstrated outside the ministry in Nairobi on Monday demanding higher pay.",
            "protest",
        ),
    ],
)
def test_the_events_of_those_words_stay(body: str, event_type: str) -> None:
    assert event_type in _types(body)


@pytest.mark.parametrize(
    "body",
    [
        "The company's shares regained the 40-dollar level in late trading.",
        "Envoys met on Friday and worked to defuse the crisis between the two neighbours.",
        "Many migrants say they feel targeted by the new rules.",
        "Many migrants say they feel watched, even under attack, since the new rules.",
        "A tornado destroyed the barn and flattened several fences.",
        "The choir recruited ten new singers this spring.",
        "The ministry, dismissing reports that police had beaten a student, called the story false.",
        "If the governor asks us to deploy troops to the border, we will refuse, the mayor said.",
        "The priest baptized three adults during the vigil in the old church.",
        "Congress approved the sale of $2 billion of artillery to the government.",
        "The package is worth $5 billion and covers helicopters, frigates and missile defence batteries.",
    ],
)
def test_markets_moods_storms_denials_and_arms_sales_are_no_event(body: str) -> None:
    assert _types(body) == []


@pytest.mark.parametrize(
    ("body", "event_type"),
    [
        ("Government forces regained the town of Kafr Nabl on Monday.", "territory_regained"),
        ("Police defused a bomb planted near a market in Homs on Monday.", "weapons_disrupted"),
        ("The militia recruited 500 youths in the town of Albu Kamal on Monday.", "recruitment"),
        ("Rebels fired missiles at the town of Kafr Nabl on Monday, killing two.", "shelling"),
        ("Army artillery pounded the village of Kafr Nabl on Monday.", "shelling"),
    ],
)
def test_the_acts_of_those_words_stay(body: str, event_type: str) -> None:
    assert event_type in _types(body)


@pytest.mark.parametrize(
    ("body", "event_type"),
    [
        # the army's arrests, whoever is held (review46b)
        (
            "Soldiers detained eleven men aged 20 to 45 in the village of Konduga on Sunday.",
            "arrest",
        ),
        (
            "On Friday a shopkeeper, 52, was detained by soldiers at a checkpoint near Konduga.",
            "arrest",
        ),
        # the doers of violence beside a word of a market or a season
        (
            "Unknown assailants attacked customers in a bar of Kisumu late on Friday.",
            "attack_on_civilians",
        ),
        ("Herders fought farmers near Wukari at the start of the season on Monday.", "armed_clash"),
        # a vigil for the dead of an attack named after a feast
        (
            "Hundreds held a candlelight vigil in Negombo on Sunday for the dead of the Easter bombings.",
            "protest",
        ),
    ],
)
def test_arrests_and_acts_of_the_conflict_beside_ordinary_words_stay(
    body: str, event_type: str
) -> None:
    assert event_type in _types(body)


@pytest.mark.parametrize(
    ("body", "event_type"),
    [
        # "targeted to" with no public after it (review46b)
        (
            "On Monday two reporters were targeted to silence their paper in Kismayo, the union said.",
            "attack_on_civilians",
        ),
        # ground regained by troops
        (
            "Afghan troops regained ground in Kunduz on Monday after the Taliban withdrew.",
            "territory_regained",
        ),
        # "As" opening a clause is no "as offensive as"
        (
            "As offensive operations went on near Lashkar Gah on Monday, the army said.",
            "armed_clash",
        ),
    ],
)
def test_the_literal_senses_of_targeted_regained_and_offensive_stay(
    body: str, event_type: str
) -> None:
    assert event_type in _types(body)
