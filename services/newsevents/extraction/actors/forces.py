"""State forces named by their country rather than by a name: "a Turkish drone strike",
"Israel's strikes", "US warplanes", "regime helicopters".

News names the attacker of most air and artillery strikes only by the adjective, the possessive
or the compound before the weapon. ACLED codes them as that state's forces ("Military Forces of
Turkey"), so such a phrase is an actor mention of the state force, spanning the country word and
the weapon noun. "regime" is the article's own country's ("regime helicopters dropped barrel
bombs" in an article about Syria).
"""

from __future__ import annotations

import re
from functools import cache

from ..document import ActorMention, Span
from ..places.sources import demonym_rows
from .dictionary import country_name, country_names, default_matcher

# Nouns of a state's armed forces and of the weapons only states field in these wars; "air" and
# "ground" qualify them ("Syrian air force", "Russian ground forces").
_FORCE_NOUNS = (
    r"(?:(?:regular|government|air|ground|naval|armed|special|security|military|border|navy)\s+)?"
    r"(?:forces?|troops|army|military|soldiers|navy|artillery|tanks|gunboats|"
    r"aerospace forces|air force|aircrafts?|air ?craft|warplanes?|war planes?|(?:fighter )?jets?|"
    r"planes|helicopters?|choppers?|drones?|(?:drone|air|missile|rocket|artillery) ?strikes?|"
    r"airstrikes|air raids?|raids|strikes|bombers|bombardment|shelling)"
)
_POLICE_NOUNS = re.compile(r"security forces|police", re.IGNORECASE)
# Short forms ACLED and the press use for countries with long names.
_SHORT_NAMES = {"US": "US", "U.S.": "US", "UK": "GB", "American": "US", "British": "GB"}


def state_force_name(force: str, code: str | None) -> str:
    """ "Police Forces of Syria"; "Military Forces of the United States" as the dictionary
    names it, with the article ACLED writes before some countries."""
    with_the = f"{force} of the {country_name(code)}"
    if default_matcher().entry(with_the) is not None:
        return with_the
    return f"{force} of {country_name(code)}"


@cache
def _country_words() -> dict[str, str]:
    """Adjective, possessive and short forms of each country -> its code ("Turkish": "TR",
    "Israel's": "IL", "US": "US")."""
    words: dict[str, str] = {}
    for code, name in country_names().items():
        words[f"{name}'s"] = code
        words[f"{name}’s"] = code
    for code, demonym, _forms in demonym_rows():
        words.setdefault(demonym, code)
    words.update(_SHORT_NAMES)
    return words


@cache
def _pattern() -> re.Pattern[str]:
    words = sorted(_country_words(), key=len, reverse=True)
    alternation = "|".join(re.escape(word) for word in words)
    return re.compile(
        rf"(?<![\w-])(?:(?P<country>{alternation})|(?P<regime>[Rr]egime))(?:-led)?\s+"
        rf"(?P<noun>{_FORCE_NOUNS})\b"
    )


def country_word(word: str) -> str | None:
    """The country an adjective or possessive names: "Iranian" -> "IR"."""
    return _country_words().get(word)


def state_forces(text: str, main_country: str | None) -> list[ActorMention]:
    """ "Military Forces of Turkey" for "Turkish drone strike"; "Police Forces of Egypt" for
    "Egyptian police"; the article's own country's forces for "regime warplanes"."""
    found: list[ActorMention] = []
    for match in _pattern().finditer(text):
        country = match.group("country")
        code = _country_words()[country] if country else main_country
        if code is None or text[match.end("country" if country else "regime")] == "-":
            continue  # "US-led coalition": the coalition, named in the dictionary
        police = _POLICE_NOUNS.fullmatch(match.group("noun"))
        name = state_force_name("Police Forces" if police else "Military Forces", code)
        span = Span(match.start(), match.end())
        found.append(ActorMention(span, match.group(), name, "state_force", code))
    return found
