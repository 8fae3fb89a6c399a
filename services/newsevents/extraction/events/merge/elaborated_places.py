"""Where an attack happened, told in a sentence that refers back to it: "Fifteen people were
killed when Boko Haram attacked a village in Borno State. The attack happened on Monday in
Huyum, in the Askira-Uba district." happened in Huyum.

A sentence opening with the act or its toll ("The attack", "The incident", "The strike",
"The fatalities") and saying where it occurred, landed or hit ("occurred in", "took place in",
"hit a house in") tells the place of the violent event just before it, when that place is
coarser (a province, a country, a city) and contains the new one. The sentence joins the
event's evidence, so the unknown localities it names place the event too
(:mod:`.unknown_places`).
"""

from __future__ import annotations

import re

from ...document import Document, PlaceMention
from ...ontology import is_violent
from ..draft import EventDraft
from ..link.where import PRECISION_RANK, most_precise_first
from .localities import locality_names

_REFERS_TO_THE_ACT = re.compile(
    r"^(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?(?:attack|incident|strike|air\s?strike|raid|blast|"
    r"explosion|bombing|fatalities|deaths|killings?|clash(?:es)?|shelling|assault|ambush|"
    r"fighting)s?\b(?:[^.]{0,80}?)\b(?:occurred|happened|took place|was carried out|"
    r"(?:hit|struck|targeted)\b)",
    re.IGNORECASE,
)
_NEAR = 3  # sentences after the event's last one


def place_from_elaborations(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each violent event given the finer place a following sentence about it tells."""
    told = {index for draft in drafts for index in draft.sentences}
    for index, sentence in enumerate(doc.sentences):
        if _REFERS_TO_THE_ACT.search(sentence.text) is None:
            continue
        event = _event_before(drafts, index)
        if event is None:
            continue
        named = [p for p in doc.in_sentence(doc.places, sentence) if _inside(p, event)]
        has_locality = bool(locality_names(sentence.text))
        if not named and not has_locality:
            continue
        if index not in event.sentences and (index not in told or named or has_locality):
            event.sentences.append(index)
        if named:
            event.places = most_precise_first(named + event.places)
    return drafts


def _event_before(drafts: list[EventDraft], index: int) -> EventDraft | None:
    """The violent event last told before sentence ``index``, at most ``_NEAR`` before."""
    before = [
        d
        for d in drafts
        if is_violent(d.event_type)
        and d.sentences
        and min(d.sentences) < index
        and index - max(s for s in d.sentences if s < index) <= _NEAR
    ]
    return max(before, key=lambda d: max(s for s in d.sentences if s < index), default=None)


def _inside(place: PlaceMention, event: EventDraft) -> bool:
    """Whether ``place`` is finer than the event's place and lies in it (same country; same
    province when the event's place has one)."""
    if not event.places:
        return place.precision not in ("country", "supranational")
    around = event.places[0]
    if PRECISION_RANK.get(place.precision, 9) >= PRECISION_RANK.get(around.precision, 9):
        return False
    if place.country_code != around.country_code:
        return False
    return around.province is None or place.province == around.province
