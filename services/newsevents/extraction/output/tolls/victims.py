"""The victim words of a toll: what kind of victim it names, if any ("soldiers", "militants";
"people" could be anybody), so that tolls of distinct victims add up (for :mod:`.tolls`).
"""

from __future__ import annotations

import re

from ...document import QuantityMention
from ...text.numbers import NUMBER_WORDS

# Victims named by a word that can cover any other group: a retold toll, not a new one.
_ANY_VICTIM = re.compile(
    r"\b(?:people|persons?|civilians|others|citizens|individuals|dead|deaths?|killed|killing|"
    r"kill|kills|victims|bodies|fatalit\w*)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z]{4,}")


def disjoint(victims: list[frozenset[str]]) -> bool:
    """Whether no victim word is in two groups (each group against the words of those before
    it, not against each: an event merged from a thousand tolls)."""
    seen: set[str] = set()
    for words in victims:
        if words & seen:
            return False
        seen |= words
    return True


def victim_words(group: list[QuantityMention]) -> frozenset[str]:
    """The victim words of a sentence's tolls; empty when one could be anybody ("people")."""
    if any(_ANY_VICTIM.search(q.text) or _NAMED.match(q.text) for q in group) and not all(
        specific_words(q.text) for q in group
    ):
        return frozenset()
    return frozenset(word for q in group for word in specific_words(q.text))


# One victim told by name ("Tomas Verel was shot dead" after "A 41-year-old trader was shot
# dead"): the dead told before, or one of them, named; no kind of victim of its own.
_NAMED = re.compile(r"(?:[A-Z][\w'’.-]+\s+){2,4}(?:,[^,]*,\s+)?(?:was|has been|had been|is)\b")
# A toll told as a tally: "number of gunmen killed has risen to five", "put the death toll
# ... at 14", "death toll from the explosion climbed to 17".
_TALLY = re.compile(
    r"(?:(?:put|puts|putting|placed|places|placing)\s+(?:the\s+)?(?:death\s+)?toll\b"
    r"|(?:death\s+)?toll\b|deaths?\b(?!\s+of\b)"
    r"|number\s+of\s+(?:the\s+)?(?P<head>(?:[\w'’-]+\s+){0,2}?)"
    r"(?:killed|dead|deaths|victims|fatalities)\b)",
    re.IGNORECASE,
)


_SUBSET = re.compile(r"\b(?:including|among them|among whom|of whom|one of them)\b", re.I)


def specific_words(text: str) -> frozenset[str]:
    if _NAMED.match(text):
        return frozenset()  # a victim named by name is one of any kind told before
    # a toll that names a subset of its dead is named by its head: "Four people, including two
    # officers, were killed" counts people (anyone), not officers
    text = _SUBSET.split(text, maxsplit=1)[0]
    if (tally := _TALLY.match(text)) is not None:
        # a tally names its victims in its head only ("the number of fighters killed in the
        # attack on the post rose to four": fighters), if at all ("the death toll from ...")
        text = tally.group("head") or ""
    words = {w for w in _WORD.findall(text.lower()) if not _ANY_VICTIM.fullmatch(w)}
    return frozenset(words - _NOT_VICTIMS)


# Words of a toll's phrase that name no victim: verbs ("claiming the lives of more than 9"
# names no victim more than "10 people were killed" does), bounds and numbers.
_NOT_VICTIMS = frozenset(
    {"were", "have", "been", "reportedly", "also", "later", "shot", "least", "more", "than"}
    | {"claiming", "claimed", "claims", "claim", "lives", "taking", "took", "takes", "costing"}
    | {"cost", "costs", "leaving", "left", "lost", "losing", "their", "died", "slain", "toll"}
    | {
        "beheads",
        "beheaded",
        "behead",
        "beheading",
        "beheadings",
        "executed",
        "execute",
        "executes",
        "murdered",
        "massacred",
        "massacring",
        "slaughtered",
        "slaughtering",
    }
    | {"martyred", "martyrs", "death", "bodies", "gunned", "gunning", "down", "another"}
    | {"further"}
    # a part of the dead told before ("Seven of them were killed") names no victim of its own
    | {"them", "those", "whom"}
    | {"over", "about", "around", "nearly", "some", "almost"}
    | NUMBER_WORDS
)
