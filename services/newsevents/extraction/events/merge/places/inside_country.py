"""An event placed at its country only, in an article that names places inside that country.

Monitors never code a country as an event's location: a report that tells an attack "in
Kenya" and is filed from, or elsewhere names, a town of Kenya is coded at that town, the
nearest the text tells to the act, with its province. An event that no place finer than its
country locates (the capital's rule, :mod:`.capital`, has run) is placed at the place of that
country the article names nearest to the event's own sentence (a town before a province at the
same distance; not one told as an origin or as where the wounded were taken), the country kept
after it. Run after merging and the background stages: the place borrowed joins or splits no
incident.

An event that no place locates at all (told in a sentence that names none: "the gunmen seized
the town") is placed likewise inside the article's country, the country most of its places lie
in (the first named at a tie): the article tells where its story happens; not one that
counts its places ("in three towns of the north"), a summary placed at none of them, nor at
a place told as another incident's ("Separately, protesters blocked roads in X").
"""

from __future__ import annotations

from dataclasses import replace

from ....document import Document, PlaceMention, Span, sentence_at
from ....places.shared.article_country import article_country
from ...draft import EventDraft
from ...link.place_roles import tells_no_act_place
from ...story_cues import NEW_INCIDENT
from .per_place.counted_places import counts_places

_COARSE = frozenset({"country", "supranational"})
# finer first at the same distance
_RANK = {"point": 0, "neighbourhood": 0, "town": 0, "region": 1, "admin1": 2}


def place_inside_country(doc: Document, drafts: list[EventDraft]) -> None:
    """Give each event whose places are all countries (or wider) the place of its first
    country that the article names nearest to the event's sentence."""
    for draft in drafts:
        if draft.places and _unknown_at_country(draft.places):
            _locate_in_province(doc, draft)
            continue
        if not draft.places or any(p.precision not in _COARSE for p in draft.places):
            continue
        country = next((p for p in draft.places if p.precision == "country"), None)
        if country is None:
            continue
        named = [p for p in doc.places if not tells_no_act_place(doc.text, p)]
        inside = nearest_inside(named, country.country_code, draft.sentence_span)
        if inside is not None:
            draft.places = [inside, *draft.places]


def _unknown_at_country(places: list[PlaceMention]) -> bool:
    """A locality the gazetteer lacks, placed at its country: no province known, and no town of
    its country with one among the event's places (a village told far off the capital,
    "about 100 kilometers north of the capital, Niamey", is in none the article tells)."""
    place = places[0]
    return (
        not place.resolved
        and place.admin1 is None
        and place.precision not in _COARSE
        and not any(
            p.resolved
            and p.country_code == place.country_code
            and p.precision in ("town", "region")
            and p.province is not None
            for p in places[1:]
        )
    )


def _locate_in_province(doc: Document, draft: EventDraft) -> None:
    """The unknown locality lies in a province the event or its article names: the event's
    own place of its country that has one, else the place of its country the article names
    nearest to the event's sentence. When no sentence of the event names the locality's
    country (a country read from an outlet's name or a later paragraph), the event's own
    place of any country comes first and the article's country (the country most of its
    places lie in) last. Its name is kept; that place's province, point and country taken."""
    locality = draft.places[0]
    country = locality.country_code
    told = _told_in(doc, draft, country)
    own = [p for p in draft.places[1:] if p.province and (p.country_code == country or not told)]
    named = [p for p in doc.places if not tells_no_act_place(doc.text, p) and p.province]
    inside = own[0] if own else nearest_inside(named, country, draft.sentence_span)
    home = article_country(named)
    if inside is None and home is not None and not told:
        inside = nearest_inside(named, home, draft.sentence_span)
    if inside is None:
        return
    located = replace(
        locality,
        country_code=inside.country_code,
        admin1=inside.province,
        latitude=inside.latitude,
        longitude=inside.longitude,
    )
    kept = [p for p in draft.places[1:] if p.country_code == inside.country_code]
    draft.places = [located, *kept]


def _told_in(doc: Document, draft: EventDraft, country: str) -> bool:
    """Whether a sentence of the event names a place of ``country`` (or the country)."""
    told = set(draft.sentences)
    return any(
        p.country_code == country
        and (sentence := sentence_at(doc.sentences, p.span)) is not None
        and sentence.index in told
        for p in doc.places
    )


def place_the_unplaced(doc: Document, drafts: list[EventDraft]) -> None:
    """Give each event with no place the place of the article's country nearest to the
    event's sentence (none when the article names no place finer than a country)."""
    # "in three towns of the north": a summary of several places is placed at none of them
    unplaced = [d for d in drafts if not d.places and not _counts_places(doc, d)]
    if not unplaced:
        return
    # another event's own place is that incident's ("in Kohat's Lachi area": not the lead's)
    others = {p.span for d in drafts if d.places for p in d.places}
    named = [
        p
        for p in doc.places
        if not tells_no_act_place(doc.text, p)
        and not _of_another_incident(doc, p)
        and p.span not in others
    ]
    country = article_country(named)
    if country is None:
        return
    for draft in unplaced:
        inside = nearest_inside(named, country, draft.sentence_span)
        if inside is not None:
            draft.places = [inside]


def _of_another_incident(doc: Document, place: PlaceMention) -> bool:
    """Whether the place is told in a sentence of another incident ("Separately, protesters
    blocked roads in X"): that incident's place, not the unplaced one's."""
    sentence = sentence_at(doc.sentences, place.span)
    return sentence is not None and NEW_INCIDENT.search(sentence.text) is not None


def _counts_places(doc: Document, draft: EventDraft) -> bool:
    """Whether the event's sentence tells a summary of several places."""
    sentence = sentence_at(doc.sentences, draft.sentence_span)
    return sentence is not None and counts_places(sentence.text)


def nearest_inside(places: list[PlaceMention], country: str, near: Span) -> PlaceMention | None:
    """The place of ``country`` among ``places`` nearest to ``near``, a finer one first at the
    same distance; None when the article names none."""
    inside = [p for p in places if p.country_code == country and p.precision in _RANK]
    if not inside:
        return None
    return min(inside, key=lambda p: (p.span.gap(near), _RANK[p.precision]))
