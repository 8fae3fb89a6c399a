"""Events at localities the gazetteer lacks: "rockets fell on al-Midan and al-Furqan
neighbourhoods in Aleppo" is two shellings, at al-Midan and at al-Furqan, both in Aleppo.

Reports of a war in cities name neighbourhoods and villages no gazetteer shipped here knows. A
violent event whose own sentence names such localities ("X neighbourhood", "the village of X",
"the neighbourhoods of X, Y and Z") is placed at each of them: one event per locality, as
monitors code one event per location. The locality keeps its name as written and takes the
coordinates, admin1 and country of the place it lies in (the event's known place: the city or
province), with ``resolved`` false, as ACLED codes a village it cannot find at the centre of
its district (geo precision 2); a village named around a town ("the village of Kafr Wardeh
about 40 km east of Homs city") is placed so too, at the town's coordinates, since the named
village, not the town, is where it happened. Where the text says the fire came from
("terrorists positioned in Joubar neighbourhood shelled al-Dokhanyeh") or that people left it,
the locality is no event place. The toll and any retelling stay with the first locality's
event.
"""

from __future__ import annotations

import re

from ......document import Document, PlaceMention, Span, sentence_at
from ......ontology import EventTypeName, is_violent
from ......places.reading.words import DIRECTION_WORDS
from .....draft import EventDraft
from ...per_place.fired_at_list import fire_before_list, retyped_by_fire
from ..belonging.event_localities import list_peers, localities_of_event
from ..belonging.one_list import listed_with_town
from ..belonging.other_acts_clauses import in_another_acts_clause
from ..belonging.town_in_list import district_heading, known_list_member, named_before
from ..locality import COARSER_THAN_LOCALITY, Locality, place_of_locality
from .firing_posts import aimed_container
from .first_told import told_at_first

# Acts done to people or property at a place, not fighting: "police arrested five men in the
# village of X", "troops seized a weapons store in X, Y province" happened at the village.
HELD_AT = frozenset({"arrest", "property_seized", "property_destroyed", "weapons_disrupted"})


