"""Sides of the twenty-first round: an armed side told hit is the side an attack hit
(``events/merge/parties/targets/forces_hit.py``), and the generic nouns of a state's men beyond
"police" and "soldiers" (``actors/unnamed/generic_names.py``)."""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import AcledFields
from tests.unit.extraction.events.articles import acled_of, events_published

_ON = dt.datetime(2022, 5, 10, 12, tzinfo=dt.UTC)


def _acled(body: str, event_type: str) -> AcledFields:
    return acled_of(body, event_type, _ON)


def _types(body: str) -> list[str]:
    return [e.event_type for e in events_published(body, _ON)]


def test_soldiers_killed_in_an_attack_on_a_village_were_fought() -> None:
    body = (
        "Unidentified gunmen attacked the village of Kofa in Borno on Tuesday. Two soldiers"
        " were killed in the attack."
    )
    assert _types(body) == ["armed_clash"]
    acled = _acled(body, "armed_clash")
    assert acled.actor1 == "Unidentified Armed Group (Nigeria)"
    assert acled.actor2 == "Military Forces of Nigeria (2015-2023)"


def test_a_force_attacked_in_a_retelling_is_the_side_hit() -> None:
    acled = _acled(
        "Terrorists attacked a patrol in Loroum province on Thursday. Members of the"
        " gendarmerie in Ouanobe were also attacked by the terrorists the same day.",
        "armed_clash",
    )
    assert acled.actor1 == "Unidentified Armed Group (Burkina Faso)"
    assert acled.actor2 == "Military Forces of Burkina Faso (2022-)"


def test_civilians_killed_beside_a_wounded_guard_keep_the_attack_on_civilians() -> None:
    body = (
        "A civilian was killed and a security personnel was wounded at a cattle camp in Tonj"
        " South County of Warrap State in an attack by armed men on Tuesday, an official said."
    )
    assert _types(body) == ["attack_on_civilians"]
    assert _acled(body, "attack_on_civilians").actor2 == "Civilians (South Sudan)"


def test_villagers_killed_in_an_attack_stay_civilians() -> None:
    body = "Gunmen killed three villagers in an attack on Kofa village in Borno on Tuesday."
    assert _types(body) == ["attack_on_civilians"]
    assert _acled(body, "attack_on_civilians").actor2 == "Civilians (Nigeria)"


def test_law_enforcement_officials_and_security_personnel_are_the_police() -> None:
    peru = _acled(
        # (thirtieth round: protesters who "tried to storm" it riot, ACLED's violent
        # demonstration; a crowd gathered at it is the peaceful one this test names the police of)
        "Law enforcement officials fired tear gas at protesters who had gathered at the airport"
        " in Juliaca, Peru, on Monday.",
        "protest_dispersed",
    )
    assert peru.actor1 == "Protesters (Peru)"
    assert peru.actor2 is not None and peru.actor2.startswith("Police Forces of Peru")
    kenya = _acled(
        # (thirty-fifth round: "stone-throwing protesters" dispersed are a violent
        # demonstration, its riot; the police are its second side all the same)
        "Security personnel fired tear gas to disperse stone-throwing protesters in Kisumu,"
        " Kenya, on Tuesday.",
        "riot",
    )
    assert kenya.actor2 == "Police Forces of Kenya (2013-2022)"


def test_gendarmes_attacked_are_the_military() -> None:
    acled = _acled(
        "Gendarmes were attacked by gunmen at a checkpoint near Kaya, Burkina Faso, on Sunday.",
        "armed_clash",
    )
    assert acled.actor1 == "Unidentified Armed Group (Burkina Faso)"
    assert acled.actor2 == "Military Forces of Burkina Faso (2022-)"


def test_a_soldier_named_in_one_phrase_with_his_army_is_hit_whole() -> None:
    # "an IDF soldier": two mentions of one side; the soldier is hit as the IDF is, so neither
    # is the agent of the stabbing an unnamed "terrorist" carried out.
    acled = _acled(
        "A terrorist stabbed an IDF soldier at the Hazayit checkpoint near Hebron on Friday.",
        "armed_clash",
    )
    assert acled.actor1 == "Unidentified Armed Group (Palestine)"
    assert acled.actor2 == "Military Forces of Israel (2021-2022)"


def test_a_private_employers_security_personnel_are_no_police() -> None:
    # (review41b) "security personnel" is the police unless a private employer's: guards of a
    # mall shot by gunmen are civilians, the attack one on civilians, not a clash with police.
    body = (
        "Gunmen attacked a shopping mall in Nairobi, Kenya, on Monday, killing two private"
        " security personnel, police said."
    )
    assert _types(body) == ["attack_on_civilians"]
    assert _acled(body, "attack_on_civilians").actor2 == "Civilians (Kenya)"
    factory = _acled(
        "Workers protesting unpaid wages at a garment factory in Dhaka, Bangladesh, on Monday"
        " were beaten by the factory's security officers.",
        "protest_dispersed",
    )
    assert factory.actor2 is None or not factory.actor2.startswith("Police Forces")
    # (the state's own stay the police)
    state = _acled(
        "Kenya's security personnel fired tear gas to disperse stone-throwing protesters in"
        " Kisumu on Tuesday.",
        "riot",  # (stone-throwing protesters dispersed: their riot, thirty-fifth round)
    )
    assert state.actor2 == "Police Forces of Kenya (2013-2022)"


def test_marines_of_another_state_are_that_states_forces() -> None:
    # (review41b) "marines" is the article country's military only when no other state is
    # named before it: "US marines" killed in Iraq are the United States' forces.
    acled = _acled(
        "Two US marines were killed when militants attacked their convoy in Ramadi, Iraq, on"
        " Monday.",
        "armed_clash",
    )
    assert acled.actor2 is not None
    assert acled.actor2.startswith("Military Forces of the United States")
