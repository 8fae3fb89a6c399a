"""The words that name a country: its adjective, possessive and short forms ("Turkish",
"Israel's", "US") and its names, read by the state forces (:mod:`.forces`) and every stage that
tells a country from a word.
"""

from __future__ import annotations

from functools import cache

from ...places.gazetteer.sources import demonym_rows
from ...prefilter import first_char_alternation
from ..dictionary import country_names

# Short forms of demonyms that also name peoples living in neighbouring countries.
_PEOPLES_ACROSS_BORDERS = frozenset({"Serb", "Croat", "Kazakh", "Uzbek", "Tajik", "Kyrgyz", "Lao"})
# Short forms ACLED and the press use for countries with long names.
_SHORT_NAMES = {
    "US": "US",
    "U.S.": "US",
    "UK": "GB",
    "American": "US",
    "British": "GB",
    # (the South Asian press's short form: "Pak Army", "Pak troops")
    "Pak": "PK",
}


@cache
def all_country_words() -> dict[str, str]:
    """Adjective, possessive and short forms of each country -> its code ("Turkish": "TR",
    "Israel's": "IL", "US": "US")."""
    words: dict[str, str] = {}
    for code, name in country_names().items():
        words[f"{name}'s"] = code
        words[f"{name}’s"] = code
        # (copy stripped of its apostrophes: "Russias military", "Turkeys army"; only before a
        # force's noun, so no plural of a name is read)
        if not name.endswith("s"):
            words.setdefault(f"{name}s", code)
    for code, demonym, _forms in demonym_rows():
        words.setdefault(demonym, code)
    # An adjective's short form before a weapon or force ("a Saudi drone strike");
    # not a plural ("Saudis"), nor the name of a people that also lives beyond the country
    # ("Uzbek forces" in Afghanistan are no army of Uzbekistan).
    for code, _demonym, forms in demonym_rows():
        for form in filter(None, forms.split("|")):
            if not form.endswith("s") and form not in _PEOPLES_ACROSS_BORDERS:
                words.setdefault(form, code)
    words.update(_SHORT_NAMES)
    return words


@cache
def codes_by_name() -> dict[str, str]:
    """Country name -> code, with the short forms ("US", "UK")."""
    names = {name: code for code, name in country_names().items()}
    names.update({"US": "US", "U.S.": "US", "UK": "GB"})
    return names


@cache
def country_alternation() -> str:
    """Every country name, longest first, as a regex alternation."""
    return first_char_alternation(sorted(codes_by_name(), key=len, reverse=True))


def country_word(word: str) -> str | None:
    """The country an adjective or possessive names: "Iranian" -> "IR"."""
    return all_country_words().get(word)
