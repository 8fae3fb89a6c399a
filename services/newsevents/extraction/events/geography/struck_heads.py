"""The words that head or close a list of places struck by a participle ("Districts struck
included ...", "Among the areas hit on Sunday were ...", "... were also hit"), shared by the
trigger stage (:mod:`..detect.words.struck_lists`, which reads the list as an act) and the
locality reader (:mod:`.localities`, which reads the names of such a list as localities).
"""

from __future__ import annotations

import re

PARTICIPLE = r"(?:struck|hit|targeted|shelled|bombed|pounded|bombarded|hammered|raided)"
# What fire falls by: "by the raids", "in Sunday's strikes", "by Russian jets".
MEANS = (
    r"(?:raids?|strikes?|airstrikes?|shelling|bombardments?|bombing|bombs|attacks?|shells|"
    r"rockets|missiles|mortars?|jets|warplanes|planes|aircraft|helicopters|drones|artillery|"
    r"fire|barrages?|sorties)"
)
_DAY = (
    r"(?:(?:on|early|late|last|since|during|from)\s+)?(?:(?:the\s+)?(?:mon|tues|wednes|thurs|"
    r"fri|satur|sun)day|overnight|today|yesterday|this\s+week|the\s+(?:night|weekend))"
    r"(?:\s+(?:morning|night|evening|afternoon))?"
)
_BY_MEANS = rf"(?:by|in|during|with)\s+(?:[\w'’-]+\s+){{0,3}}?{MEANS}"
# Where the list lies, told between the participle and its verb: "in eastern Aleppo".
WHERE = (
    r"(?:in|across|around|near|of)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?-i:[A-Z])[\w'’-]*"
    r"(?:\s+(?:city|province|countryside|governorate|region))?"
)
# Up to three qualifiers of the participle: its day, its means (only fire: "hit by the floods"
# heads no list of this kind), where, "also".
QUALIFIERS = rf"(?:\s+(?:{_DAY}|{_BY_MEANS}|{WHERE}|also|so\s+far|again|most|heavily)){{0,3}}"
# The verb or colon that opens the list after the head: "included", "were", ":".
OPENS_LIST = r"(?:(?:included|includes|include|including|were|was|are|is)\b\s*:?|:)\s*"
# The head alone, as the merge stage asks it of a sentence: a plural noun of places, the
# participle and the verb opening the list ("Districts struck included", "villages hit were").
HEADS_A_LIST = re.compile(
    rf"\b(?:areas|districts|neighbou?rhoods|towns|villages|cities|places|sites|localities|"
    rf"quarters|suburbs|hamlets)\s+{PARTICIPLE}{QUALIFIERS}\s*{OPENS_LIST}",
    re.IGNORECASE,
)
