"""Names the gazetteer lacks that a list gives as peers of a known town or neighbourhood, each
one more place of one act: "Balghatar" in "attacks in Mastung, Balghatar, and Sorab".

Read by the merging pass that places the events of such a list (:mod:`...merge.places.localities`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from ....document import LOCAL_PRECISIONS, Document, PlaceMention, PlacePrecision, Sentence, Span
from ..names.glued import split_names
from ..names.localities import SPEAKERS_AFTER
from ..names.place_names import names_a_place
from ..precision import around_a_town
from .list_context import REASON, REGIONS_AFTER, WHOSE, bounds_at
from .list_glue import plainly_listed


@dataclass(frozen=True, slots=True)
class ListedName:
    """A name the gazetteer lacks, listed beside a known place as one more place of one act:
    "Balghatar" in "attacks in Mastung, Balghatar, and Sorab"; ``beside``: the list's first
    known place."""

    span: Span
    name: str
    precision: PlacePrecision
    beside: PlaceMention


# A run of capitalised names, cut into names where a list that lost its commas puts them
# (:func:`..names.glued.split_names`): "in Tibet al-Imam al-Masasneh Morek Kafr Zita and Jana
# al-Ulbawi".
_CAPITALISED = r"(?:(?:al|el|Al|El)-)?[A-Z][\w-]*(?:['’](?!s\b)[\w-]+)*"
_LIST_RUN = re.compile(rf"{_CAPITALISED}(?:\s+(?:{_CAPITALISED}|[0-9]+(?![\w.])))*")
# What opens a list of the places an act hit or took place at: a preposition of place or a verb
# of attack, right before its first item ("in", "the villages of", "attacked", "targeted";
# wire copy's "pounded", "bombarded": thirty-fifth round).
_LOCATIVE = re.compile(
    r"\b(?:in|at|on|of|into|across|targeted|targeting|hit|struck|attacked|raided|stormed"
    r"|shelled|bombed|invaded|pounded|bombarded|rocketed|strafed)\s+(?:the\s+)?$",
)
_CLOSING_AND = re.compile(r"^\W*(?:and|as\s+well\s+as)\b")


def listed_names(doc: Document, sentence: Sentence) -> list[ListedName]:
    """The names of ``sentence`` the gazetteer lacks that a list gives as peers of a known town
    or neighbourhood: capitalised names joined to it by commas and a closing "and" ("in Kunyo
    Barrow, Jannaale and Awdhegle", "in Mastung, Balghatar, and Sorab"), the list opened by a
    preposition of place or a verb of attack. A list with a country or a province in it, one
    of where people came from, one bounding a spot ("between A and B") and one given as a
    reason name no peers; nor does a name that is an actor, a date, a source or a credit."""
    text, span = doc.text, sentence.span
    places = doc.in_sentence(doc.places, sentence)
    # (each layer read by bisection: a text of many sentences and mentions stays linear)
    taken = [m.span for m in places + doc.in_sentence(doc.place_references, sentence)]
    taken += [m.span for m in doc.in_sentence(doc.actors, sentence)]
    taken += [m.span for m in doc.in_sentence(doc.dates, sentence)]
    taken += [f.span for f in doc.furniture if span.contains(f.span)]
    source = doc.sources.get(sentence.index)
    taken += [source.span] if source is not None else []
    items: list[tuple[Span, PlaceMention | None, str]] = [(p.span, p, p.text) for p in places]
    for match in _LIST_RUN.finditer(text, span.start, span.end):
        for first, last in split_names(match.group()):
            name_span = Span(match.start() + first, match.start() + last)
            if not any(t.overlaps(name_span) for t in taken):
                items.append((name_span, None, text[name_span.start : name_span.end]))
    items.sort(key=lambda item: item[0].start)
    runs: list[list[tuple[Span, PlaceMention | None, str]]] = []
    for item in items:
        glue = text[runs[-1][-1][0].end : item[0].start] if runs else ""
        if runs and (plainly_listed(glue) or glue == " ") and not _closes_a_list(doc, runs[-1][-1]):
            runs[-1].append(item)
        else:
            runs.append([item])
    found: list[ListedName] = []
    for run in runs:
        known = [p for _, p, _ in run if p is not None]
        if not known or len(known) == len(run) or not _peers(doc, run, known):
            continue
        if _glued(text, run) and (len(run) < 3 or _ordinary(text, run)):
            continue  # "in Aleppo City and X": a list that lost its commas has three names
        precision: PlacePrecision = (
            "neighbourhood" if any(p.precision == "neighbourhood" for p in known) else "town"
        )
        found += [
            ListedName(s, name, precision, known[0])
            for s, place, name in run
            if place is None and names_a_place(name)
        ]
    return found


# A province told as the countryside a list lies in: "in rural Idlib", "in Idlib countryside",
# "in Idlib province".
_RURAL_BEFORE = re.compile(r"\b(?:in\s+)?rural\s+$", re.IGNORECASE)
_UNIT_AFTER = re.compile(r"\s+(?:countryside|province|governorate)\b", re.IGNORECASE)


# The next list of the sentence, opened after the province that closes the one before: "A and B
# in rural Idlib as well as C and D", "... in the Idlib countryside and C and D".
_NEXT_LIST = re.compile(
    r"\b(?:rural\s+[A-Z][\w'’-]*|(?i:countryside|province|governorate))"
    r"\s*,?\s+(?:and|as\s+well\s+as)\s+(?:the\s+)?$"
)


def _closes_a_list(doc: Document, item: tuple[Span, PlaceMention | None, str]) -> bool:
    """Whether the item is a province told as the countryside the list before it lies in,
    whose "and" or "as well as" opens the next list of the sentence ("A and B in rural Idlib
    as well as C and D in rural Hama": D is C's peer; fiftieth round, raid70)."""
    span, place, _ = item
    if place is None or _peer_place(place):
        return False
    before = doc.text[max(0, span.start - 12) : span.start]
    return bool(_RURAL_BEFORE.search(before) or _UNIT_AFTER.match(doc.text, span.end))


def _glued(text: str, run: list[tuple[Span, PlaceMention | None, str]]) -> bool:
    """Whether two names of the run are told with nothing but a space between them."""
    return any(text[a[0].end : b[0].start] == " " for a, b in pairwise(run))


def _ordinary(text: str, run: list[tuple[Span, PlaceMention | None, str]]) -> bool:
    """Whether an unknown name of a comma-less run is made of words the text also writes in
    lower case ("Countryside", "City"): a heading's words, not a list of villages."""
    return any(
        place is None
        and all(
            re.search(rf"\b{re.escape(w.lower())}\b", text)
            for w in re.findall(r"[A-Za-z]+", name)
            if w.lower() not in ("al", "el")
        )
        for _, place, name in run
    )


def _peers(
    doc: Document, run: list[tuple[Span, PlaceMention | None, str]], known: list[PlaceMention]
) -> bool:
    """Whether a run of names joined as a list, some known, lists places of one act."""
    if not all(_peer_place(p) for p in known):
        return False  # "in Syria, Iraq and X", "the countryside of Aleppo as well as X"
    if not _CLOSING_AND.search(doc.text[run[-2][0].end : run[-1][0].start]):
        return False  # "College of Agriculture and Animal Science, Bakura": no list's close
    if REGIONS_AFTER.match(doc.text, run[-1][0].end):
        return False  # "the border of Kangpoki and Imphal West districts"
    if SPEAKERS_AFTER.match(doc.text, run[-1][0].end):
        return False  # "attacked a church in Kaduna, Catholic and Anglican leaders said"
    start = run[0][0].start
    before = doc.text[max(0, start - 60) : start]
    return (
        (_LOCATIVE.search(before) is not None or _NEXT_LIST.search(before) is not None)
        and _BORDER.search(before) is None
        and WHOSE.search(before) is None
        and REASON.search(before) is None
        and _ORIGIN.search(before) is None
        and not bounds_at(doc, start)
    )


def _peer_place(place: PlaceMention) -> bool:
    """Whether a known place lists unknown peers as places of their own: a town, a
    neighbourhood, or a district named after its seat ("in Kunyo Barrow, Jannaale and
    Awdhegle"); not a province, a region's countryside or a country."""
    local = place.precision in LOCAL_PRECISIONS or place.feature == "district"
    # a town told as the area around it closes a bulletin's list as often as a bare one: "in
    # Morek, Latamneh and the outskirts of Kafr Zita" (fiftieth round, clash70)
    return (local and place.resolved) or around_a_town(place)


# Where the people or guns before a list were, not where the act was: "terrorists positioned in
# Binnish and X towns targeted ..."; whose people they are ("clashes between villagers of A and
# B"), the two sides or ends of one fight ("between the tribes of A and B").
_ORIGIN = re.compile(
    r"\b(?:(?:positioned|stationed|based|deployed|entrenched|hiding|located|holed\s+up)\s+"
    r"(?:in|at|inside)\s+(?:the\s+)?"
    r"|(?:villagers|tribesmen|youths|clans?|tribes|communities|militiamen|fighters)\s+(?:of|from)\s+"
    r"(?:the\s+)?|\bbetween\s+(?:[\w'’-]+\s+){0,3}?)$",
    re.IGNORECASE,
)


# A border or a line between the listed places: "a village on the border of A and B".
_BORDER = re.compile(r"\b(?:border|boundary|frontier|line)s?\s+of\s+(?:the\s+)?$", re.IGNORECASE)
