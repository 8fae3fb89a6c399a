"""A list of places that lost its commas (places/reading/runs.py): "in the towns of A B C", "in A B
and C": every known name of the run is a place, though each is glued to the next capitalised word;
two names side by side that make one name (a person's, an Arabic name's tail) stay glued."""

from __future__ import annotations

from tests.unit.extraction.places.helpers import places_in


def _names(text: str) -> list[str]:
    return [p.name for p in places_in(text)]


def test_the_towns_of_a_run_of_names_are_each_a_place() -> None:
    names = _names(
        "Army artillery shelled the towns of Saraqeb Binnish Taftanaz in Idlib countryside"
        " on Monday."
    )
    assert names[:3] == ["Saraqib", "Binnish", "Taftanaz"]


def test_a_run_after_in_that_ends_with_and_is_a_list() -> None:
    names = _names("Warplanes struck rebel positions in Saraqeb Binnish and Taftanaz on Monday.")
    assert names == ["Saraqib", "Binnish", "Taftanaz"]


def test_a_persons_name_after_a_title_stays_a_persons_name() -> None:
    names = _names(
        "The council met in the towns of Sheikh Hama Saleh and Binnish on Monday, residents said."
    )
    assert "Hama" not in names and "Hamah" not in names


def test_a_run_before_a_verb_of_speech_names_the_speakers() -> None:
    # "In Kabul A B and C D said": the run after the town is who spoke, not more towns
    names = _names("In Kabul Ahmad Shah and Hamid Karim said gunmen killed four policemen.")
    assert names == ["Kabul"]
