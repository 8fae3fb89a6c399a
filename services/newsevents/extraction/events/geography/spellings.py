"""One place spelled two ways: "Tariq al-Bab" and "Tareeq al-Bab", "Khan Shaykun" and "Khan
Sheikhun", "al-Quria" and "al-Quriyah".

Arabic names reach English in several transliterations, often two in one wire story (a
caption and the body), and the gazetteer holds some of them twice, as two entries a few
kilometres apart. A spelling's key drops what transliterations vary without changing the
name: the article ("al-", "el-"), the length of a vowel ("ee", "oo", "ou"), "ei" for "ay",
"iya" for "ia", the "h" of a digraph ("kh", "sh") or of a closing "-ah", and doubled letters.
A vowel of another colour is another name ("Ebtaa" and "Ibtaa" keep apart, as do "al-Midan"
and "al-Madina"): villages of one district, which the gazetteer lacks and places at the
district's centre, are often named alike. That is why this key is not
:func:`places.shared.keys.name_key`, the gazetteer's looser key for matching a name to its
entries, which folds vowel colour too ("e" to "i", "o" to "u") and so would join "Ebtaa" and
"Ibtaa".
"""

from __future__ import annotations

import re

from ...document import PlaceMention
from ...places.shared.geometry import haversine_km

# Two entries of one place in the gazetteer lie this close (Khan Shaykhun's two: 3.4 km).
_SAME_SPOT_KM = 5.0
# An article before a name, joined or written apart: "al-Bab", "el Sultan", "ash-Sheikh".
_ARTICLE = re.compile(r"\b(?:a|e)[lrdstnz]h?(?:-|\s+)")
_DIGRAPH = re.compile(r"([kstdgz])h")
_FINAL_H = re.compile(r"(?<=[aeiouy])h\b")
_LONG_VOWELS = (("ee", "i"), ("oo", "u"), ("ou", "u"), ("ei", "ay"), ("iya", "ia"))
_FINAL_E = re.compile(r"e\b")
_DOUBLED = re.compile(r"([a-z])\1+")
_NOT_LETTERS = re.compile(r"[^a-z]+")


def spelling_key(name: str) -> str:
    """What the transliterations of a name share: "Tareeq al-Bab" and "Tariq al-Bab" both
    give "tariq bab"."""
    text = _ARTICLE.sub(" ", " " + name.lower().replace("’", "'"))
    text = _NOT_LETTERS.sub(" ", text)
    text = _FINAL_H.sub("", _DIGRAPH.sub(r"\1", text))
    # the closing "-eh", "-ah", "-e", "-a" of one Arabic ending, and "ai" for "ay"
    # ("al-Sulaimaniyeh", "Sulaymaniyah"; forty-eighth round, shell68)
    text = _FINAL_E.sub("a", text).replace("ai", "ay")
    for long, short in _LONG_VOWELS:
        text = text.replace(long, short)
    return " ".join(_DOUBLED.sub(r"\1", text).split())


# A short name's key ("Duma", "Dama") is too little to tell two places apart.
_KEY_MIN = 4


def one_name(a: str, b: str) -> bool:
    """Whether two names are one spelled two ways: the same :func:`spelling_key`, of
    :data:`_KEY_MIN` letters at least."""
    key = spelling_key(a)
    return len(key.replace(" ", "")) >= _KEY_MIN and key == spelling_key(b)


def same_spot(a: PlaceMention, b: PlaceMention) -> bool:
    """Two local places of one country, of one kind, whose names are one spelled two ways and
    which lie a few kilometres apart at most (a locality the gazetteer lacks sits at the
    place around it, so two spellings of one neighbourhood share its city's point)."""
    if a.country_code != b.country_code or a.precision != b.precision:
        return False
    if a.precision not in ("town", "neighbourhood", "point", "region"):
        return False
    if not one_name(a.name, b.name):
        return False
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) <= _SAME_SPOT_KM


def one_spelling(places: list[PlaceMention]) -> list[PlaceMention]:
    """The places with each spot named once: of two spellings of one place (:func:`same_spot`)
    the first told stays, unless only the other is an entry of the gazetteer with an id
    ("Khan Sheikhun", read as Khan Shaykhun, over the bare "Khan Shaykun")."""
    kept: list[PlaceMention] = []
    for place in places:
        twin = next((k for k in kept if same_spot(k, place)), None)
        if twin is None:
            kept.append(place)
        elif twin.geonames_id is None and place.geonames_id is not None:
            kept[kept.index(twin)] = place
    return kept
