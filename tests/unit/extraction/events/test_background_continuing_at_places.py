"""An act told as going on ("continue to shell", "keep bombing", "are still shelling", "the air
force continues to target") whose object is a town, a village or a quarter told by name is the
day's act at each place; told with no place named, or with a span or a frequency, it is a state
(fifty-fourth round, cont74; texts written for these tests, published Tuesday 20 February 2024,
the lead's air strike on Monday)."""

from __future__ import annotations

import pytest

from tests.unit.extraction.events.articles import events_on_a_tuesday, told_in

NEWS = (
    "Syrian warplanes struck the town of Saraqib in Idlib province on Monday, killing five "
    "civilians."
)


def _told(sentence: str) -> list[tuple[str, str, str]]:
    """Type, temporal status and place of the events told in ``sentence`` after the lead,
    background ones kept."""
    events = events_on_a_tuesday(f"{NEWS} {sentence}", include_background=True)
    return [
        (e.event_type, e.temporal_status, e.locations[0].text if e.locations else "")
        for e in told_in(events, sentence)
    ]


@pytest.mark.parametrize(
    ("sentence", "kind", "places"),
    [
        (
            "Government forces continue to shell the towns of Kafr Zita and al-Lataminah.",
            "shelling",
            {"Kafr Zita", "al-Lataminah"},
        ),
        ("Rebels are still shelling the village of Maan with mortars.", "shelling", {"Maan"}),
        (
            "Regime helicopters keep bombing the towns of Kafr Zita and al-Lataminah.",
            "airstrike",
            {"Kafr Zita", "al-Lataminah"},
        ),
        (
            "The air force continues to target the towns of Kafr Zita and al-Lataminah.",
            "airstrike",
            {"Kafr Zita", "al-Lataminah"},
        ),
        # one adverb between the going-on words and the verb
        (
            "Regime aircraft continue to heavily bomb the towns of Kafr Zita and al-Lataminah.",
            "airstrike",
            {"Kafr Zita", "al-Lataminah"},
        ),
        # a town's name before a plural noun of places names them (not a people's adjective)
        ("The air force continues to hit Hama neighbourhoods.", "airstrike", {"Hama"}),
        # the verb's -ing after "still" (review74: "striking" had not been read)
        (
            "Regime helicopters are still striking the towns of Kafr Zita and al-Lataminah.",
            "airstrike",
            {"Kafr Zita", "al-Lataminah"},
        ),
    ],
)
def test_an_act_going_on_at_places_told_by_name_is_news(
    sentence: str, kind: str, places: set[str]
) -> None:
    told = _told(sentence)
    assert told, "the act is read"
    assert {status for _kind, status, _place in told} == {"current"}
    assert {place for event_type, _status, place in told if event_type == kind} == places


@pytest.mark.parametrize(
    "sentence",
    [
        # no place named: what the warplanes do, not where they struck
        "Russian warplanes continue to target bakeries and clinics in rebel-held areas.",
        # a place that only locates a generic object, or a wider place
        "Government forces continue to shell rebel positions around Kafr Zita.",
        "The air force continues to bomb Hama province.",
        # a frequency or a span keeps the named places a state
        "Government forces continue to shell the towns of Kafr Zita and al-Lataminah every day.",
        "Government forces continue to shell the towns of Kafr Zita and al-Lataminah for weeks.",
        # a habit (review74)
        "Government forces continue to shell Kafr Zita whenever rebels fire from it.",
        "Rebels keep attacking Kafr Zita every time the army withdraws.",
        # a people's adjective before a plural noun of places is no place's name (review74)
        "Government forces continue to shell Christian villages near Kafr Zita.",
    ],
)
def test_an_act_going_on_with_no_place_named_or_with_a_span_is_a_state(sentence: str) -> None:
    published = told_in(events_on_a_tuesday(f"{NEWS} {sentence}"), sentence)
    assert published == []
    told = _told(sentence)
    assert told, "the act is read, and kept apart from the news"
    assert {status for _kind, status, _place in told} == {"background"}
