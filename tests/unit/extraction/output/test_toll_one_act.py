"""A lead's toll of acts in the plural, then one act's own smaller toll (output/tolls/roundups.py,
thirty-first round): the act's event carries the act's dead, not the day's sum. Near misses: a
kind among the dead ("five children"), a part told as one ("of them"), an act of another day, a
higher figure, one act told in the lead."""

from __future__ import annotations

import pytest

from tests.unit.extraction.events.articles import events_of, fatalities


def _tolls(body: str) -> list[tuple[str, str | None, int]]:
    return [(e.event_type, e.acled.location, fatalities(e)) for e in events_of(body)]


@pytest.mark.parametrize(
    ("body", "place", "deaths"),
    [
        # state agency: the day's rocket attacks on a city, then the park's shell
        (
            "Aleppo, SANA - Eleven civilians were killed and 40 others were injured in terrorist"
            " attacks with rocket shells on residential neighborhoods of Aleppo city on Friday."
            " A source at Aleppo Police Command told SANA that eight civilians were killed and"
            " 30 others injured in a rocket shell fired by terrorist groups on the public park.",
            "Aleppo",
            8,
        ),
        # regional outlet: the province's airstrikes, then the market's strike
        (
            "At least 39 people were killed in airstrikes by Syrian regime and Russian warplanes"
            " in Idlib province on Sunday. A regime warplane struck a marketplace in the town of"
            " Maarat al-Numan, a civil defense official told Anadolu Agency. At least 36 people"
            " were killed in the attack, he said.",
            "Maarrat an Numan",
            36,
        ),
        # Kenyan daily: the day's attacks, then the raid on one village
        (
            "Bandits killed nine people in attacks in Baringo County on Saturday. Police said"
            " six herders were killed in the raid on Kapedo village, where the attackers drove"
            " away hundreds of goats.",
            "Kapedo",
            6,
        ),
    ],
)
def test_the_act_keeps_its_own_toll_not_the_days_sum(body: str, place: str, deaths: int) -> None:
    tolls = _tolls(body)
    assert any(location == place and dead == deaths for _, location, dead in tolls), tolls
    # the day's sum is no event's toll beside the act's
    assert all(dead <= deaths for _, _, dead in tolls), tolls


@pytest.mark.parametrize(
    ("body", "deaths"),
    [
        # a kind among the dead: the sum stays
        (
            "Air strikes killed 20 civilians in the town of Saraqib on Friday, rescuers said."
            " Five children were killed in the attack on a school.",
            20,
        ),
        # a part told as one: "of them"
        (
            "Twelve militants were killed in security operations in the Mir Ali area of North"
            " Waziristan on Sunday, the ISPR said. Seven of them were killed in an exchange of"
            " fire with troops.",
            12,
        ),
        # an act of another day told after the sum: not a part of it
        (
            "Air strikes killed 15 militants in Idlib province on Sunday, the Syrian Observatory"
            " for Human Rights said. On Wednesday a drone strike near Raqqa killed a commander"
            " of the group.",
            15,
        ),
        # a higher figure from another source: the first told stays
        (
            "Air raids killed 12 people in the town of Douma on Monday, rescuers said. The"
            " Observatory said the attack killed 14.",
            12,
        ),
        # one act told in the lead: no sum to break down
        (
            "A rocket attack killed 12 civilians in the town of Saraqib on Friday. Four women"
            " were killed in the market, rescuers said.",
            12,
        ),
    ],
)
def test_the_first_toll_stays_without_one_act_broken_out(body: str, deaths: int) -> None:
    events = events_of(body)
    assert events
    assert fatalities(events[0]) == deaths


@pytest.mark.parametrize(
    ("body", "deaths"),
    [
        # state outlet: a commander killed, then the commander and his men counted together
        (
            "Syrian army troops killed a notorious al-Nusra emir in northern Homs on Monday."
            " Mahmoud Abdulkarim Brouq and at least 10 members of the Takfiri group were killed"
            " in the army's attacks between the villages of al-Qajar and al-Zara.",
            11,
        ),
        # near miss, wire: dead told as added ("also") are others, not the one counted again
        (
            "A soldier was killed in an ambush near Kismayo on Monday, officials said. A civilian"
            " and two militants were also killed in the fighting.",
            4,
        ),
    ],
)
def test_one_dead_then_counted_with_others(body: str, deaths: int) -> None:
    events = events_of(body)
    assert events
    assert fatalities(events[0]) == deaths
