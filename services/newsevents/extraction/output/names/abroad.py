"""The country an event's sides are named after: the event place's, unless that place is a
namesake abroad one sentence resolved to. "Islamic State" at a village the geoparser placed in
Tunisia, in an article about Syria that tells Tunisia nowhere else, is the Islamic State of
Syria, and its victims Syria's civilians: a side's country comes from the article's country,
not from a name's namesake abroad. A place abroad the text tells as abroad (its country named
or its demonym in that sentence, or places of that country in another sentence), a country
told as a place, and a city of half a million people keep their country: "a bombing in
Istanbul", "the Turkish town of Kilis".

A short note is about one country: when its own words of one country (a party or body named
whole, an office, a leader; :func:`owned_country`, not a people's name) tell another country
than its event's place, and the note tells that place's country nowhere (neither by its name,
a demonym, nor two places of it and none elsewhere), the place is a namesake the geoparser
chose (a ward of Mombasa that is also a Tanzanian village, "UP" of a Union Parishad's chairman
read as Uttar Pradesh) and the sides are the note's own country's.
"""

from __future__ import annotations

import re

from ...actors.country.article import document_country, owned_country
from ...actors.country.note_places import NOTE_CHARS, big_city
from ...actors.unnamed.country_words import country_word
from ...document import Document, PlaceMention, once_per_document, sentence_at

_WORD = re.compile(r"[A-Z][\w'’.]*")


def sides_country(doc: Document, place: PlaceMention | None, country: str | None) -> str | None:
    """``country`` (the event place's), or the article's when the place is a namesake abroad
    that one sentence resolved to (see the module) and the article tells its own country in
    two other sentences at least (a short note's country, read from a place or two, may be
    the namesake's own mistake)."""
    if place is None or place.precision == "country":
        return country
    if (own := _note_country(doc, place)) is not None:
        return own
    if all(p.country_code == place.country_code for p in doc.places):
        return country  # (the article's country is its places' commonest: this one's)
    home = document_country(doc)
    if home is None or place.country_code == home:
        return country
    sentence = sentence_at(doc.sentences, place.span)
    if sentence is None:
        return country
    home_sentences = {
        told.index
        for p in doc.places
        if p.country_code == home and (told := sentence_at(doc.sentences, p.span)) is not None
    }
    if len(home_sentences - {sentence.index}) < 2:
        return country
    # the country named, or places of it in another sentence: the article tells it abroad
    if any(
        p.country_code == place.country_code
        and (p.precision == "country" or not sentence.span.contains(p.span))
        for p in doc.places
    ):
        return country
    # its demonym or a place of its country told as the country ("the Turkish town of X")
    if any(country_word(w.group()) == place.country_code for w in _WORD.finditer(sentence.text)):
        return country
    return country if big_city(place) else home


@once_per_document
def _owned_by_the_note(doc: Document) -> str | None:
    """The one country the note's own words tell, its peoples aside (:func:`.owned_country`)."""
    return owned_country(doc, doc.actors, peoples=False)


def _note_country(doc: Document, place: PlaceMention) -> str | None:
    """The country a short note's own words of one country tell, when it is not the country of
    the event's ``place`` and the note tells that place's country nowhere, by its name, a
    demonym or two places of it and none elsewhere (see the module); else None. Not a big
    city, where followers do go abroad ("party members rallied in London")."""
    if doc.country_hints or len(doc.text) > NOTE_CHARS:
        return None
    own = _owned_by_the_note(doc)
    if own is None or own == place.country_code:
        return None
    abroad = place.country_code
    if any(p.country_code == abroad for p in doc.place_references) or any(
        p.country_code == abroad and p.precision == "country" for p in doc.places
    ):
        return None
    # Two places or more, all of that country, tell it as well ("a zilla parishad member beat a
    # clerk in Ketra town (Ketra Sadar, Rangpur)": a council's word two countries share).
    if all(p.country_code == abroad for p in doc.places) and len({p.name for p in doc.places}) > 1:
        return None
    return None if big_city(place) else own
