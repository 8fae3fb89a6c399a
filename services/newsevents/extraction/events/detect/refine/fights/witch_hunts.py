"""Witch hunts: violence over a charge of witchcraft is a crowd's justice, mob violence.

ACLED's codebook puts mob justice (a crowd punishing someone it holds guilty) under mob
violence, and its notes from Kenya's Kisii and Nyamira, India's Jharkhand, Odisha and Assam,
Tanzania and Nigeria code the killing of people branded witches and the burning of their houses
so, whether or not the report names the crowd: "a 70-year-old man was killed over witchcraft
claims", "17 houses destroyed after claims of witchcraft", "residents torched the houses of two
women suspected of practising witchcraft", "a woman branded a witch was beaten to death". Before,
a harm word with no doer named was an attack on civilians and a burning with no doer property
destruction.

Not when armed men or the forces are told doing it ("Boko Haram fighters killed five women
accused of witchcraft", "police shot a man ..."): their attack; nor with gunfire as the act
("shot dead over witchcraft claims" is no crowd's weapon).
"""

from __future__ import annotations

import re

from ...sides.parties import ARMED

# The charge that makes a crowd's justice: witchcraft, sorcery, black magic, a person branded a
# witch (the "daayan" of Indian copy). A "witch doctor" is a healer's trade, no charge.
_WITCHCRAFT = re.compile(
    r"\b(?:witch(?:es|craft|[- ]?hunt(?:s|ing)?)?(?![- ]?doctors?\b)|bewitch\w*|"
    r"sorcer(?:y|ers?|ess(?:es)?)|black magic|da+yans?)\b",
    re.IGNORECASE,
)
_FIREARM = re.compile(r"\b(?:shot|shoot\w*|gun\w*|fir(?:ed|ing) at)\b", re.IGNORECASE)
_HARMS = frozenset({"attack_on_civilians", "property_destroyed", "mob_violence"})


def witch_hunt(event_type: str, sentence: str, start: int, end: int, agent: str | None) -> bool:
    """Whether the harm at ``sentence[start:end]`` is done over a charge of witchcraft by no
    armed doer: a crowd's (mob violence)."""
    return (
        event_type in _HARMS
        and agent in {None, "crowd", "civilian"}
        and _WITCHCRAFT.search(sentence) is not None
        and _FIREARM.search(sentence[start:end]) is None
        and ARMED.search(sentence[:start]) is None
    )
