"""The verbs of fire and seizure a name or a list of names (``NAMES``) is the object of, and
whether one name hit is a village's (:func:`village_word`)."""

from __future__ import annotations

import re

from .....geography.name_shapes import INNER, NAME
from .....geography.names.glued import generic_word

# An act that takes or hits a place names it as its object: "captured Dashishah in the
# province of Hasakah", "attacked Mseihly, Salahuddin province".
SEIZED = (
    r"captured|seized|stormed|attacked|raided|overran|overrun|retook|recaptured|freed|"
    r"liberated|shelled|bombed|besieged|torched|took\s+control\s+of"
)
# The verbs of fire wire copy tells a list of villages with: "warplanes struck A and B in Idlib
# province", "artillery pounded A, B and C in Hama province". Before one name they as often hit
# a person, a hospital or a firm ("targeted Abu Omar in Idlib province", "hit Al-Shifa in Gaza
# City", "hit Ukrenergo in the Kyiv region": review54), so one name is a village only when it
# opens with a village's generic word ("struck Tel Dahab in Homs province", "Kafr Ain near
# Khan Shaykhun"), not a kunya or a lineage ("Abu", "Umm", "Bin", "Sheikh": people's names).
# Wire copy's stronger verbs of air raids and shelling take the list as these do ("jets
# hammered A, B and C", "pummelled", "blitzed"), and so does the verb told going on ("continued
# to pound A, B and C", "have been pounding", "were hammering"; forty-fifth round, air65).
FIRED = (
    r"struck|hit|hitting|pound(?:ed|ing)?|target(?:ed|ing)|bombard(?:ed|ing)?|rocketed|strafed"
    r"|hammer(?:ed|ing)?|pummell?(?:ed|ing)|blitz(?:ed|ing)?"
)
# Where fire fell around a list, as "in" tells it: "struck in and around A, B and C in the
# Idlib countryside", "raids around A and B" (forty-fifth round, air65).
AROUND = r"(?:in\s+and\s+)?around"
PERSONS_FIRST_WORDS = frozenset(
    {"abu", "um", "umm", "bin", "ibn", "bani", "beni", "sheikh", "shaykh"}
)
# The verb a list is the object of, right before its first name: a known town there, then a
# comma, opens the list ("pounded Kafr Nabl, Hass and Kansafra in the Idlib countryside"), it is
# not located by what follows (:func:`..belonging.one_list._joined`, review54).
VERB_BEFORE_A_LIST = re.compile(rf"\b(?:{SEIZED}|{FIRED})\s+$")
# Two names or more listed, the last after "and" ("And" in a headline in title case).
NAMES = rf"(?P<names>{NAME}(?:{INNER}{NAME})*\s*,?\s+(?:and|And)\s+{NAME})"


def village_word(word: str) -> bool:
    """Whether a name's first word opens a village's name, not a person's (:data:`FIRED`)."""
    return generic_word(word) and word.lower() not in PERSONS_FIRST_WORDS
