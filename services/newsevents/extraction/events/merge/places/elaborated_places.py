"""Where an attack happened, told in a sentence that refers back to it: "Nine villagers died
when Boko Haram raided a settlement in Borno State. The raid took place on Friday in
Huyum, in Askira-Uba district." happened in Huyum.

A sentence opening with the act or its toll ("The attack", "The incident", "The strike",
"The fatalities") and saying where it occurred, landed or hit ("occurred in", "took place in",
"hit a house in") tells the place of the violent event just before it, when that place is
coarser (a province, a country, a city) and contains the new one. The sentence joins the
event's evidence, so the unknown localities it names place the event too
(:mod:`.unknown_places`).

``place_from_followups``, a later pass: a sentence that tells no act of its own, just after a
violent event, gives the event the finer place it names ("... a drone strike in south Lebanon.
Residents said the drone hit a car near the village of Kafra." happened at Kafra), or the first
locality the gazetteer lacks; that sentence does not join the event.

``place_unplaced``, last: an event no place locates takes the places of such a sentence after
it in its paragraph ("... killed three villagers. LOCATION: Kapelbok in Turkana District").
"""

from __future__ import annotations

import re

from ....document import LOCAL_PRECISIONS, Document, PlaceMention, Sentence, Span
from ....ontology import is_violent
from ...draft import EventDraft
from ...geography.city_province import in_the_province, province_by_its_city
from ...geography.name_shapes import KIND
from ...geography.names.localities import locality_names
from ...geography.nesting import finer_within, nested
from ...geography.precision import most_precise_first
from ...link.place_roles import spoken_before
from .localities.belonging.event_localities import finest
from .localities.locality import COARSER_THAN_LOCALITY, Locality, place_of_locality
from .localities.reading.named_localities import named_localities

