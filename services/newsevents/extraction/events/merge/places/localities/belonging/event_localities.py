"""The unknown localities an event may be placed at (for :mod:`..placing.unknown_places`): those its
sentences name that lie in its places, the finest first, each place once, and the names listed
beside its place as its peers.
"""

from __future__ import annotations

import re

from ......document import Document, PlaceMention
from .....crowds import CROWD_TYPES
from .....draft import EventDraft
from .....geography.lists.listed_names import listed_names
from .....geography.name_shapes import KIND
from .....geography.nesting import same_or_part
from .....link.clauses import in_other_clause
from ..locality import Locality
from ..reading.named_localities import named_localities
from .bearings import bearing_from
from .one_list import in_list_of
from .provinces import of_another_province


def localities_of_event(
    doc: Document, draft: EventDraft, around: PlaceMention, *, peers: bool = True
) -> list[Locality]:
    """The localities an event at ``around`` may be placed at: those its sentences name (and,
    with ``peers``, the names listed beside ``around``) that lie in its places, the finest
    first, each place once."""
    told = locality_of_sentences(doc, draft, around if peers else None)
    # a roundup's other clause tells another act's places (", while in Daraa shelling hit B")
    told = [f for f in told if not in_other_clause(doc, draft.trigger, f.span)]
    # "positions in al-Shaer field to the east of Jazal field": the field the other lies east
    # of is no place of the act (thirty-eighth round, several58)
    told = [f for f in told if not bearing_from(doc, f, told)]
    # a sentence telling another province's act ("regained Khatab town ... in Hama countryside"
    # beside a headline's killing in Idlib) names no locality of an act placed elsewhere
    told = [f for f in told if not of_another_province(doc, f, around)]
    found = finest([f for f in told if f.lies_in(draft.places)], around)
    if draft.event_type in CROWD_TYPES:
        # A crowd's streets and estates are no villages of their own ("burning tyres in A, B
        # and C"): a list told only by its place names none of a crowd event's places.
        found = [f for f in found if not f.listed]
    if draft.event_type in CROWD_TYPES and around.precision == "town":
        # A riot spreads over a town's streets and quarters: one crowd event in the town.
        found = [f for f in found if f.precision != "neighbourhood"]
    return one_per_place(found)


def one_per_place(found: list[Locality]) -> list[Locality]:
    """The localities, each place once: a name told again in another spelling ("the Jumgund
    area" then "at Jumagund") or with the part of it that was hit ("al-Mazzeh" then "al-Mazzeh
    86", "Sulaiman al-Halabi al-Midan") is the place told first, not a second place of the act
    (:func:`.....geography.nesting.same_or_part`)."""
    kept: list[Locality] = []
    for locality in found:
        if not any(same_or_part(k.name, locality.name) for k in kept):
            kept.append(locality)
    return kept


def finest(found: list[Locality], around: PlaceMention) -> list[Locality]:
    """The localities that may place an event at ``around``: a province the gazetteer lacks only
    where nothing finer is named ("a market in the Bangassogo province. The killings in the
    village of Kpenchangou ..." happened at the village) and only in a country or a region (it
    is no finer than a town)."""
    finer = [f for f in found if f.precision != "region"]
    if finer or around.precision not in ("country", "admin1", "region"):
        return finer
    return found[:1]


# A unit's noun or a possessive after a district's name tells the unit the villages lie in, not
# one more village of the list: "Habit and Kafr Sijna in Tamanaah district", "Maarat's
# countryside".
_UNIT_AFTER = re.compile(
    r"(?:\s+(?:district|sub-?district|province|governorate|region|countryside|area)\b|['’])",
    re.IGNORECASE,
)


def list_peers(doc: Document, draft: EventDraft, around: PlaceMention) -> list[Locality]:
    """The localities told in one list with the event's place, when that place may be one
    name of a list of villages (:func:`_list_member`, :func:`in_list_of`)."""
    if not _list_member(doc, around):
        return []
    found = in_list_of(doc, around, localities_of_event(doc, draft, around))
    return [f for f in found if isinstance(f, Locality)]


def _list_member(doc: Document, place: PlaceMention) -> bool:
    """Whether the event's place may be one name of a list of villages: a name the gazetteer
    lacks in the province told (an unknown namesake the places stage kept, ``resolved``
    false), or a town read as its district ("region", not a province)."""
    if _UNIT_AFTER.match(doc.text, place.span.end) is not None:
        return False
    if place.feature == "locality":
        return not place.resolved and place.precision == "town"
    return place.resolved and place.precision == "region" and place.feature != "admin1"


def locality_of_sentences(
    doc: Document, draft: EventDraft, around: PlaceMention | None = None
) -> list[Locality]:
    """The unknown localities of every sentence that tells the event (a headline names the
    city, the lead its neighbourhoods), each name once, those that only hold the locality
    told right before them left out (:func:`_without_holders`), and the names listed beside
    ``around`` as its peers (``listed_names``). A peer's reading replaces the open list's of
    the same name (``Locality.listed``): a crowd event keeps a known town's peers (lists57)."""
    seen: dict[str, int] = {}  # each name's index in found
    found: list[Locality] = []
    for index in sorted(set(draft.sentences)):
        named = _without_holders(doc, named_localities(doc, doc.sentences[index]))
        if around is not None:
            named += [
                Locality(n.span, n.name, n.precision, n.beside, n.beside.name)
                for n in listed_names(doc, doc.sentences[index])
                if n.beside.name == around.name
            ]
        for locality in named:
            key = locality.name.lower()
            if key not in seen:
                seen[key] = len(found)
                found.append(locality)
            elif found[seen[key]].listed and locality.beside is not None:
                found[seen[key]] = locality
    return found


# A locality told as lying in the next one: "the Mahathr area of Sihar district", "the town of
# X in the Y area". The second holds the first: no place of the act of its own.
_HOLDS = re.compile(rf"\s+(?:(?:{KIND})\s+)?(?:of|in)\s+(?:the\s+)?", re.IGNORECASE)


def _without_holders(doc: Document, named: list[Locality]) -> list[Locality]:
    """A sentence's localities, those told right after another as what holds it left out."""
    return [
        locality
        for before, locality in zip([None, *named], named, strict=False)
        if before is None or not _HOLDS.fullmatch(doc.text[before.span.end : locality.span.start])
    ]
