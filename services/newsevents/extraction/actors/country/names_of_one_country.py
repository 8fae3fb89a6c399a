"""The country of the names the gazetteer knows in one country only (``country_of_names``).

A short note often names no place the geoparser takes, yet a small town, a district or a province
of one country only ("Protesters from West Pokot", "locals of Maharashtra") says which country it
is about. Names told as places ("in Binodpur", "Nyatike district") outweigh bare capitalised words;
words of a longer name, of a person's name or before followers are no place.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING

from ...document import ActorMention, Span, SpanIndex

if TYPE_CHECKING:
    from ...places.gazetteer.place import Place
    from ...places.reading.surface import Match
    from ...places.reading.tokens import Tokens


# A name told as a place: after a preposition of place ("in Binodpur", "from the Rakwana area")
# or before a noun of a place or of its people ("Nyatike district", "Lodwar residents"). A bare
# capitalised word ("the State Advised Price", "Bailey Road") is a place name by chance more
# often, so one told as a place outweighs any number of bare ones.
_TOLD_AS_PLACE = 1000


@cache
def _place_words() -> tuple[frozenset[str], frozenset[str]]:
    """The prepositions before a place and the nouns after one."""
    # The geoparser reads the actor dictionary: imported here, not at the top.
    from ...places.reading.words import ADMIN1_WORDS, LOCALITY_WORDS, PEOPLE_NOUNS, SETTLEMENT_WORDS
    from ...places.shared.keys import word_set

    before = word_set("in at near outside around inside from of to across into towards within")
    after = ADMIN1_WORDS | SETTLEMENT_WORDS | LOCALITY_WORDS | PEOPLE_NOUNS | {"county", "area"}
    return before, after


# A town smaller than this, named only as a later word of a longer capitalised name, is a word
# of that name ("Mysore Paper Mills", "Ambedkar Circle", "the Deputy Commissioner", "Charlie
# Hebdo Magazine": small American towns), not the note's country; a region or a bigger town
# named inside a name still tells it ("All Assam Students Union", "Bruhat Bangalore Mahanagara
# Palike"). A town of some ten thousand is as often a word of a place the gazetteer lacks ("Khan
# Tuman" in Syria, whose "Tuman" is an Albanian town's other name; air62): only a town of
# 50,000 or more tells it (of 20,000, 50,000 and 100,000, the one that named the most ACLED
# notes' countries right), though a town of ten thousand still makes the word a name of
# several countries.
_NAME_WORD_PLACE = 10_000
_NAME_WORD_TOWN = 50_000


def _small(place: Place, population: int) -> bool:
    """A town (no region) of fewer than ``population`` people."""
    from ...places.gazetteer import Kind

    return place.kind not in (Kind.ADMIN1, Kind.ADMIN2) and place.population < population


def _inside_a_name(tokens: Tokens, match: Match) -> bool:
    """Whether ``match`` follows another capitalised word of the same name (one space apart),
    not a word of a place's own ("Lake Naivasha", "West Pokot")."""
    if match.first == 0:
        return False
    before = tokens[match.first - 1]
    if not before.cap or before.upper or tokens.gap(match.first - 1, match.first) != " ":
        return False
    from ...places.reading.words import DIRECTIONS

    _, nouns = _place_words()
    return before.fold not in nouns and before.fold not in DIRECTIONS and before.fold not in {
        "lake", "mount", "mt", "river", "port", "saint", "st", "san", "santa", "fort", "new",
        "el", "al", "ras", "tel", "tell", "wadi", "jebel", "jabal", "bir", "kafr", "deir",
    }  # fmt: skip


def _after_a_title(tokens: Tokens, match: Match) -> bool:
    """A word of a person's name: after a title, or after a capitalised word after one ("Prof
    David Serem", "Mr Ochieng")."""
    from ...places.reading.words import TITLES

    index = match.first - 1
    for _ in range(2):
        if index < 0 or not tokens[index].cap:
            return False
        if tokens[index].fold in TITLES:
            return True
        index -= 1
    return False


def _before_followers(tokens: Tokens, match: Match) -> bool:
    """A party's, a candidate's or a symbol's name before its followers ("Jubilee supporters",
    "Boat supporters"): no place of any country."""
    from ...places.reading.words import FOLLOWER_NOUNS

    after = tokens.after(match.last)
    return after is not None and not after.cap and after.fold in FOLLOWER_NOUNS


def _told_as_place(tokens: Tokens, match: Match) -> bool:
    locatives, nouns = _place_words()
    before = tokens.word_before(match.first)
    if before is not None and tokens[before].fold == "the":
        before = tokens.word_before(before)
    if before is not None and tokens[before].fold in locatives:
        return True
    after = tokens.after(match.last)
    return after is not None and after.fold in nouns


def country_of_names(
    text: str, actors: Iterable[ActorMention], *, told_only: bool = False
) -> str | None:
    """The commonest country among the names the gazetteer knows in one country only, spelled
    exactly so, those told as places first (with ``told_only``, only those); not a name an
    actor holds ("Police" is a town in Poland) nor a single word opening a sentence ("Mob kills
    a thief"). None on a tie."""
    # The geoparser reads the actor dictionary: imported here, not at the top, to break the cycle.
    from ...places.gazetteer import Kind, gazetteer
    from ...places.reading.surface import admissible, opens_sentence, scan
    from ...places.reading.tokens import tokenise

    # A people, a region of the world or a country (which the geoparser takes) say nothing here.
    not_local = (Kind.DEMONYM, Kind.SUPRANATIONAL, Kind.COUNTRY)
    gaz = gazetteer()
    places = gaz.places
    tokens = tokenise(text)
    taken = SpanIndex(a.span for a in actors)
    votes: Counter[str] = Counter()
    for match in scan(tokens, gaz):
        span = Span(tokens[match.first].start, tokens[match.last].end)
        if (
            taken.overlaps(span)
            or (match.first == match.last and opens_sentence(text, span.start))
            or _after_a_title(tokens, match)
            or _before_followers(tokens, match)
        ):
            continue
        in_a_name = _inside_a_name(tokens, match)
        readings = [
            places[i]
            for i in admissible(tokens, match, gaz)
            if places[i].kind not in not_local and i not in match.loose_only
        ]
        countries = {
            p.country_code for p in readings if not (in_a_name and _small(p, _NAME_WORD_PLACE))
        }
        # (a town of some ten thousand still makes a name of several countries: "Mine" is a
        # Japanese town and a parish of Saint Lucia; inside a name, only a city or a region
        # of the one country tells it)
        if len(countries) != 1 or (
            in_a_name
            and all(_small(p, _NAME_WORD_TOWN) for p in readings if p.country_code in countries)
        ):
            continue
        # A name told as a place outweighs any number of bare capitalised words.
        votes[countries.pop()] += _TOLD_AS_PLACE if _told_as_place(tokens, match) else 1
    top = votes.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    if told_only and top[0][1] < _TOLD_AS_PLACE:
        return None  # bare capitalised words only
    return top[0][0]
