"""A country named as the other side of a border ("near the border with Chad") is not where
the act happened: the act is in the country whose border it is, and a later sentence that
places it at a village there tells the same incident."""

from __future__ import annotations

from tests.unit.extraction.events.articles import events_of


def test_the_country_across_the_border_is_not_the_place_of_the_ambush() -> None:
    events = events_of(
        "Gunmen killed six soldiers in an ambush near the border with Chad on Sunday,"
        " the defence ministry said.\n\n"
        "The soldiers were attacked near the village of Bosso in Diffa region, a ministry"
        " statement said."
    )
    assert [e.event_type for e in events] == ["armed_clash"]
    (ambush,) = events
    assert [(p.name, p.country_code) for p in ambush.locations][:1] == [("Bosso", "NE")]
    assert all(p.country_code != "TD" for p in ambush.locations)
    assert len(ambush.evidence.mentions) == 2  # the lead and the sentence that places it


def test_a_country_the_act_is_in_is_still_its_place() -> None:
    (event,) = events_of("Gunmen killed six soldiers in an ambush in Chad on Sunday.")
    assert [p.country_code for p in event.locations] == ["TD"]
