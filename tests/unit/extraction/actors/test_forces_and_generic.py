"""State forces named by their country, generic actors and named units around known actors."""

from __future__ import annotations

from newsevents.extraction.actors.find import find_actors
from newsevents.extraction.actors.unnamed.forces import state_forces
from newsevents.extraction.actors.unnamed.generic import generic_actors
from newsevents.extraction.places.find import find_places
from tests.unit.helpers import document


def test_a_country_word_before_a_weapon_names_its_forces() -> None:
    text = "US warplanes and a Turkish drone struck; regime helicopters followed."
    names = [(m.text, m.name) for m in state_forces(text, "SY")]
    assert names == [
        ("US warplanes", "Military Forces of the United States"),
        ("Turkish drone", "Military Forces of Turkey"),
        ("regime helicopters", "Military Forces of Syria"),
    ]


def test_the_press_short_form_of_pakistan_names_its_forces() -> None:
    text = "Pak Army fighter planes bombed hideouts in Tirah; Pak troops fired across the LoC."
    names = [(m.text, m.name) for m in state_forces(text, None)]
    assert ("Pak Army", "Military Forces of Pakistan") in names
    assert ("Pak troops", "Military Forces of Pakistan") in names


def test_a_led_coalition_is_not_the_leading_country() -> None:
    assert state_forces("US-led coalition aircraft bombed the town.", "SY") == []


def test_terrorists_in_syria_are_the_opposition_and_counted_people_civilians() -> None:
    text = "Terrorist organizations fired shells, killing 8 persons and a woman."
    names = [(m.text, m.name, m.kind) for m in generic_actors(text, "SY")]
    # The caller keeps the first of overlapping mentions: "Terrorist" is inside the noun.
    names.remove(("Terrorist", "Opposition Rebels (Syria)", "armed_group"))
    assert names == [
        ("Terrorist organizations", "Opposition Rebels (Syria)", "armed_group"),
        ("8 persons", "Civilians (Syria)", "civilians"),
        ("a woman", "Civilians (Syria)", "civilians"),
    ]


def test_terrorists_elsewhere_are_unidentified() -> None:
    (mention,) = generic_actors("Terrorists attacked the post.", "KE")
    assert mention.name == "Unidentified Armed Group (Kenya)"


def test_a_day_or_a_place_before_a_known_army_is_not_a_unit_name() -> None:
    doc = document(
        "On Saturday Syrian Army troops entered Hama. Hama Army units shelled the village of "
        "Kafr Nabuda in Hama province."
    )
    find_places(doc)
    find_actors(doc)
    names = {m.name for m in doc.actors}
    assert "Military Forces of Syria" in names
    assert not any(
        name.endswith(("Syrian Army", "Hama Army")) for name in names - {"Military Forces of Syria"}
    )


def test_a_country_named_after_by_a_strike_names_its_forces() -> None:
    names = [
        (m.text, m.name)
        for m in state_forces("Shelling by regime ally Russia hit Kafr Nabl.", "SY")
    ]
    assert names == [("Russia", "Military Forces of Russia")]
    names = [(m.text, m.name) for m in state_forces("Air raids by the US killed two.", "SY")]
    assert names == [("US", "Military Forces of the United States")]


def test_forces_of_a_country_in_acled_wording_are_its_forces() -> None:
    text = "Armed forces of Armenia fired on the security forces of Azerbaijan."
    names = [(m.text, m.name) for m in state_forces(text, None)]
    assert names == [
        ("Armed forces of Armenia", "Military Forces of Armenia"),
        ("security forces of Azerbaijan", "Police Forces of Azerbaijan"),
    ]


def test_jihadists_are_unidentified_and_an_army_camp_names_the_army() -> None:
    # The camp's owner is the side an attack on it hits (events/link/roles.py); a military
    # centre or station is a place, no actor.
    names = [(m.text, m.name) for m in generic_actors("Jihadists overran the army camp.", "ML")]
    assert names == [
        ("Jihadists", "Unidentified Armed Group (Mali)"),
        ("army", "Military Forces of Mali"),
    ]
    assert generic_actors("They met at the army centre.", "ML") == []


def test_a_unit_named_by_its_country_only_is_that_country_s_forces() -> None:
    doc = document("The Burma Army and Nigerian Armed Forces held drills; the Arakan Army watched.")
    find_places(doc)
    find_actors(doc)
    assert [(m.text, m.name, m.kind) for m in doc.actors] == [
        ("Burma Army", "Military Forces of Myanmar", "state_force"),
        ("Nigerian Armed Forces", "Military Forces of Nigeria", "state_force"),
        ("Arakan Army", "Arakan Army", "armed_group"),
    ]


def test_one_armed_man_or_protester_names_the_group_or_crowd() -> None:
    text = "A gunman shot a trader; an assailant fled and a protester was arrested."
    names = [(m.text, m.name) for m in generic_actors(text, "KE")]
    assert names == [
        ("gunman", "Unidentified Armed Group (Kenya)"),
        ("assailant", "Unidentified Armed Group (Kenya)"),
        ("protester", "Protesters (Kenya)"),
    ]


def test_unnamed_islamist_armed_men_are_acled_s_islamist_militia() -> None:
    text = "Islamist insurgents burnt a village; militants fled."
    assert [(m.text, m.name) for m in generic_actors(text, "MZ")] == [
        ("Islamist insurgents", "Islamist Militia (Mozambique)"),
        ("militants", "Unidentified Armed Group (Mozambique)"),
    ]


def test_a_peoples_tribes_are_its_tribal_militia_but_a_countrys_are_not() -> None:
    """ "Arab tribes" are ACLED's "Arab Tribal Militia (Syria)"; "Syrian tribes" name a country,
    no people: the generic tribal militia, not a "Syrian Tribal Militia"."""
    text = "Fighting broke out between Syrian tribes and the SDF in Dhiban, and Arab tribes joined."
    names = {(m.text, m.name) for m in generic_actors(text, "SY")}
    assert ("Arab tribes", "Arab Tribal Militia (Syria)") in names
    assert ("Syrian tribes", "Tribal Militia (Syria)") in names
    assert all(not name.startswith("Syrian Tribal") for _, name in names)


def test_state_forces_of_an_unknown_country_are_named_without_one() -> None:
    """A text that names no country: the police and the army are "Police Forces" and
    "Military Forces", never forces "of International"; a known country still names them."""
    text = "Police shot two robbers; soldiers and security forces chased the gang."
    assert [(m.text, m.name) for m in generic_actors(text, None)] == [
        ("Police", "Police Forces"),
        ("soldiers", "Military Forces"),
        ("security forces", "Police Forces"),
    ]
    assert [m.name for m in generic_actors(text, "KE")][:2] == [
        "Police Forces of Kenya",
        "Military Forces of Kenya",
    ]


def test_air_force_written_as_one_word_names_the_state_s_forces() -> None:
    text = "The Pakistani Airforce bombed hideouts in Tirah; Pak Airforce jets returned at dawn."
    names = [(m.text, m.name) for m in state_forces(text, None)]
    assert ("Pakistani Airforce", "Military Forces of Pakistan") in names
    assert ("Pak Airforce", "Military Forces of Pakistan") in names
