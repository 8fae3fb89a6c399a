"""A toll that sums several acts, told before the toll of the act itself.

A roundup opens with the dead of several attacks ("10 civilians killed in rocket attacks on
Aleppo and Homs", "Air strikes killed 10 civilians across the province", "gunmen attacked two
villages, killing 41") and then tells each act with its own dead ("6 civilians were killed when
a rocket hit al-Midan"). An event that read both has the act's toll, the smaller one told
after, not the sum that came first. Not when the later toll is a part of the dead told first
("three of them children", "among the dead were six soldiers"), nor when it is higher (another
source's count of the same act, or a toll update).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from ...document import Sentence

# Acts in the plural told over two places named, or dead told over two or more places counted:
# "rocket attacks on Aleppo and Homs", "attacked two villages" (not "during two operations":
# an army's count of its operations is one act's toll; nor "in several areas": ACLED notes
# code the sum of such a note as one event).
SEVERAL = re.compile(
    r"\b(?:attacks|strikes|airstrikes|raids|bombardments|bombings)\s+(?:[\w'’-]+\s+){0,8}?"
    r"(?:on|in|at|against)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+[\w'’-]+){0,2}?\s+and\s+"
    r"(?-i:[A-Z])"
    r"|\b(?:in|on|across|at|attacked|stormed|raided)\s+(?:the\s+)?(?:two|three|four|five|six|"
    r"\d+)\s+(?:[\w'’-]+\s+)?(?:villages|towns|neighbou?rhoods|areas|districts|provinces|"
    r"cities|regions|localities|locations|camps)\b",
    re.IGNORECASE,
)
# Dead told as added to those told before: "four militants were also killed", "another".
ADDED = r"\b(?:also|another|as well)\b"
# A later toll that is a part of the dead told before: "three of them", "among the dead"; nor
# dead told as added to the first.
_PART = re.compile(
    r"\b(?:of them|of whom|of the (?:dead|victims|killed)|among (?:the|them|those|whom))\b"
    rf"|{ADDED}",
    re.IGNORECASE,
)


def roundup_sentences(totals: Mapping[int, float], by_index: Mapping[int, Sentence]) -> set[int]:
    """The sentences (indices into ``totals``, each sentence's toll) whose toll is a roundup
    of several acts that a later sentence breaks down to the act's own, smaller toll."""
    several = {i for i in totals if i in by_index and SEVERAL.search(by_index[i].text)}
    acts = [i for i in totals if i in by_index and not _PART.search(by_index[i].text)]
    return {i for i in several if any(j > i and 0 < totals[j] < totals[i] for j in acts)}
