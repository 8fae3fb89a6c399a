"""The fifty-third round's lists (``list73``): a name of a bulletin's list that the gazetteer
knows only as a namesake in another province or abroad is a village of the list's province, an
event of the act like its list-mates. Bulletin-style sentences written for these tests, the
villages invented beside names the gazetteer knows elsewhere."""

from __future__ import annotations

from tests.unit.extraction.events.articles import events_of


def _placed(body: str) -> dict[str, str | None]:
    """Each event's place text and province."""
    return {e.locations[0].text: e.locations[0].admin1 for e in events_of(body) if e.locations}


def test_a_namesake_abroad_first_in_a_commaless_list_is_a_village_of_its_province() -> None:
    # "al-Zahra" the gazetteer knows in Tunisia and Libya
    placed = _placed(
        "Army units pounded the dens of terrorists in al-Zahra Tell Barud and Kafr Sawda in the"
        " southern countryside of Idleb, killing 7 of them."
    )
    assert placed.get("al-Zahra") == "Idlib"
    assert {"Tell Barud", "Kafr Sawda"} <= set(placed)


def test_a_namesake_of_another_province_in_a_run_of_villages_is_its_own_event() -> None:
    # "al-Hamediyeh" the gazetteer knows in Tartus and abroad, not in Idlib (a pin: the round's
    # start placed this run so too; the rule must keep it)
    placed = _placed(
        "Warplanes struck hideouts of militants at al-Hamediyeh Marj Dahab and Khan Barida in"
        " rural Idleb on Sunday, leaving 9 of them dead."
    )
    assert placed.get("al-Hamediyeh") == "Idlib"
    assert placed.get("Khan Barida") == "Idlib"


def test_a_namesake_told_in_its_own_province_stays_the_known_town() -> None:
    placed = _placed(
        "Army units destroyed terrorist positions in al-Hamidiyah and Tell Barud in Tartus"
        " countryside, killing 4 of them."
    )
    assert placed.get("al-Hamidiyah") == "Tartus"


def test_a_list_closed_by_the_next_act_after_and_is_the_acts_places() -> None:
    """ "in A and B and destroyed ..." : the list's own "and" and the next act's "and"."""
    placed = _placed(
        "Army units killed scores of terrorists in Marhouma and Arjoun and destroyed their"
        " vehicles in Hama countryside."
    )
    assert placed.get("Marhouma") == "Hama"
    assert placed.get("Arjoun") == "Hama"


def test_a_list_before_the_next_village_told_with_its_noun() -> None:
    placed = _placed(
        "Army units clashed with terrorists in Marhouma and Arjoun and in the village of Sahl"
        " Dirra in Hama countryside."
    )
    assert {"Marhouma", "Arjoun", "Sahl Dirra"} <= set(placed)


def test_sites_listed_before_oilfields_are_a_site_each() -> None:
    placed = _placed(
        "Army aircraft destroyed ISIS vehicles in Tell Haddad and al-Mahrouqa oilfields in the"
        " eastern countryside of Homs on Monday."
    )
    assert placed.get("Tell Haddad") == "Homs"
    assert placed.get("al-Mahrouqa") == "Homs"
