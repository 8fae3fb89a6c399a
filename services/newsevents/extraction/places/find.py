"""Place mentions: a gazetteer-driven geoparser (no statistical NER).

The places and their name keys come from :mod:`.gazetteer` and :mod:`.place_keys`; this module
finds them in the text (:func:`find_places`). :mod:`.place_surface` holds what the text says
(tokenising, matching, the surface filters), :mod:`.place_choice` which place a name is (the
article's context, disambiguation).
"""

from __future__ import annotations

from collections import Counter

from ..actors.find import named_actors
from ..document import Document, PlaceMention, Span
from .choose import (
    BIG_CITY,
    WORLD_CITY,
    Context,
    choose,
    precision_of,
    regions_named_together,
)
from .gazetteer import Kind, Place, gazetteer
from .keys import (
    ARTICLES,
    key_of_folds,
    light_key,
    name_key,
)
from .surface import (
    Match,
    Token,
    admissible,
    content_of,
    glued_to_name,
    mode_of,
    next_token,
    opens_sentence,
    prev_token,
    scan,
    title_case_lines,
    tokenise,
)
from .words import FACILITY_NOUNS


def find_places(doc: Document) -> None:
    """Fill ``doc.places``: place mentions sorted by start, non-overlapping."""
    gaz = gazetteer()
    places = gaz.places
    text = doc.text
    tokens = tokenise(text)
    matches = scan(text, tokens, gaz)

    # 1. Surface filters; remember which tokens are countries and demonyms.
    token_kind: dict[int, str] = {}
    for match in matches:
        match.ids = admissible(text, tokens, match, gaz)
        if not match.ids:
            match.rejected = True
            continue
        kind = "place"
        if match.demonym:
            kind = "demonym"
        elif any(places[i].kind == Kind.COUNTRY for i in match.ids):
            kind = "country"
        for index in range(match.first, match.last + 1):
            token_kind[index] = kind

    # 2. Names glued to other proper nouns, compound modifiers ("Iran-backed").
    headlines = title_case_lines(text, tokens)
    person_keys: set[str] = set()
    countries: Counter[str] = Counter()
    references: list[PlaceMention] = []
    for match in matches:
        if match.rejected:
            continue
        end = tokens[match.last].end
        if match.demonym or match.supranational:
            if match.demonym:
                countries[places[match.ids[0]].country_code] += 1
            references.append(_mention(text, tokens, match, places[match.ids[0]], "plain"))
            match.rejected = True
            continue
        country = [i for i in match.ids if places[i].kind == Kind.COUNTRY]
        if country:
            countries[places[max(country, key=lambda i: places[i].population)].country_code] += 1
        if text[end : end + 1] == "-" and text[end + 1 : end + 2].islower():
            match.rejected = True
            continue
        start = tokens[match.first].start
        headline = any(a <= start < b for a, b in headlines)
        big = any(
            places[i].kind == Kind.COUNTRY
            or (
                places[i].kind == Kind.GEONAMES
                and places[i].population >= BIG_CITY
                # by its own name: "Colonia Lomas Verdes" is no Cologne
                and (light_key(places[i].name) == match.light or places[i].population >= WORLD_CITY)
            )
            for i in match.ids
        )
        reject, person = glued_to_name(text, tokens, match, token_kind, headline, big)
        if reject:
            match.rejected = True
            if person:
                person_keys.add(match.key)
            continue
        nxt = next_token(text, tokens, match.last)
        match.facility = nxt is not None and nxt.cap and nxt.fold in FACILITY_NOUNS
        first = tokens[match.first]
        match.arabic = first.fold in ARTICLES and text[first.end : first.end + 1] == "-"
        match.initial = match.first == match.last and opens_sentence(text, first.start)
    for match in matches:
        if not match.rejected and match.key in person_keys and len(content_of(tokens, match)) == 1:
            match.rejected = True

    # 3. Country context from big, unambiguous cities too.
    accepted = [m for m in matches if not m.rejected]
    for match in accepted:
        if any(places[i].kind == Kind.COUNTRY for i in match.ids):
            continue
        ranked = sorted(match.ids, key=lambda i: -places[i].population)
        top = places[ranked[0]]
        if match.facility or match.arabic or light_key(top.name) != match.light:
            continue  # only the plain name of a big city tells the country
        if top.population >= 100_000 and all(
            places[i].population * 10 < top.population
            for i in ranked[1:]
            if places[i].country_code != top.country_code
        ):
            countries[top.country_code] += 1
    # Named actors of one country ("the OSCE SMM", "al-Shabaab") tell it too, and actors of a
    # few regions their regions ("Boko Haram": Borno, Yobe).
    areas: set[tuple[str, str]] = set()
    monitored: set[tuple[str, str]] = set()
    for _, entry in named_actors(text):
        if entry.country_code:
            countries[entry.country_code] += 1
            regions = {(entry.country_code, name_key(area)) for area in entry.areas}
            areas |= regions
            if entry.kind == "monitor":
                monitored |= regions
    context = Context(countries, Counter(), countries.most_common(1)[0][0] if countries else None)
    context.areas = areas
    context.monitored = monitored
    regions_named_together(text, tokens, accepted, places, context)

    # 4. Qualifiers, then resolve twice: the second time with the admin1 regions found.
    for match in accepted:
        qualifier = match.mode == "admin1"
        match.mode = mode_of(text, tokens, match)
        if qualifier and match.mode == "plain":
            match.mode = "admin1"
        if match.mode == "rural":
            prev = prev_token(text, tokens, match.first)
            if prev is not None and prev.fold == "rural":  # "rural Damascus" = "Rural Damascus"
                rural = gaz.lookup(
                    key_of_folds(["rural", *(t.fold for t in content_of(tokens, match))])
                )
                match.ids = rural or match.ids
    # The second pass knows the regions the first found, each name's own first choice apart
    # (a guess must not vouch for itself: "Sao Goncalo, Rio de Janeiro state").
    found: list[tuple[str, str] | None] = [None] * len(accepted)
    for _ in range(2):
        for n, match in enumerate(accepted):
            context.own_admin1 = found[n]
            surface_fold = "".join(t.fold for t in tokens[match.first : match.last + 1])
            match.choice = choose(match, match.ids, surface_fold, gaz, context)
        for n, match in enumerate(accepted):
            found[n] = None
            if match.choice is not None:
                place = places[match.choice]
                admin1 = place.name if place.kind == Kind.ADMIN1 else place.admin1
                if admin1:
                    found[n] = (place.country_code, name_key(admin1))
        context.admin1 = Counter(region for region in found if region)

    doc.places = [
        _mention(text, tokens, match, places[match.choice], match.mode)
        for match in accepted
        if match.choice is not None
    ]
    doc.place_references = references


def _mention(text: str, tokens: list[Token], match: Match, place: Place, mode: str) -> PlaceMention:
    start, end = tokens[match.first].start, tokens[match.last].end
    admin1 = place.name if place.kind == Kind.ADMIN1 else place.admin1
    return PlaceMention(
        span=Span(start, end),
        text=text[start:end],
        name=place.name,
        country_code=place.country_code,
        admin1=admin1 or None,
        latitude=place.latitude,
        longitude=place.longitude,
        precision=precision_of(place, mode),
        feature=place.feature,
        geonames_id=place.geonames_id or None,
    )
