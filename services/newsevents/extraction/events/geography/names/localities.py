"""Named localities a sentence mentions, whether or not the gazetteer knows them.

Reports from a city at war name its neighbourhoods and the villages around it ("rockets hit
al-Midan neighbourhood", "the village of Tal al-Samn", "the neighbourhoods of al-Midan,
al-Furqan and al-Jamiliyeh"), most of them absent from the gazetteer. The name is still a fact:
two sentences naming two different neighbourhoods tell two occurrences, even when both events
can only be placed at the city (:func:`.other_localities.names_another_locality`), and an event
at a named locality is placed there (:mod:`...merge.places.localities.placing.unknown_places`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ....document import PlacePrecision, Span
from ..name_shapes import (
    BEARING_FROM,
    BEARING_NAME,
    COUNTRYSIDE,
    DIRECTIONS,
    FEATURE,
    GLUED_RUN,
    INNER,
    KIND,
    LIST,
    NAME,
    NEIGHBOURHOOD,
    OFFICE,
    PART,
    PEOPLE,
    PROVINCE,
    PROVINCE_OR_PARTS,
    SETTLEMENT,
)
from ..spellings import spelling_key
from ..struck_names.struck_heads import NAMES_PEOPLE, PARTICIPLE, struck_list_patterns
from .glued import glued_lists, list_names
from .place_names import NOT_NAMES, names_a_place

# What follows the noun of an apposition that places the name: where it lies ("in", "of",
# "near", "located in", "along", "on the outskirts of", "about 100 kilometers north of", "north
# of"), not a title ("a community leader", "a town councillor in").
_WHERE_AFTER = (
    r"(?:(?:in|of|near|along|on|outside|close\s+to|located|situated|lying)\b|"
    r"(?:(?:about|some|around|nearly)\s+)?\d|(?:north|south|east|west)\w*\s+of\b)"
)
# A word that qualifies the apposition's noun ("a farming village", "a Palestinian refugee
# camp"): not a relative word, preposition or determiner that opens another phrase about a
# person told in apposition ("Musa Bello, a farmer whose village in Zamfara was attacked",
# "a man from a village near"; review40b).
_QUALIFIER = (
    r"(?!(?:whose|who|which|that|from|of|in|at|near|with|the|a|an|his|her|their|its|our|my)\b)"
    r"[\w-]+"
)
# Capitalised words that open a sentence before "a village", "a town": prepositions,
# conjunctions, adverbs and pronouns ("In a village near Aleppo", "Meanwhile a town in Idlib").
_OPENERS = (
    r"(?:In|At|On|Near|Outside|Inside|Into|From|To|By|For|With|Within|Across|Around|Over|Under|"
    r"After|Before|During|Since|Until|While|When|Where|Once|And|But|Or|Yet|So|Also|Then|Now|"
    r"Meanwhile|Elsewhere|Separately|Later|Earlier|Today|Yesterday|Overnight|Still|Even|Only|"
    r"However|Moreover|Furthermore|Besides|Instead|Likewise|Similarly|Additionally|There|Here|"
    r"It|He|She|They|We|I|You|His|Her|Its|Their|Our)"
)
# A list a plural noun of places opens further on, past what locates the places or when they
# were struck: "pounded dozens of towns and villages in the Idlib countryside on Tuesday,
# including A, B and C", "hit several villages, among them A and B", "in several districts of
# Aleppo including X" (forty-sixth round, list66); "some rural towns most notably A B and C", its
# commas lost (forty-ninth round, list69). Only words that locate or time the places
# lie between ("in", "of", "on", "the", a direction, a capitalised name, a day): "villages,
# killing 12 people, including Ahmed and Omar" names people, not places.
_PLURAL_PLACES = (
    r"(?:towns|villages|cities|districts|neighbou?rhoods|areas|localities|quarters|suburbs|"
    r"hamlets|communities|camps|places|sites|locations|settlements)"
)
_ABOUT_THE_PLACES = (
    rf"(?:\s+(?:in|of|on|across|around|near|the|and|its|overnight|early|late|last|this|"
    rf"morning|night|evening|afternoon|rural|countryside|province|city|governorate|region|"
    rf"outskirts|suburbs|(?:{DIRECTIONS})|{_PLURAL_PLACES}|(?-i:[A-Z])[\w'’-]*)){{0,8}}?"
)
_OPENED_FURTHER_ON = re.compile(
    rf"\b(?P<kind>{_PLURAL_PLACES}){_ABOUT_THE_PLACES}\s*,?\s+"
    rf"(?:including|among\s+them|among\s+which|such\s+as|(?:most\s+)?notably|namely)\s+"
    rf"(?P<names>{LIST})"
)
# A list that opens its sentence and is closed by what befell it, the province perhaps told
# between: "A, B, C and D came under heavy air strikes", "the towns of A, B and C were
# subjected to intense Russian bombardment", "A, B and C in the Idlib countryside were
# targeted by regime warplanes" (forty-sixth round, list66). Fire only: "came under fire"
# may be a clash, "came under pressure" nothing.
_UNDER_MEANS = (
    r"(?:air\s*strikes?|air\s+raids?|raids|strikes|bombardments?|bombing|(?:barrel\s+)?bombs|"
    r"shelling|shells|rockets|missiles|mortars?|artillery|barrages?|warplanes|jets|aircraft|"
    r"helicopters|drones)"
)
_CLOSED_UNDER_FIRE = re.compile(
    rf"^(?:(?i:elsewhere|meanwhile|in\s+addition)\s*,?\s+)?(?:(?i:the)\s+(?:{KIND})\s+of\s+)?"
    rf"(?P<names>{LIST})(?P<kind>)(?:\s*,?\s+in\s+(?:the\s+)?(?:(?:{DIRECTIONS})\s+)*"
    rf"(?:{COUNTRYSIDE}|{PROVINCE_OR_PARTS}))?\s*,?\s+(?:(?:came|come|have\s+come|has\s+come|"
    rf"had\s+come)\s+under|(?:were|was|have\s+been|has\s+been|had\s+been)\s+(?:also\s+)?"
    rf"(?:subjected\s+to|{PARTICIPLE}\s+by))\s+(?:[\w'’-]+\s+){{0,3}}?{_UNDER_MEANS}\b"
)
# Sites of one feature listed before its plural noun: "in al-Sheikh Hussein and Khleif hills", "in
# A, B and C farms" name a site each (forty-ninth round, clash69); so do a border's crossings,
# "the clashes concentrate at Wadi Mira and al-Kurum crossings" (fiftieth round, clash70); so
# do oilfields, "struck vehicles in A and B oilfields" (fifty-third round, list73).
_LISTED_FEATURES = re.compile(
    rf"\b(?P<names>{NAME}(?:{INNER}{NAME})*\s*,?\s+and\s+{NAME})\s+"
    r"(?P<kind>hills|farms|fields|oilfields|oil\s+fields|crossings)\b"
)
# A gloss in brackets that translates the name before it: a lowercase word in it.
GLOSS = r"\((?=[^()]{0,30}\b[a-z]{3,})[^()]{1,30}\)"
# A site's noun after a list's last name: "A B and Abu Dahoul dam in Eastern Homs".
_SITE_AFTER = r"(?:\s+(?:dam|crossings?|bridge|junction|roundabout))?"
# A province told by its side, no "countryside": "in Eastern Homs", "in Northern Lattakia".
_SIDE_OF_PROVINCE = r"(?-i:Eastern|Western|Northern|Southern)\s+(?-i:[A-Z][\w-]+)\b"
_PATTERNS = (
    # "the neighbourhoods of al-Midan, al-Furqan and al-Jamiliyeh", "the village of Dael", and
    # a name the writer introduces: "a town called Patikul", "a village known as Dael"
    # (and a list its noun opens: "villages including A, B and C")
    # (a list of three names or more closed by a site, "the cities of A, B, C, and the
    # rebel-held D airbase", names A, B and C; "the cities of" opens a list as "the towns of"
    # does: forty-eighth round, list68)
    re.compile(
        rf"\b(?P<kind>{KIND}|cities)\s+(?:of|called|named|known\s+as|including|such\s+as)\s+"
        rf"(?P<names>{NAME}(?:\s*,\s*{NAME}){{2,}}(?=\s*,?\s+and\s+the\s)|{LIST})"
    ),
    _OPENED_FURTHER_ON,
    _CLOSED_UNDER_FIRE,
    # An apposition saying what the name is and where: "Rungumawa, a farming village of Tsafe
    # Local Government Area", "Kaplong, a market town near Sotik", "Rijana, a village along the
    # highway", "Shuafat, a Palestinian refugee camp on the outskirts of Jerusalem",
    # "Tingginambut, a village located in Puncak Jaya district".
    re.compile(
        rf"(?P<names>{NAME}),\s+an?\s+(?:{_QUALIFIER}\s+){{0,2}}?(?P<kind>{KIND})\s+{_WHERE_AFTER}"
    ),
    # The same apposition without its comma, as texts stripped of punctuation tell it: "hit
    # Babeska a village in Idlib", "struck Tel Dahab a town near Houla". A settlement told where
    # it lies in a named place, after a word that is no speaker's ("told AFP a town in" is no
    # town AFP), nor a word opening a sentence ("In a village near Aleppo" names no "In").
    re.compile(
        rf"(?<!\btold\s)(?<!\bsaid\s)(?<!\bsays\s)(?<!\btells\s)(?<![\w-])(?!{_OPENERS}\b)"
        rf"(?P<names>{NAME})\s+an?\s+"
        rf"(?:{_QUALIFIER}\s+){{0,2}}?(?P<kind>{SETTLEMENT}|(?:refugee\s+)?camps?)\s+"
        rf"(?:in|near|of|outside|located\s+in)\s+(?:the\s+)?[A-Z]"
    ),
    # The unit's noun as a title before its name, as in the Philippines: "Barangay Maligay",
    # "Brgy. Tanum".
    re.compile(r"\b(?P<kind>Barangay|Brgy\.?)\s+(?P<names>" + NAME + ")"),
    # Lists of places struck told by a participle ("Districts struck included A, B and C",
    # "Among the worst-hit neighbourhoods were A and B", "A, B and C were also hit"), their
    # names as a list reads them (thirty-fourth round).
    *struck_list_patterns(KIND, rf"(?P<names>{GLUED_RUN}|{LIST})"),
    # "al-Midan and al-Furqan neighbourhoods", "Hadar village"
    # (a gloss in brackets between them, a translation with a lowercase word: "al-Qasriyeh
    # (the station) neighbourhood", "al-Mashtal (Olive grove) area"; not another name, "Kafr
    # Batikh (Rasm Batikh) district": fifty-first round, list71)
    re.compile(rf"\b(?P<names>{LIST})(?:\s+{GLOSS})?\s+(?P<kind>{KIND})\b"),
    _LISTED_FEATURES,
    # "positions in al-Shaer field", "a gathering in Asheihib al-Janoubi Hill"
    re.compile(rf"\b(?P<names>{NAME})\s+(?P<kind>{FEATURE})\b"),
    # Names told inside a province's countryside, the province read beside them: "mortar rounds
    # on Kafr Nabl and Sarmin in Hama countryside", "east of Ibtaa in Daraa countryside", "in
    # Kafr Nabuda in the northern countryside of Hama" (twenty-fourth round). Towns: the kind
    # is told by the countryside, not by a noun (the empty group).
    # "the area between al-Jafra and al-Koniko in Deir Ezzor's northern countryside" too: the
    # stretch's far end is no place of its own (merge/places/localities/placing/unknown_places.py).
    # (the last name a site's, "A B and C dam in Eastern Homs"; the province told by its side,
    # "in Eastern Homs", "in Northern Lattakia": fifty-first round, list71)
    re.compile(
        rf"\b(?:in|on|at|of|near|between|targeting|targeted|hit|struck)\s+"
        rf"(?P<names>{LIST}|{GLUED_RUN})(?P<kind>){_SITE_AFTER}{BEARING_FROM}\s+in\s+(?:the\s+)?"
        rf"(?:(?:(?:{DIRECTIONS})\s+)*(?:{COUNTRYSIDE})|{_SIDE_OF_PROVINCE})"
    ),
    re.compile(
        rf"\b(?:in|at|targeting|targeted|hit|struck)\s+"
        rf"(?P<names>{NAME}(?:{INNER}{NAME})*\s*,?\s+and\s+{NAME})(?P<kind>)\s+in\s+"
        rf"(?:the\s+)?(?:(?:{DIRECTIONS})\s+)*(?:{PROVINCE_OR_PARTS})"
    ),
    # A name after the side that holds it, located by a place told after it: "an airstrike on
    # rebel-held Kadi Askar in Aleppo", "shelled the IS-controlled Tal Sosin east of Aleppo",
    # and, where the text lost its hyphens, "Aleppo's opposition held Kadi Askar in Aleppo"
    # (a few sides only: "police held Ahmed in Aleppo" is a detention).
    re.compile(
        rf"(?:\b[\w]+-(?:held|controlled|besieged)|\b(?:(?i:opposition|rebel|regime|government|"
        rf"militant|insurgent|jihadist)|ISIS|ISIL|IS|Daesh|DAESH)\s+(?:held|controlled))\s+"
        rf"(?P<names>{LIST})(?P<kind>)\s+(?:in|near|outside|(?:north|south|east|west)\w*\s+of)"
        rf"\s+(?:the\s+)?[A-Z]"
    ),
)
_ONE_NAME = re.compile(NAME)


# Where the attackers were, not where anything happened: "terrorists positioned in al-Rashidin
# neighbourhood fired rockets on ...", "shells fired from the village of X"; nor where a road
# leads: "on a road leading to the village of X" (``LEADS_TO``, shared with the story's
# reference points, merge/incidents/story/sites.py). "from the nearby village of X" is where
# the attackers came from too (thirty-eighth round, several58).
LEADS_TO = r"\b(?:leads?|leading|heading|bound)\s+(?:to|for|towards?)"
_ORIGIN = re.compile(
    r"(?:\b(?:positioned|stationed|entrenched|based|holed\s+up|hiding|deployed)\s+(?:in|at)"
    rf"|\bfrom|{LEADS_TO})\s+(?:the\s+)?(?:(?:nearby|neighbou?ring|adjacent)\s+)?$"
)


def _names_a_people(text: str, match: re.Match[str]) -> bool:
    """Whether a name before "community" names a people: "the Fulani community", "Tiv
    communities" (``PEOPLE``)."""
    if not match.group("kind").startswith("communit") or match.start("names") > match.start("kind"):
        return False  # not a community, or "the community of X"
    return match.group("kind") != "community" or bool(
        PEOPLE.search(text, max(0, match.start() - 12), match.start())
    )


