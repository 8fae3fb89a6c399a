"""Acts told in the wordings of other outlets (twenty-eighth round, lexicon48, issues 10 and 11):
short sentences written in the styles of a rights monitor, an opposition statement, a regional
paper, a wire brief and a state agency, one expected ACLED sub-event type each (data/triggers.tsv);
and the idioms of ordinary news that use the same words and must not fire
(events/detect/refusals/gates/senses.py)."""

from __future__ import annotations

import pytest

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of


def _sub_types(events: list[EventMessage]) -> list[str | None]:
    return [e.codes.acled_sub_event_type if e.codes else None for e in events]


def _of(events: list[EventMessage], sub_type: str) -> list[EventMessage]:
    return [e for e, s in zip(events, _sub_types(events), strict=True) if s == sub_type]


_AIR = "Air/drone strike"
_SHELLING = "Shelling/artillery/missile attack"
_IED = "Remote explosive/landmine/IED"
_SUICIDE = "Suicide bomb"
_CLASH = "Armed clash"
_REGAINS = "Government regains territory"
_ATTACK = "Attack"
_ABDUCTION = "Abduction/forced disappearance"
_ARRESTS = "Arrests"
_LOOTING = "Looting/property destruction"
_EXCESSIVE = "Excessive force against protesters"
_DISRUPTED = "Disrupted weapons use"
_CHEMICAL = "Chemical weapon"


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # aircraft told by what they do and drop
        ("Russian jets pounded the village of Kafr Sajna in Idlib on Monday, monitors said.", _AIR),
        ("Regime aircraft dropped incendiary munitions on the town of Saraqeb on Saturday.", _AIR),
        ("Drones dropped explosives on an army base near Marib on Sunday.", _AIR),
        ("Warplanes struck the town of Binnish with cluster bombs on Sunday.", _AIR),
        ("Regime helicopters hammered the town of Latamenah in Hama on Friday.", _AIR),
        # the bomber and the thing rigged to blow up
        (
            "An attacker wearing an explosive belt detonated himself inside a mosque in Quetta.",
            _SUICIDE,
        ),
        (
            "An attacker blew himself up outside a mosque in Kabul on Friday, killing five.",
            _SUICIDE,
        ),
        (
            "The bomber detonated his explosive vest at a checkpoint in Mogadishu on Sunday.",
            _SUICIDE,
        ),
        ("A booby-trapped motorcycle exploded in the centre of al-Bab on Wednesday.", _IED),
        (
            "A car rigged with explosives went off outside a police station in Afrin on Sunday.",
            _IED,
        ),
        ("An explosive-laden truck hit the gate of a base in Mogadishu on Monday.", _IED),
        # the euphemisms of state agencies and military statements
        (
            "Army units eliminated a number of terrorists in the countryside of Hama on Monday.",
            _CLASH,
        ),
        ("Troops neutralised five bandits in Zamfara on Monday, the army said.", _CLASH),
        ("Several terrorists were eliminated by army units near Tal Tamr on Tuesday.", _CLASH),
        ("Government troops came under fire from Taliban fighters in Helmand on Saturday.", _CLASH),
        (
            "Army units restored security and stability to the town of Khan Shaykhun on"
            " Wednesday, the agency said.",
            _REGAINS,
        ),
        # a monitor's words for killing in custody
        ("A young man died under torture in the regime's detention centres in Damascus.", _ATTACK),
        (
            "Security forces liquidated three detainees inside the prison in Homs on Sunday.",
            _ATTACK,
        ),
        # people taken
        ("Militants snatched three fishermen off the coast of Lamu on Thursday.", _ABDUCTION),
        ("Turkish police took into custody 15 suspects in Istanbul on Wednesday.", _ARRESTS),
        ("Police took 15 suspects into custody in Mombasa on Wednesday.", _ARRESTS),
        # lethal means on a crowd, property razed and plundered
        (
            "Security forces used live ammunition against protesters in Basra on Tuesday,"
            " killing two.",
            _EXCESSIVE,
        ),
        ("Israeli bulldozers razed farmland in the village of Beit Ummar on Monday.", _LOOTING),
        ("Regime soldiers plundered homes in the town of Khan Shaykhun on Friday.", _LOOTING),
        ("Jihadists slaughtered five farmers in the village of Gwoza on Friday.", _ATTACK),
        ("Five villagers were slaughtered in Beni on Sunday, the army said.", _ATTACK),
        ("Boko Haram fighters carried off 30 girls from a school in Chibok on Monday.", _ABDUCTION),
        ("Armed men led away three aid workers near Dadaab on Tuesday.", _ABDUCTION),
        ("Militants took dozens of Assyrian Christians captive in Hasakah on Monday.", _ABDUCTION),
        ("Regime militias burnt the crops of farmers in the Hama countryside on Monday.", _LOOTING),
        ("Security forces foiled a bomb attack in Mombasa on Monday.", _DISRUPTED),
        ("A pilot was burned alive by Islamic State militants in Raqqa, a video showed.", _ATTACK),
        (
            "Regime helicopters dropped barrels loaded with toxic chlorine on the town of"
            " Talmenes on Monday.",
            _CHEMICAL,
        ),
        (
            "The Coalition condemned the Russian bombing of a hospital in the town of Maarat"
            " al-Numan on Monday.",
            _AIR,
        ),
        # wordings the lexicon already read, kept so that the classes stay whole
        ("Assad's helicopters dropped explosive barrels on Daraa on Friday.", _AIR),
        ("Terrorists targeted residential neighbourhoods in Aleppo with rocket shells.", _SHELLING),
        ("A car bomb ripped through a crowded market in Jarablus on Saturday.", _IED),
        (
            "Regime forces committed a massacre in the village of Tamanah in Idlib on Tuesday.",
            _ATTACK,
        ),
        ("Regime soldiers executed four young men in the field in Zamalka on Monday.", _ATTACK),
        ("Regime forces forcibly disappeared a young man from the town of Inkhil.", _ABDUCTION),
        (
            "Regime forces launched a raid and arrest campaign in the town of Dael on Tuesday,"
            " detaining 20 young men.",
            _ARRESTS,
        ),
        (
            "Security forces opened fire on demonstrators in the city of Daraa on Friday.",
            _EXCESSIVE,
        ),
    ],
)
def test_an_act_in_another_outlets_wording_is_read(text: str, sub_type: str) -> None:
    assert sub_type in _sub_types(events_of(text))


