"""Names glued to other proper nouns: whether a gazetteer match is part of a person's or an
organisation's name rather than a place (a surface filter of :mod:`.find`).

- after a title ("Haj Askar") or beside a capitalised name word ("Ammar Saleh", "Amer
  al-Hussein"; and so are later bare mentions of the same name, person-like);
- before a unit's noun ("Quds Force") or an article opening a name ("Sada al-Sharqiya");
- hyphenated to a capitalised word ("Mayo-Sava", "Sud-Kivu"), but for a country or a place
  before a route word ("Syria-Iraq border", "the Raqqa-Aleppo road");
- ending a Romance-language name whose head is no place ("Carta de Moçambique").
Not glued: a name after a word capitalised only for opening the sentence ("Striking Mombasa
county workers", "Suspected Mandera raiders"), nor a town closing the name of its quarter
after a locative ("in Pir Colony Peshawar.", "in Manghopir Karachi,": thirty-first round).
A country keeps its sense, and so does a big place before a capitalised word ("Toronto
Transit Commission"); in headlines capitals say little.
"""

from __future__ import annotations

import re
from typing import TypeGuard

from ...shared.keys import ARTICLES, word_set
from ..surface import JOINERS, Match, TokenKind, opens_sentence
from ..tokens import Token, Tokens
from ..words import FACILITY_NOUNS, ROUTE_WORDS, STOPWORDS, TITLES, UNIT_NOUNS


def glued_to_name(
    tokens: Tokens,
    match: Match,
    token_kind: dict[int, TokenKind],
    headline: bool,
    big: bool,
    big_tokens: frozenset[int] = frozenset(),
) -> tuple[bool, bool]:
    """(reject, person-like) from the words right before and after the match.

    "Haj Askar", "Ammar Saleh", "Amer al-Hussein": part of a person's name (and so are later
    bare mentions of the same name). "Quds Force", "Sada al-Sharqiya": part of an organisation's
    name. A big place keeps its sense before a capitalised word ("Toronto Transit Commission").
    """
    if _hyphenated_to_a_name(tokens, match, token_kind):
        return True, False  # "Mayo-Sava", "Sud-Kivu": part of a longer name
    prev = tokens.before(match.first)
    nxt = _name_word_after(tokens, match)
    if prev is not None and prev.fold in TITLES:
        return True, not big
    if nxt is not None and nxt.cap and nxt.fold in UNIT_NOUNS and not _heads_an_item(tokens, match):
        return True, False
    if _before_descent(tokens, match):
        return True, True  # "Omar Ibn al-Khattab Mosque", "Bandar bin Sultan": a person
    if headline:
        return False, False
    if _after_romance_name(tokens, match, token_kind):
        return True, False  # "Carta de Moçambique reported": an outlet, not the town
    if token_kind.get(match.first) == "country":
        return False, False
    if (
        _names_on(prev, token_kind.get(match.first - 1))
        and prev.fold not in ARTICLES
        and not _after_an_opener(tokens, match)
        and not (big and _town_after_its_quarter(tokens, match, big_tokens))
    ):
        return True, not big
    if not big and _names_on(nxt, token_kind.get(match.last + 1)) and not nxt.upper:
        return True, False
    return False, False


def _heads_an_item(tokens: Tokens, match: Match) -> bool:
    """Whether the match opens its sentence before "Army units" or "Army and ...": a roundup's
    item headed by its place in a copy that lost the heading's line break ("Daraa Army units
    killed ...", "Lattakia Army and Armed Forces units thwarted ..."; forty-ninth round,
    clash69), not a militia named after a place ("Arakan Army fighters")."""
    army = match.last + 1
    if army + 1 >= len(tokens) or tokens[army].fold != "army":
        return False
    after = tokens[army + 1]
    return (
        not after.cap
        and after.fold in _ITEM_WORDS_AFTER_ARMY
        and opens_sentence(tokens.text, tokens[match.first].start)
    )


_ITEM_WORDS_AFTER_ARMY = word_set("units unit and")


# "ibn", "bin", "bint" between a person's name and his father's: "Omar Ibn al-Khattab",
# "Bandar bin Sultan", "Hamza bin Laden".
_DESCENT = word_set("ibn bin bint")


