"""Place mentions: a gazetteer-driven geoparser (no statistical NER).

The places and their name keys come from :mod:`.gazetteer` and :mod:`.keys`; this module finds
them in the text (:func:`find_places`), step by step. :mod:`.surface` holds what the text says
(tokenising, matching, the surface filters), :mod:`.context` what the article talks about and
:mod:`.choose` which place a name is (disambiguation).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

from ..document import Document, PlaceMention, Span, SpanIndex
from .choose import choose, precision_of
from .context import Context, Region, article_context
from .enclosure import chained_provinces, unknown_namesakes
from .gazetteer import BIG_CITY, CITY_POPULATION, WORLD_CITY, Gazetteer, Kind, Place, gazetteer
from .glued import glued_to_name
from .keys import ARTICLES, key_of_folds, light_key, light_of_folds
from .organisations import reject_organisation_names
from .surface import (
    Match,
    TokenKind,
    admissible,
    mode_of,
    opens_sentence,
    scan,
    title_case_lines,
)
from .tokens import Token, Tokens, tokenise
from .words import (
    DIRECTION_WORDS,
    DIRECTIONS,
    FACILITY_NOUNS,
    LOCALITY_WORDS,
    PEOPLE_NOUNS,
    SETTLEMENT_WORDS,
    Mode,
)


def find_places(doc: Document) -> None:
    """Fill ``doc.places``: place mentions sorted by start, non-overlapping; and
    ``doc.place_references``: demonyms and supranational names."""
    gaz = gazetteer()
    places = gaz.places
    tokens = tokenise(doc.text)
    # "told SANA", "Mon Jul 18 2016": outlets and dates name no place; the place of a dateline
    # ("BEIRUT (AP) —") is one, but where the report was filed, not where anything happened.
    furniture = SpanIndex(f.span for f in doc.furniture if f.kind != "dateline")
    matches = [m for m in scan(tokens, gaz) if not _in_furniture(tokens, m, furniture)]
    token_kind = _surface_filters(tokens, matches, gaz)
    countries, references = _read_names(tokens, matches, places, token_kind)
    reject_organisation_names(tokens, matches, places, [_big(m, places) for m in matches])
    for code in doc.country_hints:  # the source's word: as if the text named it once
        countries[code] += 1
    accepted = [m for m in matches if not m.rejected]
    # the agency of a dateline or a credit filed the report: it tells no country
    filing = SpanIndex(f.span for f in doc.furniture if f.kind in ("dateline", "credit"))
    context = article_context(tokens, accepted, places, countries, filing)
    _read_qualifiers(tokens, accepted, gaz)
    _read_sentences(doc, tokens, accepted, places)
    chained = _read_chains(doc, tokens, accepted, places)
    _resolve(tokens, accepted, gaz, context)
    mentions = [
        _mention(tokens, match, places[match.choice], match.mode)
        for match in accepted
        if match.choice is not None
    ]
    mentions += unknown_namesakes(tokens, accepted, places, chained)
    mentions.sort(key=lambda m: m.span.start)
    datelines = SpanIndex(f.span for f in doc.furniture if f.kind == "dateline")
    # a name running on from a dateline ("BEIRUT A Russian strike": "BEIRUT A") is filed too
    doc.places = [m for m in mentions if not datelines.overlaps(m.span)]
    filed = [m for m in mentions if datelines.overlaps(m.span)]
    doc.place_references = sorted([*references, *filed], key=lambda m: m.span.start)


def _in_furniture(tokens: Tokens, match: Match, furniture: SpanIndex) -> bool:
    """Whether a name lies in an outlet's name, a credit or a date (``furniture``: all but
    the datelines)."""
    return furniture.overlaps(Span(tokens[match.first].start, tokens[match.last].end))


def _surface_filters(tokens: Tokens, matches: list[Match], gaz: Gazetteer) -> dict[int, TokenKind]:
    """The candidates the surface form allows ("Of", "IRGC" are none); returns which tokens
    are places, countries and demonyms, for the names glued to them."""
    token_kind: dict[int, TokenKind] = {}
    for match in matches:
        match.ids = admissible(tokens, match, gaz)
        if not match.ids:
            match.rejected = True
            continue
        kind: TokenKind = "place"
        if match.demonym:
            kind = "demonym"
        elif any(gaz.places[i].kind == Kind.COUNTRY for i in match.ids):
            kind = "country"
        for index in range(match.first, match.last + 1):
            token_kind[index] = kind
    for index, token in enumerate(tokens):
        if index not in token_kind and _country_possessive(token, gaz):
            token_kind[index] = "country"
    return token_kind


def _country_possessive(token: Token, gaz: Gazetteer) -> bool:
    """ "Syrias Hama province", "Iraqs Anbar": a country's possessive whose apostrophe the
    page lost, which no more carries a person's name on than "Syria's" does."""
    if not token.cap or token.upper or len(token.fold) < 5 or not token.fold.endswith("s"):
        return False
    ids = gaz.lookup(light_of_folds([token.fold[:-1]]))
    return any(gaz.places[i].kind == Kind.COUNTRY for i in ids)


