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

from .....document import LOCAL_PRECISIONS, Document, PlaceMention, sentence_at
from .....ontology import EventTypeName, is_violent
from ....crowds import CROWD_TYPES
from ....draft import EventDraft
from ....geography.list_glue import listed_with
from ....geography.listed_names import listed_names
from ....geography.longest_list import listed_in, seat_district
from ....geography.name_shapes import KIND
from ....geography.nesting import same_or_part
from ....geography.struck_clauses import struck_names_after
from ....link.clauses import in_other_clause
from .bearings import bearing_from
from .firing_posts import aimed_container
from .first_told import told_at_first
from .locality import COARSER_THAN_LOCALITY, Locality, place_of_locality
from .named_localities import named_localities
from .one_list import in_list_of, listed_with_town
from .other_acts_clauses import in_another_acts_clause
from .provinces import of_another_province

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
            result += _acts_at_new(doc, draft, around, peers, keys, placed, draft.places[1:])
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
        head = _district_heading(doc, draft, around, found)
        if _known_list_member(doc, draft, around, found):
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
            result += _acts_at_new(doc, draft, around, found, keys, placed)
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
            first = _named_before(doc, draft, around, found, head)
            if first is not None and keys[found.index(first)] not in placed:
                # "hit Kafr Sijna, Hish and Maar Shurin": the list's first name, not the known
                # town told after it, is where the act (its toll, its lead) is told first
                result.append(_copy_at(doc, draft, around))
                draft.places = [place_of_locality(doc, first, around), *draft.places]
                placed.add(keys[found.index(first)])
            result += _acts_at_new(doc, draft, around, found, keys, placed)
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
        result.extend(act_at(doc, draft, locality, around, found) for locality in found[1:])
        told_at_first(doc, draft, found)
    return result


def _known_list_member(
    doc: Document, draft: EventDraft, town: PlaceMention, found: list[Locality]
) -> bool:
    """Whether the violent act's known town is one name of a list of known towns of its own
    sentence, which names none of the localities: the town is where one of the act's events
    is, not where the localities lie."""
    if town.precision != "town" or not is_violent(draft.event_type):
        return False
    told = sentence_at(doc.sentences, town.span)
    if told is None or told.index != draft.sentences[0]:
        return False
    towns = [p for p in doc.in_sentence(doc.places, told) if p.precision in LOCAL_PRECISIONS]
    listed = listed_in(doc, towns, told.span, listed_with)
    if town not in listed or len(listed) < 2 or not found:
        return False
    # the list is the act's (a verb of fire or a plural noun of places opens it, not "positioned
    # in"), and the localities are a second list struck after it
    before = doc.text[max(told.span.start, listed[0].span.start - 40) : listed[0].span.start]
    after = struck_names_after(doc.text, listed[-1].span.end, told.span.end)
    return (
        _OPENS_A_STRUCK_LIST.search(before) is not None
        and bool(after)
        and all(f.span.start > listed[-1].span.end for f in found)
        and found[0].name in after
    )


# A verb of fire or a plural noun of places right before a list: "bombed the towns of", "struck".
_OPENS_A_STRUCK_LIST = re.compile(
    r"\b(?:struck|hit|pounded|targeted|shelled|bombed|bombarded|raided|on|towns\s+of|villages"
    r"\s+of|cities\s+of)\s+(?:the\s+(?:towns?|villages?|cities)\s+of\s+)?$",
    re.IGNORECASE,
)


def _district_heading(
    doc: Document, draft: EventDraft, around: PlaceMention, found: list[Locality]
) -> PlaceMention | None:
    """The place of a district named after its seat that heads a list of the draft's
    localities (the list's first name, known to the gazetteer, the others not), if any: the
    district itself when it lies in the province of ``around``, else a namesake elsewhere,
    read as one more locality of ``around``."""
    for place in draft.places[1:]:
        if not (
            seat_district(place)
            and found
            and place.span.end <= found[0].span.start
            and found[0] in in_list_of(doc, place, found)
        ):
            continue
        if (place.country_code, place.province) == (around.country_code, around.province):
            return place
        named = Locality(place.span, place.text, found[0].precision)
        return place_of_locality(doc, named, around)
    return None


def _named_before(
    doc: Document,
    draft: EventDraft,
    town: PlaceMention,
    found: list[Locality],
    head: PlaceMention | None,
) -> Locality | None:
    """The locality that opens the list the draft's known town is a later name of, if any."""
    if head is not None or not found or found[0].span.start >= town.span.start:
        return None
    told = sentence_at(doc.sentences, town.span)
    if told is None or told.index not in draft.sentences or not told.span.contains(found[0].span):
        return None
    return found[0] if found[0] in in_list_of(doc, town, found) else None


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
) -> list[EventDraft]:
    """The draft's act at each locality of ``found`` (``keys``: their keys) no event of the act
    is placed at yet; their keys join ``placed``."""
    acts = [
        act_at(doc, draft, locality, around, found, within)
        for locality, key in zip(found, keys, strict=True)
        if key not in placed
    ]
    placed.update(keys)
    return acts


def _sentence_of(doc: Document, locality: Locality) -> int:
    told = sentence_at(doc.sentences, locality.span)
    return -1 if told is None else told.index


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
    (:func:`...geography.nesting.same_or_part`)."""
    kept: list[Locality] = []
    for locality in found:
        if not any(same_or_part(k.name, locality.name) for k in kept):
            kept.append(locality)
    return kept


def act_at(
    doc: Document,
    draft: EventDraft,
    locality: Locality,
    around: PlaceMention,
    found: list[Locality],
    within: list[PlaceMention] | None = None,
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
