"""An attack told on a thing, no one hurt: property destruction, not an attack on people.

ACLED's codebook codes an armed group's attack on property in which no one is attacked as a
strategic development (looting/property destruction): "unknown gunmen attacked the oil
pipeline near Tamo", "militants attacked two telecom masts", "gunmen attacked and damaged the
offices of a radio station", "officers raided and damaged a senator's house",
"fighters stormed the construction site of a new dam", "raiders attacked three
lodges, causing property damage". Before, the generic attack word was typed by its sides, and
a thing hit read as the civilians' attack.

Two classes of wording, after an attack, raid or storming word:
- its object is infrastructure, where no one lives (pipelines, oil fields and wells, masts and
  towers, power lines and pylons, installations, a construction site, equipment), in the
  active, after "attack(s) on", or before the word in the passive ("the oil field was attacked
  by ...");
- the word is joined by "and" to a verb of damage whose object is a building or a thing
  ("attacked and burned a school", "stormed and torched the house of a chief"; not a community's
  homes in the plural, "attacked and burned homes", which ACLED codes as the attack on their
  people), or is followed by the damage it caused ("causing property damage").

Not when the sentence tells someone killed, hurt, shot, taken or beaten (the attack on people
stays, and the destruction is its consequence); "no one was hurt" does not count as harm.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_ATTACK_WORD = re.compile(r"(?:attack|raid|storm)", re.IGNORECASE)

# A few modifiers before the thing, never a preposition or participle that would make the thing
# the setting of the people attacked ("attacked workers at a construction site", "a bus
# carrying mining equipment").
_COUNT = (
    r"(?:(?:the|an?|its|their|his|her|two|three|four|five|several|some|\d+)\s+)?"
    r"(?:(?!(?:at|near|in|on|inside|outside|by|from|with|carrying|guarding|transporting|"
    r"protecting|working|repairing)\b)[\w'’-]+\s+){0,3}?"
)
_INFRASTRUCTURE = (
    r"(?:pipelines?|oil\s+(?:fields?|wells?|installations?|facilit(?:y|ies))|"
    r"(?:communication|telecom(?:munications?)?|phone|mobile|network|radio|transmission)\s+"
    r"(?:masts?|towers?)|masts?|pylons?|power\s+(?:lines?|stations?|plants?)|substations?|"
    r"(?:government\s+)?installations?|construction\s+sites?|equipment|machinery)\b"
)
_BUILDING = (
    r"(?:buildings?|offices?|schools?|hotels?|lodges?|shops?|stores?|premises|vehicles?|cars?|"
    r"trucks?|(?:home|house|residence)\b(?!s))"
)
_DAMAGE_VERB = (
    r"(?:damag(?:ed|es|ing)|destroy(?:ed|s|ing)?|burn(?:ed|t|s|ing)?|torch(?:ed|es|ing)|"
    r"vandali[sz](?:ed|es|ing)|set\s+(?:fire\s+to|ablaze))"
)
# Goods taken in the raid: "raided several houses, taking away food and motorcycles".
_TAKING = (
    r"(?:taking\s+away|carrying\s+away|carting\s+off|making\s+off\s+with|loot(?:ed|ing)|"
    r"st(?:ole|ealing))\b"
)
# After the attack word (``end``): its infrastructure object, a damage verb joined by "and" and
# its object, or the damage it caused within a few words.
_AFTER = re.compile(
    rf"(?:s|ed|ing)?\s+(?:on\s+)?{_COUNT}{_INFRASTRUCTURE}"
    rf"|(?:s|ed|ing)?\s+and\s+{_DAMAGE_VERB}\s+{_COUNT}{_BUILDING}"
    r"|(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,6}?causing\s+(?:\w+\s+)?(?:property|material)\s+damage"
    rf"|(?:s|ed|ing)?\s+{_COUNT}(?:houses|homes|shops|stores)\b[^.;]{{0,80}}?\b{_TAKING}",
    re.IGNORECASE,
)
# Before the attack word, in the passive: "the oil field Mira was attacked"; or the raid as the
# frame of the damage and looting told before it: "soldiers burnt two motorcycles and looted a
# kiosk during a raid on the market" (not "in a revenge attack", the attack on the people).
_BEFORE = re.compile(
    rf"\b{_INFRASTRUCTURE}(?:\s+[\w'’-]+){{0,2}}\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+$"
    rf"|\b(?:{_DAMAGE_VERB}|loot(?:ed|ing))\s[^.;:]{{0,80}}?\bduring\s+(?:an?|the|their)\s+"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# Someone harmed in the sentence; a harm denied ("no one was hurt", "no injuries") is removed
# first.
_DENIED = re.compile(
    r"\b(?:no\s+(?:one|body)\s+(?:was\s+|were\s+)?|nobody\s+(?:was\s+)?|no\s+|without\s+"
    r"(?:any\s+)?|not\s+|neither\s+|nor\s+)[\w-]+",
    re.IGNORECASE,
)
_HARM = re.compile(
    r"\b(?:kill\w*|injur\w*|wound\w*|dead|died|deaths?|shot|shoot\w*|hurt|abduct\w*|kidnap\w*|"
    r"beat(?:en|ing)?|hack\w*|stabb\w*|casualt\w*|fatalit\w*|victims?|fired\s+at)\b",
    re.IGNORECASE,
)


# The forces answering the attack with force in the next sentence: "Security officers pursued
# the attackers and shot dead two of them", "Police respond, killing two" (the battle, as for
# an attack on people: `merge/parties/targets/fought_back.py`).
_ANSWERED = re.compile(
    r"\b(?:police\w*|officers|troops|soldiers|security|forces|reservists|guards|army)\b"
    r"[^.;]{0,60}?\b(?:pursu\w*|respond\w*|interven\w*|engag\w*|repuls\w*|repell\w*|fought|"
    r"exchang\w*|shot\s+dead|kill\w*|return\w*\s+fire)",
    re.IGNORECASE,
)


def property_attacked(
    event_type: str, sentence: str, start: int, end: int, following: Callable[[], str]
) -> bool:
    """Whether the attack word at ``start:end`` is told on property with no one hurt in its
    sentence (looting/property destruction), and not answered by the forces with force in the
    sentence ``following`` gives (the one after it)."""
    if event_type != "attack_on_civilians" or not _ATTACK_WORD.match(sentence, start):
        return False
    told = _AFTER.match(sentence, end) is not None or _BEFORE.search(sentence[:start]) is not None
    return (
        told
        and _HARM.search(_DENIED.sub(" ", sentence)) is None
        and _ANSWERED.search(_DENIED.sub(" ", following())) is None
    )
