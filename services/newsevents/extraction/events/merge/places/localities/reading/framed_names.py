"""The names the gazetteer lacks that a known place right after locates (:func:`framed_names`):
"in Tal Asheihib in the eastern countryside of Suwaida", "at Kaplong near Sotik", "in
Locor-Akope, 48 km from Lokichogio"."""

from __future__ import annotations

import re

from ......document import Document, PlaceMention, Sentence, Span
from ......places.reading.words import DIRECTION_WORDS, STOPWORDS
from ......places.shared.keys import word_set
from ......prefilter import quick_finditer
from ......vocabulary import MONTH_NAMES, WEEKDAY_NAMES
from .....geography.name_shapes import KIND, NAME
from .....geography.names.localities import listed_items
from .....geography.names.place_names import names_a_place
from ..locality import Locality
from .fire_verbs import AROUND, FIRED, NAMES, SEIZED, village_word
from .locality_checks import is_locality, ordinary_words

# A name told as where something happened (or what an act hit: "the shelling of Orum al-Kubra in
# Aleppo province") and located by a known place right after it: "in Tal
# Asheihib in the eastern countryside of Suwaida", "in Khneifes in the southern
# side of Palmyra", "in Huyum, in Askira-Uba district"; or by its distance or nearness to a
# known place: "in Locor-Akope, 48 km from Lokichogio", "at Kaplong near Sotik", "at a camp in
# Tarkint, north of Gao", "in Nokhan, east of the provincial capital of Ataq".
_DISTANCE = (
    r"(?:about\s+|some\s+|around\s+|nearly\s+)?\d+(?:\.\d+)?\s*"
    r"(?:km|kms|kilomet(?:re|er)s?|miles?)\b(?:\s*\([^)]{0,20}\))?\s+"
    rf"(?:(?:(?i:{DIRECTION_WORDS})\s+)?of|from)\s+(?:the\s+)?"
    r"(?:(?:capital|city|town)\s+(?:of\s+)?)?"
)
# A bearing alone after a comma: "in Tarkint, north of Gao". The comma is needed: "in Tarkint
# north of Gao" may be one name ("Tarkint North") or a name and a place told apart.
_BEARING = (
    rf",\s+(?:(?i:{DIRECTION_WORDS})\s+)+of\s+(?:the\s+)?"
    r"(?:(?:[A-Z][\w'’-]*\s+)?(?:(?:provincial|regional|district|state)\s+)?"
    r"(?:capital|city|town)\s+(?:of\s+)?)?"
)
# ... or with no comma when "to the" opens it, which no name holds: "in Tal Kurdi to the east of
# Jasim" (forty-eighth round, clash68: the reference point is no place of the act).
_TO_THE_BEARING = (
    rf"\s+to\s+the\s+(?:(?i:{DIRECTION_WORDS})\s+)+of\s+(?:the\s+)?"
    r"(?:(?:city|town|village)\s+of\s+)?"
)
# The frame after the name is looked at, not consumed: in "on Friday in Huyum, in Askira-Uba
# district" the "in" after "Monday" opens the next candidate.
# A unit told by its noun before its name: "in Dalbo in the province of Loroum", "in the
# region of Mopti".
_UNIT_OF = r"province|region|state|governorate|department|district|county"
# The unit that holds the name, told in apposition before the province: "in Kubawa, the Ofu
# Local Government Area of Kogi State", "at Dalbo, in the Titao district of Loroum province".
_APPOSED_UNIT = (
    r",\s+(?:in\s+)?(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+"
    r"(?:Local\s+Government\s+Area|LGA|[Dd]istrict|[Tt]ownship|[Tt]ehsil|[Uu]pazila|"
    r"[Mm]unicipality|[Cc]ommune)\s+(?:of|in)\s+(?:the\s+)?"
)
# The unit told by its noun after its name, behind a comma: "in Jalawla, Diyala province", "in
# Banisa, Mandera district", "at Kubawa, Kogi State". The known place the comma leads to locates
# the name; without the unit's noun ("in Paris, Texas") the pair is left to the place matcher.
_COMMA_UNIT = (
    r",\s+(?=(?:(?:al|el|Al|El)-)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+"
    rf"(?i:{_UNIT_OF})\b)"
)
_FRAMES = (
    rf",?\s+(?:in|of|In|Of)\s+(?:the\s+)?"
    rf"(?:(?i:{DIRECTION_WORDS})\s+)*"
    rf"(?:(?:countryside|outskirts|side|parts?|suburbs?|areas?|{_UNIT_OF})\s+of\s+(?:the\s+)?)?"
    rf"|{_APPOSED_UNIT}"
    rf"|{_COMMA_UNIT}"
    rf"|,?\s+{_DISTANCE}|{_BEARING}|{_TO_THE_BEARING}|,?\s+near\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?"
)
_FRAMED = re.compile(rf"\b(?:in|at|near|on|{SEIZED})\s+(?P<name>{NAME})(?=(?P<frame>{_FRAMES}))")
_FIRED_AT = re.compile(rf"\b(?:{FIRED})\s+(?P<name>{NAME})(?=(?P<frame>{_FRAMES}))")
# Names listed together and located by the known place right after the list, each a place of
# the act: "shells fell on al-Foaa and Kefraya in Idleb countryside" (twenty-fourth round,
# missed44). The list closes with "and"; a bare comma after it may open a clause, no frame.
# After a list a bearing needs no comma ("in Kafr Hamra and Tall Shaeer north and east of
# Aleppo"): the list's last "and" ends its last name.
_LIST_BEARING = (
    rf"\s+(?:(?i:{DIRECTION_WORDS})\s+(?:and\s+)?)+of\s+(?:the\s+)?"
    r"(?:(?:city|town|village)\s+of\s+)?"
)
# A second list told after the first's province, with its own: "struck A and B in the Idlib
# countryside and C and D in the Hama countryside" (forty-sixth round, list66).
_AFTER_A_PROVINCE = r"(?:countryside|province|governorate)\s*,?\s+and(?:\s+in)?"
# A headline repeated in title case as the body's first line tells its verb, its "And" and its
# frame capitalised: "Russian Warplanes Pound A, B, C And D In Idlib Countryside" (forty-sixth
# round, list66): the verbs of fire and seizure are read in any case there, "And" closes the
# list (`NAMES`; no word of a name, geography/names/localities.py) and "In"/"Of" open its frame.
_FRAMED_LIST = re.compile(
    rf"\b(?:in|at|near|on|{AROUND}|(?i:{SEIZED}|{FIRED})|{_AFTER_A_PROVINCE})\s+{NAMES}"
    rf"(?=(?P<frame>{_FRAMES}|{_LIST_BEARING}))"
)
# A post named after its village, located by a known place: "raided the Fateh Khel police
# post in Bannu district", "gunmen hit the Chaudhwan checkpoint near Dera Ismail
# Khan". Monitors code the village the post is named after.
_SITE = re.compile(
    rf"\b(?P<name>{NAME})\s+(?:(?:police|army|military|security|border)\s+)?"
    r"(?:station|post|check-?post|checkpoint|outpost|base|camp)"
    r"(?=(?P<frame>\s+(?:in|near)\s+(?:the\s+)?))"
)
_LOCATING = frozenset({"town", "region", "admin1"})
# The country or province whose possessive opens the frame: "in Syria's Aleppo province", "in
# Syria's northwestern Idlib province" (the province after it locates the list).
_OWNER_FIRST = re.compile(rf"[A-Z][\w-]*['’]s\s+(?:(?i:{DIRECTION_WORDS})\s+)*")
# A post is named after its village, not after what it serves or where in town it stands: "the
# Main Bus station", "the Central Police station", "the UN camp" name no locality. A name made
# only of the place matcher's common words (STOPWORDS) and these is no village.
_FACILITY_NAME_WORDS = STOPWORDS | word_set(
    "main bus air naval navy railway rail train ferry fire power petrol filling un"
)


