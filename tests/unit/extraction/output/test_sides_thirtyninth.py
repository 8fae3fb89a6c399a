"""ACLED's sides of organised crime (thirty-ninth round, sides59): a killing with the marks of
an execution (a victim bound, a body burned) or told of criminals is a gang's where ACLED codes
gangs; Brazil's coders name the police first in a shoot-out, whoever fired first, Mexico's
the armed men."""

from __future__ import annotations

import pytest

from newsevents.contracts import AcledFields, ArticleMessage
from newsevents.evaluation.primary import primary_event
from newsevents.extraction.pipeline import extract_events

MILITARY_POLICE = "Military Forces of Brazil (2019-2022) Military Police"


def _acled(body: str) -> AcledFields:
    article = ArticleMessage(id="sides59", body=body, published_at="2020-05-06T12:00:00Z")
    event = primary_event(extract_events(article))
    assert event is not None, body
    return event.acled


@pytest.mark.parametrize(
    "body",
    [
        "On 3 May 2020, in Culiacan, Sinaloa, the body of a man was found on a dirt road. His "
        "hands were tied and he had been shot. 1 fatality.",
        "On 3 May 2020, in Puebla, Puebla, a woman was found dead in a vacant lot. Her body "
        "had been burned. 1 fatality.",
        "On 3 May 2020, in Irapuato, Guanajuato, a man was shot dead by a group of armed "
        "criminals outside a shop. 1 fatality.",
        "On 3 May 2020, in Toluca, Mexico, a man was found dead beside a road, handcuffed and "
        "blindfolded. 1 fatality.",
        "On 3 May 2020, in Tonala, Jalisco, a man and a woman were found dead in a car, both "
        "shot in the back of the head. 2 fatalities.",
        "On 3 May 2020, in Ecatepec, Mexico, the bodies of two men were found half burned on "
        "a dirt road. 2 fatalities.",
        "On 3 May 2020, in Zapopan, Jalisco, human remains were found inside plastic bags "
        "beside a canal. Unknown fatalities coded as 3.",
    ],
)
def test_marks_of_an_execution_in_mexico_are_a_gangs(body: str) -> None:
    assert _acled(body).actor1 == "Unidentified Gang (Mexico)"


def test_a_killing_with_no_mark_stays_unidentified() -> None:
    acled = _acled(
        "On 3 May 2020, in Irapuato, Guanajuato, a man was shot dead outside a shop. 1 fatality."
    )
    assert acled.actor1 == "Unidentified Armed Group (Mexico)"


def test_a_bound_victim_elsewhere_is_no_gangs() -> None:
    acled = _acled(
        "On 3 May 2020, in Kismayo, Lower Juba, gunmen shot dead a man whose hands were tied. "
        "1 fatality."
    )
    assert acled.actor1 is not None and not acled.actor1.startswith("Unidentified Gang")


def test_brazils_police_first_in_a_shootout_they_were_attacked_in() -> None:
    acled = _acled(
        "On 4 May 2020, in Duque de Caxias, Rio de Janeiro, Military Police officers went to "
        "the Vila Nova community after a tip about drug dealing. The officers were attacked by "
        "suspects and a shoot-out broke out. One suspect was killed."
    )
    assert acled.actor1 == MILITARY_POLICE
    assert acled.actor2 == "Unidentified Gang and/or Police Militia"


def test_brazils_police_first_when_armed_men_exchanged_fire_with_them() -> None:
    acled = _acled(
        "On 4 May 2020, in Recife, Pernambuco, three armed men exchanged fire with military "
        "police forces during a patrol in the Ibura neighborhood. No fatalities."
    )
    assert acled.actor1 == MILITARY_POLICE
    assert acled.actor2 == "Unidentified Armed Group (Brazil)"


def test_mexicos_attackers_of_a_patrol_stay_first() -> None:
    acled = _acled(
        "On 4 May 2020, in Celaya, Guanajuato, armed men attacked a police patrol with "
        "firearms. Two officers were injured."
    )
    assert acled.actor1 == "Unidentified Armed Group (Mexico)"
    assert acled.actor2 is not None and acled.actor2.startswith("Police Forces of Mexico")


def test_mexicos_armed_men_first_when_the_police_clashed_with_them() -> None:
    acled = _acled(
        "On 4 May 2020, in Cadereyta Jimenez, Nuevo Leon, police officers clashed with two "
        "armed individuals who were arrested. No injuries were reported."
    )
    assert acled.actor1 == "Unidentified Armed Group (Mexico)"
    assert acled.actor2 is not None and acled.actor2.startswith("Police Forces of Mexico")


def test_hondurass_gang_first_when_soldiers_exchanged_fire_with_it() -> None:
    acled = _acled(
        "On 4 May 2020, in San Pedro Sula, Cortes, soldiers exchanged fire with gang members "
        "in the Rivera Hernandez neighborhood. One gang member was killed."
    )
    assert acled.actor1 == "Unidentified Gang (Honduras)"
    assert acled.actor2 == "Military Forces of Honduras"
