"""Which localities a sentence names that the gazetteer lacks (:func:`named_localities`).

A name is a locality when the sentence tells it as one: a locality noun ("X neighbourhood", "the
village of X", "the neighbourhoods of X, Y and Z"), or a known place right after it that locates
it ("in Tal Asheihib in the eastern countryside of Suwaida", "at Kaplong near Sotik", "in
Locor-Akope, 48 km from Lokichogio"). Where the fire came from or people left ("terrorists
positioned in Joubar", "fled the village of X") and the far end of a stretch ("between X and Y")
are no locality of the act. :mod:`.unknown_places` places events at them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .....document import Document, PlaceMention, Sentence, Span, per_document
from .....places.reading.words import DIRECTION_WORDS, FACILITY_NOUNS, STOPWORDS
from .....places.shared.keys import word_set
from .....prefilter import quick_finditer
from .....vocabulary import MONTH_NAMES, WEEKDAY_NAMES
from ....geography.glued import generic_word
from ....geography.list_glue import coordinated
from ....geography.localities import listed_items, locality_names, names_a_place
from ....geography.name_shapes import INNER, KIND, NAME
from .fronted import fronted_localities, heading_province
from .locality import Locality, province_told_after

# Where the fire came from, not where it landed. Armed men are "positioned" or "stationed"
# somewhere; a thing "located" somewhere is the target ("a clinic located in the village of
# Kari Umar Khan"), unless the fighters or their guns are ("terrorists located in X"). Where
# people came from is no place of what hit them, whatever word sits before the noun: "the
# bomb hit a convoy outside the city, killing 40 of the families from the two southern
# villages of A and B" (a bearing or a count; twenty-sixth round), "attacked the base from the
# nearby village of X" (where the attackers came from; thirty-eighth round, several58).
_ORIGIN_BEFORE = re.compile(
    r"(?:\b(?:positioned|stationed|based|deployed|holed up|entrenched|hiding)\s+"
    r"(?:in|at|inside)|\b(?:forces|troops|terrorists|militants|gunmen|fighters|rebels|"
    r"insurgents|positions|units|artillery|batteries|launchers)\s+(?:[\w-]+\s+)?located\s+"
    r"(?:in|at|inside)|\bfrom|\b(?:leaving|left|fleeing|fled|evacuated|escaped))\s+"
    r"(?:the\s+)?(?:(?:besieged|rebel-held|government-held|nearby|neighbou?ring|two|three|"
    + DIRECTION_WORDS
    + r")\s+)?"
    r"(?:(?:" + KIND + r")\s+of\s+)?$",
    re.IGNORECASE,
)


@per_document
def named_localities(doc: Document, sentence: Sentence) -> list[Locality]:
    """The localities the sentence names that no known place covers, in text order, origins
    left out."""
    found = []
    origin_end: int | None = None  # where the last name told as an origin ends
    for name in locality_names(sentence.text):
        span = Span(sentence.span.start + name.start, sentence.span.start + name.end)
        # the names listed after an origin are origins too: "from the towns of Fuaa and Kafraya"
        if origin_end is not None and coordinated(doc.text[origin_end : span.start]):
            origin_end = span.end
            continue
        origin_end = span.end if _is_origin(doc, span) else None
        if _is_locality(doc, span):
            told_in = province_told_after(doc, span, name.precision)
            if told_in is None and name.precision == "town":
                told_in = heading_province(doc, sentence, span)  # a roundup item's province
            found.append(Locality(span, name.name, name.precision, told_in=told_in))
    # One name read by both ("in Barangay X in Y town": the unit's title and the frame) is
    # one locality, the one its noun tells.
    framed = _framed(doc, sentence)
    found += [f for f in framed if not any(f.span.overlaps(n.span) for n in found)]
    found += [
        Locality(span, doc.text[span.start : span.end], "town")
        for span in _told_axis(doc, sentence)
        if not any(span.overlaps(f.span) for f in found)
    ]
    found = [end for locality in found for end in _axis_ends(doc, locality)]
    # a roundup's item fronted by its province: "In Daraa countryside, ... in Busra al-Harir"
    taken = [m.span for m in doc.actors] + [m.span for m in doc.dates]
    fronted = fronted_localities(doc, sentence, taken)
    found += [f for f in fronted if not any(f.span.overlaps(n.span) for n in found)]
    return _list_provinces(doc, sorted(found, key=lambda locality: locality.span.start))


# A front told by its two ends joined by a hyphen: "on the axis of Kafr Zita-Latamna", "on
# Kafr Zita-Tal Sawda axis" (forty-eighth round, clash68). The state outlets' bulletins tell the
# fighting along a line between two villages so; their gold codes a clash at each end. Only
# with "axis" right before or after the name: "the Aleppo-Damascus highway" is one road, and
# a hyphen inside a name ("Deir ez-Zor", "Tal al-Mal") joins no two capitalised names.
_AXIS_BEFORE = re.compile(r"\baxis\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_AXIS_AFTER = re.compile(r"\s+axis\b", re.IGNORECASE)
_TWO_ENDS = re.compile(r"(?<=[a-z])-(?=[A-Z])")


# The axis named by its two ends before its noun as where the posts hit stood, no other frame
# locating it: "foiled an attack on military posts on Kafr Zita-Latamna axis" (not an offensive's
# aim, "preparing an offensive on the A-B axis": measured, two background events on `tune`).
_AXIS_NAMED = re.compile(
    r"\b(?:posts?|positions?|points?|checkpoints?|sites?)\s+(?:on|along)\s+(?:the\s+)?"
    rf"(?P<name>{NAME})(?=\s+axis\b)"
)


def _told_axis(doc: Document, sentence: Sentence) -> list[Span]:
    """The spans of axes told by their two ends before the word "axis"."""
    if "axis" not in sentence.text:
        return []
    start = sentence.span.start
    return [
        Span(start + m.start("name"), start + m.end("name"))
        for m in _AXIS_NAMED.finditer(sentence.text)
        if _TWO_ENDS.search(m.group("name"))
    ]


def _axis_ends(doc: Document, locality: Locality) -> list[Locality]:
    """The locality, or its two ends when it names an axis's two villages joined by a hyphen."""
    cut = _TWO_ENDS.search(locality.name)
    if cut is None or locality.name[: cut.start()].split()[-1][:1].islower():
        return [locality]
    start, end = locality.span.start, locality.span.end
    if not (
        _AXIS_BEFORE.search(doc.text[max(0, start - 20) : start])
        or _AXIS_AFTER.match(doc.text, end)
    ):
        return [locality]
    first = locality.name[: cut.start()]
    second = locality.name[cut.end() :]
    return [
        replace(locality, span=Span(start, start + len(first)), name=first),
        replace(locality, span=Span(start + cut.end(), end), name=second),
    ]