# The patterns above whose list may name people as well as places.
_OPENERS_OF_PEOPLE = (_OPENED_FURTHER_ON, _CLOSED_UNDER_FIRE)


@dataclass(frozen=True, slots=True)
class LocalityName:
    start: int  # offsets in the text read
    end: int
    name: str
    precision: PlacePrecision


@lru_cache(maxsize=4096)  # asked for each pair of events of an article
def locality_names(text: str) -> tuple[LocalityName, ...]:
    """The locality names of ``text`` in text order: "al-Midan" (neighbourhood) in "rockets hit
    al-Midan neighbourhood", "Dael" (town) in "the village of Dael"."""
    glued = [
        LocalityName(start, end, text[start:end], precision)
        for start, end, precision, noun in glued_lists(text)
        if not _ORIGIN.search(text, max(0, noun - 40), noun) and names_a_place(text[start:end])
    ]
    found: dict[int, LocalityName] = {locality.start: locality for locality in glued}
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            if _ORIGIN.search(text, max(0, match.start() - 40), match.start()):
                continue
            kind = match.group("kind").lower()  # a noun opening its sentence: "Districts"
            if pattern in _OPENERS_OF_PEOPLE and NAMES_PEOPLE.search(match.group("names")):
                continue  # "villages, including Ahmed Darwish and Omar Haddad": people
            if _names_a_people(text, match) or (
                match.group("kind").startswith("department")
                and OFFICE.fullmatch(match.group("names").split()[-1])
            ):
                continue
            precision: PlacePrecision = (
                "point"
                if pattern is _LISTED_FEATURES
                else "neighbourhood"
                if re.fullmatch(NEIGHBOURHOOD, kind)
                else "region"
                if re.fullmatch(PROVINCE, kind)
                else "town"
            )
            if precision == "region" and all(
                BEARING_NAME.fullmatch(word) for word in match.group("names").split()
            ):
                continue
            offset = match.start("names")
            if re.fullmatch(FEATURE, kind) and pattern is not _LISTED_FEATURES:
                if match.group("names").split()[0] not in NOT_NAMES:
                    start, end = match.start(), match.end()
                    found.setdefault(start, LocalityName(start, end, match.group(), "point"))
                continue
            names = match.group("names")
            # "a village near Makurdi, Benue State, Tiv and Idoma community leaders said": the
            # names after the list's last comma qualify the speakers, they are no localities
            cut = names.rfind(",") if SPEAKERS_AFTER.match(text, match.end("names")) else -1
            for first, last in listed_items(names):
                if 0 <= cut < first:
                    continue
                start, name = offset + first, names[first:last]
                if any(g.start <= start < g.end for g in glued):
                    continue  # a run the glued list cut into its names
                if names_a_place(name):
                    found.setdefault(start, LocalityName(start, offset + last, name, precision))
    for locality in list(found.values()):
        peer = _peer_after(text, locality)
        if peer is not None:
            found.setdefault(peer.start, peer)
    return tuple(found[start] for start in sorted(found))