def _before_descent(tokens: Tokens, match: Match) -> bool:
    """Whether the match is a first name before "ibn"/"bin" and the father's name."""
    nxt = tokens.after(match.last)
    if nxt is None or nxt.fold not in _DESCENT or match.last + 2 >= len(tokens):
        return False
    father = tokens[match.last + 2]
    return father.cap or father.fold in ARTICLES


def _after_romance_name(tokens: Tokens, match: Match, token_kind: dict[int, TokenKind]) -> bool:
    """Whether the match ends a Romance-language proper name whose head is no place: "Carta
    de Moçambique", "Jornal de Angola", "Banco de Mexico" name an outlet or a firm (though
    "Carta" is also a village somewhere); the longest match has already taken the names that
    are places ("Rio de Janeiro"). Not after a unit's noun ("Departamento del Cauca", "Estado
    de Guerrero") nor after a place of several words ("San Jose de Apartado": a village named
    after its parish, the place read in both)."""
    connector = tokens.before(match.first)
    if connector is None or connector.fold not in _ROMANCE_CONNECTORS:
        return False
    head = tokens.before(match.first - 1)
    if not _names_on(head, token_kind.get(match.first - 2)) or head.fold in ARTICLES:
        return False
    if head.fold in _ROMANCE_UNIT_NOUNS:
        return False
    in_a_longer_place = (  # the head and the word a space before it both of a place's name
        token_kind.get(match.first - 2) == "place"
        and tokens.before(match.first - 2) is not None
        and token_kind.get(match.first - 3) == "place"
    )
    return not in_a_longer_place


_ROMANCE_CONNECTORS = frozenset({"de", "do", "da", "dos", "das", "du", "des", "del", "di"})
# The nouns of administrative units and settlements in Spanish, Portuguese, French and Italian:
# the name after them is the unit's ("Departamento del Cauca", "Provincia de Buenos Aires").
_ROMANCE_UNIT_NOUNS = frozenset(
    {
        "departamento", "departement", "département", "estado", "provincia", "província",
        "province", "municipio", "município", "municipalidad", "distrito", "district",
        "region", "región", "região", "regione", "comuna", "commune", "comune", "canton",
        "cantón", "parroquia", "corregimiento", "vereda", "prefectura", "prefecture",
        "prefettura", "ciudad", "cidade", "ville", "citta", "città", "pueblo", "aldea",
        "barrio", "bairro", "colonia", "comunidad", "localidad", "territorio", "territoire",
    }
)  # fmt: skip


def _name_word_after(tokens: Tokens, match: Match) -> Token | None:
    """The word after a match, an article and the capitalised word it opens read as one
    capitalised word: in "Sada al-Sharqiya", "Ein al-Furat" the name goes on."""
    nxt = tokens.after(match.last)
    if (
        nxt is not None
        and nxt.fold in ARTICLES
        and match.last + 2 < len(tokens)
        # With a space only "al"/"el" go on a name, as in ``scan``: "Nyeri at Kingongoo
        # prison" is a place and a prison, "Sada al Sharqiya" one name.
        and (
            tokens.gap(match.last + 1, match.last + 2) in JOINERS - {" "}
            or (tokens.gap(match.last + 1, match.last + 2) == " " and nxt.fold in ("al", "el"))
        )
        and tokens[match.last + 2].cap
    ):
        return tokens[match.last + 2]._replace(cap=True, upper=False)
    return nxt


def _hyphenated_to_a_name(tokens: Tokens, match: Match, token_kind: dict[int, TokenKind]) -> bool:
    """Whether a capitalised word is hyphenated to the match ("Mayo-Sava", "Sud-Kivu"), but for
    a country or a place before a route word ("Syria-Iraq border", "the Raqqa-Aleppo road")."""
    for index, (a, b) in (
        (match.first - 1, (match.first - 1, match.first)),
        (match.last + 1, (match.last, match.last + 1)),
    ):
        if not 0 <= index < len(tokens) or tokens.gap(a, b) != "-":
            continue
        word = tokens[index]
        if not word.cap or word.fold in ARTICLES or word.fold in STOPWORDS:
            continue
        kind = token_kind.get(index)
        if kind == "country" or (kind == "place" and _before_route_word(tokens, b)):
            continue
        return True
    return False


