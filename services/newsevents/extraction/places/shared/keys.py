"""Name keys of places: the normalisation shared by the gazetteer index and the matcher.

Every name has two keys: the exact spelling (folded: no diacritics, apostrophes or Arabic
articles, "Deir ez-Zor" -> "deirzor": :func:`light_key`) and a transliteration-folded key
(:func:`name_key`: vowels and doubled letters folded too), so that "Deir Ezzor", "Dayr az Zawr"
and "Deir al-Zour" meet.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

from ...vocabulary import PLACE_ARTICLES


def word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Where Arabic-script names are transliterated many ways ("al-X"): the Arab world and its
# neighbours.
ARABIC_NAMES = word_set(
    "AE BH DZ EG IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE DJ EH IL IR TR AF PK TD ER "
    "ML NE"
)
ARTICLES = PLACE_ARTICLES
# Lowercase words allowed inside a multi-word name ("Rio de Janeiro", "Gulf of Aden").
CONNECTORS = ARTICLES | word_set(
    "de del della da das do dos di du la le les los las lez au aux sur sous y e of on upon "
    "am an im der den van von ter ten bin ibn"
)
_FOLD_TABLE = str.maketrans(
    {
        "\u0131": "i",
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ð": "d",
        "þ": "th",
        "ß": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ħ": "h",
        "'": None,
        "\u2019": None,
        "\u2018": None,
        "`": None,
        "\u00b4": None,
        "\u02bf": None,
        "\u02be": None,
        "\u02bc": None,
        ".": None,
    }
)
_AY = re.compile(r"ei|ey|ai")
_DOUBLE = re.compile(r"(.)\1+")
_FINAL_H = re.compile(r"(?<=..)[ai]h$")
# "Kfar" and "Kafar" are the Levant's spellings of "Kafr" (village): "Kfar Zeita" is Kafr Zayta.
_KAFR = re.compile(r"^ka?far(?=[a-z]{3})")
# "Tel" and "Tell" are the Levant's and Iraq's spellings of "Tall" (hill, opening many names):
# "Tel Tamr" is Tall Tamr, "Tell Abyad" Tall Abyad (forty-seventh round, place67).
_TALL = re.compile(r"^tel+(?=[a-z]{3})")
NAME_TOKEN = re.compile(r"[^\W_]+")


# The words of a text and their runs repeat within an article and across articles: both keys
# are pure functions of a string, so they are kept for the next time (a bounded cache).
@lru_cache(maxsize=1 << 16)
def fold(token: str) -> str:
    """Lowercase, without diacritics and apostrophes ("Ma`dan" -> "madan")."""
    if not token.isascii():
        decomposed = unicodedata.normalize("NFKD", token.translate(_FOLD_TABLE))
        token = "".join(c for c in decomposed if not unicodedata.combining(c))
    return token.translate(_FOLD_TABLE).lower()


@lru_cache(maxsize=1 << 16)
def loose_of_light(joined: str) -> str:
    s = _KAFR.sub("kafr", joined)
    s = _TALL.sub("tal", s)
    s = s.replace("ou", "u").replace("oo", "u").replace("ee", "i")
    s = _AY.sub("ay", s)
    s = s.replace("q", "k").replace("dh", "d").replace("dj", "j")
    s = s.replace("e", "i").replace("o", "u")
    s = _DOUBLE.sub(r"\1", s)
    s = _FINAL_H.sub("a", s)
    if s.endswith("y"):
        s = s[:-1] + "i"
    return s


def light_of_folds(folds: Iterable[str]) -> str:
    """Folded words joined, without Arabic articles: the exact-spelling key."""
    parts: list[str] = []
    for part in folds:
        if part in ARTICLES:
            continue
        # An article glued to a sun letter inside a name: "Deir Ezzor" -> "deir" + "zor".
        if (
            parts
            and len(part) > 4
            and part[0] in "ae"
            and part[1] == part[2]
            and part[1] in "tdrzsnl"
        ):
            part = part[2:]
        parts.append(part)
    return "".join(parts)


def key_of_folds(folds: Iterable[str]) -> str:
    return loose_of_light(light_of_folds(folds))


@lru_cache(maxsize=4096)
def name_key(name: str) -> str:
    """The loose key of a name: equal for transliteration variants ("Deir Ezzor", "Dayr az
    Zur", "Deir al-Zour" -> "dayrzur")."""
    return key_of_folds(NAME_TOKEN.findall(fold(name)))


def light_key(name: str) -> str:
    """The exact-spelling key of a name ("Deir ez-Zor" -> "deirzor")."""
    return light_of_folds(NAME_TOKEN.findall(fold(name)))