# The words between two names of one list: ", ", " and ", ", and ".
_LIST_GLUE = re.compile(r"\s*(?:,|,?\s*and|,?\s*as\s+well\s+as)?\s*")


def _list_provinces(doc: Document, found: list[Locality]) -> list[Locality]:
    """The localities, each name of a list told in the province told after its last name:
    "the villages of A, B and C in the southern countryside of Idlib" are all in Idlib, though
    a namesake elsewhere was read for one of them."""
    told_in = None
    kept: list[Locality] = []
    for locality, after in zip(reversed(found), [None, *reversed(found)], strict=False):
        if after is None or not _LIST_GLUE.fullmatch(
            doc.text[locality.span.end : after.span.start]
        ):
            told_in = locality.told_in
        elif locality.told_in is None and told_in is not None:
            locality = replace(locality, told_in=told_in)
        else:
            told_in = locality.told_in
        kept.append(locality)
    return kept[::-1]


# The far end of a stretch told by its two ends: "between Kafr Dael and Tal Hawash village",
# "on the road between the areas of X and Y". The act took place on the stretch, at the place
# named first; the second names no place of an act of its own (the list is no list of
# targets, :mod:`.listed_places` reads it so for known places). The stretch's first end holds
# no "and" of its own: in "clashes between regime forces and rebels in Jobar and Ain Tarma" the
# "between" joins the two sides, and Ain Tarma is the list's second place (thirty-fifth round).
_CLOSES_A_STRETCH = re.compile(
    r"\bbetween\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,2}?(?:" + KIND + r")\s+of\s+)?"
    r"(?:(?!\band\b)[^,;:.()\"“”]){1,50}?\s+and\s+(?:the\s+)?(?:(?:" + KIND + r")\s+of\s+)?$",
    re.IGNORECASE,
)


