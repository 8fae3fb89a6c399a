"""A namesake abroad listed with a town of the air strike's own country is a village of that
country the gazetteer lacks (fifty-first round, air71): "Russian bombers struck near the towns
of Arak and Sukhna east of Palmyra" is no strike in Iran's Arak. When an air strike's sentence
lists known towns (as the lists' glue tells, :func:`.....geography.lists.list_glue.listed_with`)
and one of them lies in another country than the rest, which the article names or tells by its
places, that one is kept as written, at its list-mate's province ("resolved: false", as the
localities code places a name the gazetteer lacks). A town abroad stays as read when the
article names its country, when it is a capital, or when the list's towns of the article's
country are fewer than half of it.
"""

from __future__ import annotations

from ......document import Document, PlaceMention, sentence_at
from ......places.reading.locating.capitals import is_capital
from .....draft import EventDraft
from .....geography.lists.list_glue import listed_with
from .....geography.lists.longest_list import listed_in
from ..locality import Locality, at_locality

_SETTLED = frozenset({"town", "neighbourhood", "point"})


def place_listed_namesakes(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each air strike at a listed town abroad, among towns of the article's country, placed
    at a village of that country (run after the lists are split: one event per town)."""
    for draft in drafts:
        if draft.event_type != "airstrike" or not draft.places:
            continue
        first = draft.places[0]
        if first.precision not in _SETTLED or is_capital(first):
            continue
        sentence = sentence_at(doc.sentences, first.span)
        if sentence is None:
            continue
        told = doc.in_sentence(doc.places, sentence)
        listed = listed_in(doc, told, sentence.span, listed_with)
        if not any(p.span == first.span for p in listed):
            continue
        home = _most_told_country(doc, [*draft.places, *told])
        mates = [p for p in listed if p.country_code == home]
        if (
            home is None
            or first.country_code == home
            or not mates
            or len(mates) * 2 < len(listed)
            or _names_country(doc, first.country_code)
        ):
            continue
        mate = mates[0]
        draft.places = [
            at_locality(Locality(first.span, first.text, "town", within=mate), mate),
            *draft.places[1:],
        ]
    return drafts


def _most_told_country(doc: Document, places: list[PlaceMention]) -> str | None:
    """The country the article tells most: by its name or its places (the draft's own first).
    Unlike :func:`......places.shared.article_country.article_country`, this one counts bare
    countries too, and counts ``places`` (the draft's and its sentence's) again before the
    article's, the first counted at a tie."""
    counts: dict[str, int] = {}
    for place in [*places, *doc.places]:
        counts[place.country_code] = counts.get(place.country_code, 0) + 1
    return max(counts, key=lambda code: counts[code]) if counts else None


def _names_country(doc: Document, code: str) -> bool:
    """Whether the article names the stray's country itself (then it may well lie there).
    Unlike :func:`......places.choosing.enclosing_town.told_beyond_a_city`, this one reads the
    Document's bare country mentions, not the places stage's counts."""
    return any(p.precision == "country" and p.country_code == code for p in doc.places)
