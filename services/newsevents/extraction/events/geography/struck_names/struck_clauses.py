"""Whether a roundup's clause lists names struck by its act: "..., while regime helicopters dropped
barrel bombs on A, B and C", "..., and regime artillery shelled the villages of D and E"
(forty-eighth round, list68).

Such a clause is an act of its own at those names, whether or not the gazetteer knows them:
read by :func:`...link.where.event_places` (its places are not the other clause's towns), by
:mod:`...merge.incidents.identity.clause_places` (it is no retelling of the other clause's act)
and by :mod:`..lists.new_place_lists` (nor of a lead that never named its names).
"""

from __future__ import annotations

import re

from ....document import Span
from ..name_shapes import INNER, NAME

# A list of names closed by "and", the object of a verb of fire or of a strike's noun ("on"),
# perhaps after a plural kind of place ("the villages of").
_STRUCK_NAMES = re.compile(
    r"\b(?:on|targeted|targeting|struck|hit|hitting|shelled|shelling|pounded|pounding|bombed"
    r"|bombing|bombarded|raided)\s+"
    r"(?:the\s+(?:towns?|villages?|cities|neighbou?rhoods?|areas?)\s+of\s+)?"
    rf"(?P<names>{NAME}(?:{INNER}{NAME})*\s*,?\s+and\s+{NAME})"
)
_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def lists_struck_names(text: str, clause: Span) -> bool:
    """Whether ``clause`` of ``text`` lists names struck by its act (:data:`_STRUCK_NAMES`)."""
    return _STRUCK_NAMES.search(text, clause.start, clause.end) is not None


def struck_names_after(text: str, start: int, end: int) -> list[str]:
    """The names of the first list struck told between ``start`` and ``end`` (a trigger's end
    and its sentence's): "dropped barrel bombs on Al-Tah, Al-Tamanah and Jarjanaz" gives the
    three names."""
    match = _STRUCK_NAMES.search(text, start, end)
    if match is None:
        return []
    return [name for name in _SPLIT.split(match.group("names")) if name]
