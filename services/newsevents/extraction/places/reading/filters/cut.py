"""Cut names: a known name right after the generic first word of an Arabic toponym is the tail
of a longer name the gazetteer lacks, not that place.

"the villages of Kafr Dael and Tal Hawash in Aleppo countryside" names two villages; the
gazetteer knows neither whole name, and its "Dail" (Daraa) and "Hawash" (Homs) are other
villages that bear the tail. A generic first word ("Kafr" village, "Tal" hill, "Deir"
monastery, "Khirbet" ruin, ...) takes the word after it: when the scan found no place of the
whole name (which it tries first), the tail is no place of its own. The whole name is then an
unknown village, read by the events' localities where the text tells it as one. Words that
also open a person's name ("Abu", "Umm", "Sheikh") are left to the titles' filter.
"""

from __future__ import annotations

from ...shared.keys import word_set
from ..surface import Match
from ..tokens import Tokens
from ..words import ADMIN1_WORDS, ARABIC_GENERIC, SETTLEMENT_WORDS, TITLES

# English words among the generic words: capitalised, they open a sentence or a headline
# ("Beer ...", "Hay ...", "Der Spiegel") as often as a name.
_ENGLISH = frozenset({"beer", "hay", "bin", "dar", "der"})
_CUTTING = ARABIC_GENERIC - TITLES - _ENGLISH
# A unit's noun after the generic word tells it as the place's own name: "Beni Municipality",
# "the Bab District" (lists57: "Beni" of Nepal and of Congo is a town, not a name's first word).
_UNIT_AFTER = ADMIN1_WORDS | SETTLEMENT_WORDS | word_set("municipality county territory")


def reject_cut_names(tokens: Tokens, matches: list[Match]) -> None:
    """Reject each name told right after a generic first word that no match takes, and a
    generic word matched alone before such a name."""
    alone = {m.first: m for m in matches if m.first == m.last}
    in_match = {i for m in matches for i in range(m.first, m.last + 1)}
    for match in matches:
        before = match.first - 1
        if before < 0 or tokens.gap(before, match.first) != " ":
            continue
        word = tokens[before]
        if not word.cap or word.upper or word.fold not in _CUTTING:
            continue
        if tokens[match.first].fold in _UNIT_AFTER:
            continue  # "Beni Municipality": the town and its unit, no name's tail
        if before in in_match and before not in alone:
            continue  # the generic word ends a longer name: "Ras Baalbek Deir ..."
        match.rejected = True
        if before in alone:
            alone[before].rejected = True
    for index, match in alone.items():
        if _heads_an_unknown_name(tokens, index, in_match):
            match.rejected = True


def _heads_an_unknown_name(tokens: Tokens, index: int, in_match: set[int]) -> bool:
    """Whether a generic word matched alone opens a capitalised name no match takes: "Bab
    Qensrin", "Kafr al-Battikh" name a quarter or a village, not the town "Bab"."""
    word = tokens[index]
    if not word.cap or word.upper or word.fold not in _CUTTING:
        return False
    after = index + 1
    if after < len(tokens) and tokens[after].fold in ("al", "el") and not tokens[after].cap:
        after += 1  # "Bab al-Hadid"
    if after >= len(tokens) or tokens.gap(index, index + 1) != " " or after in in_match:
        return False
    following = tokens[after]
    return following.cap and not following.upper and following.fold not in _UNIT_AFTER
