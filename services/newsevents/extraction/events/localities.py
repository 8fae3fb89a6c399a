"""Named localities a sentence mentions, whether or not the gazetteer knows them.

Reports from a city at war name its neighbourhoods and the villages around it ("rockets hit
al-Midan neighbourhood", "the village of Tal al-Samn"), most of them absent from the gazetteer.
The name is still a fact: two sentences naming two different neighbourhoods tell two
occurrences, even when both events can only be placed at the city.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ..document import Document

_NAME = r"(?:(?:al|el|Al|El)-)?[A-Z][\w'’-]+(?:\s+(?:(?:al|el|Al|El)-)?[A-Z0-9][\w'’-]*){0,2}"
_KIND = (
    r"(?:neighbou?rhoods?|quarters?|villages?|towns?|suburbs?|districts?|areas?|camps?|"
    r"streets?|squares?)"
)
# "al-Midan neighbourhood", "Hadar village"; "the village of Tal al-Samn", "the town of Dael".
_NAME_KIND = re.compile(rf"\b({_NAME})\s+{_KIND}\b")
_KIND_OF_NAME = re.compile(rf"\b{_KIND}\s+of\s+({_NAME})")
# Words that start a capitalised phrase without naming a place ("The village", "Terrorist").
_NOT_NAMES = frozenset(
    {"the", "a", "an", "this", "that", "these", "residential", "terrorist", "terrorists",
     "several", "other", "many", "some", "both", "nearby", "surrounding", "two", "three"}
)  # fmt: skip


@lru_cache(maxsize=4096)  # asked for each pair of events of an article
def localities(text: str) -> frozenset[str]:
    """The locality names of ``text``, folded: "al-Midan neighbourhood" gives "midan"."""
    names = [m.group(1) for m in _NAME_KIND.finditer(text)]
    names += [m.group(1) for m in _KIND_OF_NAME.finditer(text)]
    return frozenset(
        key for key in (_fold(name) for name in names) if key and key not in _NOT_NAMES
    )


def _fold(name: str) -> str:
    words = name.lower().replace("’", "'").split()
    if words and words[0] in _NOT_NAMES:
        return ""
    return " ".join(re.sub(r"^(?:al|el)-", "", w) for w in words)


def names_another_locality(doc: Document, told_in: Iterable[int], sentence: int) -> bool:
    """Whether ``sentence`` names localities and sentences ``told_in`` name others only:
    "... on al-Furqan neighbourhood." then "A rocket fell on al-Mogambo neighbourhood"."""
    said = localities(doc.sentences[sentence].text)
    if not said:
        return False
    known = frozenset().union(*(localities(doc.sentences[i].text) for i in told_in))
    return bool(known) and not said & known