# A list closed by "and" that lost its commas: "in Kafr Zita Morek and al-Latamneh in Hama
# countryside", "in Kels Shahroura Sarraf and Hajjar".
_CLOSED_BY_AND = re.compile(r"\s(?:and|as\s+well\s+as)\s")


def listed_items(names: str) -> list[tuple[int, int]]:
    """The (start, end) of each name of a pattern's names: each name as :data:`NAME` reads it
    (up to three words), and in a list closed by "and" with no comma in it, each run between
    its "and"s cut where a name ends (:func:`.glued.list_names`: "Kafr Zita | Morek"), as the
    list after a plural place noun is (:func:`.glued.glued_lists`)."""
    ands = [] if "," in names else list(_CLOSED_BY_AND.finditer(names))
    if not ands:
        return [(m.start(), m.end()) for m in _ONE_NAME.finditer(names)]
    runs = [0, *(m.end() for m in ands)]
    ends = [*(m.start() for m in ands), len(names)]
    return [
        (start + first, start + last)
        for start, end in zip(runs, ends, strict=True)
        for first, last in list_names(names[start:end])
    ]


# A name coordinated after a locality, told with its own frame, is a peer of it, one more place
# of the act: "in the Tall Rifaat area and the edges of Deir Hafer", "on al-Zahraa area
# and al-Sheikh housing district", "in Kurdi Hill and west of Tal Aran" (twenty-fourth
# round, folds44). The name closes the phrase: a stop, a preposition or a clause opens after
# it, or the kind of place it is ("residential suburb"); a capitalised word told before other
# words ("and Hezbollah fighters") names no place.
# The countryside the first name lies in, told before its peer: "the hamlet of X in the western
# countryside of Homs and also Y", "X hamlet in the extreme southeast of Idleb countryside and Y".
_IN_COUNTRYSIDE = (
    rf"in\s+the\s+(?:[\w-]+\s+){{0,3}}?(?:countryside(?:\s+of\s+{PART})?|of\s+{PART}\s+"
    rf"countryside)\s+"
)
_PEER = re.compile(
    rf"\s+(?:{KIND}\s+)?(?:{_IN_COUNTRYSIDE})?(?:and|as\s+well\s+as)\s+(?:the\s+)?"
    rf"(?:(?:outskirts|vicinity|surroundings?|(?:{DIRECTIONS})(?:\s+and\s+(?:{DIRECTIONS}))?)"
    rf"\s+of\s+(?:the\s+)?)?(?P<name>{NAME})"
    rf"(?=\s*(?:[,.;:\"”)]|$)|\s+(?:in|on|of|near|at|to|which|where|killing|causing|inflicting"
    rf"|leaving|wounding|injuring)\b|\s+(?:residential\s+)?(?:{KIND})\b|\s+\d)"
)


