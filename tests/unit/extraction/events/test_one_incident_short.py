"""Short stories that tell one incident several times give one event: a campaign told as an
act's setting is no second act, a filing town is no event place, and the town a road leads to
is no second site."""

from __future__ import annotations

from tests.unit.extraction.events.articles import events_of, fatalities


def test_a_campaign_told_by_its_centre_is_the_setting_of_the_shelling() -> None:
    (event,) = events_of(
        "A regional governor said on Wednesday that at least six civilians were killed by"
        " Russian shelling of Lysychansk, a town at the epicenter of fighting in the east."
    )
    assert event.event_type == "shelling"
    assert event.locations[0].name == "Lysychansk"
    assert fatalities(event) == 6


def test_an_offensive_told_as_going_on_is_the_setting_of_the_capture() -> None:
    events = events_of(
        "Ukrainian forces retook the village of Staromaiorske in the Donetsk region on Sunday,"
        " a deputy defence minister said, adding that \u201cthe offensive continues.\u201d"
    )
    assert [e.event_type for e in events] == ["territory_regained"]


def test_a_dateline_with_a_hyphenated_agency_tag_is_not_the_event_place() -> None:
    """The filing town is no place of the clash, and its day is the report's, not the
    clash's."""
    (event,) = events_of(
        "DAVAO, Mar 12 (NNN-PNA) \u2013 Soldiers killed two suspected communist rebels in"
        " clashes in Negros Occidental province, the army said in a report."
        "\n\nThe fighting between the troops and about ten rebels of the New People's Army"
        " occurred in Kabankalan town around 6 a.m."
    )
    assert event.event_type == "armed_clash"
    # The province the town lies in may follow it (the gazetteer knows Philippine provinces);
    # the filing town never does.
    assert (event.locations[0].name, event.locations[0].admin1) == ("Kabankalan", "Western Visayas")
    assert {p.admin1 for p in event.locations} == {"Western Visayas"}
    assert "Davao" not in {p.name for p in event.locations}


def test_the_road_an_ambush_was_on_leads_to_another_town_not_another_incident() -> None:
    events = events_of(
        "Gunmen killed six police officers in an ambush in the town of Iguala in Guerrero"
        " state on Tuesday, the state prosecutor said."
        "\n\nThe officers were driving back when gunmen opened fire on them on a highway that"
        " leads to the town of Taxco, prosecutors said."
    )
    violent = [e for e in events if e.event_type in {"armed_clash", "attack_on_civilians"}]
    assert len(violent) == 1
    assert violent[0].locations[0].name == "Iguala de la Independencia"
    assert fatalities(violent[0]) == 6
