"""One occurrence told at two places: an act told at a wide place is the act of its kind told
at the one place inside it, in the sentences next to it.

A writer tells one incident at several grains: the lead at the city ("terrorists fired
rockets on Aleppo, killing nine"), the next sentences at the quarter the rockets hit ("two
girls were wounded in al-Hamdaniyeh"); a headline at the country, the body at the village. A
monitor codes one event, at the finest place.

``fold_nested_places`` (the last merging pass): a violent event whose main place is a
country, region, province or town takes in the event of the same type told at a finer place
inside it, when
- that event is the ONLY violent one of the day and modality told inside the wide place (a
  roundup that tells the incidents of two quarters keeps its summary: it may be either);
- it is told in another sentence, at most ``_GAP`` sentences away (measured: a finer act told
  further on in the article is as often another incident of the same city; one sentence
  naming two places is left to the listed-places passes);
- their days and sides agree (:func:`..incidents.acts.sides_agree`);
- neither mention is told as a new incident ("Another drone strike in Dembecha",
  "separately", "meanwhile", a sentence opening on another place or day:
  :func:`...story_cues.told_as_new`).

A country the wide mention names as no place of an act ("near the border with Mali", "the
Armed Forces of Ukraine", "Turkey's invasion", "Russia is using artillery": no locative
preposition before it) stands for a side or a neighbour, not for where the act was: such a
mention takes in the one act of its own type told at a finer place, wherever that lies (the
ambush "near the border with Mali" is the ambush in Niger's Tillaberi region told next).

Everything both told is kept (every sentence as evidence, the finer place first, the wide
mention's type and sides).
"""

from __future__ import annotations

import re

from .....document import Document, PlaceMention
from .....ontology import is_violent
from ....draft import EventDraft
from ....geography.nesting import nested
from ....geography.precision import PRECISION_RANK
from ....geography.struck_names.struck_heads import told_by_a_struck_list
from ....story_cues import same_day, told_as_new
from ...folding import absorb
from ...incidents.acts import sides_agree
from ...incidents.identity.act_identity import own_toll_at_a_town
from ...incidents.identity.summary_lead import sums_up
from ..localities.locality import COARSER_THAN_LOCALITY


