"""The country told beside a name in its sentence: "Ras al-Ain in northeast Syria", "Aleppo,
Syria", "Syria's Idlib", "the Syrian town of X", "X on the Syrian side of the border". A
border town shares its name with its twin across the line (Ras al-Ain and Ceylanpinar), and
the country told beside it says which one the sentence means."""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from ....document import Document, Span, sentence_at
from ...gazetteer import Kind, Place
from ..surface import Match
from ..tokens import Tokens
from ..words import DIRECTION_WORDS, LOCALITY_WORDS, SETTLEMENT_WORDS

_DIRECTIONS = rf"(?:(?:{DIRECTION_WORDS})\s+)*"
_PLACE_NOUNS = "|".join(sorted(LOCALITY_WORDS | SETTLEMENT_WORDS | {"city", "capital"}))
# After the name: "X in (northern) Syria", "X town in the north of Syria", "X, Syria".
_IN_COUNTRY = re.compile(
    rf"\s+(?:(?:{_PLACE_NOUNS})\s+)?in\s+(?:the\s+)?{_DIRECTIONS}(?:of\s+(?:the\s+)?)?"
)
_COMMA = re.compile(r"\s*,\s*")
_BRACKET = re.compile(r"\s*\(\s*")
# Before the name: "Syria's (northern) X", "the Syrian (border) town of X".
_POSSESSIVE = re.compile(rf"\s*['’]s\s+{_DIRECTIONS}")
_DEMONYM_OF = re.compile(rf"\s+(?:border\s+)?(?:{_PLACE_NOUNS})\s+(?:of\s+)?")
# "X on the Syrian side of the border"
_ON_SIDE = re.compile(r"\s+on\s+the\s+")
_SIDE = re.compile(r"\s+side\b")
# What may not follow a country told after a comma: a list of countries goes on ("Turkey,
# Syria and Iraq"), or the country speaks ("shells hit Afrin, Turkey said").
_LIST_GOES_ON = re.compile(
    r"\s*(?:,\s*[A-Z]|(?:and|or|said|says|say|reported|told|announced|claimed|added|accused|"
    r"warned|denied|stated)\b)"
)
# "Turkish forces from Ceylanpinar in Syria": the country tells where the forces are, not
# the town they came from (shells "fired from X in Syria" keep it).
_FROM = re.compile(
    r"\b(?:forces|troops|fighters|militants|soldiers|units|refugees|people|men)\s+from\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)


def read_countries(
    doc: Document,
    tokens: Tokens,
    accepted: list[Match],
    peoples: list[Match],
    places: Sequence[Place],
) -> None:
    """The country told beside each name in its sentence, by the country's name or its
    people's (``peoples``: the demonyms set aside as references). One sense per article: every
    mention of a name shares it, and a name told beside two countries has none."""
    told: dict[str, set[str]] = {}
    names = sorted([*accepted, *peoples], key=lambda m: m.first)
    for match, later in pairwise(names):
        first = tokens[match.first]
        sentence = sentence_at(doc.sentences, Span(first.start, first.end))
        # a text not split into sentences (a test's) is one sentence
        start, end = (
            (0, len(doc.text)) if sentence is None else (sentence.span.start, sentence.span.end)
        )
        if tokens[later.first].start >= end:
            continue
        gap = tokens.between(match, later)
        after = doc.text[tokens[later.last].end : end]
        before = doc.text[start : first.start]
        # the name, then its country
        country = _one_code(later, places, Kind.COUNTRY)
        if country is not None and not _FROM.search(before) and _told_after(gap, after):
            told.setdefault(match.key, set()).add(country)
        demonym = _one_code(later, places, Kind.DEMONYM)
        if demonym is not None and _ON_SIDE.fullmatch(gap) and _SIDE.match(after):
            told.setdefault(match.key, set()).add(demonym)
        # the country, then the name
        country = _one_code(match, places, Kind.COUNTRY)
        if country is not None and _POSSESSIVE.fullmatch(gap):
            told.setdefault(later.key, set()).add(country)
        demonym = _one_code(match, places, Kind.DEMONYM)
        if demonym is not None and _DEMONYM_OF.fullmatch(gap):
            told.setdefault(later.key, set()).add(demonym)
    for match in accepted:
        codes = told.get(match.key, set())
        match.country_beside = next(iter(codes)) if len(codes) == 1 else None


def _told_after(gap: str, after: str) -> bool:
    """Whether a country's name after a place's, ``gap`` between them and ``after`` the
    country's up to the sentence's end, locates the place: "in (northern) Syria", ", Syria"
    not opening a list of countries, "(Syria)"."""
    return bool(
        _IN_COUNTRY.fullmatch(gap)
        or (_COMMA.fullmatch(gap) and not _LIST_GOES_ON.match(after))
        or (_BRACKET.fullmatch(gap) and after.lstrip().startswith(")"))
    )


def _one_code(match: Match, places: Sequence[Place], kind: Kind) -> str | None:
    """The one country a name of ``kind`` (a country, a people) stands for, or None."""
    codes = {places[i].country_code for i in match.ids if places[i].kind == kind}
    return codes.pop() if len(codes) == 1 else None