class _Names(NamedTuple):
    countries: Counter[str]  # countries named, by names and demonyms, in order of mention
    references: list[PlaceMention]  # demonyms and supranational names


def _read_names(
    tokens: Tokens, matches: list[Match], places: Sequence[Place], token_kind: dict[int, TokenKind]
) -> _Names:
    """Demonyms and supranational names set aside as references; names glued to other
    proper nouns ("Ammar Saleh", "Quds Force") and compound modifiers ("Iran-backed")
    rejected, and later bare uses of a name read as a person's; countries counted."""
    headlines = title_case_lines(tokens)
    person_keys: set[str] = set()
    names = _Names(Counter(), [])
    for match in matches:
        if match.rejected:
            continue
        if match.demonym or match.supranational:
            if match.demonym:
                names.countries[places[match.ids[0]].country_code] += 1
            names.references.append(_mention(tokens, match, places[match.ids[0]], "plain"))
            match.rejected = True
            continue
        country = [i for i in match.ids if places[i].kind == Kind.COUNTRY]
        if country:
            biggest = max(country, key=lambda i: places[i].population)
            names.countries[places[biggest].country_code] += 1
        if _compound_modifier(tokens, match):
            match.rejected = True
            continue
        start = tokens[match.first].start
        headline = any(a <= start < b for a, b in headlines)
        reject, person = glued_to_name(tokens, match, token_kind, headline, _big(match, places))
        if reject:
            match.rejected = True
            if person:
                person_keys.add(match.key)
            continue
        _read_surroundings(tokens, match)
    for match in matches:
        if not match.rejected and match.key in person_keys and len(tokens.content(match)) == 1:
            # "Saleh added" after "Ammar Saleh said"; but a name read once as a person's (a
            # heading run into its sentence: "on al-Fouaa Idleb A girl") is a province where
            # its words say so: "the countryside of Idleb", "Idleb province".
            match.rejected = mode_of(tokens, match) not in ("admin1", "rural")
    return names


def _compound_modifier(tokens: Tokens, match: Match) -> bool:
    """ "Iran-backed", "Iran-related": a hyphen and a lowercase word."""
    end = tokens[match.last].end
    return tokens.text[end : end + 1] == "-" and tokens.text[end + 1 : end + 2].islower()


def _big(match: Match, places: Sequence[Place]) -> bool:
    """Whether a name may be a country or a big city, which keep their sense beside other
    capitalised words ("Toronto Transit Commission")."""
    return any(
        places[i].kind == Kind.COUNTRY
        or (
            places[i].kind == Kind.GEONAMES
            and places[i].population >= BIG_CITY
            # by its own name: "Colonia Lomas Verdes" is no Cologne
            and (light_key(places[i].name) == match.light or places[i].population >= WORLD_CITY)
        )
        for i in match.ids
    )


def _read_surroundings(tokens: Tokens, match: Match) -> None:
    """What the words around an accepted name say of it: a facility after it ("al-Nour
    Mosque"), an Arabic article ("al-Raqa"), a sentence it opens ("Reading the news")."""
    nxt = tokens.after(match.last)
    match.facility = nxt is not None and nxt.cap and nxt.fold in FACILITY_NOUNS
    first = tokens[match.first]
    match.arabic = first.fold in ARTICLES and tokens.text[first.end : first.end + 1] == "-"
    match.initial = match.first == match.last and opens_sentence(tokens.text, first.start)
    after = tokens.after(match.last)
    match.arabic_tail = (
        after is not None
        and after.fold in ARTICLES
        and tokens.text[after.end : after.end + 1] == "-"
        and tokens.text[after.end + 1 : after.end + 2].isupper()
    )


