"""The lead's toll and a retelling the merges kept apart (`attach_casualties`): the body's act
with no toll of its own counts the one toll the lead gives; not when it tells its own wounded
or none, nor when another act has a toll of its own, nor on another day."""

from __future__ import annotations

import datetime as dt

from newsevents.extraction.document import DateMention, Document, PlaceMention, Span, Trigger
from newsevents.extraction.events.draft import EventDraft
from newsevents.extraction.events.merge.outcomes.tolls import attach_casualties
from newsevents.extraction.ontology import EventTypeName
from newsevents.extraction.text.quantities import find_quantities
from tests.unit.helpers import document

LEAD = "A bomber killed 9 mourners at a burial in the north of Chad on Friday, police said."
OTHER_LEAD = "Gunmen killed 4 traders at a market in Mongo on Friday, police said."


def _draft(doc: Document, index: int, kind: EventTypeName, day: int | None = None) -> EventDraft:
    sentence = doc.sentences[index]
    start = sentence.span.start
    date = None
    if day is not None:
        date = DateMention(Span(start, start + 1), "Friday", dt.date(2024, 3, day), "day")
    return EventDraft(
        event_type=kind,
        trigger=Trigger(Span(start, start + 5), sentence.text[:5], kind),
        sentence_span=sentence.span,
        actor1=None,
        actor2=None,
        places=[],
        date=date,
        quantities=doc.in_sentence(doc.quantities, sentence),
        source=None,
        modality="asserted",
        sentences=[index],
    )


def _tolls(draft: EventDraft) -> list[float]:
    return [q.value for q in draft.quantities if q.unit == "fatalities"]


def _attached(body: str, *, lead_day: int = 8, body_day: int = 8) -> list[list[float]]:
    doc = document(body)
    find_quantities(doc)
    lead = _draft(doc, 0, "suicide_bombing", lead_day)
    later = _draft(doc, len(doc.sentences) - 1, "explosive_attack", body_day)
    return [_tolls(d) for d in attach_casualties(doc, [lead, later])]


def test_a_retelling_with_no_toll_counts_the_lead_dead() -> None:
    body = f"{LEAD}\n\nThe burial was held for a village chief.\n\nThe blast hit the cemetery gate."
    assert _attached(body) == [[9.0], [9.0]]


def test_a_retelling_that_tells_its_own_wounded_or_none_keeps_no_toll() -> None:
    wounded = f"{LEAD}\n\nA blast at a checkpoint in Abeche wounded two guards."
    assert _attached(wounded) == [[9.0], []]
    no_one = f"{LEAD}\n\nA blast at a checkpoint in Abeche caused only material damage."
    assert _attached(no_one) == [[9.0], []]


def test_no_toll_is_carried_across_days() -> None:
    body = f"{LEAD}\n\nThe blast hit the cemetery gate."
    assert _attached(body, lead_day=8, body_day=7) == [[9.0], []]


def test_no_toll_is_carried_when_two_acts_have_their_own() -> None:
    doc = document(f"{LEAD}\n\n{OTHER_LEAD}\n\nThe blast hit the cemetery gate.")
    find_quantities(doc)
    drafts = [
        _draft(doc, 0, "suicide_bombing", 8),
        _draft(doc, 1, "attack_on_civilians", 8),
        _draft(doc, 2, "explosive_attack", 8),
    ]
    assert [_tolls(d) for d in attach_casualties(doc, drafts)] == [[9.0], [4.0], []]


def _at(draft: EventDraft, name: str, province: str) -> EventDraft:
    place = PlaceMention(
        span=draft.sentence_span,
        text=name,
        name=name,
        country_code="TD",
        admin1=province,
        latitude=12.0,
        longitude=18.0,
        precision="town",
        feature="town",
    )
    draft.places = [place]
    return draft


def _roundup(body: str, provinces: list[str]) -> list[list[float]]:
    doc = document(body)
    find_quantities(doc)
    drafts = [_at(_draft(doc, 0, "suicide_bombing", 8), "Abeche", provinces[0])]
    for index, province in enumerate(provinces[1:], start=1):
        drafts.append(_at(_draft(doc, index, "armed_clash", 8), f"Town{index}", province))
    return [_tolls(d) for d in attach_casualties(doc, drafts)]


def test_the_acts_of_a_roundup_in_other_provinces_do_not_count_the_lead_dead() -> None:
    body = (
        f"{LEAD}\n\nIn Salamat the army repelled an attack on a post.\n\n"
        "In Batha the army targeted a gathering of rebels."
    )
    assert _roundup(body, ["Ouaddai", "Salamat", "Batha"]) == [[9.0], [], []]


def test_an_act_in_another_province_does_not_count_the_lead_dead() -> None:
    body = f"{LEAD}\n\nIn Batha the army went on with its operations against rebels."
    assert _roundup(body, ["Ouaddai", "Batha"]) == [[9.0], []]


def test_a_retelling_in_the_lead_province_counts_the_lead_dead() -> None:
    body = f"{LEAD}\n\nThe blast hit the cemetery gate."
    assert _roundup(body, ["Ouaddai", "Ouaddai"]) == [[9.0], [9.0]]


def _attached_at(body: str, word: str) -> list[list[float]]:
    """As ``_attached``, the later act told by ``word`` of its sentence."""
    doc = document(body)
    find_quantities(doc)
    lead = _draft(doc, 0, "suicide_bombing", 8)
    later = _draft(doc, len(doc.sentences) - 1, "explosive_attack", 8)
    start = doc.text.index(word, later.sentence_span.start)
    later.trigger = Trigger(Span(start, start + len(word)), word, "explosive_attack")
    return [_tolls(d) for d in attach_casualties(doc, [lead, later])]


def test_acts_named_in_general_by_a_bare_plural_take_no_lead_toll() -> None:
    general = f"{LEAD}\n\nAsked why bombings go on, the minister blamed the rebels."
    assert _attached_at(general, "bombings") == [[9.0], []]
    # a plural with its determiner retells the lead's act
    retold = f"{LEAD}\n\nThe bombings hit the cemetery gate."
    assert _attached_at(retold, "bombings") == [[9.0], [9.0]]


def test_one_toll_of_two_strikes_from_afar_in_a_sentence_counts_once() -> None:
    doc = document("Shelling and air strikes on Kadu killed seven people on Friday, medics said.")
    find_quantities(doc)
    shelling = _draft(doc, 0, "shelling", 8)
    strike = _draft(doc, 0, "airstrike", 8)
    tolls = [_tolls(d) for d in attach_casualties(doc, [shelling, strike])]
    assert sorted(tolls) == [[], [7.0]]
