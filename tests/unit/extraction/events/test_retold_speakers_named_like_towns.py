"""Retellings of one incident, thirteenth round (dups2): a speaker's name that the gazetteer
knows as a town abroad is no place of the telling it speaks in."""

from __future__ import annotations

from tests.unit.extraction.events.articles import events_of, fatalities

_CLASH = (
    "Five dead in Bukidnon clash between army, rebels\n"
    "MALAYBALAY CITY — Five were killed in an encounter between government forces and members"
    " of the New People's Army in Bukidnon on Monday morning.\n"
    "In a text message, Major Ramon Cuenca of the army's 4th Division said the clash happened"
    " around 7 a.m. in the village of Mabuhay in the town of Quezon.\n"
    "The soldiers believed they foiled an attack by the rebels on their outpost.\n"
    "Cuenca said at least four rebels were killed in the encounter, based on reports from"
    " residents.\n"
    "One soldier also died, although he has yet to be named.\n"
    "Cuenca said the government forces were able to recover firearms from the encounter site,"
    " while military operations continue in the area."
)


def test_a_speaker_named_like_a_town_abroad_does_not_set_his_retelling_apart() -> None:
    events = events_of(_CLASH)
    at_the_village = [e for e in events if e.locations and e.locations[0].name == "Mabuhay"]
    # "Cuenca said ..." (a town in Ecuador by its name) retells the village's encounter: one
    # event there, with the major's toll and every sentence of his, not two.
    assert len(at_the_village) == 1
    (clash,) = at_the_village
    assert clash.event_type == "armed_clash"
    assert fatalities(clash) == 4
    mentions = " ".join(m.text for m in clash.evidence.mentions)
    assert "recover firearms" in mentions
    assert "at least four rebels" in mentions