def _read_qualifiers(tokens: Tokens, accepted: list[Match], gaz: Gazetteer) -> None:
    """How the words around each name qualify it ("X province", "rural X"); a province
    named beside a place (``regions_named_together``) stays one."""
    for match in accepted:
        qualifier = match.mode == "admin1"
        match.mode = mode_of(tokens, match)
        if qualifier and match.mode == "plain":
            match.mode = "admin1"
        if match.mode == "plain" and _county_of_a_county_country(tokens, match, gaz):
            match.mode = "admin1"
        match.people = match.mode == "plain" and _before_people(tokens, match)
        match.locative = (
            match.mode in ("settlement", "area") or _after_locative(tokens, match) or match.people
        )
        if match.mode == "rural":
            prev = tokens.before(match.first)
            if prev is not None and prev.fold == "rural":  # "rural Damascus" = "Rural Damascus"
                rural = gaz.lookup(
                    key_of_folds(["rural", *(t.fold for t in tokens.content(match))])
                )
                match.ids = rural or match.ids


# Prepositions that tell where something happened: "in X", "at X", "near X".
_LOCATIVES = frozenset({"in", "at", "near", "outside", "around", "inside"})


# ... and the words before "of X" that do: the people of a place ("residents of X") and
# "outside of X".
_BEFORE_OF = frozenset({"residents", "villagers", "inhabitants", "people", "outside"})


def _after_locative(tokens: Tokens, match: Match) -> bool:
    before = tokens.word_before(match.first)
    if before is not None and tokens[before].fold in DIRECTIONS:
        before = tokens.word_before(before)  # "in central Katmandu", "in northern X"
    if before is None:
        return False
    if tokens[before].fold == "of":
        head = tokens.word_before(before)
        return head is not None and tokens[head].fold in _BEFORE_OF
    return tokens[before].fold in _LOCATIVES


def _before_people(tokens: Tokens, match: Match) -> bool:
    """ "Lodwar residents", "Chuka University students": the name directly before a lowercase
    noun of people, or before the institution named after it and such a noun."""
    after = tokens.word_after(match.last)
    if after is not None and tokens[after].cap and tokens[after].fold in FACILITY_NOUNS:
        after = tokens.word_after(after)
    return after is not None and not tokens[after].cap and tokens[after].fold in PEOPLE_NOUNS


# Countries whose first-level divisions are counties (GeoNames admin1): there "Tana River
# County" is the region, while in the United States or Britain a county lies inside one.
COUNTY_COUNTRIES = frozenset({"KE", "LR", "HR", "HU", "NO", "SE", "EE", "LT", "RO", "AL", "TW"})


def _county_of_a_county_country(tokens: Tokens, match: Match, gaz: Gazetteer) -> bool:
    """ "Mandera county", "Tana River County": the name of a region of a county country."""
    after = tokens.word_after(match.last)
    if after is None or tokens[after].fold != "county":
        return False
    return any(
        gaz.places[i].kind == Kind.ADMIN1 and gaz.places[i].country_code in COUNTY_COUNTRIES
        for i in match.ids
    )


# What may stand between a place and the province that locates it: "X in Damascus
# countryside", "X village in the countryside of Y province", "X village in the western
# countryside of Y".
_IN_PROVINCE = re.compile(
    rf"\s+(?:(?:{'|'.join(sorted(LOCALITY_WORDS | SETTLEMENT_WORDS))})\s+)?(?:in|of)\s+"
    rf"(?:the\s+)?(?:(?:{DIRECTION_WORDS})\s+)*(?:of\s+(?:the\s+)?)?"
    rf"(?:(?:countryside|rural\s+areas?)\s+of\s+)?"
)
# ... and between a neighbourhood, quarter or district and the city it lies in: "X
# district in Damascus", "the X neighborhood of the Syrian city of Aleppo".
_IN_CITY = re.compile(
    rf"\s+(?:{'|'.join(sorted(LOCALITY_WORDS))}|district|area)\s+(?:in|of)\s+(?:the\s+)?"
    rf"(?:(?:{DIRECTION_WORDS})\s+)*(?:[A-Z][\w'’-]*\s+)?(?:(?:city|capital|town)\s+of\s+)?"
)


_COMMA = re.compile(r"\s*,\s*")


