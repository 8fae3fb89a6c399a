"""Tolls of the eleventh round: a superlative measured against a period is the act's own toll;
a second group named by its force's name adds up; one named with a count of others; fighters
of the other side told after the victims; a past act's toll told in a paragraph of its own; a
lead's roundup total is no item's toll; other dead told after the first toll add up."""

from __future__ import annotations

from newsevents.extraction.document import Document, Span, Trigger
from newsevents.extraction.events.draft import EventDraft
from newsevents.extraction.events.merge.incidents.roundups import split_roundup_totals
from newsevents.extraction.ontology import EventTypeName
from newsevents.extraction.text.deaths import find_deaths
from newsevents.extraction.text.periods import counts_a_period
from newsevents.extraction.text.quantities import find_quantities
from tests.unit.extraction.events.articles import events_of, fatalities
from tests.unit.helpers import document


def _deaths(text: str) -> list[float]:
    return [q.value for q in find_deaths(text, [])]


def test_a_superlative_since_the_start_of_an_offensive_is_the_acts_own_toll() -> None:
    text = (
        "A drone strike killed six farmers near Tarvo on Monday, the deadliest toll from a"
        " single strike since the start of the offensive, medics said."
    )
    assert not counts_a_period(text)
    (event,) = events_of(text)
    assert event.event_type == "airstrike"
    assert fatalities(event) == 6
    # a tally of the period itself still counts the period
    assert counts_a_period("Some 300 people have been killed since the start of the offensive.")


def test_a_second_group_named_by_its_forces_name_adds_up() -> None:
    text = "Three soldiers and five Green Valley Front fighters have been killed in a clash."
    assert _deaths(text) == [8.0]


def test_one_named_and_a_count_of_others_is_one_more() -> None:
    text = (
        "The army said it killed Tomas Verel, a commander of the Beta Front, and two other"
        " fighters near the town."
    )
    assert _deaths(text) == [3.0]
    assert _deaths("The strike killed the commander and two others.") == [3.0]


def test_fighters_killed_after_the_police_toll_are_the_other_side() -> None:
    body = (
        "Insurgents stormed a police post in Darel district on Sunday night and killed six"
        " policemen, an official said on Monday. Four rebel fighters were killed in the attack,"
        " he said."
    )
    (event,) = events_of(body)
    assert event.event_type == "armed_clash"
    assert fatalities(event) == 10


def test_fighters_of_a_growing_tally_are_not_added_again() -> None:
    body = (
        "After the attack on a post of the Northern Guard near Tarvo, the number of fighters"
        " killed has risen to five.\n\nA car bomb targeted the post in the town of Tarvo on 3 May"
        " 2024. The blast claimed the lives of 4 fighters and left six others wounded."
    )
    events = events_of(body)
    assert events
    assert all(fatalities(e) <= 5 for e in events)


def test_a_past_acts_toll_in_a_paragraph_of_its_own_counts_no_act_of_today() -> None:
    body = (
        "Gunmen shot dead a guard at a bank in Tarvo on Monday, police said.\n\n"
        "Last month, a bombing near the same bank killed 9 people."
    )
    events = [e for e in events_of(body) if e.time.date.day == 11]
    assert events
    assert all(fatalities(e) == 1 for e in events)


ROUNDUP = (
    "Eleven people were killed in two separate attacks on Thursday in the north, the army"
    " said.\n\nA patrol was ambushed near Dorvo, and two soldiers and four auxiliaries were"
    " killed.\n\nOn the same day, five gendarmes were killed in an attack near Kelmo."
)


def _draft(doc: Document, indexes: list[int], kind: EventTypeName) -> EventDraft:
    sentence = doc.sentences[indexes[0]]
    start = sentence.span.start
    return EventDraft(
        event_type=kind,
        trigger=Trigger(Span(start, start + 5), sentence.text[:5], kind),
        sentence_span=sentence.span,
        actor1=None,
        actor2=None,
        places=[],
        date=None,
        quantities=[q for i in indexes for q in doc.in_sentence(doc.quantities, doc.sentences[i])],
        source=None,
        modality="asserted",
        sentences=indexes,
    )


def _split(body: str, *, second: bool = True) -> list[list[float]]:
    """The tolls left on a lead merged with the first item, and on a second item."""
    doc = document(body)
    find_quantities(doc)
    drafts = [_draft(doc, [0, 1], "armed_clash")]
    if second:
        drafts.append(_draft(doc, [2], "armed_clash"))
    split_roundup_totals(doc, drafts)
    return [[q.value for q in d.quantities if q.unit == "fatalities"] for d in drafts]


def test_a_roundup_total_of_two_attacks_is_no_items_toll() -> None:
    assert _split(ROUNDUP) == [[6.0], [5.0]]


def test_a_lead_that_says_it_sums_up_gives_way_to_smaller_parts() -> None:
    body = ROUNDUP.replace(
        "Eleven people were killed in two separate attacks",
        "A total of 20 people were killed across the country",
    )
    assert _split(body) == [[6.0], [5.0]]


def test_a_lead_total_with_no_other_act_tolled_stays() -> None:
    assert _split(ROUNDUP, second=False) == [[11.0, 6.0]]


def test_a_lead_that_does_not_say_it_sums_up_stays() -> None:
    body = ROUNDUP.replace(
        "Eleven people were killed in two separate attacks",
        "Fourteen people were killed in attacks",
    )
    assert _split(body) == [[14.0, 6.0], [5.0]]


def test_other_dead_told_after_the_first_toll_add_up() -> None:
    body = (
        "Gunmen ambushed a police convoy near Tarvo on Thursday, killing six officers. Two other"
        " people died in the shooting, officials said."
    )
    (event,) = events_of(body)
    assert event.event_type == "armed_clash"
    assert fatalities(event) == 8
