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
from ...text.numbers import counting
from ...vocabulary import WEEKDAY_NAMES

# Acts in the plural told over two places named, or dead told over two or more places counted:
# "rocket attacks on Aleppo and Homs", "attacked two villages" (not "during two operations":
# an army's count of its operations is one act's toll; nor "in several areas": ACLED notes
# code the sum of such a note as one event).
SEVERAL = re.compile(
    r"\b(?:attacks|strikes|airstrikes|raids|bombardments|bombings)\s+(?:[\w'’-]+\s+){0,8}?"
    r"(?:on|in|at|against)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+[\w'’-]+){0,2}?\s+and\s+"
    r"(?-i:[A-Z])"
    r"|\b(?:in|on|across|at|attacked|stormed|raided)\s+(?:the\s+)?"
    rf"(?:{counting(2, 6)}|\d+)\s+(?:[\w'’-]+\s+)?(?:villages|towns|neighbou?rhoods|areas|"
    r"districts|provinces|cities|regions|localities|locations|camps|parts|sites)\b",
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


# Acts in the plural with no places counted: a lead's sum of a day's strikes or attacks over a
# city or a province ("20 civilians were killed in terrorist rocket attacks in Aleppo",
# "Airstrikes on opposition-held areas of the province killed at least 36").
_PLURAL_ACTS = re.compile(
    r"\b(?:attacks|strikes|airstrikes|air\s+raids|raids|bombardments|bombings|shellings)\b",
    re.IGNORECASE,
)
# One act told with its dead: "killed in the attack", "in an airstrike", "a rocket shell fired
# by terrorists on the park" (not "attacks": the sum retold).
_ONE_ACT = re.compile(
    r"\b(?:a|an|the|one)\s+(?:[\w'’-]+\s+){0,2}?(?:attack|strike|airstrike|raid|shell|rocket|"
    r"mortar|bombing|explosion|blast|bomb|missile)\b(?!-)",
    re.IGNORECASE,
)
# Victims who are a kind among the dead ("five children were killed in the attack"): a part of
# the sum, not one act's dead, unless the sentence counts anyone ("people", "civilians").
_KIND = re.compile(r"\b(?:children|women|kids|minors|girls|boys|infants|babies)\b", re.I)
_ANYONE = re.compile(r"\b(?:people|persons|civilians|residents|villagers|citizens)\b", re.I)


def roundup_sentences(totals: Mapping[int, float], by_index: Mapping[int, Sentence]) -> set[int]:
    """The sentences (indices into ``totals``, each sentence's toll) whose toll is a roundup
    of several acts that a later sentence breaks down to the act's own, smaller toll. A toll
    of acts in the plural is such a roundup when a later, smaller toll is told of one act:
    "Eleven civilians were killed in terrorist attacks with rocket shells on Aleppo ... eight
    civilians were killed in a rocket shell fired on the public park" is eight."""
    several = {i for i in totals if i in by_index and SEVERAL.search(by_index[i].text)}
    acts = [i for i in totals if i in by_index and not _PART.search(by_index[i].text)]
    rounded = {i for i in several if any(j > i and 0 < totals[j] < totals[i] for j in acts)}
    one_act = [j for j in acts if _one_act(by_index[j].text)]
    plural = {i for i in totals if i in by_index and _PLURAL_ACTS.search(by_index[i].text)}
    return rounded | {
        i
        for i in plural
        if any(
            j > i
            and 0 < totals[j] < totals[i]
            and _same_days(by_index[i], by_index[j])
            and not _elsewhere(by_index[i], by_index[j])
            for j in one_act
        )
    }


# The acts of a roundup told at one locality by its noun: "in the Bab Amr neighborhood of
# Homs", "in the village of Kafr Nabl" (group ``p``: the locality's name).
_ONE_LOCALITY = re.compile(
    r"\b(?:in|on|at)\s+the\s+(?P<p>(?:(?-i:[A-Z])[\w'’-]*\s+){1,3}?)"
    r"(?:neighbou?rhood|village|town|district|quarter|camp)\b"
    r"|\b(?:neighbou?rhood|village|town|district|quarter|camp)\s+of\s+"
    r"(?P<q>(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})",
    re.IGNORECASE,
)


def _elsewhere(roundup: Sentence, act: Sentence) -> bool:
    """Whether the act is told away from the one locality the plural acts were told at: not a
    part of their dead but another act ("Regime airstrikes killed 20 civilians in the Bab Amr
    neighborhood ... One civilian was killed by a barrel bomb dropped on Karm al-Zeitoun" is
    20 for Bab Amr; forty-fifth round). Acts over a city or a province are a roundup still."""
    found = _ONE_LOCALITY.search(roundup.text)
    if found is None:
        return False
    name = (found.group("p") or found.group("q") or "").strip()
    return bool(name) and name.lower() not in act.text.lower()


_WEEKDAY = re.compile(rf"\b(?:{WEEKDAY_NAMES})\b", re.IGNORECASE)


def _same_days(roundup: Sentence, act: Sentence) -> bool:
    """Whether the act can be one the roundup sums: not an act of another weekday than all the
    roundup names ("Sunday's strikes killed 20 ... On Wednesday a drone strike killed a
    commander" tells an earlier act, not a part of the 20)."""
    days = {d.lower() for d in _WEEKDAY.findall(roundup.text)}
    told = {d.lower() for d in _WEEKDAY.findall(act.text)}
    return not (days and told and not days & told)


def _one_act(text: str) -> bool:
    """Whether a sentence tells one act's dead ("killed in the attack", "a rocket shell fired
    on the park killed eight"): not acts in the plural (the sum retold), nor a kind among the
    dead ("five children were killed in the attack": a part of the sum)."""
    if _PLURAL_ACTS.search(text) or not _ONE_ACT.search(text):
        return False
    return not (_KIND.search(text) and not _ANYONE.search(text))
