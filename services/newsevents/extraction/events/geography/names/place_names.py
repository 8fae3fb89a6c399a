"""Whether a capitalised phrase may name a locality: not a determiner or a people's word that
opens a phrase ("The", "Christian"), a province ("X State"), a bearing alone ("Southwest"), nor
a compound modifier ("IS-held"). Read by :mod:`.localities` and the readers of lists and sites.
"""

from __future__ import annotations

import re

from ....places.reading.words import COMPASS
from ....text.numbers import COUNTING, MANY


def names_a_place(name: str) -> bool:
    """Whether a capitalised phrase may be a locality's name: not "The", "Residential"..., nor
    a province ("the Askira-Uba district of Borno State"), nor a bearing alone, capitalised as
    agency copy writes it ("took a depot in Southwest of X", "North-East of Y")."""
    words = name.split()
    return (
        words[0] not in NOT_NAMES
        # (the English compass words only: "Sur", "Centre" and "Est" are towns; review74)
        and not all(w.lower() in COMPASS for w in re.split(r"[\s-]+", name))
        and words[-1] not in _PROVINCE_WORDS
        and _MODIFIER.search(words[-1]) is None
    )


# A compound modifier says who holds or backs a place, it names none: "an Al-Qaeda-held town",
# "the IS-controlled village", "Iran-backed militias".
_MODIFIER = re.compile(r"-(?:[a-z]+ed|held|run|led|built|made|born|wide)$")


_PROVINCE_WORDS = frozenset({"State", "Province", "Governorate", "Region", "County"})


# Capitalised words that open a phrase without naming a place.
NOT_NAMES = frozenset(
    {"The", "A", "An", "This", "That", "These", "Those", "Residential", "Terrorist", "Several",
     "Other", "Many", "Some", "Both", "Nearby", "Surrounding", "Eastern", "Western",
     "Northern", "Southern", "Old", "New", "Police", "Army", "Syrian",
     # a faith or people says whose quarter it is, the name follows: "Baghdad's Shiite district
     # of Sadr City", "the Christian neighbourhood of X"
     "Shiite", "Shia", "Sunni", "Alawite", "Druze", "Christian", "Muslim", "Kurdish",
     # numbers opening a sentence: "Three districts in Shabwa have fallen"
     *(word.title() for word in (*COUNTING[:10], *MANY))}
)  # fmt: skip
