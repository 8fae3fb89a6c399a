"""Places a retelling names that are not where the act took place: a namesake of a word that
is no place of the story, and the town someone spoke from.

A retelling of an article's incident ("the blast", "the assault", "the massacre") is placed by
the places its sentence names, and a place unlike the incident's keeps it apart as another
occurrence. Two kinds of place say nothing about where the retold act was:

- a namesake alone in its province or country (:func:`lone_namesake`): "a witness named Ahmad
  was wounded in the blast" read as Al Ahmadi of Kuwait, "to ease the pressure on the Mallah and
  Handarat fronts" read as villages of Suwayda, when the article names nothing else in that
  province (or country) and the incident is placed elsewhere. A writer who moves the story to
  another province or country names it ("in Hama province", "in Kuwait"), or names another
  place there in another sentence;
- the town a speaker is in (:func:`spoken_from`): "condemned the attack at a news conference
  in Ankara", "Erdogan, speaking in Istanbul, said the strike ...", "told reporters in Beirut".
"""

from __future__ import annotations

import re

from .....document import LOCAL_PRECISIONS, Document, PlaceMention, sentence_at
from ....link.place_roles import is_speakers_place


def lone_namesake(doc: Document, place: PlaceMention, incident: list[PlaceMention]) -> bool:
    """Whether ``place`` is a town (or finer) outside the incident's province or country that
    no word of place frames (:data:`_WHERE_BEFORE`; a front's name is framed by none) and that
    nothing else in the article places the story in: no other mention in another sentence lies
    in its province (its country, for a place abroad), and the province or country is named
    nowhere. An incident with no place, or a place the gazetteer lacks (a locality the text
    frames itself, "the village of X"), is compared as it was."""
    if not incident or place.precision not in LOCAL_PRECISIONS or not place.resolved:
        return False
    if _ACT_AFTER.match(doc.text, place.span.end):
        return False  # "the Kafr Zita attack": the act told by its place
    if _told_as_where(doc.text, place) and not _FRONT_AFTER.match(doc.text, place.span.end):
        return False
    home = incident[0]
    if place.country_code == home.country_code and (
        place.province is None or place.province == home.province or home.province is None
    ):
        return False
    abroad = place.country_code != home.country_code
    told = sentence_at(doc.sentences, place.span)
    for other in doc.places:
        if other.country_code != place.country_code or other.span == place.span:
            continue
        if not abroad and other.province != place.province:
            continue
        if other.precision not in LOCAL_PRECISIONS:
            return False  # the province or country is named: the story moved there
        if told is None or not told.span.contains(other.span):
            return False  # another sentence places something there too
    return True


# The words that tell a name as where something was or was done: a preposition of place, a
# verb of fire or of taking ("struck Kafr Zita", "shelled X", "stormed X"), a unit noun ("the
# town of X"). Two strikes told "in Khan Shaykhun" and "on Kafr Zita" are two places named on
# purpose, whatever else the article names; "a witness named Ahmad", "the Mallah fronts" not.
# A name may be the end of a longer one the gazetteer read in part ("in Kafar Hamra": Hamra).
_WHERE_BEFORE = re.compile(
    r"\b(?:in|on|at|near|outside|around|into|inside|from|to|towards?|across|through|"
    r"struck|hit|shelled|bombed|pounded|targeted|raided|attacked|stormed|entered|captured|"
    r"seized|besieged|of)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,2}$",
    re.IGNORECASE,
)
# A front line named after a place ("the Mallah and Handarat fronts", "the Jobar front"): the
# line a side holds, not a town an act was told at.
_FRONT_AFTER = re.compile(
    r"(?:\s*(?:,|and)\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})*\s+(?:fronts?|frontlines?|axis|axes)\b"
)
# An act's noun right after a name: the act told by its place ("the Kafr Zita attack", "the
# Ghouta massacre").
_ACT_AFTER = re.compile(
    r"\s+(?:attacks?|strikes?|air\s?strikes?|raids?|massacres?|bombings?|blasts?|shelling|"
    r"explosions?|ambush(?:es)?|assault|offensive|clashes|battle)\b",
    re.IGNORECASE,
)
# The names listed before a name ("A and B", "A, B"): the frame is the first's.
_LISTED_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,3}(?:and|or|,)\s*$")


def _told_as_where(text: str, place: PlaceMention) -> bool:
    """Whether the name is told after a word of place or of an act on a place, itself or the
    first name of the list it ends."""
    start = place.span.start
    for _ in range(_LIST_REACH):
        listed = _LISTED_BEFORE.search(text, max(0, start - 60), start)
        if listed is None:
            break
        start = listed.start()
    return _WHERE_BEFORE.search(text, max(0, start - 40), start) is not None


_LIST_REACH = 4


def spoken_from(doc: Document, place: PlaceMention) -> bool:
    """Whether a town is told as where someone spoke ("at a news conference in Idlib"), not
    where the act took place (:func:`...link.place_roles.is_speakers_place`)."""
    return place.precision in LOCAL_PRECISIONS and is_speakers_place(doc.text, place)


def act_places(
    doc: Document, places: list[PlaceMention], incident: list[PlaceMention], *, refers_back: bool
) -> list[PlaceMention]:
    """``places`` without the towns a speaker spoke from and, for a retelling that refers back
    ("the blast"), the lone namesakes beside the incident's ``incident`` places."""
    return [
        p
        for p in places
        if not spoken_from(doc, p) and not (refers_back and lone_namesake(doc, p, incident))
    ]
