"""The names the gazetteer lacks of a list in a place's position that no known place right after
it locates (:func:`open_list`): "warplanes struck Kafr Dael, Tal Hawash and Anadan, killing
seven"."""

from __future__ import annotations

import re

from ......document import Document, Sentence, Span
from ......places.reading.words import FACILITY_NOUNS
from ......places.shared.keys import word_set
from ......vocabulary import MONTH_NAMES, WEEKDAY_NAMES
from .....geography.name_shapes import GLUED_RUN, INNER, NAME, PART
from .....geography.names.glued import list_names
from .....geography.names.localities import listed_items
from .....geography.names.place_names import names_a_place
from ..locality import Locality
from .fire_verbs import AROUND, FIRED, NAMES, PERSONS_FIRST_WORDS, SEIZED
from .fronted import heading_province
from .locality_checks import is_locality, ordinary_words

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
    r"|injured|left|destroyed|damaged|with|after|amid|while|during|under|using"
    # the clause about the foe or the places: "clashed with terrorists in A B and C who tried
    # to attack the residential areas", "posts in A and B which lie north of Hama" (clash69)
    r"|who|which"
    # the teller after the list: "in A B and C according to the reporter" (vill72)
    r"|according)\b"
)
# ... or the object of the fire told after its munition (fifty-second round, vill72):
# "gunmen hit with a salvo of mortar shells A, B and C", "units pounded with artillery
# A B and C": what a munition is fired at is a place.
# (or after the foe's posts, no preposition: "pounded terrorist positions A, B and C")
_WITH_MUNITION = (
    rf"\b(?:{FIRED}|shelled)\s+(?:with\s+(?:[\w-]+\s+){{0,4}}?(?:shells|rockets|missiles|mortars?"
    r"|rounds|projectiles|artillery)|(?:the\s+)?(?:terrorist\s+|terrorists['’]?\s+)?"
    r"(?:positions|posts|gatherings|dens|hideouts)(?:\s+of\s+(?:the\s+)?terrorists)?)"
)
_OPENS_A_LIST = (
    rf"(?:\b(?:in|at|{AROUND}|{SEIZED}|{FIRED})|\b(?:strikes?|raids?|attacks?|bombs?|shells?"
    rf"|shelling|bombardments?|assaults?|fire|rockets?|missiles?|mortars?|sorties)"
    rf"\s+(?:on|against|targeting))\s+"
)
_OPEN_LIST = re.compile(rf"{_OPENS_A_LIST}{NAMES}(?={_LIST_END})")
# (its commas lost too: "pounded with artillery A B al-C and D")
_AFTER_MUNITION = re.compile(
    rf"{_WITH_MUNITION}\s+(?P<names>{NAME}(?:{INNER}{NAME})*\s*,?\s+and\s+{NAME}|{GLUED_RUN})"
    rf"(?={_LIST_END})"
)
# Three names or more closed by a site rather than a name, in the same positions: "raids on A,
# B, C and the abandoned battalion base" (forty-eighth round, list68) names A, B and C.
_CLOSED_BY_A_SITE = re.compile(
    rf"{_OPENS_A_LIST}(?P<names>{NAME}(?:\s*,\s*{NAME}){{2,}})(?=\s*,?\s+and\s+the\s)"
)
# Names told before one more place of the act, closing a bulletin's list of a fight's places
# (fiftieth round, clash70): before the area around it, "clashed with terrorists in Kabani,
# Kinsabba and the surroundings of Jabal al-Akrad", "in Kafr Nabouda and the vicinity of Tal
# Sakher"; before the place told again with its preposition, "in al-Jafra as well as in
# al-Huweiqa neighbourhood", "in Deir al-Adas and in Tal Kurdi"; before the subject's next act
# of fire or fight at a place of its own, "clashed with terrorists in al-Zalaqiyat and shelled
# their positions in Lahaya" (a clause of its own, :mod:`.....link.clauses`). One name or more,
# after "in", "at" or a verb of fire or seizure; the place after is read as it was.
_BEFORE_ANOTHER_PLACE = re.compile(
    rf"\b(?:in|at|{SEIZED}|{FIRED})\s+(?P<names>{NAME}(?:{INNER}{NAME})*)"
    r"(?=\s*,?\s+(?:and|as\s+well\s+as)\s+(?:also\s+)?"
    r"(?:(?:in\s+)?the\s+(?:outskirts|surroundings?|vicinity|environs|farms)\s+of\s"
    r"|(?:in|at)\s+(?:the\s+)?[A-Z]"
    r"|(?:shelled|pounded|bombarded|targeted|struck|clashed|engaged|repelled|foiled)\s)"
    # ... or before another clause's fight: "clashed with terrorists in Kinsabba, while other
    # units engaged terrorists in Salma"
    r"|\s*,\s*while\s+(?:other|another|an?)\s+(?:[\w-]+\s+)?units?\b)"
)
# Two names or more closed by "and" (or a run that lost its commas), told before one more place
# of the act or the subject's next act, itself after "and" (fifty-third round, list73): "killed
# terrorists in A and B and destroyed their vehicles in C", "clashed with them in A B and C and
# in the village of D". The list's "and" is taken, so the pattern above never matched; the
# list named no place of the act.
_LIST_BEFORE_ANOTHER = re.compile(
    rf"\b(?:in|at|{SEIZED}|{FIRED})\s+"
    rf"(?P<names>{NAME}(?:{INNER}{NAME})*\s*,?\s+and\s+{NAME}|{GLUED_RUN})"
    r"(?=\s*,?\s+and\s+(?:also\s+|then\s+)?"
    r"(?:(?:in\s+)?the\s+(?:outskirts|surroundings?|vicinity|environs|farms)\s+of\s"
    r"|(?:in|at)\s+(?:the\s+)?[A-Z]"
    r"|(?:in|at)\s+the\s+(?:villages?|towns?|areas?|neighbou?rhoods?)\s+of\s"
    r"|(?:shelled|pounded|bombarded|targeted|struck|clashed|engaged|repelled|foiled|destroyed"
    r"|killed|dismantled|seized|captured)\s))"
)
# Names told before the rest of the act's places left unnamed, "killed over 40 ISIS terrorists
# in al-Kharita Tal Marqada and in other areas in Deir Ezzor countryside", "in A and B and in
# several villages" (fiftieth round, clash70): the names are places of the act; a run that lost
# its commas is cut into its names (:func:`.....geography.names.glued.list_names`).
_BEFORE_OTHER_AREAS = re.compile(
    rf"\b(?:in|at|{SEIZED}|{FIRED})\s+(?P<names>{NAME}(?:{INNER}{NAME})*(?:\s*,?\s+and\s+{NAME})?"
    rf"|{PART}(?:\s+(?:(?:al|el)\s+)?{PART}){{1,7}})"
    r"(?=\s*,?\s+and\s+(?:also\s+)?(?:in\s+)?(?:other|several|nearby|neighbou?ring|surrounding)"
    r"\s+(?:areas|villages|towns|places|points|sites|parts|positions)\b)"
)
# Names told in the area around them before one more place of the act told the same way
# (fifty-second round, vill72): "clashed with terrorists in the vicinity of A and in the farms of
# B", "shelled their posts in the surrounding of A B in the surrounding of C", "in the
# outskirts of A and in the village of B". A bulletin frames each place of a day's fight; the
# first lost its place when a second frame followed it. A run that lost its commas is cut into
# its names (:func:`.....geography.names.glued.list_names`).
_AROUND = r"(?:outskirts|surroundings?|vicinity|environs|farms|orchards)\s+of\s+"
_AROUND_BEFORE_ANOTHER = re.compile(
    rf"\b(?:in|on)\s+the\s+{_AROUND}(?P<names>{NAME}(?:{INNER}{NAME})*(?:\s*,?\s+and\s+{NAME})?"
    rf"|{PART}(?:\s+(?:(?:al|el)\s+)?{PART}){{1,7}})"
    rf"(?=\s*,?\s+(?:and\s+(?:also\s+)?)?(?:in|on)\s+the\s+(?:{_AROUND}|(?:village|town)\s+of\s+))"
)
# Where the fire came from, told before the frame: "positioned in the vicinity of A".
_ORIGIN_AROUND = re.compile(
    r"\b(?:positioned|stationed|based|deployed|entrenched|hiding|holed\s+up|located)\s+$"
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


def open_list(
    doc: Document, sentence: Sentence, framed: list[Locality], taken: list[Span]
) -> list[Locality]:
    """The names the gazetteer lacks of a list in a place's position that no known place right
    after it locates (``_OPEN_LIST``): localities of wherever the event is placed."""
    found: list[Locality] = []
    opened = [
        *_OPEN_LIST.finditer(sentence.text),
        *_AFTER_MUNITION.finditer(sentence.text),
        *_CLOSED_BY_A_SITE.finditer(sentence.text),
        *_BEFORE_ANOTHER_PLACE.finditer(sentence.text),
        *_LIST_BEFORE_ANOTHER.finditer(sentence.text),
        *_BEFORE_OTHER_AREAS.finditer(sentence.text),
        *_AROUND_BEFORE_ANOTHER.finditer(sentence.text),
        *_DROPPED_ON.finditer(sentence.text),
        *_SHELLS_ON.finditer(sentence.text),
    ]
    for match in opened:
        if match.re is _AROUND_BEFORE_ANOTHER and _ORIGIN_AROUND.search(
            sentence.text, max(0, match.start() - 30), match.start()
        ):
            continue  # "terrorists positioned in the vicinity of A and in the farms of B"
        names = match.group("names")
        items = listed_items(names)
        if (match.re is _BEFORE_OTHER_AREAS and len(items) == 1) or (
            match.re is _AROUND_BEFORE_ANOTHER and not re.search(r",|\band\b", names)
        ):
            items = list_names(names)  # "al-Kharita Tal Marqada": a run that lost its commas
        words = [names[first:last].split()[0].lower() for first, last in items]
        if all(word in PERSONS_FIRST_WORDS for word in words):
            continue  # "targeted Abu Omar and Abu Khaled": people
        if any(w.lower() in _INSTITUTION_WORDS for w in re.findall(r"[A-Za-z]+", names)):
            continue  # "at Patuakhali Science and Technology University": one site's name
        for first, last in items:
            name = names[first:last]
            start = sentence.span.start + match.start("names") + first
            span = Span(start, start + len(name))
            if (
                not names_a_place(name)
                or not is_locality(doc, span)
                or ordinary_words(doc.text, name)
                or _CALENDAR.match(name) is not None
                or any(t.overlaps(span) for t in taken)
                or any(f.span.overlaps(span) for f in [*framed, *found])
            ):
                continue
            # (a village told around, in a roundup's item: the province heading the item,
            # whatever known town the act is placed at: "east of" a town of the next province)
            told_in = (
                heading_province(doc, sentence, span)
                if match.re is _AROUND_BEFORE_ANOTHER
                else None
            )
            found.append(Locality(span, name, "town", listed=True, told_in=told_in))
    return found


# "in January, February and March": months, no villages
_CALENDAR = re.compile(rf"(?:{WEEKDAY_NAMES}|{MONTH_NAMES})\b")
# Words of an institution's or a site's name, which may hold "and" ("Science and Technology
# University", "Medical College and Hospital"): no list of villages.
_INSTITUTION_WORDS = FACILITY_NOUNS | word_set(
    "institute academy technology science sciences medical council company bank airport"
)
