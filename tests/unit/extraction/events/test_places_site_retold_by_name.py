"""Twenty-first round, places: the site retold by name places an event whose headline or lead
tells it by an indefinite noun (a checkpoint too), also once the event has borrowed its
province after merging; an event still at a province or wider after merging, or placed only
after it, is at the village its own sentences name."""

from __future__ import annotations

from tests.unit.extraction.events.articles import events_of


def test_a_checkpoint_retold_by_name_places_the_attack() -> None:
    body = (
        "Armed men attacked a checkpoint of security forces in Kech district of Balochistan "
        "province on Sunday night, officials said.\n\n"
        "They added the armed men attacked the Durbani checkpoint from all directions with "
        "heavy weapons. The security personnel deployed at the checkpoint returned fire."
    )
    events = events_of(body)
    assert events
    first = events[0]
    assert first.event_type == "armed_clash"
    assert first.locations[0].name == "Durbani"
    assert not first.locations[0].resolved
    assert first.acled.admin1 == "Balochistan"


def test_a_base_retold_by_name_after_a_headline_and_an_unplaced_lead() -> None:
    # The headline is merged into the event (it is no indefinite site), the lead names the base
    # and no place; the event borrows its province from a later sentence, then the base's name.
    body = (
        "Militants kill 9 soldiers in attack on base\n\n"
        "Al-Shabaab militants killed at least nine soldiers and briefly captured a military base "
        "southwest of the capital on Wednesday, officials said.\n\n"
        "A suicide bomber detonated at the Warmahan base before gunmen stormed in and briefly "
        "occupied it, police said.\n\n"
        "\u201cThey took the base,\u201d said a police officer from Afgoye in Lower Shabelle "
        "region."
    )
    lead = next(e for e in events_of(body) if "captured a military base" in e.evidence.text)
    assert lead.locations[0].name == "Warmahan"
    assert lead.acled.admin1 == "Lower Shabeelle"


def test_a_village_in_a_sentence_merged_after_the_lead_places_the_act() -> None:
    body = (
        "Boko Haram militants attacked and killed at least 15 people in Borno State on "
        "Tuesday, a fleeing resident said.\n\n"
        "The militants stormed the village of Kaduwari on motorcycles, burning down homes and "
        "shooting at the villagers."
    )
    events = events_of(body)
    assert len(events) == 1
    (event,) = events
    assert event.locations[0].name == "Kaduwari"
    assert event.acled.admin1 == "Borno"
    assert event.acled.fatalities == 15


def test_an_unplaced_attack_borrows_the_province_then_takes_its_village() -> None:
    body = (
        "Gunmen opened fire on residents as they ran to a displacement camp in Gwodi village, "
        "killing two people.\n\n"
        "The camp lies on the outskirts of Maiduguri, the capital of Borno State."
    )
    event = next(e for e in events_of(body) if e.event_type == "attack_on_civilians")
    assert event.locations[0].name == "Gwodi"
    assert event.acled.admin1 == "Borno"


def test_a_province_with_no_village_named_stays_at_the_province() -> None:
    body = (
        "Gunmen killed six farmers in Zamfara State on Monday, police said.\n\n"
        "The attackers fled into the forest after the shooting, a resident said."
    )
    (event,) = events_of(body)
    assert event.locations[0].name == "Zamfara"
    assert event.locations[0].resolved
