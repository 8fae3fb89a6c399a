"""The forty-ninth round's shelling bulletins (``shell69``): a quarter hit from a firing post
lies in the paragraph's city, not in the post's province; a lead's list that puts a besieged
town in another province gives a city's copy none of it, and the headline's last city whose
paragraph tells one act goes with the others' copies; the first quarter of an act whose later
sentence tells other quarters is told in its own sentence; and a summary's count over a city
is not the toll of a quarter that counts none (events/merge/places/localities/,
events/merge/places/per_place/city_headlines.py, output/tolls/counted_once/summary_count.py).
Articles written for these tests (Syria)."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from tests.unit.extraction.events.articles import events_of, fatalities


def _placed(events: list[EventMessage]) -> dict[str, tuple[str, int | None]]:
    return {
        e.locations[0].name: (e.locations[0].admin1 or "", fatalities(e))
        for e in events
        if e.event_type == "shelling" and e.locations
    }


_FIRED_FROM = (
    "A source at Damascus Police Command said that terrorist groups positioned in Douma targeted"
    " al-Qasaa neighborhood killing a woman and injuring three others. The source added that"
    " other shells hit the neighborhoods of Bab Touma and al-Midan causing material damage."
)


def test_a_quarter_hit_from_a_firing_post_lies_in_the_tellers_city() -> None:
    placed = _placed(events_of(_FIRED_FROM))
    assert placed["al-Qasaa"] == ("Damascus", 1)
    assert placed["Bab Touma"] == ("Damascus", 0)
    assert placed["al-Midan"] == ("Damascus", 0)


def test_the_first_quarter_is_told_in_its_own_sentence() -> None:
    told = {
        e.locations[0].name: _FIRED_FROM[e.evidence.start : e.evidence.end]
        for e in events_of(_FIRED_FROM)
        if e.event_type == "shelling" and e.locations
    }
    assert "other shells" in told["Bab Touma"]
    assert told["al-Qasaa"].startswith("A source at Damascus Police Command")


_HEADLINE = (
    "Four citizens killed in terrorist attacks with shells in Damascus Aleppo and Idleb.\n\n"
    "Four citizens killed in terrorist attacks with shells in Damascus Aleppo and Idleb. The"
    " terrorist organizations on Sunday targeted with rocket and mortar shells the cities of"
    " Damascus and Aleppo and Kafrayya town in Idleb."
)
_DAMASCUS = (
    " Damascus A source at Damascus Police Command said that terrorists fired mortar shells on"
    " Bab Touma neighbourhood, killing two civilians. The source added that a rocket shell hit"
    " al-Qassaa neighbourhood, injuring three people."
)
_ALEPPO = (
    " Aleppo Terrorists fired a rocket shell on al-Sabil neighbourhood in Aleppo city, killing two"
    " citizens. Another rocket shell landed in al-Midan neighbourhood, injuring four people."
)
_IDLEB = (
    " Idleb Three people were injured when terrorists fired mortar shells on the besieged town of"
    " Kafrayya north of Idleb city, local sources said."
)


def test_the_headlines_last_city_goes_with_the_others() -> None:
    placed = _placed(events_of(_HEADLINE + _DAMASCUS + _ALEPPO + _IDLEB))
    assert not {"Damascus", "Aleppo", "Idlib", "Idleb"} & set(placed)
    assert placed["Bab Touma"] == ("Damascus", 2)
    assert placed["al-Sabil"] == ("Aleppo", 2)
    assert placed["Kafrayya"][0] == "Idlib"
    assert sum(toll or 0 for _, toll in placed.values()) == 4


_BODY_ITEM = (
    "Citizens injured in terrorist attacks with rocket shells\n\nTwo citizens were killed and seven"
    " others were injured on Tuesday when terrorist groups fired rocket shells on residential"
    " neighbourhoods in Aleppo city, a source at Aleppo Police Command told SANA.\n\nIn Idleb,"
    " terrorists fired several rocket shells on the besieged al-Fouaa town, injuring two"
    " civilians, while other shells fell on Ard al-Wata village in Lattakia, Rasha village in"
    " Lattakia and Marj al-Sultan town in Damascus Countryside, causing material damage."
)


def test_a_body_items_town_told_in_another_province_keeps_its_act() -> None:
    # A list's town told in another province is no place of a city's copy only when the article
    # tells the town again (a lead's list the body retells); a body's item over towns of several
    # provinces, told once, tells an act at each (lead, at the merge: without that condition a
    # blind part lost three such towns).
    placed = _placed(events_of(_BODY_ITEM))
    assert placed["al-Fouaa"][0] == "Idlib"
    assert placed["Marj al-Sultan"][0] == "Rif Dimashq"


def test_a_citys_summary_count_is_no_toll_of_a_quarter_that_counts_none() -> None:
    placed = _placed(
        events_of(
            "Two civilians were killed when terrorists fired mortar shells on Bab Touma"
            " neighbourhood in Damascus on Monday. In the same context a woman was killed and 20"
            " others were injured in terrorist"
            " attacks with rocket shells on residential neighborhoods in Aleppo city. A police"
            " source said that terrorist groups targeted on Monday al-Sukari neighborhood with"
            " rocket shells, killing a woman and injuring three civilians. Twelve other"
            " civilians were injured in al-Kallaseh neighborhood."
        )
    )
    assert placed["al-Sukari"] == ("Aleppo", 1)
    assert placed["al-Kallaseh"][1] in (0, None)


def test_a_lead_count_over_a_city_and_a_town_is_no_toll_of_the_town() -> None:
    placed = _placed(
        events_of(
            "A child and a man were killed and five others were injured by terrorist rocket"
            " attacks that targeted Aleppo city and al-Safira town in the southern countryside on"
            " Monday. A police source said that terrorists fired rocket shells at al-Sabil"
            " neighborhood in Aleppo city, killing a man and injuring two others. The source added"
            " that a rocket shell fired by terrorists on al-Safira town injured three people."
        )
    )
    assert placed["al-Sabil"] == ("Aleppo", 1)
    town = next(v for k, v in placed.items() if "Saf" in k)
    assert town[1] in (0, None)


def test_two_neighbouring_letters_swapped_name_one_village() -> None:
    placed = _placed(
        events_of(
            "Eight persons wounded in Zarzour and Kafrmeen in Idleb Meanwhile local sources told"
            " SANA that 8 persons were wounded in terrorist rocket shells on Zarzour and Kafmreen"
            " in Idleb countryside."
        )
    )
    assert sorted(placed) == ["Kafrmeen", "Zarzour"]


def test_a_quarter_in_the_countryside_of_the_capital_lies_in_its_province() -> None:
    placed = _placed(
        events_of(
            "A mortar shell fired by terrorists on al-Mahdi Camp neighborhood in the"
            " countryside of Damascus on Sunday left a man dead, a police source said. Another"
            " shell hit al-Qasaa neighborhood in Damascus city, injuring two people."
        )
    )
    assert placed["al-Mahdi Camp"] == ("Rif Dimashq", 1)
    assert placed["al-Qasaa"][0] == "Damascus"


def test_a_fronts_standing_tally_is_no_toll_of_the_days_shelling() -> None:
    events = events_of(
        "Syrian army artillery shelled positions of ISIL terrorists near the town of al-Qaryatain"
        " on Monday, destroying several vehicles. At least 3,000 militants have been killed on"
        " this front, a military source said."
    )
    assert [(e.event_type, fatalities(e)) for e in events] == [("shelling", 0)]