def test_the_army_eliminating_terrorists_names_both_sides() -> None:
    events = _of(
        events_of("Army units eliminated a number of terrorists in the countryside of Hama."),
        _CLASH,
    )
    assert len(events) == 1
    assert events[0].acled is not None
    assert "Syria" in (events[0].acled.actor1 or "")
    assert events[0].acled.actor2 != "Civilians (Syria)"


def test_jets_pounding_a_village_name_the_striker_and_the_place() -> None:
    events = _of(events_of("Russian jets pounded the town of Ariha in Idlib on Monday."), _AIR)
    assert len(events) == 1
    assert events[0].acled is not None and "Russia" in (events[0].acled.actor1 or "")
    assert events[0].locations and events[0].locations[0].name == "Ariha"


@pytest.mark.parametrize(
    "text",
    [
        "The club fired the coach on Monday after a run of defeats.",
        "The film bombed at the box office in Nairobi last weekend.",
        "He made a late-night raid on the fridge.",
        "Investors raided their savings to buy the shares on Monday.",
        "The minister stormed off the stage in Dhaka on Tuesday.",
        "The team stormed to victory in Kampala on Sunday.",
        "The singer stormed the charts with her new song.",
        "The visitors suffered a massacre at the hands of the champions, losing 6-0 in Nairobi.",
        "The team was massacred 7-1 in the final in Nairobi on Sunday.",
        "The debate blew up into a row over funding on Monday.",
        "He blew up at reporters after the meeting in Dhaka.",
        "The video blew up on social media after the concert in Nairobi.",
        "Fans shelled out thousands for tickets in Nairobi.",
        "The singer was targeted by trolls on social media.",
        "The minister came under fire from critics over the budget on Monday.",
        "The team was eliminated from the tournament in Nairobi on Sunday.",
        "A thief snatched her phone at a bus stop in Nairobi on Monday.",
        "Villagers slaughtered goats for the feast in Garissa on Monday.",
        # the passive of livestock, and a minister under fire where he speaks (review48b)
        "Hundreds of goats were slaughtered for the Eid feast in Kano on Monday.",
        "The cattle had been slaughtered at the abattoir in Garissa on Monday.",
        "The minister came under fire in parliament over the budget on Monday.",
        "The minister came under fire on social media in Nairobi on Monday.",
        "A wildfire burned dozens of homes in the county on Monday.",
        "He burned calories at the gym in Nairobi on Monday.",
    ],
)
def test_an_idiom_of_ordinary_news_is_no_event(text: str) -> None:
    assert events_of(text) == []
