"""Fifty-fourth round (herd74): herders told as the ones a crowd hits are the crowd's victims,
not an armed community ("three herdsmen were clubbed and killed by villagers": mob violence by
rioters); a people's herders told as the owners of what is hit ("the camp of Fulani herders") or
as the object of a crowd's act are no militia; herders told as the agent of a passive with a
short weapon or place phrase between ("wounded with cutlasses by herders") are a community's
militia; the French names of the Fulani read as ACLED's "Fulani"."""

from __future__ import annotations

import datetime as dt

from newsevents.contracts import Article
from newsevents.extraction.actors.unnamed.communal import ethnic_militias
from newsevents.extraction.pipeline import extract_events


def _events(text: str) -> list[tuple[str, str | None]]:
    published = dt.datetime(2021, 6, 14, 12, tzinfo=dt.UTC)
    article = Article(id="t", body=text, published_at=published, countries=[])
    return [(e.event_type, e.acled.actor1) for e in extract_events(article)]


def test_herders_hit_by_villagers_or_farmers_are_a_crowds_victims() -> None:
    for note in (
        "On 11 June 2021, three herdsmen were clubbed and killed by villagers near Bembereke"
        " (Borgou).",
        "On 11 June 2021, two herders were hacked to death by farmers near Bembereke (Borgou).",
    ):
        [(kind, actor1)] = _events(note)
        assert (kind, actor1) == ("mob_violence", "Rioters (Benin)")


def test_a_peoples_herders_as_the_object_of_a_crowd_are_no_militia() -> None:
    [(kind, actor1)] = _events(
        "On 11 June 2021, youths of the village attacked Fulani herders near Bembereke"
        " (Borgou) and wounded four of them with sticks."
    )
    assert (kind, actor1) == ("mob_violence", "Rioters (Benin)")
    # The owners of what is hit are no side; a group of them acting still is.
    assert ethnic_militias("Residents burned the huts of Fulani herders.", "BJ") == []
    assert [m.name for m in ethnic_militias("A group of Fulani herders raided a farm.", "BJ")] == [
        "Fulani Ethnic Militia (Benin)"
    ]


def test_herders_behind_a_weapon_phrase_of_a_passive_are_a_communal_militia() -> None:
    [(kind, actor1)] = _events(
        "On 11 June 2021, a farmer was wounded with cutlasses by herders near Bembereke (Borgou)."
    )
    assert (kind, actor1) == ("attack_on_civilians", "Unidentified Communal Militia (Benin)")


def test_the_french_names_of_the_fulani_are_acleds_fulani() -> None:
    [(kind, actor1)] = _events(
        "On 11 June 2021, a young maize grower was hacked by Peulh herders near Bembereke (Borgou)."
    )
    assert (kind, actor1) == ("attack_on_civilians", "Fulani Ethnic Militia (Benin)")


def test_herders_destroying_property_are_a_communal_militia_not_a_mob() -> None:
    [(kind, actor1)] = _events(
        "On 11 June 2021, herders set fire to the granary of a farmer near Bembereke (Borgou)."
    )
    assert (kind, actor1) == ("property_destroyed", "Unidentified Communal Militia (Benin)")
    # Farmers burning a herders' camp stay a crowd's mob violence.
    [(kind, actor1)] = _events(
        "On 11 June 2021, farmers burned the huts of herders near Bembereke (Borgou)."
    )
    assert (kind, actor1) == ("mob_violence", "Rioters (Benin)")


def test_transhumant_herders_in_a_passive_are_a_communal_militia() -> None:
    [(kind, actor1)] = _events(
        "On 11 June 2021, a farmer was stabbed by transhumant herders near Bembereke (Borgou)."
    )
    assert (kind, actor1) == ("attack_on_civilians", "Unidentified Communal Militia (Benin)")


def test_a_peoples_herdsmen_or_pastoralists_attacked_are_civilians_hit() -> None:
    for note in (
        "On 5 April 2016, armed raiders ambushed Toposa pastoralists at a watering point near"
        " Lokichoggio, killing three.",
        "On 5 April 2016, a Nyangatom militia attacked Dassanech herdsmen near Todenyang and"
        " killed two.",
    ):
        [event] = extract_events(
            Article(id="t", body=note, published_at=dt.datetime(2016, 4, 6, 12, tzinfo=dt.UTC))
        )
        assert event.event_type == "attack_on_civilians"
        assert event.acled.actor2 is not None and event.acled.actor2.startswith("Civilians")


def test_herders_wounding_farmers_in_the_active_voice_are_an_attack() -> None:
    [(kind, actor1)] = _events(
        "On 11 June 2021, herders wounded three farmers with cutlasses near Bembereke (Borgou)."
    )
    assert (kind, actor1) == ("attack_on_civilians", "Unidentified Communal Militia (Benin)")


def test_a_place_herders_own_does_not_make_them_the_attackers() -> None:
    # review74: a participle closing the place phrase ("owned by", "run by") tells whose the
    # place is, not who did the violence
    [(kind, actor1)] = _events(
        "On 11 June 2021, two farmers were attacked in a village owned by herders near"
        " Bembereke (Borgou)."
    )
    assert (kind, actor1) == ("attack_on_civilians", "Unidentified Armed Group (Benin)")
