"""Which names of a sentence one list tells: a known town and the localities the gazetteer
lacks, joined by commas, "and" or spaces only ("the towns of Habit, Kafr Sijna and Tamanaah",
"hit Kafr Sijna, Hish, Maar Shurin and Tal Mardikh"), told apart from a name that a known
town after a comma locates ("in Banisa, Mandera County"). Read by
:mod:`..placing.unknown_places` and :mod:`..placing.borrowed_places`."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ......document import Document, PlaceMention, sentence_at
from .....geography.lists.list_glue import coordinated, listed_with
from .....geography.lists.longest_list import seat_district
from ..locality import Locality
from ..reading.fire_verbs import VERB_BEFORE_A_LIST

# The words that join two names of one list: "X and Y", "X as well as Y", "X & Y".
_JOINED = re.compile(r"\b(?:and|as well as)\b|&")


def in_list_of(
    doc: Document, place: Locality | PlaceMention, found: Sequence[Locality | PlaceMention]
) -> list[Locality | PlaceMention]:
    """The names of ``found`` told in one list with ``place``: the run of names around it
    joined by commas, "and" or spaces only ("the towns of Habit, Kafr Sijna and Tamanaah")."""
    items: list[Locality | PlaceMention] = sorted([*found, place], key=lambda i: i.span.start)
    at = items.index(place)
    first = last = at
    while first > 0 and _joined(doc, items[first - 1], items[first]):
        first -= 1
    while last + 1 < len(items) and _joined(doc, items[last], items[last + 1]):
        last += 1
    return [f for f in found if f in items[first : last + 1]]


def _joined(doc: Document, first: Locality | PlaceMention, second: Locality | PlaceMention) -> bool:
    """Whether two names follow each other in one list (``listed_with``: ", ", " and ", a list
    that lost its commas). A known town after a comma alone locates the name before it ("in
    Banisa, Mandera district"): a known town joins a list by "and" or in a list without
    commas, as :func:`_beside` reads it."""
    if first.span.end > second.span.start:
        return False
    glue = doc.text[first.span.end : second.span.start]
    if _known_town(first) or _known_town(second):
        return (
            _and_joined(glue)
            or _opens_a_list(doc, first, glue)
            or _goes_on(doc, first, second)
            or _goes_on_after(doc, second, glue)
        )
    return (
        glue.strip() in ("", ",")
        or listed_with(glue)
        or _JOINED.fullmatch(glue.strip()) is not None
    )


def _opens_a_list(doc: Document, first: Locality | PlaceMention, glue: str) -> bool:
    """Whether a known town is the first name of a list a verb takes, a comma after it: "struck
    Kani Masi, Sidakan and Bradost in Duhok province" (the town a peer, its event kept); not a
    name the town locates after it ("in Banisa, Mandera district": the known name second)."""
    before = doc.text[max(0, first.span.start - 40) : first.span.start]
    opened = VERB_BEFORE_A_LIST.search(before) or _PLURAL_KIND_BEFORE.search(before)
    return _known_town(first) and glue.strip() == "," and opened is not None


# The rest of a list after its second name: more names after commas, then "and" and the last
# name (or the kind noun of the last names), the list closed by where it lies, a comma or the
# sentence's end. Names a verb follows are the act's subject, not its places: "in Quri area of
# Garba Tula, Borana and Somalis clashed".
# A later word of a name may carry its article too: "Abu al-Duhur", "Jisr al-Shughur" (forty-eighth
# round, list68: a list closed by such a name was read as no list, and its first town's event
# was moved to the first village the gazetteer lacks).
_ARTICLE = r"(?:(?:al|el|ad|ar|as|ash|at|az|an|ez)-)"
_NAME = rf"{_ARTICLE}?[A-Z][\w'’-]*(?:\s+{_ARTICLE}?[A-Z][\w'’-]*){{0,2}}"
_LIST_GOES_ON = re.compile(
    rf"(?:\s*,\s+{_NAME})*\s*,?\s+and\s+(?:the\s+(?:villages?|towns?|neighbou?rhoods?)\s+of\s+)?"
    rf"{_NAME}(?=\s*[,.;]|\s*$|\s+(?:in|on|at|near|outside|of|(?:north|south)(?:-?(?:east|west))?"
    r"|east|west|villages?|towns?|areas?|districts?|provinces?|countryside|(?:refugee\s+)?camps?"
    r"|neighbou?rhoods?)\b)"
)


def _goes_on(
    doc: Document, first: Locality | PlaceMention, second: Locality | PlaceMention
) -> bool:
    """Whether a known town, a comma and a name the gazetteer lacks (or another town, or a
    district named after its seat) open a list that goes on to its closing "and": "in
    Tarmiyah, Mashahda and Taji north of Baghdad", "the towns of Douma, Harasta, Arbin and
    Zamalka" list their towns, where "in Banisa, Mandera County" locates Banisa (nothing
    follows it)."""
    return (
        _known_town(first)
        and (isinstance(second, Locality) or _known_town(second) or seat_district(second))
        and doc.text[first.span.end : second.span.start].strip() == ","
        and _LIST_GOES_ON.match(doc.text, second.span.end) is not None
    )


def _goes_on_after(doc: Document, town: Locality | PlaceMention, glue: str) -> bool:
    """Whether a known town after a name and a comma is one more name of a list that goes on
    past it to its closing "and" ("hit Kafr Sijna, Hish, Maar Shurin and Tal Mardikh"), not the
    town that locates the name ("in Banisa, Mandera County")."""
    return (
        _known_town(town)
        and glue.strip() == ","
        and _LIST_GOES_ON.match(doc.text, town.span.end) is not None
    )


# A plural place noun opens a list as a verb does: "the towns of Kafr Zita, al-Latamneh and
# Morek" lists three towns; the name after Kafr Zita's comma is no unit that holds it.
_PLURAL_KIND_BEFORE = re.compile(
    r"\b(?:towns|villages|neighbou?rhoods|cities|localities)\s+of\s+(?:the\s+)?$", re.IGNORECASE
)


def _known_town(name: Locality | PlaceMention) -> bool:
    return isinstance(name, PlaceMention) and name.resolved and name.precision == "town"


def listed_with_town(doc: Document, town: PlaceMention, found: list[Locality]) -> bool:
    """Whether the known town and an unknown locality are listed together ("Douma city and
    Arbin town", "the villages of Nyaung Kone and Kyarsi"): the town is not where the
    localities lie but one more place of the act."""
    if town.precision != "town" or any(town.span.overlaps(f.span) for f in found):
        return False  # a namesake read inside a village's name ("Sijna" of "Kafr Sijna")
    if any(_beside(doc, town, f) for f in found):
        return True
    # A list that names known towns before the villages: "in each of the cities of Harasta and
    # Douma and the towns of A and B" lists Harasta with A through Douma.
    told = sentence_at(doc.sentences, town.span)
    towns = [
        p
        for p in doc.places
        if p is not town
        and (p.precision == "town" or seat_district(p))
        and told is not None
        and told.span.contains(p.span)
        and not any(p.span.overlaps(f.span) for f in found)
    ]
    return any(isinstance(n, Locality) for n in in_list_of(doc, town, [*found, *towns]))


def _beside(doc: Document, place: PlaceMention, locality: Locality) -> bool:
    """Whether the known place and the locality are listed as two places of one act."""
    first, second = sorted((place.span, locality.span), key=lambda span: span.start)
    glue = doc.text[first.end : second.start]
    # Joined by "and", not by a comma alone: "in PD8, Herat city" locates PD8 in Herat. A list
    # that lost its commas joins its names by spaces and names ("in Kafr Nabl Hass and Maarat
    # Harma", "the villages of Sukhna Arak and al-Tayyba":
    # :func:`.....geography.lists.list_glue.listed_with`).
    if first.end > second.start:
        return False
    return _and_joined(glue)


def _and_joined(glue: str) -> bool:
    """Whether the words between a known place and a name list them by "and" or without
    commas ("Douma and the towns of", "in Kafr Nabl Hass and Maarat Harma"), not by a comma
    alone ("in PD8, Herat city" locates PD8 in Herat)."""
    if "," not in glue and listed_with(glue):
        return True
    return coordinated(glue) and _JOINED.search(glue) is not None
