"""ACLED's sides of organised crime (thirty-ninth round, sides59): a killing with the marks of
an execution (a victim bound, a body burned) or told of criminals is a gang's where ACLED codes
gangs; Brazil's coders name the police first in a shoot-out, whoever fired first, Mexico's and
Central America's the armed men."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.unit.extraction.events.articles import acled_of

IN_MAY_2020 = dt.datetime(2020, 5, 6, 12, tzinfo=dt.UTC)
MILITARY_POLICE = "Military Forces of Brazil (2019-2022) Military Police"
MEXICAN_POLICE = "Police Forces of Mexico (2018-2024)"


@pytest.mark.parametrize(
    ("body", "actor1"),
    [
        (
            "On 3 May 2020, in Culiacan, Sinaloa, the body of a man was found on a dirt road. "
            "His hands were tied and he had been shot. 1 fatality.",
            "Unidentified Gang (Mexico)",
        ),
        (
            "On 3 May 2020, in Puebla, Puebla, a woman was found dead in a vacant lot. Her body "
            "had been burned. 1 fatality.",
            "Unidentified Gang (Mexico)",
        ),
        (
            "On 3 May 2020, in Irapuato, Guanajuato, a man was shot dead by a group of armed "
            "criminals outside a shop. 1 fatality.",
            "Unidentified Gang (Mexico)",
        ),
        (
            "On 3 May 2020, in Toluca, Mexico, a man was found dead beside a road, handcuffed "
            "and blindfolded. 1 fatality.",
            "Unidentified Gang (Mexico)",
        ),
        (
            "On 3 May 2020, in Tonala, Jalisco, a man and a woman were found dead in a car, "
            "both shot in the back of the head. 2 fatalities.",
            "Unidentified Gang (Mexico)",
        ),
        (
            "On 3 May 2020, in Ecatepec, Mexico, the bodies of two men were found half burned "
            "on a dirt road. 2 fatalities.",
            "Unidentified Gang (Mexico)",
        ),
        (
            "On 3 May 2020, in Zapopan, Jalisco, human remains were found inside plastic bags "
            "beside a canal. Unknown fatalities coded as 3.",
            "Unidentified Gang (Mexico)",
        ),
        # no mark of crime: the killer stays unidentified
        (
            "On 3 May 2020, in Irapuato, Guanajuato, a man was shot dead outside a shop. 1 "
            "fatality.",
            "Unidentified Armed Group (Mexico)",
        ),
        # a bound victim where ACLED codes no gangs
        (
            "On 3 May 2020, in Kismayo, Lower Juba, gunmen shot dead a man whose hands were "
            "tied. 1 fatality.",
            "Unidentified Armed Group (Somalia)",
        ),
    ],
)
def test_marks_of_an_execution_name_a_gang_where_acled_codes_gangs(body: str, actor1: str) -> None:
    assert acled_of(body, "attack_on_civilians", IN_MAY_2020).actor1 == actor1


@pytest.mark.parametrize(
    ("body", "actor1", "actor2"),
    [
        # Brazil: the police first, attacked or not
        (
            "On 4 May 2020, in Duque de Caxias, Rio de Janeiro, Military Police officers went "
            "to the Vila Nova community after a tip about drug dealing. The officers were "
            "attacked by suspects and a shoot-out broke out. One suspect was killed.",
            MILITARY_POLICE,
            "Unidentified Gang and/or Police Militia",
        ),
        (
            "On 4 May 2020, in Recife, Pernambuco, three armed men exchanged fire with military "
            "police forces during a patrol in the Ibura neighborhood. No fatalities.",
            MILITARY_POLICE,
            "Unidentified Armed Group (Brazil)",
        ),
        # Mexico and Central America: the armed men first, attacking or not
        (
            "On 4 May 2020, in Celaya, Guanajuato, armed men attacked a police patrol with "
            "firearms. Two officers were injured.",
            "Unidentified Armed Group (Mexico)",
            MEXICAN_POLICE,
        ),
        (
            "On 4 May 2020, in Cadereyta Jimenez, Nuevo Leon, police officers clashed with two "
            "armed individuals who were arrested. No injuries were reported.",
            "Unidentified Armed Group (Mexico)",
            MEXICAN_POLICE,
        ),
        (
            "On 4 May 2020, in San Pedro Sula, Cortes, soldiers exchanged fire with gang "
            "members in the Rivera Hernandez neighborhood. One gang member was killed.",
            "Unidentified Gang (Honduras)",
            "Military Forces of Honduras",
        ),
    ],
)
def test_the_order_of_a_clash_is_the_countrys_coders(body: str, actor1: str, actor2: str) -> None:
    acled = acled_of(body, "armed_clash", IN_MAY_2020)
    assert (acled.actor1, acled.actor2) == (actor1, actor2)


@pytest.mark.parametrize(
    ("body", "event_type", "actor1"),
    [
        (
            "Property destruction: Unknown group torched houses in Keiyo.",
            "property_destroyed",
            "Unidentified Armed Group (Kenya)",
        ),
        (
            "On 30 April 2020, unidentified individuals burnt the stands of the stadium in "
            "Oyem town, Woleu-Ntem.",
            "property_destroyed",
            "Unidentified Armed Group (Gabon)",
        ),
        # a crowd's arson names the crowd
        (
            "Protesters set fire to a police station in Kisumu on Tuesday.",
            "riot",
            "Rioters (Kenya)",
        ),
    ],
)
def test_the_unnamed_arsonist_is_an_unidentified_armed_group(
    body: str, event_type: str, actor1: str
) -> None:
    assert acled_of(body, event_type, IN_MAY_2020).actor1 == actor1


@pytest.mark.parametrize(
    "body",
    [
        # a suspect handcuffed or bound by the police is an arrest's, not the victim's
        "On 3 May 2020, in Culiacan, Sinaloa, gunmen shot dead a shopkeeper outside his store. "
        "Police later arrested a suspect, who was handcuffed and taken to the prosecutor's "
        "office. 1 fatality.",
        "On 3 May 2020, in Culiacan, Sinaloa, gunmen shot dead a shopkeeper outside his store. "
        "Officers detained two men and tied their hands with cable ties. 1 fatality.",
        # a warrant, a plan or an order executed is no killing told as an execution
        "On 3 May 2020, in Culiacan, Sinaloa, gunmen shot dead a shopkeeper outside his store. "
        "Police later executed a search warrant at a nearby house. 1 fatality.",
        "On 3 May 2020, in Culiacan, Sinaloa, gunmen shot dead a shopkeeper outside his store, "
        "the second killing since the execution of the new security plan. 1 fatality.",
    ],
)
def test_a_suspect_bound_or_a_warrant_executed_is_no_mark_of_an_execution(body: str) -> None:
    actor1 = acled_of(body, "attack_on_civilians", IN_MAY_2020).actor1
    assert actor1 == "Unidentified Armed Group (Mexico)"
