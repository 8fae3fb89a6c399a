"""One event per place of a listed act: "rockets fell on the villages of Dael, Ebtaa and Tal
al-Samn" is three shellings, as monitors code them (one event per location and day).

A violent event whose own sentence lists several towns or neighbourhoods, joined by commas or
"and" ("on Kafr Zita, Morek and al-Latamneh", "in Harasta and Douma"), becomes one event per
listed place. Places that are not listed together stay with the first event: "troops from Homs
shelled Talbiseh" is one shelling (origins never reach here), and "in Harasta, east of Damascus"
names one place and its landmark; "in an area between Kirkuk and Arbil" names one spot. The
toll and any retelling stay with the first place's event: a sentence rarely says which village
the dead were in.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .....document import LOCAL_PRECISIONS, Document, PlaceMention
from .....ontology import is_violent
from .....text.numbers import MANY, counting
from ....crowds import CROWD_TYPES
from ....draft import EventDraft
from ....geography.directed_provinces import province_by_direction
from ....geography.lists.list_glue import coordinated, elliptic, listed_with
from ....geography.lists.longest_list import listed_in
from ....geography.lists.toll_glue import kind_then_listed, told_with_own_toll
from ....story_cues import retells_title
from .fired_at_list import fire_before_list, retyped_by_fire

# Items each counted at its own place, the act's verb told once: "shot down nine drones over
# Belgorod and 13 over the Kursk region", "including 34 over the Rostov region, six over
# Voronezh, three over Lipetsk". Each item is a count, up to two words ("others", "drones"),
# a preposition of place and the place (after "the", an adjective or a country's possessive:
# "over Russia's Kursk region", "over annexed Crimea"). The place before may close on its
# kind of region ("the Rostov region, six over"). A region or province counts here: each item
# is told at its own place, whatever its size. The count is a number: "a" or "an" heads an
# apposition ("in Maarrat Misrin, a town in Idlib province"), not an item.
_NUMBER = (
    rf"(?:\d[\d,]*|{counting(1, 12)}"
    rf"|{'|'.join(MANY)})"
)
_PER_PLACE = re.compile(
    rf"^\s*(?:(?:region|province|oblast|governorate|state|district)\b)?\s*(?:,|,?\s*and)\s+"
    rf"{_NUMBER}(?:\s+[a-z][\w-]*){{0,2}}\s+(?:over|in|at|near|on)\s+"
    rf"(?:(?:the|[a-z][\w-]*|[A-Z][\w'’-]*['’]s)\s+){{0,2}}$",
)
# The acts whose counted items at several places are several events: violence, arrests and
# interceptions or seizures of weapons (one event per place where the ministry counts them).
_COUNTED_ACTS = frozenset({"arrest", "weapons_disrupted"})


def split_listed_places(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each violent draft whose sentence lists several local places, split per place; any
    draft whose sentence tells the act again at another place with its own count."""
    result: list[EventDraft] = []
    own = {d.trigger.span for d in drafts}
    for draft in drafts:
        result.append(draft)
        index, listed = _first_list(doc, draft)
        if len(listed) < 2:
            continue
        lead = draft.places[0]
        if index != draft.sentences[0] and any(p.name == lead.name for p in listed[1:]):
            # the list told after the lead keeps the lead's place first: the lead's act and
            # its toll were told there ("killed 20 near A", then "the strikes around B and
            # near A"; fifty-fourth round, air74)
            listed = [p for p in listed if p.name == lead.name][:1] + [
                p for p in listed if p.name != lead.name
            ]
        coarser = [
            p for p in draft.places if p.precision not in LOCAL_PRECISIONS and p not in listed
        ]
        first = listed[0]
        # the first event is at the first place only: the others are events of their own; a
        # province told for another part of the list is theirs ("A and B in rural Idlib as
        # well as C and D in rural Hama": Hama is no province of A's event, and a village the
        # gazetteer lacks listed with C is placed in Hama, not in Idlib)
        theirs = {p.province for p in listed[1:]} - {first.province}
        names = {q.name for q in listed}
        draft.places = [
            first,
            *[
                p
                for p in draft.places
                if p.name not in names and not (p in coarser and p.province in theirs)
            ],
        ]
        # the places a fire word of another act is told at just before the list are that
        # act's ("the skirmish gave way to mortar fire on ... in A, B and C")
        fire = fire_before_list(doc, draft, index, first.span.start)
        for place in listed[1:]:
            other = retyped_by_fire(draft.at([place, *_provinces_of(place, coarser)]), fire, own)
            result.append(replace(other, sentences=[index]))
    return result


