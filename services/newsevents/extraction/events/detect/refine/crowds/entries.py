"""A crowd storming a place to press a demand: a demonstration, peaceful unless told violent.

ACLED's codebook makes a demonstration violent by what its crowd does: stones thrown, property
burnt or smashed, looting, a fight with the police. Storming an office, a court or the streets
is how a report tells the crowd coming in ("farmers stormed the commission's headquarters to
demand a report", "residents stormed the governor's offices demanding his attention over
insecurity", "war veterans stormed the high commission demanding compensation"): Kenyan and
Indian notes code it a peaceful protest, or a protest with intervention when the police disperse
it. The storming verb typed such a crowd a riot. Here it names a demonstration; what the crowd
did in it (burnt, smashed, threw stones, "armed with sticks") still makes it violent, read in
the same sentence here and in the demonstration's telling by the merging pass
``riot_told_in_demonstration``. Storming to a dispersal's own sentence stays the dispersal's
reading (``dispersed_rioters``: "fired tear gas at youths who tried to storm the offices").
"""

from __future__ import annotations

import re

from .dispersed_rioters import CROWD_VIOLENCE, NOT_THE_CROWD

# The trigger is the storming verb itself (the generic "stormed" line, or the crowd's line
# "protesters ... stormed").
_STORMED = re.compile(r"\bstorm(?:s|ed|ing)?$", re.IGNORECASE)
# Storming or forcing entry told by the violence list itself is the act read here, not another.
_ENTRY = re.compile(r"storm|forc", re.IGNORECASE)
# Harm the crowd did besides coming in, which the violence list leaves to its own triggers:
# people beaten, attacked or shot, property destroyed, people chased out, captives freed, and
# the weapons carried to do it.
_HARM_WORDS = (
    r"beat(?:en|ing)? assault\w* attack\w* injur\w* kill\w* hack\w* destroy\w* burn\w* torch\w* "
    r"vandali[sz]\w* loot\w* ransack\w* smash\w* evict\w* set\s+free freed threw thrown hurl\w* "
    r"clash\w* fought fight\w* chased disrupt\w* gun\w* shot shoot\w* machetes? pangas? clubs "
    r"crude\s+weapons"
).split()
_HARM = re.compile(rf"\b(?:{'|'.join(_HARM_WORDS)})\b", re.IGNORECASE)
# Harm told as what the crowd protests or as its occasion is no act of the crowd ("in protest
# over the killing of a boda boda rider", "after unknown people killed a guard").
_GRIEVANCE_WORDS = (
    r"protest\w* over against after following of by when demand\w* accus\w* alleged\w*"
)
_GRIEVANCE = re.compile(rf"\b(?:{'|'.join(_GRIEVANCE_WORDS.split())}|whose)\b", re.IGNORECASE)


def stormed_to_protest(sentence: str, start: int, end: int) -> bool:
    """Whether the trigger at ``sentence[start:end]`` is a crowd's storming verb in a sentence
    that tells nothing else the crowd did by force (the caller has read the crowd and its
    demand): a demonstration, not a riot."""
    if _STORMED.search(sentence[start:end]) is None:
        return False
    for m in CROWD_VIOLENCE.finditer(sentence):
        before = sentence[max(0, m.start() - 40) : m.start()]
        if _ENTRY.search(m.group()) or NOT_THE_CROWD.search(before):
            continue
        return False
    rest = sentence[:start] + " " + sentence[end:]
    return not any(
        _GRIEVANCE.search(rest[max(0, m.start() - 40) : m.start()]) is None
        for m in _HARM.finditer(rest)
    )
