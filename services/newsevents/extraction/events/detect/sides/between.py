"""The sides of a fight told after its word: "a battle between rival communities", "clashes
broke out between the CPI(M) and the RSS", "violence in September between farmers and herders".
One reading for the gate that asks whether a fight noun names people as its sides
(``refusals/gates/agents.sides_between``) and for the refinements that type a fight by its sides
(``refine/fights/fight_sides``, ``refine/fights/dead_not_sides``, ``refine/refinement``).
"""

from __future__ import annotations

import re

# The verbs that tell the fight happened, between its word and "between": "clashes broke out
# between", "a clash took place between".
_HAPPENED = r"took place|broke out|erupted|ensued|occurred"

# The sides, to the clause's end (a party's parentheses and all: "the CPI(M) and the RSS") ...
_SIDES = r"(?P<sides>[^,;:.]{1,100})"
# ... after one of those verbs or "were reported", when the sides tell who fought ...
_SIDES_AFTER_HAPPENED = re.compile(
    rf"\s+(?:(?:{_HAPPENED}|were reported)\s+)?between\s+{_SIDES}", re.IGNORECASE
)
# ... or after any two words, for a fight noun read only by its sides, as its lexicon row reads
# them ("a gun battle was reported between police and militants", "violence in September
# between the two groups"). Those sides run on past a comma, as a list of three or more is
# told ("a battle between government, rebel and tribal forces", "violence between the ruling
# party, the opposition and their militias"; cut at the first comma, the gate refused them:
# review58), to a parenthesis.
_LISTED_SIDES = r"(?P<sides>[^.;:()]{1,80})"
_SIDES_AFTER_ANY_WORDS = re.compile(
    rf"\s+(?:[\w-]+\s+){{0,2}}?between\s+{_LISTED_SIDES}", re.IGNORECASE
)

# Two sides, the first and the other: "a clash took place between police and party activists".
BETWEEN_SIDES = re.compile(
    rf"\s+(?:(?:{_HAPPENED})\s+)?between\s+(?:the\s+)?"
    r"(?P<first>[^,;:.()]{1,40}?)\s+and\s+(?P<other>[^,;:.()]{1,60})",
    re.IGNORECASE,
)


def sides_after(sentence: str, end: int, *, any_words: bool = False) -> str | None:
    """The words naming the sides of the fight whose word ends at ``end``, told after it with
    "between" (after a verb of its happening, or with ``any_words`` any two words: a fight
    noun's gate, where the sides tell only whether people fought, not who, and run past a
    list's commas to a parenthesis: :data:`_LISTED_SIDES`), or None. (Any two
    words for the typing too was tried: it moved three ACLED Asia 2015 rows, "a clash was held
    between police and ...", and the round asked for dumps unchanged.)"""
    pattern = _SIDES_AFTER_ANY_WORDS if any_words else _SIDES_AFTER_HAPPENED
    between = pattern.match(sentence, end)
    return None if between is None else between.group("sides")
