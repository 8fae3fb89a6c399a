"""The attackers' own dead, told apart from their victims' toll ("killing four police officers
... The firefight, which left 13 militants dead"): which later tolls of an event count the side
that attacked, so that the event's toll adds them once (``tolls.py`` counts them)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from ...document import QuantityMention, Sentence
from ...vocabulary import ATTACKER_NOUNS, MONTH_NAMES

# A toll stated as a total: "the death toll", "the number of", "deaths".
STATED = re.compile(r"\btoll\b|\bnumber of\b|^deaths?\b(?!\s+of\b)", re.IGNORECASE)

# The side that attacked, named by what it did or is: its dead are told apart from the victims'.
# Armed groups named by their cause are such a side too ("two gendarmes were killed ... 12
# separatists were neutralized"): the nouns of a class, not a group's name.
ATTACKERS = re.compile(rf"\b(?:{ATTACKER_NOUNS})\b", re.IGNORECASE)
# A killing of captives has no two sides: the attackers killed told after it died in another
# act ("execute N captive troops ... M fighters also died in the fighting").
_ONE_SIDED = re.compile(r"\b(?:execut\w*|behead\w*)", re.IGNORECASE)
# A first toll told of a fight between two sides counts the dead of both: "Six were killed in
# an encounter between government forces and the rebels".
_BOTH_SIDES = re.compile(r"\bbetween\s+(?:[\w'’()-]+\s+){1,8}?and\b", re.IGNORECASE)
# A sentence told of another time than the act's: an earlier fight recalled ("At the end of
# August, troops killed 15 militants, the command said at the time").
_ANOTHER_TIME = re.compile(
    rf"\b(?:at the time|earlier (?:this|last|in the) (?:week|month|year)|last (?:week|month|year)|"
    rf"(?:in|at the (?:end|start|beginning) of|since|early|late|mid-?)\s+(?:{MONTH_NAMES})\b)",
    re.IGNORECASE,
)
# The words right after a toll that name its victims: "shot dead an armed militant".
_NAMED_AFTER = re.compile(r"[^.,;:!?\"“”]{0,50}")


def attackers_dead(
    groups: dict[int, list[QuantityMention]],
    totals: dict[int, float],
    by_index: Mapping[int, Sentence],
) -> dict[int, float]:
    """The later tolls (by sentence) of the attackers killed, told after their victims' toll
    ("killing four police officers ... The firefight, which left 13 militants dead"; "killed two
    officers ... One of the assailants was killed"): the gold counts both sides, and a story
    tells the attackers' dead apart. Not when the first toll names the attackers already ("20
    people, including 5 militants") or kills captives ("executed 50 captive soldiers"), nor a
    toll retold, nor when the later tolls break the first one down ("18 people dead ... five
    soldiers ... 13 militants"). Called only for a toll no later sentence updates."""
    first = min(totals)
    if first not in by_index:
        return {}
    if _BOTH_SIDES.search(by_index[first].text):
        return {}  # "N were killed in an encounter between troops and rebels": both sides
    if any(
        _names_attackers(q, by_index[first])
        or _ONE_SIDED.search(q.text)
        # a tally told first counts the dead of both sides: "the number of fighters killed
        # has risen to four ... The attack claimed the lives of 3 fighters" is four
        or STATED.search(q.text)
        for q in groups[first]
    ):
        return {}
    later = {i: totals[i] for i in totals if i > first}
    if any(
        later[i] == totals[first] and any(_names_attackers(q, by_index[i]) for q in groups[i])
        for i in later
        if i in by_index
    ):
        return {}  # the first toll retold with the attackers named: it counts them
    attackers = [
        i
        for i in later
        if i in by_index
        and later[i] != totals[first]  # the first toll retold
        and all(_names_attackers(q, by_index[i]) for q in groups[i])
        and not _ANOTHER_TIME.search(by_index[i].text)
    ]
    victims = [later[i] for i in later if i not in attackers]
    if not attackers or _breaks_down(totals[first], victims, [later[i] for i in attackers]):
        return {}
    return {i: later[i] for i in attackers}


def _names_attackers(quantity: QuantityMention, sentence: Sentence) -> bool:
    """Whether a toll's phrase, or the few words right after it, names the attackers (not a
    stated toll: "the death toll from the terrorist explosions rose to 32")."""
    if STATED.search(quantity.text):
        return False
    end = quantity.span.end - sentence.span.start
    after = _NAMED_AFTER.match(sentence.text, max(0, end))
    phrase = quantity.text + (after.group() if after else "")
    return ATTACKERS.search(phrase) is not None


def _breaks_down(first: float, victims: list[float], attackers: list[float]) -> bool:
    """Whether the first toll is told again in parts: some of the later tolls of victims and
    of attackers add up to it ("18 people dead ... we lost five soldiers ... 13 militants")."""
    parts = {0.0}
    for value in victims[:6]:
        parts |= {s + value for s in parts}
    with_victims = parts - {0.0}  # at least one toll of the victims among the parts
    together: set[float] = set()  # and at least one of the attackers (the first retold alone
    for value in attackers[:6]:  # breaks nothing down)
        together |= {s + value for s in with_victims | together}
    return first in together
