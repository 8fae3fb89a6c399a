"""The words around a list of places that tell it names no places of the act: two places that
bound one spot ("between X and Y"), where the people named before it came from, a reason told
before it, a plural of regions after it. Read by :mod:`.longest_list`, :mod:`.new_place_lists`
and :mod:`.listed_names`.
"""

from __future__ import annotations

import re

from ....document import Document

# Two places that bound one spot, not a list of targets: "in a remote area between Kirkuk and
# Arbil", "on the road between the towns of Kano and Maiduguri", "from Kano to Maiduguri", "a
# checkpoint between Tripoli's Jabal Mohsen and Bab al-Tabbaneh" (quarters of one city); two
# sides of one fight: "clashes between the rival neighbourhoods of X and Y".
_BETWEEN = re.compile(
    r"\b(?:between|from)\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?"
    r"(?:(?:[\w-]+\s+){0,2}?(?:towns?|cities|villages?|neighbou?rhoods?|areas?|districts?)\s+of\s+)?$",
    re.IGNORECASE,
)


def bounds_at(doc: Document, start: int) -> bool:
    """Whether the words right before ``start`` bound one spot ("between X and Y")."""
    return _BETWEEN.search(doc.text[max(0, start - 40) : start]) is not None


# Where the people named before a list came from: "residents of A and B", "militiamen from the
# villages of A and B", "families from A, B and C".
WHOSE = re.compile(
    r"\b(?:from|(?:residents?|natives?|inhabitants|people|families|members)\s+of)\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+){0,3}?$",
    re.IGNORECASE,
)
# A reason told before a list: "in response to regime bombing of A, B and C", "in retaliation
# for strikes on A and B".
REASON = re.compile(
    r"\b(?:in\s+(?:response|reply|retaliation|revenge)\s+(?:to|for)|to\s+avenge)\b", re.IGNORECASE
)
# A plural of regions after a list: "Mandera and Lamu counties", "Idlib and Hama provinces".
REGIONS_AFTER = re.compile(
    r"\s+(?:counties|provinces|states|regions|governorates|districts|oblasts)\b", re.IGNORECASE
)