def framed_names(doc: Document, sentence: Sentence, taken: list[Span]) -> list[Locality]:
    """The names the gazetteer lacks that a known place right after locates (``_FRAMED``,
    ``_SITE``), none overlapping a span ``taken`` (actors, dates, furniture)."""
    found: list[Locality] = []
    sites = [m for m in quick_finditer(_SITE, sentence.text) if not _common_words(m.group("name"))]
    matches = [(m, m.start("name"), m.group("name")) for m in _FRAMED.finditer(sentence.text)]
    matches += [(m, m.start("name"), m.group("name")) for m in sites]
    matches += [
        (m, m.start("name"), m.group("name"))
        for m in _FIRED_AT.finditer(sentence.text)
        if village_word(m.group("name").split()[0])
    ]
    matches += [
        (m, m.start("names") + first, m.group("names")[first:last])
        for m in _FRAMED_LIST.finditer(sentence.text)
        if m.group("frame").strip() != ","
        for first, last in listed_items(m.group("names"))
    ]
    if not matches:
        return found
    locating: dict[int, PlaceMention] = {}  # the first locating place at each start
    for place in doc.places:
        if place.precision in _LOCATING:
            locating.setdefault(place.span.start, place)
    for match, first, name in matches:
        start = sentence.span.start + first
        span = Span(start, start + len(name))
        after = sentence.span.start + match.end("frame")
        if not names_a_place(name) or not is_locality(doc, span):
            continue
        within = locating.get(after)
        owner = _OWNER_FIRST.match(doc.text, after) if within is None else None
        if owner is not None:
            within = locating.get(owner.end())  # "in Syria's Aleppo province"
        if within is None or ordinary_words(doc.text, name):
            continue  # "in Jaish al-Islam" before nothing known; "Killed in Rocket Fire in X"
        if match.group("frame").strip() == "," and _wider_unit(sentence.text, match):
            continue  # "at Miti Kenda area in Kibichoi, Kiambu County": Kibichoi holds the place
        if any(t.overlaps(span) for t in taken) or any(f.span == span for f in found):
            continue
        found.append(Locality(span, name, "town", within))
    return found


# A unit the name is told as, or a place just named before "in" (a capitalised word or a
# locality noun): the comma's name is then the wider unit that holds the place, no place of
# its own ("at Mlango in Burat Ward, Isiolo County", "Gombato area in Diani, Kwale county").
# Only before "in": the word before "at", "near" or a verb of seizure is the act's subject or
# time ("Gunmen attacked X, Y county"), and a weekday or month before "in" is no place
# ("on Tuesday in X, Y county"; review, sixteenth round).
_UNIT_NAME = re.compile(r"\s(?:Ward|District|Division|Location|Township|Constituency)$")
_PLACE_BEFORE = re.compile(
    rf"(?:\b(?!(?:{WEEKDAY_NAMES}|{MONTH_NAMES})\b)[A-Z][\w'’-]*|\b(?:{KIND}))\s+$"
)


def _wider_unit(text: str, match: re.Match[str]) -> bool:
    """Whether a name located by a unit after a comma is itself a unit holding a place."""
    in_a_place = match.group().startswith("in") and _PLACE_BEFORE.search(text[: match.start()])
    return bool(_UNIT_NAME.search(match.group("name")) or in_a_place)


def _common_words(name: str) -> bool:
    """Whether a post's name is made only of common words ("Main Bus", "Central Police")."""
    return all(w.lower() in _FACILITY_NAME_WORDS for w in re.findall(r"[A-Za-z]+", name))