def _peer_after(text: str, locality: LocalityName) -> LocalityName | None:
    """The locality's peer told right after it (``_PEER``), of its precision (a site's peer is
    a town or a spot as much as the site is: "point")."""
    if locality.precision == "region":
        return None
    match = _PEER.match(text, locality.end)
    if match is None or not names_a_place(match.group("name")):
        return None
    return LocalityName(
        match.start("name"), match.end("name"), match.group("name"), locality.precision
    )


# The names after a place are the speakers' qualifiers, the list the subject of what they said:
# "in Kaduna, Catholic and Anglican leaders said", "in Peshawar, Pashto and Urdu media
# reported", "Tiv and Idoma community leaders told reporters".
SPEAKERS_AFTER = re.compile(
    r"\s+(?:[a-z][\w-]*\s+){1,3}(?:said|say|says|told|tell|reported|report|reports|added"
    r"|claimed|confirmed|stated|announced)\b"
)


def town_keys(text: str, within: Span | None = None, offset: int = 0) -> frozenset[str]:
    """The spelling keys of the villages and towns ``text`` names by a word of settlement
    (:func:`locality_names`; the gazetteer may lack them), only those inside ``within`` when
    given, ``offset`` being where ``text`` starts in the span's text."""
    return frozenset(
        spelling_key(locality.name)
        for locality in locality_names(text)
        if locality.precision == "town"
        and (
            within is None or within.contains(Span(offset + locality.start, offset + locality.end))
        )
    )
