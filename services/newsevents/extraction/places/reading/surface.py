"""What the text says: tokens, gazetteer matches and the surface filters of :mod:`.places`.

Matching
    The text is tokenised once (:mod:`.tokens`); from every capitalised token (or an article
    before one: "al-Raqa") the longest run of up to five tokens found in the index, under
    either key, wins.

Filtering
    Not places: common English words ("Of", "Police", "Mayor" are GeoNames places somewhere),
    titles and what follows them ("Haj Askar"), names glued to other proper nouns ("Ammar
    Saleh", "Quds Force", "Sada al-Sharqiya", "Mayo-Sava") and later bare uses of a name so
    read, facilities named after a word ("al-Hana Hospital"), compound modifiers
    ("Iran-backed"), acronyms. Demonyms ("Russian" = Russia) and supranational names
    ("Europe", "EU", "Middle East") go to ``doc.place_references``: reported by ``annotate``,
    never event locations. Names glued to other proper nouns are read by :mod:`.glued`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from ..gazetteer import LOOSE, MAX_TOKENS, Gazetteer, Kind
from ..shared.keys import (
    ARTICLES,
    CONNECTORS,
    light_key,
    light_of_folds,
    loose_of_light,
)
from .tokens import Tokens
from .words import (
    ADMIN1_WORDS,
    AREA_WORDS,
    DIRECTIONS,
    LOCALITY_WORDS,
    OF_MODES,
    RURAL_WORDS,
    STOPWORDS,
    TITLES,
    Mode,
)

JOINERS = frozenset({" ", "-", "\u2010", "\u2011", "&", " & "})  # "J&K", "Trinidad & Tobago"
_ABBREVIATED = frozenset({"st", "ste", "mt", "ft"})  # "St. Louis", "Mt. Hermon"


# ---------------------------------------------------------------------------- matching

# What a token of an accepted match is, for the names glued to it ("Syria-Iraq border").
TokenKind = Literal["place", "demonym", "country"]


@dataclass(slots=True)
class Match:
    first: int  # token indices, inclusive
    last: int
    key: str  # loose key
    light: str  # exact-spelling key
    ids: tuple[int, ...]
    loose_only: frozenset[int]  # candidates found only through transliteration folding
    demonym: bool = False
    supranational: bool = False
    rejected: bool = False
    mode: Mode = "plain"
    facility: bool = False  # "al-Nour Mosque": only a big place may name a facility
    arabic: bool = False  # written "al-X": a place where Arabic names are used
    initial: bool = False  # one word opening a sentence: "Reading the news, ..."
    arabic_tail: bool = False  # "Tibet al-Imam": the start of a longer Arabic name
    # A name that is a place of the story's country only: the tail of a longer name after a
    # people's ("Turkmen Bari"; the people's country, "" for a people of no country), or a
    # town's old quarter ("the Old City", ""); None for any other name.
    home_only: str | None = None
    # Told as where something is: "in X", "at X", "near X", "X town", "the village of X".
    locative: bool = False
    # The object of an assault verb ("gunmen attacked Witu"): where, for a town of that very
    # name only, not for a town known by it as an alternate (Nikopol was once "Slaviansk").
    assaulted: bool = False
    # Naming the people or an institution of a place: "Lodwar residents", "Chuka University
    # students" (told as where too, and capitalised for being a name, not for opening a sentence).
    people: bool = False
    # One of the names of a comma-less list: "in the towns of Saraqeb Binnish Taftanaz" (.runs).
    listed: bool = False
    # The province that locates it in its sentence ("Adra in Damascus countryside").
    provinces_beside: frozenset[tuple[str, str]] = frozenset()
    # The country told beside it in its sentence: "Ras al-Ain in northeast Syria" (.country_beside).
    country_beside: str | None = None
    # Told as a village or a quarter by the noun before it: "the village of X", "the
    # neighbourhood of X" (a "settlement" by its mode, as "the town of X" is).
    village: bool = False
    # Told as a unit finer than a district by a noun some countries alone use: "Raipur
    # upazila", "Safi tehsil" (those countries; None when no such noun follows).
    unit: tuple[str, ...] | None = None
    choice: int | None = None


def scan(tokens: Tokens, gaz: Gazetteer) -> list[Match]:
    """Greedy left-to-right, longest run of tokens whose key is in the index."""
    count = len(tokens)
    gaps = [tokens.gap(j, j + 1) for j in range(count - 1)]
    joined = [
        gap in JOINERS or (gap == ". " and tokens[j].fold in _ABBREVIATED)
        for j, gap in enumerate(gaps)
    ]
    places = gaz.places
    matches: list[Match] = []
    i = 0
    while i < count:
        token = tokens[i]
        # A name starts with a capital, or with an article before one: "al-Raqa", "as-Sweida"
        # (with a space only "al"/"el": "an Iron" is English).
        if not token.cap and not (
            token.fold in ARTICLES
            and i + 1 < count
            and tokens[i + 1].cap
            and (gaps[i] == "-" or (gaps[i] == " " and token.fold in ("al", "el")))
        ):
            i += 1
            continue
        limit = i
        while limit + 1 < count and limit - i + 1 < MAX_TOKENS and joined[limit]:
            limit += 1
        found: Match | None = None
        for last in range(limit, i - 1, -1):
            if not tokens[last].cap and tokens[last].fold in CONNECTORS:
                continue  # a name never ends with "al" or "of"
            light = light_of_folds(_folds_with_and(tokens, gaps, i, last))
            if len(light) < 2:
                continue
            key = loose_of_light(light)
            exact = gaz.lookup(light)
            folded = gaz.lookup(LOOSE + key)
            if not exact and not folded:
                continue
            ids = tuple(dict.fromkeys(exact + folded))
            if any(
                not tokens[j].cap and tokens[j].fold not in CONNECTORS for j in range(i, last + 1)
            ):
                # Lowercase common words ("oil field", "border crossing"): supplement names
                # only, and by their exact spelling: the folding of vowels and doubled letters
                # is for transliterated names, not English words ("Beni in" is no "Benin").
                ids = tuple(k for k in exact if places[k].curated)
            if ids:
                found = Match(i, last, key, light, ids, frozenset(folded) - frozenset(exact))
                break
        if found is None:
            i += 1
        else:
            matches.append(found)
            i = found.last + 1
    return matches


def _folds_with_and(tokens: Tokens, gaps: list[str], first: int, last: int) -> list[str]:
    """The folded words of a run, an ampersand read as "and" ("Trinidad & Tobago")."""
    folds = []
    for j in range(first, last + 1):
        folds.append(tokens[j].fold)
        if j < last and gaps[j].strip() == "&":
            folds.append("and")
    return folds


def admissible(tokens: Tokens, match: Match, gaz: Gazetteer) -> tuple[int, ...]:
    """Candidates allowed by the surface form alone (case, length, stopwords)."""
    places = gaz.places
    content = tokens.content(match)
    if not content:
        return ()
    if (
        len(content) == 1
        and not content[0].upper  # "US" is not "us"
        and (content[0].fold in STOPWORDS or content[0].fold in TITLES)
    ):
        return ()
    ids = match.ids
    demonyms = tuple(i for i in ids if places[i].kind == Kind.DEMONYM)
    if demonyms:
        match.demonym = True
        return demonyms
    if all(t.fold in DIRECTIONS for t in content):
        return ()  # "Nord-Ouest", "Sud": a region of several countries
    supranational = tuple(i for i in ids if places[i].kind == Kind.SUPRANATIONAL)
    if supranational:
        match.supranational = True
        return supranational  # "Middle East", "Africa" (not Mahdia, once called Africa)
    surface = tokens.surface(match)
    letters = sum(c.isalpha() for c in surface)
    if (all(t.upper for t in content) or surface.isupper()) and letters < 6:  # "UAE", "J&K"
        # Acronyms ("IRGC", "NATO") are not places, but for the supplement's ("UAE", "T4"),
        # and capitalised datelines ("KABUL") of countries and big cities.
        ids = tuple(
            i
            for i in ids
            if places[i].curated or (letters >= 4 and places[i].population >= 100_000)
        )
    elif letters < 4:
        if letters < 3:
            return ()
        ids = tuple(
            i
            for i in ids
            if places[i].curated
            or (places[i].population >= 100_000 and light_key(places[i].name) == match.light)
        )
    return ids


def title_case_lines(tokens: Tokens) -> list[tuple[int, int]]:
    """Headline-style lines ("Militias Deploy In Albu Kamal"), where capitals say little."""
    lines = []
    index = 0
    for line in re.finditer(r"[^\n]+", tokens.text):
        words = capitals = 0
        while index < len(tokens) and tokens[index].start < line.end():
            token = tokens[index]
            if len(token.fold) >= 4:
                words += 1
                capitals += token.cap
            index += 1
        if words >= 4 and capitals / words > 0.7:
            lines.append(line.span())
    return lines


def opens_sentence(text: str, start: int) -> bool:
    j = start - 1
    while j >= 0 and text[j] in " \t\"'\u201c\u2018([":
        j -= 1
    return j < 0 or text[j] in ".!?:\n"


def _skip_directions(
    tokens: Tokens, index: int | None, step: Callable[[int], int | None]
) -> int | None:
    """From word ``index``, past the directions: "rural western X", "X's eastern countryside"."""
    while index is not None and tokens[index].fold in DIRECTIONS:
        index = step(index)
    return index


# A place told as a point of reference ("45 kilometers (28 miles) west of the capital",
# "south of Jenin", "south of the coastal city of X", "north of the Iraqi capital X") is the
# area around it: the event is near it, not in it. "The north of X"
# and "the far northwest of Hama countryside" are parts of X.
_REFERENCE_POINT = re.compile(
    r"(?<!the )(?<!far )\b(?i:(?:north|south)(?:-?(?:east|west))?|east|west)\s+of\s+(?:the\s+)?"
    r"(?:(?:[\w-]+\s+)?(?:capital\s+city|capital|city|town)(?:,?\s+|\s+of\s+))?$"
)


_REFERENCE_NOUNS = frozenset({"capital", "city", "town"})


# A direction told as a noun, with its article and adjectives, is a part of X, not a point
# of reference: "the restive north of Mali", "the volatile east of the country".
_PART_BEFORE = re.compile(r"\b(?:the|its|their)\s+(?:[a-z][\w-]*\s+){1,2}$")


_DISTRICT_NOUNS = frozenset({"district", "districts"})


def _names_a_district(tokens: Tokens, head_index: int | None, head: str) -> bool:
    """ "the Al Jubah district of X", "in Nad Ali district of X": a district told by its name
    (one to three capitalised words after "the", "in" or "at") is a unit of X, so X is its
    province, not a town of that name. "the north-eastern Kenyan district of X" is no name."""
    if head_index is None or head not in _DISTRICT_NOUNS:
        return False
    index = tokens.word_before(head_index)
    words = 0
    while index is not None and tokens[index].cap and words < 3:
        if tokens[index].fold in DIRECTIONS or tokens[index].fold in _NAME_OPENERS:
            break
        words += 1
        index = tokens.word_before(index)
    return words > 0 and index is not None and tokens[index].fold in _NAME_OPENERS


_NAME_OPENERS = frozenset({"the", "in", "at"})


def mode_of(tokens: Tokens, match: Match) -> Mode:
    """How the words around a name qualify it: "X province", "rural X", "town of X"..."""
    after = _skip_directions(tokens, tokens.word_after(match.last), tokens.word_after)
    before = _skip_directions(tokens, tokens.word_before(match.first), tokens.word_before)
    next_word = tokens[after].fold if after is not None else ""
    prev_word = tokens[before].fold if before is not None else ""
    start = tokens[match.first].start
    reference = _REFERENCE_POINT.search(tokens.text, max(0, start - 60), start)
    if reference is not None and _PART_BEFORE.search(
        tokens.text, max(0, reference.start() - 40), reference.start()
    ):
        reference = None
    if prev_word == "of" and before is not None:
        of_word = _skip_directions(tokens, tokens.word_before(before), tokens.word_before)
        head = tokens[of_word].fold if of_word is not None else ""
        if reference is not None and head in _REFERENCE_NOUNS:
            return "area"  # "south of the coastal city of X": around the city, not in it
        if _names_a_district(tokens, of_word, head):
            return "admin1"
        for words, mode in OF_MODES:
            if head in words:
                return mode
    if next_word in ADMIN1_WORDS:
        return "admin1"
    if prev_word == "rural" or next_word in RURAL_WORDS:
        return "rural"
    if reference is not None:
        return "area"
    if next_word in AREA_WORDS:
        return "area"
    if next_word == "desert":
        return "desert"
    if next_word == "city":
        return "settlement"
    if next_word in LOCALITY_WORDS or _GLOSSED_LOCALITY.match(tokens.text, tokens[match.last].end):
        return "locality"
    return "plain"


# A locality's noun after a gloss in brackets: "al-Qasriyeh (the station) neighbourhood" (fifty-
# first round, list71); a translation, with a lowercase word ("Kafr Batikh (Rasm Batikh)
# district" gives another name).
_GLOSSED_LOCALITY = re.compile(
    r"\s*\((?=[^()]{0,30}\b[a-z]{3,})[^()]{1,30}\)\s+"
    r"(?i:neighbou?rhoods?|quarter|village|hamlet|suburb)\b"
)