def _first_list(doc: Document, draft: EventDraft) -> tuple[int, list[PlaceMention]]:
    """The first of the draft's sentences that lists places, and its list: its own sentence,
    or the next one when it was merged into the draft. A lead that names no town is told again
    where it struck right after: "air strikes killed 42 in the northwest", then "the attacks
    hit the towns of Saraqeb and Ehsim" lists the lead's places. (A list paragraphs later is
    as often the context the story recalls as the event's places.)"""
    violent = is_violent(draft.event_type)
    if not violent and draft.event_type not in _ACTS_ON_PEOPLE | _COUNTED_ACTS | {"protest"}:
        return -1, []  # "deployed 300 police in Kano and 200 in Kaduna": no act monitors code
    own = _lead_of(doc, draft)
    for index in draft.sentences:
        if index > own + 1:
            continue  # only the sentence that follows the draft's own
        if violent:
            listed = _listed(doc, draft, index, listed_with)
            if index == draft.sentences[0]:
                # a roundup's chain of counts at places ("five in Douma, three in Harasta and
                # two in Arbin", "including 9 in Homs, 7 in Idlib and 6 in Daraa") is one list,
                # read whole, not its last two places that "and" joins
                counted = _listed(doc, draft, index, _per_place, local=False)
                listed = counted if len(counted) > len(listed) else listed
            if draft.event_type == "airstrike":
                # the dead of each place, told in the draft's own sentence or the next ("30
                # were killed around A and another five outside the town of B": toll_glue)
                # (a province told by its seat's name after a direction, "in northeastern
                # Hasakeh", locates the place before it: no place of the list)
                tolled = _listed(doc, draft, index, _air_tolls, skip=province_by_direction)
                listed = tolled if len(tolled) > len(listed) else listed
        elif draft.event_type == "protest" and index == draft.sentences[0]:
            listed = _where_gathered(doc, _listed(doc, draft, index, listed_with))
        elif draft.event_type in _ACTS_ON_PEOPLE:
            listed = _kind_listed(doc, draft, index)
            if len(listed) < 2 and index == draft.sentences[0]:
                listed = _listed(doc, draft, index, elliptic)
        elif index == draft.sentences[0] and draft.event_type in _COUNTED_ACTS:
            # "seized 20 rifles in Kano on Friday and 15 pistols in Kaduna on Sunday": the
            # seizure told again with its own count (review43: missed42 had left it out)
            listed = _listed(doc, draft, index, elliptic)
        else:
            listed = []
        if len(listed) >= 2:
            return index, listed
    if violent or draft.event_type in _COUNTED_ACTS:
        index = draft.sentences[0]
        listed = _listed(doc, draft, index, _per_place, local=False)
        if len(listed) >= 2:
            return index, listed
    if violent and draft.event_type not in CROWD_TYPES:
        listed = _provinces_listed(doc, draft)
        if len(listed) >= 2:
            return draft.sentences[0], listed
    return -1, []


def _lead_of(doc: Document, draft: EventDraft) -> int:
    """The draft's own sentence: its first, or the lead right after it when the first retells
    the article's title (a release's body opens on its date and its headline, "Monday 12 May
    Regime Airstrikes Kill 15 in Rural Daraa.", then the lead, then "The raids targeted the
    towns of A, B and C"): the list right after the lead is read as the lead's places."""
    first = draft.sentences[0]
    if first + 1 in draft.sentences and (retells_title(doc, first) or _printed_twice(doc, first)):
        return first + 1
    return first


def _printed_twice(doc: Document, index: int) -> bool:
    """Whether the sentence after this one repeats it word for word (a lead printed twice, as
    some outlets' pages do: the list right after the repeat is the lead's places)."""
    if index + 1 >= len(doc.sentences):
        return False
    one, two = doc.sentences[index].span, doc.sentences[index + 1].span
    return doc.text[one.start : one.end].strip() == doc.text[two.start : two.end].strip()


# Provinces listed by their plural noun: "in the provinces of Hama and Idlib", "in Hama and
# Idlib provinces" (twenty-eighth round, lists48). An act told over two provinces with no
# town named is one event per province, as monitors code it (one event per location).
_PROVINCES_BEFORE = re.compile(
    r"\b(?:provinces|governorates|regions|states|counties)\s+of\s+(?:the\s+)?$", re.IGNORECASE
)
_PROVINCES_AFTER = re.compile(
    r"\s+(?:provinces|governorates|regions|states|counties)\b", re.IGNORECASE
)


def _provinces_listed(doc: Document, draft: EventDraft) -> list[PlaceMention]:
    """The provinces its own sentence lists by their plural noun (a province may be read as its
    capital), when the draft names no other town or neighbourhood there."""
    sentence = doc.sentences[draft.sentences[0]].span
    listed = listed_in(doc, draft.places, sentence, coordinated, local=False)
    if len(listed) < 2 or any(p.precision not in ("admin1", "town") for p in listed):
        return []  # (a province's capital read as the city: "Hama and Idlib provinces")
    if any(
        p.precision in LOCAL_PRECISIONS and p not in listed and sentence.contains(p.span)
        for p in draft.places
    ):
        return []
    before = doc.text[max(sentence.start, listed[0].span.start - 40) : listed[0].span.start]
    if _PROVINCES_BEFORE.search(before) or _PROVINCES_AFTER.match(doc.text, listed[-1].span.end):
        return listed
    return []