def _read_sentences(
    doc: Document, tokens: Tokens, accepted: list[Match], places: Sequence[Place]
) -> None:
    """The province that locates each name in its sentence ("Adra in Damascus countryside":
    a province by its own name, or so qualified: "Quneitra province"). One sense per article:
    every mention of a name shares what its mentions say."""
    provinces: dict[str, set[tuple[str, str]]] = {}
    for n, match in enumerate(accepted[:-1]):
        later = accepted[n + 1]
        sentence = _sentence_of([s.span for s in doc.sentences], tokens[match.first].start)
        if sentence is None or tokens[later.first].start >= sentence.end:
            continue
        gap = tokens.between(match, later)
        # "al-Mazraa district in Damascus", "the village of X in the northern West Bank": a
        # locality or a village lies in the one province of the place that locates it.
        told_as_village = match.mode in ("settlement", "locality") and _IN_PROVINCE.fullmatch(gap)
        city = (
            _region_of_city(later, places) if _IN_CITY.fullmatch(gap) or told_as_village else None
        )
        if city is not None:
            provinces.setdefault(match.key, set()).add(city)
            continue
        regions = [places[i] for i in later.ids if places[i].kind == Kind.ADMIN1]
        if len(regions) != 1 or not (later.mode in ("admin1", "rural") or len(later.ids) == 1):
            continue
        region = regions[0].region
        # "Kutulo, Wajir County": after a comma only a region so qualified (a bare name after
        # a comma may be the next item of a list).
        beside = _IN_PROVINCE.fullmatch(gap) or (later.mode == "admin1" and _COMMA.fullmatch(gap))
        if region is not None and beside:
            provinces.setdefault(match.key, set()).add(region)
    for match in accepted:
        match.provinces_beside = frozenset(provinces.get(match.key, ()))


def _read_chains(
    doc: Document, tokens: Tokens, accepted: list[Match], places: Sequence[Place]
) -> dict[int, int]:
    """The province ending the chain of units after a name ("X in Y Local Government Area of Z
    State") locates it, and every mention of its name, rather than the region
    of a town right after it (:mod:`.enclosure`). Returns the province of each mention so
    located."""
    ends = sorted(s.span.end for s in doc.sentences)
    chained = chained_provinces(tokens, accepted, places, ends)
    by_key = {accepted[n].key: province for n, province in chained.items()}
    located: dict[int, int] = {}
    for n, match in enumerate(accepted):
        province = by_key.get(match.key)
        if province is None:
            continue
        region = places[province].region
        if region is not None:
            match.provinces_beside = frozenset({region})
            located[n] = province
    return located


def _region_of_city(match: Match, places: Sequence[Place]) -> Region | None:
    """The one province a name of a city or province lies in ("Damascus": the city and the
    province of Damascus), or None when its cities and provinces lie in several."""
    regions = {
        places[i].region
        for i in match.ids
        if places[i].kind == Kind.ADMIN1
        or (places[i].kind == Kind.GEONAMES and places[i].population >= CITY_POPULATION)
    }
    return regions.pop() if len(regions) == 1 else None


def _sentence_of(sentences: list[Span], start: int) -> Span | None:
    return next((span for span in sentences if span.start <= start < span.end), None)


def _resolve(tokens: Tokens, accepted: list[Match], gaz: Gazetteer, context: Context) -> None:
    """Choose each name's place, twice: the second time with the admin1 regions found.

    The second pass knows the regions the first found, each name's own first choice apart (a
    guess must not vouch for itself: "Sao Goncalo, Rio de Janeiro state")."""
    found: list[Region | None] = [None] * len(accepted)
    for _ in range(2):
        for n, match in enumerate(accepted):
            context.own_admin1 = found[n]
            surface_fold = "".join(t.fold for t in tokens[match.first : match.last + 1])
            match.choice = choose(match, match.ids, surface_fold, gaz, context)
        for n, match in enumerate(accepted):
            found[n] = None if match.choice is None else gaz.places[match.choice].region
        context.admin1 = Counter(region for region in found if region)


# "the town of X", "X village": a settlement's name, whatever unit the gazetteer knows by it.
_TOWN_BEFORE = re.compile(r"\b(?:town|city|village)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_TOWN_AFTER = re.compile(r"\s+(?:town|city|village)\b", re.IGNORECASE)


def _district_told_as_town(text: str, start: int, end: int, place: Place) -> bool:
    """A district (a unit named after its seat) that the text tells as a town, city or village
    is that seat: "the town of Kolofata" is a town, not the district around it."""
    return place.kind == Kind.ADMIN2 and (
        _TOWN_BEFORE.search(text, max(0, start - 20), start) is not None
        or _TOWN_AFTER.match(text, end) is not None
    )


def _mention(tokens: Tokens, match: Match, place: Place, mode: Mode) -> PlaceMention:
    start, end = tokens[match.first].start, tokens[match.last].end
    admin1 = place.region_name
    return PlaceMention(
        span=Span(start, end),
        text=tokens.text[start:end],
        name=place.name,
        country_code=place.country_code,
        admin1=admin1 or None,
        latitude=place.latitude,
        longitude=place.longitude,
        precision="town"
        if _district_told_as_town(tokens.text, start, end, place)
        else precision_of(place, mode),
        feature=place.feature,
        geonames_id=place.geonames_id or None,
    )
