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

from collections import Counter
from dataclasses import replace
from functools import cache

from ...component import Component
from ...document import ActorMention, Document, Furniture, PlaceMention, Sentence
from ...places import find_places
from ...places.gazetteer import BIG_CITY, gazetteer
from ...places.gazetteer.sources import country_points
from ...places.shared.geometry import haversine_km
from .article import article_country, owned_country
from .named_province import named_province

# The longest text read as a note (the notes that gained a place on the ACLED sets were all under
# 850 characters).
NOTE_CHARS = 1_000


def places_of_note_country(doc: Document) -> None:
    """Fill ``doc.places`` again, reading the note as about the country its words tell, when
    it names no place and its source names no country; keep a note's places (and the towns of
    its bodies' names) in the country it is about, not namesakes of another continent."""
    # What the geoparser and the country read (the component's declared layers), read once.
    places, references, bodies = doc.places, doc.place_references, doc.body_places
    actors, text, sentences, furniture = doc.actors, doc.text, doc.sentences, doc.furniture
    layers = (text, sentences, furniture)
    code: str | None = None
    if doc.country_hints or len(text) > NOTE_CHARS:
        pass
    elif not places:
        told = article_country(doc, actors, outlets=False)
        if told is not None and (probe := _read_as_of(doc, told, layers)).places:
            places, references, bodies = probe.places, probe.place_references, probe.body_places
        elif told is not None and (province := named_province(text, told)) is not None:
            # "the Karnataka farmers' sangha held a dharna": the one
            # province the note names inside another name (named_province.py)
            places = [province]
        # (a namesake of another continent is dropped when the note's own words tell the
        # country, not a demonym or a name that may be a namesake itself)
        code = told if told is not None and owned_country(doc, actors) == told else None
    elif (
        (code := _anchor(places, doc, actors)) is None
        and not any(p.precision in _TOLD_WHOLE for p in places)
        and (code := owned_country(doc, actors)) is not None
        and not any(p.country_code == code for p in places)
    ):
        # "Leaders of the Patra Adhyapak Sangh protested": the geoparser's only candidates
        # were namesakes of another continent, while the note's own words tell its country
        # (not when it names a province or a country: "UPDF members blocked roads in
        # Khagrachhari, Chittagong" is in Bangladesh, whatever the acronym names elsewhere).
        probe = _read_as_of(doc, code, layers)
        if not any(_near(p, code) for p in places) or _neighbours_namesakes(places, probe, code):
            places, references, bodies = probe.places, probe.place_references, probe.body_places
    if code is not None:
        # "a protest in Jantar Mantar, Delhi": a village of Poland beside two places of India;
        # "in Jhapa, Morang and Sunsari districts" told of a Madhesi party: South Morang,
        # Australia, beside Jhapa, Nepal. A short note is about one country: a place of another
        # continent than the rest is a namesake (so is Patras for "the Patra Adhyapak Sangh",
        # an Indian teachers' union).
        # A big city abroad is where the act is, not a namesake ("Members of the Awami League
        # protested in London against the killings in Dhaka and Sylhet").
        places = [p for p in places if p.precision in _TOLD_WHOLE or _near(p, code) or big_city(p)]
        bodies = [p for p in bodies if _near(p, code)]
    doc.places = places
    doc.place_references = references
    doc.body_places = bodies


def _neighbours_namesakes(places: list[PlaceMention], probe: Document, code: str) -> bool:
    """Whether a note's ``places``, all of one neighbour of the country ``code`` its own words
    tell, are namesakes of places of ``code`` (``probe``: the note read as about ``code``): "a
    bus torched near Nagar Bhaban by BNP supporters", "Locals hit the streets of Jaleshwar,
    demanding the release of Madhesi leaders" (towns of India's too, the bigger there). Not a
    big city, where a party's or a people's followers do go abroad ("Awami League members
    rallied in Kolkata"); only when the note read as about ``code`` finds its places there
    (forty-sixth round, actor66)."""
    return not any(big_city(p) for p in places) and any(
        p.country_code == code for p in probe.places
    )


# Places told whole, a province or a country: never a namesake's village.
_TOLD_WHOLE = frozenset({"admin1", "country"})
# Places beyond one country's: a country, a region of the world.
_ABROAD = frozenset({"country", "supranational"})
# A place this far from the country a note is about is a namesake of another continent (Patras
# is 5,000 km from India), not a neighbour the note may be about (a Somali town in a Kenyan
# note: under 1,500 km).
FAR_KM = 4_000


def _near(place: PlaceMention, code: str) -> bool:
    """Whether ``place`` is in country ``code`` or within :data:`FAR_KM` of it."""
    point = _country_points().get(code)
    return (
        place.country_code == code
        or point is None
        or haversine_km(*point, place.latitude, place.longitude) <= FAR_KM
    )


def _anchor(places: list[PlaceMention], doc: Document, actors: list[ActorMention]) -> str | None:
    """The country of a note whose places lie in several: the country of most of them, else
    the one its other words tell among them; None when they lie in one country."""
    # (each province once: "in Biratnagar ... of undivided Morang", Morang told twice, is one
    # place of each country, not two of Australia's; "in Barisal city (Barisal Sadar) ... on
    # Gaza" one of Bangladesh and one of Palestine)
    # A country named is talked about ("solidarity with Palestine", "Israel's prime
    # minister"), not where the note is: only the places inside one count.
    regions = {(p.country_code, p.province or p.name) for p in places if p.precision not in _ABROAD}
    counts = Counter(code for code, _ in regions).most_common()
    if len(counts) < 2:
        return None
    if counts[0][1] > counts[1][1]:
        return counts[0][0]
    told = owned_country(doc, actors)
    return told if told in dict(counts) else None


def big_city(place: PlaceMention) -> bool:
    """Whether ``place`` is a city of at least :data:`BIG_CITY` people."""
    return any(
        entry.geonames_id == place.geonames_id and entry.population >= BIG_CITY
        for entry in gazetteer().search(place.name)
    )


@cache
def _country_points() -> dict[str, tuple[float, float]]:
    return country_points()


def _read_as_of(
    doc: Document, code: str, layers: tuple[str, list[Sentence], list[Furniture]]
) -> Document:
    """The note's places read again as if its source said it is about ``code``; ``layers``:
    the note's text, sentences and furniture, as the caller read them."""
    text, sentences, furniture = layers
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
    return probe


NOTE_PLACES = Component.of(
    "note_places",
    places_of_note_country,
    reads=("text", "sentences", "furniture", "places", "place_references", "body_places", "actors"),
    assigns=("places", "place_references", "body_places"),
)
