"""An actor's patron as the text tells it, over the dictionary's.

A patron named before the group it describes, without the hyphen: "the al-Qaeda affiliated
Al-Shabaab group", "Qaeda linked Al Shabaab militants" (:func:`fold_patrons`). The hyphenated
compound ("al-Qaeda-linked Al-Shabaab") is no actor mention (see ``units._DESCRIPTOR``);
written with a space, the patron was read as an actor of its own and, the article then naming
two groups, could take the attacks of the group it describes. A named actor followed by a
participle of affiliation used as an adjective (not "linked to", "backed by") and at most one
more word before another named actor describes that actor: it is the second mention's patron,
not an actor of the article.

The patron told in the mention's own phrase or right after it (:func:`affiliation_from_text`):
"IRGC-affiliated 47th Regiment", "Iranian-backed militias", "militias affiliated with the
IRGC", "fighters trained by the IRGC".
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from itertools import pairwise

from ...document import ActorMention
from ..dictionary import ActorMatcher, country_name
from ..unnamed.country_words import country_word
from ..unnamed.state_names import state_force_name

_BETWEEN = re.compile(
    r"\s+(?:affiliated|aligned|allied|backed|linked|sponsored|supported)"
    r"\s+(?:(?!(?:to|with|by|and|or|in|on|at|of|for|from|the|a|an)\b)[\w’'-]+\s+)?"
)


def fold_patrons(text: str, actors: list[ActorMention]) -> list[ActorMention]:
    """``actors`` (sorted by start) without the patrons told before the named actor they
    describe; that actor takes the patron as its affiliation."""
    dropped: set[int] = set()
    out = list(actors)
    for i, (patron, named) in enumerate(pairwise(actors)):
        if (
            patron.generic
            or named.generic
            or patron.kind == "person"
            or named.kind == "person"
            or patron.name == named.name
            or _BETWEEN.fullmatch(text[patron.span.end : named.span.start]) is None
        ):
            continue
        dropped.add(i)
        out[i + 1] = replace(named, affiliation=patron.name)
    return [a for i, a in enumerate(out) if i not in dropped]


# "IRGC-affiliated 47th Regiment": the patron word in the same phrase, before the head noun.
# The phrase ends in the mention, up to two words of it after the patron word: "IRGC-backed fighters
# clashed with rebels" leaves the rebels without a patron.
_AFFILIATED_PREFIX = re.compile(
    r"(?P<patron>[A-Z]\w*)-(?:affiliated|aligned|backed|linked|allied|supported|sponsored|led)"
    r"\s+(?:(?!(?:with|and|or|against|on|by|at|in|of|the|from|to)\b)[\w’'-]+\s+){0,2}$"
)
_AFFILIATED_SUFFIX = re.compile(
    r"^,?\s*[\w\s]{0,40}?(?:affiliated|aligned|allied|linked)\s+(?:with|to)\s+(?:the\s+)?$"
    r"|^,?\s*[\w\s—–-]{0,60}?\b(?:trained|backed|funded|supported) by\s+(?:the\s+)?$"
)
_DEMONYM_PATRON = {"Iran": "Government of Iran", "Russia": "Military Forces of Russia"}


def affiliation_from_text(
    text: str, mention: ActorMention, actors: list[ActorMention], matcher: ActorMatcher
) -> ActorMention:
    """``mention`` with the patron the text tells for it, in its own phrase before its head noun
    or in the 90 characters after it (``actors`` sorted by start), else as it was."""
    if mention.kind == "person":
        return mention
    # The mention's last word is its head: "[IRGC-affiliated 47th] Regiment".
    head = mention.span.start + len(mention.text.rsplit(maxsplit=1)[0]) + 1
    if " " not in mention.text.strip():
        head = mention.span.start
    prefix = _AFFILIATED_PREFIX.search(text[max(0, mention.span.start - 40) : head])
    if prefix:
        patron = _patron_name(prefix.group("patron"), matcher)
        if patron and patron != mention.name:
            return replace(mention, affiliation=patron)
    window = text[mention.span.end : mention.span.end + 90]
    # The actors are sorted by start: those starting in the 90 characters after the mention.
    first = bisect_right(actors, mention.span.end, key=lambda a: a.span.start)
    for other in actors[first:]:
        if other.span.start > mention.span.end + 90:
            break
        between = window[: other.span.start - mention.span.end]
        if "." in between:
            break
        if _AFFILIATED_SUFFIX.search(between) and other.name != mention.name:
            return replace(mention, affiliation=other.name)
    return mention


def _patron_name(word: str, matcher: ActorMatcher) -> str | None:
    entry = matcher.lookup(word)
    if entry is not None:
        return entry.name
    country = country_word(word)
    if country is not None:
        # "Iranian-backed militias", "Turkish-backed factions": the patron state's government,
        # or its forces for a state that backs by arms ("Russian-backed": its military).
        return _DEMONYM_PATRON.get(country_name(country)) or state_force_name("Government", country)
    return _DEMONYM_PATRON.get(word, word if word.isupper() else None)