# The acts other than violence that a count of people told twice makes two of.
_ACTS_ON_PEOPLE = frozenset({"arrest"})

# A preposition of place right before a crowd's list: "protested in Qamishli, Amuda and Ras
# al-Ain", "obstructed roads in A, B and C", "rallies across the towns of A and B".
_GATHERED_IN = re.compile(
    r"\b(?:in|at|across|throughout|outside)\s+(?:the\s+)?"
    r"(?:(?:[\w-]+\s+){0,2}?(?:towns|cities|villages|neighbou?rhoods|districts|areas)\s+of\s+)?$",
    re.IGNORECASE,
)


def _where_gathered(doc: Document, listed: list[PlaceMention]) -> list[PlaceMention]:
    """A protest's list is its places when a preposition of place opens it: "residents of
    Amuda and Qamishli protested in Hasakah" names where the crowd came from, not where it
    gathered."""
    if len(listed) < 2:
        return []
    before = doc.text[max(0, listed[0].span.start - 60) : listed[0].span.start]
    return listed if _GATHERED_IN.search(before) else []


# A list opened by a plural kind of place: "arrested in the villages of Rujeib, east of Nablus,
# and al-Jalama", "broke into the towns of Anata, al-Eizariya and Silwan ... and arrested 13".
_PLURAL_KIND = re.compile(
    r"\b(?:towns|villages|camps|neighbou?rhoods|cities|localities|hamlets)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# A listed name's locator, between commas: "Rujeib, east of Nablus, and al-Jalama".
_LOCATOR = re.compile(
    r"^\s*,\s*(?:(?:north|south|east|west)(?:ern)?(?:-?(?:east|west))?\s+of|near|outside)"
    r"\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?[^,]+(?=,)"
)
_LOCATES = re.compile(
    r"\A\s*,\s*(?:(?:north|south|east|west)(?:ern)?(?:-?(?:east|west))?\s+of|near|outside)"
    r"\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?\Z"
)


def _kind_listed(doc: Document, draft: EventDraft, index: int) -> list[PlaceMention]:
    """An arrest's places listed right after a plural kind of place ("the towns of A, B and
    C"), in its own sentence or the next: the raids are told per town, as monitors code them
    (one arrest per place). A list with no such noun ("in the city of Jenin and in the town of
    Qabatiya ... apprehended five") stays one arrest."""
    sentence = doc.sentences[index].span
    places = sorted(
        (p for p in draft.places if p.precision in LOCAL_PRECISIONS and sentence.contains(p.span)),
        key=lambda p: p.span.start,
    )
    for start, first in enumerate(places):
        before = doc.text[max(sentence.start, first.span.start - 40) : first.span.start]
        if not _PLURAL_KIND.search(before):
            continue
        run = [first]
        for place in places[start + 1 :]:
            if _LOCATES.search(doc.text, run[-1].span.end, place.span.start):
                continue  # "Rujeib, east of Nablus, and al-Jalama": Nablus locates Rujeib
            glue = _LOCATOR.sub("", doc.text[run[-1].span.end : place.span.start], count=1)
            if not listed_with(glue):
                break
            run.append(place)
        if len({p.name for p in run}) == len(run) >= 2:
            return run
    return []


def _air_tolls(glue: str) -> bool:
    return listed_with(glue) or told_with_own_toll(glue) or kind_then_listed(glue)


def _per_place(glue: str) -> bool:
    return _PER_PLACE.match(glue) is not None


def _listed(
    doc: Document,
    draft: EventDraft,
    index: int,
    joined: Callable[[str], bool],
    *,
    local: bool = True,
    skip: Callable[[str, PlaceMention], bool] | None = None,
) -> list[PlaceMention]:
    """The draft's local places (``local``; else any place finer than a country) of one of its
    sentences that form one list (each two joined as ``joined`` tells), in text order. A place
    the merge kept as told in another sentence is read where this one tells it too: "Saraqeb"
    of "the towns of Saraqeb and Ehsim" in the sentence after the event's own, when the event
    kept a later sentence's "in Saraqeb" (not for demonstrations: "crowds in A, B and other
    cities" after the one dispersed in A is the day's protests told together)."""
    sentence = doc.sentences[index]
    places = draft.places
    if draft.event_type not in CROWD_TYPES:
        # (in its own sentence too: "struck the towns of A, B and C, killing three in B and two
        # in C" kept B and C as told with their dead, where the list is not; forty-eighth
        # round, list68)
        names = {p.name for p in draft.places}
        told = [p for p in doc.in_sentence(doc.places, sentence) if p.name in names]
        places = [*draft.places, *(p for p in told if p not in draft.places)]
    if skip is not None:
        places = [p for p in places if not skip(doc.text, p)]
    return listed_in(doc, places, sentence.span, joined, local=local)


def _provinces_of(place: PlaceMention, coarser: list[PlaceMention]) -> list[PlaceMention]:
    return [p for p in coarser if p.province == place.province]