def _names_on(word: Token | None, kind: TokenKind | None) -> TypeGuard[Token]:
    """Whether a neighbouring word carries a proper name on ("Ammar Saleh"): capitalised, no
    stopword or title, no country or demonym ("Syria Hama" is two places), no province's noun
    ("Kherson Oblast", "Tillaberi Prefecture" name the province, as "Idlib Province" does)."""
    return (
        word is not None
        and word.cap
        and word.fold not in STOPWORDS
        and word.fold not in TITLES
        and word.fold not in _PROVINCE_NOUNS
        and kind not in ("country", "demonym")
    )


# The nouns of a first-level unit that STOPWORDS lacks ("province", "region", "state" are in
# it); "department" is left out: "the Justice Department" names an office.
_PROVINCE_NOUNS = word_set("oblast oblasts prefecture prefectures wilaya wilayas governate")


def _before_route_word(tokens: Tokens, index: int) -> bool:
    """Whether the hyphenated chain of names around token ``index`` precedes "road"..."""
    while index + 1 < len(tokens) and tokens.gap(index, index + 1) == "-":
        index += 1
    after = tokens.word_after(index)
    return after is not None and tokens[after].fold in ROUTE_WORDS


# Words that open a report's sentence before the people of a place, capitalised only for
# opening it: "Striking Mombasa county workers", "Suspected Mandera raiders", "Angry Kisumu
# residents", "Two Nyeri traders". Participles in "-ing" count too ("Protesting", "Rioting").
_OPENERS = word_set(
    """
    suspected alleged armed angry irate rival unknown unidentified masked local several hundreds
    dozens thousands scores disgruntled aggrieved displaced enraged furious frustrated agitated
    jobless unemployed two three four five six seven eight nine ten twelve twenty
    """
)


def _after_an_opener(tokens: Tokens, match: Match) -> bool:
    """Whether the word before the match is a common word capitalised because it opens the
    sentence: "Striking Mombasa county workers took to the streets" is Mombasa."""
    j = tokens.word_before(match.first)
    if j is None or not opens_sentence(tokens.text, tokens[j].start):
        return False
    word = tokens[j].fold
    return word in _OPENERS or (len(word) >= 7 and word.endswith("ing"))


# Where a run of names may open that ends with its town: "in Pir Colony Peshawar".
_QUARTER_LOCATIVES = word_set("in at near outside inside around")
# What may follow the town that closes the run: the sentence or clause goes on, no longer name.
_AFTER_THE_RUN = re.compile(r"(?:[.,;:)]|\s+[a-z]|\s*$)")


def _town_after_its_quarter(tokens: Tokens, match: Match, big_tokens: frozenset[int]) -> bool:
    """South Asian reports write a quarter before its town with no comma: "shot dead in Pir
    Colony Peshawar", "an encounter in Manghopir Karachi". A run of one to three capitalised
    words after a locative, closed by a big city (the caller's ``big``) and then a clause's
    end, names the quarter and its city; a person's name is not told "in" ("in George
    Washington's" has a possessive). Not after a country or a big city ("in Aleppo Hama
    Damascus" is a list, left to the list readers). Smaller towns are left glued: the last
    word of a quarter's own name is often a village somewhere ("in Barangay Lawa,", "in Karwan
    Bazar,")."""
    if tokens.content(match)[-1].fold in FACILITY_NOUNS | UNIT_NOUNS | TITLES:
        return False
    if _AFTER_THE_RUN.match(tokens.text, tokens[match.last].end) is None:
        return False
    j = match.first
    for _ in range(3):
        k = tokens.word_before(j)
        if k is None:
            return False
        word = tokens[k]
        if _locative(tokens, k):
            return j < match.first
        if not word.cap or word.fold in STOPWORDS or word.fold in TITLES or word.upper:
            return False
        if k in big_tokens:
            return False  # "in Aleppo Hama Damascus": a list of cities, no quarter
        j = k
    k = tokens.word_before(j)
    return k is not None and _locative(tokens, k)


def _locative(tokens: Tokens, index: int) -> bool:
    """ "in", "at" (capitalised only where it opens the sentence: "In Pir Colony Peshawar")."""
    word = tokens[index]
    return word.fold in _QUARTER_LOCATIVES and (
        not word.cap or opens_sentence(tokens.text, word.start)
    )
