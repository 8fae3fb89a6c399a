"""Whether a sentence names another locality than an event's sentences.

Two sentences naming two different neighbourhoods or villages tell two occurrences, even when
both events can only be placed at the city: "... on al-Furqan neighbourhood." then "A rocket
fell on al-Mogambo neighbourhood". The names are read by :func:`.localities.locality_names`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from ....document import Document
from ..spellings import spelling_key
from .localities import locality_names


@lru_cache(maxsize=4096)  # asked for each sentence of each pair of events
def localities(text: str) -> frozenset[str]:
    """The locality names of ``text``, folded (:func:`..spellings.spelling_key`: "al-Midan
    neighbourhood" gives "midan", as "Midan neighbourhood" does). A province
    is no locality here: a lead at a province and a body at its village tell one incident."""
    return frozenset(
        spelling_key(locality.name)
        for locality in locality_names(text)
        if locality.precision != "region"
    )


def names_another_locality(doc: Document, told_in: Iterable[int], sentence: int) -> bool:
    """Whether ``sentence`` names localities and sentences ``told_in`` name others only:
    "... on al-Furqan neighbourhood." then "A rocket fell on al-Mogambo neighbourhood"."""
    text = doc.sentences[sentence].text
    said = localities(text)
    if not said:
        return False
    earlier = [doc.sentences[index].text for index in told_in]
    said = said - _parts_of_told(text, earlier)
    if not said:
        return False
    known = False
    for index in told_in:  # an event merged from many sentences is read up to a shared name
        names = localities(doc.sentences[index].text)
        if names & said:
            return False
        known = known or bool(names)
    return known


# A locality told as part of a place: "in Karak's Bahadur Khel area", "the Shidai area of PD8".
_OWNER = re.compile(r"\b([A-Z][\w-]+)['’]s\s+$")


def _parts_of_told(text: str, earlier: list[str]) -> frozenset[str]:
    """The localities of ``text`` told as parts of a place the earlier sentences name: "Karak's
    Bahadur Khel area" after "an attack in Karak district" is where that attack happened."""
    parts = set()
    for locality in locality_names(text):
        owner = _OWNER.search(text, max(0, locality.start - 40), locality.start)
        if owner is not None and any(
            re.search(rf"\b{re.escape(owner.group(1))}\b", told) for told in earlier
        ):
            parts.add(spelling_key(locality.name))
    return frozenset(parts)
