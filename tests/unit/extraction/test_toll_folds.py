"""An event with no toll folded with the sibling that read its occurrence's toll
(output/tolls/toll_folds.py): one event, the toll counted once; two acts with no side in common, an
act told with further dead, or a sibling told far from it stay apart with their own tolls."""

from __future__ import annotations

from newsevents.contracts import EventMessage
from newsevents.extraction.output.tolls.toll_folds import fold_toll_siblings
from tests.unit.extraction.events.articles import events_of

_TOLLED = "Gunmen killed four farmers in the village of Kafr Nabl in Idlib province on Monday."
_TOLL_LESS = "The gunmen stormed the village at dawn and set fire to the olive groves."


def _tolled() -> EventMessage:
    (event,) = events_of(_TOLLED)
    assert event.acled.fatalities == 4
    return event


def _toll_less(
    *,
    start: int,
    text: str = _TOLL_LESS,
    confidence: float = 0.5,
    event_type: str = "armed_clash",
    actor1: str | None = None,
    actor2: str | None = None,
) -> EventMessage:
    """The tolled event's occurrence told again in a sentence of its own, with no toll."""
    event = _tolled()
    acled = event.acled.model_copy(
        update={
            "fatalities": 0,
            "actor1": actor1 or event.acled.actor1,
            "actor2": actor2 if actor2 is not None else event.acled.actor2,
        }
    )
    evidence = event.evidence.model_copy(
        update={"text": text, "start": start, "end": start + len(text), "mentions": []}
    )
    return event.model_copy(
        update={
            "event_type": event_type,
            "acled": acled,
            "evidence": evidence,
            "quantities": [],
            "confidence": confidence,
        }
    )


def _tolls(events: list[EventMessage]) -> list[int | None]:
    return [e.acled.fatalities for e in events]


def test_the_toll_less_telling_is_folded_into_the_event_that_read_the_toll() -> None:
    tolled = _tolled()
    (event,) = fold_toll_siblings([tolled, _toll_less(start=84)])
    assert event.event_type == "attack_on_civilians"
    assert event.acled.fatalities == 4
    assert [(m.start, m.end) for m in event.evidence.mentions] == [(0, 83), (84, 156)]


def test_the_better_supported_telling_keeps_its_type_and_takes_the_toll_once() -> None:
    events = fold_toll_siblings([_tolled(), _toll_less(start=84, confidence=0.9)])
    (event,) = events
    assert event.event_type == "armed_clash"
    assert event.evidence.start == 84
    assert event.acled.fatalities == 4
    assert [q.text for q in event.quantities if q.unit == "fatalities"] == ["killed four"]
    assert sum(e.acled.fatalities or 0 for e in events) == 4


def test_acts_with_no_side_in_common_keep_their_own_tolls() -> None:
    # Rocket fire by another group on the army beside the gunmen's killing: two acts.
    answer = _toll_less(
        start=84,
        event_type="shelling",
        actor1="Military Forces of Syria (2000-2024)",
        actor2="Hayat Tahrir al Sham",
    )
    assert _tolls(fold_toll_siblings([_tolled(), answer])) == [4, 0]


def test_an_act_told_with_further_dead_stays_apart() -> None:
    later = _toll_less(start=84, text="A short time later three more farmers were shot nearby.")
    assert _tolls(fold_toll_siblings([_tolled(), later])) == [4, 0]


def test_an_act_told_with_its_own_wounded_stays_apart() -> None:
    hurt = _toll_less(start=84, text="The gunmen stormed the village and wounded two guards.")
    assert _tolls(fold_toll_siblings([_tolled(), hurt])) == [4, 0]


def test_a_sibling_told_paragraphs_away_lends_nothing() -> None:
    assert _tolls(fold_toll_siblings([_tolled(), _toll_less(start=600)])) == [4, 0]


def test_a_claimed_telling_stays_apart_from_the_asserted_one() -> None:
    claimed = _toll_less(start=84).model_copy(update={"modality": "claimed"})
    assert _tolls(fold_toll_siblings([_tolled(), claimed])) == [4, 0]


def _spelled(event: EventMessage, name: str, *, moved: bool = False) -> EventMessage:
    """The event at its first place under another spelling (elsewhere when ``moved``)."""
    first = event.locations[0]
    update: dict[str, object] = {"name": name}
    if moved:
        update["latitude"] = first.latitude + 0.5
    return event.model_copy(
        update={"locations": [first.model_copy(update=update), *event.locations[1:]]}
    )


def test_two_spellings_of_one_place_at_one_point_are_one_place() -> None:
    tolled = _spelled(_tolled(), "Tareeq al-Bab")
    toll_less = _spelled(_toll_less(start=84), "Tariq al-Bab")
    (event,) = fold_toll_siblings([tolled, toll_less])
    assert event.acled.fatalities == 4


def test_a_place_spelled_alike_elsewhere_is_another_place() -> None:
    tolled = _spelled(_tolled(), "Tareeq al-Bab", moved=True)
    toll_less = _spelled(_toll_less(start=84), "Tariq al-Bab")
    assert _tolls(fold_toll_siblings([tolled, toll_less])) == [4, 0]


def test_names_of_another_vowel_are_other_places() -> None:
    # quarters the gazetteer lacks sit at their city's point: "al-Midan" is not "al-Madina"
    tolled = _spelled(_tolled(), "al-Midan")
    toll_less = _spelled(_toll_less(start=84), "al-Madina")
    assert _tolls(fold_toll_siblings([tolled, toll_less])) == [4, 0]


def test_a_tally_told_elsewhere_beside_the_toll_still_lets_the_toll_fold() -> None:
    # the tolled event also holds a war's tally read in another paragraph
    tolled = _tolled()
    (own,) = [q for q in tolled.quantities if q.unit == "fatalities"]
    tally = own.model_copy(update={"text": "a million people have died", "value": 1_000_000})
    tolled = tolled.model_copy(update={"quantities": [*tolled.quantities, tally]})
    (event,) = fold_toll_siblings([tolled, _toll_less(start=84)])
    assert event.acled.fatalities == 4