_REFERS_TO_THE_ACT = re.compile(
    r"^(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?(?:attack|incident|strike|air\s?strike|raid|blast|"
    r"explosion|bombing|fatalities|deaths|killings?|clash(?:es)?|shelling|assault|ambush|"
    r"fighting|confrontation|shootout|gunfight|firefight|violence|battle)s?\b(?:[^.]{0,80}?)\b"
    r"(?:occurred|happened|took place|was carried out|broke out|erupted|"
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
        as_province = province_by_its_city(doc, event)
        named = [
            p
            for p in doc.in_sentence(doc.places, sentence)
            if _inside(p, event) or (as_province and _in_province(p, event))
        ]
        has_locality = bool(locality_names(sentence.text))
        if not named and not has_locality:
            continue
        if index not in event.sentences and (index not in told or named or has_locality):
            event.sentences.append(index)
        if named:
            event.places = most_precise_first(named + event.places)
    return drafts


def place_from_followups(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each violent event still placed no finer than a town given the finer place that a
    following sentence telling no act of its own names: "Two fighters were killed in a drone
    strike in south Lebanon. Residents said the drone hit a car near the village of Kafra."
    happened at Kafra. Run after the event's own localities placed it."""
    told: dict[int, list[EventDraft]] = {}
    for draft in drafts:
        if draft.event_type in _MOVES:
            continue  # "the men arrived at the village of X": the way to the act's site
        for index in draft.sentences:
            told.setdefault(index, []).append(draft)
    for index, sentence in enumerate(doc.sentences):
        if index in told or sentence.heading or index in doc.background_sentences:
            continue  # an act of its own, news or recalled ("Last week, rebels attacked X")
        event = _told_just_before(told, index)
        if event is None or not event.places or not event.places[0].resolved:
            continue
        # "killed 70 terrorists in Hama. The fatalities were in the Kawkab village": a lead's
        # city told for its province is no finer than the province's other towns
        as_province = province_by_its_city(doc, event)
        named = [
            p
            for p in doc.in_sentence(doc.places, sentence)
            if (_inside(p, event) or (as_province and _in_province(p, event)))
            and not _elsewhere(doc.text, p.span)
        ]
        if as_province and _a_list(named):
            continue  # "They included Gem, Bondo, Ugunja and Rarieda": a list, not its town
        _place_at(doc, sentence, event, named, as_province=as_province)
    return drafts


def _a_list(named: list[PlaceMention]) -> bool:
    """Whether a sentence names several places none of which lies in another: a quarter told
    with its city ("in the Crown Heights neighborhood of Brooklyn") is one place."""
    outer = {p.name for p in named if not any(nested(p, q) for q in named if q.name != p.name)}
    return len(outer) > 1


def _in_province(place: PlaceMention, event: EventDraft) -> bool:
    return place.precision in LOCAL_PRECISIONS and in_the_province(place, event.places[0])


# Drafts that tell only how people moved (the attackers' arrival, troops sent, people moved):
# a sentence telling no other act tells the way to the act before it, so the place it names is
# that act's site ("Gunmen raided a village in Borno state. The men arrived at the village of X
# on motorcycles.").
_MOVES = frozenset({"deployment", "relocation"})


def place_unplaced(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each event that no place locates (none in its sentences nor earlier in its paragraph)
    takes the places of the nearest following sentence of its paragraph that tells no act of
    its own: "Raiders killed three villagers. LOCATION: Kapelbok in Turkana District" happened
    at Kapelbok. A sentence telling another act ends the search: its places are its own."""
    told = {index for draft in drafts for index in draft.sentences}
    for draft in drafts:
        if draft.places or not draft.sentences:
            continue
        last = max(draft.sentences)
        paragraph = doc.sentences[last].paragraph
        for index in range(last + 1, min(len(doc.sentences), last + 1 + _NEAR)):
            sentence = doc.sentences[index]
            if sentence.paragraph != paragraph or sentence.heading or index in told:
                break
            named = [
                p
                for p in doc.in_sentence(doc.places, sentence)
                if p.precision != "supranational" and not _elsewhere(doc.text, p.span)
            ]
            if named:
                draft.places = most_precise_first(named)
                break
    return drafts


def _place_at(
    doc: Document,
    sentence: Sentence,
    event: EventDraft,
    named: list[PlaceMention],
    *,
    as_province: bool = False,
) -> None:
    """The event (placed, at a resolved place) placed at the finer place a sentence without an
    act of its own names, or at the first locality it names that the gazetteer lacks."""
    localities = named_localities(doc, sentence)
    # "hit Babeska a village in Idlib": the place that locates a locality told in apposition
    # is where the locality lies, not a finer place of the act than the locality itself
    named = [p for p in named if not any(_locates(doc.text, x, p) for x in localities)]
    if named:
        event.places = most_precise_first(named + event.places)
        return
    around = event.places[0]
    if around.precision not in COARSER_THAN_LOCALITY and not as_province:
        return
    found = finest(
        [
            locality
            for locality in localities
            if not _elsewhere(doc.text, locality.span)
            and (
                locality.within is None
                or _inside(locality.within, event)
                or locality.lies_in(event.places)
            )
        ],
        around,
    )
    if found:
        event.places = [place_of_locality(doc, found[0], around), *event.places]


# Between a locality and the place that locates it: "X a village in", "X, a town near", "the
# village of X in the countryside of".
_LOCATED_BY = re.compile(
    r"\s*,?\s+(?:(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:" + KIND + r")\s+)?"
    r"(?:in|near|of|outside|located\s+in)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?",
)


def _locates(text: str, locality: Locality, place: PlaceMention) -> bool:
    """Whether ``place`` is told right after ``locality`` as where it lies."""
    gap = text[locality.span.end : place.span.start]
    return locality.span.end <= place.span.start and _LOCATED_BY.fullmatch(gap) is not None


def _told_just_before(told: dict[int, list[EventDraft]], index: int) -> EventDraft | None:
    """The one violent event of the nearest earlier sentence that tells any, at most
    ``_NEAR`` sentences before ``index``."""
    for back in range(index - 1, max(-1, index - 1 - _NEAR), -1):
        if back in told:
            violent = [d for d in told[back] if is_violent(d.event_type)]
            return violent[0] if len(violent) == 1 else None
    return None


# Where people came from or went, not where the act happened: "fled to Mubi", "were taken to
# the hospital in Jalawla", "arrived from Aleppo". Breaking into a place is acting there: "gunmen
# burst into the community of Yarumal Chiquito".
_ELSEWHERE = re.compile(
    r"\b(?:from|to|towards|(?<!burst )(?<!broke )(?<!barged )(?<!stormed )(?<!fired )"
    r"(?<!firing )(?<!rammed )into)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?$",
    re.IGNORECASE,
)


def _elsewhere(text: str, span: Span) -> bool:
    """Whether the words before a place tell where people came from or went to, where the
    wounded were taken ("taken to a hospital in the town of X") or where someone spoke
    ("Erdogan, speaking in Istanbul, said the strikes ...")."""
    if _ELSEWHERE.search(text[max(0, span.start - 40) : span.start]) is not None:
        return True
    if spoken_before(text, span.start):
        return True
    return _TAKEN_TO.search(text[max(0, span.start - 80) : span.start]) is not None


# The wounded taken somewhere, however many words name where: "were taken to a hospital in
# the town of X", "rushed to the field clinic of X".
_TAKEN_TO = re.compile(
    r"\b(?:taken|rushed|transferred|evacuated|brought|airlifted|referred)\s+"
    r"(?:[\w'’-]+\s+){0,2}?to\s+(?:[\w'’-]+\s+){0,6}?$",
    re.IGNORECASE,
)


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
    return finer_within(place, event.places[0])


def place_from_sentence_mates(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each violent event whose own sentences name none of its places (it carries the place
    of an earlier sentence) placed where an event told in one of its sentences is, when that
    is finer and lies inside: "After violent clashes, the group took control of Heet despite
    air strikes" tells the clashes and the strikes where the capture is, not at the province
    the sentence before names."""
    for draft in drafts:
        if not is_violent(draft.event_type) or not draft.places or _names_own_place(doc, draft):
            continue
        mates = [
            d.places[0]
            for d in drafts
            if d is not draft
            and d.places
            and set(d.sentences) & set(draft.sentences)
            and _names_own_place(doc, d)
            and _inside(d.places[0], draft)
        ]
        if mates:
            draft.places = most_precise_first(mates[:1] + draft.places)
    return drafts


def _names_own_place(doc: Document, draft: EventDraft) -> bool:
    spans = [doc.sentences[i].span for i in draft.sentences]
    return any(span.contains(p.span) for p in draft.places for span in spans)
