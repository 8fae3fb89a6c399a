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


def lone_namesake(doc: Document, place: PlaceMention, incident: list[PlaceMention]) -> bool:
    """Whether ``place`` is a town (or finer) outside the incident's province or country that
    nothing else in the article places the story in: no other mention in another sentence lies
    in its province (its country, for a place abroad), and the province or country is named
    nowhere. An incident with no place, or a place the gazetteer lacks (a locality the text
    frames itself, "the village of X"), is compared as it was."""
    if not incident or place.precision not in LOCAL_PRECISIONS or not place.resolved:
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


# A place right after a speaker's words: "at a news conference in", "told reporters in",
# "speaking in", "said in a statement in", "an interview in", "a press briefing in".
_SPOKEN_FROM = re.compile(
    r"(?:\b(?:speaking|spoke|said|told\s+(?:reporters|journalists|a\s+news\s+conference))\s+"
    r"(?:on\s+\w+\s+)?in|"
    r"\b(?:news|press)\s+(?:conference|briefing)\s+(?:\w+\s+){0,2}?in|"
    r"\b(?:interview|statement|speech)\s+in)\s+(?:the\s+(?:city|capital)\s+of\s+)?$",
    re.IGNORECASE,
)


def spoken_from(doc: Document, place: PlaceMention) -> bool:
    """Whether a town is told as where someone spoke ("at a news conference in Idlib"), not
    where the act took place."""
    if place.precision not in LOCAL_PRECISIONS:
        return False
    start = max(0, place.span.start - 60)
    return _SPOKEN_FROM.search(doc.text[start : place.span.start]) is not None


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
