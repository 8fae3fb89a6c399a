"""Place mentions: a gazetteer-driven geoparser (no statistical NER).

The places and their name keys come from :mod:`.gazetteer` and :mod:`.shared.keys`; this module
finds them in the text (:func:`find_places`), step by step. :mod:`.reading.surface` holds what
the text says (tokenising, matching, the surface filters), :mod:`.choosing.context` what the
article talks about and :mod:`.choosing.choose` which place a name is (disambiguation);
:mod:`.reading.names` reads the names found, :mod:`.reading.qualifiers` the words that qualify
each, :mod:`.reading.locating.located` the province told beside it and :mod:`.reading.mention`
makes the mentions.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter

from ..document import Document, Span, SpanIndex
from .choosing.bodies import body_places
from .choosing.choose import choose
from .choosing.context import Context, article_context
from .choosing.enclosing_town import relocate_abroad
from .choosing.home_villages import place_home_villages
from .choosing.quarters import place_quarters
from .choosing.unit_namesakes import (
    choose_beside_district,
    choose_near_district,
    relocate_into_units,
)
from .choosing.whereabouts import bodies_of_the_source, drop_small_abroad, yield_to_the_source
from .gazetteer import Gazetteer, Region, gazetteer
from .reading.filters.organisations import reject_organisation_names
from .reading.locating.capitals import read_capitals
from .reading.locating.country_beside import read_countries
from .reading.locating.enclosing_units import read_enclosing_units
from .reading.locating.enclosure import unknown_namesakes
from .reading.locating.located import read_chains, read_sentences
from .reading.mention import mention
from .reading.names import is_big, read_names, surface_filters
from .reading.qualifiers import read_qualifiers
from .reading.surface import Match, scan
from .reading.tokens import Tokens, tokenise


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
    token_kind = surface_filters(tokens, matches, gaz)
    countries, references = read_names(tokens, matches, places, token_kind)
    reject_organisation_names(tokens, matches, places, [is_big(m, places) for m in matches])
    for code in doc.country_hints:  # the source's word: as if the text named it once
        countries[code] += 1
    accepted = [m for m in matches if not m.rejected]
    # the agency of a dateline or a credit filed the report: it tells no country
    filing = SpanIndex(f.span for f in doc.furniture if f.kind in ("dateline", "credit"))
    # a demonym told its country once: "Russian jets", a force the dictionary names, not twice
    told_demonyms = [m for m in matches if m.demonym]
    demonyms = {
        Span(tokens[m.first].start, tokens[m.last].end): places[m.ids[0]].country_code
        for m in told_demonyms
        if m.ids
    }
    context = article_context(tokens, accepted, places, countries, filing, demonyms)
    read_qualifiers(tokens, accepted, gaz)
    read_sentences(doc, tokens, accepted, places)
    read_countries(doc, tokens, accepted, told_demonyms, places)
    ends = sorted(s.span.end for s in doc.sentences)
    chained = read_chains(tokens, accepted, places, ends)
    _resolve(tokens, accepted, gaz, context, ends)
    choose_near_district(tokens, accepted, places, ends)  # "X upazila of Y": the X near Y
    choose_beside_district(tokens, accepted, places, ends)  # "Jaleshwar, Mahottari": Nepal's
    quarters = place_quarters(tokens, accepted, places)  # "Dallas estate in Embu": no Texas
    abroad = relocate_abroad(tokens, accepted, places, context, ends)
    abroad += place_home_villages(tokens, accepted, places, context, ends)  # "district of X"
    drop_small_abroad(accepted, places, context)  # after: "Banita (Nakuru)" is relocated
    yield_to_the_source(tokens, accepted, places, context, doc.country_hints)
    mentions = [
        mention(tokens, match, places[match.choice], match.mode)
        for match in accepted
        if match.choice is not None
    ]
    mentions += unknown_namesakes(tokens, accepted, places, chained)
    mentions += abroad
    mentions += [q for q in quarters if not any(q.span.overlaps(m.span) for m in mentions)]
    mentions.sort(key=lambda m: m.span.start)
    mentions = read_enclosing_units(doc.text, mentions)
    mentions = relocate_into_units(doc.text, mentions)  # after: its district is no town
    mentions = read_capitals(doc.text, mentions, references)
    datelines = SpanIndex(f.span for f in doc.furniture if f.kind == "dateline")
    # a name running on from a dateline ("BEIRUT A Russian strike": "BEIRUT A") is filed too
    doc.places = [m for m in mentions if not datelines.overlaps(m.span)]
    filed = [m for m in mentions if datelines.overlaps(m.span)]
    doc.place_references = sorted([*references, *filed], key=lambda m: m.span.start)
    bodies = bodies_of_the_source(
        body_places(tokens, matches, places, context), context, doc.country_hints
    )
    doc.body_places = [m for m in bodies if not datelines.overlaps(m.span)]


def _in_furniture(tokens: Tokens, match: Match, furniture: SpanIndex) -> bool:
    """Whether a name lies in an outlet's name, a credit or a date (``furniture``: all but
    the datelines)."""
    return furniture.overlaps(Span(tokens[match.first].start, tokens[match.last].end))


def _resolve(
    tokens: Tokens, accepted: list[Match], gaz: Gazetteer, context: Context, ends: list[int]
) -> None:
    """Choose each name's place, twice: the second time with the admin1 regions found.

    The second pass knows the regions the first found, each name's own first choice apart (a
    guess must not vouch for itself: "Sao Goncalo, Rio de Janeiro state"), and those of the
    other names of its sentence (``ends``: where the sentences end) that can lie in one region
    only: "Bara, a village near Potiskum" is the Bara of Potiskum's Yobe, but "Santa Rosa,
    Laguna", two names each with namesakes abroad, must not vouch for each other's, nor an
    abbreviation ("AL UP chairman": a union council, no Uttar Pradesh)."""
    found: list[Region | None] = [None] * len(accepted)
    sentence = [bisect_left(ends, tokens[m.first].start + 1) for m in accepted]
    sure = [
        len({gaz.places[i].region for i in m.ids}) == 1 and not tokens.surface(m).isupper()
        for m in accepted
    ]
    for _ in range(2):
        # the sure names' regions of each sentence, counted (read once a pass, not per name)
        told: dict[int, Counter[Region]] = {}
        for k, region in enumerate(found):
            if region is not None and sure[k]:
                told.setdefault(sentence[k], Counter())[region] += 1
        for n, match in enumerate(accepted):
            context.own_admin1 = found[n]
            own = found[n] if sure[n] else None
            context.sentence_admin1 = frozenset(
                region
                for region, count in told.get(sentence[n], Counter()).items()
                if count > (1 if region == own else 0)
            )
            match.choice = choose(match, match.ids, tokens.fold(match), gaz, context)
        for n, match in enumerate(accepted):
            found[n] = None if match.choice is None else gaz.places[match.choice].region
        context.admin1 = Counter(region for region in found if region)