def _is_locality(doc: Document, span: Span) -> bool:
    if any(_covers(doc, p.span, span) for p in doc.places + doc.place_references):
        return False
    before = doc.text[max(0, span.start - 80) : span.start]
    return not _is_origin(doc, span) and _CLOSES_A_STRETCH.search(before) is None


def _covers(doc: Document, place: Span, span: Span) -> bool:
    """Whether a known place read at ``place`` is the name at ``span``, or part of one: a
    place read after the generic first word of a longer name ("Sijna" of "Kafr Sijna", "Dahab"
    of "Tel Dahab", namesakes elsewhere) is not, the whole name is the village. A name before
    the place ("Syrias Hama", a possessive that lost its apostrophe) is no such word."""
    if not place.overlaps(span):
        return False
    before = doc.text[span.start : place.start].split()
    inside = place.start > span.start and place.end == span.end
    return not (inside and all(generic_word(word) for word in before))


def _is_origin(doc: Document, span: Span) -> bool:
    """Where the fire came from or people left (:data:`_ORIGIN_BEFORE`)."""
    return _ORIGIN_BEFORE.search(doc.text[max(0, span.start - 40) : span.start]) is not None


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
# An act that takes or hits a place names it as its object: "captured Dashishah in the
# province of Hasakah", "attacked Mseihly, Salahuddin province".
_SEIZED = (
    r"captured|seized|stormed|attacked|raided|overran|overrun|retook|recaptured|freed|"
    r"liberated|shelled|bombed|besieged|torched|took\s+control\s+of"
)
# The verbs of fire wire copy tells a list of villages with: "warplanes struck A and B in Idlib
# province", "artillery pounded A, B and C in Hama province". Before one name they as often hit
# a person, a hospital or a firm ("targeted Abu Omar in Idlib province", "hit Al-Shifa in Gaza
# City", "hit Ukrenergo in the Kyiv region": review54), so one name is a village only when it
# opens with a village's generic word ("struck Tel Dahab in Homs province", "Kafr Ain near
# Khan Shaykhun"), not a kunya or a lineage ("Abu", "Umm", "Bin", "Sheikh": people's names).
# Wire copy's stronger verbs of air raids and shelling take the list as these do ("jets
# hammered A, B and C", "pummelled", "blitzed"), and so does the verb told going on ("continued
# to pound A, B and C", "have been pounding", "were hammering"; forty-fifth round, air65).
_FIRED = (
    r"struck|hit|hitting|pound(?:ed|ing)?|target(?:ed|ing)|bombard(?:ed|ing)?|rocketed|strafed"
    r"|hammer(?:ed|ing)?|pummell?(?:ed|ing)|blitz(?:ed|ing)?"
)
# Where fire fell around a list, as "in" tells it: "struck in and around A, B and C in the
# Idlib countryside", "raids around A and B" (forty-fifth round, air65).
_AROUND = r"(?:in\s+and\s+)?around"
_PERSONS_FIRST_WORDS = frozenset(
    {"abu", "um", "umm", "bin", "ibn", "bani", "beni", "sheikh", "shaykh"}
)
_FRAMES = (
    rf",?\s+(?:in|of|In|Of)\s+(?:the\s+)?"
    rf"(?:(?i:{DIRECTION_WORDS})\s+)*"
    rf"(?:(?:countryside|outskirts|side|parts?|suburbs?|areas?|{_UNIT_OF})\s+of\s+(?:the\s+)?)?"
    rf"|{_APPOSED_UNIT}"
    rf"|{_COMMA_UNIT}"
    rf"|,?\s+{_DISTANCE}|{_BEARING}|{_TO_THE_BEARING}|,?\s+near\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?"
)
_FRAMED = re.compile(rf"\b(?:in|at|near|on|{_SEIZED})\s+(?P<name>{NAME})(?=(?P<frame>{_FRAMES}))")
# The verb a list is the object of, right before its first name: a known town there, then a
# comma, opens the list ("pounded Kafr Nabl, Hass and Kansafra in the Idlib countryside"), it is
# not located by what follows (:func:`.unknown_places._joined`, review54).
VERB_BEFORE_A_LIST = re.compile(rf"\b(?:{_SEIZED}|{_FIRED})\s+$")
_FIRED_AT = re.compile(rf"\b(?:{_FIRED})\s+(?P<name>{NAME})(?=(?P<frame>{_FRAMES}))")
# Names listed together and located by the known place right after the list, each a place of
# the act: "shells fell on al-Foaa and Kefraya in Idleb countryside" (twenty-fourth round,
# missed44). The list closes with "and"; a bare comma after it may open a clause, no frame.
# After a list a bearing needs no comma ("in Kafr Hamra and Tall Shaeer north and east of
# Aleppo"): the list's last "and" ends its last name.
_LIST_BEARING = (
    rf"\s+(?:(?i:{DIRECTION_WORDS})\s+(?:and\s+)?)+of\s+(?:the\s+)?"
    r"(?:(?:city|town|village)\s+of\s+)?"
)
_NAMES = rf"(?P<names>{NAME}(?:{INNER}{NAME})*\s*,?\s+(?:and|And)\s+{NAME})"
# A second list told after the first's province, with its own: "struck A and B in the Idlib
# countryside and C and D in the Hama countryside" (forty-sixth round, list66).
_AFTER_A_PROVINCE = r"(?:countryside|province|governorate)\s*,?\s+and(?:\s+in)?"
# A headline repeated in title case as the body's first line tells its verb, its "And" and its
# frame capitalised: "Russian Warplanes Pound A, B, C And D In Idlib Countryside" (forty-sixth
# round, list66): the verbs of fire and seizure are read in any case there, "And" closes the
# list (`_NAMES`; no word of a name, geography/localities.py) and "In"/"Of" open its frame.
_FRAMED_LIST = re.compile(
    rf"\b(?:in|at|near|on|{_AROUND}|(?i:{_SEIZED}|{_FIRED})|{_AFTER_A_PROVINCE})\s+{_NAMES}"
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
# A list of names with no known place right after it, the object of a verb of fire or seizure,
# of "in", "at" (not "near": reference points) or of "on" after a strike's noun, closed by
# "and" and then by a stop, a comma or what follows a place: "warplanes struck Kafr Dael, Tal
# Hawash and Anadan, killing seven" (thirty-seventh round). Each name is a locality of
# wherever the event is placed.
# ... or by the means or the fight the act was told with (forty-eighth round, clash68): "engaged
# the terrorists in fierce clashes in A, B and C with artillery cover", "destroyed their dens in
# A and B after fierce clashes", "in A and B amid heavy shelling".
_LIST_END = (
    r"\s*(?:[,.;:)\"”]|$)|\s+(?:on|in|at|near|overnight|early|late|last|this|yesterday|today"
    r"|killing|wounding|injuring|leaving|causing|inflicting|destroying|damaging|killed|wounded"
    # the means told after the list: "shelled A, B and C with dozens of rockets" (list68)
    r"|injured|left|destroyed|damaged|with|after|amid|while|during|under|using)\b"
)
# Three names or more closed by a site rather than a name: "raids on A, B, C and the abandoned
# battalion base" (forty-eighth round, list68) names A, B and C.
_OPENS_A_LIST = (
    rf"(?:\b(?:in|at|{_AROUND}|{_SEIZED}|{_FIRED})|\b(?:strikes?|raids?|attacks?|bombs?|shells?"
    rf"|shelling|bombardments?|assaults?|fire|rockets?|missiles?|mortars?|sorties)"
    rf"\s+(?:on|against|targeting))\s+"
)
_OPEN_LIST = re.compile(rf"{_OPENS_A_LIST}{_NAMES}(?={_LIST_END})")
# Three names or more closed by a site rather than a name, in the same positions: "raids on A,
# B, C and the abandoned battalion base" (forty-eighth round, list68) names A, B and C.
_CLOSED_BY_A_SITE = re.compile(
    rf"{_OPENS_A_LIST}(?P<names>{NAME}(?:\s*,\s*{NAME}){{2,}})(?=\s*,?\s+and\s+the\s)"
)
# One name a munition fell on, no known place after it: "a barrel bomb dropped on al-Jalloum",
# "shells fell on Bustan al-Qasr, killing two" (forty-fifth round, air65). What a bomb is
# dropped on is a place, not a person.
_DROPPED_ON = re.compile(
    rf"\b(?:dropped|fell|landed|rained(?:\s+down)?)\s+on\s+(?P<names>{NAME})(?={_LIST_END})"
)
# One name fired on, no known place after it, told with the munition's noun: "militants
# positioned in X fired six mortar shells on Y camp", "launched rocket shells at Y, injuring
# two" (forty-sixth round, place66). The target, not the firing post, is where the act landed;
# the firing post is the only known place, and the event took Y's province from it. What is
# fired at after "shells on" is a place, not a person ("fired on Abu Omar" has no munition).
_SHELLS_ON = re.compile(
    r"\b(?:fired|launched|lobbed)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:shells?|rounds|rockets?|mortars?|missiles?|projectiles)\s+(?:on|at|onto)\s+"
    rf"(?:the\s+)?(?P<names>{NAME})(?={_LIST_END}|\s+(?:which|that)\b)"
)
# A post is named after its village, not after what it serves or where in town it stands: "the
# Main Bus station", "the Central Police station", "the UN camp" name no locality. A name made
# only of the place matcher's common words (STOPWORDS) and these is no village.
_FACILITY_NAME_WORDS = STOPWORDS | word_set(
    "main bus air naval navy railway rail train ferry fire power petrol filling un"
)


def _framed(doc: Document, sentence: Sentence) -> list[Locality]:
    """The names the gazetteer lacks that a known place right after locates (``_FRAMED``,
    ``_SITE``)."""
    found: list[Locality] = []
    sites = [m for m in quick_finditer(_SITE, sentence.text) if not _common_words(m.group("name"))]
    matches = [(m, m.start("name"), m.group("name")) for m in _FRAMED.finditer(sentence.text)]
    matches += [(m, m.start("name"), m.group("name")) for m in sites]
    matches += [
        (m, m.start("name"), m.group("name"))
        for m in _FIRED_AT.finditer(sentence.text)
        if _village_word(m.group("name").split()[0])
    ]
    matches += [
        (m, m.start("names") + first, m.group("names")[first:last])
        for m in _FRAMED_LIST.finditer(sentence.text)
        if m.group("frame").strip() != ","
        for first, last in listed_items(m.group("names"))
    ]
    taken = [m.span for m in doc.actors] + [m.span for m in doc.dates]
    taken += [f.span for f in doc.furniture]
    if not matches:
        return _open_list(doc, sentence, found, taken)
    locating: dict[int, PlaceMention] = {}  # the first locating place at each start
    for place in doc.places:
        if place.precision in _LOCATING:
            locating.setdefault(place.span.start, place)
    for match, first, name in matches:
        start = sentence.span.start + first
        span = Span(start, start + len(name))
        after = sentence.span.start + match.end("frame")
        if not names_a_place(name) or not _is_locality(doc, span):
            continue
        within = locating.get(after)
        owner = _OWNER_FIRST.match(doc.text, after) if within is None else None
        if owner is not None:
            within = locating.get(owner.end())  # "in Syria's Aleppo province"
        if within is None or _ordinary_words(doc.text, name):
            continue  # "in Jaish al-Islam" before nothing known; "Killed in Rocket Fire in X"
        if match.group("frame").strip() == "," and _wider_unit(sentence.text, match):
            continue  # "at Miti Kenda area in Kibichoi, Kiambu County": Kibichoi holds the place
        if any(t.overlaps(span) for t in taken) or any(f.span == span for f in found):
            continue
        found.append(Locality(span, name, "town", within))
    return found + _open_list(doc, sentence, found, taken)


def _open_list(
    doc: Document, sentence: Sentence, framed: list[Locality], taken: list[Span]
) -> list[Locality]:
    """The names the gazetteer lacks of a list in a place's position that no known place right
    after it locates (``_OPEN_LIST``): localities of wherever the event is placed."""
    found: list[Locality] = []
    opened = [
        *_OPEN_LIST.finditer(sentence.text),
        *_CLOSED_BY_A_SITE.finditer(sentence.text),
        *_DROPPED_ON.finditer(sentence.text),
        *_SHELLS_ON.finditer(sentence.text),
    ]
    for match in opened:
        names = match.group("names")
        items = listed_items(names)
        words = [names[first:last].split()[0].lower() for first, last in items]
        if all(word in _PERSONS_FIRST_WORDS for word in words):
            continue  # "targeted Abu Omar and Abu Khaled": people
        if any(w.lower() in _INSTITUTION_WORDS for w in re.findall(r"[A-Za-z]+", names)):
            continue  # "at Patuakhali Science and Technology University": one site's name
        for first, last in items:
            name = names[first:last]
            start = sentence.span.start + match.start("names") + first
            span = Span(start, start + len(name))
            if (
                not names_a_place(name)
                or not _is_locality(doc, span)
                or _ordinary_words(doc.text, name)
                or _CALENDAR.match(name) is not None
                or any(t.overlaps(span) for t in taken)
                or any(f.span.overlaps(span) for f in [*framed, *found])
            ):
                continue
            found.append(Locality(span, name, "town", listed=True))
    return found


# "in January, February and March": months, no villages
_CALENDAR = re.compile(rf"(?:{WEEKDAY_NAMES}|{MONTH_NAMES})\b")
# Words of an institution's or a site's name, which may hold "and" ("Science and Technology
# University", "Medical College and Hospital"): no list of villages.
_INSTITUTION_WORDS = FACILITY_NOUNS | word_set(
    "institute academy technology science sciences medical council company bank airport"
)


def _village_word(word: str) -> bool:
    """Whether a name's first word opens a village's name, not a person's (:data:`_FIRED`)."""
    return generic_word(word) and word.lower() not in _PERSONS_FIRST_WORDS


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


def _ordinary_words(text: str, name: str) -> bool:
    """Whether each word of a capitalised phrase is written in lower case elsewhere in the
    text: a headline's words ("Killed in Rocket Fire in Daraa": "rocket fire"), not a name."""
    words = [w for w in re.findall(r"[A-Za-z]+", name) if w.lower() not in ("al", "el")]
    return all(re.search(rf"\b{w.lower()}\b", text) for w in words)
