"""The places of a note that names its country only by other words.

A short note is about one event in one country. When it names no place the geoparser takes,
it often tells its country otherwise: an actor of one country ("ODM supporters"), a demonym
("Kenyan police"), an office of one country's own ("the OCPD"), a people ("Pokot herders"), a
name the gazetteer knows in that country only ("youths from West Pokot"). That country is the
one the note talks about, so its small places become plausible, as they are when the text names
the country: "a mob lynched a suspected thief at Sindo; the OCPD said" is the Kenyan village.

Run after the actors (the country is read from them) and only for a note: a text of at most
``NOTE_CHARS`` characters (ACLED's notes, wire briefs) that has no place and no country from its
source, so it costs one more pass of the geoparser over a short text. A longer article that names
no place the geoparser takes is seldom about one place: a business story naming a person
("Sandberg") with a demonym of another country is no village of that country. The country of an
outlet the note names is no such cue (an agency reports from everywhere).
"""

from __future__ import annotations

from dataclasses import replace

from ...component import Component
from ...document import Document
from ...places import find_places
from .article import article_country

# The longest text read as a note (the notes that gained a place on the ACLED sets were all under
# 850 characters).
NOTE_CHARS = 1_000


def places_of_note_country(doc: Document) -> None:
    """Fill ``doc.places`` again, reading the note as about the country its words tell, when
    it names no place and its source names no country."""
    # What the geoparser and the country read (the component's declared layers), read once.
    places, references, actors = doc.places, doc.place_references, doc.actors
    text, sentences, furniture = doc.text, doc.sentences, doc.furniture
    if not places and not doc.country_hints and len(text) <= NOTE_CHARS:
        code = article_country(doc, actors, outlets=False)
        if code is not None:
            probe = replace(
                doc,
                text=text,
                sentences=sentences,
                furniture=furniture,
                country_hints=(code,),
                places=[],
                place_references=[],
                _starts={},  # the layers' offsets the probe caches are its own
            )
            find_places(probe)
            if probe.places:
                places, references = probe.places, probe.place_references
    doc.places = places
    doc.place_references = references


NOTE_PLACES = Component.of(
    "note_places",
    places_of_note_country,
    reads=("text", "sentences", "furniture", "places", "place_references", "actors"),
    assigns=("places", "place_references"),
)
