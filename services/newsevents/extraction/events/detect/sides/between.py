"""The sides of a fight told after its word: "a battle between rival communities", "clashes
broke out between the CPI(M) and the RSS", "the violence that erupted between farmers and
herders". One reading for the gate that asks whether a fight noun names people as its sides
(``refusals/gates/agents.sides_between``) and for the refinements that type a fight by its sides
(``refine/fights/fight_sides``, ``refine/refinement``).
"""

from __future__ import annotations

import re

# Right after the fight's word, at most two words before "between": "took place", "broke out",
# "that erupted", "were reported", "raging".
_OPENING = r"\s+(?:[\w-]+\s+){0,2}?between\s+"

# The sides, to the clause's end (a party's parentheses and all: "the CPI(M) and the RSS").
_SIDES = re.compile(rf"{_OPENING}(?P<sides>[^,;:.]{{1,100}})", re.IGNORECASE)

# Two sides, the first and the other: "between police and party activists".
BETWEEN_SIDES = re.compile(
    rf"{_OPENING}(?:the\s+)?(?P<first>[^,;:.()]{{1,40}}?)\s+and\s+(?P<other>[^,;:.()]{{1,60}})",
    re.IGNORECASE,
)


def sides_after(sentence: str, end: int) -> str | None:
    """The words naming the sides of the fight whose word ends at ``end``, told after it with
    "between", or None."""
    between = _SIDES.match(sentence, end)
    return None if between is None else between.group("sides")