def fold_nested_places(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each violent event at a wide place folded into the one event of its kind told inside
    that place, else kept."""
    folded: set[int] = set()
    for wide in drafts:
        if id(wide) in folded or not _is_wide(wide):
            continue
        inside = [
            d for d in drafts if d is not wide and id(d) not in folded and _inside(doc, wide, d)
        ]
        fine = inside[0] if len(inside) == 1 else _first_listed(drafts, wide, inside)
        if fine is None or _listed_outside(drafts, wide, fine, inside):
            continue
        if not _retells(doc, wide, fine) or told_by_a_struck_list(doc, fine):
            continue
        if fine.event_type == wide.event_type:
            absorb(wide, fine)
            folded.add(id(fine))
        else:
            # Told as another act (an ambush, then the gunmen's attack on the officers): two
            # events still, but the incident happened at the finer place.
            wide.places = [fine.places[0], *(p for p in wide.places if p != fine.places[0])]
    return [d for d in drafts if id(d) not in folded]


def _first_listed(
    drafts: list[EventDraft], wide: EventDraft, inside: list[EventDraft]
) -> EventDraft | None:
    """The first of the events of one list: copies of one act told in one sentence, one per
    place it lists ("shells fell on A, B, C and D neighbourhoods" after "rebels shelled the
    city"), told right after the act at the city with no count of their own: the act at the
    city is the list's act told before it, not one more place of it (unless it is itself one
    place of a list: "hit A and B. The air force hit C and D")."""
    if len(inside) < 2 or any(
        d.sentences != inside[0].sentences or d.event_type != inside[0].event_type for d in inside
    ):
        return None
    city = wide.places[0].precision == "town"
    if (
        not city
        or inside[0].sentences[0] != max(wide.sentences) + 1
        or any(d.quantities for d in inside)
    ):
        # a province's summary and its villages ("The army killed 25 in Idlib province ... Army
        # units killed a number of militants in A, B and C"), a list told further on or with a
        # count of its own, is the roundup after its summary, not the act told again
        return None
    if any(
        d is not wide and d.sentences[0] == wide.sentences[0] and d.event_type == wide.event_type
        for d in drafts
    ):
        return None
    return min(inside, key=lambda d: d.places[0].span.start)


def _listed_outside(
    drafts: list[EventDraft], wide: EventDraft, fine: EventDraft, inside: list[EventDraft]
) -> bool:
    """Whether ``fine`` is one copy of a listed act whose other places do not all lie inside
    the wide place: "Israeli tanks shelled Gaza. Shells fell on Jabalia, Shati and Bureij" is
    no act inside the city at Shati alone."""
    return any(
        d is not wide
        and d.sentences == fine.sentences
        and d.event_type == fine.event_type
        and all(d is not i for i in inside)
        for d in drafts
    )


def _main_place(draft: EventDraft) -> PlaceMention | None:
    return draft.places[0] if draft.places else None


def _is_wide(draft: EventDraft) -> bool:
    place = _main_place(draft)
    return (
        is_violent(draft.event_type)
        and place is not None
        and place.precision in COARSER_THAN_LOCALITY
    )


def _inside(doc: Document, wide: EventDraft, other: EventDraft) -> bool:
    """Whether ``other`` is an event of ``wide``'s kind, day and modality told at a finer
    place inside ``wide``'s (or, when ``wide``'s country is named as no place, an event of its
    type at a finer place anywhere)."""
    outer, inner = _main_place(wide), _main_place(other)
    return (
        outer is not None
        and inner is not None
        and is_violent(other.event_type)
        and other.modality == wide.modality
        and PRECISION_RANK.get(inner.precision, 9) < PRECISION_RANK.get(outer.precision, 9)
        and inner.name != outer.name
        and (
            nested(inner, outer)
            or (other.event_type == wide.event_type and _country_as_no_place(doc, outer))
        )
        and same_day(wide, other)
    )


# The words before a country that tell it as where an act was ("in Mali", "across Syria",
# "on Israel", "struck Syria"): anything else before it is a side's, a border's or a name's.
_LOCATIVE = re.compile(
    r"\b(?:in|inside|within|across|throughout|into|on|onto|at|against|over|to|toward|towards"
    r"|near|around|from|hit|hits|struck|strikes|attacked|attacks|bombed|shelled|targeted"
    r"|targets|raided|invaded|entered)\W*$",
    re.IGNORECASE,
)


def _country_as_no_place(doc: Document, place: PlaceMention) -> bool:
    """Whether a country is named with no locative word before it ("the border with Mali",
    "the Armed Forces of Ukraine", "Turkey's invasion", "Russia is using artillery")."""
    if place.precision != "country":
        return False
    before = doc.text[max(0, place.span.start - 30) : place.span.start]
    return _LOCATIVE.search(before) is None


def _retells(doc: Document, wide: EventDraft, fine: EventDraft) -> bool:
    if set(wide.sentences) & set(fine.sentences):
        return False  # one sentence telling two places: the listed-places passes decide
    if not _next_to(wide, fine):
        return False
    # Either mention told as a new incident ("Another drone strike in Dembecha") is not the
    # other's retelling, whichever comes first.
    return (
        not told_as_new(doc, doc.sentences[wide.sentences[0]], wide)
        and not told_as_new(doc, doc.sentences[fine.sentences[0]], fine)
        and sides_agree(doc, fine, wide)
        # a lead's total over days or a province and one of the acts it is made of
        and not sums_up(doc, wide, fine)
        # a town's act with its own toll and target, after one told at no town (fold60)
        and not own_toll_at_a_town(doc, *sorted((wide, fine), key=lambda d: d.sentences[0]))
    )


# How many sentences may lie between the two mentions of one occurrence.
_GAP = 2


def _next_to(first: EventDraft, other: EventDraft) -> bool:
    a, b = sorted((first, other), key=lambda d: d.sentences[0])
    return 0 < b.sentences[0] - max(a.sentences) <= _GAP
