"""One air strike per province a sentence tells as a place of its own: "warplanes hit positions
in the province of Idlib, in Hama province and in the city of Latakia" is three air strikes at
the provinces and one at Latakia, as monitors code a strike told no finer than a province at
that level (one event per place and day).

A province counts when its sentence tells it by its kind ("X province", "the province of X", "X
countryside", "the northern countryside of X", "rural X", "X governorate") after a preposition
of place, and holds none of the places the act's sentence names finer: "in the town of Maadan in
Raqqa countryside" locates Maadan, and so does the province told right after a name or a kind of
site ("hideouts in A, B and C in Hama countryside", "in the X valley in Homs countryside": the
names may be villages the gazetteer lacks, placed later). What stands before the preposition
tells it: an act's object ("positions", "vehicles", "a depot") or "and", "as well as" make the
province a place of the act; a name (not an actor's) or a kind of place makes it a locator.
Read in each sentence of the draft, for air strikes only (shelling bulletins name their
provinces as headings); the draft keeps its first place and the toll, each other province is
an event told by its sentence.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .....document import LOCAL_PRECISIONS, ActorMention, Document, PlaceMention
from ....draft import EventDraft

# The kind of a province told after its name: "Hama province", "Raqqa countryside", "Homs
# northern countryside", "Idlib's southern countryside".
_KIND_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:north|south|east|west)(?:ern|-?(?:north|south)?(?:east|west)(?:ern)?)?"
    r"\s+)?(?:province|countryside|governorate)\b",
    re.IGNORECASE,
)
# ... or before it: "the province of Idlib", "the eastern countryside of Homs", "rural Hama".
_KIND_BEFORE = re.compile(
    r"(?:\b(?:province|countryside|governorate)\s+of\s+|\brural\s+)$", re.IGNORECASE
)
# The phrase's opening before the kind: "in the northern province of", "in rural", "in".
_OPENING = re.compile(
    r"\b(?:in|on|over|across|throughout|at)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west)(?:ern|-?(?:north|south)?(?:east|west)(?:ern)?)?\s+|"
    r"(?:central|coastal)\s+)?"
    r"(?:(?:province|countryside|governorate)\s+of\s+|rural\s+)?$",
    re.IGNORECASE,
)
# The last word before the preposition, when it is a kind of place the province locates.
_SITE_KINDS = frozenset(
    {
        "village",
        "villages",
        "town",
        "towns",
        "city",
        "area",
        "areas",
        "valley",
        "hill",
        "hills",
        "mountain",
        "mountains",
        "farms",
        "plain",
        "neighborhood",
        "neighbourhood",
        "neighborhoods",
        "neighbourhoods",
        "district",
        "region",
        "outskirts",
        "camp",
        "base",
        "airport",
        "dam",
        "field",
        "fields",
        "desert",
    }
)
_LAST_WORD = re.compile(r"([\w'’()-]+)[\s,;]*$")


def split_told_provinces(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each air strike draft's provinces told as places of their own in one of its sentences,
    beside another place of that sentence, split off as events of their own."""
    result: list[EventDraft] = []
    done: set[tuple[int, str]] = set()
    for draft in drafts:
        result.append(draft)
        if draft.event_type != "airstrike" or len(draft.places) < 2:
            continue
        for index in sorted(set(draft.sentences)):
            own = _own_provinces(doc, draft, index)
            for place in own:
                key = (index, place.province or place.name)
                if place is draft.places[0] or key in done:
                    continue
                done.add(key)
                draft.places = [p for p in draft.places if p is not place]
                result.append(replace(draft.at([place]), sentences=[index]))
    return result


def _own_provinces(doc: Document, draft: EventDraft, index: int) -> list[PlaceMention]:
    """The provinces the sentence tells as the act's places: told by their kind, after a
    preposition of place not closing a name or a site, holding no finer place the draft has
    in the sentence, when the sentence names another place of the draft."""
    sentence = doc.sentences[index]
    told = [p for p in draft.places if sentence.span.contains(p.span)]
    if len(told) < 2 or any(
        p.precision not in LOCAL_PRECISIONS and p.feature != "admin1" for p in told
    ):
        return []  # (a river, a region or a country told beside: "over X province ... over
        # the Euphrates near the border with Iraq" is one act over one wide area)
    finer = {p.province for p in told if p.precision in LOCAL_PRECISIONS}
    actors = doc.in_sentence(doc.actors, sentence)
    provinces = [p for p in told if p.precision in ("admin1", "region") and p.feature == "admin1"]
    own = [
        p
        for p in provinces
        if p.province not in finer
        and _told_as_place(doc, p, provinces, actors, sentence.span.start)
    ]
    return own


def _told_as_place(
    doc: Document,
    place: PlaceMention,
    provinces: list[PlaceMention],
    actors: list[ActorMention],
    floor: int,
) -> bool:
    text = doc.text
    before = text[max(floor, place.span.start - 60) : place.span.start]
    kind_before = _KIND_BEFORE.search(before)
    if not kind_before and not _KIND_AFTER.match(text, place.span.end):
        return False
    opening = _OPENING.search(before)
    if opening is None:
        return False
    start = place.span.start - len(before) + opening.start()
    last = _LAST_WORD.search(text, max(floor, start - 40), start)
    if last is None:
        return False
    word = last.group(1)
    if word.lower() in _SITE_KINDS:
        return False
    if word.endswith(")"):
        # an actor's acronym after its name ("positions of the Free Syrian Army (FSA) in X
        # province") is the actor's, as its name is; another bracket locates (review74)
        bracket = text.rfind("(", max(floor, start - 40), last.end(1))
        head = len(text[:bracket].rstrip()) if bracket >= 0 else -1
        return any(a.span.end in (head, last.end(1)) for a in actors)
    if word[:1].isupper():
        # a province told just before ("over Daraa province in Quneitra province") or an
        # actor ("depots of Nusra in Homs countryside") leaves it the act's place
        end = last.end(1)
        return any(p.span.end == end for p in provinces + actors)
    return True
