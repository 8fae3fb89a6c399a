"""What the thirtieth round's review (review51) found its rules doing beyond their class, and
the fix of each: short reports written for these tests in the wordings of Nigerian, Kenyan and
Beninese papers and of the wires; places generic or well known."""
# ruff: noqa: E501

from __future__ import annotations

import pytest

from newsevents.extraction.events.detect.refine.crowds.dispersed_rioters import dispersed_rioters
from newsevents.extraction.events.detect.words.modality import modality

from .articles import events_of


# type50 read a storming told before the dispersal as the crowd's act unless police, troops or
# soldiers did it; West African papers call the forces "security operatives", "agents",
# "gendarmes", "personnel", and a rally they stormed and dispersed stayed peaceful.
@pytest.mark.parametrize(
    ("sentence", "violent"),
    [
        ("Security operatives stormed the venue of the rally and dispersed the supporters.", False),
        ("Gendarmes stormed the hall and dispersed the meeting with tear gas.", False),
        ("DSS agents stormed the secretariat and dispersed the journalists.", False),
        # the crowd's own storming still makes the riot
        ("Protesters stormed the council offices before police dispersed them.", True),
    ],
)
def test_a_storming_by_forces_of_any_name_is_no_act_of_the_crowd(
    sentence: str, violent: bool
) -> None:
    start = sentence.index("dispersed")
    assert dispersed_rioters(sentence, start, start + len("dispersed")) is violent


def test_a_rally_stormed_by_security_operatives_stays_a_protest_with_intervention() -> None:
    events = events_of(
        "Security operatives stormed the venue of an opposition rally in Abuja on Saturday and dispersed hundreds of supporters with tear gas, witnesses said."
    )
    kinds = {e.codes.acled_sub_event_type for e in events}
    assert "Protest with intervention" in kinds
    assert "Violent demonstration" not in kinds


# type50's negated pair ("no injuries or arrests") denied the second act of any clause opened by
# "no": "no group claimed the bombing or kidnapping" tells acts that happened.
@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("No group claimed the bombing or ", "claimed"),
        ("No one explained the shooting or ", "asserted"),
        # the pair the rule was written for stays denied
        ("There were no reports of violence or ", "denied"),
        ("No one was hurt or ", "denied"),
    ],
)
def test_a_negated_pair_is_read_only_where_no_governs_the_pair(before: str, expected: str) -> None:
    assert modality(before) == expected


# actors50 names a fight told as ethnic by its unnamed ethnic militia; a sentence that recalls
# the area's ethnic fights as its past gave that militia to the news act after it.
@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("The region has a long history of ethnic clashes dating back to 1992.", False),
        ("Molo has been calm since the ethnic clashes of 2008.", False),
        ("Ethnic clashes in 1992 displaced thousands in the Rift Valley.", False),
        ("The county is prone to tribal clashes over pasture.", False),
        # the news: a fight told today
        ("Ethnic clashes in Molo left three people dead on Monday.", True),
        ("Renewed tribal clashes erupted near the border on Sunday.", True),
    ],
)
def test_an_ethnic_fight_recalled_as_the_past_names_no_side(text: str, named: bool) -> None:
    from newsevents.extraction.actors.unnamed.communal import ethnic_fight_sides

    sides = ethnic_fight_sides(text, "KE")
    assert [s.name for s in sides] == (["Unidentified Ethnic Militia (Kenya)"] if named else [])
