"""Places listed together in one sentence: the words that join two places of one list (commas,
"and", "as well as", a list that lost its commas), the longest list among a sentence's places,
and whether a later sentence tells an act at a list of places an earlier event never named.

Shared by the merging passes that keep such a sentence apart (:mod:`..merge.incidents`) and the
one that splits it per place (:mod:`..merge.places.per_place.listed_places`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from ...document import LOCAL_PRECISIONS, Document, PlaceMention, PlacePrecision, Sentence, Span
from ...ontology import is_violent
from ...text.numbers import MANY, counting
from ..crowds import CROWD_TYPES
from ..draft import EventDraft
from .glued import split_names
from .localities import SPEAKERS_AFTER, names_a_place
from .other_localities import localities
from .precision import around_a_town
from .struck_heads import lists_places_struck

# The words that may stand between two places of one list: ", ", " and ", ", and the town of ",
# " and nearby " ("shelled Douma and nearby Harasta": thirty-seventh round).
LIST_GLUE = re.compile(
    r"^\s*(?:,|,?\s*and|,?\s*as well as|&)\s+(?:(?:the|in|on|at)\s+)?(?:nearby\s+)?"
    r"(?:(?:villages?|towns?|neighbou?rhoods?|areas?|city|cities|suburbs?)\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)

# A place noun that names what kind of place the next listed name is ("the town of").
_KIND = (
    r"(?:villages?|towns?|neighbou?rhoods?|areas?|city|cities|suburbs?|districts?|camps?"
    r"|outskirts|vicinity|surroundings?|side|part)"
)
_DIRECTION = r"(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?"
# Two place phrases coordinated, each with its own descriptor: "Kidal and the northern town of
# Tessalit", "the capital Bamako and the port city of Mopti", "Djibo and the nearby town of
# Arbinda", "Bama and east of Dikwa". The second phrase is a noun phrase (articles, a
# direction, up to three adjectives or a region's name, a place noun and "of"), never a
# clause: no verb stands between the two places.
_PHRASE = (
    rf"(?:(?:the|in|on|at|to)\s+)*(?:(?:{_DIRECTION}|nearby|neighbou?ring|port|border|coastal"
    rf"|residential|[A-Z][\w-]*)\s+){{0,3}}(?:{_KIND}|{_DIRECTION})\s+(?:of\s+)?(?:the\s+)?"
)
_WEEKDAY = r"(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today"
_COUNT = (
    rf"(?:\d[\d,]*|a|an|one|another|{counting(2, 12)}"
    rf"|{'|'.join(MANY)})"
)
_COORDINATED = re.compile(rf"^\s*(?:,?\s*and|,?\s*as well as)\s+(?:{_PHRASE})?$")
# The act told again for another place with its own count, the verb left out: "killed two
# gunmen in Kano on Friday and four others in the town of Bauchi on Sunday", "arrested 14
# ISIS members in Deir ez-Zor on Tuesday and a leader in Hasaka on Sunday" (issue 10). Two
# counts are two acts: an arrest told so is split too.
_ELLIPTIC = re.compile(
    rf"^\s*(?:{_WEEKDAY})?\s*,?\s*and\s+{_COUNT}(?:\s+[a-z][\w-]*){{0,2}}\s+(?:in|at|near)\s+"
    rf"(?:{_PHRASE})?$",
)


# One word of a listed name the gazetteer may lack, perhaps with its Arabic article ("al-Latamneh",
# "Kafr", "Ras-al-Ain"): the lists below, with and without their commas, are runs of it.
_NAME_WORD = r"(?:(?:al|el|ad|ar|as|ash|at|az|an|ez)-)?[A-Z][\w'’]*(?:-[\w'’]+)*"


# A list that lost its commas (places/reading/runs.py): "in Saraqeb Binnish and Taftanaz", "in the
# towns of Saraqeb Binnish Taftanaz": two places with nothing between them but a space, names of the
# list the gazetteer lacks (up to four) and a last "and".
_COMMALESS = re.compile(rf"^(?:\s+{_NAME_WORD}){{0,4}}\s+(?:and\s+)?$")


# The same list as it keeps its commas, names the gazetteer lacks between two known places: "the
# towns of Kafr Zita, al-Latamneh and Morek", "struck Saraqib, Kafr Batikh, Abdita and Binnish"
# (thirty-fifth round). Each name up to three words, none a unit's noun ("Harasta, Rif Dimashq
# Province and Douma" locates Harasta), the last one closed by "and".
_LISTED_NAME = (
    rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}}"
    r"(?<!Province)(?<!District)(?<!Governorate)(?<!County)(?<!State)(?<!Region)"
)
_COMMA_NAMES = re.compile(
    rf"^\s*,\s+(?:{_LISTED_NAME}\s*,\s+){{0,3}}{_LISTED_NAME}\s*,?\s+and\s+"
    r"(?:the\s+(?:villages?|towns?|neighbou?rhoods?)\s+of\s+)?$"
)


_GLUE_NAME = re.compile(_LISTED_NAME)


# The same list going on past "as well as", perhaps with its noun again: "the towns of A, B and
# C, as well as the villages of D and E" (forty-fifth round, air65); names the gazetteer lacks
# between the two known places.
_SEPARATOR = (
    r"\s*(?:,|,?\s+and|,?\s+as\s+well\s+as)\s+"
    r"(?:the\s+(?:villages?|towns?|neighbou?rhoods?)\s+of\s+)?"
)
_ALSO_NAMES = re.compile(
    rf"^(?=.*\bas\s+well\s+as\b){_SEPARATOR}(?:{_LISTED_NAME}{_SEPARATOR}){{0,3}}$"
)


# Two lists of one roundup, each told in its own province: "struck A and B in Idlib province
# and C and D in Hama province", "in the Idlib countryside, and C in the Hama countryside"
# (forty-sixth round, list66). The province closes the first list, "and" opens the second.
# Names the gazetteer lacks may open the second list ("... and Latamneh and Kafr Zita in Hama").
_NEXT_PROVINCE = re.compile(
    r"^\s+in\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?(?i:countryside|province|governorate)"
    r"\s*,?\s+and\s+(?:in\s+)?(?:the\s+(?:villages?|towns?|neighbou?rhoods?)\s+of\s+)?"
    rf"(?:{_LISTED_NAME}\s*(?:,|,?\s+and)\s+){{0,3}}$"
)


def coordinated(glue: str) -> bool:
    """Whether the text between two places lists them as two places of one act."""
    return any(p.match(glue) is not None for p in (LIST_GLUE, _COORDINATED, _ELLIPTIC))


def listed_with(glue: str) -> bool:
    """Whether the text between two places of a violent act lists them, commas or not."""
    return (
        coordinated(glue)
        or _COMMALESS.match(glue) is not None
        or _COMMA_NAMES.match(glue) is not None
        or _ALSO_NAMES.match(glue) is not None
        or _NEXT_PROVINCE.match(glue) is not None
    )


def elliptic(glue: str) -> bool:
    """Whether the text between two places tells the act again with its own count there."""
    return _ELLIPTIC.match(glue) is not None


def listed_in(
    doc: Document,
    places: list[PlaceMention],
    sentence: Span,
    joined: Callable[[str], bool],
    *,
    local: bool = True,
) -> list[PlaceMention]:
    """The longest list among ``places`` told in ``sentence`` (local ones when ``local``, else
    any finer than a country), each two joined as ``joined`` tells, in text order; none when
    two of its places share a name or it bounds one spot ("between X and Y")."""
    best = _longest(doc, places, sentence, joined, local=local, seats=local)
    if any(seat_district(p) for p in best) and not _long_list(doc, best):
        best = _longest(doc, places, sentence, joined, local=local, seats=False)
    names = {p.name for p in best}
    return best if len(names) == len(best) else []


# A list closed by a plural of regions, past names the gazetteer lacks ("Jhapa, Morang and
# Sunsari districts").
_UNITS_CLOSE = re.compile(
    rf"(?:\s*,?\s+(?:and\s+)?{_LISTED_NAME})*\s+"
    r"(?:counties|provinces|states|regions|governorates|districts|oblasts)\b"
)


def _long_list(doc: Document, run: list[PlaceMention]) -> bool:
    """Whether a run holding a district is a list of places struck: three names or more,
    closed by "and" ("the towns of Douma, Harasta, Arbin and Zamalka"), not a town and the
    units that locate it ("in Kutulo, Wajir", "in Watamu, Dabaso, Kilifi") nor units a plural
    of regions closes ("in Jhapa, Morang and Sunsari districts")."""
    glues = [doc.text[a.span.end : b.span.start] for a, b in pairwise(run)]
    closed = any(re.search(r"\b(?:and|as\s+well\s+as)\b", g) for g in glues)
    # names the gazetteer lacks count as names of the list when its known places lie in one
    # province: "pounded Anadan, Hraytan, Kafr Hamra and Haritan" lists four (forty-fifth round,
    # air65); a district of another province is a namesake ("in Bijoynagar, Panthapath and
    # Paltan areas, Dhaka city": Bijoynagar is no Chittagong district there)
    unknown = sum(len(_GLUE_NAME.findall(g)) for g in glues if _COMMA_NAMES.match(g))
    if len({p.province for p in run}) > 1:
        unknown = 0
    return (
        len(run) + unknown >= 3
        and (closed or _CLOSES.match(doc.text, run[-1].span.end) is not None)
        and _UNITS_CLOSE.match(doc.text, run[-1].span.end) is None
    )


def _longest(
    doc: Document,
    places: list[PlaceMention],
    sentence: Span,
    joined: Callable[[str], bool],
    *,
    local: bool,
    seats: bool,
) -> list[PlaceMention]:
    """The longest run of :func:`listed_in`, districts named after their seat taken as local
    places with ``seats`` (a run holding a town or a neighbourhood too)."""
    kept = sorted(
        (
            p
            for p in places
            if (
                p.precision in LOCAL_PRECISIONS or (seats and seat_district(p)) or around_a_town(p)
                if local
                else p.precision != "country"
            )
            and sentence.contains(p.span)
        ),
        key=lambda p: p.span.start,
    )
    best: list[PlaceMention] = []
    run: list[PlaceMention] = []
    for place in kept:
        glue = doc.text[run[-1].span.end : place.span.start] if run else ""
        if run and (joined(glue) or (joined is listed_with and _chained(doc, glue, place))):
            run.append(place)
        else:
            run = [place]
        if (
            len(run) > len(best)
            and not _bounds(doc, run[0])
            and (not local or any(p.precision in LOCAL_PRECISIONS for p in run))
        ):
            best = list(run)
    return best


# Names the gazetteer lacks between two known places, commas only ("the Jabalia, Shati, Bureij
# and Nuseirat camps"): one list when it goes on past the second place to its closing "and".
_CHAIN = re.compile(rf"^\s*,\s+(?:{_LISTED_NAME}\s*,\s+){{1,3}}$")
_CLOSES = re.compile(rf"(?:\s*,\s+{_LISTED_NAME})*\s*,?\s+(?:and|as\s+well\s+as)\s")


def _chained(doc: Document, glue: str, second: PlaceMention) -> bool:
    """Whether two known places are two names of one list whose names between them the
    gazetteer lacks, the list closed by "and" after the second."""
    return _CHAIN.match(glue) is not None and _CLOSES.match(doc.text, second.span.end) is not None


def seat_district(place: PlaceMention) -> bool:
    """Whether a known place is a district the gazetteer names after its seat ("Arbin",
    "Sahar", "al-Thawra"): listed among towns or neighbourhoods ("the towns of Douma, Harasta,
    Arbin and Zamalka"), it is one more place of the act, not a unit that holds the list."""
    return place.resolved and place.precision == "region" and place.feature == "district"


# Two places that bound one spot, not a list of targets: "in a remote area between Kirkuk and
# Arbil", "on the road between the towns of Kano and Maiduguri", "from Kano to Maiduguri", "a
# checkpoint between Tripoli's Jabal Mohsen and Bab al-Tabbaneh" (quarters of one city); two
# sides of one fight: "clashes between the rival neighbourhoods of X and Y".
_BETWEEN = re.compile(
    r"\b(?:between|from)\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?"
    r"(?:(?:[\w-]+\s+){0,2}?(?:towns?|cities|villages?|neighbou?rhoods?|areas?|districts?)\s+of\s+)?$",
    re.IGNORECASE,
)


def _bounds(doc: Document, first: PlaceMention) -> bool:
    start = first.span.start
    return _BETWEEN.search(doc.text[max(0, start - 40) : start]) is not None


def lists_new_places(doc: Document, earlier: EventDraft, later: EventDraft) -> bool:
    """Whether the later violent act's own sentence, not one the earlier event is told in,
    lists local places (two or more, commas or not) none of which the earlier event's
    sentences name: "The air force struck positions in A, B and C" after "the air force carried
    out 40 sorties over Aleppo province" tells the strikes at A, B and C, each an event of its
    own (:mod:`..merge.places.per_place.listed_places`), not the sorties told again. A sentence
    that also names a town the earlier one names tells that act again ("the clashes around X
    were with fighters from A and B"); a list closed by a plural of regions ("in parts of A and B
    counties"), one of where people came from ("two residents of A and B were killed") or one
    given as a reason ("in response to the shelling of A and B") names no towns of the act.
    Demonstrations are left to their own passes (:mod:`..merge.crowds`)."""
    index = later.sentences[0]
    kind = later.event_type
    if index in earlier.sentences or not is_violent(kind) or kind in CROWD_TYPES:
        return False
    sentence = doc.sentences[index]
    listed = listed_in(doc, later.places, sentence.span, listed_with)
    if len(listed) < 2:
        return _struck_localities(doc, earlier, sentence)
    if _REGIONS_AFTER.match(doc.text, listed[-1].span.end):
        return False
    before = doc.text[sentence.span.start : listed[0].span.start]
    if _WHOSE.search(before[-60:]) or _REASON.search(before):
        return False
    told = [doc.sentences[i].text for i in earlier.sentences]
    others = [
        p
        for p in later.places
        if p.precision in LOCAL_PRECISIONS and sentence.span.contains(p.span) and p not in listed
    ]
    return not any(p.text in text for p in [*listed, *others] for text in told)


def _struck_localities(doc: Document, earlier: EventDraft, sentence: Sentence) -> bool:
    """Whether ``sentence`` heads or closes a list of places struck ("Districts struck included
    al-Shaar, al-Sukkari and Karam al-Beik", "A, B and C were also hit": :mod:`.struck_heads`)
    of two or more
    localities the gazetteer may lack, none of them named where the earlier event is told:
    the places a raid fell on, each an event, not the raid told again."""
    if not lists_places_struck(sentence.text):
        return False
    names = localities(sentence.text)
    if len(names) < 2:
        return False
    return not any(names & localities(doc.sentences[i].text) for i in earlier.sentences)


# Where the people named before a list came from: "residents of A and B", "militiamen from the
# villages of A and B", "families from A, B and C".
_WHOSE = re.compile(
    r"\b(?:from|(?:residents?|natives?|inhabitants|people|families|members)\s+of)\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}?$",
    re.IGNORECASE,
)
# A reason told before a list: "in response to regime bombing of A, B and C", "in retaliation
# for strikes on A and B".
_REASON = re.compile(
    r"\b(?:in\s+(?:response|reply|retaliation|revenge)\s+(?:to|for)|to\s+avenge)\b", re.IGNORECASE
)
# A plural of regions after a list: "Mandera and Lamu counties", "Idlib and Hama provinces".
_REGIONS_AFTER = re.compile(
    r"\s+(?:counties|provinces|states|regions|governorates|districts|oblasts)\b", re.IGNORECASE
)


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
# (:func:`.glued.split_names`): "in Tibet al-Imam al-Masasneh Morek Kafr Zita and Jana al-Ulbawi".
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
        if runs and (_plainly_listed(glue) or glue == " "):
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


def _plainly_listed(glue: str) -> bool:
    """Whether two names are joined as items of a plain list (commas, "and", "as well as"), not
    as the act told again with a count of its own ("23 in A and 21 others in B": the elliptic
    reading of ``split_listed_places``)."""
    return any(p.match(glue) is not None for p in (LIST_GLUE, _COORDINATED))


def _peers(
    doc: Document, run: list[tuple[Span, PlaceMention | None, str]], known: list[PlaceMention]
) -> bool:
    """Whether a run of names joined as a list, some known, lists places of one act."""
    if not all(_peer_place(p) for p in known):
        return False  # "in Syria, Iraq and X", "the countryside of Aleppo as well as X"
    if not _CLOSING_AND.search(doc.text[run[-2][0].end : run[-1][0].start]):
        return False  # "College of Agriculture and Animal Science, Bakura": no list's close
    if _REGIONS_AFTER.match(doc.text, run[-1][0].end):
        return False  # "the border of Kangpoki and Imphal West districts"
    if SPEAKERS_AFTER.match(doc.text, run[-1][0].end):
        return False  # "attacked a church in Kaduna, Catholic and Anglican leaders said"
    start = run[0][0].start
    before = doc.text[max(0, start - 60) : start]
    return (
        _LOCATIVE.search(before) is not None
        and _BORDER.search(before) is None
        and _WHOSE.search(before) is None
        and _REASON.search(before) is None
        and _ORIGIN.search(before) is None
        and not _bounds_at(doc, start)
    )


def _peer_place(place: PlaceMention) -> bool:
    """Whether a known place lists unknown peers as places of their own: a town, a
    neighbourhood, or a district named after its seat ("in Kunyo Barrow, Jannaale and
    Awdhegle"); not a province, a region's countryside or a country."""
    local = place.precision in LOCAL_PRECISIONS or place.feature == "district"
    return local and place.resolved


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


def _bounds_at(doc: Document, start: int) -> bool:
    return _BETWEEN.search(doc.text[max(0, start - 40) : start]) is not None