def place_at_localities(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each violent draft placed no finer than a town, whose sentence names unknown localities,
    placed at each of them; an arrest or a seizure (``HELD_AT``) at the first of them."""
    result: list[EventDraft] = []
    # A peer a list of the sentence already made an event of its own ("in Tibet al-Imam
    # al-Masasneh Morek ...": split per place before), or that the act at another known town
    # of one list made one of already, is no further event of that act.
    placed = {(d.event_type, d.sentences[0], p.text.lower()) for d in drafts for p in d.places[:1]}
    acts = frozenset(d.trigger.span for d in drafts)  # the acts told by drafts of their own
    for draft in drafts:
        result.append(draft)
        violent = is_violent(draft.event_type)
        if not draft.places or not (violent or draft.event_type in HELD_AT):
            continue
        around = draft.places[0]
        peers = list_peers(doc, draft, around) if violent else []
        if peers:
            # A name of the list the places stage knows or kept ("Marata", a namesake told in
            # Idlib's countryside; "Tamanaah", read as its district): one event there, one at
            # each village listed with it (thirty-third round).
            keys = _keys(doc, draft, peers)
            # Not placed inside the district: "at Tamanaah" and "at Habit in Tamanaah" would be
            # read as one act told at the district and at a village of it.
            result += _acts_at_new(doc, draft, around, peers, keys, placed, draft.places[1:], acts)
            continue
        if around.precision not in COARSER_THAN_LOCALITY or not around.resolved:
            continue
        found = localities_of_event(doc, draft, around)
        # (the places of another act's clause in a sentence the draft took in are that act's)
        found = [f for f in found if not in_another_acts_clause(doc, draft, f.span, drafts)]
        if not found:
            continue
        # a quarter lies in the paragraph's city, not where the fire came from
        around = aimed_container(doc, draft, around)
        if not violent:
            # An arrest or a seizure at a village: one event there, not one per name told
            draft.places = [place_of_locality(doc, found[0], around), *draft.places]
            continue
        head = district_heading(doc, draft, around, found)
        if known_list_member(doc, draft, around, found):
            # "bombed the towns of A and B, and also targeted C and D": a town of one list keeps
            # its event; the names of another list of the sentence (a district named after its
            # seat, villages the gazetteer lacks) are events of their own (forty-eighth round,
            # list68)
            keys = _keys(doc, draft, found)
            if head is not None:
                draft.places = [p for p in draft.places if p.span != head.span]
                key = (draft.event_type, draft.sentences[0], head.text.lower())
                if key not in placed:
                    result.append(draft.at([head, *draft.places[1:]]))
                    placed.add(key)
            result += _acts_at_new(doc, draft, around, found, keys, placed, own_acts=acts)
            continue
        if head is not None:
            # "in the al-Thawra, al-Jahmaliya and Kalaba districts of Taiz": the list's first
            # name is a district the gazetteer knows, a member of the list like the others,
            # and the act is there, not at the city the list lies in.
            draft.places = [head, *(p for p in draft.places if p.span != head.span)]
        if (
            head is not None
            or listed_with_town(doc, around, found)
            or any(f.beside is not None for f in found)
        ):
            # A peer, not a part: "on Nyaung Kone and Kyarsi villages", "in Kunyo Barrow,
            # Jannaale and Awdhegle" is one event at the known place and one at each name.
            keys = _keys(doc, draft, found)
            first = named_before(doc, draft, around, found, head)
            if first is not None and keys[found.index(first)] not in placed:
                # "hit Kafr Sijna, Hish and Maar Shurin": the list's first name, not the known
                # town told after it, is where the act (its toll, its lead) is told first
                result.append(_copy_at(doc, draft, around))
                draft.places = [place_of_locality(doc, first, around), *draft.places]
                placed.add(keys[found.index(first)])
            elif (
                first is None
                and keys[0] not in placed
                and _bearing_reference(doc, around, found[0])
            ):
                # "in the surrounding of A ... to the east of T and in the village of B": the
                # town says where the names lie, the act is at the first of them
                draft.places = [place_of_locality(doc, found[0], around), *draft.places]
                placed.add(keys[0])
            result += _acts_at_new(doc, draft, around, found, keys, placed, own_acts=acts)
            continue
        # A village of the draft's own sentence that another town of its list already has an
        # event at ("struck Latmin and Kafr Zita, and Morek": Latmin is Kafr Zita's peer) is no
        # place of this one; a village named in another sentence may be retold here.
        keys = _keys(doc, draft, found)
        own = draft.sentences[0]
        found = [
            f for f, key in zip(found, keys, strict=True) if key[1] != own or key not in placed
        ]
        if not found:
            continue
        placed.update(keys)
        draft.places = [place_of_locality(doc, found[0], around), *draft.places]
        result.extend(
            act_at(doc, draft, locality, around, found, own_acts=acts) for locality in found[1:]
        )
        told_at_first(doc, draft, found)
    return result


# A known town told as what the list's names lie east, west, north or south of (fifty-second
# round, vill72): "in the surrounding of A B ... to the east of T and in the village of C" says
# where A, B and C lie; T is no place of the act.
_BEARING_OF = re.compile(
    rf"\b(?:to\s+the\s+)?(?:{DIRECTION_WORDS})\s+of\s+(?:the\s+(?:town|city|village)\s+of\s+)?$",
    re.IGNORECASE,
)


def _bearing_reference(doc: Document, town: PlaceMention, first: Locality) -> bool:
    """Whether the known ``town`` is told after a bearing, the list's first name before it in
    its sentence: the reference the names lie off, no place of the act."""
    told = sentence_at(doc.sentences, town.span)
    return (
        told is not None
        and told.span.contains(first.span)
        and first.span.end <= town.span.start
        and _BEARING_OF.search(doc.text, max(0, town.span.start - 40), town.span.start) is not None
    )


def _copy_at(doc: Document, draft: EventDraft, town: PlaceMention) -> EventDraft:
    """The draft's act at its known town, told in the sentence that names the town."""
    other = draft.at(list(draft.places))
    told = sentence_at(doc.sentences, town.span)
    if told is not None and not told.span.overlaps(draft.sentence_span):
        other.sentences, other.sentence_span = [told.index], told.span
    return other


# An event placed: its type, the sentence that names its place, the place's name.
_Key = tuple[EventTypeName, int, str]


def _keys(doc: Document, draft: EventDraft, found: list[Locality]) -> list[_Key]:
    """Each locality's key among the events placed so far: the act's type, the sentence that
    names the locality, its name."""
    return [(draft.event_type, _sentence_of(doc, f), f.name.lower()) for f in found]


def _acts_at_new(
    doc: Document,
    draft: EventDraft,
    around: PlaceMention,
    found: list[Locality],
    keys: list[_Key],
    placed: set[_Key],
    within: list[PlaceMention] | None = None,
    own_acts: frozenset[Span] = frozenset(),
) -> list[EventDraft]:
    """The draft's act at each locality of ``found`` (``keys``: their keys) no event of the act
    is placed at yet; their keys join ``placed``."""
    acts = [
        act_at(doc, draft, locality, around, found, within, own_acts=own_acts)
        for locality, key in zip(found, keys, strict=True)
        if key not in placed
    ]
    placed.update(keys)
    return acts


def _sentence_of(doc: Document, locality: Locality) -> int:
    told = sentence_at(doc.sentences, locality.span)
    return -1 if told is None else told.index


def act_at(
    doc: Document,
    draft: EventDraft,
    locality: Locality,
    around: PlaceMention,
    found: list[Locality],
    within: list[PlaceMention] | None = None,
    *,
    own_acts: frozenset[Span] = frozenset(),
) -> EventDraft:
    """The draft's act at one more locality, told in the sentence that names it: a retelling
    merged into the draft ("rockets fell on al-Ramouseh ... Shells fell on X neighbourhood")
    is the evidence of the act at X, not the draft's first sentence. The dead that sentence
    counts are X's when it names no other of the localities ("... attacked nomads near the
    village of X, killing three": three at X, not at the draft's first place). The event's
    places after the locality are ``around``, or ``within`` if given."""
    wider = [around] if within is None else within
    other = draft.at([place_of_locality(doc, locality, around), *wider])
    told = sentence_at(doc.sentences, locality.span)
    if told is not None:
        # the list's places after a fire word of another act are that act's (fired_at_list)
        start = min(f.span.start for f in found if told.span.contains(f.span))
        other = retyped_by_fire(other, fire_before_list(doc, draft, told.index, start), own_acts)
    if (
        told is not None
        and told.index in draft.sentences
        and not told.span.overlaps(draft.sentence_span)
    ):
        other.sentences, other.sentence_span = [told.index], told.span
        alone = not any(f is not locality and told.span.contains(f.span) for f in found)
        counted = [q for q in draft.quantities if told.span.contains(q.span)]
        if alone and counted:
            other.quantities = counted
            draft.quantities = [q for q in draft.quantities if q not in counted]
    return other
