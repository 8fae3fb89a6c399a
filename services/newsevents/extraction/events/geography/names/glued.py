"""The names of a list of Arabic place names that lost its commas: "the districts of al-Wadi
al-Nour al-Rashid and al-Bustan" names four neighbourhoods, "in Tibet al-Imam al-Masasneh
Morek Kafr Zita and Jana al-Ulbawi" five towns.

Agency texts (SANA, FNA, Al-Manar) lost the commas of their lists, and their villages are
mostly absent from the gazetteer, so a list reads as one long capitalised name. The names of
such a list follow the shape of Arabic toponyms, which tells where one ends:

- a name has at most one word with its own article: "Tibet al-Imam", "Jana al-Ulbawi";
  "al-Masasneh al-Lahaya" is two names;
- an adjective of bearing, size or age belongs to the name before it: "Deir al-Hajar
  al-Gharbi", "Qoraa al-Kabireh", "Sfeira Tahtani", "Homs al-Jadida";
- a generic first word (village, hill, well, spring, ruin, plain ...) takes the word after it:
  "Kafr Zita", "Tal al-Samn", "Khirbet Ghazala", "Maarat al-Numan";
- a number belongs to the name before it ("Mazzeh 86");
- otherwise a word after a name with an article opens the next name ("al-Zakat Haseria");
- an English bearing ends the name before it: "Jazlun Western Qasr al-Ghuzlan".

Such lists after a plural place noun are found by :func:`glued_lists`.

Two plain words with no generic first word ("Qazi Askar") stay one name: as often one name of
two words as two names. Two pieces the gazetteer knows as one settlement ("Khan Sheikhoun",
"Deir Hafer", "Ras al-Ain") stay one name (:func:`list_names`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from ....document import LOCAL_PRECISIONS, PlacePrecision
from ....places.reading.words import ARABIC_GENERIC

# The generic first words of Arabic toponyms, and "Karm" (a vineyard: "Karm al-Jabal", "Karm
# Houmad", the quarters of Aleppo), which the releases glue to its article: "Karm Aljabal".
_GENERIC = ARABIC_GENERIC | {"karm"}

# Adjectives that end an Arabic toponym (bearing, size, age, height), with or without article,
# in the spellings of the agencies.
_ADJECTIVES = re.compile(
    r"(?:(?:al|el|Al|El)[- ]|Al(?=[a-z]))?(?:"
    r"[Gg]harb(?:i|y|ie|ieh|iya|iyah|iyeh|yia|yiah|iyya)?|"
    r"[Ss]harq(?:i|y|ie|ieh|iya|iyah|iyeh|yia|iyya)?|"
    r"[Ss]hamal(?:i|y|ie|ieh|iya|iyah|iyeh|yia|iyya)?|"
    r"[Jj]a?no?ub(?:i|y|ie|ieh|iya|iyah|iyeh|yia|iyya)?|"
    r"[Qq]ibl(?:i|y|ie|iya|iyeh)|[Ww]ust(?:a|ani)|"
    r"[Kk]ab(?:ir|eer|ira|ireh|eera|eereh)|[Kk]ubr[ao]|"
    r"[Ss]agh(?:ir|eer|ira|ireh|eera|eereh)|[Ss]ughr[ao]|"
    r"[Jj]ad(?:id|eed|ida|ideh|eeda|eedeh)|[Qq]ad(?:im|eem|ima|imeh|eema)|"
    r"[Ff]o?u?q(?:ani|aniya|aniyeh)|[Tt]aht(?:ani|aniya|aniyeh)|"
    r"[Aa]ula|[Tt]haniy?a|"
    r"[Aa]radi"  # "the lands of": "al-Hamidiyeh al-Aradi"
    r")"
)
_ARTICLE = re.compile(r"^(?:al|el|Al|El|ad|ar|as|ash|at|az|an|ez)[- ][A-Z]")
# An article written glued to its word, as the opposition's releases spell their villages:
# "Alhabeet", "Allataminah", "Khan Alsibil", "Ard Alhamra" are "al-Habeet", "al-Lataminah" ...
# A consonant of Arabic after "Al" and four lowercase letters or more: "Aleppo", "Alawite",
# "Alvarez", "Alcantara" are no such words.
_GLUED_ARTICLE = re.compile(r"Al[bdfghjklmnqrstwyz][a-z]{3,}")
# An article written apart is a word of the name it opens: "Tal Al Senowbarat Al Qarasi".
_WORD = re.compile(r"(?:(?:Al|El|al|el)\s+(?=[A-Z]))?\S+")


def split_names(text: str) -> list[tuple[int, int]]:
    """The (start, end) offsets in ``text`` of the names of a run of capitalised words that
    lost the commas between them (see the module's rules)."""
    names: list[tuple[int, int]] = []
    words: list[str] = []  # the words of the current name
    for match in _WORD.finditer(text):
        word = match.group()
        if words and _joins(words, word):
            words.append(word)
            names[-1] = (names[-1][0], match.end())
            continue
        words = [word]
        names.append((match.start(), match.end()))
    return names


def list_names(text: str) -> list[tuple[int, int]]:
    """The names of a run that lost its commas: cut by the shape of its names
    (:func:`split_names`), two pieces the gazetteer knows whole as one settlement or
    neighbourhood kept one name ("Tal Al Senowbarat Al Qarasi" cuts after "Senowbarat", "Khan
    Sheikhoun" stays whole); a piece of plain words that the gazetteer reads as settlements of
    one province, each of them, cut into them ("Saraqeb Binnish Taftanaz": three Idlib towns)."""
    names: list[tuple[int, int]] = []
    for first, last in split_names(text):
        if names and _regions(text[names[-1][0] : last]):
            names[-1] = (names[-1][0], last)
        else:
            names += _known_pieces(text, first, last)
    return names


def _known_pieces(text: str, first: int, last: int) -> list[tuple[int, int]]:
    """The piece ``text[first:last]`` cut into settlements of one province the gazetteer
    knows, each of one to three words, or the piece whole when it cannot be so cut."""
    words = [(first + m.start(), first + m.end()) for m in _WORD.finditer(text[first:last])]
    if len(words) < 2 or _regions(text[first:last]):
        return [(first, last)]
    pieces: list[tuple[int, int]] = []
    shared: frozenset[tuple[str, str]] | None = None
    at = 0
    while at < len(words):
        for size in (3, 2, 1):  # the longest known name first
            if at + size > len(words):
                continue
            regions = _regions(text[words[at][0] : words[at + size - 1][1]])
            if regions and (shared is None or regions & shared):
                shared = regions if shared is None else regions & shared
                pieces.append((words[at][0], words[at + size - 1][1]))
                at += size
                break
        else:
            if len(pieces) >= 2:
                # "Sarmin Taftanaz Binnish Al-Nairab": known towns of one province, then a name
                # the gazetteer lacks, the list's next name (forty-eighth round, list68)
                return [*pieces, (words[at][0], words[-1][1])]
            return _plain_pieces(text, words) or [(first, last)]
    return pieces


# A name of plain words is one or two words ("Qazi Askar", "Turkmen Bari", "Ruwaiha Sultan"):
# a piece of three or more plain words, none a generic first word nor an article (those
# :func:`split_names` cut on already), is a list of names that lost its commas ("in Kels
# Shahroura Sarraf and Hajjar", "the area of Ziyadiyah Bahrutah Duvaybik Aktharin and Turkmen
# Bari"), as agency texts stripped of commas tell villages the gazetteer mostly lacks.
_MOST_PLAIN_WORDS = 2


def _plain_pieces(text: str, words: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A piece of three or more plain words cut into its names: a first or last word the
    gazetteer knows alone as a settlement is one name and the rest another ("Akhtarin | Turkmen
    Bari"); with none known, each word is a name. Nothing (the piece stays whole) for a piece
    of two words or one with a word that is no plain word of a name."""
    if len(words) <= _MOST_PLAIN_WORDS or not all(
        _PLAIN.fullmatch(text[a:b])
        and not _GLUED_ARTICLE.fullmatch(text[a:b])
        and text[a:b].lower() not in _SITE_WORDS
        for a, b in words
    ):
        return []
    if _regions(text[slice(*words[0])]):
        return [words[0], (words[1][0], words[-1][1])]
    if _regions(text[slice(*words[-1])]):
        return [(words[0][0], words[-2][1]), words[-1]]
    return list(words)


# A plain word of a name: capitalised, letters only (no article, hyphen or number), of four
# letters or more. Names of one-syllable words of three letters are of another shape, whose
# names run to three words ("Shi Paw Lain", "Nam Lin Par" in an ACLED note from Myanmar): a
# run holding such a word is one name.
_PLAIN = re.compile(r"[A-Z][a-z]{3,}")


@lru_cache(maxsize=4096)
def _regions(name: str) -> frozenset[tuple[str, str]]:
    """The provinces (country, admin1) where the gazetteer knows ``name`` as a settlement or
    neighbourhood, under one of its spellings (no looser key: "al-Zakat Haseria" is no
    known name because a looser key finds one)."""
    from ....places.gazetteer import gazetteer  # the geoparser reads the events' words
    from ....places.shared.keys import light_key

    places = gazetteer()
    return frozenset(
        (place.country_code, place.admin1)
        for place in (places.places[i] for i in places.lookup(light_key(name)))
        if place.precision in LOCAL_PRECISIONS and place.admin1
    )


# The capitalised noun of a site that closes the name before it (forty-eighth round, shell68):
# "al-Neel Street", "Saadallah al-Jabiri Square", "al-Wafideen Camp" are one place each, not a
# name and a place called "Street" (a bulletin's "on al-Neel Street and al-Midan
# neighbourhoods" had three shellings, one at "Street").
_CLOSING_NOUNS = frozenset(
    "street square road roundabout camp bridge park avenue circle highway".split()
)


def _joins(words: list[str], word: str) -> bool:
    """Whether ``word`` belongs to the name whose words so far are ``words``."""
    if word.isdigit() or _ADJECTIVES.fullmatch(word) or word.lower() in _CLOSING_NOUNS:
        return True
    if word in _BEARINGS:
        # an English bearing qualifies the name after it, it ends the one before: "Jazlun
        # Western Qasr al-Ghuzlan" is Jazlun and (western) Qasr al-Ghuzlan; "Eastern Ghouta" stays
        # one name (fifty-first round, list71)
        return False
    if all(_bare(w) in _GENERIC for w in words):
        return True  # "Kafr Zita", "Tal al-Samn", "Khirbet Ghazala"
    if _bare(words[0]) in _GENERIC:
        return False  # "Daret Ezza al-Mansoura": the generic word took its name
    if any(_with_article(w) for w in words):
        return False  # "al-Masasneh al-Lahaya", "al-Zakat Haseria": the next name
    if _ARTICLE.match(word):
        return True  # "Tibet al-Imam", "Jana al-Ulbawi"
    if _GLUED_ARTICLE.fullmatch(word):
        # a release's glued article opens the next name after a plain one ("Talbeesah Alsien",
        # "Kafrnabouda Alhabeet"); a generic word took it above ("Khan Alsibil", "Karm Aljabal")
        return False
    # "Ruwaiha Sultan" stays one name; a generic word opens the next ("Morek Kafr Zita")
    return _bare(word) not in _GENERIC


# English bearings, written before the name they qualify.
_BEARINGS = frozenset({"Eastern", "Western", "Northern", "Southern"})


def _with_article(word: str) -> bool:
    """Whether ``word`` opens on an Arabic article, written apart, hyphenated or glued."""
    return bool(_ARTICLE.match(word) or _GLUED_ARTICLE.fullmatch(word))


def generic_word(word: str) -> bool:
    """Whether ``word`` is a generic first word of an Arabic toponym ("Kafr", "Tal", "Deir")."""
    return _bare(word) in _GENERIC


def _bare(word: str) -> str:
    return re.sub(r"^(?:al|el)[- ]", "", word.lower())


# A capitalised word of a name (as :mod:`.localities` reads one): a possessive or a day of the
# week ends the name.
_PART = (
    r"(?:(?:al|el|Al|El)-)?(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"[A-Z][\w-]*(?:['’](?!s\b)[\w-]+)*"
)
# The plural nouns of settlements; the other nouns of a list name neighbourhoods.
_SETTLEMENTS = ("villages", "towns", "cities", "hamlets", "communities", "hilltops", "hills")
# A list after a plural place noun written without commas, as agency texts stripped of them and
# feeds pulled from broken markup or all-caps wires tell it: "the neighborhoods of al-A al-B
# and al-C", "the villages of A al-Kabireh A al-Saghireh and B", "the axes of al-A B and al-C",
# "the surroundings of A B al-C"; "villages including A B and C" too (twenty-fourth round,
# missed44; twenty-eighth, lists48). Its runs of names are cut where one name ends
# (:func:`.glued.list_names`: the shape of Arabic toponyms, a name the gazetteer knows whole
# kept whole). Only a list with no comma in it: where the writer kept them, a run between two
# commas is one name ("the neighbourhoods of al-Hajar al-Aswad, Yarmouk and al-Tadamon").
# (an article that lost its hyphen is a word of the name: "Tel alKhadar")
# (up to 24 words: a bulletin's "villages of" names a dozen villages of two words each, read
# whole, not cut after its twelfth word: fifty-first round, list71)
_RUN = rf"{_PART}(?:\s+(?:(?:al|el)\s+)?(?:{_PART}|(?:al|el)[A-Z][\w-]*|[0-9]+(?![\w.]))){{0,23}}"
_GLUED = re.compile(
    r"\b(?P<kind>neighbou?rhoods|quarters|districts|suburbs|areas|localities|villages|towns|cities"
    r"|hamlets|communities|hilltops|hills|axes|surroundings|outskirts|environs"
    # a singular noun of where, before a list closed by "and": "in the area of A B and C",
    # "in the surrounding of Tal A Tal B and C"
    r"|(?P<one>area|region|vicinity|surrounding))"
    # (or a colon: "the following villages: A B and C"; fiftieth round, raid70)
    r"(?:\s+(?:of|including|such\s+as)\s+(?:the\s+)?|\s*:\s+)"
    rf"(?P<names>{_RUN}(?:\s+(?P<and>and|as\s+well\s+as)\s+{_RUN})*)"
)
_RUN_OF = re.compile(_RUN)
# A comma and a capitalised word after the list: the list goes on, its writer kept the commas.
_LIST_GOES_ON = re.compile(r"\s*,\s*(?:(?:al|el)-)?[A-Z]")
# A list of more names is a campaign over a city's quarters, told as one act at the city ("the
# warplanes targeted the districts of" a dozen names): its names are not cut.
_MOST_NAMES = 6
# A list of towns or villages is the places a day's raids hit, each one event, however many an
# opposition release names ("targeted the towns and villages of" ten names; forty-eighth round,
# list68): up to twelve names.
_MOST_SETTLEMENTS = 12
# The nouns of surroundings: what they name is a spot around a place, a town's precision.
_SURROUNDINGS = ("surroundings", "outskirts", "environs", "axes", "vicinity", "surrounding")
# Words of a site or of a common noun written capitalised: a list that holds one names a site
# ("the vicinity of Deir Ezzor Military Airport", "the areas of Mughambo University City"), not
# places of their own; it is read as before.
_SITE_WORDS = frozenset(
    """military airport airbase base university city college academy school hospital square
    street road roundabout bridge mosque church prison hotel station camp gate market factory
    plant field farm dam highway countryside province governorate palace building project
    """.split()
)


def glued_lists(text: str) -> list[tuple[int, int, PlacePrecision, int]]:
    """The names of the lists after a plural place noun that lost their commas (``_GLUED``),
    each list of two to six names: (start, end, precision, where the list's noun starts).
    Whether the list is an origin and a name names a place are read by :mod:`.localities`."""
    found: list[tuple[int, int, PlacePrecision, int]] = []
    for match in _GLUED.finditer(text):
        if _LIST_GOES_ON.match(text, match.end()) or (
            match.group("one") and not match.group("and")
        ):
            continue
        if any(word.lower() in _SITE_WORDS for word in match.group("names").split()):
            continue
        offset = match.start("names")
        names = [
            (offset + run.start() + first, offset + run.start() + last)
            for run in _RUN_OF.finditer(match.group("names"))
            for first, last in list_names(run.group())
        ]
        kind = match.group("kind")
        most = _MOST_SETTLEMENTS if kind in _SETTLEMENTS else _MOST_NAMES
        if not 2 <= len(names) <= most:
            continue
        precision: PlacePrecision = (
            "neighbourhood"
            if kind not in _SURROUNDINGS and not match.group("one") and kind not in _SETTLEMENTS
            else "town"
        )
        found += [(start, end, precision, match.start()) for start, end in names]
    return found
